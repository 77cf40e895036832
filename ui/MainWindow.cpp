#include "MainWindow.h"

#include "AboutDialog.h"
#include "WalletWizard.h"
#include "dialogs/AccountDialog.h"
#include "dialogs/PolicyDialog.h"
#include "dialogs/SignInDialog.h"
#include "engine/ConsoleService.h"
#include "engine/OperatorsService.h"
#include "engine/OwnerSetup.h"
#include "engine/PayoutsService.h"
#include "engine/WalletsService.h"
#include "pages/AuditLogPage.h"
#include "pages/DashboardPage.h"
#include "pages/EmptyStatePage.h"
#include "pages/OperatorsPage.h"
#include "pages/PayoutsPage.h"
#include "pages/OrdersPage.h"
#include "pages/SettingsPage.h"
#include "pages/WalletsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

struct PageInfo {
    const char *key; // stable name for the state file
    const char *icon; // resource path
};

constexpr PageInfo kPages[MainWindow::PageCount] = {
    {"dashboard", ":/icons/dashboard.svg"},
    {"orders", ":/icons/orders.svg"},
    {"payouts", ":/icons/payouts.svg"},
    {"wallets", ":/icons/wallets.svg"},
    {"settings", ":/icons/settings.svg"},
    {"audit", ":/icons/audit.svg"},
    {"operators", ":/icons/operators.svg"},
};

constexpr char kObjectNames[MainWindow::PageCount][16] = {
    "dashboardPage", "ordersPage", "payoutsPage", "walletsPage", "settingsPage", "auditLogPage", "operatorsPage"};

//! The Payouts page before anyone signed in: what will appear and what it needs.
QWidget *payoutsEmptyState(QWidget *parent)
{
    return new EmptyStatePage(QStringLiteral(":/icons/empty-payouts.svg"), [] {
        return EmptyStateText {MainWindow::tr("No payouts yet"),
            MainWindow::tr("Refunds, supplier payments and withdrawals appear here, with the approvals each one needs and "
                           "its progress on chain."),
            MainWindow::tr("Payouts need a payout wallet and at least one colleague to approve them. Set up a payout "
                           "wallet on the Wallets page.")};
    }, parent);
}

QString pageTitle(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Dashboard: return MainWindow::tr("Dashboard");
    case MainWindow::Orders: return MainWindow::tr("Orders");
    case MainWindow::Payouts: return MainWindow::tr("Payouts");
    case MainWindow::Wallets: return MainWindow::tr("Wallets");
    case MainWindow::Settings: return MainWindow::tr("Settings");
    case MainWindow::AuditLog: return MainWindow::tr("Audit log");
    case MainWindow::Operators: return MainWindow::tr("Operators");
    case MainWindow::PageCount: break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(engine::ConsoleService *service, const QString &uiStatePath, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_uiStatePath(uiStatePath)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kassa.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigationList { background: palette(window); }"
                                               "QListWidget#navigationList::item { padding: 8px 10px; }"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    buildPages();

    m_console = new QWidget(this);
    m_console->setObjectName(QStringLiteral("consoleArea"));
    auto *layout = new QHBoxLayout(m_console);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(m_console);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    m_shell = new QStackedWidget(this);
    m_shell->setObjectName(QStringLiteral("shell"));
    m_shell->addWidget(m_console);
    buildLockScreen();
    // The demo profile says so above every page: it must never pass for real money.
    m_demoBanner = new QLabel(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setStyleSheet(QStringLiteral("QLabel#demoBanner { background: #ffd400; color: #000000; "
                                               "font-weight: bold; padding: 6px; border-bottom: 2px dashed #000000; }"));
    m_demoBanner->setVisible(m_service->info().demo);
    auto *frame = new QWidget(this);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->setSpacing(0);
    frameLayout->addWidget(m_demoBanner);
    frameLayout->addWidget(m_shell, 1);
    setCentralWidget(frame);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_chainStatusIcon = new QLabel(this);
    m_chainStatusIcon->setObjectName(QStringLiteral("chainStatusIcon"));
    m_chainStatus = new QLabel(this);
    m_chainStatus->setObjectName(QStringLiteral("chainStatusLabel"));
    // Several chains do not widen the window: the text is elided to fit and
    // the tooltip has it all.
    m_chainStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_chainStatus->setMinimumWidth(80);
    m_chainStatus->installEventFilter(this);
    m_engineStatus = new QLabel(this);
    m_engineStatus->setObjectName(QStringLiteral("engineStatusLabel"));
    statusBar()->addWidget(m_chainStatusIcon);
    statusBar()->addWidget(m_chainStatus, 1);
    m_signedInLabel = new QLabel(this);
    m_signedInLabel->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addPermanentWidget(m_signedInLabel);
    statusBar()->addPermanentWidget(m_engineStatus);

    m_idleTimer = new QTimer(this);
    m_idleTimer->setObjectName(QStringLiteral("idleLockTimer"));
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_operator.isValid())
            lockFor(true);
    });

    buildMenus();
    buildTray();
    connect(m_service, &engine::ConsoleService::infoChanged, this, &MainWindow::refreshStatus);
    connect(m_service, &engine::ConsoleService::chainStatusesChanged, this, &MainWindow::refreshStatus);
    // Once operators exist (the database opened, the wizard made the owner),
    // the console asks who is at the keyboard.
    connect(m_service, &engine::ConsoleService::infoChanged, this, &MainWindow::checkSignIn);
    connect(m_service->operators(), &engine::OperatorsService::changed, this, &MainWindow::checkSignIn);

    retranslate();
    updateAccountUi();
    restoreState();
    checkSignIn();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    for (int i = 0; i < PageCount; ++i) {
        auto *item = new QListWidgetItem(QIcon(QLatin1String(kPages[i].icon)), QString(), m_navigation);
        item->setData(Qt::UserRole, QLatin1String(kPages[i].key));
    }
    auto *dashboard = new DashboardPage(m_service, this);
    connect(dashboard, &DashboardPage::demoRequested, this, &MainWindow::demoRequested);
    m_pages->addWidget(dashboard);
    m_pages->addWidget(new OrdersPage(m_service->orders(), this));
    // Payouts and operators need a signed-in operator (unlock() places them).
    m_pages->addWidget(payoutsEmptyState(this));
    auto *walletsPage = new WalletsPage(m_service, this);
    connect(walletsPage, &WalletsPage::addWalletRequested, this, &MainWindow::addWalletRequested);
    connect(walletsPage, &WalletsPage::addWalletRequested, this, [this] { openWalletWizard(false); });
    m_pages->addWidget(walletsPage);
    m_pages->addWidget(new SettingsPage(m_service, this));
    m_pages->addWidget(new AuditLogPage(m_service->audit(), this));
    m_pages->addWidget(new QWidget(this)); // Operators: owners only, once signed in
    for (int i = 0; i < PageCount; ++i)
        m_pages->widget(i)->setObjectName(QLatin1String(kObjectNames[i]));
}

void MainWindow::replacePage(Page page, QWidget *widget)
{
    const bool current = m_pages->currentIndex() == page;
    QWidget *old = m_pages->widget(page);
    widget->setObjectName(QLatin1String(kObjectNames[page]));
    m_pages->insertWidget(page, widget);
    m_pages->removeWidget(old);
    old->deleteLater(); // with its open dialogs
    if (current)
        m_pages->setCurrentIndex(page);
}

void MainWindow::buildLockScreen()
{
    m_lockScreen = new QWidget(this);
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/locked.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    m_lockTitle = new QLabel;
    m_lockTitle->setObjectName(QStringLiteral("lockTitle"));
    m_lockTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_lockTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_lockTitle->setFont(titleFont);
    m_lockText = new QLabel;
    m_lockText->setObjectName(QStringLiteral("lockText"));
    m_lockText->setAlignment(Qt::AlignCenter);
    m_lockText->setWordWrap(true);
    m_unlockButton = new QPushButton;
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::showSignIn);
    auto *layout = new QVBoxLayout(m_lockScreen);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_lockTitle);
    layout->addWidget(m_lockText);
    layout->addWidget(m_unlockButton, 0, Qt::AlignCenter);
    layout->addStretch(2);
    m_shell->addWidget(m_lockScreen);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_demoAction = m_fileMenu->addAction(QIcon(), QString(), this, &MainWindow::demoRequested);
    m_demoAction->setObjectName(QStringLiteral("demoAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon(), QString(), qApp, &QApplication::quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageCount; ++i) {
        QAction *action = m_viewMenu->addAction(QIcon(QLatin1String(kPages[i].icon)), QString());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        m_pageActions << action;
    }

    m_accountMenu = menuBar()->addMenu(QString());
    m_accountAction = m_accountMenu->addAction(QString(), this, &MainWindow::openAccountDialog);
    m_accountAction->setObjectName(QStringLiteral("accountAction"));
    m_policyAction = m_accountMenu->addAction(QString(), this, &MainWindow::openPolicyDialog);
    m_policyAction->setObjectName(QStringLiteral("policyAction"));
    m_accountMenu->addSeparator();
    m_lockAction = m_accountMenu->addAction(QIcon(QStringLiteral(":/icons/locked.svg")), QString(), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QIcon(QStringLiteral(":/icons/about.svg")), QString(), this, [this] {
        aboutDialog()->show();
        aboutDialog()->raise();
    });
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/kassa.svg")), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_trayMenu = new QMenu(this);
    m_trayShowAction = m_trayMenu->addAction(QString(), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(m_quitAction);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->show();
}

AboutDialog *MainWindow::aboutDialog()
{
    if (!m_about)
        m_about = new AboutDialog(this);
    return m_about;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    if (page < 0 || page >= PageCount)
        return;
    m_navigation->setCurrentRow(page);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const bool demo = m_service->info().demo;
    setWindowTitle(demo ? tr("Kassa — DEMO (test network, not real money)") : tr("Kassa"));
    m_demoBanner->setText(tr("DEMO — a local test network with play money. Nothing here is real money: never send "
                             "real funds to these addresses."));
    m_demoAction->setText(tr("Try It on a &Local Test Network"));
    m_demoAction->setVisible(!demo);
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->item(i)->setText(pageTitle(Page(i)));
        m_navigation->item(i)->setToolTip(pageTitle(Page(i)));
        m_pageActions[i]->setText(pageTitle(Page(i)));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_accountMenu->setTitle(tr("&Account"));
    m_accountAction->setText(tr("My &account…"));
    m_policyAction->setText(tr("Payout &policy…"));
    m_lockAction->setText(tr("&Lock"));
    m_lockTitle->setText(tr("Kassa is locked"));
    m_lockText->setText(tr("Sign in with your operator account to see orders, payouts and wallets."));
    m_unlockButton->setText(tr("Sign in…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Kassa"));
    m_aboutQtAction->setText(tr("About &Qt"));
    if (m_tray) {
        m_tray->setToolTip(tr("Kassa"));
        m_trayShowAction->setText(tr("Show Kassa"));
    }
    fitNavigation();
    refreshStatus();
    updateAccountUi();
}

void MainWindow::fitNavigation()
{
    // Wide enough for the longest page name in the current language.
    int widest = 0;
    const QFontMetrics metrics = m_navigation->fontMetrics();
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = qMax(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    const int padding = m_navigation->iconSize().width() + 20 /* item padding */ + 16 /* icon gap and margins */ + 16;
    m_navigation->setFixedWidth(qMax(160, widest + padding));
}

void MainWindow::refreshStatus()
{
    const engine::EngineInfo info = m_service->info();
    const QList<engine::ChainStatus> chains = m_service->chainStatuses();
    QString iconPath;
    m_chainStatus->setToolTip(QString());
    if (info.state == engine::EngineState::Failed) {
        iconPath = QStringLiteral(":/icons/status-error.svg");
        m_chainStatusText = tr("Not running: %1").arg(info.error.userMessage);
    } else if (chains.isEmpty()) {
        iconPath = QStringLiteral(":/icons/status-off.svg");
        m_chainStatusText = tr("No chains are being watched yet.");
    } else {
        // One or two chains: the endpoint fits in the bar. More: name, block
        // and lag only; the tooltip always has everything.
        const bool compact = chains.size() > 2;
        QStringList parts;
        QStringList details;
        bool allHealthy = true;
        for (const engine::ChainStatus &chain : chains) {
            allHealthy = allHealthy && chain.connected && chain.lastError.isEmpty();
            if (!chain.connected) {
                parts << (chain.lastError.isEmpty()
                        ? tr("%1: connecting…").arg(chain.displayName)
                        : tr("%1: disconnected (%2)").arg(chain.displayName, chain.lastError));
            } else if (chain.lagBlocks > 0) {
                parts << (compact
                        ? tr("%1: block %2, %n block(s) behind", nullptr, int(qMin<qint64>(chain.lagBlocks, 1000000)))
                              .arg(chain.displayName)
                              .arg(chain.headBlock)
                        : tr("%1: block %2 via %3, %n block(s) behind", nullptr,
                            int(qMin<qint64>(chain.lagBlocks, 1000000)))
                              .arg(chain.displayName)
                              .arg(chain.headBlock)
                              .arg(chain.endpoint));
            } else {
                parts << (compact
                        ? tr("%1: block %2").arg(chain.displayName).arg(chain.headBlock)
                        : tr("%1: block %2 via %3").arg(chain.displayName).arg(chain.headBlock).arg(chain.endpoint));
            }
            QStringList lines = {chain.displayName};
            if (!chain.endpoint.isEmpty())
                lines << tr("Node: %1").arg(chain.endpoint);
            if (chain.headBlock > 0)
                lines << tr("Newest block: %1").arg(chain.headBlock);
            lines << tr("Blocks not yet processed: %1").arg(chain.lagBlocks);
            if (!chain.lastError.isEmpty())
                lines << tr("Last error: %1").arg(chain.lastError);
            details << lines.join(QLatin1Char('\n'));
        }
        iconPath = allHealthy ? QStringLiteral(":/icons/status-ok.svg") : QStringLiteral(":/icons/status-warn.svg");
        m_chainStatusText = parts.join(QStringLiteral(" · "));
        m_chainStatus->setToolTip(details.join(QStringLiteral("\n\n")));
    }
    elideChainStatus();
    m_chainStatusIcon->setPixmap(QIcon(iconPath).pixmap(12, 12));
    switch (info.state) {
    case engine::EngineState::Starting: m_engineStatus->setText(tr("Opening the database…")); break;
    case engine::EngineState::Ready: m_engineStatus->setText(tr("Database ready")); break;
    case engine::EngineState::Failed: m_engineStatus->setText(tr("Database unavailable")); break;
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chainStatus && event->type() == QEvent::Resize)
        elideChainStatus();
    // Any input in any window of the program counts as use.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_operator.isValid() && m_idleTimer->interval() > 0)
            m_idleTimer->start();
        break;
    default: break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::elideChainStatus()
{
    const QString shown = m_chainStatus->fontMetrics().elidedText(
        m_chainStatusText, Qt::ElideRight, m_chainStatus->contentsRect().width());
    if (m_chainStatus->text() != shown)
        m_chainStatus->setText(shown);
    if (m_chainStatus->toolTip().isEmpty() && shown != m_chainStatusText)
        m_chainStatus->setToolTip(m_chainStatusText);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState() const
{
    QSettings state(m_uiStatePath, QSettings::IniFormat);
    state.setValue(QStringLiteral("window/geometry"), saveGeometry());
    state.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    state.setValue(QStringLiteral("window/page"), QLatin1String(kPages[currentPage()].key));
    state.sync();
}

void MainWindow::restoreState()
{
    QSettings state(m_uiStatePath, QSettings::IniFormat);
    const QByteArray geometry = state.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QSize preferred(1100, 720);
        const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(preferred.boundedTo(screen.size() * 0.9));
    }
    QMainWindow::restoreState(state.value(QStringLiteral("window/state")).toByteArray());
    const QString key = state.value(QStringLiteral("window/page")).toString();
    Page page = Dashboard;
    for (int i = 0; i < PageCount; ++i) {
        if (key == QLatin1String(kPages[i].key))
            page = Page(i);
    }
    showPage(page);
}

void MainWindow::setOwnerSetup(engine::OwnerSetup *owner)
{
    m_owner = owner;
    if (auto *page = findChild<WalletsPage *>())
        page->setOwnerSetup(owner);
    if (m_owner && m_operator.isValid())
        m_owner->setSignedIn(m_operator);
}

void MainWindow::setFirstRunWizard(bool enabled)
{
    if (!enabled)
        return;
    m_firstRunEnabled = true;
    connect(m_service->wallets(), &engine::WalletsService::ready, this, &MainWindow::checkFirstRun);
    checkFirstRun();
}

void MainWindow::checkFirstRun()
{
    if (m_firstRunChecked || !m_firstRunEnabled)
        return;
    // With operators, the wizard waits for someone to sign in (unlock() asks again).
    m_service->operators()->count(this, [this](Result<int> operators) {
        // (Unreadable operators mean the database is not open: the wallets say so too.)
        if (m_firstRunChecked || (operators.ok() && operators.value() > 0 && !m_operator.isValid()))
            return;
        m_service->wallets()->wallets(this, [this](Result<QList<wallets::WalletRecord>> list) {
            if (!list.ok() || m_firstRunChecked || m_locked)
                return; // not readable yet: ready() asks again
            m_firstRunChecked = true;
            if (list->isEmpty())
                openWalletWizard(true);
        });
    });
}

WalletWizard *MainWindow::walletWizard() const
{
    return m_wizard;
}

void MainWindow::openWalletWizard(bool firstRun)
{
    if (m_locked)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new WalletWizard(firstRun ? WalletWizard::FirstRun : WalletWizard::AddWallet, m_service, m_owner, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The owner made in the wizard signs in once it is closed.
    connect(m_wizard, &QObject::destroyed, this, &MainWindow::checkSignIn, Qt::QueuedConnection);
    // The first run ends on the dashboard; a wallet added later is shown where it lives.
    connect(m_wizard, &WalletWizard::finishedSetup, this, [this, firstRun] { showPage(firstRun ? Dashboard : Wallets); });
    m_wizard->open();
}

void MainWindow::setIdleLock(std::chrono::milliseconds after)
{
    m_idleTimer->stop();
    m_idleTimer->setInterval(after);
    qApp->removeEventFilter(this);
    if (after.count() <= 0)
        return;
    qApp->installEventFilter(this);
    if (m_operator.isValid())
        m_idleTimer->start();
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn;
}

void MainWindow::checkSignIn()
{
    if (m_locked || m_operator.isValid() || m_checkingSignIn || m_wizard)
        return;
    m_checkingSignIn = true;
    m_service->operators()->count(this, [this](Result<int> n) {
        m_checkingSignIn = false;
        // Not readable yet (the database is opening): infoChanged() asks again.
        if (n.ok() && n.value() > 0 && !m_operator.isValid() && !m_locked && !m_wizard)
            lock();
    });
}

void MainWindow::lock()
{
    lockFor(false);
}

void MainWindow::lockFor(bool idle)
{
    const bool wasSignedIn = m_operator.isValid();
    if (m_locked && !wasSignedIn) {
        showSignIn();
        return;
    }
    if (wasSignedIn)
        m_service->operators()->recordLock(m_operator.id, idle, this, [](Result<void>) {});
    m_locked = true;
    m_operator = {};
    m_idleTimer->stop();
    if (m_owner)
        m_owner->setSignedIn({});
    for (const QPointer<QDialog> &dialog : {m_accountDialog, m_policyDialog}) {
        if (dialog)
            dialog->close();
    }
    // Nothing of the last operator's session stays behind the lock.
    replacePage(Payouts, payoutsEmptyState(this));
    replacePage(Operators, new QWidget(this));
    m_shell->setCurrentWidget(m_lockScreen);
    updateAccountUi();
    showSignIn();
}

void MainWindow::showSignIn()
{
    if (!m_locked)
        return;
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    QSettings state(m_uiStatePath, QSettings::IniFormat);
    QString login = state.value(QStringLiteral("console/login")).toString();
    if (login.isEmpty() && m_owner)
        login = m_owner->ownerLogin();
    m_signIn = new SignInDialog(m_service->operators(), login, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signIn, &SignInDialog::signedInAs, this, &MainWindow::unlock);
    m_signIn->open();
    Q_EMIT dialogOpened(m_signIn);
}

void MainWindow::unlock(const operators::OperatorInfo &op)
{
    m_locked = false;
    m_operator = op;
    QSettings state(m_uiStatePath, QSettings::IniFormat);
    state.setValue(QStringLiteral("console/login"), op.login);
    if (m_owner)
        m_owner->setSignedIn(op);
    // The pages act as this operator; the engine checks the roles again.
    replacePage(Payouts, new PayoutsPage(m_service->payouts(), op, this));
    replacePage(Operators, op.has(operators::Role::Owner) ? static_cast<QWidget *>(new OperatorsPage(m_service->operators(), op, this))
                                                         : new QWidget(this));
    m_shell->setCurrentWidget(m_console);
    if (m_idleTimer->interval() > 0)
        m_idleTimer->start();
    updateAccountUi();
    checkFirstRun();
}

void MainWindow::updateAccountUi()
{
    if (!m_accountAction)
        return;
    const bool signedIn = m_operator.isValid();
    const bool owner = signedIn && m_operator.has(operators::Role::Owner);
    m_accountAction->setEnabled(signedIn);
    m_policyAction->setEnabled(owner);
    m_policyAction->setVisible(!signedIn || owner);
    m_lockAction->setEnabled(signedIn || m_locked);
    m_navigation->setEnabled(!m_locked);
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(!m_locked);
    // Operators is an owner's page.
    m_navigation->item(Operators)->setHidden(!owner);
    m_pageActions[Operators]->setVisible(owner);
    if (!owner && currentPage() == Operators)
        showPage(Dashboard);
    if (signedIn) {
        m_signedInLabel->setText(QStringLiteral("%1 · %2").arg(m_operator.displayName, AccountDialog::roleList(m_operator.roles)));
        m_signedInLabel->setToolTip(AccountDialog::allowedBy(m_operator.roles).join(QLatin1Char('\n')));
        m_signedInLabel->show();
    } else if (m_locked) {
        m_signedInLabel->setText(tr("Locked"));
        m_signedInLabel->setToolTip(QString());
        m_signedInLabel->show();
    } else {
        m_signedInLabel->hide(); // no operators yet
    }
}

void MainWindow::openAccountDialog()
{
    if (!m_operator.isValid())
        return;
    if (m_accountDialog) {
        m_accountDialog->raise();
        return;
    }
    auto *dialog = new AccountDialog(m_service->operators(), m_operator, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::totpChanged, this, [this](bool enrolled) { m_operator.totpEnrolled = enrolled; });
    m_accountDialog = dialog;
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void MainWindow::openPolicyDialog()
{
    if (!m_operator.isValid() || !m_operator.has(operators::Role::Owner))
        return;
    if (m_policyDialog) {
        m_policyDialog->raise();
        return;
    }
    auto *dialog = new PolicyDialog(m_service->payouts(), m_operator, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_policyDialog = dialog;
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace kassa::ui
