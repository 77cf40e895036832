// PayoutRunner on a real node (anvil): payouts requested by a clerk and
// approved by an approver end `completed`, signed with the payout wallet's
// recovery phrase through the KeyRing, and the token balances move; without
// a payout wallet the chain's status says so and nothing is sent; a watch-
// only or key-less payout wallet is a clear error too.
#include "AnvilNode.h"
#include "PayoutTestSupport.h"
#include "TestSupport.h"
#include "crypto/Hex.h"
#include "crypto/Mnemonic.h"
#include "engine/PayoutRunner.h"
#include "keys/KeyRing.h"
#include "keys/KeyStore.h"
#include "operators/OperatorStore.h"
#include "payouts/PayoutSigner.h"
#include "payouts/Payouts.h"
#include "store/Database.h"
#include "wallets/WalletStore.h"

#include <QSignalSpy>

using namespace kassa;
using namespace kassa::payouts;
using money::Amount;
using operators::OperatorInfo;
using operators::Role;
using test::must;

namespace {

QString destination(int n)
{
    return crypto::EthAddress::parse(QStringLiteral("0x%1").arg(0x8100 + n, 40, 16, QLatin1Char('0')))
        .value()
        .toChecksumString();
}

const char *kWords = "test test test test test test test test test test test junk"; // anvil's account 0

} // namespace

class TestPayoutRunner : public QObject
{
    Q_OBJECT

private:
    test::AnvilNode m_anvil;
    ManualClock m_clock;
    keys::MemoryKeyStore m_keys;
    QString m_token;

    //! A database with the operators, a generous policy and a booked destination.
    struct Shop {
        test::TempProfile tmp;
        std::shared_ptr<store::Database> db;
        OperatorInfo owner, ann, carl;
    };

    template<typename T>
    static Result<T> write(store::Database &db, const std::function<Result<T>(QSqlDatabase &)> &fn)
    {
        return test::writeResult<T>(db, fn);
    }

    static OperatorInfo addOperator(store::Database &db, const char *id, int roles)
    {
        return test::addOperator(db, id, roles);
    }

    std::unique_ptr<Shop> openShop()
    {
        auto shop = std::make_unique<Shop>();
        auto url = store::DatabaseUrl::sqliteFile(shop->tmp.file(QStringLiteral("kassa.sqlite")));
        shop->db.reset(must(store::Database::open(url, m_clock)).release());
        shop->owner = addOperator(*shop->db, "olga", int(Role::Owner));
        shop->ann = addOperator(*shop->db, "ann", int(Role::Approver));
        shop->carl = addOperator(*shop->db, "carl", int(Role::Clerk));
        PolicySettings p = PolicySettings::defaults();
        p.maxPerRequester24h = p.maxPerAsset24h = Amount::parse(QStringLiteral("1000000"), p.fiatAsset()).value();
        (void)must(write<QString>(*shop->db, [&](QSqlDatabase &c) {
            return Payouts::proposePolicy(c, shop->owner, p, m_clock.nowMs());
        }));
        for (int i = 0; i < 3; ++i) {
            (void)must(write<AddressBookEntry>(*shop->db, [&](QSqlDatabase &c) {
                return Payouts::saveAddress(c, shop->ann, QStringLiteral("local"), destination(i),
                    QStringLiteral("Supplier %1").arg(i), m_clock.nowMs() - 25LL * 3600 * 1000);
            }));
        }
        return shop;
    }

    //! An hd wallet from anvil's words with `role`, its phrase under `keyRef`.
    wallets::WalletRecord addWallet(store::Database &db, wallets::WalletRole role, const QString &keyRef)
    {
        auto words = must(crypto::Mnemonic::parse(QString::fromLatin1(kWords)));
        wallets::WalletRecord w;
        w.label = QStringLiteral("Hot wallet");
        w.family = chain::ChainFamily::Evm;
        w.kind = wallets::WalletKind::Hd;
        w.role = role;
        w.keyRef = keyRef;
        w.xpub = must(keys::KeyRing::accountXpub(words, crypto::bip44::Coin::Ethereum, 0)).toBase58();
        w.nextIndex = 1;
        w.createdAtMs = m_clock.nowMs();
        return must(write<wallets::WalletRecord>(db, [&](QSqlDatabase &c) { return wallets::WalletStore::insertWallet(c, w); }));
    }

    PayoutRequest approved(Shop &shop, const QString &to, const char *amount)
    {
        PayoutDraft d{QStringLiteral("local"), m_token, Amount::parse(QString::fromLatin1(amount), money::Asset::usdt6()).value(),
            to, QStringLiteral("refund"), {}};
        FiatValuation f{Amount::parse(QString::fromLatin1(amount), {QStringLiteral("USD"), 2}).value(), QStringLiteral("1"),
            QStringLiteral("manual"), m_clock.nowMs() - 1000};
        auto r = must(write<PayoutRequest>(*shop.db, [&](QSqlDatabase &c) { return Payouts::request(c, shop.carl, d, f, m_clock.nowMs()); }));
        auto decision = must(write<PolicyDecision>(*shop.db, [&](QSqlDatabase &c) {
            return Payouts::decide(c, shop.ann, r.id, r.revision, true, {}, m_clock.nowMs());
        }));
        Q_UNUSED(decision);
        auto found = must(Payouts::find(shop.db->reader().value(), r.id)).value();
        if (found.state != PayoutState::Approved)
            qFatal("payout not approved");
        return found;
    }

    static PayoutState stateOf(Shop &shop, const PayoutRequest &r)
    {
        return must(Payouts::find(shop.db->reader().value(), r.id))->state;
    }

    money::UInt256 tokenBalance(const QString &who)
    {
        QByteArray data = QByteArray::fromHex("70a08231") + test::AnvilNode::abiAddress(who);
        auto r = must(m_anvil.rpc(QStringLiteral("eth_call"),
            {QJsonObject{{QStringLiteral("to"), m_token}, {QStringLiteral("data"), crypto::Hex::encode0x(data)}},
                QStringLiteral("latest")}));
        return must(money::UInt256::fromBigEndian(must(crypto::Hex::decode(r.toString()))));
    }

    chain::ChainSettings localChain()
    {
        chain::ChainSettings c = *chain::ChainSettingsFile::defaults(QStringLiteral("local"));
        c.enabled = true;
        c.chainId = 31337;
        c.httpEndpoints = {m_anvil.httpUrl()};
        c.tokens = {chain::TokenContract{QStringLiteral("USDT"), m_token, 6}};
        c.finality = chain::FinalityPolicy::Depth;
        c.confirmations = 1;
        c.pollIntervalMs = 100;
        return c;
    }

    engine::PayoutRunner::Options options()
    {
        engine::PayoutRunner::Options o;
        o.settings.intervalSeconds = 3600; // only the explicit kicks send
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        m_clock.setNowMs(QDateTime::currentMSecsSinceEpoch());
        m_token = crypto::EthAddress::parse(must(m_anvil.deployToken(QStringLiteral("TestToken"), 6))).value().toChecksumString();
        KASSA_VERIFY_OK(m_anvil.mint(m_token, QString::fromLatin1(test::AnvilNode::kAccount0), QStringLiteral("1000000000000")));
        // The payout wallet's phrase, the way the wallets code stores it.
        keys::KeyRing ring(&m_keys);
        std::optional<Result<void>> stored;
        ring.storeMnemonic(QStringLiteral("wallet-seed-payout"), must(crypto::Mnemonic::parse(QString::fromLatin1(kWords))),
            this, [&](Result<void> r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        KASSA_VERIFY_OK(*stored);
    }

    void approvedPayoutsAreSentAndComplete()
    {
        auto shop = openShop();
        addWallet(*shop->db, wallets::WalletRole::Receiving, QStringLiteral("wallet-seed-receiving"));
        addWallet(*shop->db, wallets::WalletRole::Payout, QStringLiteral("wallet-seed-payout"));
        QList<PayoutRequest> requests;
        QList<money::UInt256> before;
        for (int i = 0; i < 3; ++i) {
            before << tokenBalance(destination(i));
            requests << approved(*shop, destination(i), i == 0 ? "1.25" : "2");
        }
        const money::UInt256 hotBefore = tokenBalance(QString::fromLatin1(test::AnvilNode::kAccount0));

        engine::PayoutRunner runner({localChain()}, shop->db, &m_keys, m_clock, options());
        QSignalSpy started(&runner, &engine::PayoutRunner::started);
        runner.start();
        QTRY_COMPARE(started.count(), 1);
        QVERIFY(runner.isRunning(QStringLiteral("local")));
        const auto statuses = runner.statuses();
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses[0].fromAddress, QString::fromLatin1(test::AnvilNode::kAccount0));
        QVERIFY(statuses[0].problem.isEmpty());

        // resume() at start sends what is approved already.
        for (const auto &r : requests)
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(*shop, r), PayoutState::Completed, 30000);
        const money::UInt256 sent = money::UInt256(1'250'000 + 2'000'000 + 2'000'000);
        QCOMPARE(tokenBalance(QString::fromLatin1(test::AnvilNode::kAccount0)).toDecimal(),
            hotBefore.checkedSub(sent).value().toDecimal());
        for (int i = 0; i < 3; ++i) {
            const money::UInt256 amount(i == 0 ? 1'250'000 : 2'000'000);
            QCOMPARE(tokenBalance(destination(i)).toDecimal(), before[i].checkedAdd(amount).value().toDecimal());
        }

        // One approved while it runs goes out on the change signal.
        const money::UInt256 was = tokenBalance(destination(1));
        auto later = approved(*shop, destination(1), "3");
        runner.sendApproved();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*shop, later), PayoutState::Completed, 30000);
        QCOMPARE(tokenBalance(destination(1)).toDecimal(), was.checkedAdd(money::UInt256(3'000'000)).value().toDecimal());
        runner.stop();
        QVERIFY(!runner.isRunning(QStringLiteral("local")));
    }

    void noPayoutWalletSendsNothing()
    {
        auto shop = openShop();
        addWallet(*shop->db, wallets::WalletRole::Receiving, QStringLiteral("wallet-seed-receiving"));
        const money::UInt256 before = tokenBalance(destination(2));
        auto r = approved(*shop, destination(2), "4");

        engine::PayoutRunner runner({localChain()}, shop->db, &m_keys, m_clock, options());
        QSignalSpy started(&runner, &engine::PayoutRunner::started);
        runner.start();
        QTRY_COMPARE(started.count(), 1);
        QVERIFY(!runner.isRunning(QStringLiteral("local")));
        const auto statuses = runner.statuses();
        QCOMPARE(statuses.size(), 1);
        QVERIFY(!statuses[0].running);
        QVERIFY2(statuses[0].problem.contains(QStringLiteral("no payout wallet")), qPrintable(statuses[0].problem));
        // The Payouts page's line.
        QCOMPARE(runner.problems().size(), 1);
        QVERIFY(runner.problems()[0].contains(QStringLiteral("are not sent")));
        runner.sendApproved();
        QTest::qWait(500);
        QCOMPARE(stateOf(*shop, r), PayoutState::Approved);
        QCOMPARE(tokenBalance(destination(2)).toDecimal(), before.toDecimal());
    }

    void theSignerNamesWhatIsMissing()
    {
        using payouts::KeyRingPayoutSigner;
        // No wallet of the family.
        auto none = KeyRingPayoutSigner::payoutWallet({}, chain::ChainFamily::Tron);
        QVERIFY(!none.ok());
        QVERIFY(none.error().userMessage.contains(QStringLiteral("no payout wallet")));
        // A watch-only wallet cannot sign (the database refuses one with the
        // payout role; a record from elsewhere is still checked).
        wallets::WalletRecord watch;
        watch.id = 7;
        watch.label = QStringLiteral("Watcher");
        watch.kind = wallets::WalletKind::Xpub;
        watch.role = wallets::WalletRole::Payout;
        auto watchOnly = KeyRingPayoutSigner::payoutWallet({watch}, chain::ChainFamily::Evm);
        QVERIFY(!watchOnly.ok());
        QVERIFY(watchOnly.error().userMessage.contains(QStringLiteral("watch-only")));

        // A key entry that is not in the key store: signing says so.
        auto words = must(crypto::Mnemonic::parse(QString::fromLatin1(kWords)));
        wallets::WalletRecord lost;
        lost.id = 8;
        lost.label = QStringLiteral("Lost");
        lost.role = wallets::WalletRole::Payout;
        lost.keyRef = QStringLiteral("wallet-seed-missing");
        lost.xpub = must(keys::KeyRing::accountXpub(words, crypto::bip44::Coin::Ethereum, 0)).toBase58();
        keys::KeyRing ring(&m_keys);
        KeyRingPayoutSigner signer(&ring, {lost});
        std::optional<Result<crypto::EthAddress>> address;
        signer.evmAddress(QStringLiteral("local"), this, [&](auto a) { address = a; });
        QVERIFY(address.has_value());
        KASSA_VERIFY_OK(*address);
        QCOMPARE((*address)->toChecksumString(), QString::fromLatin1(test::AnvilNode::kAccount0));
        chain::evm::EvmTransaction tx;
        tx.chainId = 31337;
        tx.gasLimit = 21000;
        tx.maxFeePerGas = money::UInt256(2);
        tx.maxPriorityFeePerGas = money::UInt256(1);
        tx.to = crypto::EthAddress::parse(destination(0)).value();
        std::optional<Result<chain::evm::SignedEvmTransaction>> signed_;
        signer.signEvm(QStringLiteral("local"), tx, this, [&](auto s) { signed_ = s; });
        QTRY_VERIFY(signed_.has_value());
        QVERIFY(!signed_->ok());
        QVERIFY2(signed_->error().userMessage.contains(QStringLiteral("not in the key store")),
            qPrintable(signed_->error().userMessage));

        // With the entry present it signs as the wallet's first address.
        lost.keyRef = QStringLiteral("wallet-seed-payout");
        KeyRingPayoutSigner found(&ring, {lost});
        signed_.reset();
        found.signEvm(QStringLiteral("local"), tx, this, [&](auto s) { signed_ = s; });
        QTRY_VERIFY(signed_.has_value());
        KASSA_VERIFY_OK(*signed_);
        QCOMPARE((*signed_)->from.toChecksumString(), QString::fromLatin1(test::AnvilNode::kAccount0));
    }
};

KASSA_TEST_MAIN(TestPayoutRunner)
#include "tst_payoutrunner.moc"
