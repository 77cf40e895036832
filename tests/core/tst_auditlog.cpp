// AuditLog on SQLite and PostgreSQL: the chain rule (checked against an
// independent SHA-256 in Python), append-only enforcement, tampering of every
// kind named by verify(), two writers never forking the chain, filters and
// CSV export.
#include "StoreTarget.h"
#include "TestSupport.h"
#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "store/Database.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace kassa;
using namespace kassa::audit;
using namespace kassa::store;

namespace {

AuditEvent auditEvent(const QString &action, const QString &subjectId, const QJsonObject &details = {})
{
    AuditEvent e;
    e.actor = Actor::operatorAccount(QStringLiteral("op-1"), QStringLiteral("Alice Zhang"));
    e.action = action;
    e.subjectKind = QStringLiteral("payout");
    e.subjectId = subjectId;
    e.details = details;
    return e;
}

Result<AuditEntry> appendOne(Database &db, const AuditEvent &e, qint64 nowMs)
{
    std::optional<Result<AuditEntry>> out;
    auto written = db.writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        out = AuditLog::append(c, e, nowMs);
        if (!out->ok())
            return out->error();
        return {};
    });
    if (!written.ok())
        return written.error();
    return *out;
}

VerifyReport verifyNow(Database &db)
{
    auto reader = db.reader();
    if (!reader.ok())
        qFatal("no reader");
    auto report = AuditLog::verify(reader.value());
    if (!report.ok())
        qFatal("verify failed: %s", qPrintable(report.error().message));
    return report.value();
}

// Runs raw SQL on the writer connection, bypassing AuditLog: the attacker.
Result<void> tamper(Database &db, const QStringList &statements)
{
    return db.writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        QSqlQuery q(c);
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return makeError(ErrorCode::Database, sql + QStringLiteral(": ") + q.lastError().text(), {});
        }
        return {};
    });
}

QStringList dropGuards(Engine engine)
{
    if (engine == Engine::Sqlite)
        return {QStringLiteral("DROP TRIGGER audit_log_no_update"), QStringLiteral("DROP TRIGGER audit_log_no_delete")};
    return {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")};
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    std::unique_ptr<Database> openWith(const test::StoreTarget &target)
    {
        auto opened = Database::open(target.url, m_clock);
        if (!opened.ok())
            qFatal("open: %s", qPrintable(opened.error().message));
        return std::move(opened).value();
    }

    void fill(Database &db, int count)
    {
        for (int i = 1; i <= count; ++i) {
            auto appended = appendOne(db,
                auditEvent(QLatin1String(action::PayoutApprove), QString::number(i),
                    QJsonObject {{QStringLiteral("n"), i}}),
                m_clock.nowMs() + i);
            QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().message));
            QCOMPARE(appended->seq, qint64(i));
        }
    }

private Q_SLOTS:
    void chainRuleMatchesAnIndependentHash()
    {
        // Expected value computed with Python's hashlib over the documented
        // encoding (length-prefixed UTF-8 fields after "KASSA-AUDIT-1").
        AuditEntry e;
        e.seq = 1;
        e.atMs = 1767225600000;
        e.actor = Actor::operatorAccount(QStringLiteral("op-1"), QStringLiteral("Alice Zhang"));
        e.action = QStringLiteral("payout.approve");
        e.subjectKind = QStringLiteral("payout");
        e.subjectId = QStringLiteral("42");
        e.details = QStringLiteral("{\"amount\":\"13.92\",\"reason\":\"refund ✓\"}");
        e.prevHash = QString(64, QLatin1Char('0'));
        QCOMPARE(AuditLog::hashOf(e), QStringLiteral("60e28eb6919febfbce9070e3291f24fc73e73038b3dc49f99b3d55701d862a7d"));
        // Every field is covered: changing any one changes the hash.
        const QString base = AuditLog::hashOf(e);
        AuditEntry changed = e;
        changed.actor.name = QStringLiteral("Alice  Zhang");
        QVERIFY(AuditLog::hashOf(changed) != base);
        changed = e;
        changed.actor.kind = Actor::Kind::ApiKey;
        QVERIFY(AuditLog::hashOf(changed) != base);
        changed = e;
        changed.atMs += 1;
        QVERIFY(AuditLog::hashOf(changed) != base);
        // Length prefixes keep field boundaries: moving a character across fields differs.
        changed = e;
        changed.subjectKind = QStringLiteral("payout4");
        changed.subjectId = QStringLiteral("2");
        QVERIFY(AuditLog::hashOf(changed) != base);
    }

    void appendsAChainThatVerifies_data() { test::StoreTarget::addEngineRows(); }
    void appendsAChainThatVerifies()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto db = openWith(*target);
        const VerifyReport empty = verifyNow(*db);
        QVERIFY(empty.ok);
        QCOMPARE(empty.entries, qint64(0));

        fill(*db, 25);
        const VerifyReport report = verifyNow(*db);
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.entries, qint64(25));
        auto reader = db->reader();
        auto head = AuditLog::head(reader.value());
        KASSA_VERIFY_OK(head);
        QCOMPARE(head->first, qint64(25));
        QCOMPARE(head->second, report.headHash);
        auto newest = AuditLog::query(reader.value(), AuditFilter {});
        KASSA_VERIFY_OK(newest);
        QCOMPARE(newest->size(), 25);
        QCOMPARE(newest->first().seq, qint64(25)); // newest first
        QCOMPARE(newest->at(0).prevHash, newest->at(1).hash);
        QCOMPARE(newest->last().prevHash, QString(64, QLatin1Char('0')));
        QCOMPARE(newest->first().details, QStringLiteral("{\"n\":25}"));
    }

    void theDatabaseRefusesChanges_data() { test::StoreTarget::addEngineRows(); }
    void theDatabaseRefusesChanges()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto db = openWith(*target);
        fill(*db, 3);
        QVERIFY(!tamper(*db, {QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 2")}).ok());
        QVERIFY(!tamper(*db, {QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}).ok());
        if (engine == Engine::Postgres)
            QVERIFY(!tamper(*db, {QStringLiteral("TRUNCATE audit_log")}).ok());
        QVERIFY(verifyNow(*db).ok);
    }

    void verifyNamesTheFirstBrokenLink_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<QString>("attack");
        QTest::addColumn<qint64>("brokenSeq");
        for (Engine engine : {Engine::Sqlite, Engine::Postgres}) {
            const char *name = engine == Engine::Sqlite ? "sqlite" : "postgresql";
            QTest::addRow("%s: details edited", name)
                << engine << QStringLiteral("UPDATE audit_log SET details = '{\"n\":999}' WHERE seq = 7") << qint64(7);
            QTest::addRow("%s: actor renamed", name)
                << engine << QStringLiteral("UPDATE audit_log SET actor_name = 'Mallory' WHERE seq = 4") << qint64(4);
            QTest::addRow("%s: time moved", name)
                << engine << QStringLiteral("UPDATE audit_log SET at_ms = at_ms - 86400000 WHERE seq = 9") << qint64(9);
            QTest::addRow("%s: entry deleted", name)
                << engine << QStringLiteral("DELETE FROM audit_log WHERE seq = 5") << qint64(5);
            QTest::addRow("%s: newest entries cut off", name)
                << engine << QStringLiteral("DELETE FROM audit_log WHERE seq > 10") << qint64(11);
            // Recomputing one entry's hash does not help: the next link breaks.
            QTest::addRow("%s: hash recomputed", name)
                << engine << QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 6").arg(QString(64, QLatin1Char('a')))
                << qint64(6);
        }
    }
    void verifyNamesTheFirstBrokenLink()
    {
        QFETCH(Engine, engine);
        QFETCH(QString, attack);
        QFETCH(qint64, brokenSeq);
        auto target = test::StoreTarget::make(engine);
        auto db = openWith(*target);
        fill(*db, 12);
        KASSA_VERIFY_OK(tamper(*db, dropGuards(engine) << attack));
        const VerifyReport report = verifyNow(*db);
        QVERIFY(!report.ok);
        QCOMPARE(report.firstBrokenSeq, brokenSeq);
        QVERIFY(!report.problem.isEmpty());
        QVERIFY(!report.problemDisplay.isEmpty());
    }

    // Two desktops sharing one database append at the same time: the head
    // row serialises them, so the chain never forks and no number repeats.
    void twoWritersNeverForkTheChain_data() { test::StoreTarget::addEngineRows(); }
    void twoWritersNeverForkTheChain()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto first = openWith(*target);
        auto second = openWith(*target);
        auto writeMany = [this](Database *db, const QString &who) {
            for (int i = 0; i < 60; ++i) {
                auto appended = appendOne(*db, auditEvent(QLatin1String(action::PayoutRequest), who + QString::number(i)),
                    m_clock.nowMs());
                if (!appended.ok())
                    return appended.error().message;
            }
            return QString();
        };
        auto a = QtConcurrent::run(writeMany, first.get(), QStringLiteral("a"));
        auto b = QtConcurrent::run(writeMany, second.get(), QStringLiteral("b"));
        QCOMPARE(a.result(), QString());
        QCOMPARE(b.result(), QString());
        const VerifyReport report = verifyNow(*first);
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.entries, qint64(120));
    }

    void filters_data() { test::StoreTarget::addEngineRows(); }
    void filters()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto db = openWith(*target);
        const qint64 t0 = m_clock.nowMs();
        AuditEvent wallet;
        wallet.actor = Actor::system();
        wallet.action = QLatin1String(action::WalletCreate);
        wallet.subjectKind = QStringLiteral("wallet");
        wallet.subjectId = QStringLiteral("w-1");
        wallet.details = QJsonObject {{QStringLiteral("label"), QStringLiteral("Shop 100%_off")}};
        KASSA_VERIFY_OK(appendOne(*db, wallet, t0));
        KASSA_VERIFY_OK(appendOne(*db, auditEvent(QLatin1String(action::PayoutRequest), QStringLiteral("p-1")), t0 + 1000));
        KASSA_VERIFY_OK(appendOne(*db, auditEvent(QLatin1String(action::PayoutApprove), QStringLiteral("p-1")), t0 + 2000));
        AuditEvent api = auditEvent(QLatin1String(action::PayoutRequest), QStringLiteral("p-2"));
        api.actor = Actor::apiKey(QStringLiteral("key-7"), QStringLiteral("shop backend"));
        KASSA_VERIFY_OK(appendOne(*db, api, t0 + 3000));

        auto reader = db->reader();
        auto run = [&](AuditFilter f) {
            auto r = AuditLog::query(reader.value(), f);
            if (!r.ok())
                qFatal("query: %s", qPrintable(r.error().message));
            QList<qint64> seqs;
            for (const AuditEntry &e : r.value())
                seqs << e.seq;
            return seqs;
        };
        AuditFilter f;
        f.actionPrefix = QStringLiteral("payout.");
        QCOMPARE(run(f), (QList<qint64> {4, 3, 2}));
        f = {};
        f.actionPrefix = QStringLiteral("payout%");
        QCOMPARE(run(f), QList<qint64> {}); // taken literally, not as a pattern
        f = {};
        f.subjectKind = QStringLiteral("payout");
        f.subjectId = QStringLiteral("p-1");
        QCOMPARE(run(f), (QList<qint64> {3, 2}));
        f = {};
        f.actorId = QStringLiteral("key-7");
        QCOMPARE(run(f), QList<qint64> {4});
        f = {};
        f.fromMs = t0 + 1000;
        f.toMs = t0 + 3000;
        QCOMPARE(run(f), (QList<qint64> {3, 2}));
        f = {};
        f.text = QStringLiteral("100%_off");
        QCOMPARE(run(f), QList<qint64> {1});
        f = {};
        f.text = QStringLiteral("%");
        QCOMPARE(run(f), QList<qint64> {1});
        f = {};
        f.beforeSeq = 3;
        f.limit = 1;
        QCOMPARE(run(f), QList<qint64> {2});
    }

    void csvIsSafeToOpenInASpreadsheet()
    {
        AuditEntry e;
        e.seq = 1;
        e.atMs = 1767225600000;
        e.actor = Actor::operatorAccount(QStringLiteral("op-1"), QStringLiteral("=HYPERLINK(\"http://x\")"));
        e.action = QStringLiteral("payout.reject");
        e.subjectKind = QStringLiteral("payout");
        e.subjectId = QStringLiteral("+42");
        e.details = QStringLiteral("{\"reason\":\"line one\\nline, two\"}");
        e.prevHash = QString(64, QLatin1Char('0'));
        e.hash = QString(64, QLatin1Char('1'));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AuditLog::writeCsv(buffer, {e});
        const QString csv = QString::fromUtf8(buffer.data());
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("seq,time_utc,actor_kind")));
        QVERIFY(lines[1].startsWith(QStringLiteral("1,2026-01-01T00:00:00.000Z,operator,op-1,")));
        QVERIFY(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
        QVERIFY(lines[1].contains(QStringLiteral("\"'+42\"")));
        QVERIFY(lines[1].contains(QStringLiteral("\"{\"\"reason\"\":\"\"line one\\nline, two\"\"}\"")));
    }

    void everyActionHasATranslatedName()
    {
        QVERIFY(AuditActions::codes().size() >= 40);
        for (const QString &code : AuditActions::codes()) {
            QVERIFY2(AuditActions::label(code) != code, qPrintable(code));
            bool inGroup = false;
            for (const QString &group : AuditActions::groups())
                inGroup = inGroup || code.startsWith(group);
            QVERIFY2(inGroup, qPrintable(code));
        }
        QCOMPARE(AuditActions::label(QStringLiteral("future.thing")), QStringLiteral("future.thing"));
    }
};

KASSA_TEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
