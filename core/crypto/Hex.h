// Hex: strict hexadecimal text <-> bytes, for keys, hashes, addresses and
// anything else a person or a node hands us as hex. Decoding never guesses:
// an odd number of digits, a character outside 0-9a-fA-F, a missing or
// unexpected "0x" and a wrong byte count are all errors. Encoding is always
// lowercase. Error messages name the position of a bad character but never
// echo the text, because the text may be a private key.
#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kassa::crypto {

struct HexOptions {
    //! Accept a leading "0x" (lowercase x only; "0X" is an error).
    bool allowPrefix = true;
    //! Demand the leading "0x" (implies allowPrefix).
    bool requirePrefix = false;
    //! The decoded length must be exactly this many bytes; -1 accepts any length.
    qsizetype exactBytes = -1;
};

class Hex
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::Hex)

public:
    //! Decodes `text` (no whitespace allowed anywhere). The empty string
    //! decodes to no bytes unless `exactBytes` says otherwise.
    static Result<QByteArray> decode(QStringView text, HexOptions options = {});
    //! Same as decode() but into a wiped-on-free buffer, for private keys.
    static Result<SecureBytes> decodeSecret(QStringView text, HexOptions options = {});

    //! Lowercase hex without a prefix: "00ff".
    static QString encode(QByteArrayView bytes);
    //! Lowercase hex with "0x": "0x00ff".
    static QString encode0x(QByteArrayView bytes);
};

} // namespace kassa::crypto
