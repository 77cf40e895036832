#include "engine/Engine.h"

#include "base/Log.h"
#include "demo/DemoNetwork.h"
#include "engine/AuditBackend.h"
#include "engine/ChainManager.h"
#include "engine/WalletsBackend.h"
#include "keys/EncryptedFileStore.h"
#include "keys/KeychainStore.h"
#include "profile/Logging.h"
#include "store/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kassa::engine {

namespace {

struct Opened {
    std::shared_ptr<store::Database> database;
    std::optional<Error> error;
};

Opened openDatabase(const Config &config, const QString &profileDirectory, const Clock &clock)
{
    auto url = store::DatabaseUrl::parse(config.databaseUrl(), profileDirectory);
    if (!url.ok())
        return {nullptr, url.error()};
    auto db = store::Database::open(url.value(), clock);
    if (!db.ok())
        return {nullptr, db.error()};
    return {std::shared_ptr<store::Database>(std::move(db).value().release()), std::nullopt};
}

} // namespace

Engine::Engine(Profile profile, Config config, const Clock &clock, QObject *parent)
    : ConsoleService(parent), m_profile(std::move(profile)), m_config(std::move(config)), m_clock(clock)
{
    m_info.profileDirectory = m_profile.directory();
    m_info.configPath = m_config.path();
    m_info.logFile = logging::currentFile();
    m_info.demo = demo::DemoNetwork::isDemoConfig(m_config.path());
    auto url = store::DatabaseUrl::parse(m_config.databaseUrl(), m_profile.directory());
    m_info.databaseDisplay = url.ok() ? url->displayString() : m_config.databaseUrl();
    // Until operators sign in (the payouts work), actions are the system's.
    m_audit = new AuditBackend(m_clock, [] { return audit::Actor::system(); }, this);
    if (m_config.keyStore() == QLatin1String("file"))
        m_keyStore = std::make_unique<keys::EncryptedFileStore>(m_profile.directory() + QStringLiteral("/keys.kassaenc"));
    else
        m_keyStore = std::make_unique<keys::KeychainStore>(QStringLiteral("kassa"));
    m_wallets = new WalletsBackend(m_keyStore.get(), m_clock, [] { return audit::Actor::system(); },
        [this] { return QJsonObject {{QStringLiteral("language"), m_config.language()}}; }, this);
}

Engine::~Engine()
{
    // The wallets' pending key store calls answer to it: it goes first.
    delete m_wallets;
    m_wallets = nullptr;
    // Watchers write to the database: join their threads before it closes.
    m_chains.reset();
}

void Engine::start()
{
    m_info.state = EngineState::Starting;
    QtConcurrent::run([config = m_config, dir = m_profile.directory(), &clock = m_clock] {
        return openDatabase(config, dir, clock);
    }).then(this, [this](const Opened &opened) {
        finishStart(opened.database, opened.error ? &*opened.error : nullptr);
        startChainWatchers();
    });
}

bool Engine::startChainWatchers()
{
    if (!m_chains)
        return false;
    m_chains->start();
    return true;
}

Result<void> Engine::startBlocking()
{
    const Opened opened = openDatabase(m_config, m_profile.directory(), m_clock);
    finishStart(opened.database, opened.error ? &*opened.error : nullptr);
    if (opened.error)
        return *opened.error;
    return {};
}

void Engine::finishStart(std::shared_ptr<store::Database> database, const Error *error)
{
    if (error) {
        m_info.state = EngineState::Failed;
        m_info.error = *error;
        qCCritical(lcEngine) << "engine failed to start:" << error->message;
    } else {
        m_database = std::move(database);
        m_audit->setDatabase(m_database);
        m_info.state = EngineState::Ready;
        m_info.schemaVersion = m_database->schemaVersion();
        m_info.databaseDisplay = m_database->url().displayString();
        m_chains = std::make_unique<ChainManager>(m_config.chains(), m_database, m_clock);
        connect(m_chains.get(), &ChainManager::statusesChanged, this, &ConsoleService::chainStatusesChanged);
        connect(m_chains.get(), &ChainManager::pendingTransferChanged, this, &ConsoleService::pendingTransferChanged);
        connect(m_chains.get(), &ChainManager::pendingTransferRemoved, this, &ConsoleService::pendingTransferRemoved);
        // Every wallet's receive addresses are watched on every chain of its family.
        connect(m_wallets, &WalletsService::addressAdded, m_chains.get(), [this](const wallets::WalletAddress &a) {
            m_chains->watchAddress(a.family, a.address, m_wallets->labelOf(a.family, a.address));
        });
        m_wallets->setDatabase(m_database);
        qCInfo(lcEngine) << "engine ready; profile" << m_profile.directory();
    }
    Q_EMIT infoChanged();
}

QString Engine::applyLanguage(const QString &languageOverride)
{
    return m_translators.apply(languageOverride.isEmpty() ? m_config.language() : languageOverride);
}

EngineInfo Engine::info() const
{
    return m_info;
}

QList<ChainStatus> Engine::chainStatuses() const
{
    return m_chains ? m_chains->statuses() : QList<ChainStatus>();
}

QString Engine::languageSetting() const
{
    return m_config.language();
}

QList<PendingTransfer> Engine::pendingTransfers() const
{
    return m_chains ? m_chains->pending() : QList<PendingTransfer>();
}

QList<chain::ChainSettings> Engine::chainSettings() const
{
    return m_chains ? m_chains->chains() : m_config.chains();
}

QFuture<chain::ChainCheckResult> Engine::checkChainSettings(const chain::ChainSettings &settings)
{
    if (m_chains)
        return m_chains->checkSettings(settings);
    // Before the database is open there is no manager yet; the same checks apply.
    chain::ChainCheckResult offline;
    offline.chainId = settings.id;
    offline.issues = chain::ChainSettingsFile::validate(settings);
    const auto plugin = chainFamilies().value(settings.family);
    if (!offline.issues.isEmpty() || !plugin.checkSettings)
        return QtFuture::makeReadyFuture(offline);
    return plugin.checkSettings(settings, m_network);
}

Result<void> Engine::saveChainSettings(const chain::ChainSettings &settings)
{
    // A secret (Tron's API key) goes to the key store when there is one,
    // never into kassa.conf next to it.
    chain::ChainSettings toFile = settings;
    if (m_chains && m_chains->keyStore() && settings.family == chain::ChainFamily::Tron) {
        const QString id = settings.id;
        m_chains->storeApiKey(id, settings.apiKey, [id](const Result<void> &stored) {
            if (!stored.ok())
                qCWarning(lcEngine).noquote() << "cannot store the API key of" << id << ":" << stored.error().message;
        });
        toFile.apiKey.clear();
    }
    auto saved = m_config.setChain(toFile);
    if (!saved.ok())
        return saved;
    qCInfo(lcEngine).noquote() << "chain settings of" << settings.id << "saved; enabled:" << settings.enabled;
    if (m_chains)
        m_chains->applySettings(settings);
    return {};
}

AuditService *Engine::audit() const
{
    return m_audit;
}

WalletsService *Engine::wallets() const
{
    return m_wallets;
}

Result<void> Engine::setLanguageSetting(const QString &language)
{
    auto saved = m_config.setLanguage(language);
    if (!saved.ok())
        return saved;
    m_translators.apply(language);
    return {};
}

} // namespace kassa::engine
