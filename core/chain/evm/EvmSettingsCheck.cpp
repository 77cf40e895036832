#include "chain/evm/EvmSettingsCheck.h"

#include "chain/evm/EvmDecode.h"
#include "chain/evm/JsonRpcSocket.h"
#include "money/UInt256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

namespace kassa::chain::evm {

namespace {

QString hostPort(const QUrl &url)
{
    const bool secure = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("wss");
    return url.host() + QLatin1Char(':') + QString::number(url.port(secure ? 443 : 80));
}

} // namespace

QFuture<ChainCheckResult> EvmSettingsCheck::run(
    const ChainSettings &settings, const net::NetworkFactory &factory, int timeoutMs)
{
    return start(new EvmSettingsCheck(settings, factory, timeoutMs), QStringLiteral("kassa-check-%1").arg(settings.id));
}

EvmSettingsCheck::EvmSettingsCheck(ChainSettings settings, const net::NetworkFactory &factory, int timeoutMs)
    : SettingsCheckJob(std::move(settings), timeoutMs), m_factory(factory)
{
}

void EvmSettingsCheck::begin()
{
    JsonRpcClient::Options options;
    options.timeoutMs = m_timeoutMs;
    m_rpc = new JsonRpcClient(m_factory, m_settings.httpEndpoints, SystemClock::instance(), options, this);
    checkHttp();
}

void EvmSettingsCheck::checkHttp()
{
    auto pending = std::make_shared<int>(m_rpc->endpointCount());
    auto firstGood = std::make_shared<int>(-1);
    if (*pending == 0)
        return checkSockets();
    for (int i = 0; i < m_rpc->endpointCount(); ++i) {
        m_rpc->callEndpoint(i, QStringLiteral("eth_chainId")).then(this, [this, i, pending, firstGood](RpcReply r) {
            const QString label = hostPort(m_settings.httpEndpoints.value(i));
            if (!r.ok) {
                addIssue(QStringLiteral("http"), QStringLiteral("%1: %2").arg(label, r.failure.describe()),
                    tr("%1 does not answer: %2").arg(label, r.failure.message));
            } else {
                const auto id = decodeQuantity(r.result, QStringLiteral("result"));
                if (std::holds_alternative<DecodeError>(id)) {
                    addIssue(QStringLiteral("http"), QStringLiteral("%1: malformed eth_chainId").arg(label),
                        tr("%1 does not answer like an Ethereum node.").arg(label));
                } else if (std::get<quint64>(id) != m_settings.chainId) {
                    addIssue(QStringLiteral("http"),
                        QStringLiteral("%1 serves chain id %2").arg(label).arg(std::get<quint64>(id)),
                        tr("%1 serves another network (chain id %2, expected %3).")
                            .arg(label)
                            .arg(std::get<quint64>(id))
                            .arg(m_settings.chainId));
                } else {
                    m_result.notes << tr("%1 serves chain id %2.").arg(label).arg(m_settings.chainId);
                    if (*firstGood < 0 || i < *firstGood)
                        *firstGood = i;
                }
            }
            if (--*pending > 0)
                return;
            if (*firstGood >= 0)
                checkTokens(*firstGood);
            else
                checkSockets();
        });
    }
}

void EvmSettingsCheck::checkTokens(int endpoint)
{
    auto pending = std::make_shared<int>(int(m_settings.tokens.size()));
    if (*pending == 0)
        return checkSockets();
    for (const TokenContract &token : m_settings.tokens) {
        const QString contract = ChainSettingsFile::canonicalContract(token.contract, ChainFamily::Evm);
        m_rpc
            ->callEndpoint(endpoint, QStringLiteral("eth_call"),
                QJsonArray {QJsonObject {{QStringLiteral("to"), contract},
                                {QStringLiteral("data"), QStringLiteral("0x313ce567")}},
                    QStringLiteral("latest")})
            .then(this, [this, token, pending](RpcReply r) {
                const QString text = r.ok ? r.result.toString() : QString();
                const auto word = decodeData(r.result, 32, QStringLiteral("result"));
                if (!r.ok && r.failure.kind != RpcFailure::Kind::RpcError) {
                    addIssue(QStringLiteral("tokens"),
                        QStringLiteral("decimals() of %1: %2").arg(token.symbol, r.failure.describe()),
                        tr("Could not read the decimals of %1: %2").arg(token.symbol, r.failure.message));
                } else if (!r.ok || text == QLatin1String("0x") || std::holds_alternative<DecodeError>(word)) {
                    addIssue(QStringLiteral("tokens"),
                        QStringLiteral("%1 at %2 has no decimals()").arg(token.symbol, token.contract),
                        tr("%1: there is no token contract at this address on this network.").arg(token.symbol));
                } else {
                    const auto value = money::UInt256::fromBigEndian(std::get<QByteArray>(word));
                    const bool same =
                        value.ok() && value->fitsUInt64() && value->lowUInt64() == quint64(token.decimals);
                    const QString actual = value.ok() ? value->toDecimal() : QStringLiteral("?");
                    if (!same) {
                        addIssue(QStringLiteral("tokens"),
                            QStringLiteral("%1 has %2 decimals, settings say %3")
                                .arg(token.symbol, actual)
                                .arg(token.decimals),
                            tr("%1 has %2 decimals on this network, not %3.")
                                .arg(token.symbol, actual)
                                .arg(token.decimals));
                    } else {
                        m_result.notes << tr("%1 has %2 decimals.").arg(token.symbol).arg(token.decimals);
                    }
                }
                if (--*pending == 0)
                    checkSockets();
            });
    }
}

void EvmSettingsCheck::checkSockets()
{
    if (m_settings.wsEndpoints.isEmpty())
        return finish();
    checkSocket(0);
}

void EvmSettingsCheck::checkSocket(int index)
{
    if (index >= m_settings.wsEndpoints.size())
        return finish();
    const QUrl url = m_settings.wsEndpoints[index];
    const QString label = hostPort(url);
    auto *socket = new JsonRpcSocket(m_factory, url, this);
    auto done = std::make_shared<bool>(false);
    auto next = [this, socket, index, done] {
        if (*done)
            return;
        *done = true;
        socket->close();
        socket->deleteLater();
        checkSocket(index + 1);
    };
    QTimer::singleShot(m_timeoutMs, socket, [this, label, next] {
        addIssue(QStringLiteral("ws"), QStringLiteral("%1: no WebSocket connection").arg(label),
            tr("%1 does not accept a WebSocket connection.").arg(label));
        next();
    });
    connect(socket, &JsonRpcSocket::connected, this, [this, socket, label, next] {
        socket->call(QStringLiteral("eth_chainId")).then(this, [this, label, next](RpcReply r) {
            const auto id = r.ok ? decodeQuantity(r.result, QStringLiteral("result"))
                                 : Decoded<quint64>(DecodeError {QStringLiteral("result"), r.failure.message});
            if (std::holds_alternative<DecodeError>(id)) {
                addIssue(QStringLiteral("ws"), QStringLiteral("%1: eth_chainId failed").arg(label),
                    tr("%1 does not answer like an Ethereum node.").arg(label));
            } else if (std::get<quint64>(id) != m_settings.chainId) {
                addIssue(QStringLiteral("ws"),
                    QStringLiteral("%1 serves chain id %2").arg(label).arg(std::get<quint64>(id)),
                    tr("%1 serves another network (chain id %2, expected %3).")
                        .arg(label)
                        .arg(std::get<quint64>(id))
                        .arg(m_settings.chainId));
            } else {
                m_result.notes << tr("%1 serves chain id %2.").arg(label).arg(m_settings.chainId);
            }
            next();
        });
    });
    socket->open();
}

} // namespace kassa::chain::evm
