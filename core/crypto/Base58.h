// Base58: Bitcoin-alphabet Base58 and Base58Check (payload ‖ first 4 bytes of
// double SHA-256), used by Tron addresses and by BIP-32 xprv/xpub strings.
// Leading zero bytes are written as leading '1's and read back the same way,
// so encode(decode(text)) == text for every text that decodes. Decoding is
// strict (no whitespace, no look-alike characters) and capped in length,
// because its cost grows with the square of the length. Positions in error
// messages count characters from 1.
#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kassa::crypto {

class Base58
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::Base58)

public:
    //! Longer text is rejected before decoding (xprv/xpub strings are 111).
    static constexpr qsizetype MaxTextLength = 256;

    static QString encode(QByteArrayView bytes);
    //! Rejects empty text, text over MaxTextLength and any character outside
    //! the alphabet (0, O, I and l are not in it).
    static Result<QByteArray> decode(QStringView text);

    //! Base58 of payload ‖ doubleSha256(payload)[0..4].
    static QString encodeCheck(QByteArrayView payload);
    //! Decodes and verifies the checksum; returns the payload without it.
    static Result<QByteArray> decodeCheck(QStringView text);
    //! decodeCheck() into a wiped-on-free buffer, for xprv strings.
    static Result<SecureBytes> decodeCheckSecret(QStringView text);
};

} // namespace kassa::crypto
