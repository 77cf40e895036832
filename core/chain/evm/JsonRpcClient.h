// JsonRpcClient: JSON-RPC 2.0 over HTTP to one chain's nodes, with several
// endpoints, health tracking and failover. It checks every response's
// envelope strictly (jsonrpc, id, result xor error); typed decoding of the
// result (quantities, hashes, logs) is the caller's job. Lives on the thread
// of its chain watcher; every call returns a QFuture fulfilled on that thread.
#pragma once

#include "base/Clock.h"
#include "net/NetworkFactory.h"

#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace kassa::chain::evm {

//! Why a call failed. Only RpcError comes from the node's own judgement of
//! the request; every other kind is the endpoint's fault and another
//! endpoint may do better.
struct RpcFailure {
    enum class Kind {
        Network, //!< connection refused, reset, TLS, DNS
        Timeout, //!< no complete answer in time
        HttpStatus, //!< HTTP status other than 200
        Malformed, //!< not a valid JSON-RPC 2.0 answer to our request
        Overloaded, //!< rate limited / over quota (HTTP 429, -32005, …)
        RpcError, //!< a JSON-RPC error object (e.g. execution reverted)
        NoEndpoint, //!< nothing configured
    };
    Kind kind = Kind::Network;
    qint64 code = 0; //!< HTTP status or JSON-RPC error code
    QString message; //!< English, for the log
    QJsonValue data; //!< the error object's data, if any
    QString endpoint; //!< host:port of the endpoint that failed

    bool endpointFault() const { return kind != Kind::RpcError && kind != Kind::NoEndpoint; }
    QString describe() const;
};

struct RpcReply {
    bool ok = false;
    QJsonValue result;
    RpcFailure failure;
    QString endpoint; //!< host:port that answered (or failed last)
    int endpointIndex = -1; //!< position in the endpoint list, for reportBadAnswer()
    qint64 latencyMs = 0;
    //! When the answer was complete, before it was parsed (std::chrono::
    //! steady_clock ns): where the node's time ends and ours begins.
    qint64 receivedNs = 0;
};

struct RpcRequest {
    QString method;
    QJsonArray params;
};

//! How one endpoint has been doing, for the status bar and Settings.
struct EndpointHealth {
    QUrl url;
    bool available = true; //!< not cooling down after failures
    int consecutiveFailures = 0;
    qint64 coolingDownUntilMs = 0;
    qint64 latencyMs = -1; //!< smoothed, -1 until the first answer
    QString lastError;
    qint64 successes = 0;
    qint64 failures = 0;
};

class JsonRpcClient : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int timeoutMs = 15000;
        qint64 maxResponseBytes = 32 * 1024 * 1024;
        int maxJsonDepth = 64; //!< deeper answers are refused as hostile
        qint64 cooldownBaseMs = 1000; //!< first pause after a failure, doubled each time
        qint64 cooldownMaxMs = 60000;
    };

    //! `endpoints` in order of preference (the first healthy one is used).
    JsonRpcClient(const net::NetworkFactory &factory, QList<QUrl> endpoints, const Clock &clock, Options options,
        QObject *parent = nullptr);
    JsonRpcClient(
        const net::NetworkFactory &factory, QList<QUrl> endpoints, const Clock &clock, QObject *parent = nullptr);
    ~JsonRpcClient() override;

    //! Calls `method`. On an endpoint fault the same request goes to the next
    //! healthy endpoint (each endpoint at most once per call); a JSON-RPC
    //! error is returned as is, without failover.
    QFuture<RpcReply> call(const QString &method, const QJsonArray &params = {});
    //! Several calls in one HTTP request; the replies come back in request
    //! order. The whole batch fails over together.
    QFuture<QList<RpcReply>> batch(const QList<RpcRequest> &requests);
    //! Calls `method` on endpoint `index` only (no failover), whether or not
    //! it is enabled — to check an endpoint (its chain id) before using it.
    QFuture<RpcReply> callEndpoint(int index, const QString &method, const QJsonArray &params = {});

    //! An answer that was valid JSON-RPC but wrong in substance (a field of
    //! the wrong type, a block other than the one asked for, duplicate
    //! logs): counts as a failure of that endpoint, which cools down so the
    //! caller's retry goes to the next one.
    void reportBadAnswer(int endpointIndex, const QString &problem);
    //! A disabled endpoint is never chosen by call() or batch() (e.g. until
    //! its chain id was checked). Endpoints start enabled.
    void setEndpointEnabled(int index, bool enabled);
    bool isEndpointEnabled(int index) const;
    int endpointCount() const { return int(m_endpoints.size()); }
    //! host:port of endpoint `index`, never with a path or credentials.
    QString endpointLabel(int index) const;

    QList<EndpointHealth> health() const;

    //! Checks a JSON-RPC 2.0 response object for request `id` (exposed for
    //! tests and the WebSocket transport).
    static RpcReply decodeResponse(const QJsonValue &response, qint64 id);
    //! Parses a response body with the size and depth limits applied.
    static bool parseBody(const QByteArray &body, int maxDepth, QJsonValue *out, QString *error);

Q_SIGNALS:
    void healthChanged();

private:
    struct Attempt;
    void dispatch(std::shared_ptr<Attempt> attempt);
    void send(std::shared_ptr<Attempt> attempt, int index);
    void finishAttempt(std::shared_ptr<Attempt> attempt, QNetworkReply *reply);
    int pickEndpoint(const QSet<int> &tried) const;
    void recordSuccess(int index, qint64 latencyMs);
    void recordFailure(int index, const RpcFailure &failure);

    const net::NetworkFactory &m_factory;
    const Clock &m_clock;
    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QList<EndpointHealth> m_endpoints;
    QList<bool> m_enabled;
    qint64 m_nextId = 1;
};

//! Matches the node answers that mean "too many, slow down" rather than "no".
bool isOverloadMessage(qint64 code, const QString &message);

} // namespace kassa::chain::evm
