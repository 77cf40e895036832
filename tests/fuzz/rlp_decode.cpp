// Fuzz target: the strict RLP decoder. Beyond "no crash, no sanitizer
// report, no runaway memory": whatever it accepts is canonical, so encoding
// the decoded tree again gives the input byte for byte, and the integer
// reader accepts a string item exactly when it is a minimal integer.
#include "chain/evm/Rlp.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa::chain::evm;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "rlp_decode invariant violated: %s\n", what);
        std::abort();
    }
}

QByteArray encode(const RlpItem &item)
{
    if (!item.isList)
        return Rlp::encodeBytes(item.bytes);
    QByteArray payload;
    for (const RlpItem &child : item.items)
        payload += encode(child);
    return Rlp::encodeList(payload);
}

void checkIntegers(const RlpItem &item, int depth)
{
    if (depth > 4)
        return;
    if (item.isList) {
        for (const RlpItem &child : item.items)
            checkIntegers(child, depth + 1);
        return;
    }
    const bool minimal = item.bytes.size() <= 32 && (item.bytes.isEmpty() || item.bytes[0] != 0);
    const auto value = Rlp::toUInt(item, u"fuzz");
    require(value.ok() == minimal, "toUInt accepts exactly the minimal integers");
    if (value)
        require(Rlp::encodeUInt(*value) == Rlp::encodeBytes(item.bytes), "integer round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = Rlp::decode(input, RlpLimits {.maxDepth = 16, .maxItems = 10000});
    if (!decoded)
        return 0;
    require(encode(*decoded) == input, "re-encoding equals the accepted input");
    checkIntegers(*decoded, 0);
    return 0;
}
