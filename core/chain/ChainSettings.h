// ChainSettings: how Kassa reaches each chain it knows — Ethereum, BSC,
// Polygon, Arbitrum and Base (one EVM code path), Tron, and a local test
// node when one is configured — and what it watches there: the nodes'
// endpoints, the token contracts with their decimals, and when a transfer
// counts as final. Every chain is off until the merchant enables it.
//
// The settings live in kassa.conf as one [chain.<id>] group per chain that
// differs from the defaults (doc/config.md lists every key). Loading checks
// every key and names the one that is wrong; nothing is guessed. The UI
// validates the same way before it saves (validate()), and then the watcher
// checks what only the node can tell: the chain id and the decimals.
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace kassa::chain {

enum class ChainFamily {
    Evm, //!< Ethereum JSON-RPC: ethereum, bsc, polygon, arbitrum, base, local
    Tron, //!< Tron full-node HTTP API (and optionally TronGrid)
};

//! When a transfer is final.
enum class FinalityPolicy {
    //! EVM: the node's "finalized" block tag; Tron: the solidified block.
    //! Falls back to `confirmations` when the node does not know the tag.
    Finalized,
    //! A fixed number of confirmations (`confirmations`).
    Depth,
};

struct TokenContract {
    QString symbol; //!< "USDT": what the merchant sees; never used to match
    QString contract; //!< EVM: 0x + 40 hex (EIP-55 when mixed case); Tron: base58 T…
    int decimals = 6;

    bool operator==(const TokenContract &) const = default;
};

//! One settings problem, for the log (message) and inline next to the
//! field in Settings → Chains (userMessage).
struct SettingsIssue {
    QString key; //!< the kassa.conf key within the chain's group: "http", "tokens", …
    QString message; //!< English
    QString userMessage; //!< translated

    bool operator==(const SettingsIssue &) const = default;
};

//! What checking settings against the nodes found (Settings → Chains).
struct ChainCheckResult {
    QString chainId;
    QList<SettingsIssue> issues; //!< empty: every check passed
    QStringList notes; //!< translated: what was verified ("…:443 serves chain id 1")
    bool checkedOnline = false; //!< false when this family has no online check yet

    bool ok() const { return issues.isEmpty(); }
};

struct ChainSettings {
    QString id; //!< "ethereum", "bsc", "polygon", "arbitrum", "base", "tron", "local"
    ChainFamily family = ChainFamily::Evm;
    bool enabled = false;
    //! EVM chain id (eth_chainId); fixed for the public chains, free for "local".
    quint64 chainId = 0;
    //! EVM: JSON-RPC over HTTP(S); Tron: full-node HTTP API. In order of preference.
    QList<QUrl> httpEndpoints;
    //! EVM only: JSON-RPC over WebSocket for eth_subscribe. Optional.
    QList<QUrl> wsEndpoints;
    //! Tron only, optional: TronGrid (or a compatible indexer).
    QUrl tronGridUrl;
    //! Tron only: the TronGrid API key. Not a wallet secret, but never logged.
    QString apiKey;
    QList<TokenContract> tokens;
    FinalityPolicy finality = FinalityPolicy::Finalized;
    //! Depth policy: confirmations until final. Finalized policy: the
    //! fallback when the node does not support the tag.
    int confirmations = 12;
    //! How often to ask for a new head when there is no subscription (and
    //! how often to refresh the finalized block).
    int pollIntervalMs = 4000;

    bool isEvm() const { return family == ChainFamily::Evm; }
    //! True for the local test network entry.
    bool isLocal() const { return id == QLatin1String("local"); }
    //! "Ethereum", "BNB Smart Chain", … (translated for the local entry).
    QString displayName() const;
    //! The token whose contract is `contract` (compared in canonical form).
    std::optional<TokenContract> token(const QString &contract) const;

    bool operator==(const ChainSettings &) const = default;
};

//! Reads, checks and writes the [chain.<id>] groups of kassa.conf.
class ChainSettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::ChainSettingsFile)

public:
    //! The chains Kassa knows, in display order (without "local").
    static QStringList knownChainIds();
    //! The built-in settings of a chain ("local" included); nothing for an
    //! unknown id.
    static std::optional<ChainSettings> defaults(const QString &id);
    //! The defaults of every known chain (not "local").
    static QList<ChainSettings> allDefaults();

    //! Every known chain with the file's overrides applied, plus "local"
    //! when the file has a [chain.local] group. A missing file gives the
    //! defaults. Fails on the first bad key, naming it and the file.
    static Result<QList<ChainSettings>> load(const QString &path);
    //! Writes one chain's group (all of its keys), leaving the rest of the
    //! file as it is. Refuses settings that do not validate.
    static Result<void> save(const QString &path, const ChainSettings &settings);

    //! Every problem with `settings`, keyed by field; empty when it is fine.
    static QList<SettingsIssue> validate(const ChainSettings &settings);

    //! "USDT:0xdAC1…:6" — one entry of the `tokens` key.
    static QString formatToken(const TokenContract &token);
    //! Parses one `tokens` entry for `family`.
    static Result<TokenContract> parseToken(const QString &text, ChainFamily family);
    //! The canonical form of a contract for comparisons and the store
    //! (EVM: 0x + lower-case hex; Tron: base58), or empty if it is invalid.
    static QString canonicalContract(const QString &contract, ChainFamily family);
};

} // namespace kassa::chain

Q_DECLARE_METATYPE(kassa::chain::ChainSettings)
Q_DECLARE_METATYPE(kassa::chain::SettingsIssue)
Q_DECLARE_METATYPE(kassa::chain::ChainCheckResult)
