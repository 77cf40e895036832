#include "chain/tron/TronClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

namespace kassa::chain::tron {

Q_LOGGING_CATEGORY(lcTronRpc, "kassa.chain.tron.rpc", QtInfoMsg)

namespace {

TronFailure failure(TronFailure::Kind kind, int code, const QString &message)
{
    TronFailure f;
    f.kind = kind;
    f.code = code;
    f.message = message;
    return f;
}

QString hashArgument(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

} // namespace

QString TronFailure::describe() const
{
    static const char *const names[] = {
        "network", "timeout", "http", "malformed", "overloaded", "node-error", "no-endpoint"};
    return QStringLiteral("%1 %2 (%3)%4")
        .arg(QLatin1String(names[int(kind)]), message)
        .arg(code)
        .arg(endpoint.isEmpty() ? QString() : QStringLiteral(" at ") + endpoint);
}

struct TronClient::Attempt {
    Request request;
    Check check;
    QSet<int> tried;
    TronFailure lastFailure = failure(TronFailure::Kind::NoEndpoint, 0, QStringLiteral("no endpoint configured"));
    QString lastEndpoint;
    std::shared_ptr<QPromise<Fetched<QJsonValue>>> promise;
};

TronClient::TronClient(const net::NetworkFactory &factory, QList<QUrl> endpoints, QString apiKey, QString keyHost,
    const Clock &clock, Options options, QObject *parent)
    : QObject(parent), m_factory(factory), m_apiKey(std::move(apiKey)), m_clock(clock), m_options(options)
{
    m_network = m_factory.createAccessManager(this);
    for (const QUrl &url : endpoints) {
        TronEndpointHealth h;
        h.url = url;
        const QString host = url.host().toLower();
        h.sendsApiKey = !m_apiKey.isEmpty()
            && ((!keyHost.isEmpty() && host == keyHost.toLower()) || host == QLatin1String("trongrid.io")
                || host.endsWith(QLatin1String(".trongrid.io")));
        m_endpoints << h;
    }
}

TronClient::~TronClient() = default;

QString TronClient::labelOf(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

template<typename T>
QFuture<Fetched<T>> TronClient::fetch(Request request, std::function<Decoded<T>(const QJsonValue &)> decode)
{
    // The check decodes; the value of the attempt that passed is kept here.
    auto decoded = std::make_shared<std::optional<T>>();
    Check check = [decode = std::move(decode), decoded](const QJsonValue &body) -> QString {
        auto result = decode(body);
        if (const auto *e = std::get_if<DecodeError>(&result))
            return e->describe();
        *decoded = std::move(std::get<T>(result));
        return {};
    };
    return send(std::move(request), std::move(check)).then([decoded](const Fetched<QJsonValue> &raw) {
        Fetched<T> out;
        out.failure = raw.failure;
        out.endpoint = raw.endpoint;
        out.latencyMs = raw.latencyMs;
        if (raw.ok())
            out.value = std::move(*decoded);
        return out;
    });
}

QFuture<Fetched<TronBlock>> TronClient::nowBlock()
{
    return fetch<TronBlock>({true, QStringLiteral("/wallet/getnowblock"), {}, {}, QStringLiteral("getnowblock")},
        [](const QJsonValue &v) -> Decoded<TronBlock> {
            auto block = decodeBlock(v);
            if (const auto *e = std::get_if<DecodeError>(&block))
                return *e;
            if (!std::get<std::optional<TronBlock>>(block))
                return DecodeError {QStringLiteral("block"), QStringLiteral("empty head block")};
            return *std::get<std::optional<TronBlock>>(block);
        });
}

QFuture<Fetched<TronBlock>> TronClient::solidifiedNowBlock()
{
    return fetch<TronBlock>(
        {true, QStringLiteral("/walletsolidity/getnowblock"), {}, {}, QStringLiteral("walletsolidity/getnowblock")},
        [](const QJsonValue &v) -> Decoded<TronBlock> {
            auto block = decodeBlock(v);
            if (const auto *e = std::get_if<DecodeError>(&block))
                return *e;
            if (!std::get<std::optional<TronBlock>>(block))
                return DecodeError {QStringLiteral("block"), QStringLiteral("empty solidified block")};
            return *std::get<std::optional<TronBlock>>(block);
        });
}

QFuture<Fetched<std::optional<TronBlock>>> TronClient::blockByNumber(quint64 number)
{
    return fetch<std::optional<TronBlock>>(
        {true, QStringLiteral("/wallet/getblockbynum"), QJsonObject {{QStringLiteral("num"), qint64(number)}}, {},
            QStringLiteral("getblockbynum %1").arg(number)},
        [number](const QJsonValue &v) { return decodeBlock(v, QStringLiteral("block"), number); });
}

QFuture<Fetched<QList<TronTxInfo>>> TronClient::txInfosByBlockNumber(quint64 number)
{
    return fetch<QList<TronTxInfo>>({true, QStringLiteral("/wallet/gettransactioninfobyblocknum"),
                                        QJsonObject {{QStringLiteral("num"), qint64(number)}}, {},
                                        QStringLiteral("gettransactioninfobyblocknum %1").arg(number)},
        [number](const QJsonValue &v) { return decodeBlockTxInfos(v, number); });
}

QFuture<Fetched<std::optional<TronTxInfo>>> TronClient::solidifiedTxInfo(const QByteArray &txId)
{
    return fetch<std::optional<TronTxInfo>>(
        {true, QStringLiteral("/walletsolidity/gettransactioninfobyid"),
            QJsonObject {{QStringLiteral("value"), hashArgument(txId)}}, {},
            QStringLiteral("walletsolidity/gettransactioninfobyid %1").arg(hashArgument(txId))},
        [txId](const QJsonValue &v) { return decodeTxInfo(v, QStringLiteral("info"), txId); });
}

QFuture<Fetched<QByteArray>> TronClient::constantCall(
    const QString &contract, const QString &functionSelector, const QByteArray &parameter)
{
    // Any owner will do for a view call; the zero account needs no balance.
    const QJsonObject body {{QStringLiteral("owner_address"), QStringLiteral("T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb")},
        {QStringLiteral("contract_address"), contract}, {QStringLiteral("function_selector"), functionSelector},
        {QStringLiteral("parameter"), QString::fromLatin1(parameter.toHex())}, {QStringLiteral("visible"), true}};
    return fetch<QByteArray>({true, QStringLiteral("/wallet/triggerconstantcontract"), body, {},
                                 QStringLiteral("triggerconstantcontract %1 %2").arg(contract, functionSelector)},
        [](const QJsonValue &v) { return decodeConstantResult(v); });
}

QFuture<Fetched<qint64>> TronClient::accountBalance(const QString &address)
{
    const QJsonObject body {{QStringLiteral("address"), address}, {QStringLiteral("visible"), true}};
    return fetch<qint64>({true, QStringLiteral("/wallet/getaccount"), body, {}, QStringLiteral("getaccount %1").arg(address)},
        [](const QJsonValue &v) { return decodeAccountBalance(v); });
}

QFuture<Fetched<TronAccountResources>> TronClient::accountResources(const QString &address)
{
    const QJsonObject body {{QStringLiteral("address"), address}, {QStringLiteral("visible"), true}};
    return fetch<TronAccountResources>({true, QStringLiteral("/wallet/getaccountresource"), body, {},
                                           QStringLiteral("getaccountresource %1").arg(address)},
        [](const QJsonValue &v) { return decodeAccountResources(v); });
}

QFuture<Fetched<TronChainPrices>> TronClient::chainPrices()
{
    return fetch<TronChainPrices>(
        {true, QStringLiteral("/wallet/getchainparameters"), {}, {}, QStringLiteral("getchainparameters")},
        [](const QJsonValue &v) { return decodeChainPrices(v); });
}

QFuture<Fetched<TronCallResult>> TronClient::simulate(
    const QString &owner, const QString &contract, const QString &functionSelector, const QByteArray &parameter)
{
    const QJsonObject body {{QStringLiteral("owner_address"), owner}, {QStringLiteral("contract_address"), contract},
        {QStringLiteral("function_selector"), functionSelector},
        {QStringLiteral("parameter"), QString::fromLatin1(parameter.toHex())}, {QStringLiteral("visible"), true}};
    return fetch<TronCallResult>({true, QStringLiteral("/wallet/triggerconstantcontract"), body, {},
                                     QStringLiteral("triggerconstantcontract %1 %2").arg(contract, functionSelector)},
        [](const QJsonValue &v) { return decodeCallResult(v); });
}

QFuture<Fetched<TronBroadcastResult>> TronClient::broadcastHex(const QByteArray &transactionBytes)
{
    const QJsonObject body {{QStringLiteral("transaction"), QString::fromLatin1(transactionBytes.toHex())}};
    return fetch<TronBroadcastResult>({true, QStringLiteral("/wallet/broadcasthex"), body, {}, QStringLiteral("broadcasthex")},
        [](const QJsonValue &v) { return decodeBroadcastResult(v); });
}

QFuture<Fetched<TronGridPage>> TronClient::trc20History(const Trc20HistoryQuery &q)
{
    // TronGrid wants every parameter unchanged when the fingerprint is passed.
    QUrlQuery query;
    if (q.onlyConfirmed)
        query.addQueryItem(QStringLiteral("only_confirmed"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    query.addQueryItem(QStringLiteral("contract_address"), q.contract);
    query.addQueryItem(QStringLiteral("order_by"), QStringLiteral("block_timestamp,asc"));
    query.addQueryItem(QStringLiteral("min_timestamp"), QString::number(q.minTimestampMs));
    if (!q.fingerprint.isEmpty())
        query.addQueryItem(QStringLiteral("fingerprint"), q.fingerprint);
    return fetch<TronGridPage>({false, QStringLiteral("/v1/accounts/%1/transactions/trc20").arg(q.address), {}, query,
                                   QStringLiteral("trc20 history of %1").arg(q.address)},
        [](const QJsonValue &v) { return decodeTronGridPage(v); });
}

QFuture<Fetched<QJsonValue>> TronClient::send(Request request, Check check)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->request = std::move(request);
    attempt->check = std::move(check);
    attempt->promise = std::make_shared<QPromise<Fetched<QJsonValue>>>();
    attempt->promise->start();
    auto future = attempt->promise->future();
    dispatch(attempt);
    return future;
}

void TronClient::dispatch(std::shared_ptr<Attempt> attempt)
{
    const int index = pickEndpoint(attempt->tried);
    if (index < 0) {
        Fetched<QJsonValue> out;
        out.failure = attempt->lastFailure;
        out.endpoint = attempt->lastEndpoint;
        if (attempt->tried.isEmpty() && !m_endpoints.isEmpty()) {
            // Nothing was sent: every endpoint is still cooling down.
            qint64 soonest = m_endpoints.first().coolingDownUntilMs;
            for (const TronEndpointHealth &h : std::as_const(m_endpoints))
                soonest = qMin(soonest, h.coolingDownUntilMs);
            out.failure = failure(TronFailure::Kind::NoEndpoint, 0,
                QStringLiteral("every endpoint is cooling down for another %1 ms").arg(soonest - m_clock.nowMs()));
        }
        attempt->promise->addResult(out);
        attempt->promise->finish();
        return;
    }
    attempt->tried.insert(index);
    const TronEndpointHealth &endpoint = m_endpoints.at(index);
    QUrl url = endpoint.url;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + attempt->request.path);
    if (!attempt->request.post)
        url.setQuery(attempt->request.query);
    QNetworkRequest request = m_factory.request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (endpoint.sendsApiKey)
        request.setRawHeader("TRON-PRO-API-KEY", m_apiKey.toUtf8());
    QNetworkReply *reply = nullptr;
    if (attempt->request.post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network->post(request, QJsonDocument(attempt->request.body).toJson(QJsonDocument::Compact));
    } else {
        reply = m_network->get(request);
    }
    ++m_requestsSent;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const qint64 limit = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::readyRead, reply, [reply, limit] {
        if (reply->bytesAvailable() > limit) {
            reply->setProperty("kassaTooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
        [this, attempt, reply, index, timer] { finish(attempt, reply, index, timer->elapsed()); });
}

void TronClient::finish(std::shared_ptr<Attempt> attempt, QNetworkReply *reply, int index, qint64 latencyMs)
{
    reply->deleteLater();
    const QString label = labelOf(m_endpoints.at(index).url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    auto fail = [&](TronFailure f, qint64 retryAfterMs = 0) {
        f.endpoint = label;
        f.message = attempt->request.what + QStringLiteral(": ") + f.message;
        recordFailure(index, f, retryAfterMs);
        attempt->lastFailure = f;
        attempt->lastEndpoint = label;
        qCWarning(lcTronRpc).noquote() << "endpoint fault:" << f.describe();
        dispatch(attempt);
    };

    if (reply->property("kassaTooLarge").toBool())
        return fail(failure(TronFailure::Kind::Malformed, 0,
            QStringLiteral("response larger than %1 bytes").arg(m_options.maxResponseBytes)));
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        return fail(
            failure(TronFailure::Kind::Timeout, 0, QStringLiteral("no answer within %1 ms").arg(m_options.timeoutMs)));
    if (status == 429 || status == 403 || status == 503) {
        bool ok = false;
        const qint64 retryAfter = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
        const qint64 pause = ok && retryAfter > 0 ? qMin<qint64>(retryAfter, 3600) * 1000 : 0;
        return fail(failure(TronFailure::Kind::Overloaded, status, QStringLiteral("HTTP %1").arg(status)), pause);
    }
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return fail(failure(TronFailure::Kind::Network, int(reply->error()), reply->errorString()));
    if (status != 200)
        return fail(failure(TronFailure::Kind::HttpStatus, status, QStringLiteral("HTTP %1").arg(status)));

    QJsonValue parsed;
    QString problem;
    if (!parseBody(reply->readAll(), &parsed, &problem, m_options.maxJsonDepth))
        return fail(failure(TronFailure::Kind::Malformed, 0, problem));
    if (parsed.isObject() && parsed.toObject().contains(QStringLiteral("Error"))) {
        // java-tron's answer to a request it refuses. Another node would say
        // the same, but a lying one could too: count it and try the next.
        const QString text = parsed.toObject().value(QStringLiteral("Error")).toString().left(200);
        return fail(failure(TronFailure::Kind::NodeError, 0, QStringLiteral("node error: ") + text));
    }
    problem = attempt->check(parsed);
    if (!problem.isEmpty())
        return fail(failure(TronFailure::Kind::Malformed, 0, problem));

    recordSuccess(index);
    Fetched<QJsonValue> out;
    out.value = parsed;
    out.endpoint = label;
    out.latencyMs = latencyMs;
    attempt->promise->addResult(out);
    attempt->promise->finish();
}

int TronClient::pickEndpoint(const QSet<int> &tried) const
{
    const qint64 now = m_clock.nowMs();
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (!tried.contains(i) && m_endpoints.at(i).coolingDownUntilMs <= now)
            return i;
    }
    return -1;
}

void TronClient::reportBadAnswer(const QString &endpoint, const QString &problem)
{
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (labelOf(m_endpoints.at(i).url) == endpoint) {
            TronFailure f = failure(TronFailure::Kind::Malformed, 0, problem);
            f.endpoint = endpoint;
            qCWarning(lcTronRpc).noquote() << "bad answer:" << f.describe();
            recordFailure(i, f);
            return;
        }
    }
}

void TronClient::recordFailure(int index, const TronFailure &f, qint64 retryAfterMs)
{
    TronEndpointHealth &h = m_endpoints[index];
    ++h.consecutiveFailures;
    ++h.failures;
    h.lastError = f.describe();
    qint64 pause = qMin(m_options.cooldownMaxMs, m_options.cooldownBaseMs << qMin(h.consecutiveFailures - 1, 16));
    if (f.kind == TronFailure::Kind::Overloaded)
        pause = qMax(pause, qMax(m_options.rateLimitedMinMs, retryAfterMs));
    h.coolingDownUntilMs = m_clock.nowMs() + pause;
    Q_EMIT healthChanged();
}

void TronClient::recordSuccess(int index)
{
    TronEndpointHealth &h = m_endpoints[index];
    ++h.successes;
    const bool changed = h.consecutiveFailures != 0;
    h.consecutiveFailures = 0;
    h.coolingDownUntilMs = 0;
    if (changed)
        Q_EMIT healthChanged();
}

} // namespace kassa::chain::tron
