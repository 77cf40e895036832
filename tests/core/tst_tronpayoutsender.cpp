// TronPayoutSender against the Tron replay node (no Tron node runs here):
// a payout built locally, gated, signed, stored and broadcast with
// /wallet/broadcasthex, completed on its solidified receipt; the stored
// bytes are what the node got and decode to exactly the payout; a crash
// after storing and before broadcasting sends the same bytes once; a
// receipt of OUT_OF_ENERGY and a simulation that reverts are failures with
// their reason, never retried; the gate catches a blacklisted destination
// and a wallet without TRX for the energy; energy above the fee limit
// waits; a transaction that expired unseen fails; malformed node answers
// change nothing; tronweb (offline) reads the signed bytes as the payout
// from the hot wallet.
#include "NodeOracle.h"
#include "PayoutTestSupport.h"
#include "TestSupport.h"
#include "TronReplayNode.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/tron/TronClient.h"
#include "chain/tron/TronTransaction.h"
#include "crypto/Mnemonic.h"
#include "keys/KeyStore.h"
#include "net/NetworkFactory.h"
#include "operators/OperatorStore.h"
#include "payouts/PayoutSigner.h"
#include "payouts/Payouts.h"
#include "payouts/TronPayoutSender.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace kassa;
using namespace kassa::payouts;
using money::Amount;
using operators::OperatorInfo;
using operators::Role;
using test::must;

using test::tron::kHot;
using test::tron::kTo;
using test::tron::kUsdt;

namespace {

const QString kOther = QStringLiteral("TW1dU4L3eNm7Lw8WvieLKEHpXWAussRG9Z");

} // namespace

class TestTronPayoutSender : public QObject
{
    Q_OBJECT

private:
    test::TempProfile m_tmp;
    ManualClock m_clock;
    std::shared_ptr<store::Database> m_db;
    keys::MemoryKeyStore m_keys;
    net::NetworkFactory m_factory;
    std::unique_ptr<KeyStorePayoutSigner> m_signer;
    std::unique_ptr<test::TronReplayNode> m_node;
    std::unique_ptr<chain::tron::TronClient> m_client;
    OperatorInfo m_ann, m_clerk;

    OperatorInfo addOperator(const char *id, int roles)
    {
        return test::addOperator(*m_db, id, roles);
    }
    template<typename T>
    Result<T> write(const std::function<Result<T>(QSqlDatabase &)> &fn)
    {
        return test::writeResult<T>(*m_db, fn);
    }
    PayoutRequest approved(const QString &to, const char *amount)
    {
        PayoutDraft d {QStringLiteral("tron"), kUsdt, Amount::parse(QString::fromLatin1(amount), money::Asset::usdt6()).value(), to,
            QStringLiteral("refund"), {}};
        FiatValuation f {Amount::parse(QString::fromLatin1(amount), {QStringLiteral("USD"), 2}).value(), QStringLiteral("1"),
            QStringLiteral("manual"), m_clock.nowMs() - 1000};
        auto r = must(write<PayoutRequest>([&](QSqlDatabase &c) { return Payouts::request(c, m_clerk, d, f, m_clock.nowMs()); }));
        (void)must(write<PolicyDecision>(
            [&](QSqlDatabase &c) { return Payouts::decide(c, m_ann, r.id, r.revision, true, {}, m_clock.nowMs()); }));
        return must(Payouts::find(m_db->reader().value(), r.id)).value();
    }
    PayoutRequest load(const PayoutRequest &r) { return must(Payouts::find(m_db->reader().value(), r.id)).value(); }
    PayoutState stateOf(const PayoutRequest &r) { return load(r).state; }
    StoredPayoutTx storedTx(const PayoutRequest &r)
    {
        const auto txs = must(TronPayoutSender::transactions(m_db->reader().value(), QStringLiteral("tron")));
        for (const auto &t : txs) {
            if (t.payoutId == r.id)
                return t;
        }
        return {};
    }
    TronPayoutSender::Options options()
    {
        TronPayoutSender::Options o;
        o.lifetimeMs = 60 * 1000;
        o.webhookUrl = QStringLiteral("https://erp.example.com/kassa/hooks");
        return o;
    }
    bool runUntilIdle(TronPayoutSender &sender, const std::function<void()> &kick)
    {
        QSignalSpy idle(&sender, &TronPayoutSender::idle);
        QSignalSpy halted(&sender, &TronPayoutSender::halted);
        kick();
        return QTest::qWaitFor([&] { return idle.count() > 0 || halted.count() > 0; }, 20000);
    }
    //! The webhook events queued for a payout, oldest first.
    QStringList events(const PayoutRequest &r)
    {
        QSqlQuery q(m_db->reader().value());
        q.prepare(QStringLiteral("SELECT event, body FROM callbacks WHERE body LIKE ? ORDER BY id"));
        q.addBindValue(QString(QStringLiteral("%") + r.id + QStringLiteral("%")));
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }
    //! Mines the queued transactions and solidifies them.
    void mineAndSolidify()
    {
        m_node->produce(1);
        m_node->solidify(m_node->head());
        m_clock.setNowMs(m_node->headTimestampMs() + 500);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto url = store::DatabaseUrl::sqliteFile(m_tmp.file(QStringLiteral("kassa.sqlite")));
        m_db.reset(must(store::Database::open(url, m_clock)).release());
        const OperatorInfo owner = addOperator("olga", int(Role::Owner));
        m_ann = addOperator("ann", int(Role::Approver));
        m_clerk = addOperator("carl", int(Role::Clerk));
        auto words = must(crypto::Mnemonic::parse(QStringLiteral(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")));
        std::optional<Result<void>> stored;
        m_keys.write(QStringLiteral("payout-hot"), must(words.seed()), this, [&](Result<void> r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        m_signer = std::make_unique<KeyStorePayoutSigner>(&m_keys, QStringLiteral("payout-hot"));
        m_clock.setNowMs(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000);
        for (const QString &to : {kTo, kOther}) {
            (void)must(write<AddressBookEntry>([&](QSqlDatabase &c) {
                return Payouts::saveAddress(c, m_ann, QStringLiteral("tron"), to, QStringLiteral("Supplier"),
                    m_clock.nowMs() - 25LL * 3600 * 1000);
            }));
        }
        PolicySettings p = PolicySettings::defaults();
        p.maxPerRequester24h = p.maxPerAsset24h = Amount::parse(QStringLiteral("1000000"), p.fiatAsset()).value();
        (void)must(write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, owner, p, m_clock.nowMs()); }));
    }

    void init()
    {
        // A fresh node and client per test: a fault's cool-down stays in its test.
        m_node = std::make_unique<test::TronReplayNode>();
        m_node->produce(3);
        m_clock.setNowMs(m_node->headTimestampMs() + 500);
        m_node->setTrxBalance(kHot, 500'000'000);
        m_node->setTokenBalance(kHot, QStringLiteral("1000000000"));
        m_client = std::make_unique<chain::tron::TronClient>(
            m_factory, QList<QUrl> {m_node->url()}, QString(), QString(), m_clock, chain::tron::TronClient::Options {});
    }

    void cleanup()
    {
        // Nothing of one test is left approved for the next.
        (void)m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.exec(QStringLiteral("UPDATE payout_requests SET state = 'cancelled' WHERE state IN ('approved', 'signed', 'broadcast')"));
            q.exec(QStringLiteral("UPDATE payout_transactions SET state = 'failed' WHERE state IN ('signed', 'broadcast')"));
            return {};
        });
        m_client.reset();
        m_node.reset();
    }

    void theSignerIsTheHotWallet()
    {
        std::optional<Result<crypto::TronAddress>> address;
        m_signer->tronAddress(QStringLiteral("tron"), this, [&](auto r) { address = r; });
        QTRY_VERIFY(address.has_value());
        KASSA_VERIFY_OK(*address);
        QCOMPARE((*address)->toBase58(), kHot);
    }

    void aPayoutIsSignedStoredBroadcastAndCompleted()
    {
        auto r = approved(kTo, "12.5");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(r), PayoutState::Broadcast);
        const StoredPayoutTx tx = storedTx(r);
        QCOMPARE(tx.state, QStringLiteral("broadcast"));
        QCOMPARE(tx.from, kHot);
        QCOMPARE(m_node->acceptedCount(tx.txHash), 1);
        // What was stored is what the node got, and it is exactly the payout.
        QCOMPARE(m_node->acceptedTransactions(), QStringList {QString::fromLatin1(tx.raw.toHex())});
        auto decoded = must(chain::tron::TronTransaction::decodeSigned(tx.raw));
        QCOMPARE(decoded.tx.owner().toBase58(), kHot);
        QCOMPARE(decoded.tx.target().toBase58(), kUsdt);
        QCOMPARE(crypto::TronAddress::fromEvm(decoded.tx.transferCall()->to).toBase58(), kTo);
        QCOMPARE(decoded.tx.transferCall()->amount.toDecimal(), QStringLiteral("12500000"));
        QCOMPARE(decoded.tx.feeLimitSun(), options().feeLimitSun);
        QCOMPARE(decoded.tx.timing().expirationMs - decoded.tx.timing().timestampMs, options().lifetimeMs);
        QCOMPARE(load(r).txHash, tx.txHash);

        // Included but not solidified: still in flight.
        m_node->produce(1);
        QVERIFY(runUntilIdle(sender, [&] { sender.poll(); }));
        QCOMPARE(stateOf(r), PayoutState::Broadcast);
        m_node->solidify(m_node->head());
        QVERIFY(runUntilIdle(sender, [&] { sender.poll(); }));
        QCOMPARE(stateOf(r), PayoutState::Completed);
        QCOMPARE(storedTx(r).state, QStringLiteral("mined"));
        QCOMPARE(storedTx(r).blockNumber, qint64(m_node->head()));

        // Each step is in the audit log.
        QSqlQuery q(m_db->reader().value());
        q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE subject_id = ? ORDER BY seq"));
        q.addBindValue(r.id);
        QVERIFY(q.exec());
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        QVERIFY2(actions.contains(QStringLiteral("payout.sign")) && actions.contains(QStringLiteral("payout.broadcast"))
                && actions.contains(QStringLiteral("payout.complete")),
            qPrintable(actions.join(QLatin1Char(','))));
        // And each change queued its webhook with it.
        QCOMPARE(events(r), (QStringList {QStringLiteral("payout.broadcast"), QStringLiteral("payout.completed")}));
    }

    void tronwebReadsTheSignedPayout()
    {
        test::NodeOracle oracle;
        if (auto started = oracle.start(); !started.ok())
            QSKIP("tronweb (tests/node) is not installed here");
        auto r = approved(kTo, "42.5");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        const StoredPayoutTx tx = storedTx(r);
        QVERIFY(!tx.raw.isEmpty());
        auto verified = oracle.call({{QStringLiteral("op"), QStringLiteral("tronVerify")},
            {QStringLiteral("hex"), QString::fromLatin1(tx.raw.toHex())}, {QStringLiteral("type"), QStringLiteral("TriggerSmartContract")}});
        KASSA_VERIFY_OK(verified);
        const QJsonObject v = verified->toObject();
        QCOMPARE(v.value(QStringLiteral("txID")).toString(), tx.txHash);
        QCOMPARE(v.value(QStringLiteral("signer")).toString(), kHot);
        QVERIFY(v.value(QStringLiteral("jsonMatchesBytes")).toBool());
        const QJsonObject raw = v.value(QStringLiteral("rawData")).toObject();
        const QJsonObject value = raw.value(QStringLiteral("contract")).toArray().first().toObject()
                                      .value(QStringLiteral("parameter")).toObject().value(QStringLiteral("value")).toObject();
        const auto base58 = [](const QJsonValue &x) { return crypto::TronAddress::parse(x.toString().toLower()).value().toBase58(); };
        QCOMPARE(base58(value.value(QStringLiteral("owner_address"))), kHot);
        QCOMPARE(base58(value.value(QStringLiteral("contract_address"))), kUsdt);
        const QByteArray call = chain::evm::Erc20Abi::transfer(
            crypto::TronAddress::parse(kTo).value().toEvm(), money::UInt256(42'500'000));
        QCOMPARE(value.value(QStringLiteral("data")).toString().toLower(), QString::fromLatin1(call.toHex()));
        QCOMPARE(qint64(raw.value(QStringLiteral("fee_limit")).toDouble()), options().feeLimitSun);
    }

    void aCrashBetweenStoreAndBroadcastPaysOnce()
    {
        auto r = approved(kTo, "7");
        {
            auto o = options();
            o.afterPersist = [](const QString &) { return false; }; // "killed" right after storing
            TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, o);
            QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
            QVERIFY(sender.isHalted());
        }
        QCOMPARE(stateOf(r), PayoutState::Signed);
        const StoredPayoutTx tx = storedTx(r);
        QCOMPARE(tx.state, QStringLiteral("signed"));
        QCOMPARE(m_node->broadcastCount(tx.txHash), 0);

        // The restart sends the same bytes; once more, and the node already has them.
        for (int round = 0; round < 2; ++round) {
            TronPayoutSender restarted(m_db, m_client.get(), m_signer.get(), m_clock, options());
            QVERIFY(runUntilIdle(restarted, [&] { restarted.resume(); }));
            if (round == 0) {
                KASSA_VERIFY_OK(m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
                    QSqlQuery q(c);
                    q.prepare(QStringLiteral("UPDATE payout_transactions SET state = 'signed' WHERE payout_id = ?"));
                    q.addBindValue(r.id);
                    q.exec();
                    return {};
                }));
            }
        }
        QCOMPARE(m_node->broadcastCount(tx.txHash), 2);
        QCOMPARE(m_node->acceptedCount(tx.txHash), 1);
        QCOMPARE(m_node->acceptedTransactions(), QStringList {QString::fromLatin1(tx.raw.toHex())});
        QCOMPARE(stateOf(r), PayoutState::Broadcast);
        mineAndSolidify();
        TronPayoutSender poller(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(poller, [&] { poller.poll(); }));
        QCOMPARE(stateOf(r), PayoutState::Completed);
    }

    void aFailedReceiptIsReportedNotRetried()
    {
        m_node->setBroadcastReceipt(QStringLiteral("OUT_OF_ENERGY"));
        auto r = approved(kTo, "3");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        mineAndSolidify();
        QVERIFY(runUntilIdle(sender, [&] { sender.poll(); }));
        QCOMPARE(stateOf(r), PayoutState::Failed);
        QVERIFY2(load(r).failureReason.contains(QLatin1String("OUT_OF_ENERGY")), qPrintable(load(r).failureReason));
        QCOMPARE(storedTx(r).state, QStringLiteral("failed"));
        QCOMPARE(events(r), (QStringList {QStringLiteral("payout.broadcast"), QStringLiteral("payout.failed")}));
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(m_node->acceptedTransactions().size(), 1);
    }

    void aTransferThatWouldRevertIsNeverSigned()
    {
        m_node->setTransferSimulation(0, true);
        auto r = approved(kTo, "4");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(r), PayoutState::Failed);
        QVERIFY2(load(r).failureReason.contains(QLatin1String("revert")), qPrintable(load(r).failureReason));
        QVERIFY(storedTx(r).payoutId.isEmpty());
        QCOMPARE(m_node->requestsTo(QStringLiteral("/wallet/broadcasthex")), 0);
    }

    void theFinalGateCatchesABlacklistAndMissingTrx()
    {
        m_node->setBlacklisted(kOther, true);
        auto listed = approved(kOther, "2");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(listed), PayoutState::Failed);
        QVERIFY(load(listed).failureReason.contains(QLatin1String("destination_blacklisted")));
        QCOMPARE(events(listed), QStringList {QStringLiteral("payout.failed")});

        // No energy of its own and 1 TRX: the energy would burn ~7.5 TRX.
        m_node->setTrxBalance(kHot, 1'000'000);
        auto poor = approved(kTo, "2");
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(poor), PayoutState::Failed);
        QVERIFY2(load(poor).failureReason.contains(QLatin1String("gas_balance")), qPrintable(load(poor).failureReason));
        QCOMPARE(m_node->requestsTo(QStringLiteral("/wallet/broadcasthex")), 0);
    }

    void stakedEnergyNeedsNoTrx()
    {
        m_node->setTrxBalance(kHot, 0);
        m_node->setResources(QJsonObject {{QStringLiteral("freeNetLimit"), 600}, {QStringLiteral("EnergyLimit"), 100000},
            {QStringLiteral("EnergyUsed"), 10}});
        auto r = approved(kTo, "1");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(r), PayoutState::Broadcast);
    }

    void energyAboveTheFeeLimitWaits()
    {
        m_node->setTransferSimulation(2'000'000);
        auto r = approved(kTo, "5");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(r), PayoutState::Approved);
        QCOMPARE(m_node->requestsTo(QStringLiteral("/wallet/broadcasthex")), 0);
    }

    void aTransactionThatExpiredUnseenFails()
    {
        // Every broadcast is refused as busy; the bytes stay stored and signed.
        m_node->setFault([](const test::HttpExchange &e) -> std::optional<test::HttpAnswer> {
            if (!e.path.startsWith("/wallet/broadcasthex"))
                return std::nullopt;
            test::HttpAnswer a;
            a.body = R"({"result":false,"code":"SERVER_BUSY","message":"536572766572206973206275737921"})";
            return a;
        });
        auto r = approved(kTo, "6");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(r), PayoutState::Signed);
        QVERIFY2(storedTx(r).lastError.contains(QLatin1String("SERVER_BUSY")), qPrintable(storedTx(r).lastError));
        // Before the expiration a poll sends it again; after it, the payout fails.
        QVERIFY(runUntilIdle(sender, [&] { sender.poll(); }));
        QCOMPARE(stateOf(r), PayoutState::Signed);
        m_node->produce(25); // 75 s of blocks, past the 60 s lifetime
        m_node->solidify(m_node->head());
        m_clock.setNowMs(m_node->headTimestampMs());
        QVERIFY(runUntilIdle(sender, [&] { sender.poll(); }));
        QCOMPARE(stateOf(r), PayoutState::Failed);
        QVERIFY2(load(r).failureReason.contains(QLatin1String("expired")), qPrintable(load(r).failureReason));
        QVERIFY(m_node->acceptedTransactions().isEmpty());
    }

    void malformedAnswersChangeNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        const int approvedState = int(PayoutState::Approved);
        const int signedState = int(PayoutState::Signed);
        QTest::newRow("resources: text energy") << "/wallet/getaccountresource" << QByteArray(R"({"EnergyLimit":"lots"})") << approvedState;
        QTest::newRow("resources: fraction") << "/wallet/getaccountresource" << QByteArray(R"({"EnergyLimit":1.5})") << approvedState;
        QTest::newRow("resources: negative") << "/wallet/getaccountresource" << QByteArray(R"({"NetUsed":-4})") << approvedState;
        QTest::newRow("account: array") << "/wallet/getaccount" << QByteArray(R"([1,2])") << approvedState;
        QTest::newRow("account: huge balance") << "/wallet/getaccount" << QByteArray(R"({"balance":99999999999999999999999})") << approvedState;
        QTest::newRow("prices: missing energy fee") << "/wallet/getchainparameters"
                                                    << QByteArray(R"({"chainParameter":[{"key":"getTransactionFee","value":1000}]})") << approvedState;
        QTest::newRow("prices: zero energy fee") << "/wallet/getchainparameters"
                                                 << QByteArray(R"({"chainParameter":[{"key":"getTransactionFee","value":1000},{"key":"getEnergyFee"}]})")
                                                 << approvedState;
        QTest::newRow("call: no result") << "/wallet/triggerconstantcontract" << QByteArray(R"({"energy_used":5})") << approvedState;
        QTest::newRow("call: truncated") << "/wallet/triggerconstantcontract" << QByteArray(R"({"result":{"result":tr)") << approvedState;
        QTest::newRow("call: odd hex") << "/wallet/triggerconstantcontract"
                                       << QByteArray(R"({"result":{"result":true},"constant_result":["abc"]})") << approvedState;
        QTest::newRow("head: not a block") << "/wallet/getnowblock" << QByteArray(R"({"blockID":7})") << approvedState;
        QTest::newRow("broadcast: result text") << "/wallet/broadcasthex" << QByteArray(R"({"result":"yes"})") << signedState;
        QTest::newRow("broadcast: refusal without code") << "/wallet/broadcasthex" << QByteArray(R"({"result":false})") << signedState;
        QTest::newRow("broadcast: short txid") << "/wallet/broadcasthex" << QByteArray(R"({"result":true,"txid":"abcd"})") << signedState;
        QTest::newRow("broadcast: html") << "/wallet/broadcasthex" << QByteArray("<html>502</html>") << signedState;
    }

    void malformedAnswersChangeNothing()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        m_node->setFault([path, body](const test::HttpExchange &e) -> std::optional<test::HttpAnswer> {
            if (QString::fromLatin1(e.path) != path)
                return std::nullopt;
            test::HttpAnswer a;
            a.body = body;
            return a;
        });
        auto r = approved(kTo, "1");
        TronPayoutSender sender(m_db, m_client.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(int(stateOf(r)), expected);
        QVERIFY(m_node->acceptedTransactions().isEmpty());
        if (expected == int(PayoutState::Signed))
            QVERIFY(!storedTx(r).lastError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTronPayoutSender)
#include "tst_tronpayoutsender.moc"
