// JsonRpcSocket: JSON-RPC 2.0 over one WebSocket, for eth_subscribe. It
// routes answers by id and notifications by subscription id, watches the
// connection with pings, and reconnects with jittered exponential backoff.
// Subscriptions die with a connection (geth pubsub docs): after a reconnect
// the owner re-subscribes — and backfills what it missed — on connected().
#pragma once

#include "base/Clock.h"
#include "chain/evm/JsonRpcClient.h"
#include "net/NetworkFactory.h"

#include <QAbstractSocket>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace kassa::chain::evm {

class JsonRpcSocket : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int callTimeoutMs = 15000;
        int pingIntervalMs = 15000; //!< a ping when nothing arrived for this long
        int pongTimeoutMs = 10000; //!< no pong (or anything) by then: reconnect
        int reconnectBaseMs = 500; //!< first retry; doubled up to reconnectMaxMs, ±25 % jitter
        int reconnectMaxMs = 30000;
        int maxJsonDepth = 64;
    };

    JsonRpcSocket(const net::NetworkFactory &factory, QUrl url, Options options, QObject *parent = nullptr);
    JsonRpcSocket(const net::NetworkFactory &factory, QUrl url, QObject *parent = nullptr);
    ~JsonRpcSocket() override;

    //! Connects now and keeps reconnecting until close().
    void open();
    //! Closes for good (no reconnect); pending calls fail.
    void close();
    bool isConnected() const { return m_connected; }
    QUrl url() const { return m_url; }
    int reconnects() const { return m_reconnects; }

    QFuture<RpcReply> call(const QString &method, const QJsonArray &params = {});
    //! eth_subscribe; the reply's result is the subscription id.
    QFuture<RpcReply> subscribe(const QJsonArray &params) { return call(QStringLiteral("eth_subscribe"), params); }

Q_SIGNALS:
    void connected();
    //! The connection is gone (subscriptions with it); a reconnect is scheduled
    //! unless close() was called.
    void disconnected(const QString &reason);
    //! An eth_subscription notification.
    void notification(const QString &subscriptionId, const QJsonValue &result);
    //! Something arrived that is not valid JSON-RPC (logged; the connection
    //! is dropped and rebuilt, as the stream can no longer be trusted).
    void protocolError(const QString &reason);

private:
    void connectNow();
    void onTextMessage(const QString &text);
    void dropConnection(const QString &reason);
    void scheduleReconnect();
    void failPending(const QString &reason);

    struct Pending {
        std::shared_ptr<QPromise<RpcReply>> promise;
        std::shared_ptr<QTimer> timeout;
    };

    const net::NetworkFactory &m_factory;
    QUrl m_url;
    Options m_options;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_watchdog;
    QTimer m_reconnectTimer;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    qint64 m_lastTrafficMs = 0;
    bool m_pingOutstanding = false;
    bool m_connected = false;
    bool m_closing = false;
    int m_attempt = 0;
    int m_reconnects = 0;
};

} // namespace kassa::chain::evm
