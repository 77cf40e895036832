// Rlp: Ethereum's Recursive Length Prefix encoding, the wire form of every
// transaction Kassa signs and of every raw transaction it reads back (from its
// own store before a re-broadcast, or from a test).
//
// The encoder only ever writes the canonical form. The decoder accepts only
// the canonical form, because two byte strings that decode to the same
// transaction but hash differently are exactly what a tampered or corrupted
// record looks like: the shortest length form everywhere, no single byte
// below 0x80 wrapped as a string, declared lengths inside the input, a
// bounded nesting depth and item count, and nothing after the top item.
// Integers read from decoded items are minimal big-endian (no leading zero
// byte; zero is the empty string) and at most 32 bytes.
#pragma once

#include "base/Result.h"
#include "money/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace kassa::chain::evm {

//! One decoded RLP item: a byte string or a list of items.
struct RlpItem {
    bool isList = false;
    QByteArray bytes; //!< the string's bytes (empty for a list)
    std::vector<RlpItem> items; //!< the list's items (empty for a string)
    qsizetype offset = 0; //!< where the item's prefix starts in the input
};

struct RlpLimits {
    int maxDepth = 16; //!< lists inside lists; a transaction needs 3
    qsizetype maxItems = 100000; //!< items in the whole input, lists included
};

//! Builds the payload of an RLP list item by item; encode() adds the list
//! prefix. Items are appended in order, already in canonical form.
class RlpListBuilder
{
public:
    RlpListBuilder &addBytes(QByteArrayView bytes);
    RlpListBuilder &addUInt(const money::UInt256 &value);
    RlpListBuilder &addUInt(std::uint64_t value);
    //! An item that is already RLP-encoded (e.g. a nested list).
    RlpListBuilder &addEncoded(QByteArrayView item);

    //! The list: prefix ‖ payload.
    QByteArray encode() const;
    const QByteArray &payload() const { return m_payload; }

private:
    QByteArray m_payload;
};

class Rlp
{
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::evm::Rlp)

public:
    //! A byte string item.
    static QByteArray encodeBytes(QByteArrayView bytes);
    //! An integer: minimal big-endian bytes, zero as the empty string (0x80).
    static QByteArray encodeUInt(const money::UInt256 &value);
    static QByteArray encodeUInt(std::uint64_t value);
    //! A list whose payload is the concatenation of already-encoded items.
    static QByteArray encodeList(QByteArrayView payload);

    //! Decodes exactly one item that spans the whole input (see the header
    //! comment for what "strict" means). Errors name the byte offset.
    static Result<RlpItem> decode(QByteArrayView input, const RlpLimits &limits = {});

    //! The item as an integer of at most 32 bytes, minimal big-endian.
    //! `field` names the value in errors ("nonce", "value", …).
    static Result<money::UInt256> toUInt(const RlpItem &item, QStringView field);
    //! The item as an integer of at most 8 bytes, minimal big-endian.
    static Result<std::uint64_t> toUInt64(const RlpItem &item, QStringView field);
    //! The item as a byte string, of exactly `exactSize` bytes unless -1.
    static Result<QByteArray> toBytes(const RlpItem &item, QStringView field, qsizetype exactSize = -1);
    //! The item as a list of exactly `exactCount` items unless -1.
    static Result<const std::vector<RlpItem> *> toList(
        const RlpItem &item, QStringView field, qsizetype exactCount = -1);
};

} // namespace kassa::chain::evm
