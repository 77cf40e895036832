// WalletWizard: the first-run setup and "Add wallet". First run: language,
// the owner's operator password (when an OwnerSetup is given and there is no
// owner yet), then a wallet — a new recovery phrase (shown once, a few words
// confirmed, a plain warning about backups), an imported phrase (checked word
// by word, with completion), an account xpub or a list of addresses
// (watch-only) — then the chains to watch with their endpoints. Every step
// can go back; nothing is saved until Finish, and Cancel leaves nothing.
#pragma once

#include "crypto/Mnemonic.h"
#include "engine/WalletsService.h"
#include "i18n/Languages.h"

#include <QWizard>

#include <memory>

namespace kassa::engine {
class ConsoleService;
class OwnerSetup;
}

namespace kassa::ui {

class WalletWizard : public QWizard
{
    Q_OBJECT

public:
    enum Mode { FirstRun, AddWallet };
    enum PageId {
        LanguagePage,
        OwnerPage,
        ChoicePage,
        CreatePage,
        ConfirmPage,
        ImportPage,
        XpubPage,
        AddressesPage,
        ChainsPage,
        SummaryPage,
    };
    enum Source { NewPhrase, ImportPhrase, ImportXpub, WatchAddresses };

    WalletWizard(Mode mode, engine::ConsoleService *console, engine::OwnerSetup *owner = nullptr,
        QWidget *parent = nullptr);
    ~WalletWizard() override;

    Mode mode() const { return m_mode; }
    engine::OwnerSetup *ownerSetup() const { return m_owner; }
    engine::ConsoleService *console() const { return m_console; }

    //! The phrase made on the create page (kept only while the wizard is open).
    const crypto::Mnemonic *newMnemonic() const { return m_mnemonic.get(); }
    void setNewMnemonic(std::unique_ptr<crypto::Mnemonic> mnemonic) { m_mnemonic = std::move(mnemonic); }
    //! The wallet as gathered so far (nothing saved).
    engine::NewWallet draft() const;
    //! The chains chosen, with their endpoints, as they will be saved.
    QList<chain::ChainSettings> chosenChains() const;
    //! Previews a language while the wizard runs (saved only at the end).
    void previewLanguage(const QString &code);
    QString chosenLanguage() const { return m_language; }
    //! The last error Finish ran into (tests; it is shown on the summary page).
    QString lastError() const { return m_lastError; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    //! Everything was saved; the wallets were made.
    void finishedSetup(const QList<kassa::wallets::WalletRecord> &wallets);

private:
    void saveAll();
    void fail(const Error &error);

    Mode m_mode;
    engine::ConsoleService *m_console;
    engine::OwnerSetup *m_owner;
    std::unique_ptr<crypto::Mnemonic> m_mnemonic;
    i18n::Translators m_preview;
    QString m_language;
    QString m_lastError;
    bool m_saving = false;
};

} // namespace kassa::ui
