// Wallet: what Kassa knows about a wallet — never its secret. A wallet is a
// chain family (EVM or Tron) and either an HD recovery phrase kept in the
// KeyStore (hot: it can sign) or, watch-only, an account xpub or a plain
// list of addresses (it can only receive). Each has a label, a role and the
// receive addresses handed out so far; nextIndex is the first receive index
// not yet handed out.
#pragma once

#include "base/Result.h"
#include "chain/ChainSettings.h"
#include "crypto/Bip44.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kassa::wallets {

enum class WalletKind {
    Hd, //!< recovery phrase in the KeyStore: receives and signs
    Xpub, //!< watch-only: receive addresses from an account xpub
    Addresses, //!< watch-only: a fixed list of addresses
};

enum class WalletRole {
    Receiving, //!< customers pay here
    Payout, //!< pays out (hot wallets only)
    Cold, //!< a destination for sweeps only
};

struct WalletRecord {
    qint64 id = 0;
    QString label;
    chain::ChainFamily family = chain::ChainFamily::Evm;
    WalletKind kind = WalletKind::Hd;
    WalletRole role = WalletRole::Receiving;
    quint32 account = 0; //!< BIP-44 account (hd, xpub)
    QString keyRef; //!< the KeyStore entry of the phrase (hd only); a name, not a secret
    QString xpub; //!< account xpub (hd, xpub); public
    quint32 nextIndex = 0;
    qint64 createdAtMs = 0;

    bool isWatchOnly() const { return kind != WalletKind::Hd; }
    bool canDerive() const { return kind != WalletKind::Addresses; }
};

struct WalletAddress {
    qint64 id = 0;
    qint64 walletId = 0;
    chain::ChainFamily family = chain::ChainFamily::Evm;
    std::optional<quint32> index; //!< receive index; none for listed addresses
    QString address; //!< canonical: EVM 0x + lower-case hex, Tron base58
    QString label;
    qint64 createdAtMs = 0;
};

class Wallets
{
    Q_DECLARE_TR_FUNCTIONS(kassa::wallets::Wallets)

public:
    static const char *kindName(WalletKind kind);
    static std::optional<WalletKind> kindFromName(const QString &name);
    static const char *roleName(WalletRole role);
    static std::optional<WalletRole> roleFromName(const QString &name);
    static const char *familyName(chain::ChainFamily family); //!< "evm" / "tron"
    static std::optional<chain::ChainFamily> familyFromName(const QString &name);
    static crypto::bip44::Coin coinOf(chain::ChainFamily family);

    //! Translated names for the screen.
    static QString kindLabel(WalletKind kind);
    static QString roleLabel(WalletRole role);
    static QString familyLabel(chain::ChainFamily family);

    //! The canonical form of an address someone typed (EVM: any valid case,
    //! stored lower-case; Tron: base58 or 41… hex, stored base58).
    static Result<QString> canonicalAddress(chain::ChainFamily family, QStringView text);
    //! How an address is shown: EIP-55 for EVM, base58 for Tron.
    static QString displayAddress(chain::ChainFamily family, const QString &canonical);
    //! Receive address `index` below an account (or external chain) xpub.
    static Result<QString> deriveAddress(chain::ChainFamily family, const crypto::ReceiveAddresses &receive, quint32 index);
    //! A label must be 1–80 characters with no control characters.
    static Result<QString> checkLabel(const QString &label);
};

} // namespace kassa::wallets

Q_DECLARE_METATYPE(kassa::wallets::WalletRecord)
Q_DECLARE_METATYPE(kassa::wallets::WalletAddress)
