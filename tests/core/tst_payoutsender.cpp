// EvmPayoutSender on a real node (anvil): a burst of approved payouts from
// one hot wallet — all mined, nonces contiguous, none twice; a simulated
// crash after the signed bytes are stored and before they are broadcast,
// then a restart that sends the same bytes (one transfer on chain, also
// when resumed once more); the final gate catching a blacklisted
// destination and a balance below the amount; a payout refused by the gate
// in the middle of a round while the others go out with contiguous nonces;
// a transfer that would revert reported failed and never retried.
#include "AnvilNode.h"
#include "PayoutTestSupport.h"
#include "TestSupport.h"
#include "chain/evm/EvmTransaction.h"
#include "chain/evm/JsonRpcClient.h"
#include "crypto/Hex.h"
#include "crypto/Mnemonic.h"
#include "keys/KeyStore.h"
#include "net/NetworkFactory.h"
#include "operators/OperatorStore.h"
#include "payouts/EvmPayoutSender.h"
#include "payouts/PayoutSigner.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace kassa;
using namespace kassa::payouts;
using money::Amount;
using operators::OperatorInfo;
using operators::Role;
using test::must;

namespace {

QString destination(int n)
{
    return crypto::EthAddress::parse(QStringLiteral("0x%1").arg(0x7000 + n, 40, 16, QLatin1Char('0'))).value().toChecksumString();
}

} // namespace

class TestPayoutSender : public QObject
{
    Q_OBJECT

private:
    test::AnvilNode m_anvil;
    test::TempProfile m_tmp;
    ManualClock m_clock;
    std::shared_ptr<store::Database> m_db;
    keys::MemoryKeyStore m_keys;
    net::NetworkFactory m_factory;
    std::unique_ptr<chain::evm::JsonRpcClient> m_rpc;
    std::unique_ptr<KeyStorePayoutSigner> m_signer;
    QString m_token;
    OperatorInfo m_ann, m_clerk;
    int m_next = 0;

    OperatorInfo addOperator(const char *id, int roles)
    {
        return test::addOperator(*m_db, id, roles);
    }
    template<typename T>
    Result<T> write(const std::function<Result<T>(QSqlDatabase &)> &fn)
    {
        return test::writeResult<T>(*m_db, fn);
    }
    void book(const QString &address, const QString &token)
    {
        (void)must(write<AddressBookEntry>([&](QSqlDatabase &c) {
            return Payouts::saveAddress(c, m_ann, QStringLiteral("local"), address, QStringLiteral("Supplier"),
                m_clock.nowMs() - 25LL * 3600 * 1000);
        }));
        Q_UNUSED(token);
    }
    PayoutRequest approved(const QString &to, const char *amount, const QString &token = {})
    {
        const QString t = token.isEmpty() ? m_token : token;
        PayoutDraft d{QStringLiteral("local"), t, Amount::parse(QString::fromLatin1(amount), money::Asset::usdt6()).value(), to,
            QStringLiteral("refund"), {}};
        FiatValuation f{Amount::parse(QString::fromLatin1(amount), {QStringLiteral("USD"), 2}).value(), QStringLiteral("1"),
            QStringLiteral("manual"), m_clock.nowMs() - 1000};
        auto r = must(write<PayoutRequest>([&](QSqlDatabase &c) { return Payouts::request(c, m_clerk, d, f, m_clock.nowMs()); }));
        (void)must(write<PolicyDecision>([&](QSqlDatabase &c) { return Payouts::decide(c, m_ann, r.id, r.revision, true, {}, m_clock.nowMs()); }));
        return must(Payouts::find(m_db->reader().value(), r.id)).value();
    }
    PayoutState stateOf(const PayoutRequest &r) { return must(Payouts::find(m_db->reader().value(), r.id))->state; }
    QString tokenBalance(const QString &token, const QString &who)
    {
        QByteArray data = QByteArray::fromHex("70a08231") + test::AnvilNode::abiAddress(who);
        auto r = must(m_anvil.rpc(QStringLiteral("eth_call"),
            {QJsonObject{{QStringLiteral("to"), token}, {QStringLiteral("data"), crypto::Hex::encode0x(data)}}, QStringLiteral("latest")}));
        return money::UInt256::fromBigEndian(crypto::Hex::decode(r.toString()).value()).value().toDecimal();
    }
    EvmPayoutSender::Options options()
    {
        EvmPayoutSender::Options o;
        o.chain = QStringLiteral("local");
        o.chainId = 31337;
        return o;
    }
    bool runUntilIdle(EvmPayoutSender &sender, const std::function<void()> &kick, int timeoutMs = 60000)
    {
        QSignalSpy idle(&sender, &EvmPayoutSender::idle);
        QSignalSpy halted(&sender, &EvmPayoutSender::halted);
        kick();
        return QTest::qWaitFor([&] { return idle.count() > 0 || halted.count() > 0; }, timeoutMs);
    }

    //! poll() until every payout in `ids` is completed or failed: the node
    //! answers a broadcast before its automine has sealed the block, so one
    //! poll right after the last round may still find no receipt.
    bool pollUntilSettled(EvmPayoutSender &sender, const QList<PayoutRequest> &ids)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            if (!runUntilIdle(sender, [&] { sender.poll(); }))
                return false;
            if (std::all_of(ids.begin(), ids.end(), [&](const PayoutRequest &r) {
                    const PayoutState st = stateOf(r);
                    return st == PayoutState::Completed || st == PayoutState::Failed;
                }))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        m_clock.setNowMs(QDateTime::currentMSecsSinceEpoch());
        auto url = store::DatabaseUrl::sqliteFile(m_tmp.file(QStringLiteral("kassa.sqlite")));
        m_db.reset(must(store::Database::open(url, m_clock)).release());
        const OperatorInfo owner = addOperator("olga", int(Role::Owner));
        m_ann = addOperator("ann", int(Role::Approver));
        m_clerk = addOperator("carl", int(Role::Clerk));
        // The hot wallet: anvil's account 0, from its well-known recovery words.
        auto words = must(crypto::Mnemonic::parse(QStringLiteral("test test test test test test test test test test test junk")));
        std::optional<Result<void>> stored;
        m_keys.write(QStringLiteral("payout-hot"), must(words.seed()), this, [&](Result<void> r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        m_signer = std::make_unique<KeyStorePayoutSigner>(&m_keys, QStringLiteral("payout-hot"));
        m_rpc = std::make_unique<chain::evm::JsonRpcClient>(m_factory, QList<QUrl>{m_anvil.httpUrl()}, m_clock);
        m_token = crypto::EthAddress::parse(must(m_anvil.deployToken(QStringLiteral("TestToken"), 6))).value().toChecksumString();
        KASSA_VERIFY_OK(m_anvil.mint(m_token, QString::fromLatin1(test::AnvilNode::kAccount0), QStringLiteral("1000000000000")));
        for (int i = 0; i < 5; ++i)
            book(destination(i), m_token);
        // Room for the whole test in one day.
        PolicySettings p = PolicySettings::defaults();
        p.maxPerRequester24h = p.maxPerAsset24h = Amount::parse(QStringLiteral("1000000"), p.fiatAsset()).value();
        (void)must(write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, owner, p, m_clock.nowMs()); }));
    }

    void theSignerIsTheHotWallet()
    {
        std::optional<Result<crypto::EthAddress>> address;
        m_signer->evmAddress(QStringLiteral("local"), this, [&](auto r) { address = r; });
        QTRY_VERIFY(address.has_value());
        KASSA_VERIFY_OK(*address);
        QCOMPARE((*address)->toChecksumString(), QString::fromLatin1(test::AnvilNode::kAccount0));
    }

    void aBurstIsMinedWithContiguousNonces()
    {
        const int n = 100;
        QList<PayoutRequest> requests;
        for (int i = 0; i < n; ++i)
            requests << approved(destination(i % 5), "1.5");
        const quint64 startNonce = must(money::UInt256::parseQuantity(must(m_anvil.rpc(QStringLiteral("eth_getTransactionCount"),
            {QString::fromLatin1(test::AnvilNode::kAccount0), QStringLiteral("pending")})).toString())).lowUInt64();
        QStringList before;
        for (int i = 0; i < 5; ++i)
            before << tokenBalance(m_token, destination(i));

        EvmPayoutSender sender(m_db, m_rpc.get(), m_signer.get(), m_clock, options());
        QElapsedTimer t;
        t.start();
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        const qint64 sendMs = t.elapsed();
        QVERIFY(pollUntilSettled(sender, requests));
        qInfo("%d payouts gated, signed, stored and broadcast in %lld ms (%.0f/s)", n, sendMs, n * 1000.0 / double(std::max<qint64>(sendMs, 1))); // lint: allow-float(a rate for the log)

        for (const auto &r : requests)
            QCOMPARE(stateOf(r), PayoutState::Completed);
        auto txs = must(EvmPayoutSender::transactions(m_db->reader().value(), QStringLiteral("local")));
        QCOMPARE(txs.size(), n);
        QSet<QString> hashes;
        for (int i = 0; i < n; ++i) {
            QCOMPARE(txs[i].nonce, startNonce + quint64(i));
            QCOMPARE(txs[i].state, QStringLiteral("mined"));
            hashes.insert(txs[i].txHash);
            // What was stored is what the chain has.
            auto onChain = must(m_anvil.rpc(QStringLiteral("eth_getTransactionByHash"), {txs[i].txHash})).toObject();
            QCOMPARE(onChain.value(QStringLiteral("nonce")).toString(), QStringLiteral("0x%1").arg(txs[i].nonce, 0, 16));
        }
        QCOMPARE(hashes.size(), n);
        for (int i = 0; i < 5; ++i) {
            const auto got = must(money::UInt256::parseDecimal(tokenBalance(m_token, destination(i))));
            const auto was = must(money::UInt256::parseDecimal(before[i]));
            QCOMPARE(got.toDecimal(), was.checkedAdd(money::UInt256(30'000'000)).value().toDecimal()); // 20 × 1.5
        }
    }

    void aCrashBetweenStoreAndBroadcastPaysOnce()
    {
        const QString to = destination(1);
        const QString before = tokenBalance(m_token, to);
        auto r = approved(to, "7");
        QString crashedOn;
        {
            auto o = options();
            o.afterPersist = [&](const QString &id) {
                crashedOn = id;
                return false; // "killed" right after the signed bytes were stored
            };
            EvmPayoutSender sender(m_db, m_rpc.get(), m_signer.get(), m_clock, o);
            QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
            QVERIFY(sender.isHalted());
        }
        QCOMPARE(crashedOn, r.id);
        QCOMPARE(stateOf(r), PayoutState::Signed);
        QCOMPARE(tokenBalance(m_token, to), before); // nothing was sent
        auto stored = must(EvmPayoutSender::transactions(m_db->reader().value(), QStringLiteral("local")));
        const StoredPayoutTx tx = *std::find_if(stored.begin(), stored.end(), [&](const auto &t) { return t.payoutId == r.id; });
        QCOMPARE(tx.state, QStringLiteral("signed"));

        // The restart: the same bytes go out, once.
        {
            EvmPayoutSender restarted(m_db, m_rpc.get(), m_signer.get(), m_clock, options());
            QVERIFY(runUntilIdle(restarted, [&] { restarted.resume(); }));
            QVERIFY(pollUntilSettled(restarted, {r}));
        }
        QCOMPARE(stateOf(r), PayoutState::Completed);
        auto onChain = must(m_anvil.rpc(QStringLiteral("eth_getTransactionByHash"), {tx.txHash})).toObject();
        QCOMPARE(onChain.value(QStringLiteral("hash")).toString().toLower(), tx.txHash.toLower());
        const auto paid = must(money::UInt256::parseDecimal(tokenBalance(m_token, to)));
        QCOMPARE(paid.toDecimal(), must(money::UInt256::parseDecimal(before)).checkedAdd(money::UInt256(7'000'000)).value().toDecimal());

        // Resumed yet again (the stored bytes re-sent to a node that has them): still one transfer.
        KASSA_VERIFY_OK(m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("UPDATE payout_transactions SET state = 'signed' WHERE payout_id = ?"));
            q.addBindValue(r.id);
            q.exec();
            return {};
        }));
        {
            EvmPayoutSender again(m_db, m_rpc.get(), m_signer.get(), m_clock, options());
            QVERIFY(runUntilIdle(again, [&] { again.resume(); }));
        }
        QCOMPARE(tokenBalance(m_token, to), paid.toDecimal());
        // And the store refuses a second transaction for the payout.
        auto second = m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO payout_transactions (payout_id, chain, from_address, nonce, raw_tx, tx_hash, state, "
                                     "signed_at_ms) VALUES (?, 'local', 'x', 999999, '0x00', '0xdead', 'signed', 0)"));
            q.addBindValue(r.id);
            if (!q.exec())
                return makeError(ErrorCode::Database, QStringLiteral("refused"), QStringLiteral("refused"));
            return {};
        });
        QVERIFY(!second.ok());
    }

    void theFinalGateCatchesABlacklistAndALowBalance()
    {
        const QString listed = destination(3);
        auto r = approved(listed, "2");
        KASSA_VERIFY_OK(m_anvil.sendTransaction(QString::fromLatin1(test::AnvilNode::kAccount0), m_token,
            QByteArray::fromHex("0ecb93c0") + test::AnvilNode::abiAddress(listed))); // addBlackList(listed)
        auto big = approved(destination(4), "900");
        EvmPayoutSender sender(m_db, m_rpc.get(), m_signer.get(), m_clock, options());
        // Drain the hot wallet below the big payout first.
        const QString hot = QString::fromLatin1(test::AnvilNode::kAccount0);
        const auto held = must(money::UInt256::parseDecimal(tokenBalance(m_token, hot)));
        const auto keep = money::UInt256(500'000'000ULL); // 500 USDT left, the payout wants 900
        KASSA_VERIFY_OK(m_anvil.transfer(m_token, hot, QString::fromLatin1(test::AnvilNode::kAccount1),
            held.checkedSub(keep).value().toDecimal()));
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(r), PayoutState::Failed);
        QVERIFY(must(Payouts::find(m_db->reader().value(), r.id))->failureReason.contains(QLatin1String("destination_blacklisted")));
        QCOMPARE(stateOf(big), PayoutState::Failed);
        QVERIFY(must(Payouts::find(m_db->reader().value(), big.id))->failureReason.contains(QLatin1String("token_balance")));
    }

    void aPayoutFailingTheGateMidRoundLeavesTheOthersContiguous()
    {
        // One round of three; the middle one's destination is blacklisted.
        const QString listed = destination(6);
        book(listed, m_token);
        KASSA_VERIFY_OK(m_anvil.sendTransaction(QString::fromLatin1(test::AnvilNode::kAccount0), m_token,
            QByteArray::fromHex("0ecb93c0") + test::AnvilNode::abiAddress(listed))); // addBlackList(listed)
        const QString hot = QString::fromLatin1(test::AnvilNode::kAccount0);
        KASSA_VERIFY_OK(m_anvil.mint(m_token, hot, QStringLiteral("100000000")));
        // The round takes them in approval order (a millisecond apart).
        auto first = approved(destination(0), "1.25");
        m_clock.advanceMs(1);
        auto middle = approved(listed, "1.5");
        m_clock.advanceMs(1);
        auto last = approved(destination(1), "1.75");
        const quint64 startNonce = must(money::UInt256::parseQuantity(
            must(m_anvil.rpc(QStringLiteral("eth_getTransactionCount"), {hot, QStringLiteral("pending")})).toString())).lowUInt64();

        EvmPayoutSender sender(m_db, m_rpc.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(sender.phaseTimes().rounds, 1);
        QCOMPARE(sender.phaseTimes().signedPayouts, 2);
        QVERIFY(pollUntilSettled(sender, {first, middle, last}));
        QCOMPARE(stateOf(first), PayoutState::Completed);
        QCOMPARE(stateOf(middle), PayoutState::Failed);
        QVERIFY(must(Payouts::find(m_db->reader().value(), middle.id))->failureReason.contains(QLatin1String("destination_blacklisted")));
        QCOMPARE(stateOf(last), PayoutState::Completed);
        auto txs = must(EvmPayoutSender::transactions(m_db->reader().value(), QStringLiteral("local")));
        QHash<QString, quint64> nonceOf;
        for (const auto &t : txs)
            nonceOf.insert(t.payoutId, t.nonce);
        QVERIFY(!nonceOf.contains(middle.id));
        QCOMPARE(nonceOf.value(first.id), startNonce);
        QCOMPARE(nonceOf.value(last.id), startNonce + 1); // no gap where the refused one was
        QCOMPARE(must(money::UInt256::parseQuantity(must(m_anvil.rpc(QStringLiteral("eth_getTransactionCount"), {hot, QStringLiteral("latest")}))
                          .toString())).lowUInt64(),
            startNonce + 2);
    }

    void aRevertingTransferIsReportedNotRetried()
    {
        const QString reverting = crypto::EthAddress::parse(must(m_anvil.deployToken(QStringLiteral("RevertingToken"), 6))).value().toChecksumString();
        KASSA_VERIFY_OK(m_anvil.mint(reverting, QString::fromLatin1(test::AnvilNode::kAccount0), QStringLiteral("1000000000")));
        auto r = approved(destination(2), "3", reverting);
        EvmPayoutSender sender(m_db, m_rpc.get(), m_signer.get(), m_clock, options());
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        QCOMPARE(stateOf(r), PayoutState::Failed);
        QVERIFY(must(Payouts::find(m_db->reader().value(), r.id))->failureReason.contains(QLatin1String("revert")));
        // Another round does not pick it up again.
        QVERIFY(runUntilIdle(sender, [&] { sender.sendApproved(); }));
        auto txs = must(EvmPayoutSender::transactions(m_db->reader().value(), QStringLiteral("local")));
        QVERIFY(std::none_of(txs.begin(), txs.end(), [&](const auto &t) { return t.payoutId == r.id; }));
    }
};

QTEST_GUILESS_MAIN(TestPayoutSender)
#include "tst_payoutsender.moc"
