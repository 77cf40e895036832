#include "crypto/Hash.h"

#include <openssl/sha.h>

namespace kassa::crypto {

Hash32 sha256(QByteArrayView data)
{
    Hash32 out;
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), out.data());
    return out;
}

Hash32 doubleSha256(QByteArrayView data)
{
    const Hash32 first = sha256(data);
    Hash32 out;
    SHA256(first.data(), first.size(), out.data());
    return out;
}

} // namespace kassa::crypto
