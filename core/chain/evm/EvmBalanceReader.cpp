#include "chain/evm/EvmBalanceReader.h"

#include "chain/evm/Erc20Abi.h"
#include "chain/evm/EvmDecode.h"
#include "chain/evm/JsonRpcClient.h"
#include "crypto/EthAddress.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kassa::chain::evm {

QFuture<QList<BalanceReading>> EvmBalanceReader::run(
    const ChainSettings &settings, const net::NetworkFactory &factory, const QStringList &addresses, int timeoutMs)
{
    return start(new EvmBalanceReader(settings, factory, addresses, timeoutMs),
        QStringLiteral("kassa-balances-%1").arg(settings.id));
}

EvmBalanceReader::EvmBalanceReader(
    ChainSettings settings, const net::NetworkFactory &factory, QStringList addresses, int timeoutMs)
    : BalanceJob(std::move(settings), std::move(addresses), timeoutMs), m_factory(factory)
{
}

void EvmBalanceReader::begin()
{
    prepare([](const QString &address) { return crypto::EthAddress::parse(address).ok(); });
    if (m_toRead.isEmpty())
        return answer(m_readings);
    JsonRpcClient::Options options;
    options.timeoutMs = m_timeoutMs;
    m_rpc = new JsonRpcClient(m_factory, m_settings.httpEndpoints, SystemClock::instance(), options, this);
    sendBatch(0);
}

void EvmBalanceReader::sendBatch(qsizetype from)
{
    if (from >= m_toRead.size())
        return answer(m_readings);
    const qsizetype count = std::min<qsizetype>(BatchSize, m_toRead.size() - from);
    QList<RpcRequest> requests;
    for (qsizetype i = from; i < from + count; ++i) {
        const BalanceReading &r = m_readings[m_toRead[i]];
        const QByteArray data = Erc20Abi::balanceOf(crypto::EthAddress::parse(r.address).value());
        const QString contract = ChainSettingsFile::canonicalContract(r.token.contract, ChainFamily::Evm);
        requests << RpcRequest {QStringLiteral("eth_call"),
            QJsonArray {QJsonObject {{QStringLiteral("to"), contract},
                            {QStringLiteral("data"), QString::fromLatin1("0x" + data.toHex())}},
                QStringLiteral("latest")}};
    }
    m_rpc->batch(requests).then(this, [this, from, count](const QList<RpcReply> &replies) {
        for (qsizetype i = 0; i < count; ++i) {
            BalanceReading &r = m_readings[m_toRead[from + i]];
            if (i >= replies.size()) {
                r.error = QStringLiteral("no answer in the batch");
                r.userError = tr("The node did not answer.");
                continue;
            }
            const RpcReply &reply = replies[i];
            if (!reply.ok) {
                r.error = reply.failure.describe();
                r.userError = tr("The node did not answer: %1").arg(reply.failure.message);
                continue;
            }
            const auto word = decodeData(reply.result, 32, QStringLiteral("result"));
            std::optional<money::UInt256> value;
            if (std::holds_alternative<QByteArray>(word)) {
                if (auto parsed = money::UInt256::fromBigEndian(std::get<QByteArray>(word)); parsed.ok())
                    value = parsed.value();
            }
            if (!value) {
                r.error = QStringLiteral("balanceOf of %1 answered %2")
                              .arg(r.token.symbol, reply.result.toString().left(80));
                r.userError = tr("%1: the token contract gave no balance.").arg(r.token.symbol);
                continue;
            }
            r.value = *value;
        }
        sendBatch(from + count);
    });
}

} // namespace kassa::chain::evm
