// Strict decoding of node answers: a real anvil log and header decode; every
// malformed or hostile variant is an error naming the field.
#include "AnvilNode.h"
#include "TestSupport.h"
#include "chain/evm/EvmDecode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kassa;
using namespace kassa::chain::evm;

namespace {

const QString kHash(QStringLiteral("0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"));
const QString kParent(QStringLiteral("0x88e96d4537bea4d9c05d12549907b32561d3bf31f45aae734cdc119f13406cb6"));

QJsonObject goodLog()
{
    return QJsonDocument::fromJson(R"({
        "address": "0xdac17f958d2ee523a2206206994597c13d831ec7",
        "topics": ["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",
                   "0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266",
                   "0x00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"],
        "data": "0x00000000000000000000000000000000000000000000000000000000000f4240",
        "blockNumber": "0x1b4",
        "blockHash": "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
        "transactionHash": "0x6b77996cfd344ece417ca0ba94a1cb1b623ada7b5db5ed8f0348207ec1e864a5",
        "transactionIndex": "0x0",
        "logIndex": "0x0",
        "removed": false})")
        .object();
}

QJsonObject goodHeader()
{
    return QJsonObject {{QStringLiteral("number"), QStringLiteral("0x1b4")}, {QStringLiteral("hash"), kHash},
        {QStringLiteral("parentHash"), kParent}, {QStringLiteral("timestamp"), QStringLiteral("0x6554e0f0")}};
}

template<typename T>
bool isError(const Decoded<T> &d, const QString &field = {})
{
    if (!std::holds_alternative<DecodeError>(d))
        return false;
    return field.isEmpty() || std::get<DecodeError>(d).field == field;
}

} // namespace

class TestEvmDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesATransferLog()
    {
        const auto decoded = decodeTransferLog(goodLog(), QStringLiteral("log"));
        QVERIFY(!isError(decoded));
        const TransferLog &log = std::get<TransferLog>(decoded);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(log.token.data()), 20).toHex(),
            QByteArray("dac17f958d2ee523a2206206994597c13d831ec7"));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(log.from.data()), 20).toHex(),
            QByteArray("f39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(log.to.data()), 20).toHex(),
            QByteArray("70997970c51812dc3a010c7d01b50e0d17dc79c8"));
        QCOMPARE(log.value[31], quint8(0x40));
        QCOMPARE(log.value[30], quint8(0x42));
        QCOMPARE(log.value[29], quint8(0x0f));
        QCOMPARE(log.blockNumber, quint64(436));
        QCOMPARE(log.logIndex, quint64(0));
        QVERIFY(!log.removed);
    }

    void rejectsHostileLogs_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QString t = QStringLiteral("log.topics");
        auto topics = [](std::initializer_list<const char *> list) {
            QJsonArray a;
            for (const char *s : list)
                a.append(QString::fromLatin1(s));
            return QJsonValue(a);
        };
        const char *transfer = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
        const char *from = "0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266";
        const char *to = "0x00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8";
        QTest::newRow("no address") << QStringLiteral("address") << QJsonValue() << QStringLiteral("log.address");
        QTest::newRow("short address") << QStringLiteral("address")
                                       << QJsonValue(QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831e"))
                                       << QStringLiteral("log.address");
        QTest::newRow("address number") << QStringLiteral("address") << QJsonValue(12) << QStringLiteral("log.address");
        QTest::newRow("two topics") << QStringLiteral("topics") << topics({transfer, from}) << t;
        QTest::newRow("four topics (ERC-721)") << QStringLiteral("topics") << topics({transfer, from, to, to}) << t;
        QTest::newRow("other event") << QStringLiteral(
            "topics") << topics({"0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925", from, to})
                                     << QStringLiteral("log.topics[0]");
        QTest::newRow("dirty padding") << QStringLiteral(
            "topics") << topics({transfer, "0x000000000000000000000001f39fd6e51aad88f6f4ce6ab8827279cfffb92266", to})
                                       << QStringLiteral("log.topics[1]");
        QTest::newRow("topics not array") << QStringLiteral("topics") << QJsonValue(QStringLiteral("x")) << t;
        QTest::newRow("data 31 bytes") << QStringLiteral(
            "data") << QJsonValue(QStringLiteral("0x000000000000000000000000000000000000000000000000000000000f4240"))
                                       << QStringLiteral("log.data");
        QTest::newRow("data 64 bytes") << QStringLiteral("data")
                                       << QJsonValue(QStringLiteral("0x") + QString(128, QLatin1Char('0')))
                                       << QStringLiteral("log.data");
        QTest::newRow("data non-hex") << QStringLiteral(
            "data") << QJsonValue(QStringLiteral("0x") + QString(63, QLatin1Char('0')) + QLatin1Char('g'))
                                      << QStringLiteral("log.data");
        QTest::newRow("data number") << QStringLiteral("data") << QJsonValue(1000000) << QStringLiteral("log.data");
        QTest::newRow("uppercase prefix")
            << QStringLiteral("data") << QJsonValue(QStringLiteral("0X") + QString(64, QLatin1Char('0')))
            << QStringLiteral("log.data");
        QTest::newRow("block number leading zero")
            << QStringLiteral("blockNumber") << QJsonValue(QStringLiteral("0x01b4"))
            << QStringLiteral("log.blockNumber");
        QTest::newRow("block number decimal")
            << QStringLiteral("blockNumber") << QJsonValue(436) << QStringLiteral("log.blockNumber");
        QTest::newRow("block number huge")
            << QStringLiteral("blockNumber") << QJsonValue(QStringLiteral("0x1ffffffffffffffff"))
            << QStringLiteral("log.blockNumber");
        QTest::newRow("block number empty")
            << QStringLiteral("blockNumber") << QJsonValue(QStringLiteral("0x")) << QStringLiteral("log.blockNumber");
        QTest::newRow("log index negative")
            << QStringLiteral("logIndex") << QJsonValue(QStringLiteral("-0x1")) << QStringLiteral("log.logIndex");
        QTest::newRow("tx hash short") << QStringLiteral("transactionHash") << QJsonValue(QStringLiteral("0x6b77"))
                                       << QStringLiteral("log.transactionHash");
        QTest::newRow("block hash missing")
            << QStringLiteral("blockHash") << QJsonValue() << QStringLiteral("log.blockHash");
        QTest::newRow("removed string") << QStringLiteral("removed") << QJsonValue(QStringLiteral("false"))
                                        << QStringLiteral("log.removed");
    }

    void rejectsHostileLogs()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject log = goodLog();
        if (value.isNull() || value.isUndefined())
            log.remove(key);
        else
            log.insert(key, value);
        const auto decoded = decodeTransferLog(log, QStringLiteral("log"));
        QVERIFY2(isError(decoded, field),
            isError(decoded) ? qPrintable(std::get<DecodeError>(decoded).describe()) : "accepted");
    }

    void anyWellFormedLogDecodes()
    {
        // The generic shape check: a Transfer log decodes and converts.
        const auto raw = decodeLog(goodLog(), QStringLiteral("log"));
        QVERIFY(!isError(raw));
        const auto transfer = asTransfer(std::get<RawLog>(raw));
        QVERIFY(transfer.has_value());
        QCOMPARE(transfer->logIndex, 0u);
        QCOMPARE(transfer->value[31], quint8(0x40));

        // An ERC-721 Transfer (tokenId as a fourth topic, no data) is a
        // legitimate log that is no ERC-20 transfer: shape fine, no transfer.
        QJsonObject nft = goodLog();
        QJsonArray topics = nft.value(QStringLiteral("topics")).toArray();
        topics.append(QStringLiteral("0x0000000000000000000000000000000000000000000000000000000000000007"));
        nft.insert(QStringLiteral("topics"), topics);
        nft.insert(QStringLiteral("data"), QStringLiteral("0x"));
        const auto nftRaw = decodeLog(nft, QStringLiteral("log"));
        QVERIFY(!isError(nftRaw));
        QVERIFY(!asTransfer(std::get<RawLog>(nftRaw)).has_value());
        QVERIFY(isError(decodeTransferLog(nft, QStringLiteral("log"))));

        // Dirty padding in an address word: not a transfer either.
        QJsonObject dirty = goodLog();
        QJsonArray dirtyTopics = dirty.value(QStringLiteral("topics")).toArray();
        dirtyTopics.replace(2, QStringLiteral("0x00000000000000000000000170997970c51812dc3a010c7d01b50e0d17dc79c8"));
        dirty.insert(QStringLiteral("topics"), dirtyTopics);
        QVERIFY(!asTransfer(std::get<RawLog>(decodeLog(dirty, QStringLiteral("log")))).has_value());
    }

    void rejectsMalformedLogs_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QJsonArray five;
        for (int i = 0; i < 5; ++i)
            five.append(QString(QStringLiteral("0x") + QString(64, QLatin1Char('0'))));
        QTest::newRow("five topics") << QStringLiteral("topics") << QJsonValue(five) << QStringLiteral("log.topics");
        QTest::newRow("odd data") << QStringLiteral("data") << QJsonValue(QStringLiteral("0x123"))
                                  << QStringLiteral("log.data");
        QTest::newRow("data not hex") << QStringLiteral("data") << QJsonValue(QStringLiteral("0xzz"))
                                      << QStringLiteral("log.data");
        QTest::newRow("data huge") << QStringLiteral("data")
                                   << QJsonValue(QString(QStringLiteral("0x") + QString(10000, QLatin1Char('a'))))
                                   << QStringLiteral("log.data");
        QTest::newRow("log index beyond int")
            << QStringLiteral("logIndex") << QJsonValue(QStringLiteral("0x80000000")) << QStringLiteral("log.logIndex");
        QTest::newRow("address short") << QStringLiteral("address") << QJsonValue(QStringLiteral("0xdac17f95"))
                                       << QStringLiteral("log.address");
        QTest::newRow("no tx hash") << QStringLiteral("transactionHash") << QJsonValue()
                                    << QStringLiteral("log.transactionHash");
    }

    void rejectsMalformedLogs()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject log = goodLog();
        if (value.isNull() || value.isUndefined())
            log.remove(key);
        else
            log.insert(key, value);
        const auto decoded = decodeLog(log, QStringLiteral("log"));
        QVERIFY2(isError(decoded, field),
            isError(decoded) ? qPrintable(std::get<DecodeError>(decoded).describe()) : "accepted");
    }

    void decodesHeaders()
    {
        const auto decoded = decodeBlockHeader(goodHeader());
        QVERIFY(!isError(decoded));
        const BlockHeader &h = std::get<BlockHeader>(decoded);
        QCOMPARE(h.ref.number, quint64(436));
        QCOMPARE(h.ref.hash.toHex(), kHash.mid(2).toLatin1());
        QCOMPARE(h.timestamp, quint64(0x6554e0f0));
        QVERIFY(h.logsBloom.isEmpty());

        QJsonObject bad = goodHeader();
        bad.insert(QStringLiteral("parentHash"), kHash);
        QVERIFY(isError(decodeBlockHeader(bad), QStringLiteral("result")));
        bad = goodHeader();
        bad.insert(QStringLiteral("logsBloom"), QStringLiteral("0x00"));
        QVERIFY(isError(decodeBlockHeader(bad), QStringLiteral("result.logsBloom")));
        QVERIFY(isError(decodeBlockHeader(QJsonValue()), QStringLiteral("result")));
        QVERIFY(isError(decodeBlockHeader(QJsonArray {1, 2}), QStringLiteral("result")));
    }

    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value"); // -1: rejected
        QTest::newRow("zero") << QStringLiteral("0x0") << qint64(0);
        QTest::newRow("one") << QStringLiteral("0x1") << qint64(1);
        QTest::newRow("upper") << QStringLiteral("0xABCDEF") << qint64(0xabcdef);
        QTest::newRow("max") << QStringLiteral("0x7fffffffffffffff") << qint64(0x7fffffffffffffff);
        QTest::newRow("00") << QStringLiteral("0x00") << qint64(-1);
        QTest::newRow("no digits") << QStringLiteral("0x") << qint64(-1);
        QTest::newRow("no prefix") << QStringLiteral("10") << qint64(-1);
        QTest::newRow("space") << QStringLiteral("0x1 ") << qint64(-1);
        QTest::newRow("17 digits") << QStringLiteral("0x10000000000000000") << qint64(-1);
    }

    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        const auto decoded = decodeQuantity(text, QStringLiteral("q"));
        if (value < 0)
            QVERIFY(isError(decoded, QStringLiteral("q")));
        else
            QCOMPARE(std::get<quint64>(decoded), quint64(value));
    }

    // The shapes anvil really sends decode: a header and a Transfer log.
    void realNodeShapes()
    {
        test::AnvilNode anvil;
        KASSA_VERIFY_OK(anvil.start());
        auto token = anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        KASSA_VERIFY_OK(
            anvil.mint(token.value(), QLatin1String(test::AnvilNode::kAccount0), QStringLiteral("5000000")));
        auto receipt = anvil.transfer(token.value(), QLatin1String(test::AnvilNode::kAccount0),
            QLatin1String(test::AnvilNode::kAccount1), QStringLiteral("1000000"));
        KASSA_VERIFY_OK(receipt);
        const QString blockHash = receipt->value(QStringLiteral("blockHash")).toString();
        auto logs = anvil.rpc(QStringLiteral("eth_getLogs"),
            {QJsonObject {{QStringLiteral("blockHash"), blockHash}, {QStringLiteral("address"), token.value()}}});
        KASSA_VERIFY_OK(logs);
        QCOMPARE(logs->toArray().size(), 1);
        const auto decoded = decodeTransferLog(logs->toArray().first(), QStringLiteral("result[0]"));
        QVERIFY2(!isError(decoded), isError(decoded) ? qPrintable(std::get<DecodeError>(decoded).describe()) : "");
        QCOMPARE(std::get<TransferLog>(decoded).value[31], quint8(0x40));
        auto block = anvil.rpc(QStringLiteral("eth_getBlockByHash"), {blockHash, false});
        KASSA_VERIFY_OK(block);
        const auto header = decodeBlockHeader(block.value());
        QVERIFY2(!isError(header), isError(header) ? qPrintable(std::get<DecodeError>(header).describe()) : "");
        QCOMPARE(std::get<BlockHeader>(header).logsBloom.size(), 256);
    }
};

KASSA_TEST_MAIN(TestEvmDecode)
#include "tst_evmdecode.moc"
