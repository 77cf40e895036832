// KeychainStore against a real Secret Service: gnome-keyring on a private
// D-Bus session (make test runs every test under tests/support/with-services.sh).
#include "KeyStoreSync.h"
#include "TestSupport.h"
#include "keys/KeychainStore.h"

#include <QDBusConnection>
#include <QDBusArgument>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QUuid>

using namespace kassa;
using namespace kassa::keys;
using test::readSync;
using test::removeSync;
using test::writeSync;

namespace {

bool haveSecretService()
{
    QDBusInterface dbus(QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                        QStringLiteral("org.freedesktop.DBus"), QDBusConnection::sessionBus());
    QDBusReply<QStringList> names = dbus.call(QStringLiteral("ListNames"));
    return names.isValid() && names.value().contains(QStringLiteral("org.freedesktop.secrets"));
}

// The Secret Service "Secret" struct (session, parameters, value, content type).
struct Secret {
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &arg, const Secret &secret)
{
    arg.beginStructure();
    arg << secret.session << secret.parameters << secret.value << secret.contentType;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, Secret &secret)
{
    arg.beginStructure();
    arg >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    arg.endStructure();
    return arg;
}

} // namespace

Q_DECLARE_METATYPE(Secret)

namespace {

bool unlockWithPassword(const QDBusObjectPath &collection, const QByteArray &password)
{
    qDBusRegisterMetaType<Secret>();
    QDBusInterface service(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"), QDBusConnection::sessionBus());
    QDBusMessage session = service.call(QStringLiteral("OpenSession"), QStringLiteral("plain"),
                                        QVariant::fromValue(QDBusVariant(QString())));
    if (session.type() != QDBusMessage::ReplyMessage) {
        qWarning() << "OpenSession:" << session.errorMessage();
        return false;
    }
    const QDBusObjectPath sessionPath = session.arguments().value(1).value<QDBusObjectPath>();
    QDBusInterface internal(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                            QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
                            QDBusConnection::sessionBus());
    const Secret secret {sessionPath, QByteArray(), password, QStringLiteral("text/plain")};
    QDBusMessage unlocked = internal.call(QStringLiteral("UnlockWithMasterPassword"), QVariant::fromValue(collection),
                                          QVariant::fromValue(secret));
    if (unlocked.type() != QDBusMessage::ReplyMessage) {
        qWarning() << "UnlockWithMasterPassword:" << unlocked.errorMessage();
        return false;
    }
    return true;
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private:
    QString m_namespace = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveSecretService()) {
            if (qEnvironmentVariableIsSet("KASSA_SERVICES_SESSION"))
                QFAIL("no Secret Service on the session bus: make test runs tests under tests/support/with-services.sh");
            QSKIP("no Secret Service: run under tests/support/with-services.sh (make test does)");
        }
    }

    void writeReadDeleteRoundTrip()
    {
        KeychainStore store(m_namespace);
        QCOMPARE(store.backendName(), QStringLiteral("system keychain"));
        const QByteArray seed = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
                                                    "00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff");
        KASSA_VERIFY_OK(writeSync(store, QStringLiteral("wallet-1"), seed));
        auto read = readSync(store, QStringLiteral("wallet-1"));
        KASSA_VERIFY_OK(read);
        QCOMPARE(read.value(), seed); // binary, including zero bytes
        KASSA_VERIFY_OK(writeSync(store, QStringLiteral("wallet-1"), QByteArray("replaced")));
        QCOMPARE(readSync(store, QStringLiteral("wallet-1")).value(), QByteArray("replaced"));
        KASSA_VERIFY_OK(removeSync(store, QStringLiteral("wallet-1")));
        auto gone = readSync(store, QStringLiteral("wallet-1"));
        QVERIFY(!gone.ok());
        QCOMPARE(failureOf(gone.error()), KeyStoreFailure::NotFound);
        KASSA_VERIFY_OK(removeSync(store, QStringLiteral("wallet-1"))); // removing twice is fine
    }

    void missingEntryIsExplained()
    {
        KeychainStore store(m_namespace);
        auto missing = readSync(store, QStringLiteral("never-written"));
        QVERIFY(!missing.ok());
        QCOMPARE(failureOf(missing.error()), KeyStoreFailure::NotFound);
        QVERIFY(missing.error().hint.contains(QStringLiteral("recovery words")));
    }

    void profilesDoNotSeeEachOther()
    {
        KeychainStore a(m_namespace + QStringLiteral("-a"));
        KeychainStore b(m_namespace + QStringLiteral("-b"));
        KASSA_VERIFY_OK(writeSync(a, QStringLiteral("wallet"), QByteArray("a-secret")));
        QCOMPARE(failureOf(readSync(b, QStringLiteral("wallet")).error()), KeyStoreFailure::NotFound);
        KASSA_VERIFY_OK(removeSync(a, QStringLiteral("wallet")));
    }

    void aLockedKeychainIsReported()
    {
        KeychainStore store(m_namespace);
        KASSA_VERIFY_OK(writeSync(store, QStringLiteral("locked-test"), QByteArray("x")));
        QDBusInterface service(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                               QStringLiteral("org.freedesktop.Secret.Service"), QDBusConnection::sessionBus());
        QDBusMessage reply = service.call(QStringLiteral("ReadAlias"), QStringLiteral("default"));
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        const QDBusObjectPath collection = reply.arguments().value(0).value<QDBusObjectPath>();
        reply = service.call(QStringLiteral("Lock"), QVariant::fromValue(QList<QDBusObjectPath>{collection}));
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        auto locked = readSync(store, QStringLiteral("locked-test"));
        QVERIFY(!locked.ok());
        const KeyStoreFailure kind = failureOf(locked.error());
        QVERIFY2(kind == KeyStoreFailure::Locked || kind == KeyStoreFailure::AccessDenied, qPrintable(locked.error().message));
        QVERIFY(!locked.error().hint.isEmpty());
        // Unlock again for the rest of the run, the way Seahorse does without a
        // prompt: gnome-keyring's own interface takes the keyring password
        // (with-services.sh exports the throwaway keyring's password).
        QVERIFY(unlockWithPassword(collection, qgetenv("KASSA_TEST_KEYRING_PASSWORD")));
        QTRY_VERIFY_WITH_TIMEOUT(readSync(store, QStringLiteral("locked-test")).ok(), 10000);
        KASSA_VERIFY_OK(removeSync(store, QStringLiteral("locked-test")));
    }
};

KASSA_TEST_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
