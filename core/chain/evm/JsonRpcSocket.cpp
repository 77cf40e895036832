#include "chain/evm/JsonRpcSocket.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QWebSocket>

namespace kassa::chain::evm {

Q_DECLARE_LOGGING_CATEGORY(lcRpc)

JsonRpcSocket::JsonRpcSocket(const net::NetworkFactory &factory, QUrl url, Options options, QObject *parent)
    : QObject(parent), m_factory(factory), m_url(std::move(url)), m_options(options)
{
    m_watchdog.setInterval(qMax(100, qMin(m_options.pingIntervalMs, m_options.pongTimeoutMs) / 2));
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_connected)
            return;
        const qint64 quiet = QDateTime::currentMSecsSinceEpoch() - m_lastTrafficMs;
        if (m_pingOutstanding && quiet > m_options.pingIntervalMs + m_options.pongTimeoutMs) {
            dropConnection(QStringLiteral("no pong for %1 ms").arg(quiet));
        } else if (!m_pingOutstanding && quiet > m_options.pingIntervalMs) {
            m_pingOutstanding = true;
            m_socket->ping();
        }
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &JsonRpcSocket::connectNow);
}

JsonRpcSocket::JsonRpcSocket(const net::NetworkFactory &factory, QUrl url, QObject *parent)
    : JsonRpcSocket(factory, std::move(url), Options {}, parent)
{ }

JsonRpcSocket::~JsonRpcSocket()
{
    m_closing = true;
    failPending(QStringLiteral("socket destroyed"));
    if (m_socket) {
        // Later, not now: this may run inside one of the socket's own
        // signals (a continuation that closes the connection it came from).
        QWebSocket *socket = m_socket.release();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void JsonRpcSocket::open()
{
    m_closing = false;
    connectNow();
}

void JsonRpcSocket::close()
{
    m_closing = true;
    m_reconnectTimer.stop();
    m_watchdog.stop();
    failPending(QStringLiteral("closed"));
    if (m_socket) {
        QWebSocket *socket = m_socket.release();
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
    m_connected = false;
}

void JsonRpcSocket::connectNow()
{
    if (m_closing)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_socket = m_factory.createWebSocket();
    connect(m_socket.get(), &QWebSocket::connected, this, [this] {
        m_connected = true;
        m_attempt = 0;
        m_pingOutstanding = false;
        m_lastTrafficMs = QDateTime::currentMSecsSinceEpoch();
        m_watchdog.start();
        qCInfo(lcRpc) << "websocket connected" << m_url.host() << m_url.port();
        Q_EMIT connected();
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this,
        [this] { dropConnection(m_socket ? m_socket->closeReason() : QString()); });
    // Qt 6.4 has no errorOccurred on QWebSocket yet.
    connect(m_socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) { dropConnection(m_socket ? m_socket->errorString() : QString()); });
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &JsonRpcSocket::onTextMessage);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
        [this](const QByteArray &) { dropConnection(QStringLiteral("unexpected binary frame")); });
    connect(m_socket.get(), &QWebSocket::pong, this, [this](quint64, const QByteArray &) {
        m_pingOutstanding = false;
        m_lastTrafficMs = QDateTime::currentMSecsSinceEpoch();
    });
    m_socket->open(m_url);
}

void JsonRpcSocket::dropConnection(const QString &reason)
{
    const bool wasConnected = m_connected;
    m_connected = false;
    m_watchdog.stop();
    failPending(reason.isEmpty() ? QStringLiteral("connection lost") : reason);
    if (m_socket) {
        QWebSocket *socket = m_socket.release();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (wasConnected || !m_closing)
        qCWarning(lcRpc) << "websocket" << m_url.host() << "lost:" << reason;
    if (wasConnected)
        Q_EMIT disconnected(reason);
    scheduleReconnect();
}

void JsonRpcSocket::scheduleReconnect()
{
    if (m_closing || m_reconnectTimer.isActive())
        return;
    const int base = qMin(m_options.reconnectMaxMs, m_options.reconnectBaseMs << qMin(m_attempt, 16));
    const int jitter = int(QRandomGenerator::global()->bounded(base / 2 + 1)) - base / 4;
    ++m_attempt;
    ++m_reconnects;
    m_reconnectTimer.start(qMax(50, base + jitter));
}

void JsonRpcSocket::failPending(const QString &reason)
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        RpcReply reply;
        reply.failure.kind = RpcFailure::Kind::Network;
        reply.failure.message = reason;
        reply.failure.endpoint = m_url.host();
        it->promise->addResult(reply);
        it->promise->finish();
    }
}

QFuture<RpcReply> JsonRpcSocket::call(const QString &method, const QJsonArray &params)
{
    auto promise = std::make_shared<QPromise<RpcReply>>();
    promise->start();
    QFuture<RpcReply> future = promise->future();
    if (!m_connected || !m_socket) {
        RpcReply reply;
        reply.failure.kind = RpcFailure::Kind::Network;
        reply.failure.message = QStringLiteral("not connected");
        reply.failure.endpoint = m_url.host();
        promise->addResult(reply);
        promise->finish();
        return future;
    }
    const qint64 id = m_nextId++;
    const QJsonObject request {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
        {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    Pending pending;
    pending.promise = promise;
    pending.timeout = std::make_shared<QTimer>();
    pending.timeout->setSingleShot(true);
    connect(pending.timeout.get(), &QTimer::timeout, this, [this, id] {
        // An unanswered call means the stream is stuck: rebuild it.
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        dropConnection(QStringLiteral("call %1 not answered within %2 ms").arg(id).arg(m_options.callTimeoutMs));
    });
    pending.timeout->start(m_options.callTimeoutMs);
    m_pending.insert(id, std::move(pending));
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    return future;
}

void JsonRpcSocket::onTextMessage(const QString &text)
{
    m_lastTrafficMs = QDateTime::currentMSecsSinceEpoch();
    m_pingOutstanding = false;
    QJsonValue parsed;
    QString error;
    if (!JsonRpcClient::parseBody(text.toUtf8(), m_options.maxJsonDepth, &parsed, &error) || !parsed.isObject()) {
        Q_EMIT protocolError(error.isEmpty() ? QStringLiteral("message is not an object") : error);
        return dropConnection(QStringLiteral("protocol error: %1").arg(error));
    }
    const QJsonObject object = parsed.toObject();
    if (object.value(QStringLiteral("method")).toString() == QLatin1String("eth_subscription")) {
        const QJsonObject params = object.value(QStringLiteral("params")).toObject();
        const QJsonValue subscription = params.value(QStringLiteral("subscription"));
        if (object.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0") || !subscription.isString()
            || !params.contains(QStringLiteral("result"))) {
            Q_EMIT protocolError(QStringLiteral("malformed eth_subscription notification"));
            return dropConnection(QStringLiteral("malformed notification"));
        }
        Q_EMIT notification(subscription.toString(), params.value(QStringLiteral("result")));
        return;
    }
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    const qint64 id = idValue.isDouble() ? idValue.toInteger(-1) : -1;
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        Q_EMIT protocolError(QStringLiteral("answer for an unknown id"));
        return dropConnection(QStringLiteral("answer for an id we never sent"));
    }
    Pending pending = std::move(*it);
    m_pending.erase(it);
    RpcReply reply = JsonRpcClient::decodeResponse(parsed, id);
    reply.endpoint = m_url.host() + QLatin1Char(':') + QString::number(m_url.port());
    reply.failure.endpoint = reply.endpoint;
    pending.promise->addResult(reply);
    pending.promise->finish();
    if (!reply.ok && reply.failure.kind == RpcFailure::Kind::Malformed) {
        Q_EMIT protocolError(reply.failure.message);
        dropConnection(QStringLiteral("protocol error: %1").arg(reply.failure.message));
    }
}

} // namespace kassa::chain::evm
