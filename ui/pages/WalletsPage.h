// WalletsPage: the wallets and their receive addresses — label, chains,
// kind (watch-only badge), role; per address its index, label and balance
// ("—" until the watchers report balances); a QR code of the selected
// address (the plain address, or an EIP-681 payment request when an amount
// is asked on an EVM chain) with copy buttons and a large QR window; a new
// receive address on request; encrypted backup and restore. The empty state
// offers the setup wizard.
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace kassa::engine {
class ConsoleService;
class OwnerSetup;
class WalletsService;
}

namespace kassa::ui {

class WalletAddressesModel;
class WalletsModel;

class WalletsPage : public QWidget
{
    Q_OBJECT

public:
    explicit WalletsPage(engine::ConsoleService *console, QWidget *parent = nullptr);

    WalletsModel *walletsModel() const { return m_wallets; }
    WalletAddressesModel *addressesModel() const { return m_addresses; }
    //! The text the QR code shows now (empty without a selection).
    QString qrText() const { return m_qrText; }
    //! Checks the owner's password before recovery words are shown (null
    //! until the operators exist: then the warning alone guards them).
    void setOwnerSetup(engine::OwnerSetup *owner) { m_owner = owner; }

public Q_SLOTS:
    void reload();
    void newReceiveAddress();
    void exportBackup();
    void restoreBackup();
    void showLargeQr();
    //! Shows the selected hd wallet's recovery words after a warning and the
    //! owner's password; audited.
    void revealWords();

Q_SIGNALS:
    //! The person asked for the wallet wizard (create or import).
    void addWalletRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectWallet();
    void loadAddresses(qint64 walletId);
    void loadBalances(qint64 walletId);
    void refreshBalances();
    void renameWallet();
    void saveLabel(qint64 walletId, const QString &label);
    void updateQr();
    void fillChains();
    void showError(const QString &title, const QString &text);
    void showWords(qint64 walletId);
    //! Asks for the password (and the 6-digit code with `withCode`) and checks it before showing the words.
    void confirmOwner(qint64 walletId, bool withCode);

    engine::ConsoleService *m_console;
    engine::WalletsService *m_service;
    WalletsModel *m_wallets = nullptr;
    WalletAddressesModel *m_addresses = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_setupButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_newAddressButton = nullptr;
    QPushButton *m_backupButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_refreshBalancesButton = nullptr;
    QTimer *m_balancesTimer = nullptr;
    engine::OwnerSetup *m_owner = nullptr;
    QLabel *m_keyStoreLabel = nullptr;
    QTableView *m_walletsView = nullptr;
    QTableView *m_addressesView = nullptr;
    QLabel *m_qrTitle = nullptr;
    QLabel *m_qrLabel = nullptr;
    QLineEdit *m_qrTextEdit = nullptr;
    QLabel *m_chainLabel = nullptr;
    QComboBox *m_chainCombo = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_qrProblem = nullptr;
    QPushButton *m_copyAddressButton = nullptr;
    QPushButton *m_copyTextButton = nullptr;
    QPushButton *m_largeQrButton = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QDialog> m_largeQr;
    QString m_qrText;
};

} // namespace kassa::ui
