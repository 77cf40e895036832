// Fuzz target: the address and text decoders that take outside input
// (EthAddress::parse, TronAddress::parse, Base58/Base58Check, Hex,
// PublicKey::parse). Beyond "no crash, no sanitizer report", whatever parses
// must re-encode to text that parses to the same bytes, and the accepted
// text must be one of the canonical spellings.
#include "crypto/Base58.h"
#include "crypto/EthAddress.h"
#include "crypto/Hex.h"
#include "crypto/Secp256k1.h"
#include "crypto/TronAddress.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa::crypto;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "address_decode invariant violated: %s\n", what);
        std::abort();
    }
}

void checkEth(const QString &text)
{
    const kassa::Result<EthAddress> a = EthAddress::parse(text);
    if (!a)
        return;
    const QString checksum = a->toChecksumString();
    const QString lower = a->toLowerHex();
    const QString upper = QStringLiteral("0x") + checksum.mid(2).toUpper();
    const kassa::Result<EthAddress> b = EthAddress::parse(checksum);
    const kassa::Result<EthAddress> c = EthAddress::parse(lower);
    const kassa::Result<EthAddress> d = EthAddress::parse(upper);
    require(b && *b == *a, "EIP-55 form re-parses");
    require(c && *c == *a, "lowercase form re-parses");
    require(d && *d == *a, "uppercase form re-parses");
    require(text == checksum || text == lower || text == upper, "only lower, upper or exact EIP-55 is accepted");
}

void checkTron(const QString &text)
{
    const kassa::Result<TronAddress> a = TronAddress::parse(text);
    if (!a)
        return;
    const kassa::Result<TronAddress> b = TronAddress::parse(a->toBase58());
    const kassa::Result<TronAddress> c = TronAddress::parse(a->toHex41());
    require(b && *b == *a, "Tron Base58 form re-parses");
    require(c && *c == *a, "Tron hex form re-parses");
    require(TronAddress::fromEvm(a->toEvm()) == *a, "EVM conversion round-trips");
    require(a->bytes21()[0] == TronAddress::Prefix, "version byte is 0x41");
    require(text == a->toBase58() || text.toLower() == a->toHex41(), "accepted text is a canonical form");
}

void checkBase58(const QString &text)
{
    if (const kassa::Result<QByteArray> plain = Base58::decode(text))
        require(Base58::encode(*plain) == text, "Base58 decode/encode round-trips");
    if (const kassa::Result<QByteArray> payload = Base58::decodeCheck(text)) {
        require(Base58::encodeCheck(*payload) == text, "Base58Check decode/encode round-trips");
        const kassa::Result<SecureBytes> secret = Base58::decodeCheckSecret(text);
        require(secret && secret->view() == QByteArrayView(*payload), "decodeCheckSecret agrees");
    }
}

void checkHex(const QString &text)
{
    const kassa::Result<QByteArray> bytes = Hex::decode(text);
    if (!bytes)
        return;
    const bool prefixed = text.startsWith(QStringLiteral("0x"));
    require((prefixed ? Hex::encode0x(*bytes) : Hex::encode(*bytes)) == text.toLower(), "hex round-trips");
    const kassa::Result<QByteArray> again = Hex::decode(Hex::encode(*bytes), {.allowPrefix = false});
    require(again && *again == *bytes, "encoded hex re-decodes");
}

void checkPublicKey(QByteArrayView raw)
{
    const kassa::Result<PublicKey> key = PublicKey::parse(raw);
    if (!key)
        return;
    const auto compressed = key->serializeCompressed();
    const auto uncompressed = key->serializeUncompressed();
    const kassa::Result<PublicKey> a = PublicKey::parse(QByteArrayView(compressed));
    const kassa::Result<PublicKey> b = PublicKey::parse(QByteArrayView(uncompressed));
    require(a && *a == *key && b && *b == *key, "public key serialisations re-parse");
    require(raw == QByteArrayView(compressed) || raw == QByteArrayView(uncompressed), "public key input is canonical");
}

void exercise(const QString &text)
{
    checkEth(text);
    checkTron(text);
    checkBase58(text);
    checkHex(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024) // decoders cap their input far below this
        return 0;
    const QByteArrayView raw(data, qsizetype(size));
    exercise(QString::fromUtf8(raw));
    exercise(QString::fromLatin1(raw));
    checkPublicKey(raw);
    return 0;
}
