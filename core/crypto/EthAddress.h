// EthAddress: a 20-byte Ethereum (EVM) account address, also used for BSC
// and Polygon. Shown with the EIP-55 mixed-case checksum. Parsing accepts
// all-lowercase and all-uppercase hex (no checksum to check), and mixed case
// only if it is exactly the EIP-55 checksum; a wrong mixed case means a typo
// or a tampered address and is refused, never "corrected".
#pragma once

#include "base/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>

namespace kassa::crypto {

class PublicKey;

class EthAddress
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::EthAddress)

public:
    static constexpr qsizetype Size = 20;
    using Bytes = std::array<std::uint8_t, 20>;

    //! The zero address 0x000…000 (useful as a placeholder; never a payee).
    EthAddress() = default;
    explicit EthAddress(const Bytes &bytes) : m_bytes(bytes) { }

    //! keccak256(X ‖ Y)[12..32] of the uncompressed public key.
    static EthAddress fromPublicKey(const PublicKey &key);
    //! Exactly 20 bytes.
    static Result<EthAddress> fromBytes(QByteArrayView bytes);
    //! "0x" + 40 hex digits: all lower, all upper, or exact EIP-55 mixed case.
    //! No surrounding whitespace.
    static Result<EthAddress> parse(QStringView text);

    //! "0x" + EIP-55 mixed case, e.g. 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed.
    QString toChecksumString() const;
    //! "0x" + lowercase hex, the form JSON-RPC and logs use.
    QString toLowerHex() const;

    const Bytes &bytes() const { return m_bytes; }
    bool isZero() const;

    auto operator<=>(const EthAddress &) const = default;

private:
    Bytes m_bytes {};
};

size_t qHash(const EthAddress &address, size_t seed = 0) noexcept;

} // namespace kassa::crypto
