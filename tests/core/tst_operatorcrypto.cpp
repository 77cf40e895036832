// The operator credentials' primitives: Argon2id hashes (a published
// libargon2 vector, salts, malformed input, the cost check) and TOTP
// against RFC 6238 Appendix B for SHA-1, SHA-256 and SHA-512.
#include "TestSupport.h"
#include "operators/PasswordHash.h"
#include "operators/Totp.h"

#include <QUrlQuery>

using namespace kassa;
using namespace kassa::operators;

class TestOperatorCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argon2KnownVectorVerifies()
    {
        // libargon2's own test.c: password "password", salt "somesalt", m=64 MiB, t=2, p=1.
        const QString known = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
        QVERIFY(PasswordHash::verify(known, QStringLiteral("password")));
        QVERIFY(!PasswordHash::verify(known, QStringLiteral("Password")));
        QVERIFY(PasswordHash::needsRehash(known)); // t=2 is below the default t=3
    }

    void hashesAreSaltedAndVerify()
    {
        const QString pw = QStringLiteral("correct horse battery");
        auto a = PasswordHash::hash(pw, Argon2Params::forTests());
        auto b = PasswordHash::hash(pw, Argon2Params::forTests());
        KASSA_VERIFY_OK(a);
        KASSA_VERIFY_OK(b);
        QVERIFY(a->startsWith(QLatin1String("$argon2id$v=19$m=1024,t=1,p=1$")));
        QVERIFY(*a != *b);
        QVERIFY(PasswordHash::verify(*a, pw));
        QVERIFY(PasswordHash::verify(*b, pw));
        QVERIFY(!PasswordHash::verify(*a, pw + QLatin1Char(' ')));
        QVERIFY(!PasswordHash::verify(*a, QString()));
        QVERIFY(!a->contains(pw));
        QVERIFY(PasswordHash::needsRehash(*a));
        QVERIFY(!PasswordHash::needsRehash(*a, Argon2Params::forTests()));
    }

    void unicodePasswordsHashTheirUtf8()
    {
        const QString pw = QStringLiteral(u"密码很长很长的口令 пароль");
        auto h = PasswordHash::hash(pw, Argon2Params::forTests());
        KASSA_VERIFY_OK(h);
        QVERIFY(PasswordHash::verify(*h, pw));
    }

    void defaultCostIsDocumented()
    {
        const auto d = Argon2Params::defaults();
        QCOMPARE(d.memoryKiB, 65536u);
        QCOMPARE(d.passes, 3u);
        QCOMPARE(d.lanes, 1u);
        QElapsedTimer t;
        t.start();
        auto h = PasswordHash::hash(QStringLiteral("a long enough password"));
        KASSA_VERIFY_OK(h);
        qInfo("Argon2id m=64MiB t=3 p=1: %lld ms", t.elapsed());
        QVERIFY(!PasswordHash::needsRehash(*h));
    }

    void malformedHashesNeverMatch_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::newRow("empty") << QString();
        QTest::newRow("argon2i") << QStringLiteral("$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$wWKIMhR9lyDFvRz9YTZweHKfbftvj+qf+YFY4NeBbtA");
        QTest::newRow("truncated") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFd");
        QTest::newRow("no hash") << QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ");
        QTest::newRow("garbage") << QStringLiteral("$argon2id$v=19$m=x,t=y,p=z$$");
        QTest::newRow("plain") << QStringLiteral("password");
        QTest::newRow("huge memory") << QStringLiteral("$argon2id$v=19$m=4294967295,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");
    }
    void malformedHashesNeverMatch()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHash::verify(encoded, QStringLiteral("password")));
        QVERIFY(PasswordHash::needsRehash(encoded) || encoded.contains(QLatin1String("4294967295")));
    }

    void passwordPolicy()
    {
        QVERIFY(!PasswordHash::checkPolicy(QStringLiteral("short")).ok());
        QVERIFY(!PasswordHash::checkPolicy(QStringLiteral("has a\ttab in it")).ok());
        QVERIFY(!PasswordHash::checkPolicy(QString(2000, QLatin1Char('x'))).ok());
        QVERIFY(PasswordHash::checkPolicy(QStringLiteral("four words make it")).ok());
        QVERIFY(!PasswordHash::checkPolicy(QStringLiteral("short")).error().userMessage.isEmpty());
    }

    void rfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("code");
        const struct {
            qint64 t;
            const char *sha1, *sha256, *sha512;
        } rows[] = {
            {59, "94287082", "46119246", "90693936"},
            {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"},
            {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"},
            {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto &r : rows) {
            QTest::addRow("sha1 %lld", r.t) << r.t << int(Totp::Algorithm::Sha1) << QString::fromLatin1(r.sha1);
            QTest::addRow("sha256 %lld", r.t) << r.t << int(Totp::Algorithm::Sha256) << QString::fromLatin1(r.sha256);
            QTest::addRow("sha512 %lld", r.t) << r.t << int(Totp::Algorithm::Sha512) << QString::fromLatin1(r.sha512);
        }
    }
    void rfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(int, algorithm);
        QFETCH(QString, code);
        const auto alg = Totp::Algorithm(algorithm);
        // RFC 6238 Appendix B's seeds: the ASCII digits repeated to the hash's size.
        const QByteArray seed = alg == Totp::Algorithm::Sha1 ? QByteArray("12345678901234567890")
            : alg == Totp::Algorithm::Sha256 ? QByteArray("12345678901234567890123456789012")
                                            : QByteArray("1234567890123456789012345678901234567890123456789012345678901234");
        const auto secret = crypto::SecureBytes::copyOf(seed);
        auto got = Totp::code(secret, time, 8, alg);
        KASSA_VERIFY_OK(got);
        QCOMPARE(*got, code);
        const auto step = Totp::match(secret, code, time, 1, 8, alg);
        QVERIFY(step.has_value());
        QCOMPARE(*step, time / 30);
    }

    void matchWindowAndStrictness()
    {
        const auto secret = crypto::SecureBytes::copyOf(QByteArray("12345678901234567890"));
        const qint64 t = 1'767'225'600;
        auto now = Totp::code(secret, t);
        auto previous = Totp::code(secret, t - 30);
        auto older = Totp::code(secret, t - 60);
        auto next = Totp::code(secret, t + 30);
        KASSA_VERIFY_OK(now);
        QCOMPARE(now->size(), 6);
        QCOMPARE(Totp::match(secret, *now, t), std::optional<qint64>(t / 30));
        QCOMPARE(Totp::match(secret, *previous, t), std::optional<qint64>(t / 30 - 1));
        QCOMPARE(Totp::match(secret, *next, t), std::optional<qint64>(t / 30 + 1));
        if (*older != *now && *older != *previous && *older != *next)
            QVERIFY(!Totp::match(secret, *older, t));
        QVERIFY(!Totp::match(secret, QString(), t));
        QVERIFY(!Totp::match(secret, *now + QLatin1Char('0'), t));
        QVERIFY(!Totp::match(secret, QLatin1Char(' ') + now->mid(1), t));
        QString fullWidth;
        for (QChar c : *now)
            fullWidth += QChar(0xFF10 + c.digitValue());
        QVERIFY(!Totp::match(secret, fullWidth, t));
    }

    void base32AndProvisioningUri()
    {
        const auto secret = crypto::SecureBytes::copyOf(QByteArray("12345678901234567890"));
        QCOMPARE(Totp::base32(secret), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        auto back = Totp::fromBase32(QStringLiteral("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        KASSA_VERIFY_OK(back);
        QCOMPARE(back->view(), secret.view());
        QVERIFY(!Totp::fromBase32(QStringLiteral("not base32!")).ok());
        const QUrl uri(Totp::provisioningUri(secret, QStringLiteral("Kassa"), QStringLiteral("alice")));
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QCOMPARE(uri.path(), QStringLiteral("/Kassa:alice"));
        const QUrlQuery q(uri);
        QCOMPARE(q.queryItemValue(QStringLiteral("secret")), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(q.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        auto generated = Totp::generateSecret();
        KASSA_VERIFY_OK(generated);
        QCOMPARE(generated->size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestOperatorCrypto)
#include "tst_operatorcrypto.moc"
