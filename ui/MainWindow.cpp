#include "MainWindow.h"

#include "AboutDialog.h"
#include "WalletWizard.h"
#include "engine/WalletsService.h"
#include "engine/ConsoleService.h"
#include "pages/AuditLogPage.h"
#include "pages/DashboardPage.h"
#include "pages/EmptyStatePage.h"
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
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

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
};

QString pageTitle(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Dashboard: return MainWindow::tr("Dashboard");
    case MainWindow::Orders: return MainWindow::tr("Orders");
    case MainWindow::Payouts: return MainWindow::tr("Payouts");
    case MainWindow::Wallets: return MainWindow::tr("Wallets");
    case MainWindow::Settings: return MainWindow::tr("Settings");
    case MainWindow::AuditLog: return MainWindow::tr("Audit log");
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

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

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
    statusBar()->addPermanentWidget(m_engineStatus);

    buildMenus();
    buildTray();
    connect(m_service, &engine::ConsoleService::infoChanged, this, &MainWindow::refreshStatus);
    connect(m_service, &engine::ConsoleService::chainStatusesChanged, this, &MainWindow::refreshStatus);

    retranslate();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    for (int i = 0; i < PageCount; ++i) {
        auto *item = new QListWidgetItem(QIcon(QLatin1String(kPages[i].icon)), QString(), m_navigation);
        item->setData(Qt::UserRole, QLatin1String(kPages[i].key));
    }
    m_pages->addWidget(new DashboardPage(m_service, this));
    m_pages->addWidget(new OrdersPage(m_service->orders(), this));
    m_pages->addWidget(new EmptyStatePage(QStringLiteral(":/icons/empty-payouts.svg"), [] {
        return EmptyStateText {tr("No payouts yet"),
            tr("Refunds, supplier payments and withdrawals appear here, with the approvals each one needs and its "
               "progress on chain."),
            tr("Payouts need a payout wallet and at least one colleague to approve them. Set up a payout wallet on the "
               "Wallets page.")};
    }));
    auto *walletsPage = new WalletsPage(m_service, this);
    connect(walletsPage, &WalletsPage::addWalletRequested, this, &MainWindow::addWalletRequested);
    connect(walletsPage, &WalletsPage::addWalletRequested, this, [this] { openWalletWizard(false); });
    m_pages->addWidget(walletsPage);
    m_pages->addWidget(new SettingsPage(m_service, this));
    m_pages->addWidget(new AuditLogPage(m_service->audit(), this));
    static const char *const kObjectNames[PageCount] = {
        "dashboardPage", "ordersPage", "payoutsPage", "walletsPage", "settingsPage", "auditLogPage"};
    for (int i = 0; i < PageCount; ++i)
        m_pages->widget(i)->setObjectName(QLatin1String(kObjectNames[i]));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
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
    setWindowTitle(tr("Kassa"));
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->item(i)->setText(pageTitle(Page(i)));
        m_navigation->item(i)->setToolTip(pageTitle(Page(i)));
        m_pageActions[i]->setText(pageTitle(Page(i)));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Kassa"));
    m_aboutQtAction->setText(tr("About &Qt"));
    if (m_tray) {
        m_tray->setToolTip(tr("Kassa"));
        m_trayShowAction->setText(tr("Show Kassa"));
    }
    fitNavigation();
    refreshStatus();
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
}

void MainWindow::setFirstRunWizard(bool enabled)
{
    if (!enabled)
        return;
    connect(m_service->wallets(), &engine::WalletsService::ready, this, &MainWindow::checkFirstRun);
    checkFirstRun();
}

void MainWindow::checkFirstRun()
{
    if (m_firstRunChecked)
        return;
    m_service->wallets()->wallets(this, [this](Result<QList<wallets::WalletRecord>> list) {
        if (!list.ok() || m_firstRunChecked)
            return; // not readable yet: ready() asks again
        m_firstRunChecked = true;
        if (list->isEmpty())
            openWalletWizard(true);
    });
}

WalletWizard *MainWindow::walletWizard() const
{
    return m_wizard;
}

void MainWindow::openWalletWizard(bool firstRun)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new WalletWizard(firstRun ? WalletWizard::FirstRun : WalletWizard::AddWallet, m_service, m_owner, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The first run ends on the dashboard; a wallet added later is shown where it lives.
    connect(m_wizard, &WalletWizard::finishedSetup, this, [this, firstRun] { showPage(firstRun ? Dashboard : Wallets); });
    m_wizard->open();
}

} // namespace kassa::ui
