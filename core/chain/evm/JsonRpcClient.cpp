#include "chain/evm/JsonRpcClient.h"

#include "base/Log.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>

#include <chrono>
#include <functional>

namespace kassa::chain::evm {

Q_LOGGING_CATEGORY(lcRpc, "kassa.chain.rpc", QtInfoMsg)

namespace {

QString labelOf(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

RpcFailure failure(RpcFailure::Kind kind, qint64 code, const QString &message)
{
    RpcFailure f;
    f.kind = kind;
    f.code = code;
    f.message = message;
    return f;
}

} // namespace

QString RpcFailure::describe() const
{
    static const char *const names[] = {
        "network", "timeout", "http", "malformed", "overloaded", "rpc-error", "no-endpoint"};
    return QStringLiteral("%1 %2 (%3)%4")
        .arg(QLatin1String(names[int(kind)]), message)
        .arg(code)
        .arg(endpoint.isEmpty() ? QString() : QStringLiteral(" at ") + endpoint);
}

bool isOverloadMessage(qint64 code, const QString &message)
{
    // -32005: limit exceeded (EIP-1474); -32090 and 429: rate limits of
    // common providers. Range errors of eth_getLogs also use -32005 but say
    // "range"/"results", which the caller handles with smaller chunks.
    static const QRegularExpression rate(
        QStringLiteral(
            R"(rate.?limit|too many requests|capacity|quota|exceeded.*(credits|compute units)|daily request count)"),
        QRegularExpression::CaseInsensitiveOption);
    if (code == 429 || code == -32090)
        return true;
    return rate.match(message).hasMatch()
        || (code == -32005 && !message.contains(QLatin1String("range"), Qt::CaseInsensitive)
            && !message.contains(QLatin1String("results"), Qt::CaseInsensitive));
}

bool JsonRpcClient::parseBody(const QByteArray &body, int maxDepth, QJsonValue *out, QString *error)
{
    // Refuse absurd nesting before QJsonDocument sees it.
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) {
                *error = QStringLiteral("response nested deeper than %1 levels").arg(maxDepth);
                return false;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    *out = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

RpcReply JsonRpcClient::decodeResponse(const QJsonValue &response, qint64 id)
{
    RpcReply reply;
    if (!response.isObject()) {
        reply.failure = failure(RpcFailure::Kind::Malformed, 0, QStringLiteral("response is not an object"));
        return reply;
    }
    const QJsonObject object = response.toObject();
    if (object.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0")) {
        reply.failure = failure(RpcFailure::Kind::Malformed, 0, QStringLiteral("missing jsonrpc \"2.0\""));
        return reply;
    }
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    if (!idValue.isDouble() || idValue.toInteger(-1) != id) {
        reply.failure = failure(RpcFailure::Kind::Malformed, 0,
            QStringLiteral("answer for id %1, expected %2")
                .arg(QString::fromUtf8(QJsonDocument(QJsonArray {idValue}).toJson(QJsonDocument::Compact)))
                .arg(id));
        return reply;
    }
    const bool hasResult = object.contains(QStringLiteral("result"));
    const bool hasError = object.contains(QStringLiteral("error"));
    if (hasResult == hasError) {
        reply.failure =
            failure(RpcFailure::Kind::Malformed, 0, QStringLiteral("needs exactly one of result and error"));
        return reply;
    }
    if (hasError) {
        const QJsonValue errorValue = object.value(QStringLiteral("error"));
        const QJsonObject error = errorValue.toObject();
        const QJsonValue code = error.value(QStringLiteral("code"));
        const QJsonValue message = error.value(QStringLiteral("message"));
        if (!errorValue.isObject() || !code.isDouble() || code.toDouble() != double(code.toInteger())
            || !message.isString()) {
            reply.failure = failure(RpcFailure::Kind::Malformed, 0, QStringLiteral("malformed error object"));
            return reply;
        }
        const qint64 errorCode = code.toInteger();
        const QString text = message.toString().left(500);
        reply.failure =
            failure(isOverloadMessage(errorCode, text) ? RpcFailure::Kind::Overloaded : RpcFailure::Kind::RpcError,
                errorCode, text);
        reply.failure.data = error.value(QStringLiteral("data"));
        return reply;
    }
    reply.ok = true;
    reply.result = object.value(QStringLiteral("result"));
    return reply;
}

struct JsonRpcClient::Attempt {
    QList<RpcRequest> requests;
    QList<qint64> ids;
    bool batch = false;
    QSet<int> tried;
    RpcFailure lastFailure;
    QString lastEndpoint;
    std::function<void(const QList<RpcReply> &)> deliver;
    int pinned = -1; //!< callEndpoint(): this endpoint only
};

JsonRpcClient::JsonRpcClient(
    const net::NetworkFactory &factory, QList<QUrl> endpoints, const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_factory(factory), m_clock(clock), m_options(options)
{
    m_network = m_factory.createAccessManager(this);
    for (const QUrl &url : endpoints) {
        EndpointHealth health;
        health.url = url;
        m_endpoints.append(health);
        m_enabled.append(true);
    }
}

JsonRpcClient::JsonRpcClient(
    const net::NetworkFactory &factory, QList<QUrl> endpoints, const Clock &clock, QObject *parent)
    : JsonRpcClient(factory, std::move(endpoints), clock, Options {}, parent)
{ }

JsonRpcClient::~JsonRpcClient() = default;

QList<EndpointHealth> JsonRpcClient::health() const
{
    QList<EndpointHealth> out = m_endpoints;
    const qint64 now = m_clock.nowMs();
    for (EndpointHealth &h : out)
        h.available = h.coolingDownUntilMs <= now;
    return out;
}

QFuture<RpcReply> JsonRpcClient::call(const QString &method, const QJsonArray &params)
{
    auto promise = std::make_shared<QPromise<RpcReply>>();
    promise->start();
    auto attempt = std::make_shared<Attempt>();
    attempt->requests = {RpcRequest {method, params}};
    attempt->deliver = [promise](const QList<RpcReply> &replies) {
        promise->addResult(replies.value(0));
        promise->finish();
    };
    QFuture<RpcReply> future = promise->future();
    dispatch(attempt);
    return future;
}

QFuture<QList<RpcReply>> JsonRpcClient::batch(const QList<RpcRequest> &requests)
{
    auto promise = std::make_shared<QPromise<QList<RpcReply>>>();
    promise->start();
    auto attempt = std::make_shared<Attempt>();
    attempt->requests = requests;
    attempt->batch = true;
    attempt->deliver = [promise](const QList<RpcReply> &replies) {
        promise->addResult(replies);
        promise->finish();
    };
    QFuture<QList<RpcReply>> future = promise->future();
    dispatch(attempt);
    return future;
}

QFuture<RpcReply> JsonRpcClient::callEndpoint(int index, const QString &method, const QJsonArray &params)
{
    auto promise = std::make_shared<QPromise<RpcReply>>();
    promise->start();
    auto attempt = std::make_shared<Attempt>();
    attempt->requests = {RpcRequest {method, params}};
    attempt->pinned = index;
    attempt->deliver = [promise](const QList<RpcReply> &replies) {
        promise->addResult(replies.value(0));
        promise->finish();
    };
    QFuture<RpcReply> future = promise->future();
    if (index < 0 || index >= m_endpoints.size()) {
        RpcReply reply;
        reply.failure = failure(RpcFailure::Kind::NoEndpoint, 0, QStringLiteral("no endpoint %1").arg(index));
        attempt->deliver({reply});
        return future;
    }
    send(attempt, index);
    return future;
}

void JsonRpcClient::reportBadAnswer(int endpointIndex, const QString &problem)
{
    if (endpointIndex < 0 || endpointIndex >= m_endpoints.size())
        return;
    RpcFailure f = failure(RpcFailure::Kind::Malformed, 0, problem);
    f.endpoint = labelOf(m_endpoints[endpointIndex].url);
    qCWarning(lcRpc).noquote() << "bad answer:" << f.describe() << "- cooling the endpoint down";
    recordFailure(endpointIndex, f);
}

void JsonRpcClient::setEndpointEnabled(int index, bool enabled)
{
    if (index >= 0 && index < m_enabled.size())
        m_enabled[index] = enabled;
}

bool JsonRpcClient::isEndpointEnabled(int index) const
{
    return index >= 0 && index < m_enabled.size() && m_enabled[index];
}

QString JsonRpcClient::endpointLabel(int index) const
{
    return index >= 0 && index < m_endpoints.size() ? labelOf(m_endpoints[index].url) : QString();
}

int JsonRpcClient::pickEndpoint(const QSet<int> &tried) const
{
    const qint64 now = m_clock.nowMs();
    int soonest = -1;
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (tried.contains(i) || !m_enabled[i])
            continue;
        if (m_endpoints[i].coolingDownUntilMs <= now)
            return i; // the first healthy one, in the merchant's order
        if (soonest < 0 || m_endpoints[i].coolingDownUntilMs < m_endpoints[soonest].coolingDownUntilMs)
            soonest = i;
    }
    return soonest; // all cooling down: the one that recovers first
}

void JsonRpcClient::dispatch(std::shared_ptr<Attempt> attempt)
{
    const int index = pickEndpoint(attempt->tried);
    if (index < 0) {
        RpcFailure f = attempt->tried.isEmpty()
            ? failure(RpcFailure::Kind::NoEndpoint, 0, QStringLiteral("no endpoint configured and enabled"))
            : attempt->lastFailure;
        QList<RpcReply> replies;
        for (int i = 0; i < attempt->requests.size(); ++i) {
            RpcReply reply;
            reply.failure = f;
            reply.endpoint = attempt->lastEndpoint;
            replies << reply;
        }
        attempt->deliver(replies);
        return;
    }
    send(attempt, index);
}

void JsonRpcClient::send(std::shared_ptr<Attempt> attempt, int index)
{
    attempt->tried.insert(index);
    attempt->ids.clear();
    QJsonArray calls;
    for (const RpcRequest &request : attempt->requests) {
        const qint64 id = m_nextId++;
        attempt->ids << id;
        calls.append(QJsonObject {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
            {QStringLiteral("method"), request.method}, {QStringLiteral("params"), request.params}});
    }
    const QByteArray body = attempt->batch ? QJsonDocument(calls).toJson(QJsonDocument::Compact)
                                           : QJsonDocument(calls.first().toObject()).toJson(QJsonDocument::Compact);

    QNetworkRequest request = m_factory.request(m_endpoints[index].url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    reply->setProperty("kassaEndpoint", index);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(reply, &QNetworkReply::readyRead, reply, [this, reply] {
        // Nothing is read before the end, so bytesAvailable() is the total.
        if (reply->bytesAvailable() > m_options.maxResponseBytes) {
            reply->setProperty("kassaTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply, timer] {
        reply->setProperty("kassaLatency", timer->elapsed());
        reply->setProperty("kassaReceivedNs",
            qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(
                std::chrono::steady_clock::now().time_since_epoch())
                       .count()));
        finishAttempt(attempt, reply);
    });
}

void JsonRpcClient::finishAttempt(std::shared_ptr<Attempt> attempt, QNetworkReply *reply)
{
    reply->deleteLater();
    const int index = reply->property("kassaEndpoint").toInt();
    const qint64 latency = reply->property("kassaLatency").toLongLong();
    const qint64 receivedNs = reply->property("kassaReceivedNs").toLongLong();
    const QString label = labelOf(m_endpoints[index].url);
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    auto fail = [&](RpcFailure f) {
        f.endpoint = label;
        recordFailure(index, f);
        attempt->lastFailure = f;
        attempt->lastEndpoint = label;
        if (attempt->pinned >= 0) {
            qCWarning(lcRpc).noquote() << "endpoint fault:" << f.describe();
            QList<RpcReply> replies;
            for (int i = 0; i < attempt->requests.size(); ++i) {
                RpcReply failed;
                failed.failure = f;
                failed.endpoint = label;
                failed.endpointIndex = index;
                replies << failed;
            }
            attempt->deliver(replies);
            return;
        }
        qCWarning(lcRpc).noquote() << "endpoint fault:" << f.describe() << "- trying the next endpoint";
        dispatch(attempt);
    };

    if (reply->property("kassaTooLarge").toBool())
        return fail(failure(RpcFailure::Kind::Malformed, 0,
            QStringLiteral("response larger than %1 bytes").arg(m_options.maxResponseBytes)));
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return fail(
            failure(RpcFailure::Kind::Timeout, 0, QStringLiteral("no answer within %1 ms").arg(m_options.timeoutMs)));
    if (httpStatus == 429 || httpStatus == 503)
        return fail(failure(RpcFailure::Kind::Overloaded, httpStatus, QStringLiteral("HTTP %1").arg(httpStatus)));
    if (reply->error() != QNetworkReply::NoError && httpStatus == 0)
        return fail(failure(RpcFailure::Kind::Network, int(reply->error()), reply->errorString()));
    if (httpStatus != 200)
        return fail(failure(RpcFailure::Kind::HttpStatus, httpStatus, QStringLiteral("HTTP %1").arg(httpStatus)));

    QJsonValue parsed;
    QString parseError;
    if (!parseBody(reply->readAll(), m_options.maxJsonDepth, &parsed, &parseError))
        return fail(failure(RpcFailure::Kind::Malformed, 0, parseError));

    QList<RpcReply> replies;
    if (attempt->batch) {
        if (!parsed.isArray())
            return fail(failure(RpcFailure::Kind::Malformed, 0, QStringLiteral("batch answer is not an array")));
        const QJsonArray answers = parsed.toArray();
        if (answers.size() != attempt->ids.size())
            return fail(failure(RpcFailure::Kind::Malformed, 0,
                QStringLiteral("batch of %1 answered with %2").arg(attempt->ids.size()).arg(answers.size())));
        QHash<qint64, QJsonValue> byId;
        for (const QJsonValue &answer : answers) {
            const qint64 id = answer.toObject().value(QStringLiteral("id")).toInteger(-1);
            if (byId.contains(id))
                return fail(
                    failure(RpcFailure::Kind::Malformed, 0, QStringLiteral("batch answer repeats id %1").arg(id)));
            byId.insert(id, answer);
        }
        for (qint64 id : attempt->ids) {
            if (!byId.contains(id))
                return fail(
                    failure(RpcFailure::Kind::Malformed, 0, QStringLiteral("batch answer lacks id %1").arg(id)));
            RpcReply one = decodeResponse(byId.value(id), id);
            if (!one.ok && one.failure.endpointFault())
                return fail(one.failure);
            replies << one;
        }
    } else {
        RpcReply one = decodeResponse(parsed, attempt->ids.first());
        if (!one.ok && one.failure.endpointFault())
            return fail(one.failure);
        replies << one;
    }
    for (RpcReply &r : replies) {
        r.endpoint = label;
        r.endpointIndex = index;
        r.latencyMs = latency;
        r.receivedNs = receivedNs;
        r.failure.endpoint = label;
    }
    recordSuccess(index, latency);
    attempt->deliver(replies);
}

void JsonRpcClient::recordSuccess(int index, qint64 latencyMs)
{
    EndpointHealth &h = m_endpoints[index];
    const bool changed = h.consecutiveFailures > 0 || h.coolingDownUntilMs > 0;
    h.consecutiveFailures = 0;
    h.coolingDownUntilMs = 0;
    h.latencyMs = h.latencyMs < 0 ? latencyMs : (h.latencyMs * 7 + latencyMs) / 8;
    ++h.successes;
    if (changed)
        Q_EMIT healthChanged();
}

void JsonRpcClient::recordFailure(int index, const RpcFailure &f)
{
    EndpointHealth &h = m_endpoints[index];
    ++h.consecutiveFailures;
    ++h.failures;
    h.lastError = f.describe();
    const qint64 pause = qMin(m_options.cooldownMaxMs, m_options.cooldownBaseMs << qMin(h.consecutiveFailures - 1, 16));
    h.coolingDownUntilMs = m_clock.nowMs() + pause;
    Q_EMIT healthChanged();
}

} // namespace kassa::chain::evm
