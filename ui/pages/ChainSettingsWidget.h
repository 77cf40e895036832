// ChainSettingsWidget: Settings → Chains. Pick a chain, turn watching on or
// off, edit its node addresses (HTTP and WebSocket; for Tron also TronGrid
// and its API key), the token contracts with their decimals, when a payment
// counts as final, and how often to poll. "Check and save" first asks the
// nodes themselves (chain id, decimals) — asynchronously, through
// ConsoleService — and shows every problem next to its field; only settings
// that pass are written to kassa.conf and take effect at once.
#pragma once

#include "chain/ChainSettings.h"

#include <QGroupBox>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace kassa::engine {
class ConsoleService;
}

namespace kassa::ui {

class TokenContractsModel;

class ChainSettingsWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit ChainSettingsWidget(engine::ConsoleService *service, QWidget *parent = nullptr);

    //! Shows the settings of `chainId` (keeps unsaved edits of the others).
    void selectChain(const QString &chainId);
    QString currentChainId() const { return m_current; }
    //! The settings as the form has them now (unsaved).
    chain::ChainSettings formSettings() const;
    bool isChecking() const { return m_checking; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showSettings(const chain::ChainSettings &settings);
    void updateChainList();
    void updateFamilyRows();
    void updateFinalityRows();
    void saveClicked();
    void revertClicked();
    void saved(const chain::ChainSettings &settings, const QStringList &notes);
    void showIssues(const QList<chain::SettingsIssue> &issues);
    void clearIssues();
    void setChecking(bool checking);
    void retranslate();
    QLabel *errorLabel(const QString &key) const;

    engine::ConsoleService *m_service;
    QList<chain::ChainSettings> m_saved; //!< as the engine has them
    QHash<QString, chain::ChainSettings> m_drafts; //!< unsaved edits per chain
    QString m_current;
    bool m_checking = false;
    bool m_loading = false;

    QLabel *m_intro = nullptr;
    QComboBox *m_chainCombo = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_chainLabel = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_chainIdLabel = nullptr;
    QLineEdit *m_chainId = nullptr;
    QLabel *m_httpLabel = nullptr;
    QPlainTextEdit *m_http = nullptr;
    QLabel *m_httpHint = nullptr;
    QLabel *m_wsLabel = nullptr;
    QPlainTextEdit *m_ws = nullptr;
    QLabel *m_wsHint = nullptr;
    QLabel *m_gridLabel = nullptr;
    QLineEdit *m_gridUrl = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_tokensLabel = nullptr;
    QTableView *m_tokensView = nullptr;
    TokenContractsModel *m_tokens = nullptr;
    QPushButton *m_addToken = nullptr;
    QPushButton *m_removeToken = nullptr;
    QLabel *m_finalityLabel = nullptr;
    QComboBox *m_finality = nullptr;
    QLabel *m_confirmationsLabel = nullptr;
    QSpinBox *m_confirmations = nullptr;
    QLabel *m_pollLabel = nullptr;
    QWidget *m_chainIdCell = nullptr;
    QWidget *m_wsCell = nullptr;
    QWidget *m_gridCell = nullptr;
    QWidget *m_keyCell = nullptr;
    QSpinBox *m_poll = nullptr;
    QHash<QString, QLabel *> m_errors; //!< by settings key; "" for the chain as a whole
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace kassa::ui
