// TransferStore on SQLite and PostgreSQL: dedupe by (chain, tx, log, block),
// reorgs orphan without deleting, confirmations and finality, cursors, and
// the database refusing anything but exact integer amounts.
#include "StoreTarget.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/TransferStore.h"

#include <QSqlQuery>

using namespace kassa;
using namespace kassa::store;

namespace {

TransferRecord transfer(const QString &tx, int log, quint64 block, const QString &blockHash, const QString &value)
{
    TransferRecord t;
    t.chain = QStringLiteral("ethereum");
    t.token = QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7");
    t.txHash = tx;
    t.logIndex = log;
    t.blockNumber = block;
    t.blockHash = blockHash;
    t.from = QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    t.to = QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    t.value = value;
    t.firstSeenMs = 1000;
    return t;
}

template<typename T>
Result<T> inWrite(Database &db, std::function<Result<T>(QSqlDatabase &)> fn)
{
    return db.writeValueAndWait<T>(fn);
}

} // namespace

class TestTransferStore : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void lifecycle_data() { test::StoreTarget::addEngineRows(); }
    void lifecycle()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto opened = Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(opened);
        Database &db = *opened.value();

        const QString big =
            QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");
        auto first = inWrite<bool>(db, [&](QSqlDatabase &c) {
            return TransferStore::insert(
                c, transfer(QStringLiteral("0xaa"), 0, 101, QStringLiteral("0xb101"), QStringLiteral("13920000")));
        });
        KASSA_VERIFY_OK(first);
        QVERIFY(first.value());
        // The same log in the same block again (a repeated notification): ignored.
        auto again = inWrite<bool>(db, [&](QSqlDatabase &c) {
            return TransferStore::insert(
                c, transfer(QStringLiteral("0xaa"), 0, 101, QStringLiteral("0xb101"), QStringLiteral("13920000")));
        });
        KASSA_VERIFY_OK(again);
        QVERIFY(!again.value());
        KASSA_VERIFY_OK(inWrite<bool>(db, [&](QSqlDatabase &c) {
            return TransferStore::insert(c, transfer(QStringLiteral("0xbb"), 3, 102, QStringLiteral("0xb102"), big));
        }));

        // New tip 105: confirmations follow.
        KASSA_VERIFY_OK(inWrite<int>(db,
            [&](QSqlDatabase &c) { return TransferStore::updateConfirmations(c, QStringLiteral("ethereum"), 105); }));
        auto open = TransferStore::unfinished(db.reader().value(), QStringLiteral("ethereum"));
        KASSA_VERIFY_OK(open);
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).confirmations, quint64(5));
        QCOMPARE(open->at(1).confirmations, quint64(4));
        QCOMPARE(open->at(1).value, big); // exact, all 78 digits

        // A reorg removes block 102; the same tx lands again in 102'.
        auto orphaned = inWrite<int>(db, [&](QSqlDatabase &c) {
            return TransferStore::orphanBlocks(c, QStringLiteral("ethereum"), {QStringLiteral("0xb102")});
        });
        KASSA_VERIFY_OK(orphaned);
        QCOMPARE(orphaned.value(), 1);
        KASSA_VERIFY_OK(inWrite<bool>(db, [&](QSqlDatabase &c) {
            return TransferStore::insert(c, transfer(QStringLiteral("0xbb"), 3, 102, QStringLiteral("0xc102"), big));
        }));
        auto history = TransferStore::byTransaction(db.reader().value(), QStringLiteral("0xbb"));
        KASSA_VERIFY_OK(history);
        QCOMPARE(history->size(), 2); // kept, not deleted
        QCOMPARE(history->at(0).state, TransferState::Orphaned);
        QCOMPARE(history->at(1).state, TransferState::Seen);

        // Finality up to 101.
        m_clock.setNowMs(5000);
        auto finalized = inWrite<int>(db, [&](QSqlDatabase &c) {
            return TransferStore::finalizeUpTo(c, QStringLiteral("ethereum"), 101, m_clock.nowMs());
        });
        KASSA_VERIFY_OK(finalized);
        QCOMPARE(finalized.value(), 1);
        auto aa = TransferStore::byTransaction(db.reader().value(), QStringLiteral("0xaa"));
        QCOMPARE(aa->first().state, TransferState::Final);
        QCOMPARE(aa->first().finalAtMs.value_or(0), 5000);
        // A final transfer is never orphaned afterwards.
        auto late = inWrite<int>(db, [&](QSqlDatabase &c) {
            return TransferStore::orphanBlocks(c, QStringLiteral("ethereum"), {QStringLiteral("0xb101")});
        });
        QCOMPARE(late.value(), 0);
        QCOMPARE(TransferStore::unfinished(db.reader().value(), QStringLiteral("ethereum"))->size(), 1);

        // Failed (Tron receipt not SUCCESS).
        const qint64 id = TransferStore::unfinished(db.reader().value(), QStringLiteral("ethereum"))->first().id;
        auto failed = inWrite<bool>(db, [&](QSqlDatabase &c) { return TransferStore::markFailed(c, id); });
        QVERIFY(failed.value());
        QVERIFY(TransferStore::unfinished(db.reader().value(), QStringLiteral("ethereum"))->isEmpty());
    }

    void readsBackWhatAWatcherChanged_data() { test::StoreTarget::addEngineRows(); }
    void readsBackWhatAWatcherChanged()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto opened = Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(opened);
        Database &db = *opened.value();

        // A block's worth in one statement; repeats are not new.
        QList<TransferRecord> block = {
            transfer(QStringLiteral("0xa1"), 0, 200, QStringLiteral("0xb200"), QStringLiteral("1")),
            transfer(QStringLiteral("0xa1"), 1, 200, QStringLiteral("0xb200"), QStringLiteral("2")),
            transfer(QStringLiteral("0xa2"), 0, 201, QStringLiteral("0xb201"), QStringLiteral("3"))};
        auto added = inWrite<int>(db, [&](QSqlDatabase &c) { return TransferStore::insertAll(c, block); });
        KASSA_VERIFY_OK(added);
        QCOMPARE(added.value(), 3);
        auto again = inWrite<int>(db, [&](QSqlDatabase &c) { return TransferStore::insertAll(c, block); });
        QCOMPARE(again.value(), 0);
        QCOMPARE(inWrite<int>(db, [&](QSqlDatabase &c) { return TransferStore::insertAll(c, {}); }).value(), 0);

        auto inBlock =
            TransferStore::inBlocks(db.reader().value(), QStringLiteral("ethereum"), {QStringLiteral("0xb200")});
        KASSA_VERIFY_OK(inBlock);
        QCOMPARE(inBlock->size(), 2);
        QCOMPARE(inBlock->at(1).value, QStringLiteral("2"));
        QVERIFY(TransferStore::inBlocks(db.reader().value(), QStringLiteral("tron"), {QStringLiteral("0xb200")})
                    ->isEmpty());

        const QList<qint64> ids = {inBlock->at(1).id, 999999, inBlock->at(0).id};
        auto byId = TransferStore::byIds(db.reader().value(), ids);
        KASSA_VERIFY_OK(byId);
        QCOMPARE(byId->size(), 2);
        QVERIFY(byId->at(0).id < byId->at(1).id);

        // Pending: seen rows, and orphaned ones not seen again since.
        m_clock.setNowMs(10000);
        KASSA_VERIFY_OK(inWrite<int>(db, [&](QSqlDatabase &c) {
            return TransferStore::orphanBlocks(
                c, QStringLiteral("ethereum"), {QStringLiteral("0xb200"), QStringLiteral("0xb201")});
        }));
        // 0xa1/1 comes back in another block; 0xa1/0 and 0xa2/0 do not.
        KASSA_VERIFY_OK(inWrite<int>(db, [&](QSqlDatabase &c) {
            return TransferStore::insertAll(
                c, {transfer(QStringLiteral("0xa1"), 1, 200, QStringLiteral("0xc200"), QStringLiteral("2"))});
        }));
        auto pending = TransferStore::pending(db.reader().value(), 0);
        KASSA_VERIFY_OK(pending);
        QStringList shown;
        for (const TransferRecord &t : pending.value())
            shown << QStringLiteral("%1/%2/%3/%4")
                         .arg(t.txHash)
                         .arg(t.logIndex)
                         .arg(t.blockHash, QLatin1String(transferStateName(t.state)));
        shown.sort();
        QCOMPARE(shown,
            QStringList({QStringLiteral("0xa1/0/0xb200/orphaned"), QStringLiteral("0xa1/1/0xc200/seen"),
                QStringLiteral("0xa2/0/0xb201/orphaned")}));
        // Old orphans (first seen before the cut-off) are not pending any more.
        QCOMPARE(TransferStore::pending(db.reader().value(), 2000)->size(), 1);
    }

    void insertsABigBlockExactly_data() { test::StoreTarget::addEngineRows(); }
    void insertsABigBlockExactly()
    {
        // More rows than one statement holds (PostgreSQL: 64 a statement;
        // SQLite: the C API path), repeats inside and across calls, a value
        // past 2^64 and a final row: every field comes back as written.
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto opened = Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(opened);
        Database &db = *opened.value();
        QList<TransferRecord> block;
        for (int i = 0; i < 150; ++i)
            block << transfer(QStringLiteral("0xbig%1").arg(i / 3), i % 3, 300, QStringLiteral("0xb300"),
                QStringLiteral("18446744073709551616%1").arg(i));
        block[149].state = TransferState::Final;
        block[149].finalAtMs = 4242;
        block[149].confirmations = 7;
        QList<TransferRecord> withRepeats = block;
        withRepeats << block[0] << block[70];
        auto added = inWrite<int>(db, [&](QSqlDatabase &c) { return TransferStore::insertAll(c, withRepeats); });
        KASSA_VERIFY_OK(added);
        QCOMPARE(added.value(), 150);
        QList<TransferRecord> more = block.mid(60, 80);
        more << transfer(QStringLiteral("0xnew"), 0, 301, QStringLiteral("0xb301"), QStringLiteral("5"));
        QCOMPARE(inWrite<int>(db, [&](QSqlDatabase &c) { return TransferStore::insertAll(c, more); }).value(), 1);

        auto stored =
            TransferStore::inBlocks(db.reader().value(), QStringLiteral("ethereum"), {QStringLiteral("0xb300")});
        KASSA_VERIFY_OK(stored);
        QCOMPARE(stored->size(), 150);
        QHash<QString, TransferRecord> byKey;
        for (const TransferRecord &t : stored.value())
            byKey.insert(t.txHash + QLatin1Char('/') + QString::number(t.logIndex), t);
        for (const TransferRecord &w : block) {
            const TransferRecord r = byKey.value(w.txHash + QLatin1Char('/') + QString::number(w.logIndex));
            QCOMPARE(r.value, w.value);
            QCOMPARE(r.chain, w.chain);
            QCOMPARE(r.token, w.token);
            QCOMPARE(r.blockNumber, w.blockNumber);
            QCOMPARE(r.blockHash, w.blockHash);
            QCOMPARE(r.from, w.from);
            QCOMPARE(r.to, w.to);
            QCOMPARE(r.state, w.state);
            QCOMPARE(r.confirmations, w.confirmations);
            QCOMPARE(r.firstSeenMs, w.firstSeenMs);
            QCOMPARE(r.finalAtMs, w.finalAtMs);
        }
    }

    void cursorsRoundTrip_data() { test::StoreTarget::addEngineRows(); }
    void cursorsRoundTrip()
    {
        QFETCH(Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto db = Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(db);
        auto none = TransferStore::cursor(db.value()->reader().value(), QStringLiteral("bsc"));
        KASSA_VERIFY_OK(none);
        QVERIFY(!none->has_value());
        ChainCursor cursor {
            QStringLiteral("bsc"), 40000000, QStringLiteral("0xhead"), 39999900, QStringLiteral("0xfin"), 7};
        KASSA_VERIFY_OK(
            db.value()->writeAndWait([&](QSqlDatabase &c) { return TransferStore::saveCursor(c, cursor); }));
        cursor.blockNumber = 40000001;
        cursor.blockHash = QStringLiteral("0xhead2");
        KASSA_VERIFY_OK(
            db.value()->writeAndWait([&](QSqlDatabase &c) { return TransferStore::saveCursor(c, cursor); }));
        auto read = TransferStore::cursor(db.value()->reader().value(), QStringLiteral("bsc"));
        KASSA_VERIFY_OK(read);
        QVERIFY(read->has_value());
        QCOMPARE((*read)->blockNumber, quint64(40000001));
        QCOMPARE((*read)->blockHash, QStringLiteral("0xhead2"));
        QCOMPARE((*read)->finalizedNumber, quint64(39999900));
    }

    void theDatabaseRefusesInexactAmounts_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<QString>("value");
        for (Engine engine : {Engine::Sqlite, Engine::Postgres}) {
            const QString name = engine == Engine::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
            if (engine == Engine::Sqlite) // PostgreSQL reads 1e6 as the exact integer 1000000
                QTest::newRow("sqlite 1e6") << engine << QStringLiteral("1e6");
            for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("1.5"), QStringLiteral("0.000001"),
                     QStringLiteral("abc"), QString(),
                     QStringLiteral("1000000000000000000000000000000000000000000000000000000000000000000000000000000")})
                QTest::newRow(
                    qPrintable(name + QLatin1Char(' ') + (bad.isEmpty() ? QStringLiteral("empty") : bad.left(12))))
                    << engine << bad;
            if (engine == Engine::Sqlite) // PostgreSQL's NUMERIC normalises these itself
                QTest::newRow("sqlite leading zero") << engine << QStringLiteral("007");
        }
    }

    void theDatabaseRefusesInexactAmounts()
    {
        QFETCH(Engine, engine);
        QFETCH(QString, value);
        auto target = test::StoreTarget::make(engine);
        auto db = Database::open(target->url, m_clock);
        KASSA_VERIFY_OK(db);
        auto inserted = db.value()->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto r = TransferStore::insert(c, transfer(QStringLiteral("0xcc"), 0, 1, QStringLiteral("0xb1"), value));
            if (!r.ok())
                return r.error();
            return {};
        });
        QVERIFY2(!inserted.ok(), qPrintable(value));
        QSqlQuery count(db.value()->reader().value());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM transfers")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }
};

KASSA_TEST_MAIN(TestTransferStore)
#include "tst_transferstore.moc"
