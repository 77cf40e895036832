#include "chain/evm/EvmWatcher.h"

#include "crypto/Keccak256.h"
#include "money/UInt256.h"
#include "store/Database.h"
#include "store/TransferStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cstring>

namespace kassa::chain::evm {

Q_LOGGING_CATEGORY(lcEvm, "kassa.chain.evm", QtInfoMsg)

namespace {

QString hex0x(const QByteArray &bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

QString hex0x(const Address20 &address)
{
    return hex0x(QByteArray(reinterpret_cast<const char *>(address.data()), 20));
}

QString quantity(quint64 n)
{
    return QStringLiteral("0x") + QString::number(n, 16);
}

RpcRequest blockByNumber(const QString &tagOrQuantity)
{
    return RpcRequest {QStringLiteral("eth_getBlockByNumber"), QJsonArray {tagOrQuantity, false}};
}

QByteArray paddedWord(const Address20 &address)
{
    return QByteArray(12, '\0') + QByteArray(reinterpret_cast<const char *>(address.data()), 20);
}

// The three bloom bits of an item (EIP: the low 11 bits of the first three
// byte pairs of its Keccak-256).
std::array<quint16, 3> bloomBits(const QByteArray &item)
{
    const crypto::Hash32 h = crypto::keccak256(item);
    std::array<quint16, 3> bits {};
    for (int i = 0; i < 3; ++i)
        bits[size_t(i)] = quint16(((quint16(h[size_t(2 * i)]) << 8) | h[size_t(2 * i + 1)]) & 2047);
    return bits;
}

bool bloomHas(const QByteArray &bloom, const std::array<quint16, 3> &bits)
{
    for (quint16 bit : bits) {
        const int byte = 255 - bit / 8;
        if (!(quint8(bloom[byte]) & (1u << (bit % 8))))
            return false;
    }
    return true;
}

// A header from a node: decodes and applies the sanity checks no decoder can
// (a timestamp far in the future is a lie, whatever the clock of this test).
Decoded<BlockHeader> checkedHeader(const QJsonValue &value, const QString &field)
{
    auto decoded = decodeBlockHeader(value, field);
    if (const auto *header = std::get_if<BlockHeader>(&decoded)) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (header->timestamp > quint64(now) + 3600)
            return DecodeError {field + QStringLiteral(".timestamp"), QStringLiteral("block from the future")};
    }
    return decoded;
}

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString describe(const DecodeError &e)
{
    return e.describe();
}

} // namespace

bool bloomContains(const QByteArray &bloom, const QByteArray &item)
{
    if (bloom.size() != 256)
        return true; // no bloom: cannot rule anything out
    return bloomHas(bloom, bloomBits(item));
}

quint64 suggestedLogRange(const QString &message, quint64 current)
{
    // Providers' hints (reference/chains.md §1.4, after Ponder's list).
    static const QRegularExpression rangePair(QStringLiteral(
        R"((?:Try with this block range|this block range should work):?\s*\[0x([0-9a-fA-F]+),\s*0x([0-9a-fA-F]+)\])"));
    static const QRegularExpression maxCount(
        QStringLiteral(
            R"((?:Maximum allowed number of requested blocks is|limited to(?: a)?|limit the query to at most|maximum block range:|maximum is set to)\s*([\d,.]+))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = rangePair.match(message); m.hasMatch()) {
        bool okA = false;
        bool okB = false;
        const quint64 a = m.captured(1).toULongLong(&okA, 16);
        const quint64 b = m.captured(2).toULongLong(&okB, 16);
        if (okA && okB && b >= a)
            return qMax<quint64>(1, qMin(current > 1 ? current - 1 : 1, b - a + 1));
    }
    if (const auto m = maxCount.match(message); m.hasMatch()) {
        QString digits = m.captured(1);
        digits.remove(QLatin1Char(',')).remove(QLatin1Char('.'));
        bool ok = false;
        const quint64 n = digits.toULongLong(&ok);
        if (ok && n > 0)
            return qMax<quint64>(1, qMin(current > 1 ? current - 1 : 1, n));
    }
    return 0;
}

// One live step: the head that started it, what the window did with it, and
// the window as it was, to put back if anything fails before the commit.
struct EvmWatcher::Ingest {
    BlockWindow snapshot {BlockRef {}};
    BlockHeader head;
    QHash<QByteArray, BlockHeader> headers;
    QList<QByteArray> orphaned; //!< committed blocks that left the chain
    QList<BlockHeader> appended; //!< oldest first
};

struct EvmWatcher::CatchUp {
    std::optional<store::ChainCursor> cursor;
    BlockHeader latest;
    BlockHeader finalized;
    std::optional<BlockHeader> storedFinal; //!< the node's block at the stored finalized height
    quint64 processedUpTo = 0; //!< P: everything up to here is stored for the node's chain
    BlockHeader base;
    quint64 next = 0;
    std::optional<BlockWindow> window;
};

struct EvmWatcher::Committed {
    QList<store::TransferRecord> rows;
    QSet<qint64> seenIds;
};

EvmWatcher::EvmWatcher(ChainSettings settings, std::shared_ptr<store::Database> database,
    std::shared_ptr<const WatchedAddresses> addresses, const net::NetworkFactory &factory, const Clock &clock,
    Options options, QObject *parent)
    : ChainWatcher(parent), m_settings(std::move(settings)), m_database(std::move(database)),
      m_addresses(std::move(addresses)), m_factory(factory), m_clock(clock), m_options(options),
      // Children, so that moveToThread() takes them along: the engine builds
      // the watcher on its thread and runs it on the chain's own.
      m_pollTimer(this), m_retryTimer(this), m_recheckTimer(this)
{
    m_status.chain = m_settings.id;
    m_pollTimer.setSingleShot(false);
    connect(&m_pollTimer, &QTimer::timeout, this, &EvmWatcher::poll);
    m_retryTimer.setSingleShot(true);
    connect(&m_recheckTimer, &QTimer::timeout, this, [this] { verifyEndpoints(); });
    for (const TokenContract &token : m_settings.tokens) {
        const QString canonical = ChainSettingsFile::canonicalContract(token.contract, ChainFamily::Evm);
        const QByteArray bytes = QByteArray::fromHex(canonical.mid(2).toLatin1());
        if (bytes.size() != 20)
            continue; // validated settings never get here
        Token t;
        std::memcpy(t.address.data(), bytes.constData(), 20);
        t.canonical = canonical;
        t.decimals = token.decimals;
        m_tokens << t;
    }
}

EvmWatcher::EvmWatcher(ChainSettings settings, std::shared_ptr<store::Database> database,
    std::shared_ptr<const WatchedAddresses> addresses, const net::NetworkFactory &factory, const Clock &clock,
    QObject *parent)
    : EvmWatcher(std::move(settings), std::move(database), std::move(addresses), factory, clock, Options {}, parent)
{ }

EvmWatcher::~EvmWatcher()
{
    stop();
}

template<typename T, typename F>
void EvmWatcher::then(QFuture<T> future, F &&fn)
{
    future.then(this, [this, epoch = m_epoch, fn = std::forward<F>(fn)](T value) mutable {
        if (epoch != m_epoch)
            return; // an answer for a run that was stopped
        fn(std::move(value));
    });
}

// ---------------------------------------------------------------- lifecycle

void EvmWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_halted = false;
    ++m_epoch;
    m_status = WatcherStatus {};
    m_status.chain = m_settings.id;
    m_window.reset();
    m_pendingHead.reset();
    m_busy = true; // nothing live until the catch-up is done
    m_catchUpWanted = false;
    m_retryAttempt = 0;
    m_finalizedTagSupported = m_settings.finality == FinalityPolicy::Finalized;
    m_logRange = m_options.maxLogRange;
    m_filterGeneration = ~quint64(0);
    m_subscriptionId.clear();
    m_wsIndex = 0;
    m_wsFailedAttempts = 0;

    JsonRpcClient::Options rpcOptions;
    rpcOptions.timeoutMs = m_options.rpcTimeoutMs;
    rpcOptions.cooldownBaseMs = m_options.cooldownBaseMs;
    m_rpc = new JsonRpcClient(m_factory, m_settings.httpEndpoints, m_clock, rpcOptions, this);
    // No endpoint is used before it proved to serve this chain.
    for (int i = 0; i < m_rpc->endpointCount(); ++i)
        m_rpc->setEndpointEnabled(i, false);
    qCInfo(lcEvm).noquote() << m_settings.id << "watcher starting with" << m_rpc->endpointCount() << "endpoints";
    publishStatus();
    verifyEndpoints();
}

void EvmWatcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_epoch;
    m_pollTimer.stop();
    m_retryTimer.stop();
    m_recheckTimer.stop();
    // deleteLater: stop() may run inside a continuation of one of these
    // (a halt on an answer), i.e. inside their own signal handlers.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_rpc) {
        m_rpc->disconnect(this);
        m_rpc->deleteLater();
        m_rpc = nullptr;
    }
    m_subscriptionId.clear();
    m_status.connected = false;
    qCInfo(lcEvm).noquote() << m_settings.id << "watcher stopped";
    publishStatus();
}

void EvmWatcher::halt(const Error &error)
{
    qCCritical(lcEvm).noquote() << m_settings.id << "watcher halted:" << error.message;
    stop();
    m_halted = true;
    m_status.lastError = error.message;
    m_status.lastErrorDisplay = error.userMessage;
    publishStatus();
    Q_EMIT halted(error);
}

void EvmWatcher::retryLater(std::function<void()> again)
{
    const int delay = qMin(m_options.retryMaxMs, m_options.retryBaseMs << qMin(m_retryAttempt, 16));
    ++m_retryAttempt;
    QTimer::singleShot(delay, this, [this, epoch = m_epoch, again = std::move(again)] {
        if (epoch == m_epoch)
            again();
    });
}

// ------------------------------------------------------------------ connect

void EvmWatcher::verifyEndpoints()
{
    if (!m_rpc)
        return;
    const bool connecting = !m_window && m_busy && !m_recheckTimer.isActive();
    QList<int> unverified;
    for (int i = 0; i < m_rpc->endpointCount(); ++i) {
        if (!m_rpc->isEndpointEnabled(i))
            unverified << i;
    }
    if (unverified.isEmpty())
        return;
    auto pending = std::make_shared<int>(int(unverified.size()));
    for (int index : std::as_const(unverified)) {
        then(m_rpc->callEndpoint(index, QStringLiteral("eth_chainId")), [this, index, pending, connecting](RpcReply r) {
            const QString label = m_rpc->endpointLabel(index);
            if (r.ok) {
                const auto id = decodeQuantity(r.result, QStringLiteral("result"));
                if (const auto *e = std::get_if<DecodeError>(&id)) {
                    m_rpc->reportBadAnswer(index, QStringLiteral("eth_chainId: ") + e->describe());
                } else if (std::get<quint64>(id) != m_settings.chainId) {
                    halt(makeError(ErrorCode::Config,
                        QStringLiteral("%1: endpoint %2 serves chain id %3, expected %4")
                            .arg(m_settings.id, label)
                            .arg(std::get<quint64>(id))
                            .arg(m_settings.chainId),
                        tr("The node %1 serves another network (chain id %2) than %3 (chain id %4).")
                            .arg(label)
                            .arg(std::get<quint64>(id))
                            .arg(m_settings.displayName())
                            .arg(m_settings.chainId),
                        tr("Correct the node addresses of %1 in Settings → Chains.").arg(m_settings.displayName())));
                    return;
                } else {
                    m_rpc->setEndpointEnabled(index, true);
                    qCInfo(lcEvm).noquote()
                        << m_settings.id << "endpoint" << label << "serves chain id" << m_settings.chainId;
                }
            } else {
                qCWarning(lcEvm).noquote()
                    << m_settings.id << "endpoint" << label << "not checked yet:" << r.failure.describe();
            }
            if (--*pending > 0 || !connecting)
                return;
            bool any = false;
            for (int i = 0; i < m_rpc->endpointCount(); ++i)
                any = any || m_rpc->isEndpointEnabled(i);
            if (!any) {
                setError(
                    QStringLiteral("no endpoint answers"), tr("No node of %1 answers.").arg(m_settings.displayName()));
                retryLater([this] { verifyEndpoints(); });
                return;
            }
            m_retryAttempt = 0;
            m_recheckTimer.start(m_options.recheckEndpointsMs);
            checkTokens();
        });
    }
}

void EvmWatcher::checkTokens()
{
    if (m_tokens.isEmpty())
        return goLive();
    QList<RpcRequest> calls;
    for (const Token &token : std::as_const(m_tokens)) {
        calls << RpcRequest {QStringLiteral("eth_call"),
            QJsonArray {QJsonObject {{QStringLiteral("to"), token.canonical},
                            {QStringLiteral("data"), QStringLiteral("0x313ce567")}},
                QStringLiteral("latest")}};
    }
    then(m_rpc->batch(calls), [this](QList<RpcReply> replies) {
        for (int i = 0; i < m_tokens.size(); ++i) {
            const Token &token = m_tokens[i];
            const RpcReply &r = replies.value(i);
            const QString symbol = m_settings.tokens.value(i).symbol;
            if (!r.ok && r.failure.kind != RpcFailure::Kind::RpcError) {
                setError(QStringLiteral("reading decimals(): ") + r.failure.describe(),
                    tr("No node of %1 answers.").arg(m_settings.displayName()));
                retryLater([this] { checkTokens(); });
                return;
            }
            const QString text = r.ok ? r.result.toString() : QString();
            if (!r.ok || text == QLatin1String("0x")) {
                halt(makeError(ErrorCode::Config,
                    QStringLiteral("%1: %2 at %3 has no decimals(): %4")
                        .arg(m_settings.id, symbol, token.canonical,
                            r.ok ? QStringLiteral("no code") : r.failure.message),
                    tr("The %1 contract configured for %2 does not answer decimals(); it is not a token on this "
                       "network.")
                        .arg(symbol, m_settings.displayName()),
                    tr("Check the token contract in Settings → Chains.")));
                return;
            }
            const auto word = decodeData(r.result, 32, QStringLiteral("result"));
            if (const auto *e = std::get_if<DecodeError>(&word)) {
                badAnswer(r, QStringLiteral("decimals(): ") + e->describe());
                retryLater([this] { checkTokens(); });
                return;
            }
            const auto value = money::UInt256::fromBigEndian(std::get<QByteArray>(word));
            const bool matches = value.ok() && value->fitsUInt64() && value->lowUInt64() == quint64(token.decimals);
            if (!matches) {
                const QString actual = value.ok() ? value->toDecimal() : QStringLiteral("?");
                halt(makeError(ErrorCode::Config,
                    QStringLiteral("%1: decimals() of %2 at %3 is %4, the settings say %5")
                        .arg(m_settings.id, symbol, token.canonical, actual)
                        .arg(token.decimals),
                    tr("The %1 contract on %2 has %3 decimals, but the settings say %4. Kassa does not watch the "
                       "chain while amounts would be wrong.")
                        .arg(symbol, m_settings.displayName(), actual)
                        .arg(token.decimals),
                    tr("Correct the decimals (or the contract) in Settings → Chains.")));
                return;
            }
        }
        m_retryAttempt = 0;
        goLive();
    });
}

void EvmWatcher::goLive()
{
    auto reader = m_database->reader();
    if (reader.ok()) {
        auto seen = store::TransferStore::unfinished(reader.value(), m_settings.id);
        if (seen.ok()) {
            m_seenIds.clear();
            for (const store::TransferRecord &t : seen.value())
                m_seenIds.insert(t.id);
        }
    }
    if (!m_settings.wsEndpoints.isEmpty())
        openSocket();
    updatePolling();
    startCatchUp();
}

// --------------------------------------------------------------- head sources

void EvmWatcher::openSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
    }
    m_subscriptionId.clear();
    m_wsFailedAttempts = 0;
    m_socket = new JsonRpcSocket(m_factory, m_settings.wsEndpoints.value(m_wsIndex), m_options.socket, this);
    connect(m_socket, &JsonRpcSocket::connected, this, &EvmWatcher::onSocketConnected);
    connect(m_socket, &JsonRpcSocket::disconnected, this, &EvmWatcher::onSocketDisconnected);
    connect(m_socket, &JsonRpcSocket::notification, this, &EvmWatcher::onNotification);
    connect(m_socket, &JsonRpcSocket::protocolError, this, [this](const QString &reason) {
        qCWarning(lcEvm).noquote() << m_settings.id << "websocket protocol error:" << reason;
    });
    m_socket->open();
}

void EvmWatcher::onSocketConnected()
{
    JsonRpcSocket *socket = m_socket;
    then(socket->call(QStringLiteral("eth_chainId")), [this, socket](RpcReply r) {
        if (socket != m_socket)
            return;
        if (!r.ok) {
            qCWarning(lcEvm).noquote() << m_settings.id << "websocket eth_chainId failed:" << r.failure.describe();
            return; // the socket drops and reconnects by itself when the stream is broken
        }
        const auto id = decodeQuantity(r.result, QStringLiteral("result"));
        if (std::holds_alternative<DecodeError>(id) || std::get<quint64>(id) != m_settings.chainId) {
            const QString got =
                std::holds_alternative<DecodeError>(id) ? r.result.toString() : QString::number(std::get<quint64>(id));
            halt(makeError(ErrorCode::Config,
                QStringLiteral("%1: websocket %2 serves chain id %3, expected %4")
                    .arg(m_settings.id, m_socket->url().host(), got)
                    .arg(m_settings.chainId),
                tr("The node %1 serves another network (chain id %2) than %3 (chain id %4).")
                    .arg(m_socket->url().host(), got, m_settings.displayName())
                    .arg(m_settings.chainId),
                tr("Correct the node addresses of %1 in Settings → Chains.").arg(m_settings.displayName())));
            return;
        }
        then(socket->subscribe({QStringLiteral("newHeads")}), [this, socket](RpcReply sub) {
            if (socket != m_socket)
                return;
            if (!sub.ok || !sub.result.isString() || sub.result.toString().isEmpty()) {
                qCWarning(lcEvm).noquote()
                    << m_settings.id
                    << "newHeads subscription refused:" << (sub.ok ? QStringLiteral("no id") : sub.failure.describe());
                ++m_wsFailedAttempts;
                return;
            }
            m_subscriptionId = sub.result.toString();
            m_wsFailedAttempts = 0;
            qCInfo(lcEvm).noquote() << m_settings.id << "subscribed to newHeads at" << socket->url().host();
            updatePolling();
            publishStatus();
            // Heads between the old subscription and this one were never
            // sent: ask for the newest now; the window fills the gap.
            poll();
        });
    });
}

void EvmWatcher::onSocketDisconnected(const QString &reason)
{
    qCWarning(lcEvm).noquote()
        << QStringLiteral("%1 websocket lost (%2); polling over HTTP meanwhile").arg(m_settings.id, reason);
    m_subscriptionId.clear();
    ++m_wsFailedAttempts;
    updatePolling();
    publishStatus();
    poll();
}

void EvmWatcher::onNotification(const QString &subscriptionId, const QJsonValue &result)
{
    if (subscriptionId != m_subscriptionId)
        return;
    const auto decoded = checkedHeader(result, QStringLiteral("newHeads"));
    if (const auto *e = std::get_if<DecodeError>(&decoded)) {
        qCWarning(lcEvm).noquote() << m_settings.id << "malformed newHeads notification:" << e->describe();
        poll();
        return;
    }
    const BlockHeader &header = std::get<BlockHeader>(decoded);
    Q_EMIT headArrived(header.ref.number, steadyNowNs());
    onHead(header);
}

void EvmWatcher::updatePolling()
{
    // Without a subscription, poll at the chain's pace; with one, a slow
    // poll is only a safety net for a subscription that went quiet.
    const int interval = m_subscriptionId.isEmpty() ? m_settings.pollIntervalMs : m_settings.pollIntervalMs * 5;
    if (!m_pollTimer.isActive() || m_pollTimer.interval() != interval)
        m_pollTimer.start(interval);
}

void EvmWatcher::poll()
{
    if (!m_rpc)
        return;
    // A WebSocket that keeps failing: try the next one.
    if (m_socket && m_subscriptionId.isEmpty() && m_settings.wsEndpoints.size() > 1
        && m_socket->reconnects() + m_wsFailedAttempts >= m_options.wsAttemptsBeforeNext) {
        m_wsIndex = (m_wsIndex + 1) % int(m_settings.wsEndpoints.size());
        qCWarning(lcEvm).noquote() << m_settings.id << "switching to websocket"
                                   << m_settings.wsEndpoints.value(m_wsIndex).host();
        openSocket();
    }
    then(m_rpc->call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false}), [this](RpcReply r) {
        if (!r.ok) {
            setError(QStringLiteral("polling the head: ") + r.failure.describe(),
                tr("No node of %1 answers.").arg(m_settings.displayName()));
            return;
        }
        const auto decoded = checkedHeader(r.result, QStringLiteral("result"));
        if (const auto *e = std::get_if<DecodeError>(&decoded))
            return badAnswer(r, QStringLiteral("latest block: ") + describe(*e));
        m_status.connected = true;
        m_httpEndpoint = r.endpoint;
        const BlockHeader &header = std::get<BlockHeader>(decoded);
        Q_EMIT headArrived(header.ref.number, steadyNowNs());
        onHead(header);
    });
}

// --------------------------------------------------------------- live blocks

void EvmWatcher::onHead(const BlockHeader &header)
{
    if (header.ref.number > m_status.headBlock || m_status.headBlock - header.ref.number > 1000)
        m_status.headBlock = header.ref.number;
    m_status.lastBlockMs = m_clock.nowMs();
    if (m_busy || !m_window) {
        m_pendingHead = header; // the newest head is all that matters; the window fills gaps
        return;
    }
    ingestHead(header);
}

void EvmWatcher::processNext()
{
    m_busy = false;
    if (!m_running)
        return;
    if (m_catchUpWanted || !m_window) {
        startCatchUp();
        return;
    }
    if (m_pendingHead) {
        const BlockHeader head = *m_pendingHead;
        m_pendingHead.reset();
        ingestHead(head);
    }
}

void EvmWatcher::ingestHead(const BlockHeader &head)
{
    if (m_window->contains(head.ref.hash) && head.ref.hash != m_window->tip().hash)
        return; // an older head of our own chain (a lagging endpoint): nothing to do
    if (head.ref.hash == m_window->tip().hash)
        return;
    m_busy = true;
    auto ingest = std::make_shared<Ingest>();
    ingest->snapshot = *m_window;
    ingest->head = head;
    const quint64 tip = m_window->tip().number;
    if (head.ref.number > tip + 1 && head.ref.number - tip - 1 <= quint64(m_options.maxWalk))
        fillGap(ingest, head);
    else
        offerHeader(ingest, head);
}

void EvmWatcher::fillGap(std::shared_ptr<Ingest> ingest, const BlockHeader &head)
{
    // Heads may skip heights (geth sends only the last of several blocks):
    // fetch the missing ones by number in one batch rather than walking
    // parents one round trip at a time.
    const quint64 from = m_window->tip().number + 1;
    QList<RpcRequest> calls;
    for (quint64 n = from; n < head.ref.number; ++n)
        calls << blockByNumber(quantity(n));
    then(m_rpc->batch(calls), [this, ingest, head, from](QList<RpcReply> replies) {
        QList<BlockHeader> queue;
        for (int i = 0; i < replies.size(); ++i) {
            const RpcReply &r = replies[i];
            if (!r.ok)
                return abortIngest(ingest, QStringLiteral("filling a gap: ") + r.failure.describe(), false);
            const auto decoded = checkedHeader(r.result, QStringLiteral("result"));
            if (const auto *e = std::get_if<DecodeError>(&decoded)) {
                badAnswer(r, QStringLiteral("block %1: %2").arg(from + quint64(i)).arg(describe(*e)));
                return abortIngest(ingest, QStringLiteral("malformed block in a gap"), true);
            }
            if (std::get<BlockHeader>(decoded).ref.number != from + quint64(i)) {
                badAnswer(r,
                    QStringLiteral("asked for block %1, got %2")
                        .arg(from + quint64(i))
                        .arg(std::get<BlockHeader>(decoded).ref.number));
                return abortIngest(ingest, QStringLiteral("wrong block in a gap"), true);
            }
            queue << std::get<BlockHeader>(decoded);
        }
        queue << head;
        for (const BlockHeader &h : std::as_const(queue)) {
            ingest->headers.insert(h.ref.hash, h);
            const BlockWindow::Step step = m_window->offer(h.ref);
            switch (step.outcome) {
            case BlockWindow::Outcome::Known:
            case BlockWindow::Outcome::Stale: break;
            case BlockWindow::Outcome::Extended:
                for (const BlockRef &gone : step.orphaned) {
                    const auto it = std::find_if(ingest->appended.begin(), ingest->appended.end(),
                        [&](const BlockHeader &b) { return b.ref.hash == gone.hash; });
                    if (it != ingest->appended.end())
                        ingest->appended.erase(it);
                    else
                        ingest->orphaned << gone.hash;
                }
                for (const BlockRef &added : step.appended)
                    ingest->appended << ingest->headers.value(added.hash);
                break;
            case BlockWindow::Outcome::NeedParent:
                // The numbered blocks are not the head's ancestors (a reorg
                // while we asked): start over from the head alone.
                *m_window = ingest->snapshot;
                ingest->headers.clear();
                ingest->appended.clear();
                ingest->orphaned.clear();
                m_window->resetWalk();
                return offerHeader(ingest, head);
            case BlockWindow::Outcome::NeedCatchUp:
                *m_window = ingest->snapshot;
                m_catchUpWanted = true;
                m_pendingHead = head;
                return processNext();
            case BlockWindow::Outcome::DeepReorg:
                return halt(makeError(ErrorCode::Internal,
                    QStringLiteral("%1: reorg deeper than the finalized block %2")
                        .arg(m_settings.id)
                        .arg(m_window->finalized().number),
                    tr("%1 replaced blocks that were already final. Kassa stopped watching it so that nothing is "
                       "credited twice.")
                        .arg(m_settings.displayName()),
                    tr("Check the node (is it on the right network and in sync?), then restart Kassa.")));
            }
        }
        fetchLogs(ingest);
    });
}

void EvmWatcher::offerHeader(std::shared_ptr<Ingest> ingest, const BlockHeader &header)
{
    ingest->headers.insert(header.ref.hash, header);
    const BlockWindow::Step step = m_window->offer(header.ref);
    switch (step.outcome) {
    case BlockWindow::Outcome::Known:
    case BlockWindow::Outcome::Stale: return fetchLogs(ingest);
    case BlockWindow::Outcome::Extended:
        for (const BlockRef &gone : step.orphaned) {
            const auto it = std::find_if(ingest->appended.begin(), ingest->appended.end(),
                [&](const BlockHeader &b) { return b.ref.hash == gone.hash; });
            if (it != ingest->appended.end())
                ingest->appended.erase(it);
            else
                ingest->orphaned << gone.hash;
        }
        for (const BlockRef &added : step.appended)
            ingest->appended << ingest->headers.value(added.hash);
        if (!step.orphaned.isEmpty()) {
            qCInfo(lcEvm).noquote() << m_settings.id << "reorg:" << step.orphaned.size() << "block(s) left the chain,"
                                    << step.appended.size() << "joined; new tip" << m_window->tip().number;
        }
        return fetchLogs(ingest);
    case BlockWindow::Outcome::NeedParent: return fetchParent(ingest, step.wantHash);
    case BlockWindow::Outcome::NeedCatchUp:
        *m_window = ingest->snapshot;
        m_window->resetWalk();
        m_catchUpWanted = true;
        m_pendingHead = ingest->head;
        return processNext();
    case BlockWindow::Outcome::DeepReorg:
        return halt(makeError(ErrorCode::Internal,
            QStringLiteral("%1: reorg deeper than the finalized block %2")
                .arg(m_settings.id)
                .arg(m_window->finalized().number),
            tr("%1 replaced blocks that were already final. Kassa stopped watching it so that nothing is credited "
               "twice.")
                .arg(m_settings.displayName()),
            tr("Check the node (is it on the right network and in sync?), then restart Kassa.")));
    }
}

void EvmWatcher::fetchParent(std::shared_ptr<Ingest> ingest, const QByteArray &hash)
{
    then(m_rpc->call(QStringLiteral("eth_getBlockByHash"), {hex0x(hash), false}), [this, ingest, hash](RpcReply r) {
        if (!r.ok)
            return abortIngest(ingest, QStringLiteral("walking back: ") + r.failure.describe(), false);
        const auto decoded = checkedHeader(r.result, QStringLiteral("result"));
        if (const auto *e = std::get_if<DecodeError>(&decoded)) {
            badAnswer(r, QStringLiteral("block %1: %2").arg(hex0x(hash), describe(*e)));
            return abortIngest(ingest, QStringLiteral("malformed parent block"), true);
        }
        const BlockHeader &parent = std::get<BlockHeader>(decoded);
        if (parent.ref.hash != hash) {
            badAnswer(r, QStringLiteral("asked for block %1, got %2").arg(hex0x(hash), hex0x(parent.ref.hash)));
            return abortIngest(ingest, QStringLiteral("wrong block for a hash"), true);
        }
        offerHeader(ingest, parent);
    });
}

void EvmWatcher::fetchLogs(std::shared_ptr<Ingest> ingest)
{
    if (ingest->appended.isEmpty() && ingest->orphaned.isEmpty()) {
        // Nothing moved (a head we already had).
        processNext();
        return;
    }
    QList<BlockHeader> scan;
    if (m_addresses->size() > 0) {
        for (const BlockHeader &block : std::as_const(ingest->appended)) {
            if (bloomMayMatch(block.logsBloom))
                scan << block;
        }
    }
    QList<RpcRequest> calls;
    for (const BlockHeader &block : std::as_const(scan)) {
        QJsonObject filter = logFilter();
        filter.insert(QStringLiteral("blockHash"), hex0x(block.ref.hash));
        calls << RpcRequest {QStringLiteral("eth_getLogs"), QJsonArray {filter}};
    }
    const bool refreshFinalized = m_finalizedTagSupported
        && (!m_sinceFinalizedRefresh.isValid() || m_sinceFinalizedRefresh.elapsed() >= m_settings.pollIntervalMs);
    if (refreshFinalized)
        calls << blockByNumber(QStringLiteral("finalized"));
    if (calls.isEmpty())
        return finishIngest(ingest, {}, std::nullopt);

    runBatches(calls, [this, ingest, scan, refreshFinalized](QList<RpcReply> replies) {
        const quint64 tip = m_window->tip().number;
        if (!scan.isEmpty() && !replies.isEmpty())
            Q_EMIT logsArrived(tip, replies.first().receivedNs);
        QList<store::TransferRecord> records;
        for (int i = 0; i < scan.size(); ++i) {
            const RpcReply &r = replies.at(i);
            const BlockHeader &block = scan[i];
            if (!r.ok) {
                // A node that no longer knows the block it just gave us: it
                // left the chain; the next head brings the reorg.
                return abortIngest(ingest,
                    QStringLiteral("logs of block %1: %2").arg(block.ref.number).arg(r.failure.describe()), false);
            }
            QList<TransferLog> logs;
            QString problem;
            if (!decodeLogs(r, QStringLiteral("logs of block %1").arg(block.ref.number), block.ref.hash,
                    block.ref.number, block.ref.number, &logs, &problem)) {
                badAnswer(r, problem);
                return abortIngest(ingest, problem, true);
            }
            for (const TransferLog &log : std::as_const(logs)) {
                if (auto record = toRecord(log, tip))
                    records << *record;
            }
        }
        std::optional<BlockHeader> finalized;
        if (refreshFinalized) {
            const RpcReply &r = replies.last();
            if (!r.ok && r.failure.kind == RpcFailure::Kind::RpcError) {
                qCWarning(lcEvm).noquote()
                    << m_settings.id << "the node does not know the finalized tag (" << r.failure.message << "); using"
                    << m_settings.confirmations << "confirmations";
                m_finalizedTagSupported = false;
            } else if (!r.ok) {
                return abortIngest(ingest, QStringLiteral("finalized block: ") + r.failure.describe(), false);
            } else if (r.result.isNull()) {
                // Nothing finalized yet (a young chain): keep the mark.
                m_sinceFinalizedRefresh.restart();
            } else {
                const auto decoded = checkedHeader(r.result, QStringLiteral("result"));
                if (const auto *e = std::get_if<DecodeError>(&decoded)) {
                    badAnswer(r, QStringLiteral("finalized block: ") + describe(*e));
                    return abortIngest(ingest, QStringLiteral("malformed finalized block"), true);
                }
                finalized = std::get<BlockHeader>(decoded);
            }
        }
        finishIngest(ingest, records, finalized);
    });
}

struct EvmWatcher::Batches {
    QList<RpcRequest> calls;
    QList<RpcReply> replies;
    std::function<void(QList<RpcReply>)> done;
};

void EvmWatcher::runBatches(QList<RpcRequest> calls, std::function<void(QList<RpcReply>)> done)
{
    auto state = std::make_shared<Batches>();
    state->calls = std::move(calls);
    state->done = std::move(done);
    runBatchesFrom(state);
}

void EvmWatcher::runBatchesFrom(std::shared_ptr<Batches> state)
{
    // In chunks of batchSize, one after the other: a long walk or catch-up
    // must not flood a public endpoint. The common case is one batch.
    const qsizetype start = state->replies.size();
    if (start >= state->calls.size())
        return state->done(std::move(state->replies));
    const QList<RpcRequest> chunk = state->calls.mid(start, m_options.batchSize);
    then(m_rpc->batch(chunk), [this, state, size = chunk.size()](QList<RpcReply> got) {
        got.resize(size);
        state->replies += got;
        runBatchesFrom(state);
    });
}

void EvmWatcher::finishIngest(
    std::shared_ptr<Ingest> ingest, QList<store::TransferRecord> records, std::optional<BlockHeader> finalizedHeader)
{
    const BlockRef tip = m_window->tip();
    if (m_settings.finality == FinalityPolicy::Depth || !m_finalizedTagSupported) {
        const quint64 depth = quint64(m_settings.confirmations);
        if (tip.number + 1 >= depth) {
            const quint64 number = tip.number + 1 - depth;
            if (number > m_window->finalized().number) {
                for (const BlockRef &b : m_window->blocks()) {
                    if (b.number == number) {
                        m_window->finalize(b);
                        break;
                    }
                }
            }
        }
    } else if (finalizedHeader) {
        m_sinceFinalizedRefresh.restart();
        const BlockRef &f = finalizedHeader->ref;
        if (f.number > tip.number) {
            // Our tip is behind the node's finality: catch up from the final zone.
            m_catchUpWanted = true;
        } else if (f.number > m_window->finalized().number && !m_window->finalize(f)) {
            // The node's finalized block is not on our chain: our window is on
            // a fork. Rebuild from what is committed; the catch-up decides
            // whether it is a reorg below finality.
            *m_window = ingest->snapshot;
            m_catchUpWanted = true;
            m_pendingHead = ingest->head;
            qCWarning(lcEvm).noquote() << m_settings.id << "finalized block" << f.number
                                       << "is not on our chain; catching up";
            return processNext();
        }
    }

    QStringList orphaned;
    for (const QByteArray &hash : std::as_const(ingest->orphaned))
        orphaned << hex0x(hash);
    commit(orphaned, records, m_window->tip(), m_window->finalized(), [this, ingest](bool ok) {
        if (!ok) {
            *m_window = ingest->snapshot;
            if (!m_pendingHead)
                m_pendingHead = ingest->head;
            retryLater([this] { processNext(); });
            return;
        }
        m_retryAttempt = 0;
        processNext();
    });
}

void EvmWatcher::abortIngest(std::shared_ptr<Ingest> ingest, const QString &reason, bool endpointFault)
{
    *m_window = ingest->snapshot;
    m_window->resetWalk();
    if (!m_pendingHead)
        m_pendingHead = ingest->head;
    qCWarning(lcEvm).noquote() << m_settings.id << "block" << ingest->head.ref.number << "not applied:" << reason
                               << (endpointFault ? "- asking another endpoint" : "- trying again");
    if (!endpointFault) {
        setError(reason, tr("No node of %1 answers.").arg(m_settings.displayName()));
    }
    // Ask for the head afresh too: after a reorg the old head is stale.
    retryLater([this] {
        processNext();
        if (!m_busy)
            poll();
    });
}

// ------------------------------------------------------------------ catch-up

void EvmWatcher::startCatchUp()
{
    m_busy = true;
    m_catchUpWanted = false;
    auto c = std::make_shared<CatchUp>();
    if (m_window) {
        store::ChainCursor cursor;
        cursor.chain = m_settings.id;
        cursor.blockNumber = m_window->tip().number;
        cursor.blockHash = hex0x(m_window->tip().hash);
        cursor.finalizedNumber = m_window->finalized().number;
        cursor.finalizedHash = hex0x(m_window->finalized().hash);
        c->cursor = cursor;
    } else {
        auto reader = m_database->reader();
        if (!reader.ok())
            return catchUpFailed(c, QStringLiteral("database: ") + reader.error().message);
        auto cursor = store::TransferStore::cursor(reader.value(), m_settings.id);
        if (!cursor.ok())
            return catchUpFailed(c, QStringLiteral("database: ") + cursor.error().message);
        c->cursor = cursor.value();
    }
    catchUpHeads(c);
}

void EvmWatcher::catchUpFailed(std::shared_ptr<CatchUp>, const QString &reason)
{
    qCWarning(lcEvm).noquote() << m_settings.id << "catch-up interrupted:" << reason;
    setError(reason, tr("Catching up with %1 failed; trying again.").arg(m_settings.displayName()));
    retryLater([this] { startCatchUp(); });
}

void EvmWatcher::catchUpHeads(std::shared_ptr<CatchUp> c)
{
    QList<RpcRequest> calls = {blockByNumber(QStringLiteral("latest"))};
    if (m_finalizedTagSupported)
        calls << blockByNumber(QStringLiteral("finalized"));
    then(m_rpc->batch(calls), [this, c](QList<RpcReply> replies) {
        const RpcReply &latest = replies.value(0);
        if (!latest.ok)
            return catchUpFailed(c, QStringLiteral("latest block: ") + latest.failure.describe());
        const auto head = checkedHeader(latest.result, QStringLiteral("result"));
        if (const auto *e = std::get_if<DecodeError>(&head)) {
            badAnswer(latest, QStringLiteral("latest block: ") + describe(*e));
            return catchUpFailed(c, QStringLiteral("malformed latest block"));
        }
        c->latest = std::get<BlockHeader>(head);
        m_status.connected = true;
        m_httpEndpoint = latest.endpoint;
        m_status.headBlock = c->latest.ref.number;
        if (m_finalizedTagSupported) {
            const RpcReply &fin = replies.value(1);
            if (!fin.ok && fin.failure.kind == RpcFailure::Kind::RpcError) {
                qCWarning(lcEvm).noquote() << m_settings.id << "the node does not know the finalized tag; using"
                                           << m_settings.confirmations << "confirmations";
                m_finalizedTagSupported = false;
            } else if (!fin.ok) {
                return catchUpFailed(c, QStringLiteral("finalized block: ") + fin.failure.describe());
            } else if (!fin.result.isNull()) {
                const auto decoded = checkedHeader(fin.result, QStringLiteral("result"));
                if (const auto *e = std::get_if<DecodeError>(&decoded)) {
                    badAnswer(fin, QStringLiteral("finalized block: ") + describe(*e));
                    return catchUpFailed(c, QStringLiteral("malformed finalized block"));
                }
                c->finalized = std::get<BlockHeader>(decoded);
                if (c->finalized.ref.number > c->latest.ref.number) {
                    badAnswer(fin,
                        QStringLiteral("finalized block %1 above the head %2")
                            .arg(c->finalized.ref.number)
                            .arg(c->latest.ref.number));
                    return catchUpFailed(c, QStringLiteral("finalized block above the head"));
                }
                m_sinceFinalizedRefresh.restart();
                return catchUpReconcile(c);
            }
            // null: nothing finalized yet; the genesis block is.
        }
        const quint64 depth = quint64(m_settings.confirmations);
        const quint64 number =
            m_finalizedTagSupported || c->latest.ref.number + 1 < depth ? 0 : c->latest.ref.number + 1 - depth;
        then(m_rpc->call(QStringLiteral("eth_getBlockByNumber"), {quantity(number), false}),
            [this, c, number](RpcReply r) {
                if (!r.ok)
                    return catchUpFailed(c, QStringLiteral("block %1: %2").arg(number).arg(r.failure.describe()));
                const auto decoded = checkedHeader(r.result, QStringLiteral("result"));
                if (const auto *e = std::get_if<DecodeError>(&decoded)) {
                    badAnswer(r, QStringLiteral("block %1: %2").arg(number).arg(describe(*e)));
                    return catchUpFailed(c, QStringLiteral("malformed block"));
                }
                if (std::get<BlockHeader>(decoded).ref.number != number) {
                    badAnswer(r,
                        QStringLiteral("asked for block %1, got %2")
                            .arg(number)
                            .arg(std::get<BlockHeader>(decoded).ref.number));
                    return catchUpFailed(c, QStringLiteral("wrong block"));
                }
                c->finalized = std::get<BlockHeader>(decoded);
                catchUpReconcile(c);
            });
    });
}

void EvmWatcher::catchUpReconcile(std::shared_ptr<CatchUp> c)
{
    const quint64 head = c->latest.ref.number;
    if (!c->cursor) {
        // First run: history before the finalized block is not ours to scan.
        c->processedUpTo = c->finalized.ref.number;
        c->base = c->finalized;
        qCInfo(lcEvm).noquote() << m_settings.id << "first start: watching from block" << c->base.ref.number;
        return catchUpBase(c);
    }
    const store::ChainCursor &cursor = *c->cursor;
    if (cursor.blockNumber > head) {
        // The node is behind what we already stored (still syncing, or a
        // lagging endpoint). Never orphan on that alone: wait for it.
        return catchUpFailed(
            c, QStringLiteral("the node's head %1 is behind the stored block %2").arg(head).arg(cursor.blockNumber));
    }
    then(m_rpc->batch({blockByNumber(quantity(cursor.finalizedNumber)), blockByNumber(quantity(cursor.blockNumber))}),
        [this, c](QList<RpcReply> replies) {
            const store::ChainCursor &stored = *c->cursor;
            BlockHeader got[2];
            for (int i = 0; i < 2; ++i) {
                const RpcReply &r = replies.value(i);
                const quint64 wanted = i == 0 ? stored.finalizedNumber : stored.blockNumber;
                if (!r.ok)
                    return catchUpFailed(c, QStringLiteral("block %1: %2").arg(wanted).arg(r.failure.describe()));
                const auto decoded = checkedHeader(r.result, QStringLiteral("result"));
                if (const auto *e = std::get_if<DecodeError>(&decoded)) {
                    badAnswer(r, QStringLiteral("block %1: %2").arg(wanted).arg(describe(*e)));
                    return catchUpFailed(c, QStringLiteral("malformed block"));
                }
                got[i] = std::get<BlockHeader>(decoded);
                if (got[i].ref.number != wanted) {
                    badAnswer(r, QStringLiteral("asked for block %1, got %2").arg(wanted).arg(got[i].ref.number));
                    return catchUpFailed(c, QStringLiteral("wrong block"));
                }
            }
            if (hex0x(got[0].ref.hash) != stored.finalizedHash) {
                return halt(makeError(ErrorCode::Internal,
                    QStringLiteral("%1: stored finalized block %2 (%3) is not on the node's chain (%4)")
                        .arg(m_settings.id)
                        .arg(stored.finalizedNumber)
                        .arg(stored.finalizedHash, hex0x(got[0].ref.hash)),
                    tr("The node's %1 chain does not contain block %2, which Kassa recorded as final. Kassa stopped "
                       "watching it so that nothing is credited twice.")
                        .arg(m_settings.displayName())
                        .arg(stored.finalizedNumber),
                    tr("Check that the node is on the right network and in sync, then restart Kassa.")));
            }
            c->storedFinal = got[0];
            const bool tipOk = hex0x(got[1].ref.hash) == stored.blockHash;
            c->processedUpTo = tipOk ? stored.blockNumber : stored.finalizedNumber;
            if (c->finalized.ref.number >= stored.finalizedNumber)
                c->base = c->finalized;
            else
                c->base = got[0]; // the node's finality lags ours: keep ours
            if (!tipOk) {
                qCInfo(lcEvm).noquote() << m_settings.id << "stored block" << stored.blockNumber
                                        << "left the chain while we were away; re-checking the unfinalized zone";
                return catchUpOrphanCheck(c);
            }
            catchUpRange(c);
        });
}

void EvmWatcher::catchUpOrphanCheck(std::shared_ptr<CatchUp> c)
{
    // Which stored, unfinished transfers sit in blocks the node no longer has?
    auto reader = m_database->reader();
    if (!reader.ok())
        return catchUpFailed(c, QStringLiteral("database: ") + reader.error().message);
    auto rows = store::TransferStore::unfinished(reader.value(), m_settings.id);
    if (!rows.ok())
        return catchUpFailed(c, QStringLiteral("database: ") + rows.error().message);
    QMap<quint64, QSet<QString>> byHeight;
    for (const store::TransferRecord &t : rows.value()) {
        if (t.blockNumber > c->cursor->finalizedNumber)
            byHeight[t.blockNumber].insert(t.blockHash);
    }
    const QList<quint64> heights = byHeight.keys();
    QList<RpcRequest> calls;
    for (quint64 h : heights)
        calls << blockByNumber(quantity(h));
    runBatches(calls, [this, c, heights, byHeight](QList<RpcReply> replies) {
        QStringList stale;
        for (int i = 0; i < heights.size(); ++i) {
            const RpcReply &r = replies.value(i);
            if (!r.ok)
                return catchUpFailed(c, QStringLiteral("block %1: %2").arg(heights[i]).arg(r.failure.describe()));
            const auto decoded = checkedHeader(r.result, QStringLiteral("result"));
            if (const auto *e = std::get_if<DecodeError>(&decoded)) {
                badAnswer(r, QStringLiteral("block %1: %2").arg(heights[i]).arg(describe(*e)));
                return catchUpFailed(c, QStringLiteral("malformed block"));
            }
            const BlockHeader &h = std::get<BlockHeader>(decoded);
            if (h.ref.number != heights[i]) {
                badAnswer(r, QStringLiteral("asked for block %1, got %2").arg(heights[i]).arg(h.ref.number));
                return catchUpFailed(c, QStringLiteral("wrong block"));
            }
            for (const QString &stored : byHeight.value(heights[i])) {
                if (stored != hex0x(h.ref.hash))
                    stale << stored;
            }
        }
        BlockRef final;
        final.number = c->cursor->finalizedNumber;
        final.hash = c->storedFinal->ref.hash;
        c->processedUpTo = final.number;
        if (stale.isEmpty())
            return catchUpRange(c);
        qCInfo(lcEvm).noquote() << m_settings.id << "orphaning transfers of" << stale.size()
                                << "block(s) that left the chain";
        commit(stale, {}, final, final, [this, c](bool ok) {
            if (!ok)
                return catchUpFailed(c, QStringLiteral("database write failed"));
            catchUpRange(c);
        });
    });
}

void EvmWatcher::catchUpRange(std::shared_ptr<CatchUp> c)
{
    // The final zone: ranges of eth_getLogs are safe there (no fork to mix).
    const quint64 to = c->base.ref.number;
    if (c->processedUpTo >= to)
        return catchUpBase(c);
    if (m_addresses->size() == 0) {
        // Nobody to credit: move the cursor over the final zone in one step.
        c->processedUpTo = to;
        return commit({}, {}, c->base.ref, c->base.ref, [this, c](bool ok) {
            if (!ok)
                return catchUpFailed(c, QStringLiteral("database write failed"));
            catchUpBase(c);
        });
    }
    const quint64 from = c->processedUpTo + 1;
    const quint64 end = qMin(to, from + qMax<quint64>(1, m_logRange) - 1);
    QJsonObject filter = logFilter();
    filter.insert(QStringLiteral("fromBlock"), quantity(from));
    filter.insert(QStringLiteral("toBlock"), quantity(end));
    then(m_rpc->batch({{QStringLiteral("eth_getLogs"), QJsonArray {filter}}, blockByNumber(quantity(end))}),
        [this, c, from, end](QList<RpcReply> replies) {
            const RpcReply &logsReply = replies.value(0);
            const RpcReply &headerReply = replies.value(1);
            if (!logsReply.ok && logsReply.failure.kind == RpcFailure::Kind::RpcError) {
                const quint64 span = end - from + 1;
                if (span <= 1)
                    return catchUpFailed(
                        c, QStringLiteral("eth_getLogs of block %1: %2").arg(from).arg(logsReply.failure.message));
                const quint64 hinted = suggestedLogRange(logsReply.failure.message, span);
                m_logRange = hinted > 0 ? hinted : span / 2;
                qCInfo(lcEvm).noquote() << m_settings.id << "eth_getLogs range of" << span << "blocks refused ("
                                        << logsReply.failure.message.left(120) << "); trying" << m_logRange;
                return catchUpRange(c);
            }
            if (!logsReply.ok)
                return catchUpFailed(c, QStringLiteral("eth_getLogs: ") + logsReply.failure.describe());
            if (!headerReply.ok)
                return catchUpFailed(c, QStringLiteral("block %1: %2").arg(end).arg(headerReply.failure.describe()));
            const auto decoded = checkedHeader(headerReply.result, QStringLiteral("result"));
            if (const auto *e = std::get_if<DecodeError>(&decoded)) {
                badAnswer(headerReply, QStringLiteral("block %1: %2").arg(end).arg(describe(*e)));
                return catchUpFailed(c, QStringLiteral("malformed block"));
            }
            const BlockHeader endHeader = std::get<BlockHeader>(decoded);
            if (endHeader.ref.number != end) {
                badAnswer(headerReply, QStringLiteral("asked for block %1, got %2").arg(end).arg(endHeader.ref.number));
                return catchUpFailed(c, QStringLiteral("wrong block"));
            }
            QList<TransferLog> logs;
            QString problem;
            if (!decodeLogs(logsReply, QStringLiteral("logs of blocks %1-%2").arg(from).arg(end), QByteArray(), from,
                    end, &logs, &problem)) {
                badAnswer(logsReply, problem);
                return catchUpFailed(c, problem);
            }
            QList<store::TransferRecord> records;
            for (const TransferLog &log : std::as_const(logs)) {
                if (auto record = toRecord(log, c->latest.ref.number))
                    records << *record;
            }
            commit({}, records, endHeader.ref, endHeader.ref, [this, c, end](bool ok) {
                if (!ok)
                    return catchUpFailed(c, QStringLiteral("database write failed"));
                c->processedUpTo = end;
                m_status.processedBlock = end;
                m_logRange = qMin(m_options.maxLogRange, m_logRange * 2);
                m_retryAttempt = 0;
                catchUpRange(c);
            });
        });
}

void EvmWatcher::catchUpBase(std::shared_ptr<CatchUp> c)
{
    c->window.emplace(c->base.ref, m_options.maxWalk);
    c->next = c->base.ref.number + 1;
    catchUpBlocks(c);
}

void EvmWatcher::catchUpBlocks(std::shared_ptr<CatchUp> c)
{
    const quint64 head = c->latest.ref.number;
    if (c->next > head) {
        m_catchUpRestarts = 0;
        m_window = *c->window;
        m_status.processedBlock = m_window->tip().number;
        m_status.finalizedBlock = m_window->finalized().number;
        m_retryAttempt = 0;
        clearError();
        qCInfo(lcEvm).noquote() << QStringLiteral("%1 caught up at block %2 (finalized %3); following the chain live")
                                       .arg(m_settings.id)
                                       .arg(m_window->tip().number)
                                       .arg(m_window->finalized().number);
        publishStatus();
        return processNext();
    }
    const quint64 from = c->next;
    const quint64 to = qMin(head, from + quint64(m_options.batchSize) - 1);
    QList<RpcRequest> calls;
    for (quint64 n = from; n <= to; ++n)
        calls << blockByNumber(quantity(n));
    then(m_rpc->batch(calls), [this, c, from, to](QList<RpcReply> replies) {
        QList<BlockHeader> headers;
        for (quint64 n = from; n <= to; ++n) {
            const RpcReply &r = replies.value(int(n - from));
            if (!r.ok)
                return catchUpFailed(c, QStringLiteral("block %1: %2").arg(n).arg(r.failure.describe()));
            const auto decoded = checkedHeader(r.result, QStringLiteral("result"));
            if (const auto *e = std::get_if<DecodeError>(&decoded)) {
                badAnswer(r, QStringLiteral("block %1: %2").arg(n).arg(describe(*e)));
                return catchUpFailed(c, QStringLiteral("malformed block"));
            }
            const BlockHeader &h = std::get<BlockHeader>(decoded);
            if (h.ref.number != n) {
                badAnswer(r, QStringLiteral("asked for block %1, got %2").arg(n).arg(h.ref.number));
                return catchUpFailed(c, QStringLiteral("wrong block"));
            }
            const BlockWindow::Step step = c->window->offer(h.ref);
            if (step.outcome != BlockWindow::Outcome::Extended || !step.orphaned.isEmpty()) {
                // The chain moved while we read it: start over from what is stored.
                if (++m_catchUpRestarts > 3)
                    return catchUpFailed(c, QStringLiteral("the chain keeps changing under the catch-up"));
                qCInfo(lcEvm).noquote() << m_settings.id << "chain changed at block" << n << "during the catch-up";
                return startCatchUp();
            }
            headers << h;
        }
        // Logs for the blocks not stored yet, by hash (the unfinalized zone).
        QList<BlockHeader> scan;
        if (m_addresses->size() > 0) {
            for (const BlockHeader &h : std::as_const(headers)) {
                if (h.ref.number > c->processedUpTo && bloomMayMatch(h.logsBloom))
                    scan << h;
            }
        }
        auto store = [this, c, headers, to](QList<store::TransferRecord> records) {
            const BlockRef tip = headers.last().ref;
            if (to <= c->processedUpTo) {
                c->next = to + 1;
                return catchUpBlocks(c);
            }
            commit({}, records, tip, c->window->finalized(), [this, c, to](bool ok) {
                if (!ok)
                    return catchUpFailed(c, QStringLiteral("database write failed"));
                c->next = to + 1;
                m_status.processedBlock = to;
                m_retryAttempt = 0;
                catchUpBlocks(c);
            });
        };
        if (scan.isEmpty())
            return store({});
        QList<RpcRequest> logCalls;
        for (const BlockHeader &h : std::as_const(scan)) {
            QJsonObject filter = logFilter();
            filter.insert(QStringLiteral("blockHash"), hex0x(h.ref.hash));
            logCalls << RpcRequest {QStringLiteral("eth_getLogs"), QJsonArray {filter}};
        }
        runBatches(logCalls, [this, c, scan, store](QList<RpcReply> logReplies) {
            QList<store::TransferRecord> records;
            for (int i = 0; i < scan.size(); ++i) {
                const RpcReply &r = logReplies.value(i);
                if (!r.ok)
                    return catchUpFailed(
                        c, QStringLiteral("logs of block %1: %2").arg(scan[i].ref.number).arg(r.failure.describe()));
                QList<TransferLog> logs;
                QString problem;
                if (!decodeLogs(r, QStringLiteral("logs of block %1").arg(scan[i].ref.number), scan[i].ref.hash,
                        scan[i].ref.number, scan[i].ref.number, &logs, &problem)) {
                    badAnswer(r, problem);
                    return catchUpFailed(c, problem);
                }
                for (const TransferLog &log : std::as_const(logs)) {
                    if (auto record = toRecord(log, c->latest.ref.number))
                        records << *record;
                }
            }
            store(records);
        });
    });
}

// --------------------------------------------------------------------- store

void EvmWatcher::commit(const QStringList &orphanedHashes, const QList<store::TransferRecord> &records,
    const BlockRef &tip, const BlockRef &finalized, std::function<void(bool)> done)
{
    auto out = std::make_shared<Committed>();
    const QSet<qint64> seenBefore = m_seenIds;
    const QString chain = m_settings.id;
    const qint64 now = m_clock.nowMs();
    store::ChainCursor cursor;
    cursor.chain = chain;
    cursor.blockNumber = tip.number;
    cursor.blockHash = hex0x(tip.hash);
    cursor.finalizedNumber = finalized.number;
    cursor.finalizedHash = hex0x(finalized.hash);
    cursor.updatedAtMs = now;

    auto write = m_database->write([=](QSqlDatabase &db) -> Result<void> {
        using store::TransferStore;
        if (!orphanedHashes.isEmpty()) {
            auto orphaned = TransferStore::orphanBlocks(db, chain, orphanedHashes);
            if (!orphaned.ok())
                return orphaned.error();
        }
        if (auto inserted = TransferStore::insertAll(db, records); !inserted.ok())
            return inserted.error();
        if (auto updated = TransferStore::updateConfirmations(db, chain, tip.number); !updated.ok())
            return updated.error();
        if (auto finalizedRows = TransferStore::finalizeUpTo(db, chain, finalized.number, now); !finalizedRows.ok())
            return finalizedRows.error();
        if (auto saved = TransferStore::saveCursor(db, cursor); !saved.ok())
            return saved.error();
        // Read back what changed, as committed: every row still waiting (its
        // confirmations moved), rows that left that state, and new rows.
        auto after = TransferStore::unfinished(db, chain);
        if (!after.ok())
            return after.error();
        QSet<qint64> ids;
        for (const store::TransferRecord &t : after.value()) {
            out->seenIds.insert(t.id);
            ids.insert(t.id);
        }
        out->rows = after.value();
        QList<qint64> gone;
        for (qint64 id : seenBefore) {
            if (!out->seenIds.contains(id))
                gone << id;
        }
        if (!gone.isEmpty()) {
            auto left = TransferStore::byIds(db, gone);
            if (!left.ok())
                return left.error();
            for (const store::TransferRecord &t : left.value()) {
                ids.insert(t.id);
                out->rows << t;
            }
        }
        // The new rows are normally among those still waiting; read a block
        // again only for rows that are not (final at once, or stored before).
        QStringList unreadBlocks;
        if (!records.isEmpty()) {
            auto keyOf = [](const store::TransferRecord &t) -> QString {
                return t.txHash + QLatin1Char('/') + QString::number(t.logIndex) + QLatin1Char('/') + t.blockHash;
            };
            QSet<QString> read;
            read.reserve(out->rows.size());
            for (const store::TransferRecord &t : std::as_const(out->rows))
                read.insert(keyOf(t));
            for (const store::TransferRecord &r : records) {
                if (!read.contains(keyOf(r)) && !unreadBlocks.contains(r.blockHash))
                    unreadBlocks << r.blockHash;
            }
        }
        if (!unreadBlocks.isEmpty()) {
            auto fresh = TransferStore::inBlocks(db, chain, unreadBlocks);
            if (!fresh.ok())
                return fresh.error();
            for (const store::TransferRecord &t : fresh.value()) {
                if (!ids.contains(t.id)) {
                    ids.insert(t.id);
                    out->rows << t;
                }
            }
        }
        return {};
    });
    then(write, [this, out, tip, finalized, done = std::move(done)](Result<void> result) {
        if (!result.ok()) {
            setError(QStringLiteral("database: ") + result.error().message, result.error().userMessage);
            done(false);
            return;
        }
        m_seenIds = out->seenIds;
        if (!m_status.lastError.isEmpty() || !m_status.connected)
            clearError();
        m_status.processedBlock = tip.number;
        m_status.finalizedBlock = finalized.number;
        const bool depth = m_settings.finality == FinalityPolicy::Depth || !m_finalizedTagSupported;
        m_status.confirmationsRequired = depth ? quint64(m_settings.confirmations)
                                               : qMax<quint64>(1, tip.number - qMin(tip.number, finalized.number) + 1);
        if (!out->rows.isEmpty())
            Q_EMIT transfersChanged(out->rows);
        publishStatus();
        done(true);
    });
}

// ------------------------------------------------------------------- helpers

QJsonObject EvmWatcher::logFilter()
{
    refreshFilter();
    QJsonArray topics {QLatin1String(kTransferTopic)};
    QJsonObject filter;
    if (m_topicFilter.isArray()) {
        // Small set: ask for transfers to us of any contract, so a lookalike
        // token shows up in the debug log before it is ignored.
        topics << QJsonValue() << m_topicFilter;
    } else {
        QJsonArray tokens;
        for (const Token &t : m_tokens)
            tokens << t.canonical;
        filter.insert(QStringLiteral("address"), tokens);
    }
    filter.insert(QStringLiteral("topics"), topics);
    return filter;
}

void EvmWatcher::refreshFilter()
{
    const quint64 generation = m_addresses->generation();
    if (generation != m_filterGeneration) {
        m_filterGeneration = generation;
        m_bloomItems.clear();
        if (m_addresses->size() <= size_t(m_options.topicListLimit)) {
            QJsonArray words;
            for (const Address20 &a : m_addresses->addresses()) {
                words << hex0x(paddedWord(a));
                m_bloomItems << paddedWord(a);
            }
            m_topicFilter = words;
        } else {
            m_topicFilter = QJsonValue();
            for (const Token &t : std::as_const(m_tokens))
                m_bloomItems << QByteArray(reinterpret_cast<const char *>(t.address.data()), 20);
        }
        m_bloomBits.clear();
        for (const QByteArray &item : std::as_const(m_bloomItems))
            m_bloomBits << bloomBits(item);
    }
}

bool EvmWatcher::bloomMayMatch(const QByteArray &bloom)
{
    refreshFilter();
    if (bloom.size() != 256)
        return true;
    static const auto transferBits = bloomBits(QByteArray::fromHex(QByteArray(kTransferTopic + 2)));
    if (!bloomHas(bloom, transferBits))
        return false;
    for (const auto &bits : std::as_const(m_bloomBits)) {
        if (bloomHas(bloom, bits))
            return true;
    }
    return false;
}

bool EvmWatcher::decodeLogs(const RpcReply &reply, const QString &what, const QByteArray &blockHash, quint64 fromBlock,
    quint64 toBlock, QList<TransferLog> *out, QString *problem)
{
    if (!reply.result.isArray()) {
        *problem = what + QStringLiteral(": expected an array");
        return false;
    }
    const QJsonArray items = reply.result.toArray();
    QSet<QPair<QByteArray, quint64>> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto decoded = decodeLog(items.at(i), QStringLiteral("result[%1]").arg(i));
        if (const auto *e = std::get_if<DecodeError>(&decoded)) {
            *problem = what + QStringLiteral(": ") + e->describe();
            return false;
        }
        const RawLog &log = std::get<RawLog>(decoded);
        if (!blockHash.isEmpty() && log.blockHash != blockHash) {
            *problem = what
                + QStringLiteral(": result[%1] is from block %2, not the one asked for")
                      .arg(i)
                      .arg(hex0x(log.blockHash));
            return false;
        }
        if (log.blockNumber < fromBlock || log.blockNumber > toBlock) {
            *problem = what
                + QStringLiteral(": result[%1] is from block %2, outside %3-%4")
                      .arg(i)
                      .arg(log.blockNumber)
                      .arg(fromBlock)
                      .arg(toBlock);
            return false;
        }
        const auto key = qMakePair(log.txHash, log.logIndex);
        if (seen.contains(key)) {
            *problem = what
                + QStringLiteral(": result[%1] repeats log %2 of %3").arg(i).arg(log.logIndex).arg(hex0x(log.txHash));
            return false;
        }
        seen.insert(key);
        if (log.removed) {
            qCDebug(lcEvm).noquote() << m_settings.id << "ignoring a log marked removed in" << hex0x(log.txHash);
            continue;
        }
        if (auto transfer = asTransfer(log)) {
            *out << *transfer;
            continue;
        }
        // Our own token emits only well-formed ERC-20 transfers: a Transfer
        // of it in another shape (an amount word of the wrong size, say) is
        // the node's invention. Other contracts' logs may be anything.
        static const QByteArray transferTopic = QByteArray::fromHex(QByteArray(kTransferTopic + 2));
        const bool ours =
            std::any_of(m_tokens.cbegin(), m_tokens.cend(), [&](const Token &t) { return t.address == log.address; });
        if (ours && !log.topics.isEmpty() && log.topics.first() == transferTopic) {
            *problem =
                what + QStringLiteral(": result[%1] is a malformed Transfer of %2").arg(i).arg(hex0x(log.address));
            return false;
        }
        qCDebug(lcEvm).noquote() << m_settings.id << "ignoring a log that is no ERC-20 transfer in"
                                 << hex0x(log.txHash);
    }
    return true;
}

std::optional<store::TransferRecord> EvmWatcher::toRecord(const TransferLog &log, quint64 tipNumber)
{
    const Token *token = nullptr;
    for (const Token &t : std::as_const(m_tokens)) {
        if (t.address == log.token)
            token = &t;
    }
    if (!token) {
        qCDebug(lcEvm).noquote() << m_settings.id << "ignoring a Transfer of" << hex0x(log.token)
                                 << "(not a configured token) to" << hex0x(log.to) << "in" << hex0x(log.txHash);
        return std::nullopt;
    }
    if (!m_addresses->contains(log.to))
        return std::nullopt;
    const money::UInt256 value = money::UInt256::fromWord(log.value);
    if (value.isZero()) {
        qCDebug(lcEvm).noquote() << m_settings.id << "ignoring a zero-value transfer to" << hex0x(log.to) << "in"
                                 << hex0x(log.txHash);
        return std::nullopt;
    }
    store::TransferRecord t;
    t.chain = m_settings.id;
    t.token = token->canonical;
    t.txHash = hex0x(log.txHash);
    t.logIndex = int(log.logIndex);
    t.blockNumber = log.blockNumber;
    t.blockHash = hex0x(log.blockHash);
    t.from = hex0x(log.from);
    t.to = hex0x(log.to);
    t.value = value.toDecimal();
    t.state = store::TransferState::Seen;
    t.confirmations = tipNumber >= log.blockNumber ? tipNumber - log.blockNumber + 1 : 0;
    t.firstSeenMs = m_clock.nowMs();
    return t;
}

void EvmWatcher::badAnswer(const RpcReply &reply, const QString &problem)
{
    if (m_rpc)
        m_rpc->reportBadAnswer(reply.endpointIndex, problem);
    m_status.lastError = QStringLiteral("%1: %2").arg(reply.endpoint, problem);
    m_status.lastErrorDisplay = tr("The node %1 sent a wrong answer; another node is asked.").arg(reply.endpoint);
    publishStatus();
}

void EvmWatcher::setError(const QString &english, const QString &display)
{
    m_status.connected = false;
    m_status.lastError = english;
    m_status.lastErrorDisplay = display;
    publishStatus();
}

void EvmWatcher::clearError()
{
    m_status.connected = true;
    m_status.lastError.clear();
    m_status.lastErrorDisplay.clear();
}

void EvmWatcher::publishStatus()
{
    // Where heads come from: the subscription when there is one.
    if (m_socket && !m_subscriptionId.isEmpty())
        m_status.endpoint = m_socket->url().host() + QLatin1Char(':') + QString::number(m_socket->url().port());
    else
        m_status.endpoint = m_httpEndpoint;
    Q_EMIT statusChanged(m_status);
}

} // namespace kassa::chain::evm
