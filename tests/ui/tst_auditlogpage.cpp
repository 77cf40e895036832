// The Audit page and its model: paging through a long log as the view
// scrolls, filters, new entries on top without a reset, the integrity check
// and the export, the empty state, and no clipped text in any language.
#include "FakeConsoleService.h"
#include "TestSupport.h"
#include "WidgetChecks.h"

#include "Application.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "audit/AuditActions.h"
#include "models/AuditLogModel.h"
#include "pages/AuditLogPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace kassa;
using namespace kassa::ui;

class TestAuditLogPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::FakeConsoleService> m_service;
    test::FakeAuditService *m_audit = nullptr;
    const qint64 m_t0 = 1767225600000;

    void fillLog(int count)
    {
        for (int i = 1; i <= count; ++i) {
            const QString action = i % 3 == 0 ? QLatin1String(audit::action::PayoutApprove)
                                              : (i % 3 == 1 ? QLatin1String(audit::action::OrderMarkPaid)
                                                            : QLatin1String(audit::action::WalletCreate));
            m_audit->add(action, i % 2 ? QStringLiteral("Alice") : QStringLiteral("Bram"), QString::number(i),
                m_t0 + i * 1000, QStringLiteral("{\"reason\":\"entry %1\"}").arg(i));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_service = std::make_unique<test::FakeConsoleService>();
        m_service->applyLanguage(QStringLiteral("en"));
        m_audit = m_service->fakeAudit();
    }

    void modelPagesAsTheViewScrolls()
    {
        fillLog(450);
        AuditLogModel model(m_audit);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        // The tester itself may ask for more pages, so only the order is fixed.
        QTRY_VERIFY(model.rowCount() >= AuditLogModel::PageSize);
        QCOMPARE(model.entry(0).seq, qint64(450)); // newest first
        QElapsedTimer timer;
        timer.start();
        while ((model.canFetchMore({}) || model.isLoading()) && timer.elapsed() < 5000) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTest::qWait(5);
        }
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < 450; ++row) // every entry once, newest first, no page twice
            QCOMPARE(model.entry(row).seq, qint64(450 - row));
        QCOMPARE(model.entry(449).seq, qint64(1));
        QVERIFY(std::any_of(m_audit->queries.cbegin(), m_audit->queries.cend(),
            [](const audit::AuditFilter &f) { return f.beforeSeq == 251; })); // the second page starts below the first

        // New entries arrive: they go on top with an insert, not a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        m_audit->add(QLatin1String(audit::action::PayoutReject), QStringLiteral("Chen"), QStringLiteral("p-9"), m_t0);
        m_audit->add(QLatin1String(audit::action::PayoutApprove), QStringLiteral("Chen"), QStringLiteral("p-9"), m_t0);
        model.refreshNewest();
        QTRY_COMPARE(model.rowCount(), 452);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.entry(0).seq, qint64(452));
        QCOMPARE(model.entry(1).seq, qint64(451));
        QCOMPARE(model.data(model.index(0, AuditLogModel::ActionColumn)).toString(), QStringLiteral("Payout approved"));
        QCOMPARE(model.data(model.index(0, AuditLogModel::ActorColumn)).toString(), QStringLiteral("Chen"));
    }

    void filtersGoToTheService()
    {
        fillLog(30);
        AuditLogPage page(m_audit);
        auto *group = page.findChild<QComboBox *>(QStringLiteral("auditGroupFilter"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("auditSearch"));
        QVERIFY(group && search);
        QTRY_COMPARE(page.model()->rowCount(), 30);
        group->setCurrentIndex(group->findData(QStringLiteral("payout.")));
        QTRY_COMPARE(page.model()->rowCount(), 10);
        QCOMPARE(m_audit->queries.last().actionPrefix, QStringLiteral("payout."));
        search->setText(QStringLiteral("Bram"));
        QTRY_COMPARE(m_audit->queries.last().text, QStringLiteral("Bram"));
        QTRY_COMPARE(page.model()->rowCount(), 5);
        search->setText(QStringLiteral("nobody"));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QTRY_COMPARE(page.findChild<QLabel *>(QStringLiteral("auditStatus"))->text(),
            QStringLiteral("No entries match these filters."));
    }

    void emptyLogShowsTheGettingStartedState()
    {
        AuditLogPage page(m_audit);
        auto *stack = page.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QTest::qWait(50);
        QCOMPARE(stack->currentIndex(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("emptyStateTitle")));
        m_audit->add(QLatin1String(audit::action::WalletCreate), QStringLiteral("Alice"), QStringLiteral("w-1"), m_t0);
        page.show();
        QTRY_COMPARE(stack->currentIndex(), 1);
        QTRY_COMPARE(page.model()->rowCount(), 1);
    }

    void reloadsWhenTheLogBecomesReadable()
    {
        // The page is built while the database is still opening.
        fillLog(4);
        m_audit->failNext = makeError(ErrorCode::Database, QStringLiteral("not open"), QStringLiteral("Not open yet."));
        AuditLogPage page(m_audit);
        QSignalSpy loads(page.model(), &AuditLogModel::loaded);
        QTRY_VERIFY(!loads.isEmpty());
        QCOMPARE(loads.first().first().toString(), QStringLiteral("Not open yet.")); // the first page failed
        const qsizetype asked = m_audit->queries.size();
        Q_EMIT m_audit->ready();
        QTRY_VERIFY(m_audit->queries.size() > asked); // asked again once the log is readable
        QTRY_COMPARE(page.model()->rowCount(), 4);
        QTRY_COMPARE(page.findChild<QStackedWidget *>()->currentIndex(), 1);
    }

    void selectingAnEntryShowsEverything()
    {
        fillLog(3);
        AuditLogPage page(m_audit);
        auto *view = page.findChild<QTableView *>(QStringLiteral("auditView"));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        view->setCurrentIndex(page.model()->index(1, 0));
        const QString text = page.findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Entry 2")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("entry 2")));
        QVERIFY(text.contains(m_audit->entries.at(1).hash));
        QVERIFY(text.contains(QStringLiteral("wallet.create")));
    }

    void integrityCheckReportsBothOutcomes()
    {
        fillLog(5);
        AuditLogPage page(m_audit);
        m_audit->report.ok = true;
        m_audit->report.entries = 5;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page.verifyChain();
        QTRY_COMPARE(MessageBox::lastText(), QStringLiteral("The audit log is intact: all 5 entries link up."));

        m_audit->report.ok = false;
        m_audit->report.firstBrokenSeq = 3;
        m_audit->report.problemDisplay = QStringLiteral("Entry 3 of the audit log was changed after it was written.");
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page.verifyChain();
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("Entry 3")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("auditStatus"))->text().contains(QStringLiteral("Entry 3")));
    }

    void exportUsesTheCurrentFilterAndCanBeCancelled()
    {
        fillLog(9);
        AuditLogPage page(m_audit);
        auto *group = page.findChild<QComboBox *>(QStringLiteral("auditGroupFilter"));
        group->setCurrentIndex(group->findData(QStringLiteral("order.")));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        FileDialog::setNextFileName(QString()); // cancelled
        page.exportCsv();
        QCOMPARE(m_audit->exports.size(), 0);
        FileDialog::setNextFileName(QStringLiteral("/tmp/audit.csv"));
        page.exportCsv();
        QCOMPARE(m_audit->exports.size(), 1);
        QCOMPARE(m_audit->exports.first().first.actionPrefix, QStringLiteral("order."));
        QCOMPARE(m_audit->exports.first().second, QStringLiteral("/tmp/audit.csv"));
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("auditStatus"))->text().contains(QStringLiteral("/tmp/audit.csv")));
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
        fillLog(20);
        AuditLogPage page(m_audit);
        page.resize(900, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 20);
        const QStringList problems = test::clippedTexts(&page);
        QVERIFY2(problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        if (language != QLatin1String("en")) {
            auto *verify = page.findChild<QPushButton *>(QStringLiteral("auditVerifyButton"));
            QVERIFY2(verify->text() != QStringLiteral("Check integrity"), qPrintable(verify->text()));
        }
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestAuditLogPage)
#include "tst_auditlogpage.moc"
