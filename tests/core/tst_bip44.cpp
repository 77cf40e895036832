// BIP-44 paths and watch-only receive addresses: every derivation vector of
// reference/chains.md §5 (private keys, Ethereum and Tron addresses, the
// account xpubs), and the watch-only route agreeing with the private one.
#include "TestSupport.h"
#include "crypto/Bip44.h"
#include "crypto/Hex.h"
#include "crypto/Mnemonic.h"

using namespace kassa;
using crypto::DerivationPath;
using crypto::ExtendedPrivateKey;
using crypto::ExtendedPublicKey;
using crypto::Hex;
using crypto::Mnemonic;
using crypto::ReceiveAddresses;
using crypto::bip44::Coin;

Q_DECLARE_METATYPE(crypto::bip44::Coin)

namespace {

const QString kAbandon =
    QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
const QString kTestJunk = QStringLiteral("test test test test test test test test test test test junk");

ExtendedPrivateKey master(const QString &phrase)
{
    return ExtendedPrivateKey::fromSeed(Mnemonic::parse(phrase)->seed().value()).value();
}

} // namespace

class TestBip44 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths()
    {
        QCOMPARE(crypto::bip44::accountPath(Coin::Ethereum, 0).toString(), QStringLiteral("m/44'/60'/0'"));
        QCOMPARE(crypto::bip44::accountPath(Coin::Tron, 3).toString(), QStringLiteral("m/44'/195'/3'"));
        QCOMPARE(crypto::bip44::receivePath(Coin::Ethereum, 0, 5).toString(), QStringLiteral("m/44'/60'/0'/0/5"));
        QCOMPARE(crypto::bip44::receivePath(Coin::Tron, 1, 2147483647).toString(),
            QStringLiteral("m/44'/195'/1'/0/2147483647"));
        QCOMPARE(crypto::bip44::coinName(Coin::Tron), QStringLiteral("tron"));
    }

    // reference/chains.md §5, "Derivation vectors".
    void chainsReference_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<Coin>("coin");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("privateKey");
        QTest::addColumn<QString>("address");
        QTest::newRow("abandon eth 0") << kAbandon << Coin::Ethereum << 0
                                       << "1ab42cc412b618bdea3a599e3c9bae199ebf030895b039e9db1e30dafb12b727"
                                       << "0x9858EfFD232B4033E47d90003D41EC34EcaEda94";
        QTest::newRow("abandon eth 1") << kAbandon << Coin::Ethereum << 1
                                       << "9a983cb3d832fbde5ab49d692b7a8bf5b5d232479c99333d0fc8e1d21f1b55b6"
                                       << "0x6Fac4D18c912343BF86fa7049364Dd4E424Ab9C0";
        QTest::newRow("abandon tron 0") << kAbandon << Coin::Tron << 0
                                        << "b5a4cea271ff424d7c31dc12a3e43e401df7a40d7412a15750f3f0b6b5449a28"
                                        << "TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH";
        QTest::newRow("abandon tron 1") << kAbandon << Coin::Tron << 1
                                        << "edb728e259afca2ddcc428459e7681b8414668649aedbc8d25c0872da219b2e6"
                                        << "TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK";
        QTest::newRow("abandon tron 2") << kAbandon << Coin::Tron << 2
                                        << "0e5684898be2d272d54eb2be3fd41a12f720db6358cee02c2d23043eed4bf7a2"
                                        << "TYJPRrdB5APNeRs4R7fYZSwW3TcrTKw2gx";
        QTest::newRow("anvil eth 0") << kTestJunk << Coin::Ethereum << 0
                                     << "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
                                     << "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
        QTest::newRow("anvil eth 1") << kTestJunk << Coin::Ethereum << 1
                                     << "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
                                     << "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
        QTest::newRow("anvil tron 0") << kTestJunk << Coin::Tron << 0
                                      << "15f0bbb1774be40b7a8d7965d637f324bda2f711fc5726a3dcc19585c6950954"
                                      << "TWer2Ygk5TEheHp3TPuYeqxmB6SsGZmaL6";
    }
    void chainsReference()
    {
        QFETCH(QString, phrase);
        QFETCH(Coin, coin);
        QFETCH(int, index);
        QFETCH(QString, privateKey);
        QFETCH(QString, address);
        const ExtendedPrivateKey m = master(phrase);
        // The full private route.
        const auto node = m.derivePath(crypto::bip44::receivePath(coin, 0, std::uint32_t(index)));
        KASSA_VERIFY_OK(node);
        QCOMPARE(Hex::encode(node->secretKey().bytes().view()), privateKey);
        const QString fromPrivate = coin == Coin::Tron
            ? crypto::TronAddress::fromPublicKey(node->publicKey()).toBase58()
            : crypto::EthAddress::fromPublicKey(node->publicKey()).toChecksumString();
        QCOMPARE(fromPrivate, address);
        // The watch-only route: the account xpub alone.
        const auto account = m.derivePath(crypto::bip44::accountPath(coin, 0));
        const auto receive = ReceiveAddresses::fromXpub(account->toPublic());
        KASSA_VERIFY_OK(receive);
        const QString fromXpub = coin == Coin::Tron ? receive->tronAddress(std::uint32_t(index))->toBase58()
                                                    : receive->ethAddress(std::uint32_t(index))->toChecksumString();
        QCOMPARE(fromXpub, address);
        QVERIFY(*receive->publicKey(std::uint32_t(index)) == node->publicKey());
    }

    // reference/chains.md §5: the watch-only xpubs of "abandon … about".
    void chainsReferenceXpubs()
    {
        const ExtendedPrivateKey m = master(kAbandon);
        const auto ethChain = m.derivePath(DerivationPath::parse(u"m/44'/60'/0'/0").value());
        QCOMPARE(ethChain->toPublic().toBase58(),
            QStringLiteral("xpub6EF8jXqFeFEW5bwMU7RpQtHkzE4KJxcqJtvkCjJumzW8CPpacXkb92ek4WzLQXjL93HycJwTPUAcuNxCqFPKKU5"
                           "m5Z2Vq4nCyh5CyPeBFFr"));
        const auto tronAccount = m.derivePath(crypto::bip44::accountPath(Coin::Tron, 0));
        QCOMPARE(tronAccount->toPublic().toBase58(),
            QStringLiteral("xpub6D1AabNHCupeiLM65ZR9UStMhJ1vCpyV4XbZdyhMZBiJXALQtmn9p42VTQckoHVn8WNqS7dqnJokZHAHcHGoaQg"
                           "mv8D45oNUKx6DZMNZBCd"));
        // Addresses from the published chain xpub (depth 4) and account xpub (depth 3) agree.
        const auto fromChain =
            ReceiveAddresses::fromXpub(ExtendedPublicKey::parse(ethChain->toPublic().toBase58()).value());
        KASSA_VERIFY_OK(fromChain);
        QCOMPARE(
            fromChain->ethAddress(0)->toChecksumString(), QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
        const auto fromAccount = ReceiveAddresses::fromXpub(tronAccount->toPublic());
        QCOMPARE(fromAccount->tronAddress(2)->toBase58(), QStringLiteral("TYJPRrdB5APNeRs4R7fYZSwW3TcrTKw2gx"));
        QVERIFY(fromAccount->chain() == tronAccount->toPublic().derive(0).value());
    }

    void watchOnlyNeedsAnAccountKey()
    {
        const ExtendedPrivateKey m = master(kAbandon);
        // The master xpub, a purpose-level key, an address-level key and the
        // change chain (…/1) are not account keys.
        for (const char *path : {"m", "m/44'", "m/44'/60'", "m/44'/60'/0'/0/0", "m/44'/60'/0'/1"}) {
            const auto node = m.derivePath(DerivationPath::parse(QString::fromLatin1(path)).value());
            const auto receive = ReceiveAddresses::fromXpub(node->toPublic());
            QVERIFY2(!receive.ok(), path);
            QVERIFY(receive.error().userMessage.contains(QStringLiteral("depth")));
        }
        const auto receive =
            ReceiveAddresses::fromXpub(m.derivePath(crypto::bip44::accountPath(Coin::Ethereum, 0))->toPublic());
        QVERIFY(!receive->ethAddress(ReceiveAddresses::MaxIndex + 1).ok());
        KASSA_VERIFY_OK(receive->ethAddress(ReceiveAddresses::MaxIndex));
    }

    // Watch-only addresses match full private derivation for many indexes and accounts.
    void watchOnlyMatchesPrivateDerivation()
    {
        const ExtendedPrivateKey m = master(kTestJunk);
        for (std::uint32_t account : {0u, 1u, 7u}) {
            for (Coin coin : {Coin::Ethereum, Coin::Tron}) {
                const auto accountKey = m.derivePath(crypto::bip44::accountPath(coin, account));
                const auto receive =
                    ReceiveAddresses::fromXpub(ExtendedPublicKey::parse(accountKey->toPublic().toBase58()).value());
                KASSA_VERIFY_OK(receive);
                for (std::uint32_t index : {0u, 1u, 2u, 19u, 1000u, 2147483647u}) {
                    const auto priv = accountKey->derive(0)->derive(index);
                    KASSA_VERIFY_OK(priv);
                    QCOMPARE(receive->ethAddress(index).value(), crypto::EthAddress::fromPublicKey(priv->publicKey()));
                    QCOMPARE(
                        receive->tronAddress(index).value(), crypto::TronAddress::fromPublicKey(priv->publicKey()));
                }
            }
        }
    }
};

KASSA_TEST_MAIN(TestBip44)
#include "tst_bip44.moc"
