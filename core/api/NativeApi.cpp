// The native /v1 surface of StorefrontApi (spec/storefront-api.md §2):
// bearer API keys with scopes, decimal-string amounts with an explicit
// asset, idempotent order creation, listing with a cursor, cancel, health.
// Errors are an HTTP status with {"error":{"code","message","field"}}.
#include "api/ApiKeys.h"
#include "api/StorefrontApi.h"
#include "base/Log.h"
#include "notify/EpusdtSignature.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace kassa::api {

namespace {

ApiResponse error(int status, const QString &code, const QString &message, const QString &field = {})
{
    ApiResponse r;
    r.status = status;
    QByteArray body =
        "{\"error\":{\"code\":" + notify::RawJson::quote(code) + ",\"message\":" + notify::RawJson::quote(message);
    if (!field.isEmpty())
        body += ",\"field\":" + notify::RawJson::quote(field);
    r.body = body + "}}";
    return r;
}

ApiResponse ok(const QByteArray &body, int status = 200)
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    return r;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QByteArray StorefrontApi::orderJson(const payments::Order &o) const
{
    const QString base = m_settings.publicBaseUrl.endsWith(QLatin1Char('/')) ? m_settings.publicBaseUrl.chopped(1)
                                                                             : m_settings.publicBaseUrl;
    QByteArray j = "{\"id\":" + notify::RawJson::quote(o.tradeId);
    j += ",\"order_id\":" + notify::RawJson::quote(o.merchantOrderId);
    j += ",\"status\":" + notify::RawJson::quote(payments::orderStatusName(o.status));
    j += ",\"chain\":" + notify::RawJson::quote(o.chain);
    j += ",\"asset\":" + notify::RawJson::quote(o.amount.asset().symbol);
    j += ",\"amount\":" + notify::RawJson::quote(o.amount.toString());
    j += ",\"received\":" + notify::RawJson::quote(o.received.toString());
    j += ",\"address\":" + notify::RawJson::quote(o.address);
    j += QByteArray(",\"dedicated\":") + (o.dedicated ? "true" : "false");
    j += ",\"created_at\":" + notify::RawJson::quote(iso(o.createdMs));
    j += ",\"expires_at\":" + notify::RawJson::quote(iso(o.expiresMs));
    j += ",\"paid_at\":" + (o.paidMs ? notify::RawJson::quote(iso(*o.paidMs)) : QByteArray("null"));
    j += ",\"tx_hash\":" + (o.txHash.isEmpty() ? QByteArray("null") : notify::RawJson::quote(o.txHash));
    j += ",\"payment_url\":" + notify::RawJson::quote(base + QStringLiteral("/pay/checkout-counter/") + o.tradeId);
    if (o.isFiat()) {
        j += ",\"fiat\":{\"currency\":" + notify::RawJson::quote(o.fiat)
            + ",\"amount\":" + notify::RawJson::quote(o.fiatAmount) + ",\"rate\":" + notify::RawJson::quote(o.rate)
            + ",\"rate_source\":" + notify::RawJson::quote(o.rateSource)
            + ",\"rate_observed_at\":" + notify::RawJson::quote(iso(o.rateObservedMs))
            + ",\"rate_age_seconds\":" + QByteArray::number((o.createdMs - o.rateObservedMs) / 1000) + "}";
    }
    return j + "}";
}

ApiResponse StorefrontApi::handleNative(const ApiRequest &request)
{
    const auto &db = m_payments->database();
    // Health needs no key (it says nothing about orders).
    if (request.path == QLatin1String("/v1/health") && request.method == "GET")
        return ok("{\"listener\":\"up\",\"time\":" + notify::RawJson::quote(iso(m_clock.nowMs())) + "}");

    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Bearer ") || auth.size() > 200)
        return error(
            401, QStringLiteral("unauthorized"), QStringLiteral("an API key is required (Authorization: Bearer …)"));
    auto reader = db->reader();
    if (!reader.ok())
        return error(500, QStringLiteral("internal"), QStringLiteral("database unavailable"));
    auto key = ApiKeys::check(reader.value(), QString::fromLatin1(auth.mid(7).trimmed()));
    if (!key.ok())
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("unknown or revoked API key"));
    if (request.path.startsWith(QLatin1String("/v1/deposit")))
        return handleDeposits(request, key.value());
    const auto needs = [&](const char *scopeName) -> std::optional<ApiResponse> {
        if (key->allows(QLatin1String(scopeName)))
            return std::nullopt;
        return error(403, QStringLiteral("forbidden"),
            QStringLiteral("this key lacks the %1 scope").arg(QLatin1String(scopeName)));
    };

    static const QString orders = QStringLiteral("/v1/orders");
    if (request.path == orders) {
        if (request.method == "POST") {
            if (auto denied = needs(scope::Orders))
                return *denied;
            return createNativeOrder(request, key->id);
        }
        if (request.method == "GET") {
            if (auto denied = needs(scope::ReadOnly))
                return *denied;
            return listOrders(request);
        }
        return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("use GET or POST"));
    }
    if (request.path.startsWith(orders + QLatin1Char('/'))) {
        QString rest = request.path.mid(orders.size() + 1);
        const bool cancelling = rest.endsWith(QLatin1String("/cancel"));
        if (cancelling)
            rest.chop(7);
        if (rest.isEmpty() || rest.size() > 64 || rest.contains(QLatin1Char('/')))
            return error(404, QStringLiteral("not_found"), QStringLiteral("no such order"));
        if (cancelling) {
            if (request.method != "POST")
                return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("use POST"));
            if (auto denied = needs(scope::Orders))
                return *denied;
            auto done = m_payments->cancel(
                rest, QStringLiteral("cancelled through the API"), audit::Actor::apiKey(key->id, key->name));
            if (!done.ok())
                return done.error().code == ErrorCode::NotFound
                    ? error(404, QStringLiteral("not_found"), QStringLiteral("no such order"))
                    : error(409, QStringLiteral("conflict"), done.error().message);
            return ok(orderJson(done.value()));
        }
        if (request.method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("use GET"));
        if (auto denied = needs(scope::ReadOnly))
            return *denied;
        auto found = m_payments->orderByTradeId(rest);
        if (!found.ok())
            return error(500, QStringLiteral("internal"), QStringLiteral("database error"));
        if (!found->has_value())
            return error(404, QStringLiteral("not_found"), QStringLiteral("no such order"));
        return ok(orderJson(**found));
    }
    // Payout requests: an API key asks; approval happens in the console only.
    static const QString payoutsPath = QStringLiteral("/v1/payouts");
    if (request.path == payoutsPath || request.path.startsWith(payoutsPath + QLatin1Char('/'))) {
        if (auto denied = needs(scope::PayoutsRequest))
            return *denied;
        if (request.path == payoutsPath) {
            if (request.method != "POST")
                return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("use POST"));
            return createPayout(request, key->id, key->name, key->scopes);
        }
        const QString id = request.path.mid(payoutsPath.size() + 1);
        if (id.isEmpty() || id.size() > 64 || id.contains(QLatin1Char('/')))
            return error(404, QStringLiteral("not_found"), QStringLiteral("no such payout"));
        if (request.method != "GET")
            return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("use GET"));
        return showPayout(id, key->id);
    }
    return error(404, QStringLiteral("not_found"), QStringLiteral("no such route"));
}

ApiResponse StorefrontApi::createNativeOrder(const ApiRequest &request, const QString &apiKeyId)
{
    notify::JsonLimits limits;
    limits.maxBytes = m_settings.maxBodyBytes;
    limits.maxDepth = m_settings.maxJsonDepth;
    auto fields = notify::RawJson::parseObject(request.body, limits);
    if (!fields.ok())
        return error(400, QStringLiteral("invalid_json"), fields.error().message);
    bool wrongType = false;
    const auto orderId = notify::RawJson::stringMember(fields.value(), "order_id", &wrongType);
    const auto amount = notify::RawJson::stringMember(fields.value(), "amount", &wrongType);
    const auto asset = notify::RawJson::stringMember(fields.value(), "asset", &wrongType);
    const auto chainId = notify::RawJson::stringMember(fields.value(), "chain", &wrongType);
    const auto fiat = notify::RawJson::stringMember(fields.value(), "fiat", &wrongType);
    const auto fiatAmount = notify::RawJson::stringMember(fields.value(), "fiat_amount", &wrongType);
    const auto redirect = notify::RawJson::stringMember(fields.value(), "redirect_url", &wrongType);
    if (wrongType)
        return error(400, QStringLiteral("invalid_type"),
            QStringLiteral("order_id, amount, asset, chain, fiat, fiat_amount and redirect_url are strings"));
    if (!orderId || orderId->isEmpty() || orderId->size() > 64)
        return error(400, QStringLiteral("invalid_field"), QStringLiteral("order_id: 1 to 64 characters"),
            QStringLiteral("order_id"));
    if (chainId && *chainId != m_settings.target.chain)
        return error(400, QStringLiteral("unsupported_chain"),
            QStringLiteral("chain %1 is not enabled for orders").arg(*chainId), QStringLiteral("chain"));
    if (asset && *asset != m_settings.target.asset.symbol)
        return error(400, QStringLiteral("unsupported_asset"), QStringLiteral("asset %1 is not accepted").arg(*asset),
            QStringLiteral("asset"));
    if (amount.has_value() == fiat.has_value())
        return error(400, QStringLiteral("invalid_field"),
            QStringLiteral("give either amount (with asset) or fiat and fiat_amount"), QStringLiteral("amount"));
    if (redirect && !isCallbackUrl(*redirect, m_settings.maxUrlLength))
        return error(400, QStringLiteral("invalid_field"), QStringLiteral("redirect_url must be an http(s) URL"),
            QStringLiteral("redirect_url"));

    // Idempotency: the same key and body give the same order.
    const QByteArray idemKey = request.header("Idempotency-Key");
    const QString bodyHash =
        QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    const auto &db = m_payments->database();
    const auto replay = [&]() -> std::optional<ApiResponse> {
        if (idemKey.isEmpty())
            return std::nullopt;
        auto reader = db->reader();
        if (!reader.ok())
            return error(500, QStringLiteral("internal"), QStringLiteral("database unavailable"));
        QSqlQuery q(reader.value());
        q.prepare(
            QStringLiteral("SELECT body_hash, order_id FROM idempotency_keys WHERE api_key_id = ? AND idem_key = ?"));
        q.addBindValue(apiKeyId);
        q.addBindValue(QString::fromLatin1(idemKey));
        if (!q.exec())
            return error(500, QStringLiteral("internal"), QStringLiteral("database error"));
        if (!q.next())
            return std::nullopt;
        if (q.value(0).toString() != bodyHash)
            return error(409, QStringLiteral("idempotency_conflict"),
                QStringLiteral("this Idempotency-Key was used with another body"));
        auto found = payments::Payments::loadOrder(reader.value(), QStringLiteral("id"), q.value(1).toLongLong());
        if (!found.ok() || !found->has_value())
            return error(500, QStringLiteral("internal"), QStringLiteral("database error"));
        return ok(orderJson(**found));
    };
    if (idemKey.size() > 200)
        return error(400, QStringLiteral("invalid_header"), QStringLiteral("Idempotency-Key is too long"));
    if (auto earlier = replay())
        return *earlier;

    payments::OrderRequest order;
    order.channel = payments::OrderChannel::Native;
    order.merchantOrderId = *orderId;
    order.target = m_settings.target;
    order.redirectUrl = redirect.value_or(QString());
    for (const auto &f : fields.value())
        if (f.key == QLatin1String("dedicated"))
            order.dedicated = f.kind == notify::JsonField::Kind::Bool && f.text == QLatin1String("true");
    if (amount) {
        auto parsed = money::Amount::parse(*amount, m_settings.target.asset);
        if (!parsed.ok())
            return error(400, QStringLiteral("invalid_amount"), parsed.error().message, QStringLiteral("amount"));
        order.assetAmount = parsed.value();
    } else {
        if (!fiatAmount)
            return error(400, QStringLiteral("invalid_field"), QStringLiteral("fiat_amount is required with fiat"),
                QStringLiteral("fiat_amount"));
        order.fiat = *fiat;
        order.fiatAmount = *fiatAmount;
    }
    const payments::CreateOutcome outcome = m_payments->createOrder(order);
    if (!outcome.ok()) {
        if (outcome.failure == payments::CreateFailure::Duplicate) {
            if (auto earlier = replay())
                return *earlier;
            return error(
                409, QStringLiteral("duplicate_order"), QStringLiteral("order_id exists"), QStringLiteral("order_id"));
        }
        switch (outcome.failure) {
        case payments::CreateFailure::Invalid:
        case payments::CreateFailure::AmountTooSmall:
            return error(400, QStringLiteral("invalid_amount"), outcome.error.message, QStringLiteral("amount"));
        case payments::CreateFailure::RateUnavailable:
            return error(503, QStringLiteral("rate_unavailable"), outcome.error.message, QStringLiteral("fiat"));
        case payments::CreateFailure::NoAddress:
        case payments::CreateFailure::NoFreeAmount:
            return error(503, QStringLiteral("no_capacity"), outcome.error.message);
        default: return error(500, QStringLiteral("internal"), QStringLiteral("system error"));
        }
    }
    if (!idemKey.isEmpty()) {
        const qint64 now = m_clock.nowMs();
        auto stored = db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            QSqlQuery q(c);
            q.prepare(
                QStringLiteral("INSERT INTO idempotency_keys (api_key_id, idem_key, body_hash, order_id, created_ms) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
            q.addBindValue(apiKeyId);
            q.addBindValue(QString::fromLatin1(idemKey));
            q.addBindValue(bodyHash);
            q.addBindValue(outcome.order->id);
            q.addBindValue(now);
            if (!q.exec())
                return makeError(ErrorCode::Database, q.lastError().text(), {});
            return {};
        });
        if (!stored.ok())
            qCWarning(lcEngine) << "idempotency key not stored:" << stored.error().message;
    }
    return ok(orderJson(*outcome.order), 201);
}

ApiResponse StorefrontApi::listOrders(const ApiRequest &request)
{
    const QUrlQuery query(request.query);
    payments::OrderFilter filter;
    filter.limit = 100;
    if (query.hasQueryItem(QStringLiteral("status"))) {
        filter.status = payments::orderStatusFromName(query.queryItemValue(QStringLiteral("status")));
        if (!filter.status)
            return error(
                400, QStringLiteral("invalid_field"), QStringLiteral("unknown status"), QStringLiteral("status"));
    }
    if (query.hasQueryItem(QStringLiteral("since"))) {
        const QDateTime since = QDateTime::fromString(query.queryItemValue(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return error(400, QStringLiteral("invalid_field"), QStringLiteral("since: an ISO 8601 time"),
                QStringLiteral("since"));
        filter.fromMs = since.toMSecsSinceEpoch();
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        bool okNumber = false;
        filter.beforeId = query.queryItemValue(QStringLiteral("cursor")).toLongLong(&okNumber);
        if (!okNumber || filter.beforeId <= 0)
            return error(400, QStringLiteral("invalid_field"), QStringLiteral("bad cursor"), QStringLiteral("cursor"));
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool okNumber = false;
        filter.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&okNumber);
        if (!okNumber || filter.limit < 1 || filter.limit > 500)
            return error(
                400, QStringLiteral("invalid_field"), QStringLiteral("limit: 1 to 500"), QStringLiteral("limit"));
    }
    auto orders = m_payments->orders(filter);
    if (!orders.ok())
        return error(500, QStringLiteral("internal"), QStringLiteral("database error"));
    QByteArray body = "{\"orders\":[";
    for (qsizetype i = 0; i < orders->size(); ++i)
        body += (i ? "," : "") + orderJson(orders->at(i));
    body += "],\"next_cursor\":";
    body += orders->size() == filter.limit ? notify::RawJson::quote(QString::number(orders->last().id))
                                           : QByteArray("null");
    return ok(body + "}");
}

} // namespace kassa::api
