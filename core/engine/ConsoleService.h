// ConsoleService: what the console (ui/) may ask of the engine and hear back.
// Value types in, value types and change signals out; no repository or
// watcher pointer ever crosses this line (Bitcoin's interfaces:: boundary).
#pragma once

#include "base/Result.h"
#include "chain/ChainSettings.h"

#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace kassa::engine {

class AuditService;
class OperatorsService;
class PayoutsService;
class OrdersService;
class WalletsService;

enum class EngineState { Starting, Ready, Failed };

//! Where this Kassa keeps its state and how far it got starting up.
struct EngineInfo {
    EngineState state = EngineState::Starting;
    QString profileDirectory;
    QString configPath;
    QString logFile;
    QString databaseDisplay; //!< URL with any password masked
    int schemaVersion = 0;
    Error error; //!< meaningful when state == Failed
    bool demo = false; //!< the demo profile on the local test network: no real money
};

//! One chain's connection as shown in the status bar.
struct ChainStatus {
    QString chainId; //!< "tron", "ethereum", …
    QString displayName; //!< "Tron", "Ethereum"
    bool connected = false;
    QString endpoint; //!< host of the endpoint in use
    qint64 headBlock = 0;
    qint64 lagBlocks = 0;
    QString lastError;
};

//! A transfer to one of our addresses that is not final yet, as the
//! dashboard shows it.
struct PendingTransfer {
    qint64 id = 0; //!< stable key (the store's row id)
    QString chainId; //!< "ethereum", "tron", …
    QString chainName; //!< "Ethereum", "Tron"
    QString asset; //!< "USDT"
    QString amount; //!< exact, formatted with the asset's decimals ("13.92")
    QString toAddress; //!< canonical form
    QString toLabel; //!< the wallet's label for it, may be empty
    quint64 confirmations = 0;
    quint64 requiredConfirmations = 0;
    qint64 firstSeenMs = 0;
    QString txHash;
    int logIndex = 0; //!< which transfer of the transaction
    bool reorged = false; //!< its block left the chain; waiting to see it again
};

class ConsoleService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ConsoleService() override = default;

    //! Current engine state and locations.
    virtual EngineInfo info() const = 0;
    //! Chains being watched; empty until a chain is configured.
    virtual QList<ChainStatus> chainStatuses() const = 0;
    //! "system" or a shipped language code.
    virtual QString languageSetting() const = 0;
    //! Saves the language to kassa.conf and switches the running program.
    virtual Result<void> setLanguageSetting(const QString &language) = 0;
    //! Transfers seen but not final, newest first.
    virtual QList<PendingTransfer> pendingTransfers() const = 0;

    //! The audit log (never null; calls fail cleanly until the database is open).
    virtual AuditService *audit() const = 0;
    //! The wallets (never null; calls fail cleanly until the database is open).
    virtual WalletsService *wallets() const = 0;
    //! Operator accounts, sign-in and step-up checks (never null; calls fail
    //! cleanly until the database is open).
    virtual OperatorsService *operators() const = 0;
    //! Payout requests, approvals and the payout policy (never null; calls
    //! fail cleanly until the database is open).
    virtual PayoutsService *payouts() const = 0;
    //! Orders, callbacks and the dashboard tiles (never null; calls fail
    //! cleanly until the database is open).
    virtual OrdersService *orders() const = 0;
    //! Every chain Kassa knows, with its settings (the local test network
    //! only when configured).
    virtual QList<chain::ChainSettings> chainSettings() const = 0;
    //! Checks settings before they are saved: offline first, then against
    //! the nodes (chain id, token decimals). Asynchronous; continue with
    //! .then(context, …) — the future is fulfilled on a worker thread.
    virtual QFuture<chain::ChainCheckResult> checkChainSettings(const chain::ChainSettings &settings) = 0;
    //! Saves one chain's settings to kassa.conf and restarts its watcher
    //! (or stops it, when disabled). Refuses settings that do not validate.
    virtual Result<void> saveChainSettings(const chain::ChainSettings &settings) = 0;

Q_SIGNALS:
    void infoChanged();
    void chainStatusesChanged();
    //! A pending transfer appeared or changed (confirmations, reorg).
    void pendingTransferChanged(const kassa::engine::PendingTransfer &transfer);
    //! A pending transfer became final (or was dropped) and leaves the list.
    void pendingTransferRemoved(qint64 id);
};

} // namespace kassa::engine

Q_DECLARE_METATYPE(kassa::engine::EngineInfo)
Q_DECLARE_METATYPE(kassa::engine::ChainStatus)
Q_DECLARE_METATYPE(kassa::engine::PendingTransfer)
