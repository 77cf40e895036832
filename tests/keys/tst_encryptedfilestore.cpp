// EncryptedFileStore: round trip through the file, wrong passphrase, locked
// use, a truncated or tampered file — a clear error each, nothing overwritten.
#include "KeyStoreSync.h"
#include "TestSupport.h"
#include "keys/EncryptedFileStore.h"

#include <QFile>

using namespace kassa;
using namespace kassa::keys;
using test::readSync;
using test::removeSync;
using test::writeSync;

namespace {

Result<void> createSync(EncryptedFileStore &store, const QString &passphrase)
{
    std::optional<Result<void>> out;
    QObject context;
    store.create(passphrase, &context, [&](Result<void> r) { out = r; });
    return test::waitFor(out);
}

Result<void> unlockSync(EncryptedFileStore &store, const QString &passphrase)
{
    std::optional<Result<void>> out;
    QObject context;
    store.unlock(passphrase, &context, [&](Result<void> r) { out = r; });
    return test::waitFor(out);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestEncryptedFileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughTheFile()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("keys.kassaenc"));
        {
            EncryptedFileStore store(path);
            QVERIFY(!store.exists());
            KASSA_VERIFY_OK(createSync(store, QStringLiteral("correct horse battery staple")));
            QVERIFY(store.exists());
            QVERIFY(store.isUnlocked());
            KASSA_VERIFY_OK(writeSync(store, QStringLiteral("wallet-1"), QByteArray::fromHex("00112233")));
            KASSA_VERIFY_OK(writeSync(store, QStringLiteral("wallet-2"), QByteArray(64, '\x7f')));
            QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
            // The file holds no plaintext.
            QVERIFY(!fileBytes(path).contains(QByteArray(64, '\x7f')));
            QVERIFY(!fileBytes(path).contains("wallet-2"));
        }
        EncryptedFileStore again(path);
        QVERIFY(!again.isUnlocked());
        auto locked = readSync(again, QStringLiteral("wallet-1"));
        QCOMPARE(failureOf(locked.error()), KeyStoreFailure::Locked);
        KASSA_VERIFY_OK(unlockSync(again, QStringLiteral("correct horse battery staple")));
        QCOMPARE(readSync(again, QStringLiteral("wallet-1")).value(), QByteArray::fromHex("00112233"));
        QCOMPARE(readSync(again, QStringLiteral("wallet-2")).value(), QByteArray(64, '\x7f'));
        KASSA_VERIFY_OK(removeSync(again, QStringLiteral("wallet-1")));
        QCOMPARE(failureOf(readSync(again, QStringLiteral("wallet-1")).error()), KeyStoreFailure::NotFound);
        again.lock();
        QCOMPARE(failureOf(writeSync(again, QStringLiteral("x"), "y").error()), KeyStoreFailure::Locked);
    }

    void wrongPassphraseChangesNothing()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("keys.kassaenc"));
        {
            EncryptedFileStore store(path);
            KASSA_VERIFY_OK(createSync(store, QStringLiteral("right")));
            KASSA_VERIFY_OK(writeSync(store, QStringLiteral("w"), "secret"));
        }
        const QByteArray before = fileBytes(path);
        EncryptedFileStore store(path);
        auto wrong = unlockSync(store, QStringLiteral("wrong"));
        QVERIFY(!wrong.ok());
        QCOMPARE(failureOf(wrong.error()), KeyStoreFailure::WrongPassphrase);
        QVERIFY(!wrong.error().userMessage.isEmpty());
        QVERIFY(!store.isUnlocked());
        QCOMPARE(fileBytes(path), before);
    }

    void damagedFilesAreRefusedAndKept_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << 0;
        QTest::newRow("one bit flipped in the ciphertext") << 1;
        QTest::newRow("header changed") << 2;
        QTest::newRow("not a key file") << 3;
        QTest::newRow("empty") << 4;
    }

    void damagedFilesAreRefusedAndKept()
    {
        QFETCH(int, damage);
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("keys.kassaenc"));
        {
            EncryptedFileStore store(path);
            KASSA_VERIFY_OK(createSync(store, QStringLiteral("pw")));
            KASSA_VERIFY_OK(writeSync(store, QStringLiteral("w"), "secret"));
        }
        QByteArray bytes = fileBytes(path);
        switch (damage) {
        case 0: bytes.chop(10); break;
        case 1: bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 0x01); break;
        case 2: bytes[12] = char(bytes[12] ^ 0x01); break;
        case 3: bytes = "just some text, not a key file at all"; break;
        default: bytes.clear(); break;
        }
        writeBytes(path, bytes);
        EncryptedFileStore store(path);
        auto opened = unlockSync(store, QStringLiteral("pw"));
        QVERIFY(!opened.ok());
        const KeyStoreFailure kind = failureOf(opened.error());
        // GCM cannot tell a flipped ciphertext bit from a wrong passphrase.
        QVERIFY2(kind == KeyStoreFailure::Damaged || kind == KeyStoreFailure::WrongPassphrase, qPrintable(opened.error().message));
        QVERIFY(!opened.error().hint.isEmpty());
        QCOMPARE(fileBytes(path), bytes); // left as it is
        // A new file is not silently created over it either.
        std::optional<Result<void>> created;
        QObject context;
        store.create(QStringLiteral("pw2"), &context, [&](Result<void> r) { created = r; });
        QVERIFY(!test::waitFor(created).ok());
        QCOMPARE(fileBytes(path), bytes);
    }

    void serialisationRoundTripsAndRejectsGarbage()
    {
        std::map<QString, crypto::SecureBytes> entries;
        entries.insert_or_assign(QStringLiteral("ä/ü"), crypto::SecureBytes::copyOf("one"));
        entries.insert_or_assign(QStringLiteral("empty"), crypto::SecureBytes());
        const crypto::SecureBytes bytes = EncryptedFileStore::serialize(entries);
        auto parsed = EncryptedFileStore::parse(bytes);
        KASSA_VERIFY_OK(parsed);
        QCOMPARE(parsed->size(), size_t(2));
        QVERIFY(parsed->at(QStringLiteral("ä/ü")).equals(entries.at(QStringLiteral("ä/ü"))));
        for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
            crypto::SecureBytes shorter = crypto::SecureBytes::copyOf(bytes.view().first(cut));
            QVERIFY2(!EncryptedFileStore::parse(shorter).ok(), qPrintable(QString::number(cut)));
        }
        crypto::SecureBytes longer = bytes.clone();
        longer.append("x");
        QVERIFY(!EncryptedFileStore::parse(longer).ok());
    }
};

KASSA_TEST_MAIN(TestEncryptedFileStore)
#include "tst_encryptedfilestore.moc"
