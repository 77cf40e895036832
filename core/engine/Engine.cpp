#include "engine/Engine.h"

#include "base/Log.h"
#include "demo/DemoNetwork.h"
#include "engine/AuditBackend.h"
#include "engine/ChainManager.h"
#include "engine/OperatorsBackend.h"
#include "engine/OperatorsOwnerSetup.h"
#include "engine/PayoutRates.h"
#include "engine/PayoutRunner.h"
#include "engine/PayoutsBackend.h"
#include "engine/OrdersBackend.h"
#include "engine/Storefront.h"
#include "engine/WalletAddressSource.h"
#include "engine/WalletsBackend.h"
#include "keys/ApiSecrets.h"
#include "keys/EncryptedFileStore.h"
#include "payments/HdAddressSource.h"
#include "keys/KeychainStore.h"
#include "profile/Logging.h"
#include "store/Database.h"

#include <QPointer>
#include <QThreadPool>
#include <QFile>
#include <QTimer>
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

//! Every token of every enabled chain can be paid out.
QList<PayoutAsset> payoutAssets(const QList<chain::ChainSettings> &chains)
{
    QList<PayoutAsset> assets;
    for (const chain::ChainSettings &c : chains) {
        if (!c.enabled)
            continue;
        for (const chain::TokenContract &t : c.tokens)
            assets << PayoutAsset{c.id, c.displayName(), t.contract, money::Asset{t.symbol, t.decimals}};
    }
    return assets;
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
    // The engine's own audit entries name the operator signed in to the
    // console (MainWindow tells the owner setup), or the system.
    m_audit = new AuditBackend(m_clock, [this] { return actor(); }, this);
    if (m_config.keyStore() == QLatin1String("file"))
        m_keyStore = std::make_unique<keys::EncryptedFileStore>(m_profile.directory() + QStringLiteral("/keys.kassaenc"));
    else
        m_keyStore = std::make_unique<keys::KeychainStore>(QStringLiteral("kassa"));
    m_wallets = new WalletsBackend(m_keyStore.get(), m_clock, [this] { return actor(); },
        [this] { return QJsonObject {{QStringLiteral("language"), m_config.language()}}; }, this);
    // Operators keep their TOTP secrets in the same key store; payouts ask
    // them for the step-up check of each decision.
    m_operators = new OperatorsBackend(m_clock, m_keyStore.get(), operators::Argon2Params::defaults(), {}, this);
    m_ownerSetup = new OperatorsOwnerSetup(m_operators, this);
    m_payoutRates = new PayoutRates(this);
    m_payouts = new PayoutsBackend(m_clock, m_operators, payoutAssets(m_config.chains()),
        [rates = m_payoutRates](const money::Amount &amount) { return rates->valuation(amount); }, this);
    // A decision or a policy change may be about a new rate: read them again,
    // and every minute (kassa-cli or a rate source may have stored one).
    connect(m_payouts, &PayoutsService::changed, this, [this] { m_payoutRates->refresh(m_database); });
    m_orders = new OrdersBackend(m_clock, [this] { return actor(); }, this);
    auto *rateTimer = new QTimer(this);
    rateTimer->setInterval(std::chrono::minutes(1));
    connect(rateTimer, &QTimer::timeout, this, [this] { m_payoutRates->refresh(m_database); });
    rateTimer->start();
}

Engine::~Engine()
{
    // The payout senders sign with the key store and write to the database
    // and the outbox: their threads are joined first.
    m_payoutRunner.reset();
    // The storefront's listener, outbox and expiry timer use the database
    // and the watchers' signals: it stops first.
    m_storefront.reset();
    // The wallets' pending key store calls answer to it: it goes first.
    delete m_wallets;
    m_wallets = nullptr;
    delete m_payouts;
    m_payouts = nullptr;
    delete m_ownerSetup;
    m_ownerSetup = nullptr;
    delete m_operators; // its TOTP reads answer to the key store
    m_operators = nullptr;
    // Watchers write to the database: join their threads before it closes.
    m_chains.reset();
    // Reads on the thread pool (payout rates, wallets, orders) hold the
    // database too: let them finish, so it closes here and not while the
    // process exits (a short kassa-cli command could crash there). Bounded:
    // a stuck read must not keep the process from ending.
    QThreadPool::globalInstance()->waitForDone(10000);
}

void Engine::start()
{
    m_info.state = EngineState::Starting;
    QtConcurrent::run([config = m_config, dir = m_profile.directory(), &clock = m_clock] {
        return openDatabase(config, dir, clock);
    }).then(this, [this](const Opened &opened) {
        finishStart(opened.database, opened.error ? &*opened.error : nullptr);
        if (startChainWatchers()) {
            startStorefrontWithStoredSecrets();
            if (auto runner = startPayoutRunner(); !runner.ok())
                qCWarning(lcEngine).noquote() << "payouts not sent:" << runner.error().message;
        }
    });
}

void Engine::startStorefrontWithStoredSecrets()
{
    // The key store's secrets (kassa-cli api-token); owner-only files in the
    // profile folder where the key store holds none.
    keys::loadApiSecrets(*m_keyStore, this, [this](Result<keys::ApiSecrets> loaded) {
        auto [token, secret] = storefrontSecrets();
        if (loaded.ok()) {
            if (!loaded->epusdtToken.isEmpty())
                token = loaded->epusdtToken;
            if (!loaded->webhookSecret.isEmpty())
                secret = loaded->webhookSecret;
            loaded->wipe();
        } else {
            qCWarning(lcEngine).noquote() << "storefront secrets not read from the key store:"
                                          << loaded.error().message;
        }
        auto started = startStorefront(token, secret);
        token.fill('\0');
        secret.fill('\0');
        if (!started.ok())
            qCWarning(lcEngine).noquote() << "storefront not started:" << started.error().message;
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
        // Secrets of the chain side (Tron's API key) live in the key store too.
        m_chains->setKeyStore(m_keyStore.get());
        connect(m_chains.get(), &ChainManager::statusesChanged, this, &ConsoleService::chainStatusesChanged);
        connect(m_chains.get(), &ChainManager::pendingTransferChanged, this, &ConsoleService::pendingTransferChanged);
        connect(m_chains.get(), &ChainManager::pendingTransferRemoved, this, &ConsoleService::pendingTransferRemoved);
        // Every wallet's receive addresses are watched on every chain of its family.
        connect(m_wallets, &WalletsService::addressAdded, m_chains.get(), [this](const wallets::WalletAddress &a) {
            m_chains->watchAddress(a.family, a.address, m_wallets->labelOf(a.family, a.address));
        });
        m_wallets->setBalanceReader([chains = QPointer<ChainManager>(m_chains.get())](
                                        chain::ChainFamily family, const QStringList &addresses) {
            return chains ? chains->readBalances(family, addresses)
                          : QtFuture::makeReadyFuture(QList<chain::BalanceReading>());
        });
        m_wallets->setDatabase(m_database);
        m_operators->setDatabase(m_database);
        m_payouts->setDatabase(m_database);
        m_payouts->setAssets(payoutAssets(m_chains->chains()));
        m_payoutRates->refresh(m_database);
        m_ownerSetup->refresh();
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
    // Shared addresses from the wallets (or the configuration); dedicated
    // order addresses and deposit addresses are fresh HD addresses of the
    // receiving wallets.
    QHash<QString, chain::ChainFamily> families;
    for (const auto &c : chainSettings())
        families.insert(c.id, c.family);
    auto addresses = std::make_shared<payments::HdAddressSource>(m_database, families, m_receiveAddresses, m_clock);
    m_storefront = std::make_unique<Storefront>(m_database, settings.value(), addresses, m_clock, nullptr, m_orders);
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
    if (m_storefront->isStarted())
        return {}; // the demo may start it before start() has read the key store
    refreshReceiveAddresses();
    // POST /v1/payouts: the enabled payout assets, valued at the payout rates.
    QList<payments::PaymentTarget> targets;
    for (const PayoutAsset &a : m_payouts->assets())
        targets << payments::PaymentTarget {a.chain, a.tokenContract, a.asset};
    // The storefront stops before the rates go (~Engine); valuation() locks.
    m_storefront->setPayoutTargets(std::move(targets),
        [rates = m_payoutRates](const money::Amount &amount) { return rates->valuation(amount); });
    return m_storefront->start(m_chains.get(), epusdtToken, webhookSecret);
}

Result<void> Engine::startPayoutRunner(std::function<bool(const QString &payoutId)> afterPersist)
{
    if (!m_database || !m_chains)
        return makeError(ErrorCode::Database, QStringLiteral("payouts: the database is not open"),
            QCoreApplication::translate(
                "kassa::engine::OrdersBackend", "Orders are not available yet: the database is still opening."));
    if (m_payoutRunner)
        return {};
    auto settings = PayoutRunnerSettings::load(m_config.path());
    if (!settings.ok())
        return settings.error();
    PayoutRunner::Options options;
    options.settings = settings.value();
    options.afterPersist = std::move(afterPersist);
    m_payoutRunner = std::make_unique<PayoutRunner>(m_chains->chains(), m_database, m_keyStore.get(), m_clock, options);
    // A decision in this console sends at once; kassa-cli's and other
    // desktops' decisions are found by the runner's own interval.
    connect(m_payouts, &PayoutsService::changed, m_payoutRunner.get(), &PayoutRunner::sendApproved);
    // What keeps a chain from paying shows on the Payouts page.
    connect(m_payoutRunner.get(), &PayoutRunner::statusesChanged, m_payouts,
        [this] { m_payouts->setSenderProblems(m_payoutRunner->problems()); });
    // A new payout wallet (or a removed one) changes who can pay.
    connect(m_wallets, &WalletsService::walletsChanged, m_payoutRunner.get(),
        [this] { m_payoutRunner->restart(m_chains->chains()); });
    m_payoutRunner->start();
    return {};
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
    if (m_chains) {
        m_chains->applySettings(settings);
        m_payouts->setAssets(payoutAssets(m_chains->chains()));
        if (m_payoutRunner)
            m_payoutRunner->restart(m_chains->chains());
    }
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

OperatorsService *Engine::operators() const
{
    return m_operators;
}

PayoutsService *Engine::payouts() const
{
    return m_payouts;
}

OwnerSetup *Engine::ownerSetup() const
{
    return m_ownerSetup;
}

audit::Actor Engine::actor() const
{
    return m_ownerSetup ? m_ownerSetup->actor() : audit::Actor::system();
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
