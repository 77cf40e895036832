// TronWatcher against the replay node (no Tron node can run here):
// transfers to watched addresses are seen within one poll of their block
// with exact amounts (past 2^53) and become final only through the
// solidified view; a reverted transfer, another contract's, one to an
// unwatched address and one that disappears before solidification are never
// credited; 500 blocks of downtime are backfilled; a primary endpoint that
// answers 429, 503, truncated JSON, wrong types and other blocks is skipped
// with nothing wrong stored; TronGrid catches up a long gap and cross-checks.
#include "TestSupport.h"
#include "TronReplayNode.h"
#include "chain/tron/TronWatcher.h"
#include "crypto/TronAddress.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/TransferStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <cstring>
#include <memory>

using namespace kassa;
using namespace kassa::test;
using chain::tron::TronWatcher;
using store::TransferState;

namespace {

const QString kUsdt = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
// Another TRC-20 contract (the same "USDT" symbol could be anywhere).
const QString kFake = QStringLiteral("TQLCsShbQNXMTVCjprY64qZmEA4rBarpQp");
const QString kPayer = QStringLiteral("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC");
const QString kBob = QStringLiteral("TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K");
const QString kCarol = QStringLiteral("TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");
const QString kDave = QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH");
// 2^53 + 1 and 2^70 + 5: a double would round them.
const QString kAbove53 = QStringLiteral("9007199254740993");
const QString kHuge = QStringLiteral("1180591620717411303429");

chain::Address20 address20(const QString &base58)
{
    const auto parsed = crypto::TronAddress::parse(base58);
    if (!parsed.ok())
        qFatal("bad test address %s", qPrintable(base58));
    chain::Address20 out {};
    std::memcpy(out.data(), parsed->toEvm().bytes().data(), 20);
    return out;
}

class TronRig
{
public:
    TronRig()
    {
        auto url = store::DatabaseUrl::parse(QString(), m_tmp.path());
        auto db = store::Database::open(url.value(), SystemClock::instance());
        if (!db.ok())
            qFatal("database: %s", qPrintable(db.error().message));
        database = std::shared_ptr<store::Database>(std::move(db).value().release());
        addresses = std::make_shared<chain::WatchedAddresses>();
    }
    ~TronRig() { stop(); }

    static chain::ChainSettings settings(const QList<QUrl> &nodes, const QUrl &grid = {})
    {
        chain::ChainSettings s = *chain::ChainSettingsFile::defaults(QStringLiteral("tron"));
        s.enabled = true;
        s.httpEndpoints = nodes;
        s.tronGridUrl = grid;
        s.apiKey = grid.isEmpty() ? QString() : QStringLiteral("test-api-key");
        s.tokens = {chain::TokenContract {QStringLiteral("USDT"), kUsdt, 6}};
        s.pollIntervalMs = 100;
        return s;
    }

    static TronWatcher::Options fastOptions()
    {
        TronWatcher::Options o;
        o.client.timeoutMs = 2000;
        o.client.cooldownBaseMs = 50;
        o.client.cooldownMaxMs = 200;
        o.client.rateLimitedMinMs = 50;
        o.vanishAfterMs = 0;
        o.crossCheckIntervalMs = 0;
        return o;
    }

    void watch(const QString &address) { addresses->insert(address20(address), 0); }

    // The watcher runs on a thread of its own, as ChainManager runs it;
    // what it reports is queued to this thread.
    void start(const chain::ChainSettings &s, TronWatcher::Options options = fastOptions())
    {
        stop();
        m_thread = std::make_unique<QThread>();
        watcher = new TronWatcher(s, database, addresses, factory, SystemClock::instance(), options);
        watcher->moveToThread(m_thread.get());
        QObject::connect(watcher, &chain::ChainWatcher::transfersChanged, &m_receiver,
            [this](const QList<store::TransferRecord> &rows) { signalled += rows; });
        QObject::connect(watcher, &chain::ChainWatcher::statusChanged, &m_receiver,
            [this](const chain::WatcherStatus &st) { status = st; });
        QObject::connect(watcher, &TronWatcher::crossChecked, &m_receiver, [this](int added) { crossChecks << added; });
        m_thread->start();
        QMetaObject::invokeMethod(watcher, &TronWatcher::start, Qt::QueuedConnection);
    }

    void stop()
    {
        if (watcher) {
            TronWatcher *w = watcher;
            QMetaObject::invokeMethod(
                w,
                [w] {
                    w->stop();
                    delete w;
                },
                Qt::BlockingQueuedConnection);
            watcher = nullptr;
            m_thread->quit();
            m_thread->wait();
            m_thread.reset();
        }
        status = {};
    }

    void crossCheckNow() { QMetaObject::invokeMethod(watcher, &TronWatcher::crossCheckNow, Qt::QueuedConnection); }

    bool waitProcessed(quint64 block, int timeoutMs = 20000)
    {
        // A plain event loop, so the replay node on this thread answers at
        // once (QTest::qWaitFor sleeps between rounds of events).
        auto done = [&] {
            return status.processedBlock >= block && status.connected;
        };
        QEventLoop loop;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            if (done())
                loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        tick.start(5);
        if (!done())
            loop.exec();
        return done();
    }

    QList<store::TransferRecord> rows()
    {
        QList<store::TransferRecord> out;
        auto reader = database->reader();
        QSqlQuery q(reader.value());
        q.exec(QStringLiteral("SELECT DISTINCT tx_hash FROM transfers WHERE chain = 'tron'"));
        while (q.next())
            out += store::TransferStore::byTransaction(reader.value(), q.value(0).toString()).value();
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        return out;
    }

    QList<store::TransferRecord> rowsOf(const QString &tx)
    {
        auto reader = database->reader();
        return store::TransferStore::byTransaction(reader.value(), tx).value();
    }

    std::optional<store::ChainCursor> cursor()
    {
        auto reader = database->reader();
        return store::TransferStore::cursor(reader.value(), QStringLiteral("tron")).value();
    }

    net::NetworkFactory factory;
    std::shared_ptr<store::Database> database;
    std::shared_ptr<chain::WatchedAddresses> addresses;
    TronWatcher *watcher = nullptr;
    QList<store::TransferRecord> signalled;
    chain::WatcherStatus status;
    QList<int> crossChecks;

private:
    TempProfile m_tmp;
    QObject m_receiver;
    std::unique_ptr<QThread> m_thread;
};

TronReplayNode::Transfer usdt(const QString &to, const QString &value)
{
    return TronReplayNode::transfer(kUsdt, kPayer, to, value);
}

} // namespace

class TestTronWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { pinEnvironment(); }

    void detectsAndConfirmsOnlyThroughTheSolidifiedView()
    {
        TronReplayNode node;
        node.produce(5);
        node.solidify(node.head());
        TronRig rig;
        rig.watch(kBob);
        rig.watch(kCarol);
        rig.start(TronRig::settings({node.url()}));
        QVERIFY(rig.waitProcessed(node.head()));

        const QString big = node.addTransfer(usdt(kBob, kAbove53));
        auto carolTransfer = usdt(kCarol, kHuge);
        carolTransfer.extraLogsBefore = 1; // an Approval first: the Transfer is log 1
        const QString carol = node.addTransfer(carolTransfer);
        // The full node's receipt says REVERT (and, lying, shows the log).
        const QString reverted = node.addTransfer(
            TronReplayNode::transfer(kUsdt, kPayer, kBob, QStringLiteral("7"), QStringLiteral("REVERT")));
        const QString fake = node.addTransfer(TronReplayNode::transfer(kFake, kPayer, kBob, QStringLiteral("8")));
        const QString unwatched = node.addTransfer(usdt(kDave, QStringLiteral("9")));
        // SUCCESS before solidification, OUT_OF_ENERGY in the solidified view.
        auto flipped =
            TronReplayNode::transfer(kUsdt, kPayer, kBob, QStringLiteral("10"), QStringLiteral("OUT_OF_ENERGY"));
        flipped.unsolidifiedReceipt = QStringLiteral("SUCCESS");
        const QString outOfEnergy = node.addTransfer(flipped);
        QElapsedTimer sinceBlock;
        node.produce(1);
        sinceBlock.start();
        const quint64 block = node.head();

        // Within one poll of the block (100 ms; generous for a loaded machine).
        QTRY_COMPARE_WITH_TIMEOUT(rig.rows().size(), 3, 5000);
        qInfo() << "detected after" << sinceBlock.elapsed() << "ms";
        const auto b = rig.rowsOf(big).value(0);
        QCOMPARE(b.value, kAbove53);
        QCOMPARE(b.chain, QStringLiteral("tron"));
        QCOMPARE(b.token, kUsdt);
        QCOMPARE(b.from, kPayer);
        QCOMPARE(b.to, kBob);
        QCOMPARE(b.blockNumber, block);
        QCOMPARE(b.blockHash, node.blockId(block));
        QCOMPARE(b.logIndex, 0);
        QCOMPARE(b.state, TransferState::Seen);
        const auto c = rig.rowsOf(carol).value(0);
        QCOMPARE(c.value, kHuge);
        QCOMPARE(c.logIndex, 1);
        QVERIFY(rig.rowsOf(reverted).isEmpty());
        QVERIFY(rig.rowsOf(fake).isEmpty());
        QVERIFY(rig.rowsOf(unwatched).isEmpty());
        QCOMPARE(rig.rowsOf(outOfEnergy).value(0).state, TransferState::Seen);
        QTRY_VERIFY(std::any_of(rig.signalled.cbegin(), rig.signalled.cend(),
            [&](const store::TransferRecord &t) { return t.id == b.id && t.value == kAbove53; }));

        // More blocks, nothing solidified: confirmations move, nothing is final.
        node.produce(4);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(big).value(0).confirmations, 5u, 5000);
        QCOMPARE(rig.rowsOf(big).value(0).state, TransferState::Seen);
        QTRY_COMPARE_WITH_TIMEOUT(rig.status.confirmationsRequired, node.head() - node.solidified() + 1, 5000);

        // Solidified: final with the same values; OUT_OF_ENERGY failed.
        node.solidify(node.head());
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(big).value(0).state, TransferState::Final, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(carol).value(0).state, TransferState::Final, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(outOfEnergy).value(0).state, TransferState::Failed, 5000);
        QCOMPARE(rig.rowsOf(big).value(0).value, kAbove53);
        QVERIFY(rig.rowsOf(big).value(0).finalAtMs.has_value());
        QCOMPARE(rig.rows().size(), 3);
        QTRY_VERIFY(std::any_of(rig.signalled.cbegin(), rig.signalled.cend(),
            [&](const store::TransferRecord &t) { return t.id == b.id && t.state == TransferState::Final; }));
        QTRY_COMPARE_WITH_TIMEOUT(rig.cursor()->blockNumber, node.head(), 5000);
    }

    void forkedAwayAndVanishedAreNotCredited()
    {
        TronReplayNode node;
        node.produce(5);
        node.solidify(node.head());
        TronRig rig;
        rig.watch(kBob);
        rig.start(TronRig::settings({node.url()}));
        QVERIFY(rig.waitProcessed(node.head()));

        // A transfer whose block is replaced by one without it.
        const QString gone = node.addTransfer(usdt(kBob, QStringLiteral("111")));
        const QString stays = node.addTransfer(usdt(kBob, QStringLiteral("222")));
        node.produce(2);
        const quint64 block = node.head() - 1;
        QTRY_COMPARE_WITH_TIMEOUT(rig.rows().size(), 2, 5000);
        QVERIFY(rig.waitProcessed(node.head()));
        node.fork(block, {gone});
        node.produce(1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(gone).value(0).state, TransferState::Orphaned, 5000);
        // The one that stayed is stored again in the replacement block.
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(stays).size(), 2, 5000);
        node.solidify(node.head());
        auto finalInNewBlock = [&] {
            const auto rows = rig.rowsOf(stays);
            return std::any_of(rows.cbegin(), rows.cend(),
                [&](const auto &t) { return t.state == TransferState::Final && t.blockHash == node.blockId(block); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(finalInNewBlock(), 5000);
        QCOMPARE(rig.rowsOf(gone).size(), 1);
        QCOMPARE(rig.rowsOf(gone).value(0).state, TransferState::Orphaned);

        // A transfer the solidified view never learns of: vanished, failed.
        const QString vanishing = node.addTransfer(usdt(kBob, QStringLiteral("333")));
        node.setFault([&](const HttpExchange &e) -> std::optional<HttpAnswer> {
            if (e.path == "/walletsolidity/gettransactioninfobyid" && e.body.contains(vanishing.toLatin1())) {
                HttpAnswer a;
                a.body = "{}";
                return a;
            }
            return std::nullopt;
        });
        node.produce(1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(vanishing).size(), 1, 5000);
        node.solidify(node.head());
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(vanishing).value(0).state, TransferState::Failed, 5000);
    }

    void backfillsFiveHundredBlocksOfDowntime()
    {
        TronReplayNode node;
        node.produce(3);
        node.solidify(node.head());
        TronRig rig;
        rig.watch(kBob);
        rig.watch(kCarol);
        rig.start(TronRig::settings({node.url()}));
        QVERIFY(rig.waitProcessed(node.head()));
        rig.stop();

        QStringList sent;
        for (int i = 0; i < 500; ++i) {
            if (i % 50 == 7)
                sent << node.addTransfer(usdt(i % 100 == 7 ? kBob : kCarol, QString::number(1000 + i)));
            node.produce(1);
        }
        node.solidify(node.head() - 19);
        QElapsedTimer t;
        t.start();
        rig.start(TronRig::settings({node.url()}));
        QVERIFY(rig.waitProcessed(node.head(), 60000));
        qInfo() << "500 blocks backfilled in" << t.elapsed() << "ms";
        QCOMPARE(rig.rows().size(), sent.size());
        for (int i = 0; i < sent.size(); ++i)
            QCOMPARE(rig.rowsOf(sent[i]).value(0).value, QString::number(1000 + 7 + 50 * i));
        node.solidify(node.head());
        for (const QString &tx : std::as_const(sent))
            QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(tx).value(0).state, TransferState::Final, 10000);
        QCOMPARE(rig.rows().size(), sent.size());
    }

    void hostilePrimaryEndpoint()
    {
        // Two nodes of the same chain (the replay is deterministic); the
        // first misbehaves in turn in every way the issue names.
        TronReplayNode bad;
        TronReplayNode good;
        auto both = [&](auto fn) {
            fn(bad);
            fn(good);
        };
        both([](TronReplayNode &n) {
            n.produce(5);
            n.solidify(n.head());
        });
        int faults = 0;
        QSet<int> kinds;
        bad.setFault([&](const HttpExchange &e) -> std::optional<HttpAnswer> {
            const int kind = faults++ % 6;
            kinds.insert(kind);
            HttpAnswer a;
            switch (kind) {
            case 0: a.status = 429; return a;
            case 1: a.status = 503; return a;
            case 2:
                a = bad.respond(e);
                a.body.truncate(a.body.size() / 2);
                return a;
            case 3:
                a = bad.respond(e);
                a.body.replace("\"number\":", "\"number\":\"").replace(",\"txTrieRoot", "\",\"txTrieRoot");
                a.body.replace("\"blockNumber\":", "\"blockNumber\":\"")
                    .replace(",\"blockTimeStamp", "\",\"blockTimeStamp");
                a.body.replace("\"value\":\"", "\"value\":").replace("\",\"token_info", ",\"token_info");
                return a;
            case 4: {
                // The block above the one asked for.
                HttpExchange shifted = e;
                const QJsonObject body = QJsonDocument::fromJson(e.body).object();
                if (body.contains(QStringLiteral("num")))
                    shifted.body =
                        "{\"num\":" + QByteArray::number(body.value(QStringLiteral("num")).toInteger() + 1) + "}";
                return bad.respond(shifted);
            }
            default: return std::nullopt;
            }
        });
        TronRig rig;
        rig.watch(kBob);
        rig.start(TronRig::settings({bad.url(), good.url()}));
        QVERIFY(rig.waitProcessed(good.head()));
        QStringList sent;
        for (int i = 0; i < 12; ++i) {
            both([&](TronReplayNode &n) { sent << n.addTransfer(usdt(kBob, QString::number(500 + i))); });
            both([](TronReplayNode &n) { n.produce(1 + n.head() % 2); });
            QTest::qWait(150);
        }
        both([](TronReplayNode &n) { n.solidify(n.head()); });
        for (int i = 0; i < sent.size(); i += 2) {
            QCOMPARE(sent[i], sent[i + 1]); // the same transaction on both nodes
            QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(sent[i]).value(0).state, TransferState::Final, 10000);
            QCOMPARE(rig.rowsOf(sent[i]).size(), 1);
            QCOMPARE(rig.rowsOf(sent[i]).value(0).value, QString::number(500 + i / 2));
            QCOMPARE(rig.rowsOf(sent[i]).value(0).blockHash, good.blockId(rig.rowsOf(sent[i]).value(0).blockNumber));
        }
        QCOMPARE(rig.rows().size(), 12);
        QCOMPARE(kinds.size(), 6);
        QVERIFY(faults >= 6);
        QVERIFY(good.server().requestCount() > 0);
    }

    void tronGridCatchUpAndCrossCheck()
    {
        TronReplayNode node;
        node.produce(3);
        node.solidify(node.head());
        TronRig rig;
        rig.watch(kBob);
        auto options = TronRig::fastOptions();
        options.gridCatchUpBlocks = 100;
        const auto settings = TronRig::settings({node.url()}, node.url());
        rig.start(settings, options);
        QVERIFY(rig.waitProcessed(node.head()));
        rig.stop();

        // Down for 300 blocks: more than gridCatchUpBlocks.
        QStringList sent;
        for (int i = 0; i < 300; ++i) {
            if (i % 60 == 5)
                sent << node.addTransfer(usdt(kBob, QString::number(70 + i)));
            node.produce(1);
        }
        node.solidify(node.head());
        const int scansBefore = node.requestsTo(QStringLiteral("/wallet/gettransactioninfobyblocknum"));
        rig.start(settings, options);
        QVERIFY(rig.waitProcessed(node.head(), 30000));
        for (const QString &tx : std::as_const(sent))
            QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(tx).value(0).state, TransferState::Final, 10000);
        QCOMPARE(rig.rows().size(), sent.size());
        // TronGrid named them; the node's solidified view supplied them; the
        // 300 blocks were not scanned one by one.
        QVERIFY(node.requestsTo(QStringLiteral("/wallet/gettransactioninfobyblocknum")) - scansBefore < 50);
        QVERIFY(node.apiKeysSeen().contains(QStringLiteral("test-api-key")));

        // Cross-check: the full node hides a transfer from the block scan,
        // consistently (neither the block nor its infos list it); TronGrid's
        // history brings it back.
        const QString hidden = node.addTransfer(usdt(kBob, QStringLiteral("4242")));
        node.setFault([&](const HttpExchange &e) -> std::optional<HttpAnswer> {
            HttpAnswer a = node.respond(e);
            if (!a.body.contains(hidden.toLatin1()) || e.path.startsWith("/walletsolidity"))
                return std::nullopt;
            if (e.path == "/wallet/gettransactioninfobyblocknum") {
                a.body = "[]";
            } else if (e.path == "/wallet/getnowblock" || e.path == "/wallet/getblockbynum") {
                QJsonObject block = QJsonDocument::fromJson(a.body).object();
                block.remove(QStringLiteral("transactions"));
                a.body = QJsonDocument(block).toJson(QJsonDocument::Compact);
            }
            return a;
        });
        node.produce(3);
        node.solidify(node.head());
        QVERIFY(rig.waitProcessed(node.head()));
        QVERIFY(rig.rowsOf(hidden).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                rig.crossCheckNow();
                return !rig.crossChecks.isEmpty();
            }(),
            5000);
        QCOMPARE(rig.crossChecks.first(), 1);
        QCOMPARE(rig.rowsOf(hidden).value(0).value, QStringLiteral("4242"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.rowsOf(hidden).value(0).state, TransferState::Final, 5000);
    }
};

QTEST_GUILESS_MAIN(TestTronWatcher)
#include "tst_tronwatcher.moc"
