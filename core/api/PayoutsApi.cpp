// The native /v1/payouts routes of StorefrontApi: an API key with the
// payouts:request scope asks for a payout and reads its state. A request
// lands awaiting approval, through the same Payouts::requestFromApiKey
// (checks, policy, audit) as every other; nothing here can approve, edit or
// send one — approval is the console's, with a person's step-up check.
//
// The request's `reference` is its idempotency key: the same key and
// reference with the same fields return the earlier request (200), with
// other fields 409. The check and the insert share one write transaction.
#include "api/StorefrontApi.h"
#include "notify/EpusdtSignature.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace kassa::api {

namespace {

ApiResponse payoutError(int status, const QString &code, const QString &message, const QString &field = {})
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

QByteArray isoTime(qint64 ms)
{
    return notify::RawJson::quote(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

QByteArray orNull(const QString &text)
{
    return text.isEmpty() ? QByteArray("null") : notify::RawJson::quote(text);
}

//! The native JSON of a payout request. Only what the requester may see:
//! no approver names, no policy internals.
QByteArray payoutJson(const payouts::PayoutRequest &r)
{
    QByteArray j = "{\"id\":" + notify::RawJson::quote(r.id);
    j += ",\"status\":" + notify::RawJson::quote(QLatin1String(payouts::payoutStateName(r.state)));
    j += ",\"revision\":" + QByteArray::number(r.revision);
    j += ",\"chain\":" + notify::RawJson::quote(r.chain);
    j += ",\"asset\":" + notify::RawJson::quote(r.amount.asset().symbol);
    j += ",\"token\":" + notify::RawJson::quote(r.tokenContract);
    j += ",\"amount\":" + notify::RawJson::quote(r.amount.toString());
    j += ",\"destination\":" + notify::RawJson::quote(r.destination);
    j += ",\"reason\":" + notify::RawJson::quote(r.reason);
    j += ",\"reference\":" + orNull(r.reference);
    j += ",\"fiat\":{\"currency\":" + notify::RawJson::quote(r.fiat.value.asset().symbol)
        + ",\"value\":" + notify::RawJson::quote(r.fiat.value.toString()) + ",\"rate\":" + notify::RawJson::quote(r.fiat.rate)
        + ",\"rate_source\":" + notify::RawJson::quote(r.fiat.rateSource) + ",\"rate_observed_at\":" + isoTime(r.fiat.rateAtMs)
        + "}";
    j += ",\"created_at\":" + isoTime(r.createdAtMs);
    j += ",\"updated_at\":" + isoTime(r.updatedAtMs);
    j += ",\"tx_hash\":" + orNull(r.txHash);
    j += ",\"failure_reason\":" + orNull(r.failureReason);
    return j + "}";
}

} // namespace

std::variant<PayoutAsk, ApiRefusal> StorefrontApi::parsePayoutRequest(QByteArrayView body, const ApiSettings &settings)
{
    auto refuse = [](const QString &code, const QString &message, const QString &field = {}) {
        return ApiRefusal {400, code, message, field};
    };
    notify::JsonLimits limits;
    limits.maxBytes = settings.maxBodyBytes;
    limits.maxDepth = settings.maxJsonDepth;
    limits.maxMembers = 16;
    auto fields = notify::RawJson::parseObject(body, limits);
    if (!fields.ok())
        return refuse(QStringLiteral("invalid_json"), fields.error().message);
    static const QStringList known {QStringLiteral("chain"), QStringLiteral("asset"), QStringLiteral("amount"),
        QStringLiteral("destination"), QStringLiteral("reason"), QStringLiteral("reference")};
    for (const auto &f : fields.value()) {
        if (!known.contains(f.key))
            return refuse(QStringLiteral("unknown_field"), QStringLiteral("unknown member %1").arg(f.key.left(40)), f.key.left(40));
    }
    bool wrongType = false;
    const auto chain = notify::RawJson::stringMember(fields.value(), "chain", &wrongType);
    const auto asset = notify::RawJson::stringMember(fields.value(), "asset", &wrongType);
    const auto amount = notify::RawJson::stringMember(fields.value(), "amount", &wrongType);
    const auto destination = notify::RawJson::stringMember(fields.value(), "destination", &wrongType);
    const auto reason = notify::RawJson::stringMember(fields.value(), "reason", &wrongType);
    const auto reference = notify::RawJson::stringMember(fields.value(), "reference", &wrongType);
    if (wrongType)
        return refuse(QStringLiteral("invalid_type"), QStringLiteral("chain, asset, amount, destination, reason and reference are strings"));
    const std::pair<const std::optional<QString> *, const char *> required[] = {
        {&chain, "chain"}, {&asset, "asset"}, {&amount, "amount"}, {&destination, "destination"}, {&reason, "reason"}};
    for (const auto &[value, name] : required) {
        if (!value->has_value() || (*value)->trimmed().isEmpty())
            return refuse(QStringLiteral("missing_field"), QStringLiteral("%1 is required").arg(QLatin1String(name)), QLatin1String(name));
    }
    if (reason->size() > 500)
        return refuse(QStringLiteral("invalid_field"), QStringLiteral("reason: at most 500 characters"), QStringLiteral("reason"));
    if (reference && reference->size() > 100)
        return refuse(QStringLiteral("invalid_field"), QStringLiteral("reference: at most 100 characters"), QStringLiteral("reference"));
    const payments::PaymentTarget *target = nullptr;
    for (const auto &t : settings.payoutTargets) {
        if (t.chain == *chain && t.asset.symbol == *asset)
            target = &t;
    }
    if (!target)
        return refuse(QStringLiteral("unsupported_asset"),
            QStringLiteral("%1 on %2 is not enabled for payouts").arg(asset->left(20), chain->left(40)), QStringLiteral("asset"));
    auto parsed = money::Amount::parse(*amount, target->asset);
    if (!parsed.ok())
        return refuse(QStringLiteral("invalid_amount"), parsed.error().message, QStringLiteral("amount"));
    if (parsed->units().isZero())
        return refuse(QStringLiteral("invalid_amount"), QStringLiteral("the amount must be above zero"), QStringLiteral("amount"));
    auto canonical = payouts::Payouts::canonicalAddress(*chain, *destination);
    if (!canonical.ok())
        return refuse(QStringLiteral("invalid_address"), canonical.error().message, QStringLiteral("destination"));
    PayoutAsk ask;
    ask.chain = *chain;
    ask.token = target->token;
    ask.amount = parsed.value();
    ask.destination = canonical.value();
    ask.reason = reason->trimmed();
    ask.reference = reference.value_or(QString()).trimmed();
    return ask;
}

ApiResponse StorefrontApi::createPayout(const ApiRequest &request, const QString &apiKeyId, const QString &apiKeyName,
    const QStringList &scopes)
{
    const auto checked = parsePayoutRequest(request.body, m_settings);
    if (const auto *refusal = std::get_if<ApiRefusal>(&checked))
        return payoutError(refusal->status, refusal->code, refusal->message, refusal->field);
    const PayoutAsk &ask = std::get<PayoutAsk>(checked);
    if (!m_settings.payoutValuation)
        return payoutError(503, QStringLiteral("rate_unavailable"), QStringLiteral("no exchange rate to value the payout"));
    auto valuation = m_settings.payoutValuation(ask.amount);
    if (!valuation.ok())
        return payoutError(503, QStringLiteral("rate_unavailable"), valuation.error().message);

    payouts::PayoutDraft draft;
    draft.chain = ask.chain;
    draft.tokenContract = ask.token;
    draft.amount = ask.amount;
    draft.destination = ask.destination;
    draft.reason = ask.reason;
    draft.reference = ask.reference;

    const qint64 now = m_clock.nowMs();
    std::optional<payouts::PayoutRequest> earlier;
    std::optional<payouts::PayoutRequest> created;
    bool conflict = false;
    auto written = m_payments->database()->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        if (!draft.reference.isEmpty()) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT id FROM payout_requests WHERE requester_kind = 'api_key' AND requester_id = ? "
                                     "AND reference = ?"));
            q.addBindValue(apiKeyId);
            q.addBindValue(draft.reference);
            if (!q.exec())
                return makeError(ErrorCode::Database, q.lastError().text(), {});
            if (q.next()) {
                auto found = payouts::Payouts::find(c, q.value(0).toString());
                if (!found.ok())
                    return found.error();
                if (found->has_value()) {
                    const auto &r = **found;
                    conflict = r.chain != draft.chain || r.tokenContract != draft.tokenContract || r.amount != draft.amount
                        || r.destination != draft.destination || r.reason != draft.reason;
                    earlier = r;
                    return {};
                }
            }
        }
        auto r = payouts::Payouts::requestFromApiKey(c, apiKeyId, apiKeyName, scopes, draft, valuation.value(), now);
        if (!r.ok())
            return r.error();
        created = r.value();
        return {};
    });
    if (!written.ok()) {
        if (written.error().code == ErrorCode::Database)
            return payoutError(500, QStringLiteral("internal"), QStringLiteral("database error"));
        return payoutError(400, QStringLiteral("refused"), written.error().message);
    }
    if (earlier) {
        if (conflict)
            return payoutError(409, QStringLiteral("reference_conflict"),
                QStringLiteral("this reference was used for another payout request"), QStringLiteral("reference"));
        ApiResponse r;
        r.body = payoutJson(*earlier);
        return r;
    }
    ApiResponse r;
    r.status = 201;
    r.body = payoutJson(*created);
    return r;
}

ApiResponse StorefrontApi::showPayout(const QString &id, const QString &apiKeyId)
{
    auto reader = m_payments->database()->reader();
    if (!reader.ok())
        return payoutError(500, QStringLiteral("internal"), QStringLiteral("database unavailable"));
    auto found = payouts::Payouts::find(reader.value(), id);
    if (!found.ok())
        return payoutError(500, QStringLiteral("internal"), QStringLiteral("database error"));
    // A key sees only what it asked for; anything else does not exist for it.
    if (!found->has_value() || (*found)->requester.kind != payouts::Requester::Kind::ApiKey
        || (*found)->requester.id != apiKeyId)
        return payoutError(404, QStringLiteral("not_found"), QStringLiteral("no such payout"));
    ApiResponse r;
    r.body = payoutJson(**found);
    return r;
}

} // namespace kassa::api
