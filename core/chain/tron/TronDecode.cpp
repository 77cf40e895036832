#include "chain/tron/TronDecode.h"

#include "crypto/TronAddress.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstring>

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

QString at(const QString &field, qsizetype index)
{
    return field + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isHex(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

// Hex of exactly `bytes` bytes, no 0x.
std::optional<QByteArray> fixedHex(const QString &text, int bytes)
{
    if (text.size() != bytes * 2 || !isHex(text))
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

Address20 toAddress20(const QByteArray &bytes20)
{
    Address20 out {};
    std::memcpy(out.data(), bytes20.constData(), 20);
    return out;
}

std::optional<QJsonObject> object(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    return value.toObject();
}

// The known TransactionInfo receipt results are upper-case identifiers.
bool isResultName(const QString &text)
{
    if (text.isEmpty() || text.size() > 40)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'))
            return false;
    }
    return true;
}

} // namespace

QString hex(const QByteArray &bytes)
{
    // Never a null string: the store's text columns are NOT NULL.
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromLatin1(bytes.toHex());
}

QString base58(const Address20 &address)
{
    const auto evm = crypto::EthAddress::fromBytes(
        QByteArrayView(reinterpret_cast<const char *>(address.data()), qsizetype(address.size())));
    return crypto::TronAddress::fromEvm(evm.value()).toBase58();
}

bool parseBody(const QByteArray &body, QJsonValue *out, QString *error, int maxDepth)
{
    // One pass over the text before Qt sees it: nesting depth, and number
    // literals, which must be plain integers (see the header).
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth) {
                *error = QStringLiteral("answer nested deeper than %1 levels").arg(maxDepth);
                return false;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const qsizetype start = i;
            while (i + 1 < body.size()) {
                const char n = body.at(i + 1);
                if (!((n >= '0' && n <= '9') || n == '.' || n == 'e' || n == 'E' || n == '+' || n == '-'))
                    break;
                ++i;
            }
            const QByteArray literal = body.mid(start, i - start + 1);
            if (literal.contains('.') || literal.contains('e') || literal.contains('E') || literal.contains('+')) {
                *error = QStringLiteral("number %1 at offset %2 is not an integer literal")
                             .arg(QString::fromLatin1(literal.left(40)))
                             .arg(start);
                return false;
            }
        }
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    *out = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

Decoded<quint64> decodeUInt(const QJsonValue &value, const QString &field, quint64 max)
{
    if (!value.isDouble())
        return fail(field, QStringLiteral("not a number"));
    // Qt keeps integer literals that fit int64 as integers; anything else
    // became a double and is refused rather than rounded.
    const QCborValue cbor = QCborValue::fromJsonValue(value);
    if (!cbor.isInteger())
        return fail(field, QStringLiteral("not an integer within 64 bits"));
    const qint64 v = cbor.toInteger();
    if (v < 0)
        return fail(field, QStringLiteral("negative"));
    if (quint64(v) > max)
        return fail(field, QStringLiteral("%1 is larger than %2").arg(v).arg(max));
    return quint64(v);
}

Decoded<QByteArray> decodeHash(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return fail(field, QStringLiteral("not a string"));
    const auto bytes = fixedHex(value.toString(), 32);
    if (!bytes)
        return fail(field, QStringLiteral("not 64 hex digits"));
    return *bytes;
}

Decoded<Address20> decodeAddress(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return fail(field, QStringLiteral("not a string"));
    const QString text = value.toString();
    if (text.size() > 64)
        return fail(field, QStringLiteral("not a Tron address (too long)"));
    const auto parsed = crypto::TronAddress::parse(text);
    if (!parsed.ok())
        return fail(field, QStringLiteral("not a Tron address: ") + parsed.error().message);
    const auto bytes = parsed->toEvm().bytes();
    Address20 out {};
    std::memcpy(out.data(), bytes.data(), 20);
    return out;
}

Decoded<Address20> decodeLogAddress(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return fail(field, QStringLiteral("not a string"));
    const QString text = value.toString();
    if (text.size() == 42 && text.startsWith(QLatin1String("41"))) {
        if (const auto bytes = fixedHex(text.mid(2), 20))
            return toAddress20(*bytes);
    }
    if (const auto bytes = fixedHex(text, 20))
        return toAddress20(*bytes);
    return fail(field, QStringLiteral("not a 20-byte address in hex"));
}

Decoded<std::optional<TronBlock>> decodeBlock(
    const QJsonValue &value, const QString &field, std::optional<quint64> expectedNumber)
{
    const auto o = object(value);
    if (!o)
        return fail(field, QStringLiteral("not an object"));
    if (o->isEmpty())
        return std::optional<TronBlock> {};
    TronBlock block;
    const auto id = decodeHash(o->value(QStringLiteral("blockID")), sub(field, "blockID"));
    if (const auto *e = std::get_if<DecodeError>(&id))
        return *e;
    block.id = std::get<QByteArray>(id);
    const QString headerField = sub(field, "block_header");
    const auto header = object(o->value(QStringLiteral("block_header")));
    if (!header)
        return fail(headerField, QStringLiteral("missing or not an object"));
    const QString rawField = sub(headerField, "raw_data");
    const auto raw = object(header->value(QStringLiteral("raw_data")));
    if (!raw)
        return fail(rawField, QStringLiteral("missing or not an object"));
    const auto number = decodeUInt(raw->value(QStringLiteral("number")), sub(rawField, "number"));
    if (const auto *e = std::get_if<DecodeError>(&number))
        return *e;
    block.number = std::get<quint64>(number);
    const auto parent = decodeHash(raw->value(QStringLiteral("parentHash")), sub(rawField, "parentHash"));
    if (const auto *e = std::get_if<DecodeError>(&parent))
        return *e;
    block.parentHash = std::get<QByteArray>(parent);
    const auto timestamp = decodeUInt(raw->value(QStringLiteral("timestamp")), sub(rawField, "timestamp"));
    if (const auto *e = std::get_if<DecodeError>(&timestamp))
        return *e;
    block.timestampMs = qint64(std::get<quint64>(timestamp));

    if (o->contains(QStringLiteral("transactions"))) {
        const QString txsField = sub(field, "transactions");
        const QJsonValue txs = o->value(QStringLiteral("transactions"));
        if (!txs.isArray() || txs.toArray().size() > 100000)
            return fail(txsField, QStringLiteral("not an array of at most 100000"));
        const QJsonArray array = txs.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto tx = object(array.at(i));
            if (!tx)
                return fail(at(txsField, i), QStringLiteral("not an object"));
            const auto txId = decodeHash(tx->value(QStringLiteral("txID")), sub(at(txsField, i), "txID"));
            if (const auto *e = std::get_if<DecodeError>(&txId))
                return *e;
            block.txIds << std::get<QByteArray>(txId);
        }
    }
    // java-tron's BlockId: the first 8 bytes are the block number.
    quint64 idNumber = 0;
    for (int i = 0; i < 8; ++i)
        idNumber = (idNumber << 8) | quint8(block.id.at(i));
    if (idNumber != block.number)
        return fail(sub(field, "blockID"),
            QStringLiteral("id encodes block %1 but the header says %2").arg(idNumber).arg(block.number));
    // The parent's id encodes the number below.
    quint64 parentNumber = 0;
    for (int i = 0; i < 8; ++i)
        parentNumber = (parentNumber << 8) | quint8(block.parentHash.at(i));
    if (block.number > 0 && parentNumber + 1 != block.number)
        return fail(sub(rawField, "parentHash"),
            QStringLiteral("parent id encodes block %1, not %2").arg(parentNumber).arg(block.number - 1));
    if (expectedNumber && *expectedNumber != block.number)
        return fail(field, QStringLiteral("block %1 instead of %2").arg(block.number).arg(*expectedNumber));
    return std::optional<TronBlock>(block);
}

Decoded<std::optional<TronTxInfo>> decodeTxInfo(
    const QJsonValue &value, const QString &field, const QByteArray &expectedId)
{
    const auto o = object(value);
    if (!o)
        return fail(field, QStringLiteral("not an object"));
    if (o->isEmpty())
        return std::optional<TronTxInfo> {};
    TronTxInfo info;
    const auto id = decodeHash(o->value(QStringLiteral("id")), sub(field, "id"));
    if (const auto *e = std::get_if<DecodeError>(&id))
        return *e;
    info.id = std::get<QByteArray>(id);
    if (!expectedId.isEmpty() && info.id != expectedId)
        return fail(sub(field, "id"), QStringLiteral("answer for another transaction"));
    const auto number = decodeUInt(o->value(QStringLiteral("blockNumber")), sub(field, "blockNumber"));
    if (const auto *e = std::get_if<DecodeError>(&number))
        return *e;
    info.blockNumber = std::get<quint64>(number);
    if (o->contains(QStringLiteral("blockTimeStamp"))) {
        const auto time = decodeUInt(o->value(QStringLiteral("blockTimeStamp")), sub(field, "blockTimeStamp"));
        if (const auto *e = std::get_if<DecodeError>(&time))
            return *e;
        info.blockTimeMs = qint64(std::get<quint64>(time));
    }
    if (o->contains(QStringLiteral("result"))) {
        const QJsonValue result = o->value(QStringLiteral("result"));
        if (!result.isString() || !isResultName(result.toString()))
            return fail(sub(field, "result"), QStringLiteral("not a result name"));
        info.result = result.toString();
    }
    if (o->contains(QStringLiteral("receipt"))) {
        const auto receipt = object(o->value(QStringLiteral("receipt")));
        if (!receipt)
            return fail(sub(field, "receipt"), QStringLiteral("not an object"));
        if (receipt->contains(QStringLiteral("result"))) {
            const QJsonValue result = receipt->value(QStringLiteral("result"));
            if (!result.isString() || !isResultName(result.toString()))
                return fail(sub(sub(field, "receipt"), "result"), QStringLiteral("not a result name"));
            info.receiptResult = result.toString();
        }
    }
    if (o->contains(QStringLiteral("log"))) {
        const QString logsField = sub(field, "log");
        const QJsonValue logs = o->value(QStringLiteral("log"));
        if (!logs.isArray())
            return fail(logsField, QStringLiteral("not an array"));
        const QJsonArray array = logs.toArray();
        if (array.size() > 10000)
            return fail(logsField, QStringLiteral("more than 10000 logs"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString logField = at(logsField, i);
            const auto log = object(array.at(i));
            if (!log)
                return fail(logField, QStringLiteral("not an object"));
            TronLog out;
            const auto address = decodeLogAddress(log->value(QStringLiteral("address")), sub(logField, "address"));
            if (const auto *e = std::get_if<DecodeError>(&address))
                return *e;
            out.address = std::get<Address20>(address);
            const QJsonValue topics = log->value(QStringLiteral("topics"));
            // A log without topics is legal (LOG0); protobuf omits the empty list.
            if (!topics.isUndefined()) {
                if (!topics.isArray() || topics.toArray().size() > 4)
                    return fail(sub(logField, "topics"), QStringLiteral("not an array of at most 4"));
                const QJsonArray topicArray = topics.toArray();
                for (qsizetype t = 0; t < topicArray.size(); ++t) {
                    const auto topic = decodeHash(topicArray.at(t), at(sub(logField, "topics"), t));
                    if (const auto *e = std::get_if<DecodeError>(&topic))
                        return *e;
                    out.topics << std::get<QByteArray>(topic);
                }
            }
            const QJsonValue data = log->value(QStringLiteral("data"));
            if (!data.isUndefined()) {
                const QString text = data.isString() ? data.toString() : QString();
                if (!data.isString() || text.size() % 2 != 0 || text.size() > 2 * 65536 || !isHex(text))
                    return fail(sub(logField, "data"), QStringLiteral("not hex bytes"));
                out.data = QByteArray::fromHex(text.toLatin1());
            }
            info.logs << out;
        }
    }
    return std::optional<TronTxInfo>(info);
}

Decoded<QList<TronTxInfo>> decodeBlockTxInfos(const QJsonValue &value, quint64 blockNumber)
{
    QList<TronTxInfo> out;
    if (value.isObject() && value.toObject().isEmpty())
        return out; // java-tron answers {} for a block without transactions
    if (!value.isArray())
        return fail(QStringLiteral("infos"), QStringLiteral("not an array"));
    const QJsonArray array = value.toArray();
    QSet<QByteArray> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = at(QStringLiteral("infos"), i);
        const auto info = decodeTxInfo(array.at(i), field);
        if (const auto *e = std::get_if<DecodeError>(&info))
            return *e;
        const auto &decoded = std::get<std::optional<TronTxInfo>>(info);
        if (!decoded)
            return fail(field, QStringLiteral("empty transaction info"));
        if (decoded->blockNumber != blockNumber)
            return fail(sub(field, "blockNumber"),
                QStringLiteral("block %1 instead of %2").arg(decoded->blockNumber).arg(blockNumber));
        if (ids.contains(decoded->id))
            return fail(sub(field, "id"), QStringLiteral("transaction listed twice"));
        ids.insert(decoded->id);
        out << *decoded;
    }
    return out;
}

std::optional<Trc20Transfer> asTrc20Transfer(const TronLog &log, int logIndex)
{
    static const QByteArray transfer = QByteArray::fromHex(QByteArray(kTransferTopicHex));
    if (log.topics.size() != 3 || log.topics.at(0) != transfer || log.data.size() != 32)
        return std::nullopt;
    for (int t = 1; t <= 2; ++t) {
        for (int i = 0; i < 12; ++i) {
            if (log.topics.at(t).at(i) != 0)
                return std::nullopt;
        }
    }
    Trc20Transfer out;
    out.token = log.address;
    out.from = toAddress20(log.topics.at(1).mid(12));
    out.to = toAddress20(log.topics.at(2).mid(12));
    std::array<std::uint8_t, 32> word {};
    std::memcpy(word.data(), log.data.constData(), 32);
    out.value = money::UInt256::fromWord(word);
    out.logIndex = logIndex;
    return out;
}

Decoded<QByteArray> decodeConstantResult(const QJsonValue &value)
{
    const QString field = QStringLiteral("call");
    const auto o = object(value);
    if (!o)
        return fail(field, QStringLiteral("not an object"));
    const auto result = object(o->value(QStringLiteral("result")));
    if (!result || result->value(QStringLiteral("result")) != QJsonValue(true))
        return fail(sub(field, "result"), QStringLiteral("the call did not succeed"));
    const QJsonValue constant = o->value(QStringLiteral("constant_result"));
    if (!constant.isArray() || constant.toArray().isEmpty())
        return fail(sub(field, "constant_result"), QStringLiteral("missing or empty"));
    const QJsonValue first = constant.toArray().at(0);
    const QString text = first.isString() ? first.toString() : QString();
    if (!first.isString() || text.size() % 2 != 0 || text.size() > 8192 || !isHex(text))
        return fail(at(sub(field, "constant_result"), 0), QStringLiteral("not hex bytes"));
    return QByteArray::fromHex(text.toLatin1());
}

Decoded<TronGridPage> decodeTronGridPage(const QJsonValue &value)
{
    const QString field = QStringLiteral("page");
    const auto o = object(value);
    if (!o)
        return fail(field, QStringLiteral("not an object"));
    if (o->value(QStringLiteral("success")) != QJsonValue(true))
        return fail(sub(field, "success"), QStringLiteral("not true"));
    const QJsonValue data = o->value(QStringLiteral("data"));
    if (!data.isArray())
        return fail(sub(field, "data"), QStringLiteral("not an array"));
    TronGridPage page;
    const QJsonArray rows = data.toArray();
    if (rows.size() > 200)
        return fail(sub(field, "data"), QStringLiteral("more than 200 rows (the largest page)"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString rowField = at(sub(field, "data"), i);
        const auto row = object(rows.at(i));
        if (!row)
            return fail(rowField, QStringLiteral("not an object"));
        TronGridTransfer t;
        const auto id = decodeHash(row->value(QStringLiteral("transaction_id")), sub(rowField, "transaction_id"));
        if (const auto *e = std::get_if<DecodeError>(&id))
            return *e;
        t.txId = std::get<QByteArray>(id);
        const auto tokenInfo = object(row->value(QStringLiteral("token_info")));
        if (!tokenInfo)
            return fail(sub(rowField, "token_info"), QStringLiteral("missing or not an object"));
        const auto token =
            decodeAddress(tokenInfo->value(QStringLiteral("address")), sub(sub(rowField, "token_info"), "address"));
        if (const auto *e = std::get_if<DecodeError>(&token))
            return *e;
        t.token = std::get<Address20>(token);
        const auto from = decodeAddress(row->value(QStringLiteral("from")), sub(rowField, "from"));
        if (const auto *e = std::get_if<DecodeError>(&from))
            return *e;
        t.from = std::get<Address20>(from);
        const auto to = decodeAddress(row->value(QStringLiteral("to")), sub(rowField, "to"));
        if (const auto *e = std::get_if<DecodeError>(&to))
            return *e;
        t.to = std::get<Address20>(to);
        const QJsonValue amount = row->value(QStringLiteral("value"));
        if (!amount.isString())
            return fail(sub(rowField, "value"), QStringLiteral("not a decimal string"));
        const auto parsed = money::UInt256::parseDecimal(amount.toString());
        if (!parsed.ok())
            return fail(sub(rowField, "value"), QStringLiteral("not a decimal amount: ") + parsed.error().message);
        t.value = parsed.value();
        const auto time = decodeUInt(row->value(QStringLiteral("block_timestamp")), sub(rowField, "block_timestamp"));
        if (const auto *e = std::get_if<DecodeError>(&time))
            return *e;
        t.blockTimestampMs = qint64(std::get<quint64>(time));
        const QJsonValue type = row->value(QStringLiteral("type"));
        if (!type.isString() || type.toString().size() > 40)
            return fail(sub(rowField, "type"), QStringLiteral("not a string"));
        t.type = type.toString();
        page.rows << t;
    }
    const QJsonValue meta = o->value(QStringLiteral("meta"));
    if (!meta.isUndefined()) {
        if (!meta.isObject())
            return fail(sub(field, "meta"), QStringLiteral("not an object"));
        const QJsonValue fingerprint = meta.toObject().value(QStringLiteral("fingerprint"));
        if (!fingerprint.isUndefined()) {
            const QString text = fingerprint.isString() ? fingerprint.toString() : QString();
            bool clean = fingerprint.isString() && !text.isEmpty() && text.size() <= 512;
            for (QChar c : text)
                clean = clean && c.unicode() > 0x20 && c.unicode() < 0x7f;
            if (!clean)
                return fail(sub(sub(field, "meta"), "fingerprint"), QStringLiteral("not a printable cursor"));
            page.fingerprint = text;
        }
    }
    return page;
}

} // namespace kassa::chain::tron
