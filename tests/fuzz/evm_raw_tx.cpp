// Fuzz target: EvmTransaction::decodeSigned(), the reader of signed raw
// transactions (Kassa's store before a re-broadcast). Whatever it accepts
// must be exactly what re-encoding the decoded transaction gives, hash to
// its keccak, pass validate(), and decode again to the same thing.
#include "chain/evm/EvmTransaction.h"
#include "crypto/Keccak256.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa::chain::evm;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "evm_raw_tx invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 18)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = EvmTransaction::decodeSigned(input);
    if (!decoded)
        return 0;
    require(decoded->raw == input, "accepted bytes are the canonical encoding");
    require(decoded->hash == kassa::crypto::keccak256(input), "hash is keccak256(raw)");
    require(decoded->tx.validate().ok(), "a decoded transaction is valid");
    require(decoded->signature.isLowS(), "only low-s signatures are accepted");
    const auto again = EvmTransaction::decodeSigned(decoded->raw);
    require(again.ok() && again->tx == decoded->tx && again->from == decoded->from, "decoding is stable");
    return 0;
}
