#include "TronReplayNode.h"

#include "chain/tron/TronTransaction.h"
#include "crypto/TronAddress.h"
#include "money/UInt256.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

namespace kassa::test {

namespace {

constexpr char kTransferTopic[] = "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
constexpr char kApprovalTopic[] = "8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925";

QString hex20(const QString &base58)
{
    const auto parsed = crypto::TronAddress::parse(base58);
    Q_ASSERT(parsed.ok());
    return parsed->toHex41().mid(2);
}

QString word(const QString &hex40)
{
    return QString(24, QLatin1Char('0')) + hex40;
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

HttpAnswer ok(const QJsonValue &value)
{
    HttpAnswer a;
    a.body = json(value);
    return a;
}

} // namespace

TronReplayNode::TronReplayNode(quint64 firstBlock)
    : m_server([this](const HttpExchange &exchange) { return answer(exchange); }), m_first(firstBlock)
{
    Block genesis;
    genesis.number = firstBlock - 1;
    genesis.parent = makeId(firstBlock - 2);
    genesis.id = makeId(firstBlock - 1);
    // An hour ago, so that TronGrid's time filters see the blocks as past.
    genesis.timestampMs = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    m_blocks << genesis;
    m_solidified = genesis.number;
}

QByteArray TronReplayNode::makeId(quint64 number)
{
    QByteArray id(8, '\0');
    for (int i = 0; i < 8; ++i)
        id[7 - i] = char((number >> (8 * i)) & 0xff);
    const QByteArray seed = QByteArray::number(number) + '/' + QByteArray::number(m_salt);
    return id + QCryptographicHash::hash(seed, QCryptographicHash::Sha256).left(24);
}

qint64 TronReplayNode::headTimestampMs() const
{
    return m_blocks.last().timestampMs;
}

QString TronReplayNode::blockId(quint64 number) const
{
    const Block *b = block(number);
    return b ? QString::fromLatin1(b->id.toHex()) : QString();
}

const TronReplayNode::Block *TronReplayNode::block(quint64 number) const
{
    if (m_blocks.isEmpty() || number < m_blocks.first().number || number > m_blocks.last().number)
        return nullptr;
    return &m_blocks.at(qsizetype(number - m_blocks.first().number));
}

QString TronReplayNode::addTransfer(const Transfer &transfer)
{
    Info info;
    const QByteArray seed = "tx/" + QByteArray::number(++m_txCounter);
    info.txId = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
    info.transfer = transfer;
    m_queued << info;
    return info.txId;
}

void TronReplayNode::produce(int count)
{
    for (int i = 0; i < count; ++i) {
        Block b;
        b.number = head() + 1;
        b.parent = m_blocks.last().id;
        b.id = makeId(b.number);
        b.timestampMs = m_blocks.last().timestampMs + 3000;
        if (i == 0) {
            b.infos = m_queued;
            m_queued.clear();
        }
        m_blocks << b;
    }
    if (m_lag >= 0 && head() >= quint64(m_lag))
        solidify(head() - quint64(m_lag));
}

void TronReplayNode::solidify(quint64 number)
{
    m_solidified = qMax(m_solidified, qMin(number, head()));
}

void TronReplayNode::fork(quint64 number, const QStringList &dropTxIds)
{
    ++m_salt;
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        Block &b = m_blocks[i];
        if (b.number < number)
            continue;
        b.id = makeId(b.number);
        b.parent = m_blocks.at(i - 1).id;
        QList<Info> kept;
        for (const Info &info : std::as_const(b.infos)) {
            if (!dropTxIds.contains(info.txId))
                kept << info;
        }
        b.infos = kept;
    }
}

QJsonObject TronReplayNode::blockJson(const Block &b) const
{
    // The shape of java-tron's getnowblock / getblockbynum (visible=false).
    QJsonArray transactions;
    for (const Info &info : b.infos) {
        transactions.append(QJsonObject {
            {QStringLiteral("ret"), QJsonArray {QJsonObject {{QStringLiteral("contractRet"), info.transfer.receipt}}}},
            {QStringLiteral("signature"), QJsonArray {QString(130, QLatin1Char('a'))}},
            {QStringLiteral("txID"), info.txId},
            {QStringLiteral("raw_data"),
                QJsonObject {
                    {QStringLiteral("contract"),
                        QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("TriggerSmartContract")},
                            {QStringLiteral("parameter"),
                                QJsonObject {{QStringLiteral("value"),
                                                 QJsonObject {{QStringLiteral("data"),
                                                                  QString(QStringLiteral("a9059cbb")
                                                                      + word(hex20(info.transfer.to)))},
                                                     {QStringLiteral("owner_address"),
                                                         QString(QStringLiteral("41") + hex20(info.transfer.from))},
                                                     {QStringLiteral("contract_address"),
                                                         QString(QStringLiteral("41") + hex20(info.transfer.token))}}},
                                    {QStringLiteral("type_url"),
                                        QStringLiteral("type.googleapis.com/protocol.TriggerSmartContract")}}}}}},
                    {QStringLiteral("ref_block_bytes"), QStringLiteral("1a2b")},
                    {QStringLiteral("ref_block_hash"), QStringLiteral("0011223344556677")},
                    {QStringLiteral("expiration"), b.timestampMs + 60000}, {QStringLiteral("fee_limit"), 100000000},
                    {QStringLiteral("timestamp"), b.timestampMs - 1000}}},
            {QStringLiteral("raw_data_hex"), QStringLiteral("0a021a2b")}});
    }
    QJsonObject out {{QStringLiteral("blockID"), QString::fromLatin1(b.id.toHex())},
        {QStringLiteral("block_header"),
            QJsonObject {{QStringLiteral("raw_data"),
                             QJsonObject {{QStringLiteral("number"), qint64(b.number)},
                                 {QStringLiteral("txTrieRoot"), QString(64, QLatin1Char('0'))},
                                 {QStringLiteral("witness_address"),
                                     QString(QStringLiteral("41") + QString(40, QLatin1Char('7')))},
                                 {QStringLiteral("parentHash"), QString::fromLatin1(b.parent.toHex())},
                                 {QStringLiteral("version"), 31}, {QStringLiteral("timestamp"), b.timestampMs}}},
                {QStringLiteral("witness_signature"), QString(130, QLatin1Char('b'))}}}};
    if (!transactions.isEmpty())
        out.insert(QStringLiteral("transactions"), transactions);
    return out;
}

QJsonObject TronReplayNode::infoJson(const Block &b, const Info &info, bool solidified) const
{
    // The shape of java-tron's TransactionInfo for a TRC-20 transfer().
    const Transfer &t = info.transfer;
    const QString result = !solidified && !t.unsolidifiedReceipt.isEmpty() ? t.unsolidifiedReceipt : t.receipt;
    const bool success = result == QLatin1String("SUCCESS");
    QJsonObject receipt {{QStringLiteral("energy_usage_total"), 29631}, {QStringLiteral("net_usage"), 345},
        {QStringLiteral("result"), result}};
    if (success)
        receipt.insert(QStringLiteral("energy_fee"), 12444800);
    QJsonObject out {{QStringLiteral("id"), info.txId}, {QStringLiteral("fee"), 12444800},
        {QStringLiteral("blockNumber"), qint64(b.number)}, {QStringLiteral("blockTimeStamp"), b.timestampMs},
        {QStringLiteral("contractResult"),
            QJsonArray {success ? QString(QString(63, QLatin1Char('0')) + QLatin1Char('1')) : QString()}},
        {QStringLiteral("contract_address"), QString(QStringLiteral("41") + hex20(t.token))},
        {QStringLiteral("receipt"), receipt}};
    if (!success) {
        out.insert(QStringLiteral("result"), QStringLiteral("FAILED"));
        out.insert(QStringLiteral("resMessage"), QString::fromLatin1(QByteArray("REVERT opcode executed").toHex()));
    }
    // A lying full node may show logs of a failed call; a real one does not.
    QJsonArray logs;
    for (int i = 0; i < t.extraLogsBefore; ++i) {
        logs.append(QJsonObject {{QStringLiteral("address"), hex20(t.token)},
            {QStringLiteral("topics"),
                QJsonArray {QString::fromLatin1(kApprovalTopic), word(hex20(t.from)), word(hex20(t.to))}},
            {QStringLiteral("data"), QString(64, QLatin1Char('0'))}});
    }
    const auto value = money::UInt256::parseDecimal(t.value);
    Q_ASSERT(value.ok());
    const auto w = value->toWord();
    logs.append(QJsonObject {{QStringLiteral("address"), hex20(t.token)},
        {QStringLiteral("topics"),
            QJsonArray {QString::fromLatin1(kTransferTopic), word(hex20(t.from)), word(hex20(t.to))}},
        {QStringLiteral("data"),
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(w.data()), 32).toHex())}});
    out.insert(QStringLiteral("log"), logs);
    return out;
}

void TronReplayNode::setBlacklisted(const QString &address, bool listed)
{
    m_blacklist.removeAll(address);
    if (listed)
        m_blacklist << address;
}

HttpAnswer TronReplayNode::constantCall(const QJsonObject &body)
{
    // The shape of java-tron's triggerconstantcontract (visible=true).
    const QString selector = body.value(QStringLiteral("function_selector")).toString();
    const QByteArray parameter = QByteArray::fromHex(body.value(QStringLiteral("parameter")).toString().toLatin1());
    const auto who = crypto::EthAddress::fromBytes(parameter.mid(12, 20));
    const QString address = who.ok() ? crypto::TronAddress::fromEvm(*who).toBase58() : QString();
    auto answer = [](const QString &word, qint64 energy, bool failed) {
        QJsonObject tx {{QStringLiteral("txID"), QString(64, QLatin1Char('c'))},
            {QStringLiteral("ret"), QJsonArray {QJsonObject {{QStringLiteral("ret"), failed ? QStringLiteral("FAILED") : QStringLiteral("SUCESS")}}}}};
        return ok(QJsonObject {{QStringLiteral("result"), QJsonObject {{QStringLiteral("result"), true}}},
            {QStringLiteral("energy_used"), energy}, {QStringLiteral("constant_result"), QJsonArray {word}},
            {QStringLiteral("transaction"), tx}});
    };
    auto uintWord = [](const QString &decimal) {
        const auto w = money::UInt256::parseDecimal(decimal).value().toWord();
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(w.data()), 32).toHex());
    };
    if (selector == QLatin1String("balanceOf(address)")) {
        // A balance set for this token wins over the one for every token.
        const QString contract = body.value(QStringLiteral("contract_address")).toString();
        const QString perToken = m_balances.value(contract + QLatin1Char('/') + address);
        return answer(uintWord(!perToken.isEmpty() ? perToken : m_tokens.value(address, QStringLiteral("0"))), 2000, false);
    }
    if (selector == QLatin1String("isBlackListed(address)") || selector == QLatin1String("getBlackListStatus(address)"))
        return answer(uintWord(m_blacklist.contains(address) ? QStringLiteral("1") : QStringLiteral("0")), 900, false);
    if (selector == QLatin1String("transfer(address,uint256)"))
        return answer(m_transferReverts ? QString() : uintWord(QStringLiteral("1")), m_transferEnergy, m_transferReverts);
    return ok(QJsonObject {{QStringLiteral("result"),
        QJsonObject {{QStringLiteral("code"), QStringLiteral("CONTRACT_VALIDATE_ERROR")},
            {QStringLiteral("message"), QString::fromLatin1(QByteArray("No contract or not a smart contract").toHex())}}}});
}

HttpAnswer TronReplayNode::broadcastHex(const QJsonObject &body)
{
    // The shape of java-tron's BroadcastHexServlet.
    const QByteArray bytes = QByteArray::fromHex(body.value(QStringLiteral("transaction")).toString().toLatin1());
    auto refuse = [](const QString &code, const QString &txId, const QByteArray &message) {
        QJsonObject out {{QStringLiteral("result"), false}, {QStringLiteral("code"), code},
            {QStringLiteral("message"), QString::fromLatin1(message)}};
        if (!txId.isEmpty())
            out.insert(QStringLiteral("txid"), txId);
        return ok(out);
    };
    auto signed_ = chain::tron::TronTransaction::decodeSigned(bytes);
    if (!signed_.ok())
        return refuse(QStringLiteral("SIGERROR"), {}, "Validate signature error");
    const auto &id = signed_->txId;
    const QString txId = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id.data()), 32).toHex());
    ++m_broadcasts[txId];
    bool known = false;
    for (const Info &info : std::as_const(m_queued))
        known = known || info.txId == txId;
    for (const Block &b : std::as_const(m_blocks)) {
        for (const Info &info : b.infos)
            known = known || info.txId == txId;
    }
    if (known)
        return refuse(QStringLiteral("DUP_TRANSACTION_ERROR"), txId, "Dup transaction.");
    if (signed_->tx.timing().expirationMs <= headTimestampMs())
        return refuse(QStringLiteral("TRANSACTION_EXPIRATION_ERROR"), txId, "Transaction expired");
    const auto call = signed_->tx.transferCall();
    if (!call)
        return refuse(QStringLiteral("CONTRACT_VALIDATE_ERROR"), txId, "not a transfer");
    Info info;
    info.txId = txId;
    info.transfer = transfer(signed_->tx.target().toBase58(), signed_->tx.owner().toBase58(),
        crypto::TronAddress::fromEvm(call->to).toBase58(), call->amount.toDecimal(), m_broadcastReceipt);
    m_queued << info;
    ++m_accepted[txId];
    m_acceptedHex << QString::fromLatin1(bytes.toHex());
    return ok(QJsonObject {{QStringLiteral("result"), true}, {QStringLiteral("code"), QStringLiteral("SUCCESS")},
        {QStringLiteral("txid"), txId}, {QStringLiteral("message"), QString()},
        {QStringLiteral("transaction"), QStringLiteral("{\"txID\":\"%1\"}").arg(txId)}});
}

QStringList TronReplayNode::apiKeysSeen() const
{
    QStringList keys;
    for (const HttpExchange &e : m_server.requests()) {
        QString key;
        for (const auto &[name, value] : e.headers) {
            if (name == "tron-pro-api-key")
                key = QString::fromUtf8(value);
        }
        keys << key;
    }
    return keys;
}

int TronReplayNode::requestsTo(const QString &path) const
{
    int n = 0;
    for (const HttpExchange &e : m_server.requests()) {
        if (QString::fromLatin1(e.path).section(QLatin1Char('?'), 0, 0) == path)
            ++n;
    }
    return n;
}

void TronReplayNode::setBalance(const QString &token, const QString &address, const QString &value)
{
    m_balances.insert(token + QLatin1Char('/') + address, value);
}

HttpAnswer TronReplayNode::answer(const HttpExchange &exchange)
{
    if (m_fault) {
        if (auto faulty = m_fault(exchange))
            return *faulty;
    }
    return respond(exchange);
}

HttpAnswer TronReplayNode::respond(const HttpExchange &exchange)
{
    const QString target = QString::fromLatin1(exchange.path);
    const QString path = target.section(QLatin1Char('?'), 0, 0);
    const QJsonObject body = QJsonDocument::fromJson(exchange.body).object();

    if (path == QLatin1String("/wallet/getnowblock"))
        return ok(blockJson(m_blocks.last()));
    if (path == QLatin1String("/walletsolidity/getnowblock"))
        return ok(blockJson(*block(m_solidified)));
    if (path == QLatin1String("/wallet/getblockbynum")) {
        const Block *b = block(quint64(body.value(QStringLiteral("num")).toInteger(-1)));
        return ok(b ? blockJson(*b) : QJsonObject {});
    }
    if (path == QLatin1String("/wallet/gettransactioninfobyblocknum")) {
        const Block *b = block(quint64(body.value(QStringLiteral("num")).toInteger(-1)));
        if (!b || b->infos.isEmpty())
            return ok(QJsonArray {});
        QJsonArray infos;
        for (const Info &info : b->infos)
            infos.append(infoJson(*b, info, false));
        return ok(infos);
    }
    if (path == QLatin1String("/wallet/getaccount")) {
        const QString address = body.value(QStringLiteral("address")).toString();
        if (!m_trx.contains(address))
            return ok(QJsonObject {}); // never activated
        return ok(QJsonObject {{QStringLiteral("address"), address}, {QStringLiteral("balance"), m_trx.value(address)},
            {QStringLiteral("create_time"), headTimestampMs() - 86400000}});
    }
    if (path == QLatin1String("/wallet/getaccountresource"))
        return ok(m_resources);
    if (path == QLatin1String("/wallet/getchainparameters")) {
        return ok(QJsonObject {{QStringLiteral("chainParameter"),
            QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("getMaintenanceTimeInterval")},
                            {QStringLiteral("value"), 21600000}},
                QJsonObject {{QStringLiteral("key"), QStringLiteral("getTransactionFee")}, {QStringLiteral("value"), 1000}},
                QJsonObject {{QStringLiteral("key"), QStringLiteral("getEnergyFee")}, {QStringLiteral("value"), 210}},
                QJsonObject {{QStringLiteral("key"), QStringLiteral("getAllowTvmLondon")}}}}});
    }
    if (path == QLatin1String("/wallet/broadcasthex"))
        return broadcastHex(body);
    if (path == QLatin1String("/wallet/triggerconstantcontract")
        && body.value(QStringLiteral("function_selector")).toString() != QLatin1String("decimals()"))
        return constantCall(body);
    if (path == QLatin1String("/wallet/triggerconstantcontract")) {
        if (body.value(QStringLiteral("function_selector")).toString() != QLatin1String("decimals()"))
            return ok(QJsonObject {{QStringLiteral("result"),
                QJsonObject {{QStringLiteral("code"), QStringLiteral("CONTRACT_VALIDATE_ERROR")}}}});
        return ok(QJsonObject {{QStringLiteral("result"), QJsonObject {{QStringLiteral("result"), true}}},
            {QStringLiteral("energy_used"), 269},
            {QStringLiteral("constant_result"),
                QJsonArray {QStringLiteral("%1").arg(m_decimals, 64, 16, QLatin1Char('0'))}}});
    }
    if (path == QLatin1String("/walletsolidity/gettransactioninfobyid")) {
        const QString id = body.value(QStringLiteral("value")).toString();
        for (const Block &b : std::as_const(m_blocks)) {
            if (b.number > m_solidified)
                break;
            for (const Info &info : b.infos) {
                if (info.txId == id)
                    return ok(infoJson(b, info, true));
            }
        }
        return ok(QJsonObject {});
    }
    if (path.startsWith(QLatin1String("/v1/accounts/")) && path.endsWith(QLatin1String("/transactions/trc20"))) {
        const QString address = path.section(QLatin1Char('/'), 3, 3);
        const QUrlQuery query(target.section(QLatin1Char('?'), 1));
        const QString contract = query.queryItemValue(QStringLiteral("contract_address"));
        const qint64 minTs = query.queryItemValue(QStringLiteral("min_timestamp")).toLongLong();
        const int limit = qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), 200);
        const int offset =
            QByteArray::fromBase64(query.queryItemValue(QStringLiteral("fingerprint")).toLatin1()).mid(7).toInt();
        QJsonArray rows;
        for (const Block &b : std::as_const(m_blocks)) {
            if (b.number > m_solidified || b.timestampMs < minTs)
                continue;
            for (const Info &info : b.infos) {
                const Transfer &t = info.transfer;
                if (t.receipt != QLatin1String("SUCCESS") || (t.to != address && t.from != address)
                    || (!contract.isEmpty() && t.token != contract))
                    continue;
                rows.append(QJsonObject {{QStringLiteral("transaction_id"), info.txId},
                    {QStringLiteral("token_info"),
                        QJsonObject {{QStringLiteral("symbol"), QStringLiteral("USDT")},
                            {QStringLiteral("address"), t.token}, {QStringLiteral("decimals"), 6},
                            {QStringLiteral("name"), QStringLiteral("Tether USD")}}},
                    {QStringLiteral("block_timestamp"), b.timestampMs}, {QStringLiteral("from"), t.from},
                    {QStringLiteral("to"), t.to}, {QStringLiteral("type"), QStringLiteral("Transfer")},
                    {QStringLiteral("value"), t.value}});
            }
        }
        QJsonArray page;
        for (qsizetype i = offset; i < rows.size() && page.size() < limit; ++i)
            page.append(rows.at(i));
        QJsonObject meta {{QStringLiteral("at"), headTimestampMs()}, {QStringLiteral("page_size"), page.size()}};
        if (offset + page.size() < rows.size()) {
            const QString fingerprint =
                QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset + page.size())).toBase64());
            meta.insert(QStringLiteral("fingerprint"), fingerprint);
            meta.insert(QStringLiteral("links"), QJsonObject {{QStringLiteral("next"), QStringLiteral("…")}});
        }
        return ok(QJsonObject {
            {QStringLiteral("data"), page}, {QStringLiteral("success"), true}, {QStringLiteral("meta"), meta}});
    }
    HttpAnswer missing;
    missing.status = 404;
    missing.body = "{\"Error\":\"no such endpoint\"}";
    return missing;
}

} // namespace kassa::test
