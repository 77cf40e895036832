// Backup: the plaintext of an encrypted wallet backup (sealed with
// crypto::EncryptedBlob). It holds every wallet with its addresses, the
// recovery phrases of the hd wallets (as KeyRing entries: version ‖
// entropy) and a few settings — never the orders or any other database
// content. Secrets stay in SecureBytes from the key store to the cipher.
//
// Layout, version 1 (integers big-endian):
//   "KASSABAK" · u8 version · u32 n · n bytes of JSON (no secret) ·
//   u16 count · count × (u16 length · KeyRing entry)
// The JSON: {"created_ms", "settings": {…}, "wallets": [{"label", "family",
// "kind", "role", "account", "key_ref", "xpub", "next_index", "secret"
// (index into the entries, or -1), "addresses": [{"index", "address",
// "label"}]}]}. decode() checks everything as outside input: sizes, types,
// names, address and xpub syntax, secret indexes, no trailing bytes.
#pragma once

#include "crypto/SecureBytes.h"
#include "wallets/Wallet.h"

#include <QJsonObject>

#include <vector>

namespace kassa::wallets {

struct BackupWallet {
    WalletRecord record; //!< id ignored
    QList<WalletAddress> addresses; //!< ids ignored
    int secret = -1; //!< index into BackupContents::secrets (hd only)
};

struct BackupContents {
    qint64 createdAtMs = 0;
    QJsonObject settings;
    QList<BackupWallet> wallets;
    std::vector<crypto::SecureBytes> secrets;
};

class Backup
{
    Q_DECLARE_TR_FUNCTIONS(kassa::wallets::Backup)

public:
    static constexpr std::uint8_t Version = 1;
    static constexpr qsizetype MaxWallets = 10000;
    static constexpr qsizetype MaxAddresses = 1000000;

    static crypto::SecureBytes encode(const BackupContents &contents);
    static Result<BackupContents> decode(const crypto::SecureBytes &plaintext);
};

} // namespace kassa::wallets
