// Engine: wires a profile, its config, the translators and the database
// together, and serves the console through ConsoleService. Later it owns
// the chain watchers, the REST listener and the callback outbox.
#pragma once

#include "base/Clock.h"
#include "engine/ConsoleService.h"
#include "i18n/Languages.h"
#include "profile/Config.h"
#include "profile/Profile.h"

#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::engine {

class AuditBackend;

class Engine final : public ConsoleService
{
    Q_OBJECT

public:
    Engine(Profile profile, Config config, const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~Engine() override;

    //! Opens the database on a worker thread; infoChanged() tells when done.
    void start();
    //! Opens the database on the calling thread (kassa-cli, tests).
    Result<void> startBlocking();

    //! Installs the translators for `languageOverride`, or for the
    //! configured language when it is empty. Returns the language in effect.
    QString applyLanguage(const QString &languageOverride = {});

    const Profile &profile() const { return m_profile; }
    const Config &config() const { return m_config; }
    store::Database *database() const { return m_database.get(); }

    EngineInfo info() const override;
    QList<ChainStatus> chainStatuses() const override;
    QString languageSetting() const override;
    Result<void> setLanguageSetting(const QString &language) override;
    QList<PendingTransfer> pendingTransfers() const override;
    AuditService *audit() const override;

private:
    void finishStart(std::shared_ptr<store::Database> database, const Error *error);

    Profile m_profile;
    Config m_config;
    const Clock &m_clock;
    i18n::Translators m_translators;
    std::shared_ptr<store::Database> m_database;
    EngineInfo m_info;
    AuditBackend *m_audit = nullptr; // child QObject
};

} // namespace kassa::engine
