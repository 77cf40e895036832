#include "wallets/Backup.h"

#include "crypto/Bip32.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kassa::wallets {

namespace {

const QByteArray kMagic = QByteArrayLiteral("KASSABAK");

void appendU16(crypto::SecureBytes &out, quint16 v)
{
    const char b[2] = {char(v >> 8), char(v & 0xff)};
    out.append(QByteArrayView(b, 2));
}

void appendU32(crypto::SecureBytes &out, quint32 v)
{
    const char b[4] = {char(v >> 24), char((v >> 16) & 0xff), char((v >> 8) & 0xff), char(v & 0xff)};
    out.append(QByteArrayView(b, 4));
}

Error damaged(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("backup: ") + why,
        Backup::tr("The backup file opened, but its contents are not a Kassa wallet backup (%1).").arg(why),
        Backup::tr("Use a backup file Kassa wrote; nothing was changed."));
}

QJsonObject toJson(const BackupWallet &w)
{
    QJsonArray addresses;
    for (const WalletAddress &a : w.addresses) {
        addresses.append(QJsonObject {{QStringLiteral("index"), a.index ? QJsonValue(qint64(*a.index)) : QJsonValue()},
            {QStringLiteral("address"), a.address}, {QStringLiteral("label"), a.label}});
    }
    const WalletRecord &r = w.record;
    return QJsonObject {{QStringLiteral("label"), r.label},
        {QStringLiteral("family"), QLatin1String(Wallets::familyName(r.family))},
        {QStringLiteral("kind"), QLatin1String(Wallets::kindName(r.kind))},
        {QStringLiteral("role"), QLatin1String(Wallets::roleName(r.role))},
        {QStringLiteral("account"), qint64(r.account)}, {QStringLiteral("key_ref"), r.keyRef},
        {QStringLiteral("xpub"), r.xpub}, {QStringLiteral("next_index"), qint64(r.nextIndex)},
        {QStringLiteral("secret"), w.secret}, {QStringLiteral("addresses"), addresses}};
}

std::optional<quint32> index31(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    const qint64 i = v.toInteger(-1);
    if (i < 0 || i > qint64(crypto::DerivationPath::Hardened - 1) || double(i) != d)
        return std::nullopt;
    return quint32(i);
}

Result<BackupWallet> fromJson(const QJsonValue &value, int secrets)
{
    if (!value.isObject())
        return damaged(QStringLiteral("a wallet is not an object"));
    const QJsonObject o = value.toObject();
    BackupWallet w;
    WalletRecord &r = w.record;
    auto label = Wallets::checkLabel(o.value(QStringLiteral("label")).toString());
    const auto family = Wallets::familyFromName(o.value(QStringLiteral("family")).toString());
    const auto kind = Wallets::kindFromName(o.value(QStringLiteral("kind")).toString());
    const auto role = Wallets::roleFromName(o.value(QStringLiteral("role")).toString());
    const auto account = index31(o.value(QStringLiteral("account")));
    const auto next = index31(o.value(QStringLiteral("next_index")));
    if (!label.ok() || !family || !kind || !role || !account || !next)
        return damaged(QStringLiteral("a wallet has a bad label, family, kind, role, account or next index"));
    r.label = label.value();
    r.family = *family;
    r.kind = *kind;
    r.role = *role;
    r.account = *account;
    r.nextIndex = *next;
    r.keyRef = o.value(QStringLiteral("key_ref")).toString();
    r.xpub = o.value(QStringLiteral("xpub")).toString();
    const QJsonValue secret = o.value(QStringLiteral("secret"));
    w.secret = secret.isDouble() ? secret.toInt(-2) : -2;
    if (r.kind == WalletKind::Hd) {
        if (w.secret < 0 || w.secret >= secrets || r.keyRef.isEmpty() || r.keyRef.size() > 200)
            return damaged(QStringLiteral("an hd wallet has no recovery phrase"));
    } else if (w.secret != -1 || !r.keyRef.isEmpty()) {
        return damaged(QStringLiteral("a watch-only wallet carries a secret"));
    }
    if (r.kind == WalletKind::Addresses ? !r.xpub.isEmpty() : !crypto::ExtendedPublicKey::parse(r.xpub).ok())
        return damaged(QStringLiteral("a wallet has a bad xpub"));
    if (r.role == WalletRole::Payout && r.kind != WalletKind::Hd)
        return damaged(QStringLiteral("a watch-only wallet has the payout role"));
    const QJsonValue list = o.value(QStringLiteral("addresses"));
    if (!list.isArray() || list.toArray().size() > Backup::MaxAddresses)
        return damaged(QStringLiteral("a wallet has no address list"));
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject a = entry.toObject();
        WalletAddress address;
        address.family = r.family;
        const QJsonValue index = a.value(QStringLiteral("index"));
        if (!index.isNull()) {
            const auto i = index31(index);
            if (!i)
                return damaged(QStringLiteral("an address has a bad index"));
            address.index = *i;
        }
        auto canonical = Wallets::canonicalAddress(r.family, a.value(QStringLiteral("address")).toString());
        if (!canonical.ok())
            return damaged(QStringLiteral("an address does not parse"));
        address.address = canonical.value();
        address.label = a.value(QStringLiteral("label")).toString().left(200);
        w.addresses.append(address);
    }
    return w;
}

} // namespace

crypto::SecureBytes Backup::encode(const BackupContents &contents)
{
    QJsonArray wallets;
    for (const BackupWallet &w : contents.wallets)
        wallets.append(toJson(w));
    const QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("created_ms"), contents.createdAtMs},
                                              {QStringLiteral("settings"), contents.settings},
                                              {QStringLiteral("wallets"), wallets}})
                                .toJson(QJsonDocument::Compact);
    crypto::SecureBytes out;
    out.append(kMagic);
    const char version = char(Version);
    out.append(QByteArrayView(&version, 1));
    appendU32(out, quint32(json.size()));
    out.append(json);
    appendU16(out, quint16(contents.secrets.size()));
    for (const crypto::SecureBytes &secret : contents.secrets) {
        appendU16(out, quint16(secret.size()));
        out.append(secret.view());
    }
    return out;
}

Result<BackupContents> Backup::decode(const crypto::SecureBytes &plaintext)
{
    const QByteArrayView all = plaintext.view();
    qsizetype pos = 0;
    auto take = [&](qsizetype n) -> std::optional<QByteArrayView> {
        if (n < 0 || all.size() - pos < n)
            return std::nullopt;
        const QByteArrayView out = all.sliced(pos, n);
        pos += n;
        return out;
    };
    auto u = [&](int bytes) -> std::optional<quint32> {
        const auto b = take(bytes);
        if (!b)
            return std::nullopt;
        quint32 v = 0;
        for (char c : *b)
            v = (v << 8) | quint8(c);
        return v;
    };
    const auto magic = take(kMagic.size());
    if (!magic || *magic != kMagic)
        return damaged(QStringLiteral("no backup header"));
    const auto version = u(1);
    if (!version || *version != Version) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("backup: unsupported version"),
            tr("This backup was written by a newer version of Kassa."), tr("Update Kassa, then restore it again."));
    }
    const auto jsonLength = u(4);
    const auto json = jsonLength ? take(qsizetype(*jsonLength)) : std::nullopt;
    if (!json)
        return damaged(QStringLiteral("truncated"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json->toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(QStringLiteral("the description is not JSON"));
    const auto count = u(2);
    if (!count)
        return damaged(QStringLiteral("truncated"));
    BackupContents out;
    for (quint32 i = 0; i < *count; ++i) {
        const auto length = u(2);
        const auto bytes = length ? take(qsizetype(*length)) : std::nullopt;
        if (!bytes || bytes->size() < 2 || bytes->size() > 64)
            return damaged(QStringLiteral("a recovery phrase is truncated"));
        out.secrets.push_back(crypto::SecureBytes::copyOf(*bytes));
    }
    if (pos != all.size())
        return damaged(QStringLiteral("trailing bytes"));
    const QJsonObject root = doc.object();
    out.createdAtMs = root.value(QStringLiteral("created_ms")).toInteger();
    out.settings = root.value(QStringLiteral("settings")).toObject();
    const QJsonValue wallets = root.value(QStringLiteral("wallets"));
    if (!wallets.isArray() || wallets.toArray().size() > MaxWallets)
        return damaged(QStringLiteral("no wallet list"));
    for (const QJsonValue &w : wallets.toArray()) {
        auto wallet = fromJson(w, int(out.secrets.size()));
        if (!wallet.ok())
            return wallet.error();
        out.wallets.append(wallet.value());
    }
    return out;
}

} // namespace kassa::wallets
