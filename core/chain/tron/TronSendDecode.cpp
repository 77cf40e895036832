#include "chain/tron/TronSendDecode.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kassa::chain::tron {

namespace {

DecodeError fail(const QString &field, const QString &problem)
{
    return DecodeError {field, problem};
}

QString sub(const QString &field, const char *member)
{
    return field + QLatin1Char('.') + QLatin1String(member);
}

bool isHexText(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

// An upper-case identifier such as SUCCESS or CONTRACT_VALIDATE_ERROR.
bool isCodeName(const QString &text)
{
    if (text.isEmpty() || text.size() > 60)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'))
            return false;
    }
    return true;
}

// A protobuf int64 the node prints only when it is not zero.
// Resource counters are far below 2^50; the cap keeps their sums exact.
constexpr quint64 kMaxCounter = quint64(1) << 50;

std::variant<qint64, DecodeError> optionalInt(const QJsonObject &o, const char *member, const QString &field,
    quint64 max = quint64(INT64_MAX))
{
    const QJsonValue v = o.value(QLatin1String(member));
    if (v.isUndefined())
        return qint64(0);
    auto n = decodeUInt(v, sub(field, member), max);
    if (const auto *e = std::get_if<DecodeError>(&n))
        return *e;
    return qint64(std::get<quint64>(n));
}

// java-tron prints a message as hex when visible is false and as text
// otherwise; either way only printable ASCII reaches the log, cut short.
QString messageText(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QString text = v.toString().left(400);
    if (!text.isEmpty() && text.size() % 2 == 0 && isHexText(text))
        text = QString::fromLatin1(QByteArray::fromHex(text.toLatin1()));
    QString out;
    for (QChar c : std::as_const(text)) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out.append(c);
    }
    return out.left(200);
}

} // namespace

Decoded<qint64> decodeAccountBalance(const QJsonValue &value)
{
    const QString field = QStringLiteral("account");
    if (!value.isObject())
        return fail(field, QStringLiteral("not an object"));
    auto balance = optionalInt(value.toObject(), "balance", field);
    if (const auto *e = std::get_if<DecodeError>(&balance))
        return *e;
    return std::get<qint64>(balance);
}

Decoded<TronAccountResources> decodeAccountResources(const QJsonValue &value)
{
    const QString field = QStringLiteral("resources");
    if (!value.isObject())
        return fail(field, QStringLiteral("not an object"));
    const QJsonObject o = value.toObject();
    TronAccountResources r;
    const std::pair<const char *, qint64 *> fields[] = {{"freeNetLimit", &r.freeNetLimit},
        {"freeNetUsed", &r.freeNetUsed}, {"NetLimit", &r.netLimit}, {"NetUsed", &r.netUsed},
        {"EnergyLimit", &r.energyLimit}, {"EnergyUsed", &r.energyUsed}};
    for (const auto &[name, target] : fields) {
        auto v = optionalInt(o, name, field, kMaxCounter);
        if (const auto *e = std::get_if<DecodeError>(&v))
            return *e;
        *target = std::get<qint64>(v);
    }
    return r;
}

Decoded<TronChainPrices> decodeChainPrices(const QJsonValue &value)
{
    const QString field = QStringLiteral("parameters");
    if (!value.isObject())
        return fail(field, QStringLiteral("not an object"));
    const QJsonValue list = value.toObject().value(QStringLiteral("chainParameter"));
    if (!list.isArray())
        return fail(sub(field, "chainParameter"), QStringLiteral("not an array"));
    TronChainPrices prices;
    bool energy = false;
    bool bandwidth = false;
    const QJsonArray rows = list.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString rowField = sub(field, "chainParameter") + QStringLiteral("[%1]").arg(i);
        if (!rows.at(i).isObject())
            return fail(rowField, QStringLiteral("not an object"));
        const QJsonObject row = rows.at(i).toObject();
        const QString key = row.value(QStringLiteral("key")).toString();
        qint64 *target = key == QLatin1String("getEnergyFee") ? &prices.energyFeeSun
            : key == QLatin1String("getTransactionFee")        ? &prices.transactionFeeSun
                                                                : nullptr;
        if (!target)
            continue;
        if ((target == &prices.energyFeeSun && energy) || (target == &prices.transactionFeeSun && bandwidth))
            return fail(rowField, QStringLiteral("%1 given twice").arg(key));
        auto v = optionalInt(row, "value", rowField);
        if (const auto *e = std::get_if<DecodeError>(&v))
            return *e;
        *target = std::get<qint64>(v);
        (target == &prices.energyFeeSun ? energy : bandwidth) = true;
    }
    if (!energy || !bandwidth)
        return fail(sub(field, "chainParameter"), QStringLiteral("getEnergyFee or getTransactionFee missing"));
    // A price of zero or above 100 TRX per unit is not a chain Kassa knows.
    if (prices.energyFeeSun <= 0 || prices.energyFeeSun > 100'000'000 || prices.transactionFeeSun <= 0
        || prices.transactionFeeSun > 100'000'000)
        return fail(sub(field, "chainParameter"), QStringLiteral("implausible energy or bandwidth price"));
    return prices;
}

Decoded<TronCallResult> decodeCallResult(const QJsonValue &value)
{
    const QString field = QStringLiteral("call");
    if (!value.isObject())
        return fail(field, QStringLiteral("not an object"));
    const QJsonObject o = value.toObject();
    if (!o.value(QStringLiteral("result")).isObject())
        return fail(sub(field, "result"), QStringLiteral("not an object"));
    const QJsonObject result = o.value(QStringLiteral("result")).toObject();
    TronCallResult out;
    out.message = messageText(result.value(QStringLiteral("message")));
    if (result.value(QStringLiteral("result")) != QJsonValue(true)) {
        // Refused before running (validation): a code says why.
        const QString code = result.value(QStringLiteral("code")).toString();
        if (!isCodeName(code))
            return fail(sub(sub(field, "result"), "code"), QStringLiteral("neither result true nor an error code"));
        out.code = code;
        return out;
    }
    auto energy = optionalInt(o, "energy_used", field, kMaxCounter);
    if (const auto *e = std::get_if<DecodeError>(&energy))
        return *e;
    out.energyUsed = std::get<qint64>(energy);
    const QJsonValue constant = o.value(QStringLiteral("constant_result"));
    if (!constant.isUndefined()) {
        if (!constant.isArray() || constant.toArray().size() > 1)
            return fail(sub(field, "constant_result"), QStringLiteral("not an array of at most one item"));
        if (!constant.toArray().isEmpty()) {
            const QJsonValue first = constant.toArray().at(0);
            const QString text = first.toString();
            if (!first.isString() || text.size() % 2 != 0 || text.size() > 8192 || !isHexText(text))
                return fail(sub(field, "constant_result[0]"), QStringLiteral("not hex bytes"));
            out.output = QByteArray::fromHex(text.toLatin1());
        }
    }
    // A call that ran and reverted: result true, but the transaction's ret says FAILED.
    const QJsonValue tx = o.value(QStringLiteral("transaction"));
    if (!tx.isUndefined() && !tx.isObject())
        return fail(sub(field, "transaction"), QStringLiteral("not an object"));
    const QJsonValue ret = tx.toObject().value(QStringLiteral("ret"));
    if (!ret.isUndefined() && !ret.isArray())
        return fail(sub(field, "transaction.ret"), QStringLiteral("not an array"));
    for (const QJsonValue &r : ret.toArray()) {
        const QJsonValue text = r.toObject().value(QStringLiteral("ret"));
        if (text.isUndefined() || text == QJsonValue(QStringLiteral("SUCESS")) || text == QJsonValue(QStringLiteral("SUCCESS")))
            continue;
        if (!text.isString() || !isCodeName(text.toString()))
            return fail(sub(field, "transaction.ret[].ret"), QStringLiteral("not a result name"));
        out.code = text.toString() == QLatin1String("FAILED") ? QStringLiteral("REVERT") : text.toString();
        return out;
    }
    out.executed = true;
    return out;
}

Decoded<TronBroadcastResult> decodeBroadcastResult(const QJsonValue &value)
{
    const QString field = QStringLiteral("broadcast");
    if (!value.isObject())
        return fail(field, QStringLiteral("not an object"));
    const QJsonObject o = value.toObject();
    TronBroadcastResult out;
    const QJsonValue result = o.value(QStringLiteral("result"));
    if (!result.isUndefined() && !result.isBool())
        return fail(sub(field, "result"), QStringLiteral("not a boolean"));
    out.accepted = result.toBool(false);
    const QJsonValue code = o.value(QStringLiteral("code"));
    if (!code.isUndefined() && (!code.isString() || !isCodeName(code.toString())))
        return fail(sub(field, "code"), QStringLiteral("not a result code"));
    out.code = code.toString();
    if (out.accepted && !out.code.isEmpty() && out.code != QLatin1String("SUCCESS"))
        return fail(sub(field, "code"), QStringLiteral("result true with code %1").arg(out.code));
    if (!out.accepted && out.code.isEmpty())
        return fail(sub(field, "code"), QStringLiteral("missing on a refusal"));
    if (out.accepted)
        out.code = QStringLiteral("SUCCESS");
    const QJsonValue txid = o.value(QStringLiteral("txid"));
    if (!txid.isUndefined()) {
        auto id = decodeHash(txid, sub(field, "txid"));
        if (const auto *e = std::get_if<DecodeError>(&id))
            return *e;
        out.txId = std::get<QByteArray>(id);
    }
    out.message = messageText(o.value(QStringLiteral("message")));
    return out;
}

} // namespace kassa::chain::tron
