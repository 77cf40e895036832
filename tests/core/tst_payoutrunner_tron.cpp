// PayoutRunner on a Tron chain, against the Tron replay node (no Tron node
// runs here): a payout requested by a clerk and approved by an approver is
// sent by the runner's TronPayoutSender from the payout wallet (its recovery
// phrase through the KeyRing, m/44'/195'/0'/0/0), broadcast as a TRC-20
// transfer of exactly that amount to exactly that address, signed by the
// payout wallet's key, and completed once its receipt is solidified.
#include "PayoutTestSupport.h"
#include "TestSupport.h"
#include "TronReplayNode.h"
#include "chain/tron/TronTransaction.h"
#include "crypto/Mnemonic.h"
#include "crypto/Secp256k1.h"
#include "engine/PayoutRunner.h"
#include "keys/KeyRing.h"
#include "keys/KeyStore.h"
#include "operators/OperatorStore.h"
#include "payouts/Payouts.h"
#include "store/Database.h"
#include "wallets/WalletStore.h"

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

const char *kWords = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

} // namespace

class TestPayoutRunnerTron : public QObject
{
    Q_OBJECT

private:
    test::TempProfile m_tmp;
    ManualClock m_clock;
    keys::MemoryKeyStore m_keys;
    std::shared_ptr<store::Database> m_db;
    OperatorInfo m_owner, m_ann, m_carl;

    template<typename T>
    Result<T> write(const std::function<Result<T>(QSqlDatabase &)> &fn)
    {
        return test::writeResult<T>(*m_db, fn);
    }

    OperatorInfo addOperator(const char *id, int roles)
    {
        return test::addOperator(*m_db, id, roles);
    }

    static chain::ChainSettings tronChain(const QUrl &node)
    {
        chain::ChainSettings s = *chain::ChainSettingsFile::defaults(QStringLiteral("tron"));
        s.enabled = true;
        s.httpEndpoints = {node};
        s.tronGridUrl = QUrl();
        s.tokens = {chain::TokenContract {QStringLiteral("USDT"), kUsdt, 6}};
        s.pollIntervalMs = 100;
        return s;
    }

    QStringList auditActions(const QString &payoutId)
    {
        QSqlQuery q(m_db->reader().value());
        q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE subject_id = ? ORDER BY seq"));
        q.addBindValue(payoutId);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

    PayoutState stateOf(const QString &id) { return must(Payouts::find(m_db->reader().value(), id))->state; }

private Q_SLOTS:
    void initTestCase()
    {
        auto url = store::DatabaseUrl::sqliteFile(m_tmp.file(QStringLiteral("kassa.sqlite")));
        m_db.reset(must(store::Database::open(url, m_clock)).release());
        m_owner = addOperator("olga", int(Role::Owner));
        m_ann = addOperator("ann", int(Role::Approver));
        m_carl = addOperator("carl", int(Role::Clerk));
        PolicySettings p = PolicySettings::defaults();
        p.maxPerRequester24h = p.maxPerAsset24h = Amount::parse(QStringLiteral("1000000"), p.fiatAsset()).value();
        (void)must(write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, m_owner, p, m_clock.nowMs()); }));

        // The payout wallet: its phrase in the key store the way the wallets code keeps it.
        auto words = must(crypto::Mnemonic::parse(QString::fromLatin1(kWords)));
        keys::KeyRing ring(&m_keys);
        std::optional<Result<void>> stored;
        ring.storeMnemonic(QStringLiteral("wallet-seed-tron"), words, this, [&](Result<void> r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        KASSA_VERIFY_OK(*stored);
        wallets::WalletRecord w;
        w.label = QStringLiteral("Tron payouts");
        w.family = chain::ChainFamily::Tron;
        w.kind = wallets::WalletKind::Hd;
        w.role = wallets::WalletRole::Payout;
        w.keyRef = QStringLiteral("wallet-seed-tron");
        w.xpub = must(keys::KeyRing::accountXpub(words, crypto::bip44::Coin::Tron, 0)).toBase58();
        w.nextIndex = 1;
        w.createdAtMs = m_clock.nowMs();
        (void)must(write<wallets::WalletRecord>([&](QSqlDatabase &c) { return wallets::WalletStore::insertWallet(c, w); }));
    }

    void aClerksApprovedPayoutIsSentAndCompleted()
    {
        test::TronReplayNode node;
        node.produce(3);
        m_clock.setNowMs(node.headTimestampMs() + 500);
        node.setTrxBalance(kHot, 500'000'000);
        node.setTokenBalance(kHot, QStringLiteral("1000000000"));
        (void)must(write<AddressBookEntry>([&](QSqlDatabase &c) {
            return Payouts::saveAddress(c, m_ann, QStringLiteral("tron"), kTo, QStringLiteral("Supplier"),
                m_clock.nowMs() - 25LL * 3600 * 1000);
        }));

        // The clerk asks, the approver approves.
        PayoutDraft d {QStringLiteral("tron"), kUsdt, Amount::parse(QStringLiteral("12.5"), money::Asset::usdt6()).value(), kTo,
            QStringLiteral("refund"), {}};
        FiatValuation f {Amount::parse(QStringLiteral("12.5"), {QStringLiteral("USD"), 2}).value(), QStringLiteral("1"),
            QStringLiteral("manual"), m_clock.nowMs() - 1000};
        const PayoutRequest r
            = must(write<PayoutRequest>([&](QSqlDatabase &c) { return Payouts::request(c, m_carl, d, f, m_clock.nowMs()); }));
        QCOMPARE(r.state, PayoutState::AwaitingApproval);
        const PolicyDecision decision = must(write<PolicyDecision>(
            [&](QSqlDatabase &c) { return Payouts::decide(c, m_ann, r.id, r.revision, true, {}, m_clock.nowMs()); }));
        Q_UNUSED(decision);
        QCOMPARE(stateOf(r.id), PayoutState::Approved);

        engine::PayoutRunner::Options o;
        o.settings.intervalSeconds = 3600; // only the start and the poll timer act
        engine::PayoutRunner runner({tronChain(node.url())}, m_db, &m_keys, m_clock, o);
        QSignalSpy started(&runner, &engine::PayoutRunner::started);
        QSignalSpy changed(&runner, &engine::PayoutRunner::payoutChanged);
        runner.start();
        QTRY_COMPARE(started.count(), 1);
        QVERIFY(runner.isRunning(QStringLiteral("tron")));
        const auto statuses = runner.statuses();
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses[0].fromAddress, kHot);
        QVERIFY2(statuses[0].problem.isEmpty(), qPrintable(statuses[0].problem));

        // resume() at start sends what is approved already: one transaction, broadcast.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(r.id), PayoutState::Broadcast, 20000);
        QCOMPARE(node.acceptedTransactions().size(), 1);
        const QByteArray bytes = QByteArray::fromHex(node.acceptedTransactions().first().toLatin1());
        auto decoded = must(chain::tron::TronTransaction::decodeSigned(bytes));
        const chain::tron::TronTransaction &tx = decoded.tx;
        QCOMPARE(tx.owner().toBase58(), kHot);
        QCOMPARE(tx.target().toBase58(), kUsdt);
        QVERIFY(tx.transferCall().has_value());
        QCOMPARE(crypto::TronAddress::fromEvm(tx.transferCall()->to).toBase58(), kTo);
        QCOMPARE(tx.transferCall()->amount.toDecimal(), QStringLiteral("12500000"));
        // The signature recovers to the payout wallet's key, and the stored txID is this transaction's.
        QCOMPARE(decoded.txId, tx.txId());
        const crypto::PublicKey signer = must(crypto::Secp256k1::recover(decoded.txId, decoded.signature));
        QCOMPARE(crypto::TronAddress::fromPublicKey(signer).toBase58(), kHot);
        const PayoutRequest sent = must(Payouts::find(m_db->reader().value(), r.id)).value();
        QCOMPARE(sent.txHash, QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(decoded.txId.data()),
                                                      qsizetype(decoded.txId.size()))
                                                      .toHex()));

        // Mined and solidified: the poll timer completes it.
        node.produce(1);
        node.solidify(node.head());
        m_clock.setNowMs(node.headTimestampMs() + 500);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(r.id), PayoutState::Completed, 20000);
        QCOMPARE(node.acceptedTransactions().size(), 1);
        const QStringList actions = auditActions(r.id);
        for (const char *action : {"payout.request", "payout.sign", "payout.broadcast", "payout.complete"})
            QVERIFY2(actions.contains(QLatin1String(action)), qPrintable(actions.join(QLatin1Char(','))));
        bool reportedCompleted = false;
        for (const auto &args : changed)
            reportedCompleted |= args.at(0).toString() == r.id && args.at(1).value<PayoutState>() == PayoutState::Completed;
        QVERIFY(reportedCompleted);
        runner.stop();
        QVERIFY(!runner.isRunning(QStringLiteral("tron")));
    }
};

KASSA_TEST_MAIN(TestPayoutRunnerTron)
#include "tst_payoutrunner_tron.moc"
