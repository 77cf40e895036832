// MainWindow: the console shell — navigation, pages, status bar, tray icon.
// It sees the engine only through engine::ConsoleService.
#pragma once

#include "operators/Operator.h"

#include <QMainWindow>
#include <QPointer>

#include <chrono>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QMenu;
class QAction;
class QPushButton;
class QTimer;

namespace kassa::engine {
class ConsoleService;
class OwnerSetup;
}

namespace kassa::ui {

class AboutDialog;
class SignInDialog;
class WalletWizard;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Dashboard, Orders, Payouts, Wallets, Settings, AuditLog, Operators, PageCount };
    Q_ENUM(Page)

    //! `uiStatePath` is the INI file where geometry and the last page live.
    MainWindow(engine::ConsoleService *service, const QString &uiStatePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);
    //! The About dialog (created on first use).
    AboutDialog *aboutDialog();
    //! The operators' owner setup for the first-run wizard (may stay null).
    void setOwnerSetup(engine::OwnerSetup *owner);
    //! Opens the first-run wizard by itself once the wallets are readable
    //! and there are none (off by default; the kassa program turns it on).
    void setFirstRunWizard(bool enabled);
    //! The open wallet wizard, if any (tests).
    WalletWizard *walletWizard() const;

    //! Locks the console after this long without keyboard or mouse input
    //! (`[ui] lock_after_minutes`); zero never locks.
    void setIdleLock(std::chrono::milliseconds after);
    //! True while the console waits for an operator to sign in.
    bool isLocked() const { return m_locked; }
    //! The operator signed in (invalid while locked, or before any operator exists).
    const operators::OperatorInfo &signedIn() const { return m_operator; }
    //! The open sign-in dialog, if any (tests).
    SignInDialog *signInDialog() const;

public Q_SLOTS:
    //! Opens the wallet wizard: the whole first-run setup, or just a wallet.
    void openWalletWizard(bool firstRun = false);
    //! Signs the operator out and hides every page until someone signs in.
    void lock();
    //! "My account": password and two-step sign-in of the signed-in operator.
    void openAccountDialog();
    //! The payout policy (owners only).
    void openPolicyDialog();

Q_SIGNALS:
    //! The Wallets page asked for the wallet wizard.
    void addWalletRequested();
    //! A dialog of the console opened (sign-in, account, policy; tests drive it).
    void dialogOpened(QDialog *dialog);
    //! The person asked to try Kassa on the local demo network (menu or dashboard).
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildTray();
    void retranslate();
    void refreshStatus();
    void elideChainStatus();
    void saveState() const;
    void restoreState();
    void fitNavigation();
    void checkFirstRun();
    void buildLockScreen();
    void checkSignIn();
    void showSignIn();
    void unlock(const operators::OperatorInfo &op);
    void lockFor(bool idle);
    void replacePage(Page page, QWidget *widget);
    void updateAccountUi();

    engine::ConsoleService *m_service;
    QString m_uiStatePath;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_chainStatusIcon = nullptr;
    QLabel *m_chainStatus = nullptr;
    QString m_chainStatusText; //!< in full; the label shows it elided to fit
    QLabel *m_engineStatus = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_demoAction = nullptr;
    QLabel *m_demoBanner = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_accountAction = nullptr;
    QAction *m_policyAction = nullptr;
    QAction *m_lockAction = nullptr;
    QList<QAction *> m_pageActions;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QAction *m_trayShowAction = nullptr;
    QPointer<AboutDialog> m_about;
    QPointer<WalletWizard> m_wizard;
    engine::OwnerSetup *m_owner = nullptr;
    bool m_firstRunChecked = false;
    bool m_firstRunEnabled = false;

    QStackedWidget *m_shell = nullptr; //!< the console, or the lock screen over it
    QWidget *m_console = nullptr;
    QWidget *m_lockScreen = nullptr;
    QLabel *m_lockTitle = nullptr;
    QLabel *m_lockText = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_signedInLabel = nullptr;
    QPointer<SignInDialog> m_signIn;
    QPointer<QDialog> m_accountDialog;
    QPointer<QDialog> m_policyDialog;
    operators::OperatorInfo m_operator;
    bool m_locked = false;
    bool m_checkingSignIn = false;
    QTimer *m_idleTimer = nullptr;
};

} // namespace kassa::ui
