#include "TestSupport.h"
#include "crypto/Hex.h"
#include "crypto/SecureBytes.h"

#include <QDebug>

#include <type_traits>
#include <unistd.h>

using namespace kassa;
using namespace kassa::crypto;

// What SecureBytes must NOT allow, checked at compile time.
static_assert(!std::is_copy_constructible_v<SecureBytes>);
static_assert(!std::is_copy_assignable_v<SecureBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
static_assert(!std::is_convertible_v<const SecureBytes &, QByteArray>);
static_assert(!std::is_convertible_v<const SecureBytes &, QByteArrayView>);
static_assert(!std::is_convertible_v<const SecureBytes &, QString>);
static_assert(!std::is_constructible_v<QByteArray, const SecureBytes &>);
template<typename T>
concept Streamable = requires(QDebug d, const T &t)
{
    d << t;
};
static_assert(!Streamable<SecureBytes>);
static_assert(!Streamable<SecretKey>);
static_assert(!std::is_copy_constructible_v<SecretKey>);
static_assert(!std::is_default_constructible_v<SecretKey>);

namespace {

QString hexOf(const SecureBytes &b)
{
    return Hex::encode(b.view());
}

} // namespace

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constructionZeroFills()
    {
        SecureBytes empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.size(), 0);
        SecureBytes zeros(5);
        QCOMPARE(hexOf(zeros), QStringLiteral("0000000000"));
        const SecureBytes copy = SecureBytes::copyOf(QByteArray::fromHex("0102ff"));
        QCOMPARE(hexOf(copy), QStringLiteral("0102ff"));
    }

    void moveLeavesSourceEmpty()
    {
        SecureBytes a = SecureBytes::copyOf(QByteArray::fromHex("a1a2a3"));
        SecureBytes b(std::move(a));
        QCOMPARE(hexOf(b), QStringLiteral("a1a2a3"));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
        QVERIFY(a.data() == nullptr);
        SecureBytes c(2);
        c = std::move(b);
        QCOMPARE(hexOf(c), QStringLiteral("a1a2a3"));
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    }

    void cloneIsIndependent()
    {
        SecureBytes a = SecureBytes::copyOf(QByteArray::fromHex("0011"));
        SecureBytes b = a.clone();
        QVERIFY(a.data() != b.data());
        b[0] = 0xee;
        QCOMPARE(hexOf(a), QStringLiteral("0011"));
        QCOMPARE(hexOf(b), QStringLiteral("ee11"));
    }

    void resizeAndAppend()
    {
        SecureBytes b = SecureBytes::copyOf(QByteArray::fromHex("aabbcc"));
        b.resize(5);
        QCOMPARE(hexOf(b), QStringLiteral("aabbcc0000"));
        b.resize(2);
        QCOMPARE(hexOf(b), QStringLiteral("aabb"));
        // Growing again shows zeros, not the old bytes (the tail was wiped).
        b.resize(3);
        QCOMPARE(hexOf(b), QStringLiteral("aabb00"));
        for (int i = 0; i < 100; ++i) // many reallocations
            b.append(QByteArray::fromHex("01"));
        QCOMPARE(b.size(), 103);
        QCOMPARE(b[102], std::uint8_t(1));
        b.resize(-1);
        QVERIFY(b.isEmpty());
    }

    void appendFromItself()
    {
        SecureBytes b = SecureBytes::copyOf(QByteArray::fromHex("0102"));
        for (int i = 0; i < 6; ++i)
            b.append(b.view()); // forces reallocations while reading from the old buffer
        QCOMPARE(b.size(), 128);
        for (qsizetype i = 0; i < b.size(); ++i)
            QCOMPARE(b[i], std::uint8_t(i % 2 == 0 ? 1 : 2));
    }

    void clearFrees()
    {
        SecureBytes b(64);
        b.clear();
        QVERIFY(b.isEmpty());
        QVERIFY(b.data() == nullptr);
    }

    void equalsComparesContent()
    {
        const SecureBytes a = SecureBytes::copyOf(QByteArray::fromHex("010203"));
        QVERIFY(a.equals(SecureBytes::copyOf(QByteArray::fromHex("010203"))));
        QVERIFY(!a.equals(SecureBytes::copyOf(QByteArray::fromHex("010204"))));
        QVERIFY(!a.equals(SecureBytes::copyOf(QByteArray::fromHex("0102"))));
        QVERIFY(SecureBytes().equals(SecureBytes(0)));
    }

    void lockedBuffersArePageAligned()
    {
        SecureBytes b(32, SecureBytes::Lock::BestEffort);
        QCOMPARE(b.lockMode(), SecureBytes::Lock::BestEffort);
        const auto page = quintptr(sysconf(_SC_PAGESIZE));
        QCOMPARE(quintptr(b.data()) % page, quintptr(0));
        // Best effort: mlock may be refused (RLIMIT_MEMLOCK); the buffer works either way.
        qInfo() << "mlock succeeded:" << b.isLocked();
        b.append(QByteArray(5000, 'x')); // crosses a page: reallocated, still aligned
        QCOMPARE(quintptr(b.data()) % page, quintptr(0));
        const SecureBytes c = b.clone();
        QCOMPARE(c.lockMode(), SecureBytes::Lock::BestEffort);
        QVERIFY(c.equals(b));
    }

    void secretKeyFromBytes_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one") << QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001")
                             << true;
        QTest::newRow("46..46") << QStringLiteral("4646464646464646464646464646464646464646464646464646464646464646")
                                << true;
        QTest::newRow("n-1") << QStringLiteral("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140")
                             << true;
        QTest::newRow("zero") << QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000")
                              << false;
        QTest::newRow("n") << QStringLiteral("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
                           << false;
        QTest::newRow("n+1") << QStringLiteral("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142")
                             << false;
        QTest::newRow("all ff") << QStringLiteral("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")
                                << false;
    }

    void secretKeyFromBytes()
    {
        QFETCH(QString, hex);
        QFETCH(bool, valid);
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        const Result<SecretKey> a = SecretKey::fromBytes(QByteArrayView(bytes));
        const Result<SecretKey> b = SecretKey::fromBytes(SecureBytes::copyOf(bytes));
        const Result<SecretKey> c = SecretKey::fromHex(hex);
        const Result<SecretKey> d = SecretKey::fromHex(QString(QStringLiteral("0x") + hex.toUpper()));
        QCOMPARE(a.ok(), valid);
        QCOMPARE(b.ok(), valid);
        QCOMPARE(c.ok(), valid);
        QCOMPARE(d.ok(), valid);
        if (valid) {
            QCOMPARE(Hex::encode(a->bytes().view()), hex);
            QVERIFY(a->bytes().equals(d->bytes()));
            QVERIFY(!a->isNull());
        } else {
            QCOMPARE(a.error().code, ErrorCode::InvalidInput);
            QVERIFY(a.error().message.contains(QStringLiteral("out of range")));
            QVERIFY(!a.error().userMessage.contains(hex));
            QVERIFY(!a.error().message.contains(hex));
        }
    }

    void secretKeyWrongSize_data()
    {
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << QStringLiteral("0 bytes");
        QTest::newRow("31 bytes") << QString(62, u'1') << QStringLiteral("31 bytes");
        QTest::newRow("33 bytes") << QString(66, u'1') << QStringLiteral("33 bytes");
        QTest::newRow("not hex") << QString(63, u'1') + u'z' << QStringLiteral("not a hex digit");
        QTest::newRow("space") << u' ' + QString(64, u'1') << QStringLiteral("not a hex digit");
    }

    void secretKeyWrongSize()
    {
        QFETCH(QString, hex);
        QFETCH(QString, error);
        const Result<SecretKey> k = SecretKey::fromHex(hex);
        QVERIFY(!k.ok());
        QVERIFY2(k.error().message.contains(error), qPrintable(k.error().message));
        if (!hex.isEmpty() && hex.size() % 2 == 0 && !hex.contains(u'z') && !hex.contains(u' ')) {
            const Result<SecretKey> fromBytes =
                SecretKey::fromBytes(QByteArrayView(QByteArray::fromHex(hex.toLatin1())));
            QVERIFY(!fromBytes.ok());
            QVERIFY(fromBytes.error().message.contains(error));
        }
    }

    void generateGivesDistinctValidKeys()
    {
        Result<SecretKey> a = SecretKey::generate();
        Result<SecretKey> b = SecretKey::generate();
        KASSA_VERIFY_OK(a);
        KASSA_VERIFY_OK(b);
        QCOMPARE(a->bytes().size(), SecretKey::Size);
        QVERIFY(!a->bytes().equals(b->bytes()));
        KASSA_VERIFY_OK(SecretKey::fromBytes(a->bytes().view()));
        const SecretKey moved = std::move(a).value();
        QVERIFY(!moved.isNull());
        const SecretKey copy = moved.clone();
        QVERIFY(copy.bytes().equals(moved.bytes()));
    }
};

KASSA_TEST_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
