#include "payouts/EvmPayoutSender.h"

#include "audit/AuditActions.h"
#include "base/Log.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/evm/EvmTransaction.h"
#include "chain/evm/JsonRpcClient.h"
#include "crypto/Hex.h"
#include "payouts/PayoutSigner.h"
#include "payouts/PayoutWebhook.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace kassa::payouts {

using chain::evm::Erc20Abi;
using chain::evm::EvmTransaction;
using chain::evm::RpcReply;
using chain::evm::RpcRequest;
using money::UInt256;

struct EvmPayoutSender::Job {
    PayoutRequest request;
    crypto::EthAddress to;
    crypto::EthAddress token;
    ChainFacts facts;
    QString failure; //!< set when the payout fails before the gate (would revert)
    std::uint64_t gasLimit = 0;
    UInt256 maxFee;
    UInt256 tip;
    StoredPayoutTx tx;
};

namespace {

QByteArray orEmpty(const Result<QByteArray> &r)
{
    return r.ok() ? r.value() : QByteArray();
}

crypto::EthAddress orZero(const Result<crypto::EthAddress> &r)
{
    return r.ok() ? r.value() : crypto::EthAddress();
}

Error rpcError(const char *what, const RpcReply &reply)
{
    return makeError(ErrorCode::Network, QStringLiteral("payout sender: %1: %2").arg(QLatin1String(what), reply.failure.describe()),
        QCoreApplication::translate("kassa::payouts::EvmPayoutSender", "The node did not answer as expected."));
}

QJsonObject callObject(const crypto::EthAddress &to, const QByteArray &data)
{
    return QJsonObject{{QStringLiteral("to"), to.toLowerHex()}, {QStringLiteral("data"), crypto::Hex::encode0x(data)}};
}

Result<bool> blacklisted(const RpcReply &a, const RpcReply &b)
{
    // Either getter saying yes is enough; a token without either getter
    // (the call reverts) has no blacklist. A network fault is not an answer.
    bool any = false;
    for (const RpcReply *r : {&a, &b}) {
        if (!r->ok) {
            if (r->failure.kind != chain::evm::RpcFailure::Kind::RpcError)
                return rpcError("blacklist", *r);
            continue;
        }
        auto v = Erc20Abi::decodeBool(orEmpty(crypto::Hex::decode(r->result.toString(), {})));
        if (v.ok() && *v)
            any = true;
    }
    return any;
}

Result<UInt256> quantity(const RpcReply &r, const char *what)
{
    if (!r.ok)
        return rpcError(what, r);
    return UInt256::parseQuantity(r.result.toString());
}

bool alreadyKnown(const RpcReply &r)
{
    const QString m = r.failure.message.toLower();
    return m.contains(QLatin1String("already known")) || m.contains(QLatin1String("known transaction"))
        || m.contains(QLatin1String("already imported")) || m.contains(QLatin1String("nonce too low"));
}

} // namespace

EvmPayoutSender::EvmPayoutSender(std::shared_ptr<store::Database> database, chain::evm::JsonRpcClient *rpc, PayoutSigner *signer,
    const Clock &clock, Options options, QObject *parent)
    : PayoutSenderBase(std::move(database), signer, clock, {options.chain, options.webhookUrl, options.afterPersist}, parent),
      m_rpc(rpc), m_options(std::move(options))
{
}

EvmPayoutSender::~EvmPayoutSender()
{
    // The queued record holds no reference to the sender; waiting leaves the
    // store settled for whoever reads it next.
    if (m_record.pending)
        m_record.future.waitForFinished();
}

void EvmPayoutSender::next()
{
    if (m_halted)
        return;
    // A round: up to batchSize approved payouts read, gated, signed, stored
    // and broadcast together — one chain read, three durable transactions.
    m_roundTimer.start();
    QList<PayoutRequest> round;
    auto reader = m_database->reader();
    while (!m_queue.isEmpty() && round.size() < qMax(1, m_options.batchSize)) {
        const QString id = m_queue.takeFirst();
        auto found = reader.ok() ? Payouts::find(reader.value(), id) : Result<std::optional<PayoutRequest>>(reader.error());
        if (found.ok() && found->has_value() && (*found)->state == PayoutState::Approved)
            round << **found;
    }
    if (round.isEmpty()) {
        finishRecord();
        m_busy = false;
        Q_EMIT idle();
        return;
    }
    m_busy = true;
    ++m_phase.rounds;
    lap(&PhaseTimes::pick, "pick", round.size());
    if (!m_from.isEmpty()) {
        probe(round);
        return;
    }
    m_signer->evmAddress(m_options.chain, this, [this, round](Result<crypto::EthAddress> address) {
        if (!address.ok()) {
            // No key: leave them approved, report, and stop this round.
            for (const auto &r : round)
                Q_EMIT payoutChanged(r.id, PayoutState::Approved, address.error().message);
            m_queue.clear();
            m_busy = false;
            Q_EMIT idle();
            return;
        }
        m_from = address->toChecksumString();
        probe(round);
    });
}

void EvmPayoutSender::lap(qint64 PhaseTimes::*phase, const char *what, qsizetype payouts)
{
    const qint64 ns = m_roundTimer.nsecsElapsed();
    m_roundTimer.restart();
    m_phase.*phase += ns;
    qCDebug(lcEngine) << "payout round:" << what << "of" << payouts << "payouts in" << ns / 1000 << "us";
}

void EvmPayoutSender::leaveRound(const QList<std::shared_ptr<Job>> &jobs, const QString &why)
{
    for (const auto &job : jobs)
        Q_EMIT payoutChanged(job->request.id, PayoutState::Approved, why);
    next();
}

void EvmPayoutSender::probe(const QList<PayoutRequest> &round)
{
    const auto from = crypto::EthAddress::parse(m_from).value();
    const QString latest = QStringLiteral("latest");
    QList<std::shared_ptr<Job>> jobs;
    QStringList tokens; // each token once: its balance and the sender's blacklist status
    for (const auto &r : round) {
        auto job = std::make_shared<Job>();
        job->request = r;
        job->to = orZero(crypto::EthAddress::parse(r.destination));
        job->token = orZero(crypto::EthAddress::parse(r.tokenContract));
        if (!tokens.contains(job->token.toLowerHex()))
            tokens << job->token.toLowerHex();
        jobs << job;
    }
    // [0] balance, [1] fee history, [2] pending nonce; per token 3; then the payouts' questions.
    QList<RpcRequest> calls{
        {QStringLiteral("eth_getBalance"), {from.toLowerHex(), latest}},
        {QStringLiteral("eth_feeHistory"), {5, latest, QJsonArray{50}}},
        {QStringLiteral("eth_getTransactionCount"), {from.toLowerHex(), QStringLiteral("pending")}},
    };
    for (const QString &t : tokens) {
        const auto token = crypto::EthAddress::parse(t).value();
        calls.append({QStringLiteral("eth_call"), {callObject(token, Erc20Abi::balanceOf(from)), latest}});
        calls.append({QStringLiteral("eth_call"), {callObject(token, Erc20Abi::isBlackListed(from)), latest}});
        calls.append({QStringLiteral("eth_call"), {callObject(token, Erc20Abi::getBlackListStatus(from)), latest}});
    }
    // Per payout: the destination's two blacklist getters and the gas
    // estimate. A question two payouts of the round share (the same
    // destination; the same destination and amount) is asked once and its
    // answer given to both: the same call on the same chain state.
    QHash<QString, qsizetype> asked;
    const auto ask = [&](const QString &method, const QJsonArray &params) {
        const QString key = method + QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
        const auto it = asked.constFind(key);
        if (it != asked.cend())
            return *it;
        calls.append({method, params});
        asked.insert(key, calls.size() - 1);
        return calls.size() - 1;
    };
    auto questions = std::make_shared<QList<std::array<qsizetype, 3>>>();
    for (const auto &job : jobs) {
        QJsonObject estimate = callObject(job->token, Erc20Abi::transfer(job->to, job->request.amount.units()));
        estimate.insert(QStringLiteral("from"), from.toLowerHex());
        questions->append({ask(QStringLiteral("eth_call"), {callObject(job->token, Erc20Abi::isBlackListed(job->to)), latest}),
            ask(QStringLiteral("eth_call"), {callObject(job->token, Erc20Abi::getBlackListStatus(job->to)), latest}),
            ask(QStringLiteral("eth_estimateGas"), {estimate})});
    }
    const qsizetype expected = calls.size();
    m_rpc->batch(calls).then(this, [this, jobs, tokens, expected, questions](QList<RpcReply> r) {
        if (r.size() != expected) {
            leaveRound(jobs, QStringLiteral("node: incomplete batch answer"));
            return;
        }
        auto gas = quantity(r[0], "eth_getBalance");
        auto nonce = quantity(r[2], "eth_getTransactionCount");
        if (!gas.ok() || !nonce.ok() || !r[1].ok) {
            leaveRound(jobs, QStringLiteral("could not read the chain"));
            return;
        }
        // Fees from the history: the next block's base fee and the median tip — once per round.
        const QJsonObject history = r[1].result.toObject();
        const QJsonArray baseFees = history.value(QStringLiteral("baseFeePerGas")).toArray();
        auto baseFee = baseFees.isEmpty() ? Result<UInt256>(UInt256()) : UInt256::parseQuantity(baseFees.last().toString());
        UInt256 tip = UInt256::pow10(9);
        QList<UInt256> tips;
        for (const QJsonValue &row : history.value(QStringLiteral("reward")).toArray()) {
            auto t = UInt256::parseQuantity(row.toArray().at(0).toString());
            if (t.ok())
                tips << *t;
        }
        if (!tips.isEmpty()) {
            std::sort(tips.begin(), tips.end());
            if (tips[tips.size() / 2] > tip)
                tip = tips[tips.size() / 2];
        }
        if (!baseFee.ok()) {
            leaveRound(jobs, QStringLiteral("bad fee answer"));
            return;
        }
        auto twiceBase = baseFee->checkedAdd(*baseFee);
        auto maxFee = twiceBase ? twiceBase->checkedAdd(tip) : std::nullopt;
        if (!maxFee || *maxFee > m_options.maxFeePerGasCap) {
            leaveRound(jobs, QStringLiteral("fees above the cap"));
            return;
        }
        QHash<QString, UInt256> balances;
        QHash<QString, bool> senderListed;
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            const RpcReply &b = r[3 + 3 * t];
            auto balance = b.ok ? Erc20Abi::decodeUInt256(orEmpty(crypto::Hex::decode(b.result.toString())))
                                : Result<UInt256>(rpcError("balanceOf", b));
            auto listed = blacklisted(r[4 + 3 * t], r[5 + 3 * t]);
            if (!balance.ok() || !listed.ok()) {
                leaveRound(jobs, QStringLiteral("could not read the chain"));
                return;
            }
            balances.insert(tokens[t], *balance);
            senderListed.insert(tokens[t], *listed);
        }
        QList<std::shared_ptr<Job>> kept;
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const auto &job = jobs[i];
            const QString token = job->token.toLowerHex();
            const auto &q = (*questions)[i];
            auto destinationListed = blacklisted(r[q[0]], r[q[1]]);
            const RpcReply &est = r[q[2]];
            if (!destinationListed.ok() || (!est.ok && est.failure.kind != chain::evm::RpcFailure::Kind::RpcError)) {
                Q_EMIT payoutChanged(job->request.id, PayoutState::Approved, QStringLiteral("could not read the chain"));
                continue;
            }
            // A transfer that cannot succeed fails its estimate. When the gate
            // can name the reason (blacklist, balance) it does; otherwise the
            // payout fails as "would revert" — never retried on its own.
            const bool gateWillRefuse = senderListed.value(token) || *destinationListed
                || balances.value(token) < job->request.amount.units();
            if (!est.ok && !gateWillRefuse) {
                job->failure = QStringLiteral("the token transfer would revert: %1").arg(est.failure.message);
                kept << job;
                continue;
            }
            auto estimated = est.ok ? UInt256::parseQuantity(est.result.toString()) : Result<UInt256>(UInt256(EvmTransaction::MinGasLimit));
            if (!estimated.ok()) {
                Q_EMIT payoutChanged(job->request.id, PayoutState::Approved, QStringLiteral("bad gas answer"));
                continue;
            }
            const std::uint64_t gasUnits = estimated->fitsUInt64() ? estimated->lowUInt64() : 0;
            job->gasLimit = std::max<std::uint64_t>(EvmTransaction::MinGasLimit,
                gasUnits + gasUnits * std::uint64_t(m_options.gasHeadroomPercent) / 100);
            job->maxFee = *maxFee;
            job->tip = tip;
            job->facts.feeEstimate = maxFee->checkedMul(UInt256(job->gasLimit)).value_or(UInt256::max());
            job->facts.senderBlacklisted = senderListed.value(token);
            job->facts.destinationBlacklisted = *destinationListed;
            kept << job;
        }
        lap(&PhaseTimes::chainRead, "chain read", jobs.size());
        gateAndSign(kept, balances, *gas, nonce->fitsUInt64() ? nonce->lowUInt64() : 0);
    });
}

void EvmPayoutSender::gateAndSign(QList<std::shared_ptr<Job>> jobs, QHash<QString, UInt256> balances, UInt256 gas, quint64 pendingNonce)
{
    // The gate for the whole round in one transaction. Each payout sees the
    // balances the payouts before it in the round leave.
    QList<std::shared_ptr<Job>> passed;
    QList<std::pair<QString, QString>> refused; // id, reason
    const qint64 now = m_clock.nowMs();
    auto written = m_database->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        passed.clear();
        refused.clear();
        QHash<QString, UInt256> left = balances;
        UInt256 gasLeft = gas;
        FinalGateRound gate(c, now);
        for (const auto &job : jobs) {
            auto current = Payouts::find(c, job->request.id);
            if (!current.ok())
                return current.error();
            if (!current->has_value() || (*current)->state != PayoutState::Approved || (*current)->revision != job->request.revision)
                continue; // changed meanwhile: not this round
            if (!job->failure.isEmpty()) {
                auto f = gate.fail(job->request.id, job->failure);
                if (!f.ok())
                    return f;
                auto e = queuePayoutEvent(c, job->request.id, QStringLiteral("payout.failed"), m_options.webhookUrl, now);
                if (!e.ok())
                    return e;
                refused.append({job->request.id, job->failure});
                continue;
            }
            const QString token = job->token.toLowerHex();
            job->facts.tokenBalance = money::Amount::fromUnits(left.value(token), job->request.amount.asset()).value();
            job->facts.gasBalance = gasLeft;
            auto outcome = gate.check(job->request.id, job->facts);
            if (!outcome.ok())
                return outcome.error();
            if (!outcome->passed()) {
                auto e = queuePayoutEvent(c, job->request.id, QStringLiteral("payout.failed"), m_options.webhookUrl, now);
                if (!e.ok())
                    return e;
                refused.append({job->request.id, outcome->refusal->message});
                continue;
            }
            left.insert(token, left.value(token).checkedSub(job->request.amount.units()).value_or(UInt256()));
            gasLeft = gasLeft.checkedSub(job->facts.feeEstimate).value_or(UInt256());
            passed << job;
        }
        return {};
    });
    lap(&PhaseTimes::gate, "gate", jobs.size());
    finishRecord(); // done before the gate's transaction: only its signals are left
    if (!written.ok()) {
        leaveRound(jobs, written.error().message);
        return;
    }
    for (const auto &[id, reason] : refused)
        Q_EMIT payoutChanged(id, PayoutState::Failed, reason);
    if (passed.isEmpty()) {
        next();
        return;
    }
    // The next nonce: what the store reserved and what the node has pending, whichever is higher.
    quint64 nonce = pendingNonce;
    auto reader = m_database->reader();
    if (reader.ok()) {
        QSqlQuery q(reader.value());
        q.prepare(QStringLiteral("SELECT next_nonce FROM payout_nonces WHERE chain = ? AND address = ?"));
        q.addBindValue(m_options.chain);
        q.addBindValue(m_from);
        if (q.exec() && q.next())
            nonce = std::max<quint64>(nonce, q.value(0).toULongLong());
    }
    signRound(passed, nonce);
}

void EvmPayoutSender::signRound(QList<std::shared_ptr<Job>> jobs, quint64 nonce)
{
    // The round's transactions with consecutive nonces, signed together: the
    // signer reads and derives the key once for all of them.
    QList<EvmTransaction> txs;
    txs.reserve(jobs.size());
    for (const auto &job : jobs) {
        EvmTransaction tx;
        tx.type = chain::evm::EvmTxType::DynamicFee;
        tx.chainId = m_options.chainId;
        tx.nonce = nonce++;
        tx.maxPriorityFeePerGas = job->tip;
        tx.maxFeePerGas = job->maxFee;
        tx.gasLimit = job->gasLimit;
        tx.to = job->token;
        tx.data = Erc20Abi::transfer(job->to, job->request.amount.units());
        txs << tx;
    }
    m_signer->signEvmAll(m_options.chain, txs, this, [this, jobs](QList<Result<chain::evm::SignedEvmTransaction>> signatures) {
        lap(&PhaseTimes::signing, "signing", jobs.size());
        for (qsizetype index = 0; index < jobs.size(); ++index) {
            const auto *signed_ = index < signatures.size() ? &signatures[index] : nullptr;
            if (!signed_ || !signed_->ok() || (*signed_)->from.toChecksumString() != m_from) {
                // Keep what is signed before it (contiguous nonces); the rest waits.
                const QString why = !signed_        ? QStringLiteral("the signer gave no signature")
                    : signed_->ok()                 ? QStringLiteral("the signer's key is not the hot wallet's")
                                                    : signed_->error().message;
                for (qsizetype k = index; k < jobs.size(); ++k)
                    Q_EMIT payoutChanged(jobs[k]->request.id, PayoutState::Approved, why);
                persist(jobs.mid(0, index));
                return;
            }
            const auto &signing = jobs[index];
            signing->tx.payoutId = signing->request.id;
            signing->tx.chain = m_options.chain;
            signing->tx.from = m_from;
            signing->tx.nonce = (*signed_)->tx.nonce;
            signing->tx.raw = (*signed_)->raw;
            signing->tx.txHash = crypto::Hex::encode0x(QByteArrayView((*signed_)->hash.data(), qsizetype((*signed_)->hash.size())));
            signing->tx.state = QStringLiteral("signed");
        }
        persist(jobs);
    });
}

void EvmPayoutSender::persist(QList<std::shared_ptr<Job>> jobs)
{
    if (jobs.isEmpty()) {
        next();
        return;
    }
    const qint64 now = m_clock.nowMs();
    // Every signed transaction of the round and the nonce reservation in one
    // transaction — all or nothing, so the reserved nonces never have a gap.
    auto written = m_database->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        for (const auto &job : jobs) {
            const StoredPayoutTx &t = job->tx;
            auto current = Payouts::find(c, t.payoutId);
            if (!current.ok())
                return current.error();
            if (!current->has_value() || (*current)->state != PayoutState::Approved
                || (*current)->revision != job->request.revision)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("payout sender: payout changed while signing"),
                    Payouts::tr("This payout was changed after you opened it."));
            QSqlQuery ins(c);
            ins.prepare(QStringLiteral("INSERT INTO payout_transactions (payout_id, chain, from_address, nonce, raw_tx, tx_hash, state, "
                                       "signed_at_ms) VALUES (?, ?, ?, ?, ?, ?, 'signed', ?)"));
            ins.addBindValue(t.payoutId);
            ins.addBindValue(t.chain);
            ins.addBindValue(t.from);
            ins.addBindValue(qint64(t.nonce));
            ins.addBindValue(crypto::Hex::encode0x(t.raw));
            ins.addBindValue(t.txHash);
            ins.addBindValue(now);
            if (!ins.exec())
                return makeError(ErrorCode::Database, QStringLiteral("payout sender: store signed tx: %1").arg(ins.lastError().text()),
                    Payouts::tr("The database refused a payout change: %1").arg(ins.lastError().text()));
            auto s = Payouts::setState(c, t.payoutId, PayoutState::Signed, t.txHash, audit::action::PayoutSign,
                QJsonObject{{QStringLiteral("from"), t.from}, {QStringLiteral("nonce"), qint64(t.nonce)},
                    {QStringLiteral("chain"), t.chain}, {QStringLiteral("max_fee_per_gas"), job->maxFee.toDecimal()},
                    {QStringLiteral("gas_limit"), qint64(job->gasLimit)}},
                now);
            if (!s.ok())
                return s;
        }
        const StoredPayoutTx &last = jobs.last()->tx;
        return reserveNonce(c, last.chain, last.from, last.nonce + 1);
    });
    if (!written.ok()) {
        // Nothing was stored: the signatures are dropped, nothing was sent.
        leaveRound(jobs, written.error().message);
        return;
    }
    lap(&PhaseTimes::store, "store", jobs.size());
    m_phase.signedPayouts += int(jobs.size());
    for (const auto &job : jobs)
        Q_EMIT payoutChanged(job->tx.payoutId, PayoutState::Signed, QString());
    for (const auto &job : jobs) {
        if (hookStops(job->tx.payoutId)) {
            finishRecord();
            halt();
            return;
        }
    }
    broadcastRound(jobs);
}

void EvmPayoutSender::broadcastRound(QList<std::shared_ptr<Job>> jobs)
{
    // One batch, in nonce order (the node takes them in that order).
    QList<RpcRequest> calls;
    for (const auto &job : jobs)
        calls.append({QStringLiteral("eth_sendRawTransaction"), {crypto::Hex::encode0x(job->tx.raw)}});
    m_rpc->batch(calls).then(this, [this, jobs](QList<RpcReply> replies) {
        lap(&PhaseTimes::broadcast, "broadcast", jobs.size());
        const qint64 now = m_clock.nowMs();
        QList<StoredPayoutTx> txs;
        QList<std::optional<QString>> outcomes; // nullopt: the node took it; else why not
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            txs << jobs[i]->tx;
            const RpcReply *reply = i < replies.size() ? &replies[i] : nullptr;
            if (reply && (reply->ok || alreadyKnown(*reply)))
                outcomes << std::nullopt;
            else
                outcomes << (reply ? reply->failure.describe() : QStringLiteral("no answer in the batch"));
        }
        // "broadcast" is recorded while the next round reads the chain: the
        // signed bytes are durable already, and a lost record only means the
        // same bytes are sent again by resume()/poll(). The writer runs
        // transactions in order, so the next round's gate comes after it.
        const QString webhookUrl = m_options.webhookUrl;
        m_record.sent.clear();
        for (qsizetype i = 0; i < txs.size(); ++i) {
            if (!outcomes[i])
                m_record.sent << txs[i].payoutId;
        }
        m_record.future = m_database->write([txs, outcomes, webhookUrl, now](QSqlDatabase &c) -> Result<void> {
            for (qsizetype i = 0; i < txs.size(); ++i) {
                const StoredPayoutTx &tx = txs[i];
                if (!outcomes[i]) {
                    auto b = recordBroadcast(c, tx, QJsonObject{{QStringLiteral("nonce"), qint64(tx.nonce)}}, webhookUrl, now);
                    if (!b.ok())
                        return b;
                } else {
                    // Kept as signed with the error; sent again (the same bytes) by the next resume()/poll().
                    auto s = setTxState(c, tx.payoutId, tx.state, 0, -1, *outcomes[i], now);
                    if (!s.ok())
                        return s;
                }
            }
            return {};
        });
        m_record.pending = true;
        lap(&PhaseTimes::record, "broadcast recorded (queued)", jobs.size());
        next();
    });
}

void EvmPayoutSender::finishRecord()
{
    if (!m_record.pending)
        return;
    m_record.pending = false;
    QElapsedTimer waited;
    waited.start();
    m_record.future.waitForFinished();
    m_phase.record += waited.nsecsElapsed();
    if (m_record.future.result().ok()) {
        for (const QString &id : std::as_const(m_record.sent))
            Q_EMIT payoutChanged(id, PayoutState::Broadcast, QString());
    }
    m_record.sent.clear();
}

void EvmPayoutSender::broadcast(const StoredPayoutTx &tx, std::function<void()> then)
{
    m_rpc->call(QStringLiteral("eth_sendRawTransaction"), {crypto::Hex::encode0x(tx.raw)}).then(this, [this, tx, then](RpcReply reply) {
        const qint64 now = m_clock.nowMs();
        if (reply.ok || alreadyKnown(reply)) {
            if (reply.ok && reply.result.toString().toLower() != tx.txHash.toLower())
                qCWarning(lcEngine) << "payout sender: the node returned another hash for" << tx.payoutId;
            markSent(tx, QJsonObject{{QStringLiteral("nonce"), qint64(tx.nonce)}}, now);
        } else {
            // Kept as signed with the error; sent again (the same bytes) by the next resume()/poll().
            keepWithError(tx, reply.failure.describe(), now);
        }
        then();
    });
}

void EvmPayoutSender::poll()
{
    if (m_halted)
        return;
    finishRecord(); // a transaction still waiting for its "broadcast" record is not re-sent
    const auto open = openTransactions();
    if (!open)
        return;
    if (open->isEmpty()) {
        Q_EMIT idle();
        return;
    }
    m_rpc->call(QStringLiteral("eth_blockNumber")).then(this, [this, open = *open](RpcReply reply) {
        auto head = quantity(reply, "eth_blockNumber");
        if (!head.ok() || !head->fitsUInt64()) {
            Q_EMIT idle();
            return;
        }
        pollAll(open, head->lowUInt64());
    });
}

void EvmPayoutSender::pollAll(QList<StoredPayoutTx> txs, quint64 head)
{
    QList<RpcRequest> calls;
    for (const auto &t : txs)
        calls.append({QStringLiteral("eth_getTransactionReceipt"), {t.txHash}});
    m_rpc->batch(calls).then(this, [this, txs, head](QList<RpcReply> replies) {
        const qint64 now = m_clock.nowMs();
        for (int i = 0; i < txs.size() && i < replies.size(); ++i) {
            const StoredPayoutTx &t = txs[i];
            const RpcReply &r = replies[i];
            if (!r.ok)
                continue;
            if (r.result.isNull()) {
                if (t.state == QLatin1String("signed"))
                    broadcast(t, [] { });
                continue;
            }
            const QJsonObject receipt = r.result.toObject();
            auto block = UInt256::parseQuantity(receipt.value(QStringLiteral("blockNumber")).toString());
            const QString status = receipt.value(QStringLiteral("status")).toString();
            if (!block.ok() || !block->fitsUInt64())
                continue;
            const quint64 b = block->lowUInt64();
            if (status == QLatin1String("0x0")) {
                markFailed(t, qint64(b), 0, QStringLiteral("reverted"),
                    QStringLiteral("the transaction was mined but reverted (%1)").arg(t.txHash), QStringLiteral("reverted"), now);
                continue;
            }
            if (head + 1 < b + quint64(m_options.confirmations))
                continue;
            markCompleted(t, qint64(b),
                QJsonObject{{QStringLiteral("block"), qint64(b)}, {QStringLiteral("confirmations"), qint64(head - b + 1)}}, now);
        }
        Q_EMIT idle();
    });
}

} // namespace kassa::payouts
