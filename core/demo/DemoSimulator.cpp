#include "demo/DemoSimulator.h"

#include "base/Log.h"
#include "demo/DemoNetwork.h"
#include "money/Amount.h"
#include "notify/EpusdtSignature.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace kassa::demo {

DemoSimulator::DemoSimulator(
    DemoNetwork *network, QUrl apiBase, QByteArray epusdtToken, qint64 expirySeconds, QObject *parent)
    : QObject(parent), m_network(network), m_apiBase(std::move(apiBase)), m_token(std::move(epusdtToken)),
      m_expirySeconds(expirySeconds)
{
    connect(&m_timer, &QTimer::timeout, this, &DemoSimulator::createOrder);
}

DemoSimulator::~DemoSimulator()
{
    stop();
}

DemoSimulator::Payment DemoSimulator::paymentFor(int n)
{
    switch (n % 6) {
    case 3: return Payment::Short;
    case 5: return Payment::Late;
    default: return Payment::Exact;
    }
}

Result<void> DemoSimulator::start(int intervalMs)
{
    if (!m_callbacks) {
        m_http = m_factory.createAccessManager(this);
        m_callbacks = new QHttpServer(this);
        m_callbacks->route(QStringLiteral("/demo-shop/notify"), QHttpServerRequest::Method::Post,
            [this](const QHttpServerRequest &request) {
                const QByteArray body = request.body();
                auto fields = notify::RawJson::parseObject(body);
                QString tradeId;
                QString tx;
                QString signature;
                int status = 0;
                if (fields.ok()) {
                    for (const auto &f : fields.value()) {
                        if (f.key == QLatin1String("trade_id"))
                            tradeId = f.text;
                        else if (f.key == QLatin1String("block_transaction_id"))
                            tx = f.text;
                        else if (f.key == QLatin1String("signature"))
                            signature = f.text;
                        else if (f.key == QLatin1String("status"))
                            status = f.text.toInt();
                    }
                }
                const auto expected = fields.ok() ? notify::EpusdtSignature::sign(fields.value(), m_token)
                                                  : Result<QString>(fields.error());
                const bool valid = expected.ok() && expected.value() == signature;
                Q_EMIT callbackReceived(tradeId, valid, status, tx);
                return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ok"));
            });
        m_callbackPort = m_callbacks->listen(QHostAddress::LocalHost, 0);
        if (m_callbackPort == 0)
            return makeError(ErrorCode::Network, QStringLiteral("demo shop cannot listen for callbacks"),
                tr("The storefront simulator could not open its callback address."));
    }
    m_timer.start(intervalMs);
    createOrder();
    return {};
}

void DemoSimulator::stop()
{
    m_timer.stop();
}

void DemoSimulator::createOrder()
{
    const int n = m_count++;
    // Prices from 20 to 219.9 CNY, so each order is a different amount.
    const QString amount = QStringLiteral("%1.%2").arg(20 + (n * 37) % 200).arg((n * 7) % 10);
    const QString orderId = QStringLiteral("DEMO-%1-%2").arg(QDateTime::currentSecsSinceEpoch()).arg(n);
    const QString notifyUrl = QStringLiteral("http://127.0.0.1:%1/demo-shop/notify").arg(m_callbackPort);
    const QList<notify::JsonField> fields {
        {QStringLiteral("order_id"), notify::JsonField::Kind::String, orderId},
        {QStringLiteral("amount"), notify::JsonField::Kind::Number, amount},
        {QStringLiteral("notify_url"), notify::JsonField::Kind::String, notifyUrl},
    };
    auto signature = notify::EpusdtSignature::sign(fields, m_token);
    if (!signature.ok()) {
        Q_EMIT problem(signature.error().userMessage);
        return;
    }
    const QByteArray body = "{\"order_id\":" + notify::RawJson::quote(orderId) + ",\"amount\":" + amount.toLatin1()
        + ",\"notify_url\":" + notify::RawJson::quote(notifyUrl)
        + ",\"signature\":" + notify::RawJson::quote(signature.value()) + "}";
    QNetworkRequest request = m_factory.request(m_apiBase.resolved(QUrl(QStringLiteral("/api/v1/order/create-transaction"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_http->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, n] {
        reply->deleteLater();
        const QByteArray raw = reply->readAll();
        const QJsonObject answer = QJsonDocument::fromJson(raw).object();
        const QJsonObject data = answer.value(QStringLiteral("data")).toObject();
        // The amount as the literal the storefront wrote (never through a double).
        static const QRegularExpression actualLiteral(QStringLiteral("\"actual_amount\"\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)"));
        const auto match = actualLiteral.match(QString::fromLatin1(raw));
        if (answer.value(QStringLiteral("status_code")).toInt() != 200 || !match.hasMatch()) {
            Q_EMIT problem(tr("The storefront refused a simulated order: %1")
                               .arg(answer.value(QStringLiteral("message")).toString(reply->errorString())));
            return;
        }
        const QString actual = match.captured(1);
        const QString tradeId = data.value(QStringLiteral("trade_id")).toString();
        const QString address = data.value(QStringLiteral("token")).toString();
        Q_EMIT orderCreated(tradeId, actual, address);
        const Payment kind = paymentFor(n);
        if (kind == Payment::Late) {
            QTimer::singleShot((m_expirySeconds + 10) * 1000, this,
                [this, tradeId, address, actual] { pay(tradeId, address, actual, Payment::Late); });
            return;
        }
        QTimer::singleShot(1500, this, [this, tradeId, address, actual, kind] { pay(tradeId, address, actual, kind); });
    });
}

void DemoSimulator::pay(const QString &tradeId, const QString &address, const QString &amount, Payment kind)
{
    auto parsed = money::Amount::parse(amount, money::Asset::usdt6());
    if (!parsed.ok()) {
        Q_EMIT problem(parsed.error().userMessage);
        return;
    }
    money::UInt256 units = parsed->units();
    if (kind == Payment::Short)
        units = *units.checkedSub(units.divModSmall(10).first); // 90 %
    auto sentAmount = money::Amount::fromUnits(units, money::Asset::usdt6());
    const QString sent = sentAmount.ok() ? sentAmount->toString() : amount;
    const QStringList customers = m_network->chain().customers;
    if (customers.isEmpty())
        return;
    const QString from = customers.at(m_count % customers.size());
    m_network->pay(from, address, units).then(this, [this, tradeId, sent, kind](const Result<QString> &tx) {
        if (!tx.ok()) {
            Q_EMIT problem(tx.error().userMessage);
            return;
        }
        Q_EMIT paymentSent(tradeId, sent, kind);
    });
}

} // namespace kassa::demo
