#include "AboutDialog.h"
#include "Application.h"
#include "FakeConsoleService.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "dialogs/PolicyDialog.h"
#include "dialogs/SignInDialog.h"
#include "pages/OperatorsPage.h"
#include "pages/PayoutsPage.h"
#include "store/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>

using namespace kassa;
using ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_tmp;
    std::unique_ptr<test::FakeConsoleService> m_service;

    QString statePath() const { return m_tmp->file(QStringLiteral("ui-state.ini")); }

    //! Gives the fake console a database with an owner (olga) and an approver (ann).
    std::shared_ptr<store::Database> withOperators(operators::OperatorInfo *ownerOut = nullptr)
    {
        auto opened = store::Database::open(store::DatabaseUrl::sqliteFile(m_tmp->file(QStringLiteral("k.sqlite"))),
            SystemClock::instance());
        if (!opened.ok())
            qFatal("database");
        std::shared_ptr<store::Database> db(std::move(opened).value().release());
        m_service->operatorsBackend()->setDatabase(db);
        std::optional<Result<operators::OperatorInfo>> owner, ann;
        m_service->operators()->createOwner(
            {QStringLiteral("olga"), QStringLiteral("Olga Owner"), QStringLiteral("owner password"), 0}, this,
            [&](auto r) { owner = r; });
        if (!QTest::qWaitFor([&] { return owner.has_value(); }) || !owner->ok())
            qFatal("owner");
        m_service->operators()->add(owner->value().id,
            {QStringLiteral("ann"), QStringLiteral("Ann Approver"), QStringLiteral("approver password"),
                int(operators::Role::Approver)},
            this, [&](auto r) { ann = r; });
        if (!QTest::qWaitFor([&] { return ann.has_value(); }) || !ann->ok())
            qFatal("ann");
        if (ownerOut)
            *ownerOut = owner->value();
        return db;
    }

    static int auditCount(store::Database &db, const QString &action, const QString &detail)
    {
        auto reader = db.reader();
        if (!reader.ok())
            return -1;
        QSqlQuery q(reader.value());
        q.prepare(QStringLiteral("SELECT details FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        int n = 0;
        if (q.exec()) {
            while (q.next())
                n += q.value(0).toString().contains(detail) ? 1 : 0;
        }
        return n;
    }

    static bool signIn(MainWindow &window, const QString &login, const QString &password, int timeoutMs = 10000)
    {
        if (!QTest::qWaitFor([&] { return window.signInDialog() != nullptr; }))
            return false;
        ui::SignInDialog *dialog = window.signInDialog();
        auto *loginEdit = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
        loginEdit->setText(login);
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
        dialog->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        return QTest::qWaitFor([&] { return !window.isLocked(); }, timeoutMs);
    }

    engine::EngineInfo readyInfo() const
    {
        engine::EngineInfo info;
        info.state = engine::EngineState::Ready;
        info.profileDirectory = m_tmp->path();
        info.configPath = m_tmp->file(QStringLiteral("kassa.conf"));
        info.databaseDisplay = QStringLiteral("sqlite:") + m_tmp->file(QStringLiteral("kassa.sqlite"));
        info.schemaVersion = 1;
        info.logFile = m_tmp->file(QStringLiteral("logs/kassa.log"));
        return info;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<test::TempProfile>();
        m_service = std::make_unique<test::FakeConsoleService>();
        m_service->applyLanguage(QStringLiteral("en"));
        m_service->setInfo(readyInfo());
    }

    void cleanup()
    {
        m_service.reset();
        m_tmp.reset();
    }

    void navigationReachesEveryPage()
    {
        MainWindow window(m_service.get(), statePath());
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        QVERIFY(nav && stack);
        QCOMPARE(nav->count(), int(MainWindow::PageCount));
        const QStringList expected = {QStringLiteral("Dashboard"), QStringLiteral("Orders"), QStringLiteral("Payouts"),
            QStringLiteral("Wallets"), QStringLiteral("Settings"), QStringLiteral("Audit log"), QStringLiteral("Operators")};
        for (int i = 0; i < nav->count(); ++i) {
            QCOMPARE(nav->item(i)->text(), expected[i]);
            nav->setCurrentRow(i);
            QCOMPARE(stack->currentIndex(), i);
            QCOMPARE(window.currentPage(), MainWindow::Page(i));
        }
        // Keyboard: Ctrl+2 opens Orders.
        QAction *ordersAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2))
                ordersAction = a;
        }
        QVERIFY(ordersAction);
        ordersAction->trigger();
        QCOMPARE(window.currentPage(), MainWindow::Orders);
    }

    void withoutOperatorsNothingIsLocked()
    {
        MainWindow window(m_service.get(), statePath());
        window.show();
        QTest::qWait(50);
        QVERIFY(!window.isLocked());
        QVERIFY(!window.signInDialog());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("signedInLabel"))->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("accountAction"))->isEnabled());
    }

    void signInGatesTheConsoleAndActsAsTheOperator()
    {
        auto db = withOperators();
        MainWindow window(m_service.get(), statePath());
        window.show();
        auto *shell = window.findChild<QStackedWidget *>(QStringLiteral("shell"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QTRY_VERIFY(window.isLocked());
        QCOMPARE(shell->currentWidget()->objectName(), QStringLiteral("lockScreen"));
        QVERIFY(!nav->isEnabled());
        QVERIFY(!qobject_cast<ui::PayoutsPage *>(stack->widget(MainWindow::Payouts)));
        QVERIFY(window.signInDialog());

        // A wrong password keeps it locked and says so.
        QVERIFY(!signIn(window, QStringLiteral("ann"), QStringLiteral("wrong password"), 300));
        QTRY_VERIFY(window.signInDialog()->findChild<QLabel *>(QStringLiteral("signInError"))->text().contains(QStringLiteral("wrong")));
        QVERIFY(window.isLocked());

        // An approver: the payouts page, fed by the console's payouts service as ann.
        QVERIFY(signIn(window, QStringLiteral("ann"), QStringLiteral("approver password")));
        QCOMPARE(window.signedIn().login, QStringLiteral("ann"));
        QCOMPARE(shell->currentWidget()->objectName(), QStringLiteral("consoleArea"));
        QVERIFY(nav->isEnabled());
        auto *payouts = qobject_cast<ui::PayoutsPage *>(stack->widget(MainWindow::Payouts));
        QVERIFY(payouts);
        QCOMPARE(payouts->objectName(), QStringLiteral("payoutsPage"));
        QTRY_VERIFY(m_service->fakePayouts()->listedFor.contains(window.signedIn().id));
        QVERIFY(nav->item(MainWindow::Operators)->isHidden()); // owners only
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("policyAction"))->isEnabled());
        auto *who = window.findChild<QLabel *>(QStringLiteral("signedInLabel"));
        QVERIFY(who->text().contains(QStringLiteral("Ann Approver")));
        QVERIFY(who->text().contains(QStringLiteral("Approver")));
        QVERIFY(who->toolTip().contains(QStringLiteral("approve")));

        // Ctrl+L locks: nothing of ann's session stays.
        QPointer<QWidget> oldPayouts = payouts;
        auto *lockAction = window.findChild<QAction *>(QStringLiteral("lockAction"));
        QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        lockAction->trigger();
        QVERIFY(window.isLocked());
        QVERIFY(!window.signedIn().isValid());
        QTRY_VERIFY(oldPayouts.isNull());
        QVERIFY(!qobject_cast<ui::PayoutsPage *>(stack->widget(MainWindow::Payouts)));
        QCOMPARE(who->text(), QStringLiteral("Locked"));
        // …and the audit log says who locked it, and how.
        QTRY_COMPARE(auditCount(*db, QStringLiteral("session.lock"), QStringLiteral("\"manual\"")), 1);
        QTRY_VERIFY(window.signInDialog());
        // The last login is offered again.
        QCOMPARE(window.signInDialog()->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), QStringLiteral("ann"));

        // The owner: the operators page and the payout policy.
        QVERIFY(signIn(window, QStringLiteral("olga"), QStringLiteral("owner password")));
        QVERIFY(!nav->item(MainWindow::Operators)->isHidden());
        window.showPage(MainWindow::Operators);
        QVERIFY(qobject_cast<ui::OperatorsPage *>(stack->currentWidget()));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("operatorsPage"));
        QSignalSpy dialogs(&window, &MainWindow::dialogOpened);
        auto *policy = window.findChild<QAction *>(QStringLiteral("policyAction"));
        QVERIFY(policy->isEnabled());
        policy->trigger();
        QCOMPARE(dialogs.count(), 1);
        QVERIFY(qobject_cast<ui::PolicyDialog *>(dialogs.first().first().value<QDialog *>()));
        window.findChild<QAction *>(QStringLiteral("accountAction"))->trigger();
        QCOMPARE(dialogs.count(), 2);
        QCOMPARE(dialogs.last().first().value<QDialog *>()->objectName(), QStringLiteral("accountDialog"));

        // Locking closes them and leaves the Operators page for the dashboard.
        QPointer<QDialog> policyDialog = dialogs.first().first().value<QDialog *>();
        window.lock();
        QTRY_VERIFY(policyDialog.isNull());
        QVERIFY(nav->item(MainWindow::Operators)->isHidden());
        QCOMPARE(window.currentPage(), MainWindow::Dashboard);
    }

    void locksAfterIdleTime()
    {
        auto db = withOperators();
        MainWindow window(m_service.get(), statePath());
        window.setIdleLock(std::chrono::milliseconds(400));
        window.show();
        QTRY_VERIFY(window.isLocked());
        QVERIFY(signIn(window, QStringLiteral("olga"), QStringLiteral("owner password")));
        // Use keeps it open…
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(150);
            QTest::keyClick(window.centralWidget(), Qt::Key_Shift);
            QVERIFY(!window.isLocked());
        }
        // …and without use it locks.
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 3000);
        QTRY_COMPARE(auditCount(*db, QStringLiteral("session.lock"), QStringLiteral("\"idle\"")), 1);
        QTRY_VERIFY(window.signInDialog());
    }

    void theLockScreenFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : i18n::shippedLanguageCodes())
            QTest::newRow(qPrintable(language)) << language;
    }
    void theLockScreenFits()
    {
        QFETCH(QString, language);
        auto db = withOperators();
        m_service->applyLanguage(language);
        MainWindow window(m_service.get(), statePath());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isLocked());
        QTRY_VERIFY(window.signInDialog());
        window.signInDialog()->hide(); // the screen behind it
        QCoreApplication::processEvents();
        const QStringList problems = test::clippedTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("lockTitle"))->text().isEmpty());
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(QStringLiteral("%1/%2-locked.png").arg(dir, language)));
        }
        m_service->applyLanguage(QStringLiteral("en"));
    }

    void emptyPagesSayWhatWillAppearAndHowToStart_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("dashboard") << QStringLiteral("dashboardPage") << QStringLiteral("Wallets");
        QTest::newRow("orders") << QStringLiteral("ordersPage") << QStringLiteral("storefront");
        QTest::newRow("payouts") << QStringLiteral("payoutsPage") << QStringLiteral("approve");
        QTest::newRow("wallets") << QStringLiteral("walletsPage") << QStringLiteral("recovery words");
        QTest::newRow("audit") << QStringLiteral("auditLogPage") << QStringLiteral("recorded");
    }

    void emptyPagesSayWhatWillAppearAndHowToStart()
    {
        QFETCH(QString, page);
        QFETCH(QString, mentions);
        MainWindow window(m_service.get(), statePath());
        auto *widget = window.findChild<QWidget *>(page);
        QVERIFY(widget);
        const auto *title = widget->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
        const auto *description = widget->findChild<QLabel *>(QStringLiteral("emptyStateDescription"));
        const auto *start = widget->findChild<QLabel *>(QStringLiteral("emptyStateGettingStarted"));
        QVERIFY(title && description && start);
        QVERIFY(!title->text().isEmpty());
        QVERIFY(description->text().size() > 40);
        QVERIFY(!start->text().isEmpty());
        const QString all = description->text() + start->text();
        QVERIFY2(all.contains(mentions), qPrintable(all));
        QVERIFY(!widget->findChild<QLabel *>(QStringLiteral("emptyStateIcon"))->pixmap().isNull());
    }

    void statusBarShowsChainAndEngineState()
    {
        MainWindow window(m_service.get(), statePath());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *chains = window.findChild<QLabel *>(QStringLiteral("chainStatusLabel"));
        auto *engineLabel = window.findChild<QLabel *>(QStringLiteral("engineStatusLabel"));
        QVERIFY(chains && engineLabel);
        QCOMPARE(chains->text(), QStringLiteral("No chains are being watched yet."));
        QCOMPARE(engineLabel->text(), QStringLiteral("Database ready"));

        engine::ChainStatus tron {
            QStringLiteral("tron"), QStringLiteral("Tron"), true, QStringLiteral("api.trongrid.io"), 61234567, 0, {}};
        engine::ChainStatus eth {
            QStringLiteral("ethereum"), QStringLiteral("Ethereum"), false, {}, 0, 0, QStringLiteral("timeout")};
        m_service->setChains({tron, eth});
        QVERIFY(chains->text().contains(QStringLiteral("Tron: block 61234567 via api.trongrid.io")));
        QVERIFY(chains->text().contains(QStringLiteral("Ethereum: disconnected (timeout)")));
        QVERIFY(chains->toolTip().contains(QStringLiteral("Node: api.trongrid.io")));
        QVERIFY(chains->toolTip().contains(QStringLiteral("Last error: timeout")));

        // Behind: the lag shows. Three chains or more: endpoints move to the tooltip.
        tron.lagBlocks = 2;
        engine::ChainStatus bsc {QStringLiteral("bsc"), QStringLiteral("BNB Smart Chain"), true,
            QStringLiteral("bsc-rpc.publicnode.com:443"), 45000000, 0, {}};
        m_service->setChains({tron});
        QVERIFY2(chains->text().contains(QStringLiteral("Tron: block 61234567 via api.trongrid.io, 2 blocks behind")),
            qPrintable(chains->text()));
        eth.connected = true;
        eth.headBlock = 21000000;
        eth.endpoint = QStringLiteral("ethereum-rpc.publicnode.com:443");
        eth.lastError.clear();
        m_service->setChains({tron, eth, bsc});
        QVERIFY2(chains->text().startsWith(
                     QStringLiteral("Tron: block 61234567, 2 blocks behind · Ethereum: block 21000000")),
            qPrintable(chains->text()));
        QVERIFY(!chains->text().contains(QStringLiteral("publicnode")));
        QVERIFY(chains->toolTip().contains(QStringLiteral("Node: bsc-rpc.publicnode.com:443")));
        QVERIFY(test::clippedTexts(&window).isEmpty());
        // A narrow window elides instead of growing.
        window.resize(700, 500);
        QCoreApplication::processEvents();
        QVERIFY(chains->text().endsWith(QChar(0x2026)));
        QVERIFY(window.width() <= 900);

        engine::EngineInfo failed = readyInfo();
        failed.state = engine::EngineState::Failed;
        failed.error = makeError(ErrorCode::Database, QStringLiteral("x"), QStringLiteral("The disk is full."));
        window.resize(1100, 720);
        m_service->setInfo(failed);
        QCoreApplication::processEvents();
        QVERIFY(chains->text().contains(QStringLiteral("The disk is full.")));
        QCOMPARE(engineLabel->text(), QStringLiteral("Database unavailable"));
    }

    void settingsShowTheProfile()
    {
        MainWindow window(m_service.get(), statePath());
        window.showPage(MainWindow::Settings);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileDirLabel"))->text(), m_tmp->path());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("schemaLabel"))->text(), QStringLiteral("1"));
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().startsWith(QStringLiteral("sqlite:")));
    }

    void languageSwitchesWithoutRestart()
    {
        MainWindow window(m_service.get(), statePath());
        window.show();
        window.showPage(MainWindow::Settings);
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(combo && nav);
        QCOMPARE(combo->count(), 5); // system + four languages
        QCOMPARE(combo->itemText(0), QStringLiteral("System default"));

        combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
        QCOMPARE(m_service->languageSetting(), QStringLiteral("ja"));
        QTRY_COMPARE(nav->item(0)->text(), QString::fromUtf8("ダッシュボード"));
        QVERIFY(window.windowTitle() == QStringLiteral("Kassa"));
        QCOMPARE(combo->itemText(combo->findData(QStringLiteral("ja"))), QString::fromUtf8("日本語")); // endonyms stay
        QVERIFY(combo->itemText(0) != QLatin1String("System default"));
        auto *title = window.findChild<QWidget *>(QStringLiteral("ordersPage"))
                          ->findChild<QLabel *>(QStringLiteral("emptyStateTitle"));
        QVERIFY(title->text() != QLatin1String("No orders yet"));

        combo->setCurrentIndex(combo->findData(QStringLiteral("nl")));
        QTRY_COMPARE(nav->item(1)->text(), QStringLiteral("Bestellingen"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTRY_COMPARE(nav->item(1)->text(), QStringLiteral("Orders"));
        QCOMPARE(title->text(), QStringLiteral("No orders yet"));
        QCOMPARE(m_service->languageChanges, 3);
    }

    void geometryAndLastPagePersist()
    {
        {
            MainWindow window(m_service.get(), statePath());
            window.show();
            window.resize(1010, 650);
            window.showPage(MainWindow::Wallets);
            window.close();
        }
        MainWindow again(m_service.get(), statePath());
        again.show();
        QCOMPARE(again.currentPage(), MainWindow::Wallets);
        QCOMPARE(again.size(), QSize(1010, 650));
    }

    void aboutShowsVersionAndLicenses()
    {
        MainWindow window(m_service.get(), statePath());
        ui::AboutDialog *about = window.aboutDialog();
        QVERIFY(about);
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutTitle"))->text().contains(QStringLiteral("0.1.0")));
        const QString licenses = about->findChild<QTextBrowser *>(QStringLiteral("licensesBrowser"))->toPlainText();
        QVERIFY(licenses.contains(QStringLiteral("MIT License")));
        QVERIFY(licenses.contains(QStringLiteral("LGPL-3.0")));
        QVERIFY(licenses.contains(QLatin1String(qVersion())));
    }

    // Every language, every page, at the default window size and at the
    // smallest a merchant is likely to use: no text may be cut off.
    void noTextIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : i18n::shippedLanguageCodes()) {
            QTest::newRow(qPrintable(language + QStringLiteral("-default"))) << language << QSize(1100, 720);
            QTest::newRow(qPrintable(language + QStringLiteral("-small"))) << language << QSize(900, 600);
        }
    }

    void noTextIsClipped()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        m_service->applyLanguage(language);
        MainWindow window(m_service.get(), statePath());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            QCoreApplication::processEvents();
            const QStringList problems = test::clippedTexts(&window);
            QVERIFY2(
                problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        }
        ui::AboutDialog *about = window.aboutDialog();
        about->show();
        QCoreApplication::processEvents();
        const QStringList problems = test::clippedTexts(about);
        QVERIFY2(problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestMainWindow)
#include "tst_mainwindow.moc"
