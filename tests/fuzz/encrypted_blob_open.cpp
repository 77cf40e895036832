// Fuzz target: EncryptedBlob::open() on arbitrary bytes. The KDF limits are
// tightened (never loosened: open() clamps to the production limits) so
// scrypt costs microseconds and the fuzzer can reach the GCM path. The seed
// corpus holds real blobs sealed with passphrase "fuzz" and scrypt N = 16,
// r = 1, p = 1 (made with the test-only sealer of tst_encryptedblob).
// Invariants: no crash or sanitizer report; a failure carries a message;
// whatever opens has the length the header says and opens again the same.
#include "crypto/EncryptedBlob.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa::crypto;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "encrypted_blob_open invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const KdfLimits limits {6, 2, 2, std::uint64_t(1) << 16, 256};
    const QByteArrayView blob(data, qsizetype(size));
    const kassa::Result<SecureBytes> opened = EncryptedBlob::open(blob, u"fuzz", limits);
    if (!opened) {
        require(!opened.error().message.isEmpty() && !opened.error().userMessage.isEmpty(), "error has messages");
        return 0;
    }
    require(opened->size() == qsizetype(size) - EncryptedBlob::HeaderSize - EncryptedBlob::TagSize,
        "plaintext length matches the blob");
    require(EncryptedBlob::hasMagic(blob), "opened blob has the magic");
    const kassa::Result<SecureBytes> again = EncryptedBlob::open(blob, u"fuzz", limits);
    require(again && again->equals(*opened), "opening is deterministic");
    require(!EncryptedBlob::open(blob, u"fuzZ", limits).ok(), "another passphrase fails");
    return 0;
}
