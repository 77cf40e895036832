// The storefront's secrets in the KeyStore: nothing set reads as empty; a
// created secret is 64 hex digits and is not replaced by a second create;
// rotate replaces it; a secret brought in is checked before it is stored;
// remove; a locked key file is an error, not an empty secret; the encrypted
// file keeps them across a restart; the comparison is exact.
#include "KeyStoreSync.h"
#include "TestSupport.h"
#include "keys/ApiSecrets.h"
#include "keys/EncryptedFileStore.h"

#include <QTemporaryDir>

using namespace kassa;
using namespace kassa::keys;

namespace {

Result<ApiSecrets> load(KeyStore &store)
{
    std::optional<Result<ApiSecrets>> out;
    QObject context;
    loadApiSecrets(store, &context, [&](Result<ApiSecrets> r) { out = r; });
    return test::waitFor(out);
}

Result<QByteArray> create(KeyStore &store, ApiSecret which, bool replace)
{
    std::optional<Result<QByteArray>> out;
    QObject context;
    createApiSecret(store, which, replace, &context, [&](Result<QByteArray> r) { out = r; });
    return test::waitFor(out);
}

Result<void> put(KeyStore &store, ApiSecret which, const QByteArray &secret)
{
    std::optional<Result<void>> out;
    QObject context;
    storeApiSecret(store, which, secret, &context, [&](Result<void> r) { out = r; });
    return test::waitFor(out);
}

Result<void> drop(KeyStore &store, ApiSecret which)
{
    std::optional<Result<void>> out;
    QObject context;
    removeApiSecret(store, which, &context, [&](Result<void> r) { out = r; });
    return test::waitFor(out);
}

Result<void> openFile(EncryptedFileStore &file, const QString &passphrase)
{
    std::optional<Result<void>> out;
    QObject context;
    if (file.exists())
        file.unlock(passphrase, &context, [&](Result<void> r) { out = r; });
    else
        file.create(passphrase, &context, [&](Result<void> r) { out = r; });
    return test::waitFor(out);
}

bool isLowerHex(const QByteArray &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

class TestApiSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStoreLoadsEmpty()
    {
        MemoryKeyStore store;
        auto secrets = load(store);
        QVERIFY2(secrets.ok(), qPrintable(secrets.ok() ? QString() : secrets.error().message));
        QVERIFY(secrets->epusdtToken.isEmpty());
        QVERIFY(secrets->webhookSecret.isEmpty());
    }

    void createRotateRemove()
    {
        MemoryKeyStore store;
        auto token = create(store, ApiSecret::EpusdtToken, false);
        QVERIFY(token.ok());
        QCOMPARE(token->size(), 64);
        QVERIFY(isLowerHex(token.value()));
        auto again = create(store, ApiSecret::EpusdtToken, false);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
        QCOMPARE(load(store)->epusdtToken, token.value());

        auto rotated = create(store, ApiSecret::EpusdtToken, true);
        QVERIFY(rotated.ok());
        QVERIFY(rotated.value() != token.value());
        auto webhook = create(store, ApiSecret::WebhookSecret, false);
        QVERIFY(webhook.ok());
        auto both = load(store);
        QCOMPARE(both->epusdtToken, rotated.value());
        QCOMPARE(both->webhookSecret, webhook.value());
        QCOMPARE(test::readSync(store, QStringLiteral("storefront.epusdt_token")).value(), rotated.value());

        QVERIFY(drop(store, ApiSecret::EpusdtToken).ok());
        QVERIFY(drop(store, ApiSecret::EpusdtToken).ok()); // removing a missing one is fine
        both = load(store);
        QVERIFY(both->epusdtToken.isEmpty());
        QCOMPARE(both->webhookSecret, webhook.value());
        both->wipe();
        QVERIFY(both->webhookSecret.isEmpty());
    }

    void setChecksTheSecret_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("epusdt-style") << QByteArray("epusdt_password_xasddawqe") << true;
        QTest::newRow("16 chars") << QByteArray("0123456789abcdef") << true;
        QTest::newRow("15 chars") << QByteArray("0123456789abcde") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("space") << QByteArray("0123456789 abcdef") << false;
        QTest::newRow("tab") << QByteArray("0123456789\tabcdef") << false;
        QTest::newRow("newline") << QByteArray("0123456789abcdef\n") << false;
        QTest::newRow("nul") << QByteArray("0123456789abcdef\0x", 18) << false;
        QTest::newRow("utf-8") << QByteArray("0123456789abcdef\xc3\xa9") << false;
        QTest::newRow("257 chars") << QByteArray(257, 'a') << false;
        QTest::newRow("256 chars") << QByteArray(256, 'a') << true;
    }

    void setChecksTheSecret()
    {
        QFETCH(QByteArray, secret);
        QFETCH(bool, accepted);
        MemoryKeyStore store;
        auto stored = put(store, ApiSecret::WebhookSecret, secret);
        QCOMPARE(stored.ok(), accepted);
        QCOMPARE(load(store)->webhookSecret, accepted ? secret : QByteArray());
        if (!accepted)
            QVERIFY(!stored.error().userMessage.isEmpty());
    }

    void lockedKeyFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.kassaenc"));
        QByteArray token;
        {
            EncryptedFileStore file(path);
            QVERIFY(openFile(file, QStringLiteral("file passphrase")).ok());
            auto made = create(file, ApiSecret::EpusdtToken, false);
            QVERIFY(made.ok());
            token = made.value();
        }
        EncryptedFileStore again(path);
        auto locked = load(again);
        QVERIFY(!locked.ok());
        QCOMPARE(failureOf(locked.error()), KeyStoreFailure::Locked);
        QVERIFY(!locked.error().message.contains(QString::fromLatin1(token)));
        QVERIFY(openFile(again, QStringLiteral("file passphrase")).ok());
        auto loaded = load(again);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->epusdtToken, token);
        QVERIFY(loaded->webhookSecret.isEmpty());
    }

    void comparison()
    {
        QVERIFY(secretsEqual("abc", "abc"));
        QVERIFY(secretsEqual("", ""));
        QVERIFY(!secretsEqual("abc", "abd"));
        QVERIFY(!secretsEqual("abc", "abcd"));
        QVERIFY(!secretsEqual("abc", ""));
        QVERIFY(!secretsEqual(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
    }
};

KASSA_TEST_MAIN(TestApiSecrets)
#include "tst_apisecrets.moc"
