#include "engine/ChainManager.h"

#include "chain/evm/EvmBalanceReader.h"
#include "chain/evm/EvmSettingsCheck.h"
#include "chain/evm/EvmWatcher.h"
#include "chain/tron/TronBalanceReader.h"
#include "chain/tron/TronSettingsCheck.h"
#include "chain/tron/TronWatcher.h"
#include "crypto/EthAddress.h"
#include "crypto/TronAddress.h"
#include "keys/KeyStore.h"
#include "money/UInt256.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace kassa::engine {

Q_LOGGING_CATEGORY(lcChains, "kassa.chain", QtInfoMsg)

namespace {

// How long a transfer whose block left the chain stays on the dashboard
// (flagged) without being seen again.
constexpr qint64 kOrphanShownMs = 24 * 3600 * 1000;

QByteArray labelKey(chain::ChainFamily family, const chain::Address20 &address)
{
    QByteArray key(1, char(int(family)));
    key.append(reinterpret_cast<const char *>(address.data()), 20);
    return key;
}

std::optional<chain::Address20> parseAddress(chain::ChainFamily family, const QString &text)
{
    chain::Address20 out {};
    if (family == chain::ChainFamily::Evm) {
        auto parsed = crypto::EthAddress::parse(text);
        if (!parsed.ok())
            return std::nullopt;
        std::memcpy(out.data(), parsed->bytes().data(), 20);
        return out;
    }
    auto parsed = crypto::TronAddress::parse(text);
    if (!parsed.ok())
        return std::nullopt;
    std::memcpy(out.data(), parsed->toEvm().bytes().data(), 20);
    return out;
}

QString pendingKey(const store::TransferRecord &row)
{
    return row.chain + QLatin1Char('|') + row.txHash + QLatin1Char('|') + QString::number(row.logIndex);
}

QString pendingKey(const PendingTransfer &t)
{
    return t.chainId + QLatin1Char('|') + t.txHash + QLatin1Char('|') + QString::number(t.logIndex);
}

} // namespace

QMap<chain::ChainFamily, ChainFamilyPlugin> chainFamilies()
{
    QMap<chain::ChainFamily, ChainFamilyPlugin> families;
    families.insert(chain::ChainFamily::Evm,
        ChainFamilyPlugin {[](const WatcherContext &c) -> chain::ChainWatcher * {
                               return new chain::evm::EvmWatcher(
                                   c.settings, c.database, c.addresses, c.network, c.clock);
                           },
            [](const chain::ChainSettings &settings, const net::NetworkFactory &network) {
                return chain::evm::EvmSettingsCheck::run(settings, network);
            },
            [](const chain::ChainSettings &settings, const net::NetworkFactory &network, const QStringList &addresses) {
                return chain::evm::EvmBalanceReader::run(settings, network, addresses);
            }});
    families.insert(chain::ChainFamily::Tron,
        ChainFamilyPlugin {[](const WatcherContext &c) -> chain::ChainWatcher * {
                               return new chain::tron::TronWatcher(
                                   c.settings, c.database, c.addresses, c.network, c.clock);
                           },
            [](const chain::ChainSettings &settings, const net::NetworkFactory &network) {
                return chain::tron::TronSettingsCheck::run(settings, network);
            },
            [](const chain::ChainSettings &settings, const net::NetworkFactory &network, const QStringList &addresses) {
                return chain::tron::TronBalanceReader::run(settings, network, addresses);
            }});
    return families;
}

ChainManager::ChainManager(QList<chain::ChainSettings> chains, std::shared_ptr<store::Database> database,
    const Clock &clock, net::NetworkPolicy network, QObject *parent)
    : QObject(parent), m_chains(std::move(chains)), m_database(std::move(database)), m_clock(clock),
      m_network(std::move(network)), m_families(chainFamilies())
{
    m_addresses.insert(chain::ChainFamily::Evm, std::make_shared<chain::WatchedAddresses>());
    m_addresses.insert(chain::ChainFamily::Tron, std::make_shared<chain::WatchedAddresses>());
}

ChainManager::~ChainManager()
{
    stop();
}

void ChainManager::setFamilyPlugin(chain::ChainFamily family, ChainFamilyPlugin plugin)
{
    m_families.insert(family, std::move(plugin));
}

void ChainManager::start()
{
    if (m_started)
        return;
    m_started = true;
    for (const chain::ChainSettings &settings : std::as_const(m_chains)) {
        if (settings.enabled)
            startWatcher(settings);
    }
    const qint64 since = m_clock.nowMs() - kOrphanShownMs;
    QtConcurrent::run([database = m_database, since] {
        auto reader = database->reader();
        if (!reader.ok())
            return Result<QList<store::TransferRecord>>(reader.error());
        return store::TransferStore::pending(reader.value(), since);
    }).then(this, [this](const Result<QList<store::TransferRecord>> &rows) {
        if (!rows.ok()) {
            qCWarning(lcChains) << "cannot read pending transfers:" << rows.error().message;
            return;
        }
        loadPending(rows.value());
    });
    Q_EMIT statusesChanged();
}

void ChainManager::stop()
{
    const QStringList ids = m_running.keys();
    for (const QString &id : ids)
        stopWatcher(id);
    m_started = false;
}

QString ChainManager::apiKeyId(const QString &chainId)
{
    return QStringLiteral("chain.%1.api_key").arg(chainId);
}

void ChainManager::storeApiKey(const QString &chainId, const QString &key, std::function<void(Result<void>)> done)
{
    if (!m_keyStore)
        return done(makeError(ErrorCode::InvalidInput, QStringLiteral("no key store for the API key"),
            tr("There is no key store to keep the API key in.")));
    for (chain::ChainSettings &c : m_chains) {
        if (c.id == chainId)
            c.apiKey = key;
    }
    if (key.isEmpty())
        return m_keyStore->remove(apiKeyId(chainId), this, std::move(done));
    const QByteArray utf8 = key.toUtf8();
    m_keyStore->write(apiKeyId(chainId), crypto::SecureBytes::copyOf(utf8), this, std::move(done));
}

void ChainManager::startWatcher(const chain::ChainSettings &settings)
{
    const quint64 start = ++m_starts[settings.id];
    if (!m_keyStore || settings.family != chain::ChainFamily::Tron || !settings.apiKey.isEmpty())
        return runWatcher(settings);
    // The key lives in the key store, not in the settings file.
    m_keyStore->read(apiKeyId(settings.id), this, [this, settings, start](Result<crypto::SecureBytes> key) {
        if (!m_started || m_starts.value(settings.id) != start)
            return; // stopped or restarted meanwhile
        chain::ChainSettings withKey = settings;
        if (key.ok()) {
            withKey.apiKey = QString::fromUtf8(key->view());
            for (chain::ChainSettings &c : m_chains) {
                if (c.id == settings.id && c.apiKey.isEmpty())
                    c.apiKey = withKey.apiKey;
            }
        }
        runWatcher(withKey);
    });
}

void ChainManager::runWatcher(const chain::ChainSettings &settings)
{
    ChainStatus status;
    status.chainId = settings.id;
    status.displayName = settings.displayName();
    const auto plugin = m_families.value(settings.family);
    if (!plugin.createWatcher) {
        status.lastError = tr("Watching %1 is not available in this version of Kassa.").arg(settings.displayName());
        m_statuses.insert(settings.id, status);
        qCWarning(lcChains).noquote() << "no watcher for the family of" << settings.id;
        Q_EMIT statusesChanged();
        return;
    }
    m_statuses.insert(settings.id, status);
    m_required.insert(settings.id, quint64(settings.confirmations));

    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("kassa-chain-%1").arg(settings.id));
    chain::ChainWatcher *watcher = plugin.createWatcher(
        WatcherContext {settings, m_database, m_addresses.value(settings.family), m_network, m_clock});
    watcher->moveToThread(thread);
    const QString id = settings.id;
    connect(watcher, &chain::ChainWatcher::transfersChanged, this, &ChainManager::onTransfers, Qt::QueuedConnection);
    connect(watcher, &chain::ChainWatcher::statusChanged, this, &ChainManager::onStatus, Qt::QueuedConnection);
    connect(
        watcher, &chain::ChainWatcher::halted, this, [this, id](const Error &error) { onHalted(id, error); },
        Qt::QueuedConnection);
    thread->start();
    QMetaObject::invokeMethod(watcher, &chain::ChainWatcher::start, Qt::QueuedConnection);
    m_running.insert(id, Running {thread, watcher});
    qCInfo(lcChains).noquote() << "watching" << id;
    Q_EMIT statusesChanged();
}

void ChainManager::stopWatcher(const QString &chainId)
{
    ++m_starts[chainId];
    const Running running = m_running.take(chainId);
    if (!running.thread)
        return;
    chain::ChainWatcher *watcher = running.watcher;
    watcher->disconnect(this);
    // Stop and delete it on its own thread, then join the thread.
    QMetaObject::invokeMethod(
        watcher,
        [watcher] {
            watcher->stop();
            delete watcher;
        },
        Qt::BlockingQueuedConnection);
    running.thread->quit();
    running.thread->wait();
    delete running.thread;
    qCInfo(lcChains).noquote() << "stopped watching" << chainId;
}

void ChainManager::applySettings(const chain::ChainSettings &settings)
{
    bool known = false;
    for (chain::ChainSettings &c : m_chains) {
        if (c.id == settings.id) {
            c = settings;
            known = true;
        }
    }
    if (!known)
        m_chains << settings;
    if (!m_started)
        return;
    stopWatcher(settings.id);
    m_statuses.remove(settings.id);
    if (settings.enabled)
        startWatcher(settings);
    Q_EMIT statusesChanged();
}

QFuture<chain::ChainCheckResult> ChainManager::checkSettings(const chain::ChainSettings &settings) const
{
    chain::ChainCheckResult offline;
    offline.chainId = settings.id;
    offline.issues = chain::ChainSettingsFile::validate(settings);
    const auto plugin = m_families.value(settings.family);
    if (!offline.issues.isEmpty() || !plugin.checkSettings)
        return QtFuture::makeReadyFuture(offline);
    return plugin.checkSettings(settings, m_network);
}

QFuture<QList<chain::BalanceReading>> ChainManager::readBalances(
    chain::ChainFamily family, const QStringList &addresses) const
{
    const auto plugin = m_families.value(family);
    QList<QFuture<QList<chain::BalanceReading>>> reads;
    for (const chain::ChainSettings &c : m_chains) {
        if (c.enabled && c.family == family && !c.tokens.isEmpty() && plugin.readBalances && !addresses.isEmpty())
            reads << plugin.readBalances(c, m_network, addresses);
    }
    if (reads.isEmpty())
        return QtFuture::makeReadyFuture(QList<chain::BalanceReading>());
    return QtFuture::whenAll(reads.begin(), reads.end()).then([](const QList<QFuture<QList<chain::BalanceReading>>> &done) {
        QList<chain::BalanceReading> all;
        for (const auto &f : done)
            all += f.result();
        return all;
    });
}

std::optional<chain::ChainSettings> ChainManager::settingsOf(const QString &chainId) const
{
    for (const chain::ChainSettings &c : m_chains) {
        if (c.id == chainId)
            return c;
    }
    return std::nullopt;
}

// ------------------------------------------------------------ addresses

std::shared_ptr<chain::WatchedAddresses> ChainManager::addresses(chain::ChainFamily family) const
{
    return m_addresses.value(family);
}

bool ChainManager::watchAddress(chain::ChainFamily family, const QString &address, const QString &label)
{
    const auto parsed = parseAddress(family, address.trimmed());
    if (!parsed)
        return false;
    return watchAddress(family, *parsed, label);
}

bool ChainManager::watchAddress(chain::ChainFamily family, const chain::Address20 &address, const QString &label)
{
    {
        QWriteLocker locker(&m_labelsLock);
        if (label.isEmpty())
            m_labels.remove(labelKey(family, address));
        else
            m_labels.insert(labelKey(family, address), label);
    }
    m_addresses.value(family)->insert(address, 0);
    return true;
}

bool ChainManager::unwatchAddress(chain::ChainFamily family, const chain::Address20 &address)
{
    {
        QWriteLocker locker(&m_labelsLock);
        m_labels.remove(labelKey(family, address));
    }
    return m_addresses.value(family)->remove(address);
}

QString ChainManager::addressLabel(chain::ChainFamily family, const chain::Address20 &address) const
{
    QReadLocker locker(&m_labelsLock);
    return m_labels.value(labelKey(family, address));
}

// ----------------------------------------------------- status and pending

QList<ChainStatus> ChainManager::statuses() const
{
    // Names are looked up now: the local network's name follows the language.
    QList<ChainStatus> out = m_statuses.values();
    for (ChainStatus &s : out) {
        if (const auto settings = settingsOf(s.chainId))
            s.displayName = settings->displayName();
    }
    return out;
}

QList<PendingTransfer> ChainManager::pending() const
{
    QList<PendingTransfer> out = m_pending.values();
    for (PendingTransfer &t : out) {
        if (const auto settings = settingsOf(t.chainId))
            t.chainName = settings->displayName();
    }
    std::sort(out.begin(), out.end(), [](const PendingTransfer &a, const PendingTransfer &b) {
        return a.firstSeenMs != b.firstSeenMs ? a.firstSeenMs > b.firstSeenMs : a.id > b.id;
    });
    return out;
}

void ChainManager::onStatus(const chain::WatcherStatus &status)
{
    if (!m_running.contains(status.chain))
        return; // a late report from a watcher that was stopped
    const auto settings = settingsOf(status.chain);
    ChainStatus &s = m_statuses[status.chain];
    s.chainId = status.chain;
    s.displayName = settings ? settings->displayName() : status.chain;
    s.connected = status.connected;
    s.endpoint = status.endpoint;
    s.headBlock = qint64(status.headBlock);
    s.lagBlocks = status.headBlock > status.processedBlock ? qint64(status.headBlock - status.processedBlock) : 0;
    s.lastError = status.lastErrorDisplay.isEmpty() ? status.lastError : status.lastErrorDisplay;
    if (status.confirmationsRequired > 0)
        m_required.insert(status.chain, status.confirmationsRequired);
    Q_EMIT statusesChanged();
}

void ChainManager::onHalted(const QString &chainId, const Error &error)
{
    ChainStatus &s = m_statuses[chainId];
    s.chainId = chainId;
    const auto settings = settingsOf(chainId);
    s.displayName = settings ? settings->displayName() : chainId;
    s.connected = false;
    s.lastError = error.userMessage.isEmpty() ? error.message : error.userMessage;
    qCCritical(lcChains).noquote() << chainId << "halted:" << error.message;
    Q_EMIT statusesChanged();
    Q_EMIT chainHalted(chainId, error);
}

QString ChainManager::formatAmount(const money::UInt256 &value, int decimals)
{
    return chain::formatUnits(value, decimals);
}

std::optional<PendingTransfer> ChainManager::toPending(const store::TransferRecord &row) const
{
    const auto settings = settingsOf(row.chain);
    PendingTransfer t;
    t.id = row.id;
    t.chainId = row.chain;
    t.chainName = settings ? settings->displayName() : row.chain;
    t.txHash = row.txHash;
    t.logIndex = row.logIndex;
    t.toAddress = row.to;
    t.confirmations = row.confirmations;
    t.requiredConfirmations = m_required.value(row.chain, settings ? quint64(settings->confirmations) : 0);
    t.firstSeenMs = row.firstSeenMs;
    t.reorged = row.state == store::TransferState::Orphaned;
    const auto value = money::UInt256::parseDecimal(row.value);
    const auto token = settings ? settings->token(row.token) : std::nullopt;
    if (token && value.ok()) {
        t.asset = token->symbol;
        t.amount = formatAmount(value.value(), token->decimals);
    } else {
        // A token no longer in the settings: show the raw integer, never a guess.
        t.asset = row.token;
        t.amount = row.value;
    }
    if (settings) {
        if (const auto address = parseAddress(settings->family, row.to))
            t.toLabel = addressLabel(settings->family, *address);
    }
    return t;
}

void ChainManager::upsertPending(const PendingTransfer &transfer)
{
    const auto it = m_pending.constFind(transfer.id);
    if (it != m_pending.cend() && it->confirmations == transfer.confirmations
        && it->requiredConfirmations == transfer.requiredConfirmations && it->reorged == transfer.reorged
        && it->toLabel == transfer.toLabel)
        return; // nothing the dashboard shows has changed
    m_pending.insert(transfer.id, transfer);
    if (transfer.reorged)
        m_orphanedByKey.insert(pendingKey(transfer), transfer.id);
    Q_EMIT pendingTransferChanged(transfer);
}

void ChainManager::removePending(qint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        if (!m_pendingLoaded)
            m_settled.insert(id);
        return;
    }
    if (it->reorged)
        m_orphanedByKey.remove(pendingKey(*it));
    m_pending.erase(it);
    if (!m_pendingLoaded)
        m_settled.insert(id);
    Q_EMIT pendingTransferRemoved(id);
}

void ChainManager::onTransfers(const QList<store::TransferRecord> &rows)
{
    // Orphaned rows first, so that a replacement in the same batch clears them.
    for (const store::TransferRecord &row : rows) {
        if (row.state != store::TransferState::Orphaned)
            continue;
        if (auto t = toPending(row))
            upsertPending(*t);
    }
    for (const store::TransferRecord &row : rows) {
        switch (row.state) {
        case store::TransferState::Orphaned: break;
        case store::TransferState::Seen: {
            // The same transfer seen again in a new block replaces the flagged one.
            const auto orphan = m_orphanedByKey.constFind(pendingKey(row));
            if (orphan != m_orphanedByKey.cend() && *orphan != row.id)
                removePending(*orphan);
            if (auto t = toPending(row))
                upsertPending(*t);
            break;
        }
        case store::TransferState::Final:
        case store::TransferState::Failed: {
            const auto orphan = m_orphanedByKey.constFind(pendingKey(row));
            if (orphan != m_orphanedByKey.cend() && *orphan != row.id)
                removePending(*orphan);
            removePending(row.id);
            break;
        }
        }
    }
    Q_EMIT transfersChanged(rows);
}

void ChainManager::loadPending(const QList<store::TransferRecord> &rows)
{
    for (const store::TransferRecord &row : rows) {
        if (m_pending.contains(row.id) || m_settled.contains(row.id))
            continue; // a watcher already told us something newer
        if (auto t = toPending(row))
            upsertPending(*t);
    }
    m_pendingLoaded = true;
    m_settled.clear();
}

} // namespace kassa::engine
