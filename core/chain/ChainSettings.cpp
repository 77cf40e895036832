#include "chain/ChainSettings.h"

#include "crypto/EthAddress.h"
#include "crypto/TronAddress.h"
#include "net/NetworkFactory.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

namespace kassa::chain {

namespace {

const QString kGroupPrefix = QStringLiteral("chain.");
const QString kLocal = QStringLiteral("local");

// Limits that keep a typo from becoming a denial of service on ourselves.
constexpr int kMaxEndpoints = 16;
constexpr int kMaxTokens = 16;
constexpr int kMaxDecimals = 36;
constexpr int kMinConfirmations = 1;
constexpr int kMaxConfirmations = 100000;
constexpr int kMinPollMs = 100;
constexpr int kMaxPollMs = 600000;

QList<QUrl> urls(std::initializer_list<const char *> list)
{
    QList<QUrl> out;
    for (const char *text : list)
        out << QUrl(QLatin1String(text));
    return out;
}

ChainSettings evm(const char *id, quint64 chainId, QList<QUrl> http, QList<QUrl> ws, TokenContract usdt,
    int fallbackConfirmations, int pollMs)
{
    ChainSettings s;
    s.id = QLatin1String(id);
    s.family = ChainFamily::Evm;
    s.chainId = chainId;
    s.httpEndpoints = std::move(http);
    s.wsEndpoints = std::move(ws);
    s.tokens = {std::move(usdt)};
    s.finality = FinalityPolicy::Finalized;
    s.confirmations = fallbackConfirmations;
    s.pollIntervalMs = pollMs;
    return s;
}

TokenContract usdt(const char *contract, int decimals)
{
    return TokenContract {QStringLiteral("USDT"), QLatin1String(contract), decimals};
}

// The known keys of a group, per family.
QStringList allowedKeys(const ChainSettings &s)
{
    QStringList keys = {QStringLiteral("enabled"), QStringLiteral("http"), QStringLiteral("tokens"),
        QStringLiteral("finality"), QStringLiteral("confirmations"), QStringLiteral("poll_ms")};
    if (s.isEvm())
        keys << QStringLiteral("chain_id") << QStringLiteral("ws");
    else
        keys << QStringLiteral("trongrid_url") << QStringLiteral("api_key");
    return keys;
}

QString finalityName(FinalityPolicy policy, ChainFamily family)
{
    if (policy == FinalityPolicy::Depth)
        return QStringLiteral("depth");
    return family == ChainFamily::Tron ? QStringLiteral("solidified") : QStringLiteral("finalized");
}

// A list value: QSettings turns "a, b" into a QStringList and "a" into a
// QString; both are accepted, as is an empty value.
QStringList readList(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    QStringList items;
    if (value.typeId() == QMetaType::QStringList) {
        items = value.toStringList();
    } else {
        items = value.toString().split(QLatin1Char(','));
    }
    QStringList out;
    for (const QString &item : std::as_const(items)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

SettingsIssue issue(const QString &key, const QString &message, const QString &userMessage)
{
    return SettingsIssue {key, message, userMessage};
}

void validateEndpoints(
    const QList<QUrl> &endpoints, const QString &key, const QStringList &schemes, QList<SettingsIssue> *issues)
{
    const net::NetworkFactory factory;
    if (endpoints.size() > kMaxEndpoints) {
        issues->append(issue(key, QStringLiteral("more than %1 endpoints").arg(kMaxEndpoints),
            ChainSettingsFile::tr("At most %1 addresses are allowed here.").arg(kMaxEndpoints)));
        return;
    }
    QSet<QString> seen;
    for (const QUrl &url : endpoints) {
        const QString text = url.toString();
        auto checked = factory.validateEndpoint(text, schemes);
        if (!checked.ok()) {
            issues->append(issue(key, checked.error().message, checked.error().userMessage));
            continue;
        }
        if (seen.contains(checked->toString())) {
            issues->append(issue(key, QStringLiteral("endpoint listed twice"),
                ChainSettingsFile::tr("“%1” is listed twice.").arg(checked->toString())));
        }
        seen.insert(checked->toString());
    }
}

} // namespace

QString ChainSettings::displayName() const
{
    if (id == QLatin1String("ethereum"))
        return QStringLiteral("Ethereum");
    if (id == QLatin1String("bsc"))
        return QStringLiteral("BNB Smart Chain");
    if (id == QLatin1String("polygon"))
        return QStringLiteral("Polygon");
    if (id == QLatin1String("arbitrum"))
        return QStringLiteral("Arbitrum One");
    if (id == QLatin1String("base"))
        return QStringLiteral("Base");
    if (id == QLatin1String("tron"))
        return QStringLiteral("Tron");
    if (isLocal())
        return ChainSettingsFile::tr("Local test network");
    return id;
}

std::optional<TokenContract> ChainSettings::token(const QString &contract) const
{
    const QString wanted = ChainSettingsFile::canonicalContract(contract, family);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const TokenContract &t : tokens) {
        if (ChainSettingsFile::canonicalContract(t.contract, family) == wanted)
            return t;
    }
    return std::nullopt;
}

QStringList ChainSettingsFile::knownChainIds()
{
    return {QStringLiteral("ethereum"), QStringLiteral("bsc"), QStringLiteral("polygon"), QStringLiteral("arbitrum"),
        QStringLiteral("base"), QStringLiteral("tron")};
}

std::optional<ChainSettings> ChainSettingsFile::defaults(const QString &id)
{
    // Public endpoints that need no key; USDT contracts and decimals as in
    // reference/chains.md §0. Base has no Tether-issued USDT: the default is
    // the bridged "Tether USD" most wallets list. The watcher reads
    // decimals() at connect and refuses to run if they differ.
    if (id == QLatin1String("ethereum")) {
        return evm("ethereum", 1, urls({"https://ethereum-rpc.publicnode.com", "https://eth.llamarpc.com"}),
            urls({"wss://ethereum-rpc.publicnode.com"}), usdt("0xdAC17F958D2ee523a2206206994597C13D831ec7", 6), 64,
            4000);
    }
    if (id == QLatin1String("bsc")) {
        return evm("bsc", 56, urls({"https://bsc-dataseed.bnbchain.org", "https://bsc-rpc.publicnode.com"}),
            urls({"wss://bsc-rpc.publicnode.com"}), usdt("0x55d398326f99059fF775485246999027B3197955", 18), 15, 1500);
    }
    if (id == QLatin1String("polygon")) {
        return evm("polygon", 137, urls({"https://polygon-rpc.com", "https://polygon-bor-rpc.publicnode.com"}),
            urls({"wss://polygon-bor-rpc.publicnode.com"}), usdt("0xc2132D05D31c914a87C6611C10748AEb04B58e8F", 6), 128,
            2000);
    }
    if (id == QLatin1String("arbitrum")) {
        return evm("arbitrum", 42161, urls({"https://arb1.arbitrum.io/rpc", "https://arbitrum-one-rpc.publicnode.com"}),
            urls({"wss://arbitrum-one-rpc.publicnode.com"}), usdt("0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9", 6), 64,
            1000);
    }
    if (id == QLatin1String("base")) {
        return evm("base", 8453, urls({"https://mainnet.base.org", "https://base-rpc.publicnode.com"}),
            urls({"wss://base-rpc.publicnode.com"}), usdt("0xfde4C96c8593536E31F229EA8f37b2ADa2699bb2", 6), 64, 2000);
    }
    if (id == QLatin1String("tron")) {
        ChainSettings s;
        s.id = id;
        s.family = ChainFamily::Tron;
        s.httpEndpoints = urls({"https://api.trongrid.io"});
        s.tronGridUrl = QUrl(QStringLiteral("https://api.trongrid.io"));
        s.tokens = {usdt("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", 6)};
        s.finality = FinalityPolicy::Finalized; // solidified
        s.confirmations = 19;
        s.pollIntervalMs = 3000;
        return s;
    }
    if (id == kLocal) {
        // A node on this computer (anvil, a devnet): its token contracts
        // change with every deployment, so there are none by default.
        ChainSettings s;
        s.id = id;
        s.family = ChainFamily::Evm;
        s.chainId = 31337;
        s.httpEndpoints = urls({"http://127.0.0.1:8545"});
        s.wsEndpoints = urls({"ws://127.0.0.1:8545"});
        s.finality = FinalityPolicy::Depth;
        s.confirmations = 3;
        s.pollIntervalMs = 1000;
        return s;
    }
    return std::nullopt;
}

QList<ChainSettings> ChainSettingsFile::allDefaults()
{
    QList<ChainSettings> out;
    for (const QString &id : knownChainIds())
        out << *defaults(id);
    return out;
}

QString ChainSettingsFile::canonicalContract(const QString &contract, ChainFamily family)
{
    if (family == ChainFamily::Evm) {
        auto parsed = crypto::EthAddress::parse(contract);
        return parsed.ok() && !parsed->isZero() ? parsed->toLowerHex() : QString();
    }
    auto parsed = crypto::TronAddress::parse(contract);
    return parsed.ok() && !parsed->toEvm().isZero() ? parsed->toBase58() : QString();
}

QString ChainSettingsFile::formatToken(const TokenContract &token)
{
    return QStringLiteral("%1:%2:%3").arg(token.symbol, token.contract).arg(token.decimals);
}

Result<TokenContract> ChainSettingsFile::parseToken(const QString &text, ChainFamily family)
{
    static const QRegularExpression symbolPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$"));
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 3) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("token entry '%1' is not SYMBOL:CONTRACT:DECIMALS").arg(text),
            tr("“%1” is not a token entry of the form SYMBOL:CONTRACT:DECIMALS.").arg(text),
            tr("For example %1.").arg(QStringLiteral("USDT:0xdAC17F958D2ee523a2206206994597C13D831ec7:6")));
    }
    TokenContract token;
    token.symbol = parts[0].trimmed();
    token.contract = parts[1].trimmed();
    if (!symbolPattern.match(token.symbol).hasMatch()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("bad token symbol '%1'").arg(token.symbol),
            tr("“%1” is not a valid token symbol.").arg(token.symbol),
            tr("Use up to 16 letters, digits, dots, dashes or underscores."));
    }
    if (canonicalContract(token.contract, family).isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("bad token contract '%1'").arg(token.contract),
            family == ChainFamily::Evm
                ? tr("“%1” is not a valid contract address (0x followed by 40 hexadecimal digits).").arg(token.contract)
                : tr("“%1” is not a valid Tron contract address (starting with T).").arg(token.contract),
            tr("Copy the contract address from the token's official page or a block explorer."));
    }
    bool ok = false;
    const QString decimalsText = parts[2].trimmed();
    token.decimals = decimalsText.toInt(&ok);
    if (!ok || token.decimals < 0 || token.decimals > kMaxDecimals || decimalsText.startsWith(QLatin1Char('+'))) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("bad token decimals '%1'").arg(decimalsText),
            tr("“%1” is not a valid number of decimals.").arg(decimalsText),
            tr("Use a whole number from 0 to %1 (USDT has 6, on BNB Smart Chain 18).").arg(kMaxDecimals));
    }
    return token;
}

QList<SettingsIssue> ChainSettingsFile::validate(const ChainSettings &s)
{
    QList<SettingsIssue> issues;
    const std::optional<ChainSettings> builtIn = defaults(s.id);
    if (!builtIn) {
        issues << issue(QString(), QStringLiteral("unknown chain '%1'").arg(s.id),
            tr("Kassa does not know the chain “%1”.").arg(s.id));
        return issues;
    }
    if (s.family != builtIn->family) {
        issues << issue(QString(), QStringLiteral("wrong family for %1").arg(s.id),
            tr("The chain “%1” has the wrong kind of settings.").arg(s.id));
        return issues;
    }

    if (s.isEvm()) {
        if (s.isLocal()) {
            if (s.chainId == 0 || s.chainId > (quint64(1) << 53)) {
                issues << issue(QStringLiteral("chain_id"), QStringLiteral("chain id %1 out of range").arg(s.chainId),
                    tr("The chain id must be a whole number from 1 to 9007199254740992."));
            }
        } else if (s.chainId != builtIn->chainId) {
            issues << issue(QStringLiteral("chain_id"),
                QStringLiteral("chain id %1 for %2, which is %3").arg(s.chainId).arg(s.id).arg(builtIn->chainId),
                tr("%1 has the chain id %2.").arg(s.displayName()).arg(builtIn->chainId));
        }
        validateEndpoints(
            s.httpEndpoints, QStringLiteral("http"), {QStringLiteral("https"), QStringLiteral("http")}, &issues);
        validateEndpoints(s.wsEndpoints, QStringLiteral("ws"), {QStringLiteral("wss"), QStringLiteral("ws")}, &issues);
        if (!s.tronGridUrl.isEmpty() || !s.apiKey.isEmpty()) {
            issues << issue(QStringLiteral("trongrid_url"), QStringLiteral("TronGrid settings on an EVM chain"),
                tr("TronGrid settings belong to Tron only."));
        }
    } else {
        validateEndpoints(
            s.httpEndpoints, QStringLiteral("http"), {QStringLiteral("https"), QStringLiteral("http")}, &issues);
        if (!s.wsEndpoints.isEmpty()) {
            issues << issue(QStringLiteral("ws"), QStringLiteral("WebSocket endpoints on Tron"),
                tr("Tron nodes have no WebSocket subscriptions; leave this empty."));
        }
        if (!s.tronGridUrl.isEmpty()) {
            validateEndpoints({s.tronGridUrl}, QStringLiteral("trongrid_url"),
                {QStringLiteral("https"), QStringLiteral("http")}, &issues);
        }
        static const QRegularExpression keyPattern(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
        if (!s.apiKey.isEmpty() && !keyPattern.match(s.apiKey).hasMatch()) {
            // Never echo the key itself.
            issues << issue(QStringLiteral("api_key"), QStringLiteral("malformed API key"),
                tr("The API key may only contain visible characters without spaces (at most 128)."));
        }
    }
    if (s.chainId != 0 && !s.isEvm()) {
        issues << issue(
            QStringLiteral("chain_id"), QStringLiteral("chain id on Tron"), tr("Tron has no chain id setting."));
    }

    if (s.tokens.size() > kMaxTokens) {
        issues << issue(QStringLiteral("tokens"), QStringLiteral("more than %1 tokens").arg(kMaxTokens),
            tr("At most %1 tokens are allowed per chain.").arg(kMaxTokens));
    }
    QSet<QString> contracts;
    QSet<QString> symbols;
    for (const TokenContract &token : s.tokens) {
        auto parsed = parseToken(formatToken(token), s.family);
        if (!parsed.ok()) {
            issues << issue(QStringLiteral("tokens"), parsed.error().message, parsed.error().userMessage);
            continue;
        }
        const QString canonical = canonicalContract(token.contract, s.family);
        if (contracts.contains(canonical)) {
            issues << issue(QStringLiteral("tokens"), QStringLiteral("contract %1 listed twice").arg(canonical),
                tr("The contract %1 is listed twice.").arg(token.contract));
        }
        if (symbols.contains(token.symbol.toUpper())) {
            issues << issue(QStringLiteral("tokens"), QStringLiteral("symbol %1 listed twice").arg(token.symbol),
                tr("Two tokens are called %1; give each a symbol of its own.").arg(token.symbol));
        }
        contracts.insert(canonical);
        symbols.insert(token.symbol.toUpper());
    }

    if (s.confirmations < kMinConfirmations || s.confirmations > kMaxConfirmations) {
        issues << issue(QStringLiteral("confirmations"),
            QStringLiteral("confirmations %1 out of range").arg(s.confirmations),
            tr("Confirmations must be a whole number from %1 to %2.").arg(kMinConfirmations).arg(kMaxConfirmations));
    }
    if (s.pollIntervalMs < kMinPollMs || s.pollIntervalMs > kMaxPollMs) {
        issues << issue(QStringLiteral("poll_ms"),
            QStringLiteral("poll interval %1 out of range").arg(s.pollIntervalMs),
            tr("The poll interval must be from %1 to %2 milliseconds.").arg(kMinPollMs).arg(kMaxPollMs));
    }

    if (s.enabled) {
        if (s.httpEndpoints.isEmpty()) {
            issues << issue(QStringLiteral("http"), QStringLiteral("enabled without an HTTP endpoint"),
                tr("Enter at least one node address to watch this chain."));
        }
        if (s.tokens.isEmpty()) {
            issues << issue(QStringLiteral("tokens"), QStringLiteral("enabled without a token"),
                tr("Enter at least one token contract to watch on this chain."));
        }
    }
    return issues;
}

Result<QList<ChainSettings>> ChainSettingsFile::load(const QString &path)
{
    QList<ChainSettings> chains = allDefaults();
    if (!QFileInfo::exists(path))
        return chains;
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        return makeError(ErrorCode::Config, QStringLiteral("Cannot parse config %1").arg(path),
            tr("The settings file %1 cannot be read.").arg(path),
            tr("Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults."));
    }

    auto bad = [&](const QString &group, const QString &key, const QString &message, const QString &userMessage) {
        const QString fullKey = key.isEmpty() ? QStringLiteral("[%1]").arg(group) : group + QLatin1Char('/') + key;
        return makeError(ErrorCode::Config, QStringLiteral("%1: %2: %3").arg(path, fullKey, message),
            tr("The setting %1 in %2 is not valid: %3").arg(fullKey, path, userMessage),
            tr("Fix it in Settings → Chains or in the file; doc/config.md explains every key."));
    };

    for (const QString &group : settings.childGroups()) {
        if (!group.startsWith(kGroupPrefix))
            continue;
        const QString id = group.mid(kGroupPrefix.size());
        std::optional<ChainSettings> base = defaults(id);
        if (!base) {
            return bad(group, QString(), QStringLiteral("unknown chain '%1'").arg(id),
                tr("there is no chain “%1”; known chains are %2 and local.")
                    .arg(id, knownChainIds().join(QStringLiteral(", "))));
        }
        ChainSettings s = *base;
        settings.beginGroup(group);
        const QStringList keys = settings.childKeys();
        const QStringList allowed = allowedKeys(s);
        for (const QString &key : keys) {
            if (!allowed.contains(key)) {
                settings.endGroup();
                return bad(group, key, QStringLiteral("unknown key"),
                    tr("this key is not known; allowed keys are %1.").arg(allowed.join(QStringLiteral(", "))));
            }
        }
        auto text = [&](const QString &key) {
            const QVariant v = settings.value(key);
            return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char(',')).trimmed()
                                                        : v.toString().trimmed();
        };
        auto number = [&](const QString &key, qint64 min, qint64 max, qint64 *out) -> bool {
            bool ok = false;
            const QString value = text(key);
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < min || n > max || value.startsWith(QLatin1Char('+')))
                return false;
            *out = n;
            return true;
        };

        std::optional<Error> failure;
        if (keys.contains(QStringLiteral("enabled"))) {
            const QString value = text(QStringLiteral("enabled")).toLower();
            if (value == QLatin1String("true"))
                s.enabled = true;
            else if (value == QLatin1String("false"))
                s.enabled = false;
            else
                failure = bad(group, QStringLiteral("enabled"), QStringLiteral("'%1' is not true or false").arg(value),
                    tr("“%1” is not true or false.").arg(value));
        }
        if (!failure && keys.contains(QStringLiteral("chain_id"))) {
            qint64 n = 0;
            if (!number(QStringLiteral("chain_id"), 1, qint64(1) << 53, &n))
                failure = bad(group, QStringLiteral("chain_id"),
                    QStringLiteral("'%1' is not a chain id").arg(text(QStringLiteral("chain_id"))),
                    tr("“%1” is not a chain id.").arg(text(QStringLiteral("chain_id"))));
            else
                s.chainId = quint64(n);
        }
        if (!failure && keys.contains(QStringLiteral("http"))) {
            s.httpEndpoints.clear();
            for (const QString &item : readList(settings, QStringLiteral("http")))
                s.httpEndpoints << QUrl(item);
        }
        if (!failure && keys.contains(QStringLiteral("ws"))) {
            s.wsEndpoints.clear();
            for (const QString &item : readList(settings, QStringLiteral("ws")))
                s.wsEndpoints << QUrl(item);
        }
        if (!failure && keys.contains(QStringLiteral("trongrid_url")))
            s.tronGridUrl = QUrl(text(QStringLiteral("trongrid_url")));
        if (!failure && keys.contains(QStringLiteral("api_key")))
            s.apiKey = text(QStringLiteral("api_key"));
        if (!failure && keys.contains(QStringLiteral("tokens"))) {
            s.tokens.clear();
            for (const QString &item : readList(settings, QStringLiteral("tokens"))) {
                auto token = parseToken(item, s.family);
                if (!token.ok()) {
                    failure = bad(group, QStringLiteral("tokens"), token.error().message, token.error().userMessage);
                    break;
                }
                s.tokens << token.value();
            }
        }
        if (!failure && keys.contains(QStringLiteral("finality"))) {
            const QString value = text(QStringLiteral("finality")).toLower();
            if (value == QLatin1String("depth"))
                s.finality = FinalityPolicy::Depth;
            else if (value == finalityName(FinalityPolicy::Finalized, s.family))
                s.finality = FinalityPolicy::Finalized;
            else
                failure = bad(group, QStringLiteral("finality"), QStringLiteral("'%1' is not a policy").arg(value),
                    tr("“%1” is not allowed; use %2 or depth.")
                        .arg(value, finalityName(FinalityPolicy::Finalized, s.family)));
        }
        if (!failure && keys.contains(QStringLiteral("confirmations"))) {
            qint64 n = 0;
            if (!number(QStringLiteral("confirmations"), kMinConfirmations, kMaxConfirmations, &n))
                failure = bad(group, QStringLiteral("confirmations"),
                    QStringLiteral("'%1' out of range").arg(text(QStringLiteral("confirmations"))),
                    tr("use a whole number from %1 to %2.").arg(kMinConfirmations).arg(kMaxConfirmations));
            else
                s.confirmations = int(n);
        }
        if (!failure && keys.contains(QStringLiteral("poll_ms"))) {
            qint64 n = 0;
            if (!number(QStringLiteral("poll_ms"), kMinPollMs, kMaxPollMs, &n))
                failure = bad(group, QStringLiteral("poll_ms"),
                    QStringLiteral("'%1' out of range").arg(text(QStringLiteral("poll_ms"))),
                    tr("use a whole number of milliseconds from %1 to %2.").arg(kMinPollMs).arg(kMaxPollMs));
            else
                s.pollIntervalMs = int(n);
        }
        settings.endGroup();
        if (failure)
            return *failure;

        const QList<SettingsIssue> issues = validate(s);
        if (!issues.isEmpty())
            return bad(group, issues.first().key, issues.first().message, issues.first().userMessage);

        if (s.isLocal()) {
            chains << s;
        } else {
            for (ChainSettings &c : chains) {
                if (c.id == s.id)
                    c = s;
            }
        }
    }
    return chains;
}

Result<void> ChainSettingsFile::save(const QString &path, const ChainSettings &s)
{
    const QList<SettingsIssue> issues = validate(s);
    if (!issues.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("not saving chain.%1: %2: %3").arg(s.id, issues.first().key, issues.first().message),
            issues.first().userMessage, tr("Correct the marked fields and save again."));
    }
    QSettings settings(path, QSettings::IniFormat);
    const QString group = kGroupPrefix + s.id;
    settings.remove(group);
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("enabled"), s.enabled ? QStringLiteral("true") : QStringLiteral("false"));
    // Lists as "a, b" without quotes (QSettings' own list form), so the
    // file reads like the documentation; one item is a plain value.
    auto setList = [&settings](const QString &key, const QStringList &items) {
        if (items.size() > 1)
            settings.setValue(key, items);
        else
            settings.setValue(key, items.value(0));
    };
    auto urls = [](const QList<QUrl> &endpoints) {
        QStringList out;
        for (const QUrl &url : endpoints)
            out << url.toString();
        return out;
    };
    setList(QStringLiteral("http"), urls(s.httpEndpoints));
    QStringList tokens;
    for (const TokenContract &token : s.tokens)
        tokens << formatToken(token);
    setList(QStringLiteral("tokens"), tokens);
    settings.setValue(QStringLiteral("finality"), finalityName(s.finality, s.family));
    settings.setValue(QStringLiteral("confirmations"), QString::number(s.confirmations));
    settings.setValue(QStringLiteral("poll_ms"), QString::number(s.pollIntervalMs));
    if (s.isEvm()) {
        settings.setValue(QStringLiteral("chain_id"), QString::number(s.chainId));
        setList(QStringLiteral("ws"), urls(s.wsEndpoints));
    } else {
        settings.setValue(QStringLiteral("trongrid_url"), s.tronGridUrl.toString());
        settings.setValue(QStringLiteral("api_key"), s.apiKey);
    }
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(path),
            tr("Kassa could not save the settings file %1.").arg(path),
            tr("Check the permissions of the profile folder."));
    }
    return {};
}

} // namespace kassa::chain
