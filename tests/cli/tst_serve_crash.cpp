// kill -9 of `kassa-cli serve` in the middle of 200 paid orders, then a
// restart: every order is paid once, every paid order's callback reaches
// the storefront at least once, and no callback goes out for an order
// nobody paid. A real anvil, the real listener and a test storefront on
// 127.0.0.1; the engine is the kassa-cli binary.
#include "AnvilNode.h"
#include "EvmRig.h"
#include "ScriptedHttpServer.h"
#include "TestSupport.h"
#include "net/NetworkFactory.h"
#include "notify/EpusdtSignature.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>

#include <map>
#include <set>

using namespace kassa;
using test::AnvilNode;

namespace {

const QByteArray kToken = "crash-test-token-42";
constexpr int kPaid = 200;
constexpr int kUnpaid = 10;

QString cli()
{
    return test::binaryDir() + QStringLiteral("/app/kassa-cli");
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray createBody(const QString &orderId, int cny, const QString &notifyUrl)
{
    const QByteArray unsignedBody = "{\"order_id\":" + notify::RawJson::quote(orderId)
        + ",\"amount\":" + QByteArray::number(cny) + ",\"notify_url\":" + notify::RawJson::quote(notifyUrl) + "}";
    auto fields = notify::RawJson::parseObject(unsignedBody);
    const QString signature = notify::EpusdtSignature::sign(fields.value(), kToken).value();
    QByteArray body = unsignedBody;
    body.chop(1);
    return body + ",\"signature\":\"" + signature.toLatin1() + "\"}";
}

//! The callback's own signature, checked the way a PHP storefront does.
bool signedByKassa(const QByteArray &body)
{
    auto fields = notify::RawJson::parseObject(body);
    return fields.ok() && notify::EpusdtSignature::verify(fields.value(), kToken);
}

//! "0.0123" → "12300" base units of a 6-decimal token.
QString units(const QString &decimal)
{
    const QString whole = decimal.section(QLatin1Char('.'), 0, 0);
    const QString frac = decimal.section(QLatin1Char('.'), 1).leftJustified(6, QLatin1Char('0'));
    return QString::number(whole.toLongLong() * 1000000 + frac.toLongLong());
}

} // namespace

class TestServeCrash : public QObject
{
    Q_OBJECT

private:
    AnvilNode m_anvil;
    QString m_token;

    bool startServe(QProcess &serve, const QString &profile, const QString &tokenFile)
    {
        serve.setProcessChannelMode(QProcess::SeparateChannels);
        serve.start(cli(), {QStringLiteral("--profile"), profile, QStringLiteral("serve"), QStringLiteral("--token-file"),
                               tokenFile});
        if (!serve.waitForStarted())
            return false;
        QByteArray output;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            output += serve.readAllStandardOutput();
            if (output.contains("Serving."))
                return true;
            if (serve.state() == QProcess::NotRunning)
                break;
            QTest::qWait(20);
        }
        qWarning() << "serve did not start:" << output << serve.readAllStandardError();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        KASSA_VERIFY_OK(m_anvil.start());
        auto token = m_anvil.deployToken(QStringLiteral("TestToken"), 6);
        KASSA_VERIFY_OK(token);
        m_token = token.value();
        KASSA_VERIFY_OK(m_anvil.mint(m_token, QLatin1String(AnvilNode::kAccount0), QStringLiteral("1000000000000")));
    }

    void killedInTheMiddle()
    {
        test::TempProfile profile;
        const quint16 apiPort = freePort();
        QStringList payees;
        for (int i = 0; i < 4; ++i)
            payees << test::payee(60 + i);
        QFile conf(profile.path() + QStringLiteral("/kassa.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("[chain.local]\nenabled=true\nchain_id=31337\nhttp=%1\nws=%2\ntokens=USDT:%3:6\n"
                                  "finality=depth\nconfirmations=2\npoll_ms=100\n"
                                  "[payments]\nchain=local\nasset=USDT\nfiat=CNY\naddresses.local=%4\n"
                                  "expiry_minutes=60\ncallback_tries=100\n"
                                  "[api]\nenabled=true\nport=%5\nrate_per_second=0\n")
                       .arg(m_anvil.httpUrl().toString(), m_anvil.wsUrl().toString(), m_token,
                           payees.join(QLatin1Char(',')))
                       .arg(apiPort)
                       .toUtf8());
        conf.close();
        const QString tokenFile = profile.file(QStringLiteral("token"));
        QFile tf(tokenFile);
        QVERIFY(tf.open(QIODevice::WriteOnly));
        tf.write(kToken + '\n');
        tf.close();
        QFile::setPermissions(tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess rate;
        rate.start(cli(), {QStringLiteral("--profile"), profile.path(), QStringLiteral("orders"), QStringLiteral("rate"),
                              QStringLiteral("CNY"), QStringLiteral("7.2345")});
        QVERIFY(rate.waitForFinished(30000));
        QCOMPARE(rate.exitCode(), 0);

        // The storefront: records every callback, acknowledges with "ok".
        std::map<QString, int> received; // trade id → deliveries
        int unsigned_ = 0;
        int notPaid = 0;
        test::ScriptedHttpServer shop([&](const test::HttpExchange &request) {
            const QJsonObject o = QJsonDocument::fromJson(request.body).object();
            if (!signedByKassa(request.body))
                ++unsigned_;
            if (o.value(QStringLiteral("status")).toInt() != 2)
                ++notPaid;
            ++received[o.value(QStringLiteral("trade_id")).toString()];
            return test::HttpAnswer {200, "ok", "text/plain"};
        });
        const QString notifyUrl = shop.url(QStringLiteral("/notify")).toString();

        QProcess serve;
        QVERIFY(startServe(serve, profile.path(), tokenFile));

        // 210 orders through the Epusdt route; 200 of them get paid.
        net::NetworkFactory network;
        QNetworkAccessManager *http = network.createAccessManager(this);
        const QUrl create(QStringLiteral("http://127.0.0.1:%1/api/v1/order/create-transaction").arg(apiPort));
        struct Made {
            QString tradeId;
            QString address;
            QString amount;
        };
        QList<Made> orders;
        for (int i = 0; i < kPaid + kUnpaid; ++i) {
            QNetworkRequest request = network.request(create);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply =
                http->post(request, createBody(QStringLiteral("C-%1").arg(i), 10 + i % 50, notifyUrl));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            const QJsonObject data =
                QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject();
            reply->deleteLater();
            QVERIFY2(!data.isEmpty(), qPrintable(QStringLiteral("order %1 not created").arg(i)));
            orders.append({data.value(QStringLiteral("trade_id")).toString(),
                data.value(QStringLiteral("token")).toString(),
                QString::number(data.value(QStringLiteral("actual_amount")).toDouble(), 'f', 2)});
        }

        // Pay; kill -9 the engine once some callbacks went out, keep paying
        // while it is down, then start it again.
        bool killed = false;
        for (int i = 0; i < kPaid; ++i) {
            KASSA_VERIFY_OK(m_anvil.transfer(
                m_token, QLatin1String(AnvilNode::kAccount0), orders[i].address, units(orders[i].amount)));
            if (!killed && (received.size() >= 40 || i == kPaid * 3 / 4)) {
                QVERIFY2(received.size() < size_t(kPaid), "the crash came too late to test anything");
                serve.kill(); // SIGKILL: no clean shutdown, no flush
                QVERIFY(serve.waitForFinished(10000));
                killed = true;
            }
            QCoreApplication::processEvents();
        }
        QVERIFY(killed);
        KASSA_VERIFY_OK(m_anvil.mine(3));
        QProcess again;
        QVERIFY(startServe(again, profile.path(), tokenFile));
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= size_t(kPaid), 40000);
        QTest::qWait(300);
        again.terminate();
        QVERIFY(again.waitForFinished(20000));
        QCOMPARE(again.exitCode(), 0);

        // What the storefront saw: every paid order, only paid ones, signed.
        QCOMPARE(unsigned_, 0);
        QCOMPARE(notPaid, 0);
        for (int i = 0; i < kPaid; ++i)
            QVERIFY2(received.count(orders[i].tradeId), qPrintable(orders[i].tradeId));
        for (int i = kPaid; i < kPaid + kUnpaid; ++i)
            QVERIFY2(!received.count(orders[i].tradeId), "a callback for an unpaid order");
        int repeats = 0;
        for (const auto &[trade, count] : received)
            repeats += count - 1;
        qInfo("callbacks: %d orders, %d delivered again after the crash", int(received.size()), repeats);

        // What the database says: paid once each, the rest waiting.
        auto url = store::DatabaseUrl::parse(QString(), profile.path());
        auto db = store::Database::open(url.value(), SystemClock::instance());
        KASSA_VERIFY_OK(db);
        auto reader = db.value()->reader();
        QSqlQuery q(reader.value());
        QVERIFY(q.exec(QStringLiteral("SELECT status, COUNT(*) FROM orders GROUP BY status")));
        std::map<QString, int> statuses;
        while (q.next())
            statuses[q.value(0).toString()] = q.value(1).toInt();
        QCOMPARE(statuses[QStringLiteral("paid")], kPaid);
        QCOMPARE(statuses[QStringLiteral("waiting")], kUnpaid);
        QVERIFY(q.exec(QStringLiteral("SELECT order_id, COUNT(*) FROM order_transfers WHERE outcome = 'paid' "
                                      "GROUP BY order_id HAVING COUNT(*) <> 1")));
        QVERIFY2(!q.next(), "an order paid twice");
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM order_transfers WHERE outcome = 'paid'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), kPaid);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM callbacks c JOIN orders o ON o.id = c.order_id "
                                      "WHERE o.status <> 'paid'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM callbacks WHERE state = 'delivered'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), kPaid);
    }
};

KASSA_TEST_MAIN(TestServeCrash)
#include "tst_serve_crash.moc"
