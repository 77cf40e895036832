// The Epusdt signature dialect: the spec's vectors (create-transaction with
// and without redirect_url, the callback), Epusdt's own wiki example, Go's
// number text, type and emptiness rules, the callback body a PHP storefront
// (dujiaoka's rule: re-sign every received field) accepts, and the strict
// JSON reader refusing malformed and hostile input.
#include "TestSupport.h"
#include "notify/EpusdtSignature.h"
#include "payments/Order.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace kassa;
using namespace kassa::notify;

namespace {

const QByteArray kToken = "Xk9_demo-Token.2024";

//! dujiaoka's EpusdtController::epusdtSign, written independently: ksort,
//! skip the signature key and '' values, "$k=$v" joined by '&', append the
//! key, md5. PHP's json_decode gives floats, which PHP prints with 14
//! significant digits; for the two-decimal amounts here that is the literal.
QString phpSign(const QByteArray &json, const QByteArray &key)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    std::map<std::string, std::string> sorted;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("signature"))
            continue;
        QString v;
        if (it.value().isString())
            v = it.value().toString();
        else if (it.value().isDouble())
            v = QString::number(it.value().toDouble(), 'g', 14);
        if (v.isEmpty())
            continue;
        sorted[it.key().toStdString()] = v.toStdString();
    }
    std::string text;
    for (const auto &[k, v] : sorted)
        text += (text.empty() ? "" : "&") + k + "=" + v;
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArray::fromStdString(text) + key), QCryptographicHash::Md5).toHex());
}

} // namespace

class TestEpusdtSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("md5");
        QTest::newRow("create") << QByteArray(
            "{\"order_id\":\"ORD20240501001\",\"amount\":100.5,"
            "\"notify_url\":\"https://shop.example.com/pay/epusdt/notify_url\","
            "\"redirect_url\":\"https://shop.example.com/pay/epusdt/return_url?order_id=ORD20240501001\"}")
                                << kToken << QStringLiteral("bb2348884c40803115b3758333d6ac4f");
        QTest::newRow("create, no redirect")
            << QByteArray("{\"order_id\":\"ORD20240501001\",\"amount\":100.50,"
                          "\"notify_url\":\"https://shop.example.com/pay/epusdt/notify_url\"}")
            << kToken << QStringLiteral("ea639183a61996b96e8c8cdea1e39c95");
        QTest::newRow("create, empty redirect")
            << QByteArray("{\"order_id\":\"ORD20240501001\",\"amount\":1.005e2,\"redirect_url\":\"\","
                          "\"notify_url\":\"https://shop.example.com/pay/epusdt/notify_url\",\"x\":null}")
            << kToken << QStringLiteral("ea639183a61996b96e8c8cdea1e39c95");
        QTest::newRow("callback") << QByteArray(
            "{\"trade_id\":\"202405011714550400123042\",\"order_id\":\"ORD20240501001\","
            "\"amount\":100.5,\"actual_amount\":13.92,\"token\":\"TNEns8t9jbWENbStkQdVQtHMGpbsYsQjZK\","
            "\"block_transaction_id\":\"8f2c1d0e9b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d\","
            "\"signature\":\"ignored\",\"status\":2}")
                                  << kToken << QStringLiteral("5ab984f44aab7aa3760f0f128e8461aa");
        QTest::newRow("epusdt wiki") << QByteArray(
            "{\"order_id\":\"20220201030210321\",\"amount\":42,"
            "\"notify_url\":\"http://example.com/notify\",\"redirect_url\":\"http://example.com/redirect\"}")
                                     << QByteArray("epusdt_password_xasddawqe")
                                     << QStringLiteral("1cd4b52df5587cfb1968b0c0c6e156cd");
    }
    void vectors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, token);
        QFETCH(QString, md5);
        auto fields = RawJson::parseObject(json);
        KASSA_VERIFY_OK(fields);
        auto signature = EpusdtSignature::sign(fields.value(), token);
        KASSA_VERIFY_OK(signature);
        QCOMPARE(signature.value(), md5);
        // verify() takes the signature from the fields themselves.
        QList<JsonField> withSignature = fields.value();
        withSignature.erase(std::remove_if(withSignature.begin(), withSignature.end(),
                                [](const JsonField &f) { return f.key == QLatin1String("signature"); }),
            withSignature.end());
        withSignature.append(JsonField {QStringLiteral("signature"), JsonField::Kind::String, md5});
        QVERIFY(EpusdtSignature::verify(withSignature, token));
        QVERIFY(!EpusdtSignature::verify(withSignature, "other token"));
        withSignature.last().text = md5.toUpper();
        QVERIFY(!EpusdtSignature::verify(withSignature, token));
    }

    void signingText()
    {
        auto fields = RawJson::parseObject("{\"b\":1e6,\"a\":\"x y\",\"c\":-0.0,\"d\":13.920,\"e\":\"\",\"f\":null}");
        KASSA_VERIFY_OK(fields);
        auto text = EpusdtSignature::signingText(fields.value());
        KASSA_VERIFY_OK(text);
        QCOMPARE(text.value(), QByteArray("a=x y&b=1000000&c=-0&d=13.92"));
        // Any other type is refused (Epusdt answers 401).
        for (const char *bad : {"{\"a\":true}", "{\"a\":[1]}", "{\"a\":{\"b\":1}}"}) {
            auto f = RawJson::parseObject(bad);
            KASSA_VERIFY_OK(f);
            QVERIFY(!EpusdtSignature::signingText(f.value()).ok());
            QVERIFY(!EpusdtSignature::verify(f.value(), kToken));
        }
        // Sorting is over "k=v" bytes, as Go's sort.Strings does.
        auto prefix = RawJson::parseObject("{\"a1\":\"x\",\"a\":\"y\"}");
        QCOMPARE(EpusdtSignature::signingText(prefix.value()).value(), QByteArray("a1=x&a=y"));
        // Unicode is signed as UTF-8, unescaped.
        auto unicode = RawJson::parseObject("{\"order_id\":\"订单\\u4e00\\ud83d\\ude00\"}");
        KASSA_VERIFY_OK(unicode);
        QCOMPARE(EpusdtSignature::signingText(unicode.value()).value(), QStringLiteral("order_id=订单一😀").toUtf8());
    }

    void callbackBody()
    {
        payments::Order order;
        order.tradeId = QStringLiteral("202405011714550400123042");
        order.merchantOrderId = QStringLiteral("ORD20240501001");
        order.fiat = QStringLiteral("CNY");
        order.fiatAmount = QStringLiteral("100.5");
        order.amount = money::Amount::parse(QStringLiteral("13.92"), money::Asset::usdt6()).value();
        order.address = QStringLiteral("TNEns8t9jbWENbStkQdVQtHMGpbsYsQjZK");
        order.txHash = QStringLiteral("8f2c1d0e9b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d");
        order.status = payments::OrderStatus::Paid;
        const QByteArray unsignedBody = EpusdtSignature::unsignedCallbackBody(order);
        auto body = EpusdtSignature::signedCallbackBody(unsignedBody, kToken);
        KASSA_VERIFY_OK(body);
        QCOMPARE(body.value(),
            QByteArray("{\"trade_id\":\"202405011714550400123042\",\"order_id\":\"ORD20240501001\",\"amount\":100.5,"
                       "\"actual_amount\":13.92,\"token\":\"TNEns8t9jbWENbStkQdVQtHMGpbsYsQjZK\","
                       "\"block_transaction_id\":\"8f2c1d0e9b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d\","
                       "\"signature\":\"5ab984f44aab7aa3760f0f128e8461aa\",\"status\":2}"));
        // A PHP storefront re-signing every received field agrees.
        QCOMPARE(phpSign(body.value(), kToken), QStringLiteral("5ab984f44aab7aa3760f0f128e8461aa"));
        // An asset-priced order echoes the asset amount.
        order.fiat.clear();
        order.fiatAmount.clear();
        order.merchantOrderId = QStringLiteral("quote\"back\\slash");
        auto plain = EpusdtSignature::signedCallbackBody(EpusdtSignature::unsignedCallbackBody(order), kToken);
        KASSA_VERIFY_OK(plain);
        QVERIFY(plain->contains("\"amount\":13.92,\"actual_amount\":13.92"));
        const QJsonObject parsed = QJsonDocument::fromJson(plain.value()).object();
        QCOMPARE(parsed.value(QStringLiteral("order_id")).toString(), QStringLiteral("quote\"back\\slash"));
        QCOMPARE(phpSign(plain.value(), kToken), parsed.value(QStringLiteral("signature")).toString());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("string") << QByteArray("\"x\"");
        QTest::newRow("truncated") << QByteArray("{\"a\":\"b\"");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}");
        QTest::newRow("duplicate key") << QByteArray("{\"amount\":1,\"amount\":2}");
        QTest::newRow("single quotes") << QByteArray("{'a':1}");
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}");
        QTest::newRow("plus") << QByteArray("{\"a\":+1}");
        QTest::newRow("bare point") << QByteArray("{\"a\":1.}");
        QTest::newRow("NaN") << QByteArray("{\"a\":NaN}");
        QTest::newRow("hex") << QByteArray("{\"a\":0x10}");
        QTest::newRow("text after") << QByteArray("{\"a\":1} x");
        QTest::newRow("two objects") << QByteArray("{}{}");
        QTest::newRow("control char") << QByteArray("{\"a\":\"x\ty\"}");
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}");
        QTest::newRow("lone surrogate") << QByteArray("{\"a\":\"\\ud800\"}");
        QTest::newRow("low surrogate") << QByteArray("{\"a\":\"\\udc00\"}");
        QTest::newRow("invalid utf8") << QByteArray("{\"a\":\"\xff\"}");
        QTest::newRow("overlong utf8") << QByteArray("{\"a\":\"\xc0\xaf\"}");
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{}");
        QTest::newRow("deep") << (QByteArray("{\"a\":") + QByteArray(100, '[') + QByteArray(100, ']') + "}");
        QTest::newRow("huge") << (QByteArray("{\"a\":\"") + QByteArray(70000, 'x') + "\"}");
        QTest::newRow("nul") << QByteArray("{\"a\":1}\0", 8);
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        auto r = RawJson::parseObject(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().userMessage.isEmpty());
    }

    void stringMember()
    {
        auto fields = RawJson::parseObject(R"({"a":"x","b":null,"c":5,"d":["y"]})");
        QVERIFY(fields.ok());
        bool wrongType = false;
        QCOMPARE(RawJson::stringMember(fields.value(), "a", &wrongType), std::optional<QString>(QStringLiteral("x")));
        QVERIFY(!RawJson::stringMember(fields.value(), "b", &wrongType).has_value());
        QVERIFY(!RawJson::stringMember(fields.value(), "missing", &wrongType).has_value());
        QVERIFY(!wrongType);
        QVERIFY(!RawJson::stringMember(fields.value(), "c", &wrongType).has_value());
        QVERIFY(wrongType);
        wrongType = false;
        QVERIFY(!RawJson::stringMember(fields.value(), "d", &wrongType).has_value());
        QVERIFY(wrongType);
    }

    void constantTime()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "ab"));
        QVERIFY(constantTimeEquals("", ""));
    }
};

KASSA_TEST_MAIN(TestEpusdtSignature)
#include "tst_epusdtsignature.moc"
