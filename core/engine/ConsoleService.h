// ConsoleService: what the console (ui/) may ask of the engine and hear back.
// Value types in, value types and change signals out; no repository or
// watcher pointer ever crosses this line (Bitcoin's interfaces:: boundary).
#pragma once

#include "base/Result.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace kassa::engine {

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

Q_SIGNALS:
    void infoChanged();
    void chainStatusesChanged();
};

} // namespace kassa::engine

Q_DECLARE_METATYPE(kassa::engine::EngineInfo)
Q_DECLARE_METATYPE(kassa::engine::ChainStatus)
