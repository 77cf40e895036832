#include "wallets/Wallet.h"

#include "crypto/EthAddress.h"
#include "crypto/TronAddress.h"

namespace kassa::wallets {

const char *Wallets::kindName(WalletKind kind)
{
    switch (kind) {
    case WalletKind::Hd: return "hd";
    case WalletKind::Xpub: return "xpub";
    case WalletKind::Addresses: return "addresses";
    }
    return "hd";
}

std::optional<WalletKind> Wallets::kindFromName(const QString &name)
{
    for (WalletKind kind : {WalletKind::Hd, WalletKind::Xpub, WalletKind::Addresses})
        if (name == QLatin1String(kindName(kind)))
            return kind;
    return std::nullopt;
}

const char *Wallets::roleName(WalletRole role)
{
    switch (role) {
    case WalletRole::Receiving: return "receiving";
    case WalletRole::Payout: return "payout";
    case WalletRole::Cold: return "cold";
    }
    return "receiving";
}

std::optional<WalletRole> Wallets::roleFromName(const QString &name)
{
    for (WalletRole role : {WalletRole::Receiving, WalletRole::Payout, WalletRole::Cold})
        if (name == QLatin1String(roleName(role)))
            return role;
    return std::nullopt;
}

const char *Wallets::familyName(chain::ChainFamily family)
{
    return family == chain::ChainFamily::Tron ? "tron" : "evm";
}

std::optional<chain::ChainFamily> Wallets::familyFromName(const QString &name)
{
    if (name == QLatin1String("evm"))
        return chain::ChainFamily::Evm;
    if (name == QLatin1String("tron"))
        return chain::ChainFamily::Tron;
    return std::nullopt;
}

crypto::bip44::Coin Wallets::coinOf(chain::ChainFamily family)
{
    return family == chain::ChainFamily::Tron ? crypto::bip44::Coin::Tron : crypto::bip44::Coin::Ethereum;
}

QString Wallets::kindLabel(WalletKind kind)
{
    switch (kind) {
    case WalletKind::Hd: return tr("Recovery phrase");
    //: A watch-only wallet known by its extended public key
    case WalletKind::Xpub: return tr("Watch-only (xpub)");
    case WalletKind::Addresses: return tr("Watch-only (addresses)");
    }
    return {};
}

QString Wallets::roleLabel(WalletRole role)
{
    switch (role) {
    //: Wallet role: customers pay into it
    case WalletRole::Receiving: return tr("Receiving");
    //: Wallet role: payouts are sent from it
    case WalletRole::Payout: return tr("Payout");
    //: Wallet role: cold storage, a destination only
    case WalletRole::Cold: return tr("Cold storage");
    }
    return {};
}

QString Wallets::familyLabel(chain::ChainFamily family)
{
    //: Chain family: Ethereum and the chains that share its addresses
    return family == chain::ChainFamily::Tron ? tr("Tron") : tr("Ethereum and EVM chains");
}

Result<QString> Wallets::canonicalAddress(chain::ChainFamily family, QStringView text)
{
    if (family == chain::ChainFamily::Tron) {
        auto parsed = crypto::TronAddress::parse(text);
        if (!parsed.ok())
            return parsed.error();
        return parsed->toBase58();
    }
    auto parsed = crypto::EthAddress::parse(text);
    if (!parsed.ok())
        return parsed.error();
    return parsed->toLowerHex();
}

QString Wallets::displayAddress(chain::ChainFamily family, const QString &canonical)
{
    if (family == chain::ChainFamily::Evm) {
        auto parsed = crypto::EthAddress::parse(canonical);
        if (parsed.ok())
            return parsed->toChecksumString();
    }
    return canonical;
}

Result<QString> Wallets::deriveAddress(chain::ChainFamily family, const crypto::ReceiveAddresses &receive, quint32 index)
{
    if (family == chain::ChainFamily::Tron) {
        auto address = receive.tronAddress(index);
        if (!address.ok())
            return address.error();
        return address->toBase58();
    }
    auto address = receive.ethAddress(index);
    if (!address.ok())
        return address.error();
    return address->toLowerHex();
}

Result<QString> Wallets::checkLabel(const QString &label)
{
    const QString trimmed = label.trimmed();
    bool control = false;
    for (QChar c : trimmed)
        control = control || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    if (trimmed.isEmpty() || trimmed.size() > 80 || control) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("wallet label empty, too long or with control characters"),
            tr("A label needs 1 to 80 characters and no control characters."),
            tr("Use a short name you will recognise, such as “Shop receipts”."));
    }
    return trimmed;
}

} // namespace kassa::wallets
