#include "Application.h"
#include "FakeConsoleService.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "models/PendingTransfersModel.h"
#include "pages/DashboardPage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace kassa;
using ui::PendingTransfersModel;

namespace {
engine::PendingTransfer pending(qint64 id, qint64 seenMs, quint64 confirmations = 1)
{
    engine::PendingTransfer t;
    t.id = id;
    t.chainId = QStringLiteral("ethereum");
    t.chainName = QStringLiteral("Ethereum");
    t.asset = QStringLiteral("USDT");
    t.amount = QStringLiteral("13.92");
    t.toAddress = QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    t.confirmations = confirmations;
    t.requiredConfirmations = 12;
    t.firstSeenMs = seenMs;
    t.txHash = QStringLiteral("0x8f2c1d0e9b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d");
    return t;
}
} // namespace

class TestPendingTransfersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_translators.apply(QStringLiteral("en")); }

    void followsTheServiceWithFineGrainedChanges()
    {
        test::FakeConsoleService service;
        ManualClock clock(100'000);
        PendingTransfersModel model(&service, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

        service.upsertPending(pending(1, 10'000));
        service.upsertPending(pending(2, 40'000)); // newer: goes on top
        service.upsertPending(pending(3, 20'000)); // between
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 0), PendingTransfersModel::TransferIdRole).toLongLong(), 2);
        QCOMPARE(model.data(model.index(1, 0), PendingTransfersModel::TransferIdRole).toLongLong(), 3);
        QCOMPARE(model.data(model.index(2, 0), PendingTransfersModel::TransferIdRole).toLongLong(), 1);
        QCOMPARE(inserts.count(), 3);

        service.upsertPending(pending(3, 20'000, 6));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1, PendingTransfersModel::ConfirmationsColumn)).toString(),
            QStringLiteral("6 of 12"));
        QCOMPARE(model.data(model.index(1, 0), PendingTransfersModel::ProgressRole).toInt(), 500);

        service.removePending(2);
        QCOMPARE(removals.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        service.removePending(99); // unknown: nothing happens
        QCOMPARE(removals.count(), 1);
        QCOMPARE(resets.count(), 0);
    }

    void showsWhatAMerchantNeeds()
    {
        test::FakeConsoleService service;
        ManualClock clock(100'000);
        PendingTransfersModel model(&service, clock);
        engine::PendingTransfer t = pending(1, 100'000 - 185'000, 3);
        service.upsertPending(t);
        QCOMPARE(model.data(model.index(0, PendingTransfersModel::ChainColumn)).toString(), QStringLiteral("Ethereum"));
        QCOMPARE(
            model.data(model.index(0, PendingTransfersModel::AmountColumn)).toString(), QStringLiteral("13.92 USDT"));
        QCOMPARE(model.data(model.index(0, PendingTransfersModel::ToColumn)).toString(),
            QString::fromUtf8("0x709979…dc79c8"));
        QCOMPARE(model.data(model.index(0, PendingTransfersModel::ToColumn), Qt::ToolTipRole).toString(), t.toAddress);
        QCOMPARE(model.data(model.index(0, PendingTransfersModel::AgeColumn)).toString(), QStringLiteral("3 minutes"));
        QCOMPARE(
            model.data(model.index(0, PendingTransfersModel::TransactionColumn), Qt::ToolTipRole).toString(), t.txHash);
        clock.advanceMs(3600'000);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.refreshAges();
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.data(model.index(0, PendingTransfersModel::AgeColumn)).toString(), QStringLiteral("1 hour"));

        t.toLabel = QStringLiteral("Counter 1");
        t.reorged = true;
        service.upsertPending(t);
        QCOMPARE(model.data(model.index(0, PendingTransfersModel::ToColumn)).toString(), QStringLiteral("Counter 1"));
        QVERIFY(model.data(model.index(0, PendingTransfersModel::ConfirmationsColumn))
                    .toString()
                    .startsWith(QStringLiteral("Reorganised")));
        QVERIFY(model.data(model.index(0, 0), Qt::ForegroundRole).isValid());

        // The storefront's own labels read as words, not as its identifiers.
        t.toLabel = QStringLiteral("receive");
        service.upsertPending(t);
        QCOMPARE(
            model.data(model.index(0, PendingTransfersModel::ToColumn)).toString(), QStringLiteral("Receive address"));
        t.toLabel = QStringLiteral("order");
        service.upsertPending(t);
        QCOMPARE(
            model.data(model.index(0, PendingTransfersModel::ToColumn)).toString(), QStringLiteral("Order address"));
    }

    void agesReadNaturally_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("1 s") << qint64(1'000) << QStringLiteral("1 second");
        QTest::newRow("45 s") << qint64(45'000) << QStringLiteral("45 seconds");
        QTest::newRow("1 min") << qint64(60'000) << QStringLiteral("1 minute");
        QTest::newRow("2 h") << qint64(7'200'000) << QStringLiteral("2 hours");
        QTest::newRow("3 d") << qint64(3 * 86'400'000LL) << QStringLiteral("3 days");
        QTest::newRow("clock skew") << qint64(-5'000) << QStringLiteral("0 seconds");
    }

    void agesReadNaturally()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(PendingTransfersModel::formatAge(ms), text);
    }

    void pluralsAreTranslated()
    {
        m_translators.apply(QStringLiteral("ja"));
        QVERIFY(!PendingTransfersModel::formatAge(120'000).contains(QStringLiteral("minute")));
        m_translators.apply(QStringLiteral("nl"));
        QCOMPARE(PendingTransfersModel::formatAge(60'000), QStringLiteral("1 minuut"));
        QCOMPARE(PendingTransfersModel::formatAge(120'000), QStringLiteral("2 minuten"));
    }

    void dashboardSwitchesBetweenEmptyStateAndTable()
    {
        test::FakeConsoleService service;
        ui::DashboardPage page(&service);
        page.resize(1000, 600);
        page.show();
        auto *stack = page.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0);
        service.upsertPending(pending(1, QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(stack->currentIndex(), 1);
        auto *view = page.findChild<QTableView *>(QStringLiteral("pendingTransfersView"));
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->model()->rowCount(), 1);
        service.removePending(1);
        QCOMPARE(stack->currentIndex(), 0);
    }

    void dashboardTextFitsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : i18n::shippedLanguageCodes())
            QTest::newRow(qPrintable(language)) << language;
    }

    void dashboardTextFitsInEveryLanguage()
    {
        QFETCH(QString, language);
        m_translators.apply(language);
        test::FakeConsoleService service;
        service.upsertPending(pending(1, QDateTime::currentMSecsSinceEpoch() - 200'000, 4));
        engine::PendingTransfer second = pending(2, QDateTime::currentMSecsSinceEpoch() - 30'000, 1);
        second.chainName = QStringLiteral("Tron");
        second.toAddress = QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC");
        second.toLabel = QStringLiteral("Counter 1");
        second.amount = QStringLiteral("250.5");
        second.requiredConfirmations = 19;
        service.upsertPending(second);
        engine::PendingTransfer third = pending(3, QDateTime::currentMSecsSinceEpoch() - 90'000, 7);
        third.reorged = true;
        service.upsertPending(third);
        test::TempProfile tmp;
        ui::MainWindow window(&service, tmp.file(QStringLiteral("ui-state.ini")));
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(ui::MainWindow::Dashboard);
        QCoreApplication::processEvents();
        const QStringList problems = test::clippedTexts(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        // KASSA_SCREENSHOT_DIR=… keeps a picture to look at (tests/gui/screenshots.sh sets it).
        if (qEnvironmentVariableIsSet("KASSA_SCREENSHOT_DIR")) {
            const QString dir = qEnvironmentVariable("KASSA_SCREENSHOT_DIR");
            QDir().mkpath(dir);
            QVERIFY(window.grab().save(dir + QStringLiteral("/%1-dashboard-pending.png").arg(language)));
        }
        auto *view = window.findChild<QTableView *>(QStringLiteral("pendingTransfersView"));
        const QString header =
            view->model()->headerData(PendingTransfersModel::AmountColumn, Qt::Horizontal).toString();
        if (language != QLatin1String("en"))
            QVERIFY2(header != QLatin1String("Amount"), qPrintable(language));
    }

private:
    i18n::Translators m_translators;
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestPendingTransfersModel)
#include "tst_pendingtransfersmodel.moc"
