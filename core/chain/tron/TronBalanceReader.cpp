#include "chain/tron/TronBalanceReader.h"

#include "chain/tron/TronClient.h"
#include "crypto/TronAddress.h"

namespace kassa::chain::tron {

namespace {

//! balanceOf(address)'s argument: the 20-byte account (without Tron's 0x41)
//! left-padded to a 32-byte word.
QByteArray addressWord(const crypto::TronAddress &address)
{
    const auto bytes = address.bytes21();
    QByteArray word(12, '\0');
    word.append(reinterpret_cast<const char *>(bytes.data()) + 1, 20);
    return word;
}

} // namespace

QFuture<QList<BalanceReading>> TronBalanceReader::run(
    const ChainSettings &settings, const net::NetworkFactory &factory, const QStringList &addresses, int timeoutMs)
{
    return start(new TronBalanceReader(settings, factory, addresses, timeoutMs),
        QStringLiteral("kassa-balances-%1").arg(settings.id));
}

TronBalanceReader::TronBalanceReader(
    ChainSettings settings, const net::NetworkFactory &factory, QStringList addresses, int timeoutMs)
    : BalanceJob(std::move(settings), std::move(addresses), timeoutMs), m_factory(factory)
{
}

void TronBalanceReader::begin()
{
    prepare([](const QString &address) { return crypto::TronAddress::parse(address).ok(); });
    if (m_toRead.isEmpty())
        return answer(m_readings);
    TronClient::Options options;
    options.timeoutMs = m_timeoutMs;
    m_client = new TronClient(m_factory, m_settings.httpEndpoints, m_settings.apiKey, m_settings.tronGridUrl.host(),
        SystemClock::instance(), options, this);
    readNext(0);
}

void TronBalanceReader::readNext(qsizetype next)
{
    if (next >= m_toRead.size())
        return answer(m_readings);
    const BalanceReading &asked = m_readings[m_toRead[next]];
    const QByteArray parameter = addressWord(crypto::TronAddress::parse(asked.address).value());
    m_client->constantCall(asked.token.contract, QStringLiteral("balanceOf(address)"), parameter)
        .then(this, [this, next](const Fetched<QByteArray> &fetched) {
            BalanceReading &r = m_readings[m_toRead[next]];
            if (!fetched.ok()) {
                r.error = fetched.failure.describe();
                r.userError = tr("The node did not answer: %1").arg(fetched.failure.message);
            } else {
                std::optional<money::UInt256> value;
                if (fetched.value->size() == 32) {
                    if (auto parsed = money::UInt256::fromBigEndian(*fetched.value); parsed.ok())
                        value = parsed.value();
                }
                if (value) {
                    r.value = *value;
                } else {
                    r.error = QStringLiteral("balanceOf of %1 answered %2 bytes")
                                  .arg(r.token.symbol)
                                  .arg(fetched.value->size());
                    r.userError = tr("%1: the token contract gave no balance.").arg(r.token.symbol);
                }
            }
            readNext(next + 1);
        });
}

} // namespace kassa::chain::tron
