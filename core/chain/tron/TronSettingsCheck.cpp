#include "chain/tron/TronSettingsCheck.h"

#include "money/UInt256.h"

#include <QThread>
#include <QTimer>

namespace kassa::chain::tron {

namespace {

// The genesis block ids of the public networks (their last four bytes are
// the JSON-RPC chain ids of reference/chains.md: 0x2b6653dc, 0xcd8690dc).
QString networkName(const QString &genesis)
{
    if (genesis.endsWith(QLatin1String("2b6653dc")))
        return QStringLiteral("Tron mainnet");
    if (genesis.endsWith(QLatin1String("cd8690dc")))
        return QStringLiteral("Nile testnet");
    return QStringLiteral("a Tron network with genesis %1").arg(genesis.right(8));
}

} // namespace

QFuture<ChainCheckResult> TronSettingsCheck::run(
    const ChainSettings &settings, const net::NetworkFactory &factory, int timeoutMs)
{
    return start(new TronSettingsCheck(settings, factory, timeoutMs), QStringLiteral("kassa-check-%1").arg(settings.id));
}

TronSettingsCheck::TronSettingsCheck(ChainSettings settings, const net::NetworkFactory &factory, int timeoutMs)
    : SettingsCheckJob(std::move(settings), timeoutMs), m_factory(factory)
{
}

void TronSettingsCheck::begin()
{
    TronClient::Options options;
    options.timeoutMs = m_timeoutMs;
    const QString keyHost = m_settings.tronGridUrl.host();
    for (const QUrl &url : std::as_const(m_settings.httpEndpoints)) {
        m_clients << new TronClient(
            m_factory, {url}, m_settings.apiKey, keyHost, SystemClock::instance(), options, this);
    }
    checkEndpoint(0);
}

void TronSettingsCheck::checkEndpoint(int index)
{
    if (index >= m_clients.size())
        return checkTokens();
    const QString label = TronClient::labelOf(m_settings.httpEndpoints.at(index));
    m_clients.at(index)->nowBlock().then(this, [this, index, label](Fetched<TronBlock> head) {
        if (!head.ok()) {
            addIssue(QStringLiteral("http"), QStringLiteral("%1: %2").arg(label, head.failure.describe()),
                tr("%1 does not answer as a Tron node: %2").arg(label, head.failure.message));
            return checkEndpoint(index + 1);
        }
        const quint64 number = head.value->number;
        m_clients.at(index)->genesisBlock().then(
            this, [this, index, label, number](Fetched<std::optional<TronBlock>> genesis) {
                if (m_firstGood < 0)
                    m_firstGood = index;
                if (genesis.ok() && genesis.value->has_value()) {
                    const QString id = hex((**genesis.value).id);
                    if (m_genesis.isEmpty()) {
                        m_genesis = id;
                    } else if (id != m_genesis) {
                        addIssue(QStringLiteral("http"),
                            QStringLiteral("%1 serves %2, the first endpoint %3")
                                .arg(label, networkName(id), networkName(m_genesis)),
                            tr("%1 serves another Tron network than the first address.").arg(label));
                        return checkEndpoint(index + 1);
                    }
                    //: %1 is host:port, %2 the network ("Tron mainnet"), %3 a block number.
                    m_result.notes << tr("%1 serves %2 at block %3.").arg(label, networkName(id)).arg(number);
                } else {
                    //: %1 is host:port, %2 a block number.
                    m_result.notes << tr("%1 answers at block %2.").arg(label).arg(number);
                }
                checkEndpoint(index + 1);
            });
    });
}

void TronSettingsCheck::checkTokens()
{
    if (m_firstGood < 0 || m_settings.tokens.isEmpty())
        return checkGrid();
    auto pending = std::make_shared<int>(int(m_settings.tokens.size()));
    for (const TokenContract &token : std::as_const(m_settings.tokens)) {
        m_clients.at(m_firstGood)
            ->constantCall(token.contract, QStringLiteral("decimals()"))
            .then(this, [this, token, pending](Fetched<QByteArray> answer) {
                int decimals = -1;
                if (answer.ok() && answer.value->size() == 32) {
                    const auto v = money::UInt256::fromBigEndian(*answer.value);
                    if (v.ok() && v->fitsUInt64() && v->lowUInt64() <= 77)
                        decimals = int(v->lowUInt64());
                }
                if (decimals < 0) {
                    addIssue(QStringLiteral("tokens"),
                        QStringLiteral("%1: decimals() failed: %2")
                            .arg(token.contract,
                                answer.ok() ? QStringLiteral("not a small number") : answer.failure.describe()),
                        tr("The contract %1 does not answer decimals(); is it a TRC-20 token on this network?")
                            .arg(token.contract));
                } else if (decimals != token.decimals) {
                    addIssue(QStringLiteral("tokens"),
                        QStringLiteral("%1 has %2 decimals, configured %3")
                            .arg(token.contract)
                            .arg(decimals)
                            .arg(token.decimals),
                        tr("The contract %1 has %2 decimals, not %3.")
                            .arg(token.contract)
                            .arg(decimals)
                            .arg(token.decimals));
                } else {
                    //: %1 is a token symbol (USDT), %2 a number of decimals.
                    m_result.notes << tr("%1 has %2 decimals.").arg(token.symbol).arg(token.decimals);
                }
                if (--*pending == 0)
                    checkGrid();
            });
    }
}

void TronSettingsCheck::checkGrid()
{
    if (m_settings.tronGridUrl.isEmpty() || m_settings.tokens.isEmpty())
        return finish();
    TronClient::Options options;
    options.timeoutMs = m_timeoutMs;
    auto *grid = new TronClient(m_factory, {m_settings.tronGridUrl}, m_settings.apiKey, m_settings.tronGridUrl.host(),
        SystemClock::instance(), options, this);
    const QString label = TronClient::labelOf(m_settings.tronGridUrl);
    Trc20HistoryQuery query;
    query.address = m_settings.tokens.first().contract;
    query.contract = m_settings.tokens.first().contract;
    query.limit = 1;
    query.minTimestampMs = 0;
    grid->trc20History(query).then(this, [this, label](Fetched<TronGridPage> page) {
        if (page.ok()) {
            //: %1 is host:port of TronGrid.
            m_result.notes << tr("TronGrid at %1 answers.").arg(label);
        } else if (page.failure.code == 401 || page.failure.code == 403) {
            addIssue(QStringLiteral("api_key"), QStringLiteral("%1: %2").arg(label, page.failure.describe()),
                tr("TronGrid refuses the API key (HTTP %1).").arg(page.failure.code));
        } else {
            addIssue(QStringLiteral("trongrid_url"), QStringLiteral("%1: %2").arg(label, page.failure.describe()),
                tr("TronGrid at %1 does not answer: %2").arg(label, page.failure.message));
        }
        finish();
    });
}

} // namespace kassa::chain::tron
