#include "TestSupport.h"
#include "crypto/EncryptedBlob.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtEndian>

#include <vector>

using namespace kassa;
using namespace kassa::crypto;

namespace kassa::crypto::detail {

// The friend declared in EncryptedBlob.h: seals with tiny scrypt parameters
// so tests that open hundreds of blobs stay fast.
struct EncryptedBlobTestAccess {
    static QByteArray seal(QByteArrayView plaintext, QStringView passphrase, ScryptParams params)
    {
        Result<QByteArray> blob = EncryptedBlob::sealWithParams(plaintext, passphrase, params);
        if (!blob)
            qFatal("sealWithParams failed: %s", qPrintable(blob.error().message));
        return std::move(blob).value();
    }
};

} // namespace kassa::crypto::detail

namespace {

using Access = detail::EncryptedBlobTestAccess;

const ScryptParams kTiny {4, 1, 1}; // N = 16: microseconds
// Tighter than production and still admitting kTiny and a few neighbours.
const KdfLimits kTestLimits {10, 4, 2, 1 << 20, 1 << 12};

QString message(const Result<SecureBytes> &r)
{
    return r.ok() ? QStringLiteral("(opened)") : r.error().message;
}

QByteArray plaintextOf(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + 3) & 0xff);
    return data;
}

} // namespace

class TestEncryptedBlob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripWithProductionParameters()
    {
        const QByteArray secret("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                                "abandon about");
        QElapsedTimer timer;
        timer.start();
        const Result<QByteArray> blob = EncryptedBlob::seal(secret, QStringLiteral("correct horse battery staple"));
        KASSA_VERIFY_OK(blob);
        qInfo() << "seal with N=2^17 r=8 p=1 took" << timer.restart() << "ms";
        QCOMPARE(blob->size(), EncryptedBlob::HeaderSize + secret.size() + EncryptedBlob::TagSize);
        QVERIFY(blob->startsWith("KASSAENC"));
        QVERIFY(EncryptedBlob::hasMagic(*blob));
        QCOMPARE(quint8(blob->at(8)), quint8(1)); // version
        QCOMPARE(quint8(blob->at(9)), quint8(1)); // scrypt
        QCOMPARE(quint8(blob->at(10)), quint8(17)); // log2 N
        QCOMPARE(qFromBigEndian<quint32>(blob->constData() + 11), quint32(8)); // r
        QCOMPARE(qFromBigEndian<quint32>(blob->constData() + 15), quint32(1)); // p
        QCOMPARE(qFromBigEndian<quint64>(blob->constData() + 47), quint64(secret.size()));
        QVERIFY(!blob->contains("abandon"));

        const Result<SecureBytes> opened = EncryptedBlob::open(*blob, QStringLiteral("correct horse battery staple"));
        KASSA_VERIFY_OK(opened);
        qInfo() << "open took" << timer.elapsed() << "ms";
        QCOMPARE(opened->view(), QByteArrayView(secret));

        const SecureBytes securePlain = SecureBytes::copyOf(secret);
        const Result<QByteArray> blob2 = EncryptedBlob::seal(securePlain, QStringLiteral("x"));
        KASSA_VERIFY_OK(blob2);
        QCOMPARE(blob2->size(), blob->size());
    }

    void roundTripSizes_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(15), qsizetype(16), qsizetype(17), qsizetype(1000),
                 qsizetype(100000), (qsizetype(1) << 20) + 3, 5 * (qsizetype(1) << 20) / 2})
            QTest::addRow("%lld bytes", qlonglong(size)) << size;
    }

    void roundTripSizes()
    {
        QFETCH(qsizetype, size);
        const QByteArray plain = plaintextOf(size);
        const QByteArray blob = Access::seal(plain, u"pass", kTiny);
        QCOMPARE(blob.size(), EncryptedBlob::HeaderSize + size + EncryptedBlob::TagSize);
        const Result<SecureBytes> opened = EncryptedBlob::open(blob, u"pass", kTestLimits);
        KASSA_VERIFY_OK(opened);
        QCOMPARE(opened->view(), QByteArrayView(plain));
    }

    void freshSaltAndNonceEachTime()
    {
        const QByteArray a = Access::seal("same", u"pass", kTiny);
        const QByteArray b = Access::seal("same", u"pass", kTiny);
        QVERIFY(a.mid(19, 16) != b.mid(19, 16)); // salt
        QVERIFY(a.mid(35, 12) != b.mid(35, 12)); // nonce
        QVERIFY(a.mid(55) != b.mid(55)); // ciphertext and tag
    }

    void wrongPassphrase_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("different") << QStringLiteral("Pass word");
        QTest::newRow("case") << QStringLiteral("pass word");
        QTest::newRow("trailing space") << QStringLiteral("Pass Word ");
        QTest::newRow("empty") << QString();
        QTest::newRow("prefix") << QStringLiteral("Pass");
    }

    void wrongPassphrase()
    {
        QFETCH(QString, passphrase);
        const QByteArray blob = Access::seal("secret", u"Pass Word", kTiny);
        const Result<SecureBytes> r = EncryptedBlob::open(blob, passphrase, kTestLimits);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(
            r.error().message.contains(QStringLiteral("wrong passphrase or modified file")), qPrintable(message(r)));
        QVERIFY(r.error().userMessage.contains(QStringLiteral("Wrong passphrase")));
    }

    void emptyPassphraseIsRefusedWhenSealing()
    {
        const Result<QByteArray> r = EncryptedBlob::seal(QByteArray("x"), QString());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("empty passphrase")));
    }

    // Every prefix of a blob is refused as truncated, never opened.
    void everyTruncationIsRejected()
    {
        const QByteArray blob = Access::seal("hello", u"pass", kTiny);
        for (qsizetype len = 0; len < blob.size(); ++len) {
            const Result<SecureBytes> r = EncryptedBlob::open(blob.left(len), u"pass", kTestLimits);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("prefix of %1 bytes opened").arg(len)));
            QVERIFY2(r.error().message.contains(QStringLiteral("truncated")),
                qPrintable(QStringLiteral("%1 bytes: %2").arg(len).arg(message(r))));
        }
        KASSA_VERIFY_OK(EncryptedBlob::open(blob, u"pass", kTestLimits));
    }

    // One flipped bit anywhere is caught, with the error for its region.
    void everyBitFlipIsRejected()
    {
        const QByteArray blob = Access::seal("hello", u"pass", kTiny);
        for (qsizetype i = 0; i < blob.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray tampered = blob;
                tampered[i] = char(tampered[i] ^ (1 << bit));
                const Result<SecureBytes> r = EncryptedBlob::open(tampered, u"pass", kTestLimits);
                const QString where = QStringLiteral("byte %1 bit %2: %3").arg(i).arg(bit).arg(message(r));
                QVERIFY2(!r.ok(), qPrintable(where));
                const QString m = r.error().message;
                bool expected = false;
                if (i < 8)
                    expected = m.contains(QStringLiteral("bad magic"));
                else if (i == 8)
                    expected = m.contains(QStringLiteral("unsupported format version"));
                else if (i == 9)
                    expected = m.contains(QStringLiteral("unsupported key derivation"));
                else if (i < 19) // KDF parameters: out of bounds, or valid but another key
                    expected =
                        m.contains(QStringLiteral("out of bounds")) || m.contains(QStringLiteral("wrong passphrase"));
                else if (i < 47) // salt, nonce
                    expected = m.contains(QStringLiteral("wrong passphrase"));
                else if (i < 55) // length
                    expected = m.contains(QStringLiteral("truncated")) || m.contains(QStringLiteral("after the end"));
                else // ciphertext, tag
                    expected = m.contains(QStringLiteral("wrong passphrase"));
                QVERIFY2(expected, qPrintable(where));
            }
        }
    }

    void headerTampering_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        auto row = [](const char *name, int offset, const QByteArray &bytes, const char *error) {
            QTest::newRow(name) << offset << bytes << QString::fromLatin1(error);
        };
        row("magic lowercase", 0, "kassaenc", "bad magic");
        row("version 0", 8, QByteArray(1, '\x00'), "unsupported format version 0");
        row("version 2", 8, QByteArray(1, '\x02'), "unsupported format version 2");
        row("kdf 0", 9, QByteArray(1, '\x00'), "unsupported key derivation 0");
        row("kdf 2 (argon2?)", 9, QByteArray(1, '\x02'), "unsupported key derivation 2");
        row("log2N 0", 10, QByteArray(1, '\x00'), "out of bounds");
        row("log2N 63", 10, QByteArray(1, '\x3f'), "out of bounds");
        row("log2N 255", 10, QByteArray(1, '\xff'), "out of bounds");
        row("r 0", 11, QByteArray::fromHex("00000000"), "out of bounds");
        row("r huge", 11, QByteArray::fromHex("ffffffff"), "out of bounds");
        row("p 0", 15, QByteArray::fromHex("00000000"), "out of bounds");
        row("p huge", 15, QByteArray::fromHex("7fffffff"), "out of bounds");
        row("other valid N", 10, QByteArray(1, '\x05'), "wrong passphrase");
        row("other valid r", 11, QByteArray::fromHex("00000002"), "wrong passphrase");
        row("other valid p", 15, QByteArray::fromHex("00000002"), "wrong passphrase");
        row("length shorter", 47, QByteArray::fromHex("0000000000000004"), "after the end");
        row("length longer", 47, QByteArray::fromHex("0000000000000006"), "truncated");
        row("length 2^64-1", 47, QByteArray::fromHex("ffffffffffffffff"), "truncated");
    }

    void headerTampering()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QByteArray blob = Access::seal("hello", u"pass", kTiny);
        blob.replace(offset, bytes.size(), bytes);
        QElapsedTimer timer;
        timer.start();
        const Result<SecureBytes> r = EncryptedBlob::open(blob, u"pass", kTestLimits);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(error), qPrintable(message(r)));
        QVERIFY(!r.error().userMessage.isEmpty());
        QVERIFY(!r.error().hint.isEmpty());
        QVERIFY(timer.elapsed() < 1000);
    }

    void otherFilesAreNotKassaFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("PNG") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        QTest::newRow("JSON") << QByteArray("{\"mnemonic\": \"abandon\"}");
        QTest::newRow("one other byte") << QByteArray("X");
        QTest::newRow("almost magic") << QByteArray("KASSAEN!").append(QByteArray(100, '\0'));
    }

    void otherFilesAreNotKassaFiles()
    {
        QFETCH(QByteArray, data);
        const Result<SecureBytes> r = EncryptedBlob::open(data, u"pass");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("bad magic")));
        QVERIFY(!EncryptedBlob::hasMagic(data));
    }

    void extraDataAfterTheEnd()
    {
        const QByteArray blob = Access::seal("hello", u"pass", kTiny);
        const Result<SecureBytes> r = EncryptedBlob::open(QByteArray(blob + QByteArray(1, '\0')), u"pass", kTestLimits);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("after the end")));
    }

    // The DoS guard: a file asking for more than the production limits is
    // refused at once, even when the caller passes looser limits.
    void limitsOnlyTighten()
    {
        QByteArray blob = Access::seal("hello", u"pass", kTiny);
        // Tighter limits than the file needs: refused.
        KdfLimits tight = kTestLimits;
        tight.maxLog2N = 3;
        QVERIFY(EncryptedBlob::open(blob, u"pass", tight).error().message.contains(QStringLiteral("out of bounds")));
        // The production limits admit it.
        KASSA_VERIFY_OK(EncryptedBlob::open(blob, u"pass"));

        // Looser limits than production are clamped: each header below asks
        // for more than production allows and is refused without running scrypt.
        const KdfLimits loose {60, 1u << 30, 1u << 30, ~quint64(0), ~quint64(0)};
        auto withParams = [&blob](int log2N, quint32 r, quint32 p) {
            QByteArray b = blob;
            b[10] = char(log2N);
            qToBigEndian<quint32>(r, b.data() + 11);
            qToBigEndian<quint32>(p, b.data() + 15);
            return b;
        };
        const QList<QByteArray> tooMuch = {
            withParams(21, 1, 1), // N above 2^20
            withParams(4, 17, 1), // r above 16
            withParams(4, 1, 17), // p above 16
            withParams(20, 16, 1), // 128 · 16 · 2^20 = 2 GiB of memory
            withParams(17, 16, 16), // work N·r·p = 2^25
        };
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &b : tooMuch) {
            const Result<SecureBytes> r = EncryptedBlob::open(b, u"pass", loose);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QStringLiteral("out of bounds")), qPrintable(message(r)));
        }
        QVERIFY(timer.elapsed() < 1000);
    }

    // NFKD: composed and decomposed accents, full-width letters and
    // ligatures are the same passphrase.
    void unicodePassphrase()
    {
        const QString composed = QString::fromUtf16(u"caf\u00e9 \u5bc6\u7801 Pass \ufb01sh \U0001F511");
        const QString decomposed =
            QString::fromUtf16(u"cafe\u0301 \u5bc6\u7801 \uff30\uff41\uff53\uff53 fish \U0001F511");
        const QByteArray blob = Access::seal("payload", composed, kTiny);
        const Result<SecureBytes> a = EncryptedBlob::open(blob, composed, kTestLimits);
        const Result<SecureBytes> b = EncryptedBlob::open(blob, decomposed, kTestLimits);
        KASSA_VERIFY_OK(a);
        KASSA_VERIFY_OK(b);
        QCOMPARE(b->view(), QByteArrayView("payload"));
        // A different accent is a different passphrase.
        const QString other = QString::fromUtf16(u"caf\u00e8 \u5bc6\u7801 Pass \ufb01sh \U0001F511");
        QVERIFY(!EncryptedBlob::open(blob, other, kTestLimits).ok());
    }

    void errorsAreDistinct()
    {
        const QByteArray blob = Access::seal("hello", u"pass", kTiny);
        QByteArray version = blob;
        version[8] = 9;
        QByteArray bounds = blob;
        bounds[10] = char(99);
        std::vector<Result<SecureBytes>> results;
        results.push_back(EncryptedBlob::open("PNG", u"pass", kTestLimits));
        results.push_back(EncryptedBlob::open(version, u"pass", kTestLimits));
        results.push_back(EncryptedBlob::open(blob.left(30), u"pass", kTestLimits));
        results.push_back(EncryptedBlob::open(QByteArray(blob + "x"), u"pass", kTestLimits));
        results.push_back(EncryptedBlob::open(bounds, u"pass", kTestLimits));
        results.push_back(EncryptedBlob::open(blob, u"wrong", kTestLimits));
        QSet<QString> userMessages;
        for (const Result<SecureBytes> &r : results) {
            QVERIFY(!r.ok());
            userMessages.insert(r.error().userMessage);
        }
        QCOMPARE(std::size_t(userMessages.size()), results.size());
    }
};

KASSA_TEST_MAIN(TestEncryptedBlob)
#include "tst_encryptedblob.moc"
