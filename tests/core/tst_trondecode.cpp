// TronDecode: the recorded answer shapes of java-tron and TronGrid
// (tests/data/tron/) decode to the right values, and every malformed or
// hostile variant is an error naming the field — never a wrong amount.
#include "TestSupport.h"
#include "chain/tron/TronDecode.h"
#include "crypto/TronAddress.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace kassa;
using namespace kassa::chain;
using namespace kassa::chain::tron;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(KASSA_SOURCE_DIR "/tests/data/tron/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll().trimmed();
}

QJsonValue parse(const QByteArray &body)
{
    QJsonValue v;
    QString error;
    if (!parseBody(body, &v, &error))
        qFatal("fixture does not parse: %s", qPrintable(error));
    return v;
}

QString addressHex(const Address20 &a)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(a.data()), 20).toHex());
}

// Decodes `body` with the decoder named `kind`; returns the error text, or
// empty when it decoded.
QString decodeAs(const QString &kind, const QByteArray &body)
{
    QJsonValue v;
    QString error;
    if (!parseBody(body, &v, &error))
        return error;
    auto describe = [](const auto &decoded) {
        if (const auto *e = std::get_if<DecodeError>(&decoded))
            return e->describe();
        return QString();
    };
    if (kind == QLatin1String("block"))
        return describe(decodeBlock(v, QStringLiteral("block"), 60717649));
    if (kind == QLatin1String("infos"))
        return describe(decodeBlockTxInfos(v, 60717649));
    if (kind == QLatin1String("info"))
        return describe(decodeTxInfo(v));
    if (kind == QLatin1String("page"))
        return describe(decodeTronGridPage(v));
    qFatal("unknown kind");
}

} // namespace

class TestTronDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedBlock()
    {
        const auto decoded = decodeBlock(parse(fixture("getnowblock.json")));
        QVERIFY(std::holds_alternative<std::optional<TronBlock>>(decoded));
        const auto block = std::get<std::optional<TronBlock>>(decoded);
        QVERIFY(block.has_value());
        QCOMPARE(block->number, quint64(60717649));
        QCOMPARE(hex(block->id), QStringLiteral("00000000039e7a51b6a2d4c32e8e0a4f5ee0a6d1a3c4b5e6f708192a3b4c5d6e"));
        QCOMPARE(hex(block->parentHash).left(16), QStringLiteral("00000000039e7a50"));
        QCOMPARE(block->timestampMs, qint64(1716182049000));
        QCOMPARE(block->txIds.size(), 1);
        QCOMPARE(hex(block->txIds.first()),
            QStringLiteral("a7b0c0d2e5f1a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c"));
        // The node has no such block: {}.
        const auto empty = decodeBlock(parse("{}"));
        QVERIFY(!std::get<std::optional<TronBlock>>(empty).has_value());
    }

    void recordedInfos()
    {
        const auto decoded = decodeBlockTxInfos(parse(fixture("gettransactioninfobyblocknum.json")), 60717649);
        QVERIFY(std::holds_alternative<QList<TronTxInfo>>(decoded));
        const auto infos = std::get<QList<TronTxInfo>>(decoded);
        QCOMPARE(infos.size(), 3);
        QVERIFY(infos[0].succeeded());
        QCOMPARE(infos[0].logs.size(), 1);
        const auto transfer = asTrc20Transfer(infos[0].logs[0], 0);
        QVERIFY(transfer.has_value());
        QCOMPARE(base58(transfer->token), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QCOMPARE(addressHex(transfer->from), QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4"));
        QCOMPARE(addressHex(transfer->to), QStringLiteral("f0e1d2c3b4a5968778695a4b3c2d1e0f0a1b2c3d"));
        QCOMPARE(transfer->value.toDecimal(), QStringLiteral("25000000"));
        // A TRX transfer: no receipt result (protobuf default), no logs.
        QVERIFY(infos[1].receiptResult.isEmpty());
        QVERIFY(!infos[1].succeeded());
        // A reverted call.
        QCOMPARE(infos[2].receiptResult, QStringLiteral("REVERT"));
        QCOMPARE(infos[2].result, QStringLiteral("FAILED"));
        QVERIFY(!infos[2].succeeded());
        // An empty block is [] or {}.
        QVERIFY(std::get<QList<TronTxInfo>>(decodeBlockTxInfos(parse("[]"), 5)).isEmpty());
        QVERIFY(std::get<QList<TronTxInfo>>(decodeBlockTxInfos(parse("{}"), 5)).isEmpty());
    }

    void recordedSolidifiedInfo()
    {
        const QByteArray id = QByteArray::fromHex("a7b0c0d2e5f1a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c");
        const auto decoded =
            decodeTxInfo(parse(fixture("gettransactioninfobyid_solidified.json")), QStringLiteral("info"), id);
        QVERIFY(std::holds_alternative<std::optional<TronTxInfo>>(decoded));
        QVERIFY(std::get<std::optional<TronTxInfo>>(decoded)->succeeded());
        // Asked for another transaction: refused.
        const auto other = decodeTxInfo(
            parse(fixture("gettransactioninfobyid_solidified.json")), QStringLiteral("info"), QByteArray(32, '\x01'));
        QVERIFY(std::holds_alternative<DecodeError>(other));
        // Not (yet) in the solidified view: {}.
        QVERIFY(!std::get<std::optional<TronTxInfo>>(decodeTxInfo(parse("{}"))).has_value());
    }

    void recordedHistory()
    {
        const auto decoded = decodeTronGridPage(parse(fixture("trc20_history.json")));
        QVERIFY(std::holds_alternative<TronGridPage>(decoded));
        const auto page = std::get<TronGridPage>(decoded);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(base58(page.rows[0].token), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QCOMPARE(base58(page.rows[0].to), QStringLiteral("TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K"));
        QCOMPARE(page.rows[0].value.toDecimal(), QStringLiteral("25000000"));
        QCOMPARE(page.rows[0].type, QStringLiteral("Transfer"));
        QCOMPARE(page.fingerprint, QStringLiteral("2Aow7n5E8LykkXxVGc5xSVgdmWoTiA9pyHbAC4n2rHBDX8vK6Y"));
    }

    void exactAmounts_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::newRow("2^53 + 1") << QStringLiteral("9007199254740993");
        QTest::newRow("2^63") << QStringLiteral("9223372036854775808");
        QTest::newRow("2^200") << QStringLiteral("1606938044258990275541962092341162602522202993782792835301376");
        QTest::newRow("2^256 - 1") << QStringLiteral(
            "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    }

    void exactAmounts()
    {
        QFETCH(QString, decimal);
        const auto value = money::UInt256::parseDecimal(decimal).value();
        const auto w = value.toWord();
        // From a log's data word…
        QByteArray body = fixture("gettransactioninfobyid_solidified.json");
        body.replace("00000000000000000000000000000000000000000000000000000000017d7840",
            QByteArray(reinterpret_cast<const char *>(w.data()), 32).toHex());
        const auto info = decodeTxInfo(parse(body));
        const auto transfer = asTrc20Transfer(std::get<std::optional<TronTxInfo>>(info)->logs[0], 0);
        QCOMPARE(transfer->value.toDecimal(), decimal);
        // …and from TronGrid's decimal string.
        QByteArray page = fixture("trc20_history.json");
        page.replace("\"value\":\"25000000\"", QByteArray("\"value\":\"" + decimal.toLatin1() + "\""));
        QCOMPARE(std::get<TronGridPage>(decodeTronGridPage(parse(page))).rows[0].value.toDecimal(), decimal);
        // Integers within int64 in JSON stay exact (no trip through double).
        QCOMPARE(std::get<quint64>(decodeUInt(parse("[9007199254740993]").toArray().at(0), QStringLiteral("n"))),
            quint64(9007199254740993ULL));
    }

    void addressForms()
    {
        const QString base = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        const QString hex41 = QStringLiteral("41a614f803b6fd780986a42c78ec9c7f77e6ded13c");
        const auto a = std::get<Address20>(decodeAddress(base, QStringLiteral("a")));
        const auto b = std::get<Address20>(decodeAddress(hex41, QStringLiteral("b")));
        const auto c = std::get<Address20>(decodeLogAddress(hex41.mid(2), QStringLiteral("c")));
        const auto d = std::get<Address20>(decodeLogAddress(hex41.toUpper(), QStringLiteral("d")));
        QCOMPARE(a, b);
        QCOMPARE(a, c);
        QCOMPARE(a, d);
        QCOMPARE(base58(a), base);
        // Refused: 0x forms, a bad checksum, an EVM address in a Tron field, junk.
        QVERIFY(std::holds_alternative<DecodeError>(
            decodeAddress(QString(QStringLiteral("0x") + hex41), QStringLiteral("x"))));
        QVERIFY(std::holds_alternative<DecodeError>(
            decodeAddress(QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u"), QStringLiteral("x"))));
        QVERIFY(std::holds_alternative<DecodeError>(decodeAddress(hex41.mid(2), QStringLiteral("x"))));
        QVERIFY(std::holds_alternative<DecodeError>(decodeAddress(QJsonValue(41), QStringLiteral("x"))));
        QVERIFY(std::holds_alternative<DecodeError>(
            decodeLogAddress(QString(QStringLiteral("42") + hex41.mid(2)), QStringLiteral("x"))));
        QVERIFY(std::holds_alternative<DecodeError>(decodeLogAddress(hex41.mid(3), QStringLiteral("x"))));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");

        const QByteArray block = fixture("getnowblock.json");
        const QByteArray infos = fixture("gettransactioninfobyblocknum.json");
        const QByteArray info = fixture("gettransactioninfobyid_solidified.json");
        const QByteArray page = fixture("trc20_history.json");
        auto with = [](QByteArray body, const char *from, const char *to) {
            const QByteArray before = body;
            body.replace(from, to);
            if (body == before)
                qFatal("mutation did not apply: %s", from);
            return body;
        };

        QTest::newRow("truncated") << "block" << block.left(block.size() / 2) << "not JSON";
        QTest::newRow("not JSON at all") << "block" << QByteArray("<html>502 Bad Gateway</html>") << "not JSON";
        QTest::newRow("number as string")
            << "block" << with(block, "\"number\":60717649", "\"number\":\"60717649\"") << "raw_data.number";
        QTest::newRow("number with fraction")
            << "block" << with(block, "\"number\":60717649", "\"number\":60717649.0") << "not an integer literal";
        QTest::newRow("number with exponent")
            << "block" << with(block, "\"number\":60717649", "\"number\":6.0717649e7") << "not an integer literal";
        QTest::newRow("number beyond int64")
            << "block" << with(block, "\"number\":60717649", "\"number\":99999999999999999999") << "raw_data.number";
        QTest::newRow("negative number") << "block" << with(block, "\"number\":60717649", "\"number\":-60717649")
                                         << "raw_data.number";
        QTest::newRow("another block") << "block"
                                       << with(with(block, "\"number\":60717649", "\"number\":60717650"),
                                              "00000000039e7a51", "00000000039e7a52")
                                              .replace("00000000039e7a5074", "00000000039e7a5174")
                                       << "instead of";
        QTest::newRow("id of another block")
            << "block" << with(block, "00000000039e7a51", "00000000039e7a52") << "blockID";
        QTest::newRow("short id") << "block" << with(block, "b4c5d6e\",\"block_header", "b4c5d6\",\"block_header")
                                  << "blockID";
        QTest::newRow("parent not below")
            << "block" << with(block, "00000000039e7a5074", "00000000039e7a4f74") << "parentHash";
        QTest::newRow("header missing") << "block" << with(block, "\"block_header\"", "\"block_headr\"")
                                        << "block_header";
        QTest::newRow("timestamp missing")
            << "block" << with(block, "\"timestamp\":1716182049000", "\"ts\":1") << "timestamp";
        QTest::newRow("txID not a hash") << "block" << with(block, "\"txID\":\"a7b0", "\"txID\":\"zzb0")
                                         << "transactions[0].txID";
        QTest::newRow("transactions not a list")
            << "block" << with(block, "\"transactions\":[", "\"transactions\":\"x\",\"y\":[") << "transactions";
        QTest::newRow("array instead of object") << "block" << QByteArray("[1,2,3]") << "not an object";

        QTest::newRow("info of another block")
            << "infos"
            << with(infos, "\"blockNumber\":60717649,\"blockTimeStamp\":1716182049000,\"contractResult\":[\"00",
                   "\"blockNumber\":60717648,\"blockTimeStamp\":1716182049000,\"contractResult\":[\"00")
            << "instead of";
        QTest::newRow("duplicate transaction")
            << "infos"
            << with(infos, "b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2",
                   "a7b0c0d2e5f1a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c")
            << "listed twice";
        QTest::newRow("infos not an array") << "infos" << QByteArray("{\"a\":1}") << "not an array";
        QTest::newRow("empty info in block") << "infos" << QByteArray("[{}]") << "empty transaction info";
        QTest::newRow("topic not hex") << "info" << with(info, "ddf252ad1be2", "ddf252ad1bz2") << "topics[0]";
        QTest::newRow("topic short") << "info" << with(info, "ddf252ad1be2", "ddf252ad1be") << "topics[0]";
        QTest::newRow("five topics") << "info" << with(info, "\"topics\":[", "\"topics\":[\"00\",\"00\",") << "topics";
        QTest::newRow("data odd") << "info" << with(info, "017d7840\"", "017d784\"") << "data";
        QTest::newRow("data as number")
            << "info"
            << with(info, "\"data\":\"00000000000000000000000000000000000000000000000000000000017d7840\"",
                   "\"data\":25000000")
            << "data";
        QTest::newRow("log address base58") << "info"
                                            << with(info, "\"address\":\"a614f803b6fd780986a42c78ec9c7f77e6ded13c\"",
                                                   "\"address\":\"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t\"")
                                            << "log[0].address";
        QTest::newRow("receipt result lower case")
            << "info" << with(info, "\"result\":\"SUCCESS\"", "\"result\":\"success\"") << "receipt.result";
        QTest::newRow("receipt as string")
            << "info" << with(info, "\"receipt\":{", "\"receipt\":\"SUCCESS\",\"x\":{") << "receipt";
        QTest::newRow("blockNumber missing")
            << "info" << with(info, "\"blockNumber\"", "\"blockNum\"") << "blockNumber";
        QTest::newRow("logs not an array") << "info" << with(info, "\"log\":[{", "\"log\":\"x\",\"y\":[{") << "log";

        QTest::newRow("value as number") << "page" << with(page, "\"value\":\"25000000\"", "\"value\":25000000")
                                         << "value";
        QTest::newRow("value with exponent")
            << "page" << with(page, "\"value\":\"25000000\"", "\"value\":\"2.5e7\"") << "value";
        QTest::newRow("value with leading zero")
            << "page" << with(page, "\"value\":\"25000000\"", "\"value\":\"025000000\"") << "value";
        QTest::newRow("value negative") << "page" << with(page, "\"value\":\"25000000\"", "\"value\":\"-1\"")
                                        << "value";
        QTest::newRow("value beyond uint256")
            << "page"
            << with(page, "\"value\":\"25000000\"",
                   "\"value\":\"115792089237316195423570985008687907853269984665640564039457584007913129639936\"")
            << "value";
        QTest::newRow("bad checksum") << "page"
                                      << with(page, "TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9K",
                                             "TDvSsdrNM5eeXNL3czpa6AxLDHZA9nwe9L")
                                      << "to";
        QTest::newRow("token missing") << "page" << with(page, "\"token_info\"", "\"token\"") << "token_info";
        QTest::newRow("success false") << "page" << with(page, "\"success\":true", "\"success\":false") << "success";
        QTest::newRow("data missing") << "page" << QByteArray("{\"success\":true}") << "data";
        QTest::newRow("fingerprint number")
            << "page"
            << with(
                   page, "\"fingerprint\":\"2Aow7n5E8LykkXxVGc5xSVgdmWoTiA9pyHbAC4n2rHBDX8vK6Y\"", "\"fingerprint\":12")
            << "fingerprint";
        QTest::newRow("deep nesting") << "page" << (QByteArray(100, '[') + QByteArray(100, ']')) << "nested deeper";
    }

    void malformed()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QString error = decodeAs(kind, body);
        QVERIFY2(!error.isEmpty(), "accepted");
        QVERIFY2(error.contains(field), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTronDecode)
#include "tst_trondecode.moc"
