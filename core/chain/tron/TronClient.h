// TronClient: Tron's full-node HTTP API (/wallet/*, /walletsolidity/*) and
// TronGrid's TRC-20 history, over several endpoints with health tracking,
// failover and cool-down. Lives on the thread of its chain watcher; every
// call returns a QFuture fulfilled on that thread.
//
// Each call goes to the first endpoint that is not cooling down, in the
// merchant's order. A network error, a timeout, an HTTP status other than
// 200, a body that is not strict JSON (TronDecode's parseBody) or an answer
// that fails the caller's typed decoding is a fault of that endpoint: it
// cools down (doubling per consecutive fault, longer when the endpoint says
// 429/403/503 or sends Retry-After) and the same call goes to the next one,
// each endpoint at most once per call. When every endpoint is cooling down
// the call fails at once without a request: that is the backoff.
//
// The TRON-PRO-API-KEY header goes only to the hosts the key belongs to
// (the configured TronGrid host, *.trongrid.io), never to a third-party node.
#pragma once

#include "base/Clock.h"
#include "chain/tron/TronDecode.h"
#include "chain/tron/TronSendDecode.h"
#include "net/NetworkFactory.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kassa::chain::tron {

struct TronFailure {
    enum class Kind {
        Network, //!< connection refused, reset, TLS, DNS
        Timeout, //!< no complete answer in time
        HttpStatus, //!< HTTP status other than 200
        Malformed, //!< not strict JSON, or the typed decoding refused it
        Overloaded, //!< HTTP 429, 403 or 503: rate limited
        NodeError, //!< java-tron's {"Error": …} answer to a bad request
        NoEndpoint, //!< nothing configured, or every endpoint cooling down
    };
    Kind kind = Kind::Network;
    int code = 0; //!< HTTP status where there is one
    QString message; //!< English, for the log
    QString endpoint; //!< host:port

    QString describe() const;
};

//! The answer to one call: the decoded value, or why there is none.
template<typename T>
struct Fetched {
    std::optional<T> value;
    TronFailure failure;
    QString endpoint; //!< host:port that answered (or failed last)
    qint64 latencyMs = 0;

    bool ok() const { return value.has_value(); }
};

struct TronEndpointHealth {
    QUrl url;
    bool sendsApiKey = false;
    int consecutiveFailures = 0;
    qint64 coolingDownUntilMs = 0;
    QString lastError;
    qint64 successes = 0;
    qint64 failures = 0;
};

//! TronGrid history query (/v1/accounts/{address}/transactions/trc20).
struct Trc20HistoryQuery {
    QString address; //!< base58
    QString contract; //!< base58
    qint64 minTimestampMs = 0;
    bool onlyConfirmed = true;
    int limit = 200;
    QString fingerprint; //!< the previous page's cursor; empty for the first
};

class TronClient : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int timeoutMs = 10000;
        qint64 maxResponseBytes = 32 * 1024 * 1024;
        int maxJsonDepth = 64;
        qint64 cooldownBaseMs = 1000; //!< first pause after a fault, doubled each time
        qint64 cooldownMaxMs = 60000;
        qint64 rateLimitedMinMs = 5000; //!< least pause after 429/403/503
    };

    //! `endpoints` in order of preference. `apiKey` may be empty; `keyHost`
    //! is the host the key belongs to (the TronGrid URL's).
    TronClient(const net::NetworkFactory &factory, QList<QUrl> endpoints, QString apiKey, QString keyHost,
        const Clock &clock, Options options, QObject *parent = nullptr);
    ~TronClient() override;

    // ---- full node (POST, JSON body)
    QFuture<Fetched<TronBlock>> nowBlock();
    QFuture<Fetched<TronBlock>> solidifiedNowBlock();
    //! The block at `number`; nothing inside when the node has no such block yet.
    QFuture<Fetched<std::optional<TronBlock>>> blockByNumber(quint64 number);
    QFuture<Fetched<QList<TronTxInfo>>> txInfosByBlockNumber(quint64 number);
    //! The solidified TransactionInfo; nothing inside when the solidified
    //! view does not know the transaction (yet).
    QFuture<Fetched<std::optional<TronTxInfo>>> solidifiedTxInfo(const QByteArray &txId);

    //! A constant (view) call of `contract` (base58) with the ABI-encoded
    //! `parameter` bytes (none for a call without arguments): the returned bytes.
    QFuture<Fetched<QByteArray>> constantCall(
        const QString &contract, const QString &functionSelector, const QByteArray &parameter = {});
    //! The block with number 0 (its id names the network); nothing inside
    //! when the node does not serve it.
    QFuture<Fetched<std::optional<TronBlock>>> genesisBlock() { return blockByNumber(0); }

    // ---- sending (a payout)
    //! The TRX balance of `address` (base58) in sun; 0 for an account never activated.
    QFuture<Fetched<qint64>> accountBalance(const QString &address);
    //! Energy and bandwidth of `address` (base58).
    QFuture<Fetched<TronAccountResources>> accountResources(const QString &address);
    //! getEnergyFee and getTransactionFee.
    QFuture<Fetched<TronChainPrices>> chainPrices();
    //! Simulates `functionSelector` with ABI `parameter` (no selector) on
    //! `contract` as `owner` (all base58): what it returns and the energy it uses.
    QFuture<Fetched<TronCallResult>> simulate(
        const QString &owner, const QString &contract, const QString &functionSelector, const QByteArray &parameter);
    //! /wallet/broadcasthex with a signed Transaction's bytes. A refusal
    //! (result false with a code) is an answer, not an endpoint fault.
    QFuture<Fetched<TronBroadcastResult>> broadcastHex(const QByteArray &transactionBytes);

    // ---- TronGrid (GET)
    QFuture<Fetched<TronGridPage>> trc20History(const Trc20HistoryQuery &query);

    //! An answer that decoded but was wrong in substance (the caller found
    //! out later): the endpoint cools down like for any other fault.
    void reportBadAnswer(const QString &endpoint, const QString &problem);
    int endpointCount() const { return int(m_endpoints.size()); }
    QList<TronEndpointHealth> health() const { return m_endpoints; }
    //! Requests sent so far (the request budget figures).
    qint64 requestsSent() const { return m_requestsSent; }

    static QString labelOf(const QUrl &url);

Q_SIGNALS:
    void healthChanged();

private:
    struct Request {
        bool post = true;
        QString path; //!< appended to the endpoint's path
        QJsonObject body;
        QUrlQuery query;
        QString what; //!< for the log: "getblockbynum 123"
    };
    //! Checks a parsed body; returns the problem, or empty when it is fine.
    using Check = std::function<QString(const QJsonValue &)>;
    struct Attempt;

    template<typename T>
    QFuture<Fetched<T>> fetch(Request request, std::function<Decoded<T>(const QJsonValue &)> decode);
    QFuture<Fetched<QJsonValue>> send(Request request, Check check);
    void dispatch(std::shared_ptr<Attempt> attempt);
    void finish(std::shared_ptr<Attempt> attempt, QNetworkReply *reply, int index, qint64 latencyMs);
    int pickEndpoint(const QSet<int> &tried) const;
    void recordFailure(int index, const TronFailure &failure, qint64 retryAfterMs = 0);
    void recordSuccess(int index);

    const net::NetworkFactory &m_factory;
    QString m_apiKey;
    const Clock &m_clock;
    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QList<TronEndpointHealth> m_endpoints;
    qint64 m_requestsSent = 0;
};

} // namespace kassa::chain::tron
