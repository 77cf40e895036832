#include "api/StorefrontApi.h"

#include "api/CheckoutPage.h"
#include "base/Log.h"
#include "money/Decimal.h"
#include "money/WireNumber.h"
#include "notify/EpusdtSignature.h"
#include "notify/Outbox.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace kassa::api {

namespace {

const QString kBadSignature = QStringLiteral("签名认证错误");

QByteArray requestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

ApiResponse json(const QByteArray &body, int status = 200)
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    return r;
}

const notify::JsonField *field(const QList<notify::JsonField> &fields, const char *key)
{
    for (const auto &f : fields)
        if (f.key == QLatin1String(key))
            return &f;
    return nullptr;
}

int fiatDecimals(const QString &code)
{
    return (code == QLatin1String("JPY") || code == QLatin1String("KRW") || code == QLatin1String("VND")) ? 0 : 2;
}

} // namespace

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

StorefrontApi::StorefrontApi(std::shared_ptr<payments::Payments> payments, ApiSettings settings, const Clock &clock)
    : m_payments(std::move(payments)), m_settings(std::move(settings)), m_clock(clock)
{ }

QByteArray StorefrontApi::envelope(int code, const QString &message, const QByteArray &dataJson)
{
    return "{\"status_code\":" + QByteArray::number(code) + ",\"message\":" + notify::RawJson::quote(message)
        + ",\"data\":" + dataJson + ",\"request_id\":\"" + requestId() + "\"}";
}

bool StorefrontApi::isCallbackUrl(const QString &url, int maxLength)
{
    if (url.isEmpty() || url.size() > maxLength)
        return false;
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"))
        && !u.host().isEmpty() && u.userInfo().isEmpty();
}

std::variant<CreateTransaction, Refusal> StorefrontApi::parseCreateTransaction(
    QByteArrayView body, QByteArrayView token, const ApiSettings &settings)
{
    notify::JsonLimits limits;
    limits.maxBytes = settings.maxBodyBytes;
    limits.maxDepth = settings.maxJsonDepth;
    auto fields = notify::RawJson::parseObject(body, limits);
    if (!fields.ok())
        return Refusal {epusdt::BadParams, fields.error().message};
    // The signature first, over every key (unknown ones included), as
    // Epusdt's middleware does. No token configured: nothing verifies.
    const auto *signature = field(fields.value(), "signature");
    if (token.isEmpty() || !signature || signature->kind != notify::JsonField::Kind::String
        || !notify::EpusdtSignature::verify(fields.value(), token))
        return Refusal {epusdt::BadSignature, kBadSignature};

    CreateTransaction out;
    const auto text = [&](const char *key, QString &into, bool required, int maxLength) -> std::optional<Refusal> {
        const auto *f = field(fields.value(), key);
        if (!f || f->kind == notify::JsonField::Kind::Null) {
            if (required)
                return Refusal {epusdt::BadParams, QStringLiteral("%1 is required").arg(QLatin1String(key))};
            return std::nullopt;
        }
        if (f->kind != notify::JsonField::Kind::String)
            return Refusal {epusdt::BadParams, QStringLiteral("%1 must be a string").arg(QLatin1String(key))};
        if (f->text.size() > maxLength || (required && f->text.isEmpty()))
            return Refusal {epusdt::BadParams, QStringLiteral("%1 has a bad length").arg(QLatin1String(key))};
        into = f->text;
        return std::nullopt;
    };
    if (auto r = text("order_id", out.orderId, true, 32))
        return *r;
    if (auto r = text("notify_url", out.notifyUrl, true, settings.maxUrlLength))
        return *r;
    if (auto r = text("redirect_url", out.redirectUrl, false, settings.maxUrlLength))
        return *r;
    if (auto r = text("currency", out.currency, false, 8))
        return *r;
    if (auto r = text("network", out.network, false, 32))
        return *r;
    if (!isCallbackUrl(out.notifyUrl, settings.maxUrlLength))
        return Refusal {epusdt::BadParams, QStringLiteral("notify_url must be an http(s) URL")};
    if (!out.redirectUrl.isEmpty() && !isCallbackUrl(out.redirectUrl, settings.maxUrlLength))
        return Refusal {epusdt::BadParams, QStringLiteral("redirect_url must be an http(s) URL")};
    for (const QChar c : out.orderId)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Refusal {epusdt::BadParams, QStringLiteral("order_id contains control characters")};
    if (!out.currency.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(out.currency).hasMatch())
        return Refusal {epusdt::BadParams, QStringLiteral("currency must be an ISO 4217 code")};

    // The amount: a JSON number (Epusdt) or a numeric string (a superset).
    const auto *amount = field(fields.value(), "amount");
    if (!amount)
        return Refusal {epusdt::BadParams, QStringLiteral("amount is required")};
    QString amountText;
    if (amount->kind == notify::JsonField::Kind::Number) {
        auto go = money::WireNumber::signingText(amount->text);
        if (!go.ok())
            return Refusal {epusdt::BadParams, QStringLiteral("amount is out of range")};
        amountText = go.value();
    } else if (amount->kind == notify::JsonField::Kind::String) {
        amountText = amount->text;
    } else {
        return Refusal {epusdt::BadParams, QStringLiteral("amount must be a number")};
    }
    const QString fiat = out.currency.isEmpty() ? settings.fiat : out.currency;
    auto decimal = money::Decimal::parse(amountText, money::DecimalRules {fiatDecimals(fiat), false, fiat});
    if (!decimal.ok())
        return Refusal {
            epusdt::BadParams, QStringLiteral("amount is not a price in %1: %2").arg(fiat, decimal.error().message)};
    // Epusdt: amount must be more than 0.01.
    auto floor = money::Decimal::parse(QStringLiteral("0.01"), money::DecimalRules {2, false, {}});
    const auto scaled = decimal->rescaled(std::max(2, decimal->scale()), money::Rounding::Down);
    const auto minimum = floor->rescaled(std::max(2, decimal->scale()), money::Rounding::Down);
    if (!scaled || !minimum || !(minimum->coefficient() < scaled->coefficient()))
        return Refusal {epusdt::AmountTooSmall, QStringLiteral("amount must be more than 0.01")};
    out.amountText = decimal->toShortString();
    return out;
}

bool StorefrontApi::allow(const QHostAddress &remote)
{
    if (m_settings.ratePerSecond <= 0)
        return true;
    QMutexLocker lock(&m_bucketsMutex);
    const qint64 now = m_clock.nowMs();
    const qint64 capacity = qint64(m_settings.ratePerSecond) * 2000; // 2 s worth, in thousandths
    Bucket &b = m_buckets[remote.toString()];
    if (b.atMs == 0)
        b.milliTokens = capacity;
    b.milliTokens = std::min(capacity, b.milliTokens + (now - b.atMs) * m_settings.ratePerSecond);
    b.atMs = now;
    if (m_buckets.size() > 10000) // a flood of addresses: forget the full buckets
        m_buckets.removeIf([capacity](const auto &it) { return it.value().milliTokens >= capacity; });
    if (b.milliTokens < 1000)
        return false;
    b.milliTokens -= 1000;
    return true;
}

namespace {
//! Epusdt's create-transaction route and the path its plugins use.
bool isCreateTransaction(const QString &path)
{
    static const QString create1 = QStringLiteral("/api/v1/order/create-transaction");
    static const QString create2 = QStringLiteral("/payments/epusdt/v1/order/create-transaction");
    return path == create1 || path == create2;
}
} // namespace

std::optional<ApiResponse> StorefrontApi::admit(const ApiRequest &request)
{
    if (!allow(request.remote)) {
        ApiResponse r = json(envelope(429, QStringLiteral("too many requests")), 429);
        r.headers.append(std::make_pair(QByteArray("Retry-After"), QByteArray("1")));
        return r;
    }
    if (request.body.size() > m_settings.maxBodyBytes)
        return json(envelope(epusdt::SystemError, QStringLiteral("request body too large")), 413);
    return std::nullopt;
}

bool StorefrontApi::handleAsync(
    const ApiRequest &request, QObject *context, std::function<void(const ApiResponse &)> reply)
{
    if (request.method != "POST" || !isCreateTransaction(request.path))
        return false;
    if (auto refused = admit(request)) {
        reply(*refused);
        return true;
    }
    auto prepared = prepareCreateTransaction(request);
    if (auto *answer = std::get_if<ApiResponse>(&prepared)) {
        reply(*answer);
        return true;
    }
    const auto &ready = std::get<std::pair<payments::OrderRequest, QString>>(prepared);
    m_payments->createOrderAsync(ready.first, context,
        [this, amountText = ready.second, reply = std::move(reply)](
            const payments::CreateOutcome &outcome) { reply(answerCreateTransaction(outcome, amountText)); });
    return true;
}

ApiResponse StorefrontApi::handle(const ApiRequest &request)
{
    if (auto refused = admit(request))
        return *refused;
    static const QString status = QStringLiteral("/pay/check-status/");
    static const QString checkout = QStringLiteral("/pay/checkout-counter/");
    if (isCreateTransaction(request.path)) {
        if (request.method != "POST")
            return json(envelope(epusdt::SystemError, QStringLiteral("use POST")), 405);
        return createTransaction(request);
    }
    if (request.path.startsWith(status) && request.method == "GET")
        return checkStatus(request.path.mid(status.size()));
    if (request.path.startsWith(checkout) && request.method == "GET")
        return checkoutPage(request.path.mid(checkout.size()), request);
    if (request.path.startsWith(QLatin1String("/v1/")))
        return handleNative(request);
    static const QString demoPay = QStringLiteral("/demo/pay/");
    if (m_settings.demo && m_settings.demoPay && request.path.startsWith(demoPay) && request.method == "POST")
        return payDemoOrder(request.path.mid(demoPay.size()));
    return json(envelope(404, QStringLiteral("not found")), 404);
}

ApiResponse StorefrontApi::createTransaction(const ApiRequest &request)
{
    auto prepared = prepareCreateTransaction(request);
    if (auto *answer = std::get_if<ApiResponse>(&prepared))
        return *answer;
    const auto &ready = std::get<std::pair<payments::OrderRequest, QString>>(prepared);
    return answerCreateTransaction(m_payments->createOrder(ready.first), ready.second);
}

std::variant<std::pair<payments::OrderRequest, QString>, ApiResponse> StorefrontApi::prepareCreateTransaction(
    const ApiRequest &request)
{
    auto parsed = parseCreateTransaction(request.body, m_settings.epusdtToken, m_settings);
    if (auto *refusal = std::get_if<Refusal>(&parsed)) {
        qCInfo(lcEngine) << "create-transaction refused:" << refusal->code << refusal->message;
        return json(envelope(refusal->code, refusal->message));
    }
    const CreateTransaction &ct = std::get<CreateTransaction>(parsed);
    payments::OrderRequest order;
    order.channel = payments::OrderChannel::Epusdt;
    order.merchantOrderId = ct.orderId;
    order.target = m_settings.target;
    if (!ct.network.isEmpty() && ct.network != m_settings.target.chain)
        return json(envelope(epusdt::NoAddress, QStringLiteral("network %1 is not enabled").arg(ct.network)));
    order.fiat = ct.currency.isEmpty() ? m_settings.fiat : ct.currency;
    order.fiatAmount = ct.amountText;
    order.notifyUrl = ct.notifyUrl;
    order.redirectUrl = ct.redirectUrl;
    return std::make_pair(std::move(order), ct.amountText);
}

ApiResponse StorefrontApi::answerCreateTransaction(const payments::CreateOutcome &outcome, const QString &amountText) const
{
    if (!outcome.ok()) {
        int code = epusdt::SystemError;
        switch (outcome.failure) {
        case payments::CreateFailure::Duplicate: code = epusdt::OrderExists; break;
        case payments::CreateFailure::NoAddress: code = epusdt::NoAddress; break;
        case payments::CreateFailure::AmountTooSmall: code = epusdt::AmountTooSmall; break;
        case payments::CreateFailure::NoFreeAmount: code = epusdt::NoFreeAmount; break;
        case payments::CreateFailure::RateUnavailable: code = epusdt::RateError; break;
        case payments::CreateFailure::Invalid: code = epusdt::BadParams; break;
        default: break;
        }
        qCInfo(lcEngine) << "create-transaction failed:" << code << outcome.error.message;
        // Database trouble is not the storefront's business in detail.
        const QString message = code == epusdt::SystemError ? QStringLiteral("system error") : outcome.error.message;
        return json(envelope(code, message));
    }
    const payments::Order &o = *outcome.order;
    const QString base = m_settings.publicBaseUrl.endsWith(QLatin1Char('/')) ? m_settings.publicBaseUrl.chopped(1)
                                                                             : m_settings.publicBaseUrl;
    QByteArray data = "{\"trade_id\":" + notify::RawJson::quote(o.tradeId);
    data += ",\"order_id\":" + notify::RawJson::quote(o.merchantOrderId);
    data += ",\"amount\":" + (o.isFiat() ? o.fiatAmount : amountText).toLatin1();
    data += ",\"actual_amount\":" + money::WireNumber::jsonLiteral(o.amount).toLatin1();
    data += ",\"token\":" + notify::RawJson::quote(o.address);
    data += ",\"expiration_time\":" + QByteArray::number(o.expiresMs / 1000);
    data += ",\"payment_url\":" + notify::RawJson::quote(base + QStringLiteral("/pay/checkout-counter/") + o.tradeId);
    data += ",\"receive_address\":" + notify::RawJson::quote(o.address);
    data += ",\"network\":" + notify::RawJson::quote(o.chain);
    data += ",\"currency\":" + notify::RawJson::quote(o.amount.asset().symbol);
    data += "}";
    return json(envelope(epusdt::Ok, QStringLiteral("success"), data));
}

ApiResponse StorefrontApi::payDemoOrder(const QString &tradeId)
{
    if (tradeId.isEmpty() || tradeId.size() > 64)
        return json(envelope(epusdt::OrderNotFound, QStringLiteral("order not found")), 404);
    auto order = m_payments->orderByTradeId(tradeId);
    if (!order.ok())
        return json(envelope(epusdt::SystemError, QStringLiteral("system error")), 500);
    if (!order->has_value())
        return json(envelope(epusdt::OrderNotFound, QStringLiteral("order not found")), 404);
    if ((*order)->status != payments::OrderStatus::Waiting)
        return json(envelope(epusdt::BadParams, QStringLiteral("order is not waiting for payment")), 409);
    m_settings.demoPay(**order);
    return json(envelope(epusdt::Ok, QStringLiteral("payment sent from a test account")));
}

ApiResponse StorefrontApi::checkStatus(const QString &tradeId)
{
    if (tradeId.isEmpty() || tradeId.size() > 64)
        return json(envelope(epusdt::OrderNotFound, QStringLiteral("order not found")));
    auto order = m_payments->orderByTradeId(tradeId);
    if (!order.ok())
        return json(envelope(epusdt::SystemError, QStringLiteral("system error")));
    if (!order->has_value())
        return json(envelope(epusdt::OrderNotFound, QStringLiteral("order not found")));
    const payments::Order &o = **order;
    const QByteArray data = "{\"trade_id\":" + notify::RawJson::quote(o.tradeId)
        + ",\"status\":" + QByteArray::number(payments::epusdtStatusCode(o.status)) + "}";
    return json(envelope(epusdt::Ok, QStringLiteral("success"), data));
}

ApiResponse StorefrontApi::checkoutPage(const QString &tradeId, const ApiRequest &request)
{
    std::optional<payments::Order> order;
    if (!tradeId.isEmpty() && tradeId.size() <= 64) {
        auto found = m_payments->orderByTradeId(tradeId);
        if (found.ok() && found->has_value())
            order = **found;
    }
    ApiResponse r;
    r.contentType = "text/html; charset=utf-8";
    r.headers.append(std::make_pair(QByteArray("Content-Security-Policy"),
        QByteArray("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
                   "connect-src 'self'")));
    r.headers.append(std::make_pair(QByteArray("X-Frame-Options"), QByteArray("DENY")));
    r.headers.append(std::make_pair(QByteArray("Referrer-Policy"), QByteArray("no-referrer")));
    r.headers.append(std::make_pair(QByteArray("Cache-Control"), QByteArray("no-store")));
    const QString language = CheckoutPage::pickLanguage(QString::fromLatin1(request.header("Accept-Language")));
    if (!order) {
        r.status = 404;
        r.body = CheckoutPage::notFound(language);
        return r;
    }
    r.body = CheckoutPage::render(*order, language, m_clock.nowMs(), m_settings.demo);
    return r;
}

} // namespace kassa::api
