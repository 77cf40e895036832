#include "chain/evm/EvmDecode.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstring>

namespace kassa::chain::evm {

namespace {

DecodeError err(const QString &field, const QString &problem)
{
    return DecodeError {field, problem};
}

int nibble(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isHexDigit(QChar c)
{
    return nibble(c) >= 0;
}

template<typename T>
bool failed(const Decoded<T> &d)
{
    return std::holds_alternative<DecodeError>(d);
}

template<typename T>
const T &get(const Decoded<T> &d)
{
    return std::get<T>(d);
}

} // namespace

Decoded<quint64> decodeQuantity(const QJsonValue &value, const QString &field)
{
    if (!value.isString())
        return err(field, QStringLiteral("expected a hex quantity string"));
    const QString text = value.toString();
    if (!text.startsWith(QLatin1String("0x")) || text.size() < 3)
        return err(field, QStringLiteral("quantity without 0x prefix or digits"));
    if (text.size() > 2 + 16)
        return err(field, QStringLiteral("quantity larger than 64 bits"));
    if (text.size() > 3 && text[2] == QLatin1Char('0'))
        return err(field, QStringLiteral("quantity with a leading zero"));
    quint64 out = 0;
    for (qsizetype i = 2; i < text.size(); ++i) {
        const int n = nibble(text[i]);
        if (n < 0)
            return err(field, QStringLiteral("non-hex character in quantity"));
        out = (out << 4) | quint64(n);
    }
    return out;
}

Decoded<QByteArray> decodeData(const QJsonValue &value, int bytes, const QString &field)
{
    if (!value.isString())
        return err(field, QStringLiteral("expected a hex string"));
    const QString text = value.toString();
    if (!text.startsWith(QLatin1String("0x")))
        return err(field, QStringLiteral("data without 0x prefix"));
    if (text.size() != 2 + 2 * bytes)
        return err(field, QStringLiteral("expected %1 bytes, got %2 hex digits").arg(bytes).arg(text.size() - 2));
    // One pass that checks and decodes (a block's logs are thousands of these).
    QByteArray out(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i) {
        const int high = nibble(text[2 + 2 * i]);
        const int low = nibble(text[3 + 2 * i]);
        if (high < 0 || low < 0)
            return err(field, QStringLiteral("non-hex character in data"));
        out[i] = char((high << 4) | low);
    }
    return out;
}

Decoded<Address20> decodeAddress(const QJsonValue &value, const QString &field)
{
    auto data = decodeData(value, 20, field);
    if (failed(data))
        return std::get<DecodeError>(data);
    Address20 out;
    std::memcpy(out.data(), get(data).constData(), 20);
    return out;
}

Decoded<BlockHeader> decodeBlockHeader(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return err(field, QStringLiteral("expected a block object"));
    const QJsonObject block = value.toObject();
    BlockHeader header;
    const auto number = decodeQuantity(block.value(QStringLiteral("number")), field + QStringLiteral(".number"));
    if (failed(number))
        return std::get<DecodeError>(number);
    const auto hash = decodeData(block.value(QStringLiteral("hash")), 32, field + QStringLiteral(".hash"));
    if (failed(hash))
        return std::get<DecodeError>(hash);
    const auto parent =
        decodeData(block.value(QStringLiteral("parentHash")), 32, field + QStringLiteral(".parentHash"));
    if (failed(parent))
        return std::get<DecodeError>(parent);
    const auto timestamp =
        decodeQuantity(block.value(QStringLiteral("timestamp")), field + QStringLiteral(".timestamp"));
    if (failed(timestamp))
        return std::get<DecodeError>(timestamp);
    header.ref = BlockRef {get(number), get(hash), get(parent)};
    header.timestamp = get(timestamp);
    if (header.ref.number > 0 && header.ref.hash == header.ref.parentHash)
        return err(field, QStringLiteral("block is its own parent"));
    if (block.contains(QStringLiteral("logsBloom"))) {
        const auto bloom =
            decodeData(block.value(QStringLiteral("logsBloom")), 256, field + QStringLiteral(".logsBloom"));
        if (failed(bloom))
            return std::get<DecodeError>(bloom);
        header.logsBloom = get(bloom);
    }
    return header;
}

Decoded<TransferLog> decodeTransferLog(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return err(field, QStringLiteral("expected a log object"));
    const QJsonObject log = value.toObject();
    TransferLog out;

    const auto token = decodeAddress(log.value(QStringLiteral("address")), field + QStringLiteral(".address"));
    if (failed(token))
        return std::get<DecodeError>(token);
    out.token = get(token);

    const QJsonValue topicsValue = log.value(QStringLiteral("topics"));
    if (!topicsValue.isArray())
        return err(field + QStringLiteral(".topics"), QStringLiteral("expected an array"));
    const QJsonArray topics = topicsValue.toArray();
    if (topics.size() != 3)
        return err(field + QStringLiteral(".topics"),
            QStringLiteral("a Transfer log has 3 topics, this one %1").arg(topics.size()));
    QByteArray words[3];
    for (int i = 0; i < 3; ++i) {
        const auto topic = decodeData(topics.at(i), 32, field + QStringLiteral(".topics[%1]").arg(i));
        if (failed(topic))
            return std::get<DecodeError>(topic);
        words[i] = get(topic);
    }
    if (words[0] != QByteArray::fromHex(QByteArray(kTransferTopic + 2)))
        return err(field + QStringLiteral(".topics[0]"), QStringLiteral("not the Transfer event"));
    for (int i = 1; i < 3; ++i) {
        if (words[i].left(12) != QByteArray(12, '\0'))
            return err(
                field + QStringLiteral(".topics[%1]").arg(i), QStringLiteral("address word with non-zero padding"));
    }
    std::memcpy(out.from.data(), words[1].constData() + 12, 20);
    std::memcpy(out.to.data(), words[2].constData() + 12, 20);

    const auto data = decodeData(log.value(QStringLiteral("data")), 32, field + QStringLiteral(".data"));
    if (failed(data))
        return std::get<DecodeError>(data);
    std::memcpy(out.value.data(), get(data).constData(), 32);

    const auto tx =
        decodeData(log.value(QStringLiteral("transactionHash")), 32, field + QStringLiteral(".transactionHash"));
    if (failed(tx))
        return std::get<DecodeError>(tx);
    out.txHash = get(tx);
    const auto logIndex = decodeQuantity(log.value(QStringLiteral("logIndex")), field + QStringLiteral(".logIndex"));
    if (failed(logIndex))
        return std::get<DecodeError>(logIndex);
    out.logIndex = get(logIndex);
    const auto blockNumber =
        decodeQuantity(log.value(QStringLiteral("blockNumber")), field + QStringLiteral(".blockNumber"));
    if (failed(blockNumber))
        return std::get<DecodeError>(blockNumber);
    out.blockNumber = get(blockNumber);
    const auto blockHash = decodeData(log.value(QStringLiteral("blockHash")), 32, field + QStringLiteral(".blockHash"));
    if (failed(blockHash))
        return std::get<DecodeError>(blockHash);
    out.blockHash = get(blockHash);

    const QJsonValue removed = log.value(QStringLiteral("removed"));
    if (!removed.isUndefined() && !removed.isBool())
        return err(field + QStringLiteral(".removed"), QStringLiteral("expected true or false"));
    out.removed = removed.toBool(false);
    return out;
}

Decoded<RawLog> decodeLog(const QJsonValue &value, const QString &field, int maxDataBytes)
{
    if (!value.isObject())
        return err(field, QStringLiteral("expected a log object"));
    const QJsonObject log = value.toObject();
    RawLog out;
    const auto address = decodeAddress(log.value(QStringLiteral("address")), field + QStringLiteral(".address"));
    if (failed(address))
        return std::get<DecodeError>(address);
    out.address = get(address);

    const QJsonValue topicsValue = log.value(QStringLiteral("topics"));
    if (!topicsValue.isArray())
        return err(field + QStringLiteral(".topics"), QStringLiteral("expected an array"));
    const QJsonArray topics = topicsValue.toArray();
    if (topics.size() > 4)
        return err(field + QStringLiteral(".topics"),
            QStringLiteral("a log has at most 4 topics, this one %1").arg(topics.size()));
    for (int i = 0; i < topics.size(); ++i) {
        const auto topic = decodeData(topics.at(i), 32, field + QStringLiteral(".topics[%1]").arg(i));
        if (failed(topic))
            return std::get<DecodeError>(topic);
        out.topics << get(topic);
    }

    const QJsonValue dataValue = log.value(QStringLiteral("data"));
    if (!dataValue.isString())
        return err(field + QStringLiteral(".data"), QStringLiteral("expected a hex string"));
    const QString dataText = dataValue.toString();
    if (!dataText.startsWith(QLatin1String("0x")) || dataText.size() % 2 != 0)
        return err(field + QStringLiteral(".data"), QStringLiteral("data is not 0x and whole bytes"));
    if ((dataText.size() - 2) / 2 > maxDataBytes)
        return err(field + QStringLiteral(".data"), QStringLiteral("data longer than %1 bytes").arg(maxDataBytes));
    for (qsizetype i = 2; i < dataText.size(); ++i) {
        if (!isHexDigit(dataText[i]))
            return err(field + QStringLiteral(".data"), QStringLiteral("non-hex character in data"));
    }
    out.data = QByteArray::fromHex(dataText.mid(2).toLatin1());

    const auto tx =
        decodeData(log.value(QStringLiteral("transactionHash")), 32, field + QStringLiteral(".transactionHash"));
    if (failed(tx))
        return std::get<DecodeError>(tx);
    out.txHash = get(tx);
    const auto logIndex = decodeQuantity(log.value(QStringLiteral("logIndex")), field + QStringLiteral(".logIndex"));
    if (failed(logIndex))
        return std::get<DecodeError>(logIndex);
    out.logIndex = get(logIndex);
    if (out.logIndex > 0x7fffffffu)
        return err(field + QStringLiteral(".logIndex"), QStringLiteral("log index beyond any real block"));
    const auto blockNumber =
        decodeQuantity(log.value(QStringLiteral("blockNumber")), field + QStringLiteral(".blockNumber"));
    if (failed(blockNumber))
        return std::get<DecodeError>(blockNumber);
    out.blockNumber = get(blockNumber);
    const auto blockHash = decodeData(log.value(QStringLiteral("blockHash")), 32, field + QStringLiteral(".blockHash"));
    if (failed(blockHash))
        return std::get<DecodeError>(blockHash);
    out.blockHash = get(blockHash);

    const QJsonValue removed = log.value(QStringLiteral("removed"));
    if (!removed.isUndefined() && !removed.isBool())
        return err(field + QStringLiteral(".removed"), QStringLiteral("expected true or false"));
    out.removed = removed.toBool(false);
    return out;
}

std::optional<TransferLog> asTransfer(const RawLog &log)
{
    static const QByteArray transfer = QByteArray::fromHex(QByteArray(kTransferTopic + 2));
    if (log.topics.size() != 3 || log.data.size() != 32 || log.topics[0] != transfer)
        return std::nullopt;
    for (int i = 1; i < 3; ++i) {
        if (log.topics[i].left(12) != QByteArray(12, '\0'))
            return std::nullopt;
    }
    TransferLog out;
    out.token = log.address;
    std::memcpy(out.from.data(), log.topics[1].constData() + 12, 20);
    std::memcpy(out.to.data(), log.topics[2].constData() + 12, 20);
    std::memcpy(out.value.data(), log.data.constData(), 32);
    out.txHash = log.txHash;
    out.logIndex = log.logIndex;
    out.blockNumber = log.blockNumber;
    out.blockHash = log.blockHash;
    out.removed = log.removed;
    return out;
}

} // namespace kassa::chain::evm
