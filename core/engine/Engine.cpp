#include "engine/Engine.h"

#include "base/Log.h"
#include "engine/AuditBackend.h"
#include "engine/ChainManager.h"
#include "engine/OrdersBackend.h"
#include "engine/Storefront.h"
#include "engine/WalletAddressSource.h"
#include "engine/WalletsBackend.h"
#include "keys/EncryptedFileStore.h"
#include "keys/KeychainStore.h"
#include "profile/Logging.h"
#include "store/Database.h"

#include <QFile>
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
    m_orders = new OrdersBackend(m_clock, [] { return audit::Actor::system(); }, this);
}

Engine::~Engine()
{
    // The storefront's listener, outbox and expiry timer use the database
    // and the watchers' signals: it stops first.
    m_storefront.reset();
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
        if (startChainWatchers()) {
            const auto [token, secret] = storefrontSecrets();
            auto started = startStorefront(token, secret);
            if (!started.ok())
                qCWarning(lcEngine).noquote() << "storefront not started:" << started.error().message;
        }
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
        makeStorefront();
        qCInfo(lcEngine) << "engine ready; profile" << m_profile.directory();
    }
    Q_EMIT infoChanged();
}

void Engine::makeStorefront()
{
    auto settings = StorefrontSettings::load(m_config.path());
    if (!settings.ok()) {
        // The console still shows the orders; the listener stays off until
        // the setting is fixed.
        qCCritical(lcEngine).noquote() << "storefront settings:" << settings.error().message;
        settings = StorefrontSettings {};
    }
    m_receiveAddresses = std::make_shared<WalletAddressSource>();
    for (auto it = settings->sharedAddresses.cbegin(); it != settings->sharedAddresses.cend(); ++it)
        m_receiveAddresses->setFallback(it.key(), it.value());
    refreshReceiveAddresses();
    connect(m_wallets, &WalletsService::addressAdded, this, &Engine::refreshReceiveAddresses);
    connect(m_wallets, &WalletsService::walletsChanged, this, &Engine::refreshReceiveAddresses);
    connect(m_wallets, &WalletsService::ready, this, &Engine::refreshReceiveAddresses);
    m_storefront =
        std::make_unique<Storefront>(m_database, settings.value(), m_receiveAddresses, m_clock, nullptr, m_orders);
}

void Engine::refreshReceiveAddresses()
{
    if (!m_receiveAddresses)
        return;
    QHash<QString, chain::ChainFamily> families;
    for (const auto &c : chainSettings())
        families.insert(c.id, c.family);
    m_receiveAddresses->setChainFamilies(families);
    for (const auto family : {chain::ChainFamily::Evm, chain::ChainFamily::Tron})
        m_receiveAddresses->setWalletAddresses(family, m_wallets->receivingAddresses(family));
}

Result<void> Engine::startStorefront(const QByteArray &epusdtToken, const QByteArray &webhookSecret)
{
    if (!m_storefront)
        return makeError(ErrorCode::Database, QStringLiteral("storefront: the database is not open"),
            QCoreApplication::translate(
                "kassa::engine::OrdersBackend", "Orders are not available yet: the database is still opening."));
    refreshReceiveAddresses();
    return m_storefront->start(m_chains.get(), epusdtToken, webhookSecret);
}

std::pair<QByteArray, QByteArray> Engine::storefrontSecrets() const
{
    const auto read = [this](const QString &name) -> QByteArray {
        QFile file(m_profile.directory() + QLatin1Char('/') + name);
        if (!file.exists())
            return {};
        if (file.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
            qCWarning(lcEngine).noquote() << "storefront: ignoring" << file.fileName() << "(readable by others)";
            return {};
        }
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.read(4096).trimmed();
    };
    return {read(QStringLiteral("epusdt-token")), read(QStringLiteral("webhook-secret"))};
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

OrdersService *Engine::orders() const
{
    return m_orders;
}

payments::ReceiveAddressSource *Engine::receiveAddresses() const
{
    return m_receiveAddresses.get();
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
