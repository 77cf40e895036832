// ERC-20 ABI: the selectors are what Keccak-256 says they are, calldata has
// the published shape, and return words are read strictly.
#include "TestSupport.h"
#include "chain/evm/Erc20Abi.h"
#include "crypto/Hex.h"
#include "crypto/Keccak256.h"

using namespace kassa;
using namespace kassa::chain::evm;
using kassa::crypto::EthAddress;
using money::UInt256;

namespace {

EthAddress address(const char *text)
{
    return *EthAddress::parse(QString::fromLatin1(text));
}

QString toHex(QByteArrayView b)
{
    return crypto::Hex::encode(b);
}

QByteArray word(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return QByteArray(32 - bytes.size(), '\0') + bytes;
}

} // namespace

class TestErc20Abi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectorsAreKeccakOfTheSignature_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("selector");
        QTest::newRow("transfer") << QByteArray("transfer(address,uint256)") << toHex(Erc20Abi::TransferSelector);
        QTest::newRow("balanceOf") << QByteArray("balanceOf(address)") << toHex(Erc20Abi::BalanceOfSelector);
        QTest::newRow("decimals") << QByteArray("decimals()") << toHex(Erc20Abi::DecimalsSelector);
        QTest::newRow("isBlackListed") << QByteArray("isBlackListed(address)")
                                       << toHex(Erc20Abi::IsBlackListedSelector);
        QTest::newRow("getBlackListStatus")
            << QByteArray("getBlackListStatus(address)") << toHex(Erc20Abi::GetBlackListStatusSelector);
    }

    void selectorsAreKeccakOfTheSignature()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QString, selector);
        QCOMPARE(toHex(crypto::keccak256(signature)).left(8), selector);
    }

    void publishedSelectors()
    {
        // chains.md §0 and Tether's verified source (Etherscan, Tronscan).
        QCOMPARE(toHex(Erc20Abi::TransferSelector), QStringLiteral("a9059cbb"));
        QCOMPARE(toHex(Erc20Abi::BalanceOfSelector), QStringLiteral("70a08231"));
        QCOMPARE(toHex(Erc20Abi::DecimalsSelector), QStringLiteral("313ce567"));
        QCOMPARE(toHex(Erc20Abi::IsBlackListedSelector), QStringLiteral("e47d6060"));
        QCOMPARE(toHex(Erc20Abi::GetBlackListStatusSelector), QStringLiteral("59bf1abe"));
    }

    void calldata()
    {
        const EthAddress to = address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        // chains.md §2.6 (c).
        QCOMPARE(toHex(Erc20Abi::transfer(to, UInt256(1000000))),
            QStringLiteral("a9059cbb00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8000000000000000000"
                           "00000000000000000000000000000000000000000f4240"));
        QCOMPARE(Erc20Abi::transfer(to, UInt256::max()).size(), Erc20Abi::TransferCallSize);
        QCOMPARE(toHex(Erc20Abi::balanceOf(to)),
            QStringLiteral("70a0823100000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"));
        QCOMPARE(toHex(Erc20Abi::decimals()), QStringLiteral("313ce567"));
        QCOMPARE(toHex(Erc20Abi::isBlackListed(to)),
            QStringLiteral("e47d606000000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"));
        QCOMPARE(toHex(Erc20Abi::getBlackListStatus(to)),
            QStringLiteral("59bf1abe00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"));
    }

    void decodeTransferRoundTrip()
    {
        const EthAddress to = address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        for (const UInt256 &amount : {UInt256(0), UInt256(1), UInt256(1000000), UInt256::max()}) {
            const Result<Erc20TransferCall> call = Erc20Abi::decodeTransfer(Erc20Abi::transfer(to, amount));
            KASSA_VERIFY_OK(call);
            QCOMPARE(call->to, to);
            QCOMPARE(call->amount, amount);
        }
    }

    void decodeTransferMalformed_data()
    {
        QTest::addColumn<QByteArray>("calldata");
        QTest::addColumn<QString>("problem");
        const QByteArray good = Erc20Abi::transfer(address("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), UInt256(5));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("0 bytes");
        QTest::newRow("selector only") << good.left(4) << QStringLiteral("4 bytes");
        QTest::newRow("one byte short") << good.chopped(1) << QStringLiteral("67 bytes");
        QTest::newRow("one byte extra") << good + QByteArray(1, '\0') << QStringLiteral("69 bytes");
        QTest::newRow("another word appended") << good + QByteArray(32, '\0') << QStringLiteral("100 bytes");
        QByteArray approve = good;
        approve.replace(0, 4, QByteArray::fromHex("095ea7b3"));
        QTest::newRow("approve, not transfer") << approve << QStringLiteral("selector");
        QByteArray tronStyle = good;
        tronStyle[15] = char(0x41); // wallet-core's 0x41 inside the address word
        QTest::newRow("dirty address padding") << tronStyle << QStringLiteral("padding");
        QByteArray highBit = good;
        highBit[4] = char(0x80);
        QTest::newRow("padding high bit") << highBit << QStringLiteral("padding");
    }

    void decodeTransferMalformed()
    {
        QFETCH(QByteArray, calldata);
        QFETCH(QString, problem);
        const Result<Erc20TransferCall> call = Erc20Abi::decodeTransfer(calldata);
        QVERIFY(!call.ok());
        QVERIFY2(call.error().message.contains(problem), qPrintable(call.error().message));
    }

    void returnWords()
    {
        QCOMPARE(*Erc20Abi::decodeUInt256(word("0f4240")), UInt256(1000000));
        QCOMPARE(*Erc20Abi::decodeUInt256(QByteArray(32, char(0xff))), UInt256::max());
        QCOMPARE(*Erc20Abi::decodeUInt256(word("")), UInt256(0));
        QCOMPARE(*Erc20Abi::decodeDecimals(word("06")), 6);
        QCOMPARE(*Erc20Abi::decodeDecimals(word("12")), 18);
        QCOMPARE(*Erc20Abi::decodeDecimals(word("4d")), 77);
        QCOMPARE(*Erc20Abi::decodeDecimals(word("00")), 0);
        QCOMPARE(*Erc20Abi::decodeBool(word("01")), true);
        QCOMPARE(*Erc20Abi::decodeBool(word("00")), false);
    }

    void malformedReturnWords_data()
    {
        QTest::addColumn<int>("kind"); // 0 uint256, 1 decimals, 2 bool
        QTest::addColumn<QByteArray>("returned");
        QTest::addColumn<QString>("problem");
        for (int kind = 0; kind < 3; ++kind) {
            const QByteArray name = QByteArray::number(kind);
            QTest::newRow(QByteArray(name + " empty (no contract)").constData())
                << kind << QByteArray() << QStringLiteral("empty");
            QTest::newRow(QByteArray(name + " 31 bytes").constData())
                << kind << QByteArray(31, '\0') << QStringLiteral("31 bytes");
            QTest::newRow(QByteArray(name + " 33 bytes").constData())
                << kind << QByteArray(33, '\0') << QStringLiteral("33 bytes");
            QTest::newRow(QByteArray(name + " two words").constData())
                << kind << QByteArray(64, '\0') << QStringLiteral("64 bytes");
        }
        QTest::newRow("decimals 78") << 1 << word("4e") << QStringLiteral("more than 77");
        QTest::newRow("decimals 255") << 1 << word("ff") << QStringLiteral("more than 77");
        QTest::newRow("decimals 256 (not uint8)") << 1 << word("0100") << QStringLiteral("not a uint8");
        QTest::newRow("decimals with a high byte set")
            << 1 << QByteArray(1, '\x01') + QByteArray(30, '\0') + QByteArray(1, '\x06')
            << QStringLiteral("not a uint8");
        QTest::newRow("bool 2") << 2 << word("02") << QStringLiteral("neither 0 nor 1");
        QTest::newRow("bool with a dirty high byte")
            << 2 << QByteArray(1, '\x01') + QByteArray(30, '\0') + QByteArray(1, '\x01')
            << QStringLiteral("neither 0 nor 1");
    }

    void malformedReturnWords()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, returned);
        QFETCH(QString, problem);
        Error error;
        if (kind == 0) {
            const auto r = Erc20Abi::decodeUInt256(returned);
            QVERIFY(!r.ok());
            error = r.error();
        } else if (kind == 1) {
            const auto r = Erc20Abi::decodeDecimals(returned);
            QVERIFY(!r.ok());
            error = r.error();
        } else {
            const auto r = Erc20Abi::decodeBool(returned);
            QVERIFY(!r.ok());
            error = r.error();
        }
        QVERIFY2(error.message.contains(problem), qPrintable(error.message));
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QVERIFY(!error.userMessage.isEmpty());
        QVERIFY(!error.hint.isEmpty());
    }
};

KASSA_TEST_MAIN(TestErc20Abi)
#include "tst_erc20abi.moc"
