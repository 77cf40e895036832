// Fuzz target: the plaintext of a wallet backup (wallets::Backup::decode),
// which is outside input once a file is decrypted. Beyond "no crash, no
// sanitizer report": an accepted backup encodes and decodes again to the
// same wallets, addresses and secrets.
#include "wallets/Backup.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "wallet_backup_decode invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, size_t size)
{
    const auto plain = crypto::SecureBytes::copyOf(QByteArrayView(data, qsizetype(size)));
    const auto decoded = wallets::Backup::decode(plain);
    if (!decoded.ok()) {
        require(!decoded.error().userMessage.isEmpty(), "an error without a message");
        return 0;
    }
    const auto again = wallets::Backup::decode(wallets::Backup::encode(decoded.value()));
    require(again.ok(), "a re-encoded backup does not decode");
    require(again->wallets.size() == decoded->wallets.size(), "wallet count changed");
    require(again->secrets.size() == decoded->secrets.size(), "secret count changed");
    for (size_t i = 0; i < decoded->secrets.size(); ++i)
        require(again->secrets[i].equals(decoded->secrets[i]), "a secret changed");
    for (qsizetype i = 0; i < decoded->wallets.size(); ++i) {
        require(again->wallets[i].record.xpub == decoded->wallets[i].record.xpub, "an xpub changed");
        require(again->wallets[i].addresses.size() == decoded->wallets[i].addresses.size(), "addresses changed");
    }
    return 0;
}
