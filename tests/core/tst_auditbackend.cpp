// AuditBackend over a real database: queries and the chain check answer on
// the caller's thread without blocking it, and an export writes the CSV and
// records itself in the log.
#include "TestSupport.h"
#include "audit/AuditActions.h"
#include "engine/AuditBackend.h"
#include "store/Database.h"

#include <QFile>
#include <QSignalSpy>

using namespace kassa;
using namespace kassa::engine;

class TestAuditBackend : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void answersBeforeTheDatabaseIsOpenWithAClearError()
    {
        AuditBackend backend(m_clock, {});
        std::optional<Result<qint64>> head;
        backend.head(this, [&](Result<qint64> r) { head = r; });
        QTRY_VERIFY(head.has_value());
        QVERIFY(!head->ok());
        QVERIFY(!head->error().userMessage.isEmpty());
    }

    void queryVerifyAndExport()
    {
        test::TempProfile tmp;
        auto opened = store::Database::open(store::DatabaseUrl::sqliteFile(tmp.file(QStringLiteral("k.sqlite"))), m_clock);
        KASSA_VERIFY_OK(opened);
        std::shared_ptr<store::Database> db(std::move(opened).value().release());
        for (int i = 0; i < 7; ++i) {
            KASSA_VERIFY_OK(db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
                audit::AuditEvent e;
                e.actor = audit::Actor::operatorAccount(QStringLiteral("op-1"), QStringLiteral("Alice"));
                e.action = QLatin1String(audit::action::PayoutApprove);
                e.subjectKind = QStringLiteral("payout");
                e.subjectId = QString::number(i);
                auto r = audit::AuditLog::append(c, e, m_clock.nowMs());
                if (!r.ok())
                    return r.error();
                return {};
            }));
        }
        AuditBackend backend(m_clock, [] { return audit::Actor::operatorAccount(QStringLiteral("op-2"), QStringLiteral("Auditor Ann")); });
        backend.setDatabase(db);

        std::optional<Result<QList<audit::AuditEntry>>> entries;
        audit::AuditFilter filter;
        filter.limit = 5;
        backend.query(filter, this, [&](Result<QList<audit::AuditEntry>> r) { entries = r; });
        QTRY_VERIFY(entries.has_value());
        KASSA_VERIFY_OK(*entries);
        QCOMPARE(entries->value().size(), 5);

        const QString path = tmp.file(QStringLiteral("audit.csv"));
        std::optional<Result<qint64>> written;
        backend.exportCsv(audit::AuditFilter {}, path, this, [&](Result<qint64> r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
        KASSA_VERIFY_OK(*written);
        QCOMPARE(written->value(), qint64(7));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 8); // header + 7

        std::optional<Result<audit::VerifyReport>> report;
        backend.verify(this, [&](Result<audit::VerifyReport> r) { report = r; });
        QTRY_VERIFY(report.has_value());
        KASSA_VERIFY_OK(*report);
        QVERIFY(report->value().ok);
        QCOMPARE(report->value().entries, qint64(8)); // the export recorded itself

        std::optional<Result<QList<audit::AuditEntry>>> newest;
        filter.limit = 1;
        backend.query(filter, this, [&](Result<QList<audit::AuditEntry>> r) { newest = r; });
        QTRY_VERIFY(newest.has_value());
        const audit::AuditEntry exportEntry = newest->value().first();
        QCOMPARE(exportEntry.action, QLatin1String(audit::action::AuditExport));
        QCOMPARE(exportEntry.actor.name, QStringLiteral("Auditor Ann"));
        QCOMPARE(exportEntry.subjectId, QStringLiteral("audit.csv")); // the file name, not the folder
        QVERIFY(exportEntry.details.contains(QStringLiteral("\"entries\":7")));

        // A folder that cannot be written: a clear error and no export entry.
        std::optional<Result<qint64>> failed;
        backend.exportCsv(audit::AuditFilter {}, QStringLiteral("/proc/kassa/nope.csv"), this, [&](Result<qint64> r) { failed = r; });
        QTRY_VERIFY(failed.has_value());
        QVERIFY(!failed->ok());
        QVERIFY(failed->error().userMessage.contains(QStringLiteral("nope.csv")));
    }
};

KASSA_TEST_MAIN(TestAuditBackend)
#include "tst_auditbackend.moc"
