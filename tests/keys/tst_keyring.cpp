// KeyRing over each KeyStore: a phrase is stored once (as its entropy) and
// read back; signing keys are derived on demand and match the published
// addresses of "abandon … about"; each failure is a clear error of its own
// kind (entry missing, damaged entry, locked key file). The keychain rows
// run against the real gnome-keyring of with-services.sh.
#include "KeyStoreSync.h"
#include "TestSupport.h"
#include "WalletTestSupport.h"
#include "crypto/EthAddress.h"
#include "crypto/Secp256k1.h"
#include "crypto/TronAddress.h"
#include "keys/EncryptedFileStore.h"
#include "keys/KeyRing.h"
#include "keys/KeychainStore.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QUuid>

using namespace kassa;
using namespace kassa::keys;

namespace {

bool haveSecretService()
{
    QDBusInterface dbus(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QDBusConnection::sessionBus());
    QDBusReply<QStringList> names = dbus.call(QStringLiteral("ListNames"));
    return names.isValid() && names.value().contains(QStringLiteral("org.freedesktop.secrets"));
}

crypto::Mnemonic abandon()
{
    return crypto::Mnemonic::parse(test::kAbandonPhrase).value();
}

Result<std::shared_ptr<crypto::Mnemonic>> readPhrase(KeyRing &ring, const QString &ref)
{
    std::optional<Result<std::shared_ptr<crypto::Mnemonic>>> out;
    QObject context;
    ring.readMnemonic(ref, &context, [&](Result<std::shared_ptr<crypto::Mnemonic>> r) { out = r; });
    return test::waitFor(out);
}

Result<std::shared_ptr<crypto::SecretKey>> key(KeyRing &ring, const QString &ref, crypto::bip44::Coin coin, quint32 index)
{
    std::optional<Result<std::shared_ptr<crypto::SecretKey>>> out;
    QObject context;
    ring.signingKey(ref, coin, 0, index, &context, [&](Result<std::shared_ptr<crypto::SecretKey>> r) { out = r; });
    return test::waitFor(out);
}

Result<void> storePhrase(KeyRing &ring, const QString &ref, const crypto::Mnemonic &m)
{
    std::optional<Result<void>> out;
    QObject context;
    ring.storeMnemonic(ref, m, &context, [&](Result<void> r) { out = r; });
    return test::waitFor(out);
}

} // namespace

class TestKeyRing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KeyStore> makeStore(const QString &backend)
    {
        if (backend == QLatin1String("keychain")) {
            if (!haveSecretService()) {
                if (qEnvironmentVariableIsSet("KASSA_SERVICES_SESSION"))
                    qFatal("no Secret Service on the session bus");
                return nullptr;
            }
            return std::make_unique<KeychainStore>(QStringLiteral("tst-keyring-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
        if (backend == QLatin1String("file")) {
            auto store = std::make_unique<EncryptedFileStore>(m_profile.file(QStringLiteral("keys-%1.kassaenc").arg(++m_files)));
            std::optional<Result<void>> created;
            QObject context;
            store->create(QStringLiteral("correct horse battery"), &context, [&](Result<void> r) { created = r; });
            if (!test::waitFor(created).ok())
                qFatal("cannot create the key file");
            return store;
        }
        return std::make_unique<MemoryKeyStore>();
    }

    test::TempProfile m_profile;
    int m_files = 0;

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("memory") << QStringLiteral("memory");
        QTest::newRow("file") << QStringLiteral("file");
        QTest::newRow("keychain") << QStringLiteral("keychain");
    }
    void roundTrip()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        if (!store)
            QSKIP("no Secret Service: run under tests/support/with-services.sh (make test does)");
        KeyRing ring(store.get());
        const QString ref = KeyRing::newKeyRef();
        QVERIFY(ref.startsWith(QLatin1String("wallet-seed-")));
        QVERIFY(storePhrase(ring, ref, abandon()).ok());

        // Stored once, as version ‖ entropy: 17 bytes for 12 words, not the words.
        auto raw = test::readSync(*store, ref);
        QVERIFY(raw.ok());
        QCOMPARE(raw->size(), 17);
        QCOMPARE(raw->at(0), char(1));
        QVERIFY(!raw->contains("abandon"));

        auto phrase = readPhrase(ring, ref);
        KASSA_VERIFY_OK(phrase);
        QCOMPARE(phrase.value()->phrase().view(), test::kAbandonPhrase.toLatin1());

        auto eth = key(ring, ref, crypto::bip44::Coin::Ethereum, 0);
        KASSA_VERIFY_OK(eth);
        auto pub = crypto::Secp256k1::derivePublicKey(*eth.value());
        QVERIFY(pub.ok());
        QCOMPARE(crypto::EthAddress::fromPublicKey(pub.value()).toLowerHex(), test::kAbandonEth0);
        auto tron = key(ring, ref, crypto::bip44::Coin::Tron, 0);
        QVERIFY(tron.ok());
        QCOMPARE(crypto::TronAddress::fromPublicKey(crypto::Secp256k1::derivePublicKey(*tron.value()).value()).toBase58(),
            test::kAbandonTron0);

        // The account xpub derives the same address, watch-only.
        auto xpub = KeyRing::accountXpub(abandon(), crypto::bip44::Coin::Ethereum, 0);
        QVERIFY(xpub.ok());
        auto receive = crypto::ReceiveAddresses::fromXpub(xpub.value());
        QCOMPARE(receive->ethAddress(0)->toLowerHex(), test::kAbandonEth0);

        std::optional<Result<void>> removed;
        QObject context;
        ring.remove(ref, &context, [&](Result<void> r) { removed = r; });
        QVERIFY(test::waitFor(removed).ok());
        // Entry missing: a wallet restored on another machine without its backup.
        auto missing = readPhrase(ring, ref);
        QVERIFY(!missing.ok());
        QCOMPARE(failureOf(missing.error()), KeyStoreFailure::NotFound);
        QVERIFY(!missing.error().userMessage.isEmpty());
        QVERIFY(!missing.error().hint.isEmpty());
        auto noKey = key(ring, ref, crypto::bip44::Coin::Ethereum, 0);
        QCOMPARE(failureOf(noKey.error()), KeyStoreFailure::NotFound);

        // An entry someone else wrote under the name is damaged, not a phrase.
        QVERIFY(test::writeSync(*store, ref, QByteArrayLiteral("\x07garbage")).ok());
        auto damaged = readPhrase(ring, ref);
        QCOMPARE(failureOf(damaged.error()), KeyStoreFailure::Damaged);
        QVERIFY(test::writeSync(*store, ref, QByteArray("\x01", 1) + QByteArray(15, 'x')).ok());
        QCOMPARE(failureOf(readPhrase(ring, ref).error()), KeyStoreFailure::Damaged);
        QVERIFY(test::removeSync(*store, ref).ok());
    }

    void lockedFile()
    {
        auto store = makeStore(QStringLiteral("file"));
        auto *file = static_cast<EncryptedFileStore *>(store.get());
        KeyRing ring(store.get());
        const QString ref = KeyRing::newKeyRef();
        QVERIFY(storePhrase(ring, ref, abandon()).ok());
        file->lock();
        auto locked = key(ring, ref, crypto::bip44::Coin::Ethereum, 0);
        QCOMPARE(failureOf(locked.error()), KeyStoreFailure::Locked);
        std::optional<Result<void>> unlocked;
        QObject context;
        file->unlock(QStringLiteral("wrong horse"), &context, [&](Result<void> r) { unlocked = r; });
        QCOMPARE(failureOf(test::waitFor(unlocked).error()), KeyStoreFailure::WrongPassphrase);
        unlocked.reset();
        file->unlock(QStringLiteral("correct horse battery"), &context, [&](Result<void> r) { unlocked = r; });
        QVERIFY(test::waitFor(unlocked).ok());
        QVERIFY(key(ring, ref, crypto::bip44::Coin::Ethereum, 0).ok());
    }
};

KASSA_TEST_MAIN(TestKeyRing)
#include "tst_keyring.moc"
