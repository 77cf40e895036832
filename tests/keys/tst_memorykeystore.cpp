// MemoryKeyStore and the KeyStore contract every back end keeps: answers
// arrive later on the caller's thread, never on a destroyed context.
#include "KeyStoreSync.h"
#include "TestSupport.h"
#include "keys/KeyStore.h"

using namespace kassa;
using namespace kassa::keys;

class TestMemoryKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        MemoryKeyStore store;
        KASSA_VERIFY_OK(test::writeSync(store, QStringLiteral("a"), "1"));
        QCOMPARE(test::readSync(store, QStringLiteral("a")).value(), QByteArray("1"));
        KASSA_VERIFY_OK(test::removeSync(store, QStringLiteral("a")));
        auto missing = test::readSync(store, QStringLiteral("a"));
        QCOMPARE(failureOf(missing.error()), KeyStoreFailure::NotFound);
        QCOMPARE(failureOf(makeError(ErrorCode::Io, QStringLiteral("other"), {})), KeyStoreFailure::None);
    }

    void answersAreAsynchronousAndRespectTheContext()
    {
        MemoryKeyStore store;
        bool called = false;
        {
            QObject context;
            store.write(QStringLiteral("a"), crypto::SecureBytes::copyOf("1"), &context, [&](Result<void>) { called = true; });
            QVERIFY(!called); // never inside the call
        } // context gone before the answer
        QCoreApplication::processEvents();
        QVERIFY(!called);
        QObject context;
        store.read(QStringLiteral("a"), &context, [&](Result<crypto::SecureBytes> r) { called = r.ok(); });
        QTRY_VERIFY(called);
    }

    void everyFailureKindHasAMessageAndAHint()
    {
        for (KeyStoreFailure kind : {KeyStoreFailure::Locked, KeyStoreFailure::Unavailable, KeyStoreFailure::AccessDenied,
                                     KeyStoreFailure::NotFound, KeyStoreFailure::WrongPassphrase, KeyStoreFailure::Damaged,
                                     KeyStoreFailure::Io}) {
            const Error error = KeyStore::makeFailure(kind, QStringLiteral("detail"), QStringLiteral("system keychain"));
            QCOMPARE(failureOf(error), kind);
            QVERIFY(!error.userMessage.isEmpty());
            QVERIFY(!error.hint.isEmpty());
        }
    }
};

KASSA_TEST_MAIN(TestMemoryKeyStore)
#include "tst_memorykeystore.moc"
