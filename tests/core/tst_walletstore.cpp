// WalletStore on SQLite and PostgreSQL: the three kinds of wallet, their
// addresses, the next index, and the database refusing what must not be
// (an hd wallet without its key entry, a watch-only payout wallet, an
// address in two wallets).
#include "StoreTarget.h"
#include "WalletTestSupport.h"
#include "wallets/WalletStore.h"

#include <QSqlQuery>

using namespace kassa;
using namespace kassa::wallets;

namespace {

template<typename T>
Result<T> inWrite(store::Database &db, std::function<Result<T>(QSqlDatabase &)> fn)
{
    return db.writeValueAndWait<T>(fn);
}

WalletRecord hdWallet(chain::ChainFamily family, const QString &keyRef)
{
    WalletRecord w;
    w.label = QStringLiteral("Shop");
    w.family = family;
    w.kind = WalletKind::Hd;
    w.role = WalletRole::Payout;
    w.keyRef = keyRef;
    w.xpub = QStringLiteral("xpub6BosfCnifzxcFwrSzQiqu2DBVTshkCXacvNsWGYJVVhhawA7d4R5WSWGFNbi8Aw6ZRc1brxMyWMzG3DSSSSoekkudhUd9yLb6qx39T9nMdj");
    w.createdAtMs = 1000;
    return w;
}

} // namespace

class TestWalletStore : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void roundTrip_data() { test::StoreTarget::addEngineRows(); }
    void roundTrip()
    {
        QFETCH(store::Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto db = test::openWalletDatabase(target->url, m_clock);

        auto evm = inWrite<WalletRecord>(*db, [](QSqlDatabase &c) {
            return WalletStore::insertWallet(c, hdWallet(chain::ChainFamily::Evm, QStringLiteral("wallet-seed-1")));
        });
        KASSA_VERIFY_OK(evm);
        QVERIFY(evm->id > 0);
        // The same phrase backs a Tron wallet too, but not a second EVM one.
        auto tron = inWrite<WalletRecord>(*db, [](QSqlDatabase &c) {
            return WalletStore::insertWallet(c, hdWallet(chain::ChainFamily::Tron, QStringLiteral("wallet-seed-1")));
        });
        QVERIFY(tron.ok());
        auto twice = inWrite<WalletRecord>(*db, [](QSqlDatabase &c) {
            return WalletStore::insertWallet(c, hdWallet(chain::ChainFamily::Evm, QStringLiteral("wallet-seed-1")));
        });
        QVERIFY(!twice.ok());

        WalletRecord list;
        list.label = QStringLiteral("Cold list");
        list.family = chain::ChainFamily::Tron;
        list.kind = WalletKind::Addresses;
        list.role = WalletRole::Cold;
        auto cold = inWrite<WalletRecord>(*db, [&](QSqlDatabase &c) { return WalletStore::insertWallet(c, list); });
        KASSA_VERIFY_OK(cold);

        WalletAddress a;
        a.walletId = evm->id;
        a.family = chain::ChainFamily::Evm;
        a.index = 0;
        a.address = test::kAbandonEth0;
        a.createdAtMs = 5;
        auto added = inWrite<WalletAddress>(*db, [&](QSqlDatabase &c) { return WalletStore::insertAddress(c, a); });
        KASSA_VERIFY_OK(added);
        // The same address in another wallet is refused, with a clear message.
        WalletAddress again = a;
        again.walletId = cold->id;
        again.index.reset();
        auto refused = inWrite<WalletAddress>(*db, [&](QSqlDatabase &c) { return WalletStore::insertAddress(c, again); });
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().userMessage.contains(QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94")));

        WalletAddress listed;
        listed.walletId = cold->id;
        listed.family = chain::ChainFamily::Tron;
        listed.address = test::kAbandonTron0;
        listed.label = QStringLiteral("vault");
        QVERIFY(inWrite<WalletAddress>(*db, [&](QSqlDatabase &c) { return WalletStore::insertAddress(c, listed); }).ok());

        QVERIFY(db->writeAndWait([&](QSqlDatabase &c) { return WalletStore::setNextIndex(c, evm->id, 7); }).ok());
        QVERIFY(db->writeAndWait([&](QSqlDatabase &c) { return WalletStore::setLabel(c, evm->id, QStringLiteral("Till")); }).ok());

        auto reader = db->reader();
        QVERIFY(reader.ok());
        auto all = WalletStore::wallets(reader.value());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).label, QStringLiteral("Till"));
        QCOMPARE(all->at(0).nextIndex, 7u);
        QCOMPARE(all->at(0).keyRef, QStringLiteral("wallet-seed-1"));
        QCOMPARE(all->at(0).role, WalletRole::Payout);
        QCOMPARE(all->at(2).kind, WalletKind::Addresses);
        QVERIFY(all->at(2).xpub.isEmpty());
        QVERIFY(all->at(2).isWatchOnly());
        auto addresses = WalletStore::allAddresses(reader.value());
        QVERIFY(addresses.ok());
        QCOMPARE(addresses->size(), 2);
        QCOMPARE(addresses->at(0).index, std::optional<quint32>(0));
        QCOMPARE(addresses->at(1).index, std::optional<quint32>());
        QCOMPARE(addresses->at(1).label, QStringLiteral("vault"));
        auto found = WalletStore::findAddress(reader.value(), chain::ChainFamily::Tron, test::kAbandonTron0);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(found->value().walletId, cold->id);
        auto one = WalletStore::wallet(reader.value(), 9999);
        QVERIFY(one.ok() && !one->has_value());
    }

    void databaseRefusesBadRows_data() { test::StoreTarget::addEngineRows(); }
    void databaseRefusesBadRows()
    {
        QFETCH(store::Engine, engine);
        auto target = test::StoreTarget::make(engine);
        auto db = test::openWalletDatabase(target->url, m_clock);
        // An hd wallet must name its key entry; a watch-only one must not pay out.
        WalletRecord noKey = hdWallet(chain::ChainFamily::Evm, {});
        QVERIFY(!inWrite<WalletRecord>(*db, [&](QSqlDatabase &c) { return WalletStore::insertWallet(c, noKey); }).ok());
        WalletRecord watchPayout = hdWallet(chain::ChainFamily::Evm, {});
        watchPayout.kind = WalletKind::Xpub;
        QVERIFY(!inWrite<WalletRecord>(*db, [&](QSqlDatabase &c) { return WalletStore::insertWallet(c, watchPayout); }).ok());
        watchPayout.role = WalletRole::Receiving;
        QVERIFY(inWrite<WalletRecord>(*db, [&](QSqlDatabase &c) { return WalletStore::insertWallet(c, watchPayout); }).ok());
        // An xpub wallet needs its xpub; an address list has none.
        WalletRecord list = watchPayout;
        list.kind = WalletKind::Addresses;
        QVERIFY(!inWrite<WalletRecord>(*db, [&](QSqlDatabase &c) { return WalletStore::insertWallet(c, list); }).ok());
        // Addresses point at an existing wallet.
        WalletAddress orphan;
        orphan.walletId = 424242;
        orphan.address = test::kAbandonEth0;
        QVERIFY(!inWrite<WalletAddress>(*db, [&](QSqlDatabase &c) { return WalletStore::insertAddress(c, orphan); }).ok());
    }

    void canonicalAddresses()
    {
        auto evm = Wallets::canonicalAddress(chain::ChainFamily::Evm, u"0x9858EfFD232B4033E47d90003D41EC34EcaEda94");
        QVERIFY(evm.ok());
        QCOMPARE(evm.value(), test::kAbandonEth0);
        QCOMPARE(Wallets::displayAddress(chain::ChainFamily::Evm, evm.value()),
            QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
        QVERIFY(!Wallets::canonicalAddress(chain::ChainFamily::Evm, u"0x9858EfFD232B4033E47d90003D41EC34EcaEdA94").ok());
        QVERIFY(!Wallets::canonicalAddress(chain::ChainFamily::Evm, test::kAbandonTron0).ok());
        auto tron = Wallets::canonicalAddress(chain::ChainFamily::Tron, test::kAbandonTron0);
        QVERIFY(tron.ok());
        QCOMPARE(tron.value(), test::kAbandonTron0);
        QVERIFY(!Wallets::canonicalAddress(chain::ChainFamily::Tron, test::kAbandonEth0).ok());
        QVERIFY(!Wallets::checkLabel(QString()).ok());
        QVERIFY(!Wallets::checkLabel(QString(81, QLatin1Char('x'))).ok());
        QVERIFY(!Wallets::checkLabel(QStringLiteral("a\u0007b")).ok());
        QCOMPARE(Wallets::checkLabel(QStringLiteral("  Till  ")).value(), QStringLiteral("Till"));
    }
};

KASSA_TEST_MAIN(TestWalletStore)
#include "tst_walletstore.moc"
