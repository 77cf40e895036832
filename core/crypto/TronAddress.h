// TronAddress: a Tron account or contract address, 0x41 ‖ 20 bytes. The 20
// bytes are the same as the EVM address of the same key (keccak of X ‖ Y), so
// the two convert freely: Tron contracts see the 20-byte form in ABI words
// and logs. Shown as Base58Check (34 characters, always starting with 'T').
//
// parse() accepts the Base58Check form and the 42-digit hex form "41…"
// (as TronWeb's toHex() prints it). It refuses "0x41…": Tron never writes
// hex addresses with 0x, and a 0x prefix usually means an EVM address was
// pasted into a Tron field.
#pragma once

#include "base/Result.h"
#include "crypto/EthAddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>

namespace kassa::crypto {

class PublicKey;

class TronAddress
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::TronAddress)

public:
    static constexpr std::uint8_t Prefix = 0x41;
    static constexpr qsizetype Size = 21;

    //! 41 followed by 20 zero bytes (a placeholder; never a payee).
    TronAddress() = default;

    static TronAddress fromPublicKey(const PublicKey &key);
    static TronAddress fromEvm(const EthAddress &evm);
    //! 21 bytes starting with 0x41.
    static Result<TronAddress> fromBytes(QByteArrayView bytes21);
    //! "T…" (Base58Check, 34 characters) or "41" + 40 hex digits. No
    //! surrounding whitespace, no 0x.
    static Result<TronAddress> parse(QStringView text);

    //! The 20-byte form used in ABI words, log topics and Tron JSON-RPC.
    EthAddress toEvm() const { return m_evm; }
    //! Base58Check, e.g. TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t.
    QString toBase58() const;
    //! "41" + 40 lowercase hex digits.
    QString toHex41() const;
    //! 0x41 ‖ 20 bytes, as protobuf fields (owner_address, …) carry it.
    std::array<std::uint8_t, 21> bytes21() const;

    auto operator<=>(const TronAddress &) const = default;

private:
    explicit TronAddress(const EthAddress &evm) : m_evm(evm) { }

    EthAddress m_evm;
};

size_t qHash(const TronAddress &address, size_t seed = 0) noexcept;

} // namespace kassa::crypto
