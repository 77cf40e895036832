// MainWindow: the console shell — navigation, pages, status bar, tray icon.
// It sees the engine only through engine::ConsoleService.
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QMenu;
class QAction;

namespace kassa::engine {
class ConsoleService;
class OwnerSetup;
}

namespace kassa::ui {

class AboutDialog;
class WalletWizard;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Dashboard, Orders, Payouts, Wallets, Settings, AuditLog, PageCount };
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

public Q_SLOTS:
    //! Opens the wallet wizard: the whole first-run setup, or just a wallet.
    void openWalletWizard(bool firstRun = false);

Q_SIGNALS:
    //! The Wallets page asked for the wallet wizard.
    void addWalletRequested();
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
    QList<QAction *> m_pageActions;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QAction *m_trayShowAction = nullptr;
    QPointer<AboutDialog> m_about;
    QPointer<WalletWizard> m_wizard;
    engine::OwnerSetup *m_owner = nullptr;
    bool m_firstRunChecked = false;
};

} // namespace kassa::ui
