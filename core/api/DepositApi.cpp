// The deposit routes of the native /v1 surface (spec/storefront-api.md §2):
// POST /v1/deposit-addresses gives a customer their own top-up address (the
// same one every time for the same customer, chain and asset), GET
// /v1/deposits lists what arrived there. Every transfer to a deposit
// address is also reported to the webhook: deposit.seen, deposit.confirmed.
#include "api/ApiKeys.h"
#include "api/StorefrontApi.h"
#include "notify/EpusdtSignature.h"

#include <QDateTime>
#include <QUrlQuery>

namespace kassa::api {

namespace {

ApiResponse refusal(const NativeRefusal &r)
{
    ApiResponse out;
    out.status = r.status;
    QByteArray body = "{\"error\":{\"code\":" + notify::RawJson::quote(r.code)
        + ",\"message\":" + notify::RawJson::quote(r.message);
    if (!r.field.isEmpty())
        body += ",\"field\":" + notify::RawJson::quote(r.field);
    out.body = body + "}}";
    return out;
}

ApiResponse refusal(int status, const char *code, const QString &message, const char *field = "")
{
    return refusal(NativeRefusal {status, QLatin1String(code), message, QLatin1String(field)});
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray depositAddressJson(const payments::DepositAddress &d)
{
    return "{\"id\":" + notify::RawJson::quote(QString::number(d.id))
        + ",\"customer_id\":" + notify::RawJson::quote(d.customerId) + ",\"chain\":" + notify::RawJson::quote(d.chain)
        + ",\"asset\":" + notify::RawJson::quote(d.asset.symbol) + ",\"address\":" + notify::RawJson::quote(d.address)
        + ",\"created_at\":" + notify::RawJson::quote(iso(d.createdMs)) + "}";
}

QByteArray depositJson(const payments::Deposit &d)
{
    return "{\"id\":" + notify::RawJson::quote(QString::number(d.id))
        + ",\"customer_id\":" + notify::RawJson::quote(d.customerId) + ",\"chain\":" + notify::RawJson::quote(d.chain)
        + ",\"asset\":" + notify::RawJson::quote(d.amount.asset().symbol)
        + ",\"address\":" + notify::RawJson::quote(d.address) + ",\"amount\":" + notify::RawJson::quote(d.amount.toString())
        + ",\"tx_hash\":" + notify::RawJson::quote(d.txHash) + ",\"log_index\":" + QByteArray::number(d.logIndex)
        + ",\"stage\":" + notify::RawJson::quote(d.stage) + ",\"created_at\":" + notify::RawJson::quote(iso(d.createdMs))
        + ",\"updated_at\":" + notify::RawJson::quote(iso(d.updatedMs)) + "}";
}

bool validCustomerId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Other_Surrogate || c.category() == QChar::Other_NotAssigned)
            return false;
    return true;
}

} // namespace

std::variant<DepositAddressRequest, NativeRefusal> StorefrontApi::parseDepositAddressRequest(
    QByteArrayView body, const ApiSettings &settings)
{
    notify::JsonLimits limits;
    limits.maxBytes = settings.maxBodyBytes;
    limits.maxDepth = settings.maxJsonDepth;
    auto fields = notify::RawJson::parseObject(body, limits);
    if (!fields.ok())
        return NativeRefusal {400, QStringLiteral("invalid_json"), fields.error().message, {}};
    DepositAddressRequest out;
    bool haveCustomer = false;
    for (const auto &f : fields.value()) {
        QString *into = nullptr;
        if (f.key == QLatin1String("customer_id")) {
            into = &out.customerId;
            haveCustomer = true;
        } else if (f.key == QLatin1String("chain")) {
            into = &out.chain;
        } else if (f.key == QLatin1String("asset")) {
            into = &out.asset;
        } else {
            return NativeRefusal {
                400, QStringLiteral("unknown_field"), QStringLiteral("unknown member %1").arg(f.key.left(64)), f.key.left(64)};
        }
        if (f.kind != notify::JsonField::Kind::String)
            return NativeRefusal {400, QStringLiteral("invalid_type"), QStringLiteral("%1 must be a string").arg(f.key), f.key};
        *into = f.text;
    }
    if (!haveCustomer || !validCustomerId(out.customerId))
        return NativeRefusal {400, QStringLiteral("invalid_field"),
            QStringLiteral("customer_id: 1 to 64 characters, no control characters"), QStringLiteral("customer_id")};
    if (out.chain.size() > 32)
        return NativeRefusal {400, QStringLiteral("invalid_field"), QStringLiteral("chain is too long"), QStringLiteral("chain")};
    if (out.asset.size() > 16)
        return NativeRefusal {400, QStringLiteral("invalid_field"), QStringLiteral("asset is too long"), QStringLiteral("asset")};
    return out;
}

ApiResponse StorefrontApi::handleDeposits(const ApiRequest &request, const ApiKey &key)
{
    if (request.path == QLatin1String("/v1/deposit-addresses")) {
        if (request.method != "POST")
            return refusal(405, "method_not_allowed", QStringLiteral("use POST"));
        if (!key.allows(QLatin1String(scope::Orders)))
            return refusal(403, "forbidden", QStringLiteral("this key lacks the orders scope"));
        const auto parsed = parseDepositAddressRequest(request.body, m_settings);
        if (const auto *refused = std::get_if<NativeRefusal>(&parsed))
            return refusal(*refused);
        const auto &wanted = std::get<DepositAddressRequest>(parsed);
        if (!wanted.chain.isEmpty() && wanted.chain != m_settings.target.chain)
            return refusal(400, "unsupported_chain", QStringLiteral("chain %1 is not enabled").arg(wanted.chain), "chain");
        if (!wanted.asset.isEmpty() && wanted.asset != m_settings.target.asset.symbol)
            return refusal(400, "unsupported_asset", QStringLiteral("asset %1 is not accepted").arg(wanted.asset), "asset");
        bool created = false;
        auto address = m_payments->depositAddress(wanted.customerId, m_settings.target, key.id, &created);
        if (!address.ok()) {
            if (address.error().code == ErrorCode::NotFound || address.error().code == ErrorCode::Config)
                return refusal(503, "no_capacity", address.error().message);
            return refusal(500, "internal", QStringLiteral("system error"));
        }
        ApiResponse r;
        r.status = created ? 201 : 200;
        r.body = depositAddressJson(address.value());
        return r;
    }
    if (request.path == QLatin1String("/v1/deposits")) {
        if (request.method != "GET")
            return refusal(405, "method_not_allowed", QStringLiteral("use GET"));
        if (!key.allows(QLatin1String(scope::ReadOnly)))
            return refusal(403, "forbidden", QStringLiteral("this key lacks the read scope"));
        const QUrlQuery query(request.query);
        const QString customer = query.queryItemValue(QStringLiteral("customer_id"), QUrl::FullyDecoded);
        if (query.hasQueryItem(QStringLiteral("customer_id")) && !validCustomerId(customer))
            return refusal(400, "invalid_field", QStringLiteral("bad customer_id"), "customer_id");
        qint64 cursor = 0;
        if (query.hasQueryItem(QStringLiteral("cursor"))) {
            bool okNumber = false;
            cursor = query.queryItemValue(QStringLiteral("cursor")).toLongLong(&okNumber);
            if (!okNumber || cursor <= 0)
                return refusal(400, "invalid_field", QStringLiteral("bad cursor"), "cursor");
        }
        int limit = 100;
        if (query.hasQueryItem(QStringLiteral("limit"))) {
            bool okNumber = false;
            limit = query.queryItemValue(QStringLiteral("limit")).toInt(&okNumber);
            if (!okNumber || limit < 1 || limit > 500)
                return refusal(400, "invalid_field", QStringLiteral("limit: 1 to 500"), "limit");
        }
        auto list = m_payments->deposits(customer, cursor, limit);
        if (!list.ok())
            return refusal(500, "internal", QStringLiteral("database error"));
        QByteArray body = "{\"deposits\":[";
        for (qsizetype i = 0; i < list->size(); ++i)
            body += (i ? "," : "") + depositJson(list->at(i));
        body += "],\"next_cursor\":";
        body += list->size() == limit ? notify::RawJson::quote(QString::number(list->last().id)) : QByteArray("null");
        ApiResponse r;
        r.body = body + "}";
        return r;
    }
    return refusal(404, "not_found", QStringLiteral("no such route"));
}

} // namespace kassa::api
