#include "chain/evm/Rlp.h"

namespace kassa::chain::evm {

namespace {

constexpr std::uint8_t kShortString = 0x80;
constexpr std::uint8_t kLongString = 0xb7;
constexpr std::uint8_t kShortList = 0xc0;
constexpr std::uint8_t kLongList = 0xf7;
constexpr qsizetype kShortMax = 55;

// prefix(offset + length) for lengths > 55: offset+len(lenBE) ‖ lenBE.
void appendLength(QByteArray &out, std::uint8_t shortBase, std::uint8_t longBase, qsizetype length)
{
    if (length <= kShortMax) {
        out.append(char(shortBase + length));
        return;
    }
    char be[8];
    int n = 0;
    for (auto v = quint64(length); v != 0; v >>= 8)
        be[7 - n++] = char(v & 0xff);
    out.append(char(longBase + n));
    out.append(be + 8 - n, n);
}

QByteArray minimalBigEndian(std::uint64_t value)
{
    char be[8];
    int n = 0;
    for (; value != 0; value >>= 8)
        be[7 - n++] = char(value & 0xff);
    return QByteArray(be + 8 - n, n);
}

Error structureError(qsizetype offset, const QString &problem)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("rlp: %1 at byte %2").arg(problem).arg(offset),
        Rlp::tr("The encoded transaction is malformed at byte %1.").arg(offset),
        Rlp::tr("The data is damaged or is not an Ethereum transaction. Nothing was sent."));
}

Error fieldError(QStringView field, const QString &problem)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("rlp: field %1: %2").arg(field, problem),
        //: %1 is a technical field name such as "nonce" or "value".
        Rlp::tr("The encoded transaction has a malformed field “%1”.").arg(field),
        Rlp::tr("The data is damaged or is not an Ethereum transaction. Nothing was sent."));
}

class Decoder
{
public:
    Decoder(QByteArrayView input, const RlpLimits &limits) : m_data(input), m_limits(limits) { }

    // Decodes the item starting at `pos`, which must end at or before `end`;
    // on success `pos` is moved past it.
    Result<RlpItem> item(qsizetype &pos, qsizetype end, int depth)
    {
        if (++m_items > m_limits.maxItems)
            return structureError(pos, QStringLiteral("more than %1 items").arg(m_limits.maxItems));
        if (pos >= end)
            return structureError(pos, QStringLiteral("item expected but the input ends"));
        const qsizetype start = pos;
        const auto prefix = std::uint8_t(m_data[pos]);
        RlpItem out;
        out.offset = start;
        if (prefix < kShortString) {
            out.bytes = QByteArray(1, char(prefix));
            pos += 1;
            return out;
        }
        const bool isList = prefix >= kShortList;
        const std::uint8_t shortBase = isList ? kShortList : kShortString;
        const std::uint8_t longBase = isList ? kLongList : kLongString;
        qsizetype headerSize = 1;
        quint64 length = 0;
        if (prefix <= longBase) {
            length = prefix - shortBase;
        } else {
            const int lengthOfLength = prefix - longBase;
            if (end - start - 1 < lengthOfLength)
                return structureError(start, QStringLiteral("length field runs past the end of the input"));
            if (std::uint8_t(m_data[start + 1]) == 0)
                return structureError(start, QStringLiteral("length with a leading zero byte"));
            for (int i = 0; i < lengthOfLength; ++i)
                length = (length << 8) | std::uint8_t(m_data[start + 1 + i]);
            if (length <= quint64(kShortMax))
                return structureError(start, QStringLiteral("long length form for %1 bytes").arg(length));
            headerSize += lengthOfLength;
        }
        const qsizetype available = end - start - headerSize;
        if (length > quint64(available)) {
            return structureError(
                start, QStringLiteral("declared length %1 exceeds the %2 bytes available").arg(length).arg(available));
        }
        const qsizetype payloadStart = start + headerSize;
        const qsizetype payloadEnd = payloadStart + qsizetype(length);
        if (!isList) {
            if (length == 1 && std::uint8_t(m_data[payloadStart]) < kShortString)
                return structureError(start, QStringLiteral("single byte below 0x80 wrapped as a string"));
            out.bytes = m_data.sliced(payloadStart, qsizetype(length)).toByteArray();
            pos = payloadEnd;
            return out;
        }
        if (depth + 1 > m_limits.maxDepth)
            return structureError(start, QStringLiteral("lists nested deeper than %1").arg(m_limits.maxDepth));
        out.isList = true;
        qsizetype inner = payloadStart;
        while (inner < payloadEnd) {
            Result<RlpItem> child = item(inner, payloadEnd, depth + 1);
            if (!child)
                return child.error();
            out.items.push_back(std::move(child).value());
        }
        pos = payloadEnd;
        return out;
    }

private:
    QByteArrayView m_data;
    RlpLimits m_limits;
    qsizetype m_items = 0;
};

} // namespace

// --- RlpListBuilder ----------------------------------------------------------

RlpListBuilder &RlpListBuilder::addBytes(QByteArrayView bytes)
{
    if (bytes.size() == 1 && std::uint8_t(bytes[0]) < kShortString) {
        m_payload.append(bytes);
        return *this;
    }
    appendLength(m_payload, kShortString, kLongString, bytes.size());
    m_payload.append(bytes);
    return *this;
}

RlpListBuilder &RlpListBuilder::addUInt(const money::UInt256 &value)
{
    return addBytes(value.toMinimalBigEndian());
}

RlpListBuilder &RlpListBuilder::addUInt(std::uint64_t value)
{
    return addBytes(minimalBigEndian(value));
}

RlpListBuilder &RlpListBuilder::addEncoded(QByteArrayView item)
{
    m_payload.append(item);
    return *this;
}

QByteArray RlpListBuilder::encode() const
{
    return Rlp::encodeList(m_payload);
}

// --- Rlp -----------------------------------------------------------------------

QByteArray Rlp::encodeBytes(QByteArrayView bytes)
{
    if (bytes.size() == 1 && std::uint8_t(bytes[0]) < kShortString)
        return bytes.toByteArray();
    QByteArray out;
    out.reserve(bytes.size() + 9);
    appendLength(out, kShortString, kLongString, bytes.size());
    out.append(bytes);
    return out;
}

QByteArray Rlp::encodeUInt(const money::UInt256 &value)
{
    return encodeBytes(value.toMinimalBigEndian());
}

QByteArray Rlp::encodeUInt(std::uint64_t value)
{
    return encodeBytes(minimalBigEndian(value));
}

QByteArray Rlp::encodeList(QByteArrayView payload)
{
    QByteArray out;
    out.reserve(payload.size() + 9);
    appendLength(out, kShortList, kLongList, payload.size());
    out.append(payload);
    return out;
}

Result<RlpItem> Rlp::decode(QByteArrayView input, const RlpLimits &limits)
{
    if (input.isEmpty())
        return structureError(0, QStringLiteral("empty input"));
    Decoder decoder(input, limits);
    qsizetype pos = 0;
    Result<RlpItem> top = decoder.item(pos, input.size(), 0);
    if (!top)
        return top;
    if (pos != input.size())
        return structureError(pos, QStringLiteral("%1 trailing bytes after the item").arg(input.size() - pos));
    return top;
}

Result<money::UInt256> Rlp::toUInt(const RlpItem &item, QStringView field)
{
    if (item.isList)
        return fieldError(field, QStringLiteral("a list where an integer belongs"));
    if (item.bytes.size() > 32)
        return fieldError(field, QStringLiteral("integer of %1 bytes (at most 32)").arg(item.bytes.size()));
    if (!item.bytes.isEmpty() && item.bytes[0] == 0)
        return fieldError(field, QStringLiteral("integer with a leading zero byte"));
    return money::UInt256::fromBigEndian(item.bytes);
}

Result<std::uint64_t> Rlp::toUInt64(const RlpItem &item, QStringView field)
{
    if (!item.isList && item.bytes.size() > 8)
        return fieldError(field, QStringLiteral("integer of %1 bytes (at most 8)").arg(item.bytes.size()));
    const Result<money::UInt256> wide = toUInt(item, field);
    if (!wide)
        return wide.error();
    return wide->lowUInt64();
}

Result<QByteArray> Rlp::toBytes(const RlpItem &item, QStringView field, qsizetype exactSize)
{
    if (item.isList)
        return fieldError(field, QStringLiteral("a list where a byte string belongs"));
    if (exactSize >= 0 && item.bytes.size() != exactSize) {
        return fieldError(field, QStringLiteral("%1 bytes where %2 belong").arg(item.bytes.size()).arg(exactSize));
    }
    return item.bytes;
}

Result<const std::vector<RlpItem> *> Rlp::toList(const RlpItem &item, QStringView field, qsizetype exactCount)
{
    if (!item.isList)
        return fieldError(field, QStringLiteral("a byte string where a list belongs"));
    if (exactCount >= 0 && qsizetype(item.items.size()) != exactCount) {
        return fieldError(
            field, QStringLiteral("a list of %1 items where %2 belong").arg(item.items.size()).arg(exactCount));
    }
    return &item.items;
}

} // namespace kassa::chain::evm
