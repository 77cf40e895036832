// The Orders page and its model over the fake OrdersService: paging as the
// view scrolls, search and filters reach the service, changed orders update
// in place, the details pane, operator actions behind their confirmations
// (cancelled dialogs change nothing), the Callbacks view with resend, the
// tiles, the export, and no clipped or untranslated text in any language.
#include "Application.h"
#include "FakeConsoleService.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "dialogs/ReasonDialog.h"
#include "models/OrdersModel.h"
#include "pages/DashboardPage.h"
#include "pages/OrdersPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

using namespace kassa;
using namespace kassa::ui;

class TestOrdersPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::FakeConsoleService> m_service;
    test::FakeOrdersService *m_orders = nullptr;
    const qint64 m_t0 = 1767225600000; // 2026-01-01 00:00 UTC

    payments::Order order(int i, payments::OrderStatus status = payments::OrderStatus::Waiting)
    {
        payments::Order o;
        o.id = i;
        o.tradeId = QStringLiteral("20260101%1").arg(i, 16, 10, QLatin1Char('0'));
        o.merchantOrderId = QStringLiteral("SHOP-%1").arg(i);
        o.chain = i % 2 ? QStringLiteral("tron") : QStringLiteral("ethereum");
        o.address = i % 2 ? QStringLiteral("TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE")
                          : QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        o.amount = money::Amount::parse(QStringLiteral("%1.5").arg(i), money::Asset::usdt6()).value();
        o.received = money::Amount::zero(money::Asset::usdt6()).value();
        o.status = status;
        o.createdMs = m_t0 + qint64(i) * 60000;
        o.expiresMs = o.createdMs + 600000;
        return o;
    }

    void fill(int count)
    {
        m_orders->orderList.clear();
        for (int i = 1; i <= count; ++i)
            m_orders->orderList << order(i);
    }

private Q_SLOTS:
    void init()
    {
        m_service = std::make_unique<test::FakeConsoleService>();
        m_orders = m_service->fakeOrders();
        m_service->applyLanguage(QStringLiteral("en"));
    }
    void cleanup() { m_service.reset(); }

    void pagesAsTheViewScrolls()
    {
        fill(250);
        OrdersModel model(m_orders);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), OrdersModel::PageSize);
        QCOMPARE(model.order(0).id, 250); // newest first
        QTRY_COMPARE(model.total(), 250);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 200);
        QCOMPARE(m_orders->queries.last().beforeId, 151);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 250);
        QTRY_VERIFY(!model.canFetchMore({}));

        // A changed order is updated in place; a new one appears on top.
        payments::Order paid = m_orders->orderList[249];
        paid.status = payments::OrderStatus::Paid;
        m_orders->orderList[249] = paid;
        Q_EMIT m_orders->ordersChanged({paid});
        QCOMPARE(model.data(model.index(0, OrdersModel::StatusColumn)).toString(), QStringLiteral("Paid"));
        m_orders->addOrder(order(251));
        QTRY_COMPARE(model.rowCount(), 251);
        QCOMPARE(model.order(0).id, 251);
        QCOMPARE(model.total(), 251);
    }

    void searchAndFiltersReachTheService()
    {
        fill(30);
        OrdersPage page(m_orders);
        page.resize(1100, 700);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 30);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("ordersSearch"));
        search->setText(QStringLiteral("SHOP-7"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(m_orders->queries.last().text, QStringLiteral("SHOP-7"));
        search->clear();
        QTRY_COMPARE(page.model()->rowCount(), 30);

        auto *chain = page.findChild<QComboBox *>(QStringLiteral("ordersChainFilter"));
        chain->setCurrentIndex(chain->findData(QStringLiteral("tron")));
        QTRY_COMPARE(page.model()->rowCount(), 15);
        QCOMPARE(m_orders->queries.last().chain, QStringLiteral("tron"));
        chain->setCurrentIndex(0);

        m_orders->orderList[4].status = payments::OrderStatus::Paid;
        auto *status = page.findChild<QComboBox *>(QStringLiteral("ordersStatusFilter"));
        status->setCurrentIndex(status->findData(int(payments::OrderStatus::Paid)));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(m_orders->queries.last().status, payments::OrderStatus::Paid);
        status->setCurrentIndex(0);
        QTRY_COMPARE(page.model()->rowCount(), 30);

        auto *from = page.findChild<QDateEdit *>(QStringLiteral("ordersFromDate"));
        from->setDate(QDate(2026, 1, 2));
        QTRY_VERIFY(m_orders->queries.last().fromMs > 0);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(m_orders->queries.last().fromMs).date(), QDate(2026, 1, 2));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QTRY_COMPARE(page.findChild<QLabel *>(QStringLiteral("ordersCount"))->text(),
            QStringLiteral("No orders match these filters."));
    }

    void detailsAndActionsAskFirst()
    {
        fill(3);
        engine::OrderDetails d;
        d.order = m_orders->orderList[2];
        d.events << payments::OrderEvent {1, 3, m_t0, QStringLiteral("created"), {}, QStringLiteral("waiting"), {}};
        notify::CallbackRecord cb;
        cb.id = 9;
        cb.event = QStringLiteral("order.paid");
        cb.url = QStringLiteral("https://shop.example/notify");
        cb.attempts = 2;
        d.callbacks << cb;
        d.attempts.insert(9, {notify::CallbackAttempt {1, 9, m_t0, 120, 500, QStringLiteral("boom"), {}, false}});
        m_orders->details.insert(d.order.tradeId, d);
        OrdersPage page(m_orders);
        page.resize(1100, 700);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        auto *view = page.findChild<QTableView *>(QStringLiteral("ordersView"));
        view->setCurrentIndex(page.model()->index(0, 0));
        auto *details = page.findChild<QTextBrowser *>(QStringLiteral("orderDetails"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("HTTP 500: boom")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("SHOP-3")));

        // Cancelled confirmations change nothing.
        ReasonDialog::setNextAnswer(std::nullopt);
        page.markPaid();
        QVERIFY(m_orders->actions.isEmpty());
        MessageBox::setNextAnswer(QMessageBox::No);
        page.resendCallback();
        QVERIFY(m_orders->actions.isEmpty());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.resendCallback();
        QCOMPARE(m_orders->actions.last(), std::make_pair(QStringLiteral("resend"), QStringLiteral("9")));

        ReasonDialog::setNextAnswer(ReasonDialog::Answer {-1, QStringLiteral("paid in cash")});
        page.markPaid();
        QCOMPARE(m_orders->actions.last(), std::make_pair(QStringLiteral("mark_paid"), d.order.tradeId));
        QCOMPARE(m_orders->reasons.last(), QStringLiteral("paid in cash"));
        QVERIFY(ReasonDialog::lastText().contains(QStringLiteral("SHOP-3")));
        QTRY_COMPARE(
            page.model()->data(page.model()->index(0, OrdersModel::StatusColumn)).toString(), QStringLiteral("Paid"));

        // Cancel the second order.
        view->setCurrentIndex(page.model()->index(1, 0));
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelOrderButton"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("SHOP-2")));
        QVERIFY(cancel->isEnabled());
        ReasonDialog::setNextAnswer(ReasonDialog::Answer {-1, QStringLiteral("customer gave up")});
        cancel->click();
        QCOMPARE(m_orders->actions.last().first, QStringLiteral("cancel"));
        QTRY_VERIFY(!cancel->isEnabled());

        // Attach: the transfers to the order's address are offered.
        view->setCurrentIndex(page.model()->index(2, 0));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("SHOP-1")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("attachTransferButton"))->isEnabled());
        payments::OrderTransfer t;
        t.transferId = 77;
        t.outcome = QStringLiteral("unmatched");
        t.stage = QStringLiteral("final");
        t.chain = m_orders->orderList[0].chain;
        t.to = m_orders->orderList[0].address;
        t.from = QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        t.value = QStringLiteral("1400000");
        m_orders->exceptions << t;
        ReasonDialog::setNextAnswer(ReasonDialog::Answer {0, QStringLiteral("paid 1.4 instead of 1.5")});
        page.attachTransfer();
        QTRY_COMPARE(m_orders->actions.last().first, QStringLiteral("attach:77"));

        // Export goes through the file dialog seam.
        test::TempProfile dir;
        FileDialog::setNextFileName(dir.file(QStringLiteral("orders.csv")));
        page.exportCsv();
        QTRY_COMPARE(m_orders->actions.last().first, QStringLiteral("export"));
    }

    void callbacksViewAndTiles()
    {
        fill(2);
        notify::CallbackRecord cb;
        cb.id = 5;
        cb.orderId = 2;
        cb.event = QStringLiteral("order.paid");
        cb.url = QStringLiteral("https://shop.example/notify");
        cb.state = notify::CallbackState::Failed;
        cb.attempts = 10;
        cb.lastError = QStringLiteral("HTTP 502");
        m_orders->failing << cb;
        m_orders->overviewValue.paidToday.insert(QStringLiteral("USDT"), QStringLiteral("1234.5"));
        m_orders->overviewValue.waiting = 7;
        m_orders->overviewValue.callbacksFailing = 1;
        OrdersPage page(m_orders);
        page.resize(1100, 700);
        page.show();
        QTRY_COMPARE(
            page.findChild<QLabel *>(QStringLiteral("ordersPaidTodayTile"))->text(), QStringLiteral("1234.5 USDT"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("ordersWaitingTile"))->text(), QStringLiteral("7"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("ordersCallbacksFailingTile"))->text(), QStringLiteral("1"));
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("failingCallbacksView"));
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("HTTP 502"));
        table->setCurrentCell(0, 0);
        auto *resend = page.findChild<QPushButton *>(QStringLiteral("callbacksResendButton"));
        QVERIFY(resend->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        resend->click();
        QCOMPARE(m_orders->actions.last(), std::make_pair(QStringLiteral("resend"), QStringLiteral("5")));
    }

    void dashboardShowsTheOrderTiles()
    {
        m_orders->overviewValue.paidToday.insert(QStringLiteral("USDT"), QStringLiteral("99.5"));
        m_orders->overviewValue.waiting = 3;
        DashboardPage page(m_service.get());
        QTRY_COMPARE(page.findChild<QLabel *>(QStringLiteral("dashboardPaidTodayTile"))->text(),
            QStringLiteral("99.5 USDT"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("dashboardWaitingTile"))->text(), QStringLiteral("3"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("dashboardCallbacksFailingTile"))->text(), QStringLiteral("0"));
    }

    void errorsAreShown()
    {
        OrdersPage page(m_orders);
        QTRY_VERIFY(!m_orders->queries.isEmpty());
        QTest::qWait(50);
        m_orders->failNext = makeError(ErrorCode::Database, QStringLiteral("x"), QStringLiteral("Database is down."));
        page.findChild<QLineEdit *>(QStringLiteral("ordersSearch"))->setText(QStringLiteral("x"));
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("ordersCount"))->text().contains(QStringLiteral("down")));
    }

    void noTextIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : i18n::shippedLanguageCodes())
            QTest::newRow(qPrintable(language)) << language;
    }
    void noTextIsClipped()
    {
        QFETCH(QString, language);
        m_service->applyLanguage(language);
        fill(20);
        OrdersPage page(m_orders);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 20);
        const QStringList problems = test::clippedTexts(&page);
        QVERIFY2(problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        if (language != QLatin1String("en")) {
            auto *button = page.findChild<QPushButton *>(QStringLiteral("markPaidButton"));
            QVERIFY2(button->text() != QStringLiteral("Mark paid…"), qPrintable(button->text()));
        }
    }

    //! The transfer's stage in the details pane is a translated word, not
    //! the stored code ("final").
    void transferStageIsTranslated_data() { noTextIsClipped_data(); }
    void transferStageIsTranslated()
    {
        QFETCH(QString, language);
        m_service->applyLanguage(language);
        fill(1);
        engine::OrderDetails d;
        d.order = m_orders->orderList[0];
        for (const char *stage : {"seen", "final", "orphaned", "failed"}) {
            payments::OrderTransfer t;
            t.outcome = QStringLiteral("confirming");
            t.stage = QLatin1String(stage);
            t.txHash = QStringLiteral("0x%1").arg(QLatin1String(stage));
            t.value = d.order.amount.units().toDecimal();
            d.transfers << t;
        }
        m_orders->details.insert(d.order.tradeId, d);
        OrdersPage page(m_orders);
        QTRY_COMPARE(page.model()->rowCount(), 1);
        page.findChild<QTableView *>(QStringLiteral("ordersView"))->setCurrentIndex(page.model()->index(0, 0));
        auto *details = page.findChild<QTextBrowser *>(QStringLiteral("orderDetails"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("0xfinal")));
        const QString text = details->toPlainText();
        for (const char *stage : {"seen", "final", "orphaned", "failed"}) {
            const QString label = OrdersModel::transferStageLabel(QLatin1String(stage));
            QVERIFY2(label != QLatin1String(stage), stage);
            QVERIFY2(text.contains(label), qPrintable(language + QLatin1Char(' ') + label));
            // The code itself, in ASCII or full-width brackets, is gone.
            QVERIFY2(!text.contains(QStringLiteral("(%1)").arg(QLatin1String(stage))), stage);
            QVERIFY2(!text.contains(QString::fromUtf8("\xef\xbc\x88%1\xef\xbc\x89").arg(QLatin1String(stage))), stage);
        }
        if (language != QLatin1String("en"))
            QVERIFY2(OrdersModel::transferStageLabel(QStringLiteral("final")) != QStringLiteral("Final"),
                qPrintable(language));
    }

    //! With KASSA_SHOTS_DIR set: <lang>-orders.png (an order selected, its
    //! details pane filled) and <lang>-orders-callbacks.png.
    void screenshots_data() { noTextIsClipped_data(); }
    void screenshots()
    {
        QFETCH(QString, language);
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("KASSA_SHOTS_DIR is not set");
        m_service->applyLanguage(language);
        fill(40);
        m_orders->orderList[39].status = payments::OrderStatus::Paid;
        m_orders->orderList[39].received = m_orders->orderList[39].amount;
        m_orders->orderList[39].paidMs = m_orders->orderList[39].createdMs + 95000;
        m_orders->orderList[39].txHash = QStringLiteral("0x%1").arg(QStringLiteral("ab12").repeated(16));
        m_orders->orderList[38].status = payments::OrderStatus::Expired;
        m_orders->orderList[37].status = payments::OrderStatus::Underpaid;
        engine::OrderDetails d;
        d.order = m_orders->orderList[39];
        d.events << payments::OrderEvent {1, 40, d.order.createdMs, QStringLiteral("created"), {},
            QStringLiteral("waiting"), QStringLiteral("epusdt")};
        d.events << payments::OrderEvent {2, 40, d.order.createdMs + 60000, QStringLiteral("status"),
            QStringLiteral("waiting"), QStringLiteral("confirming"), QStringLiteral("seen ") + d.order.txHash};
        d.events << payments::OrderEvent {3, 40, *d.order.paidMs, QStringLiteral("status"),
            QStringLiteral("confirming"), QStringLiteral("paid"), QStringLiteral("final ") + d.order.txHash};
        payments::OrderTransfer t;
        t.outcome = QStringLiteral("paid");
        t.stage = QStringLiteral("final");
        t.txHash = d.order.txHash;
        t.value = d.order.amount.units().toDecimal();
        d.transfers << t;
        notify::CallbackRecord cb;
        cb.id = 3;
        cb.event = QStringLiteral("order.paid");
        cb.url = QStringLiteral("https://shop.example/epusdt/notify");
        cb.attempts = 2;
        d.callbacks << cb;
        d.attempts.insert(3,
            {notify::CallbackAttempt {1, 3, *d.order.paidMs + 10, 5012, 0, {}, QStringLiteral("timeout"), false},
                notify::CallbackAttempt {2, 3, *d.order.paidMs + 15500, 84, 200, QStringLiteral("ok"), {}, true}});
        m_orders->details.insert(d.order.tradeId, d);
        cb.id = 4;
        cb.orderId = 12;
        cb.state = notify::CallbackState::Failed;
        cb.attempts = 10;
        cb.lastError = QStringLiteral("HTTP 502");
        m_orders->failing << cb;
        m_orders->overviewValue.paidToday.insert(QStringLiteral("USDT"), QStringLiteral("1234.56"));
        m_orders->overviewValue.waiting = 37;
        m_orders->overviewValue.callbacksFailing = 1;
        OrdersPage page(m_orders);
        page.resize(1180, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 40);
        page.findChild<QTableView *>(QStringLiteral("ordersView"))->setCurrentIndex(page.model()->index(0, 0));
        QTRY_VERIFY(page.findChild<QTextBrowser *>(QStringLiteral("orderDetails"))
                        ->toPlainText()
                        .contains(QStringLiteral("HTTP 200")));
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(QStringLiteral("%1/%2-orders.png").arg(dir, language)));
        page.findChild<QTabWidget *>(QStringLiteral("ordersTabs"))->setCurrentIndex(1);
        QTRY_COMPARE(page.findChild<QTableWidget *>(QStringLiteral("failingCallbacksView"))->rowCount(), 1);
        QVERIFY(page.grab().save(QStringLiteral("%1/%2-orders-callbacks.png").arg(dir, language)));
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestOrdersPage)
#include "tst_orderspage.moc"
