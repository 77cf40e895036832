#include "payouts/TronPayoutSender.h"

#include "audit/AuditActions.h"
#include "base/Log.h"
#include "chain/evm/Erc20Abi.h"
#include "chain/tron/TronClient.h"
#include "chain/tron/TronTransaction.h"
#include "crypto/TronAddress.h"
#include "payouts/PayoutSigner.h"
#include "payouts/PayoutWebhook.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace kassa::payouts {

using chain::evm::Erc20Abi;
using chain::tron::Fetched;
using chain::tron::TronCallResult;
using chain::tron::TronTransaction;
using money::UInt256;

struct TronPayoutSender::Job {
    PayoutRequest request;
    crypto::TronAddress owner;
    crypto::TronAddress to;
    crypto::TronAddress token;
    ChainFacts facts;
    std::optional<TronTransaction> tx;
    qint64 energyEstimate = 0;
    StoredPayoutTx stored;
};

//! The answers of one probe; `pending` counts the calls still out.
struct TronPayoutSender::Probe {
    int pending = 0;
    std::optional<Fetched<chain::tron::TronBlock>> head;
    std::optional<Fetched<chain::tron::TronChainPrices>> prices;
    std::optional<Fetched<qint64>> trx;
    std::optional<Fetched<chain::tron::TronAccountResources>> resources;
    std::optional<Fetched<TronCallResult>> balance;
    std::optional<Fetched<TronCallResult>> listed[4]; //!< sender ×2, destination ×2
    std::optional<Fetched<TronCallResult>> transfer;
};

struct TronPayoutSender::PollRound {
    QList<StoredPayoutTx> txs;
    int pending = 0;
    std::optional<Fetched<chain::tron::TronBlock>> solidified;
    QList<std::optional<Fetched<std::optional<chain::tron::TronTxInfo>>>> infos;
};

namespace {

Error databaseError(const QString &what, const QSqlQuery &q)
{
    return makeError(ErrorCode::Database, QStringLiteral("tron payout sender: %1: %2").arg(what, q.lastError().text()),
        // The same words as the EVM sender's, so its translations apply.
        QCoreApplication::translate("kassa::payouts::EvmPayoutSender", "The database refused a payout change: %1")
            .arg(q.lastError().text()));
}

// The ABI parameter of a one-address call (no selector).
QByteArray addressParameter(const crypto::TronAddress &who)
{
    return Erc20Abi::balanceOf(who.toEvm()).mid(4);
}

// A Tether getter that answers true; a token without it (the call fails) has no blacklist.
std::optional<bool> listedBy(const std::optional<Fetched<TronCallResult>> &answer)
{
    if (!answer || !answer->ok())
        return std::nullopt;
    if (!answer->value->executed)
        return false;
    auto v = Erc20Abi::decodeBool(answer->value->output);
    return v.ok() && *v;
}

// A continuation that keeps the answer in `slot` (which outlives it) and reports.
template<typename T>
std::function<void(Fetched<T>)> storeInto(std::optional<Fetched<T>> &slot, std::function<void()> done)
{
    return [&slot, done](Fetched<T> answer) {
        slot = std::move(answer);
        done();
    };
}

QString hexId(const crypto::Hash32 &id)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(id.data()), qsizetype(id.size())).toHex());
}

} // namespace

TronPayoutSender::TronPayoutSender(std::shared_ptr<store::Database> database, chain::tron::TronClient *client,
    PayoutSigner *signer, const Clock &clock, Options options, QObject *parent)
    : PayoutSenderBase(std::move(database), signer, clock, {options.chain, options.webhookUrl, options.afterPersist}, parent),
      m_client(client), m_options(std::move(options))
{
}

TronPayoutSender::~TronPayoutSender() = default;

void TronPayoutSender::next()
{
    if (m_halted)
        return;
    if (m_queue.isEmpty()) {
        m_busy = false;
        Q_EMIT idle();
        return;
    }
    m_busy = true;
    start(m_queue.takeFirst());
}

void TronPayoutSender::start(const QString &payoutId)
{
    auto reader = m_database->reader();
    auto found = reader.ok() ? Payouts::find(reader.value(), payoutId) : Result<std::optional<PayoutRequest>>(reader.error());
    if (!found.ok() || !found->has_value() || (*found)->state != PayoutState::Approved) {
        next();
        return;
    }
    auto job = std::make_shared<Job>();
    job->request = **found;
    auto to = crypto::TronAddress::parse(job->request.destination);
    auto token = crypto::TronAddress::parse(job->request.tokenContract);
    if (!to.ok() || !token.ok()) {
        fail(job->request.id, QStringLiteral("not a Tron destination or token address"));
        return;
    }
    job->to = *to;
    job->token = *token;
    if (!m_owner.isEmpty()) {
        job->owner = crypto::TronAddress::parse(m_owner).value();
        probe(job);
        return;
    }
    m_signer->tronAddress(m_options.chain, this, [this, job](Result<crypto::TronAddress> address) {
        if (!address.ok()) {
            // No key: leave it approved, report, and stop this round.
            Q_EMIT payoutChanged(job->request.id, PayoutState::Approved, address.error().message);
            m_busy = false;
            Q_EMIT idle();
            return;
        }
        m_owner = address->toBase58();
        job->owner = *address;
        probe(job);
    });
}

void TronPayoutSender::probe(std::shared_ptr<Job> job)
{
    auto p = std::make_shared<Probe>();
    const QString owner = job->owner.toBase58();
    const QString token = job->token.toBase58();
    auto done = [this, job, p] {
        if (--p->pending == 0)
            evaluate(job, p);
    };
    auto take = [done](auto &slot) { return storeInto(slot, done); };
    p->pending = 10;
    m_client->nowBlock().then(this, take(p->head));
    m_client->chainPrices().then(this, take(p->prices));
    m_client->accountBalance(owner).then(this, take(p->trx));
    m_client->accountResources(owner).then(this, take(p->resources));
    m_client->simulate(owner, token, QStringLiteral("balanceOf(address)"), addressParameter(job->owner))
        .then(this, take(p->balance));
    const crypto::TronAddress *sides[] = {&job->owner, &job->owner, &job->to, &job->to};
    for (int i = 0; i < 4; ++i) {
        const QString getter = i % 2 == 0 ? QStringLiteral("isBlackListed(address)") : QStringLiteral("getBlackListStatus(address)");
        m_client->simulate(owner, token, getter, addressParameter(*sides[i])).then(this, take(p->listed[i]));
    }
    m_client
        ->simulate(owner, token, QStringLiteral("transfer(address,uint256)"),
            Erc20Abi::transfer(job->to.toEvm(), job->request.amount.units()).mid(4))
        .then(this, take(p->transfer));
}

void TronPayoutSender::evaluate(std::shared_ptr<Job> job, std::shared_ptr<Probe> p)
{
    // Reading failed (network, a malformed answer): the payout stays approved for the next round.
    if (!p->head->ok() || !p->prices->ok() || !p->trx->ok() || !p->resources->ok() || !p->balance->ok()
        || !p->transfer->ok()) {
        leave(job->request.id, QStringLiteral("could not read the chain"));
        return;
    }
    std::optional<bool> listed[4];
    for (int i = 0; i < 4; ++i) {
        listed[i] = listedBy(p->listed[i]);
        if (!listed[i]) {
            leave(job->request.id, QStringLiteral("could not read the blacklist"));
            return;
        }
    }
    const chain::tron::TronBlock &head = *p->head->value;
    const qint64 now = m_clock.nowMs();
    if (head.timestampMs < now - m_options.maxHeadAgeMs || head.timestampMs > now + m_options.maxHeadAgeMs) {
        leave(job->request.id, QStringLiteral("the node's head block is %1 ms away from the clock").arg(head.timestampMs - now));
        return;
    }
    const TronCallResult &balanceCall = *p->balance->value;
    auto balance = balanceCall.executed ? Erc20Abi::decodeUInt256(balanceCall.output)
                                        : Result<UInt256>(makeError(ErrorCode::Network, QStringLiteral("balanceOf failed"), QString()));
    if (!balance.ok()) {
        leave(job->request.id, QStringLiteral("could not read the token balance"));
        return;
    }
    job->facts.senderBlacklisted = *listed[0] || *listed[1];
    job->facts.destinationBlacklisted = *listed[2] || *listed[3];
    job->facts.tokenBalance = money::Amount::fromUnits(*balance, job->request.amount.asset()).value();
    job->facts.gasBalance = UInt256(quint64(*p->trx->value));

    // A transfer that cannot succeed fails its simulation. When the gate can
    // name the reason (blacklist, balance) it does; otherwise the payout
    // fails as "would revert" — never retried on its own.
    const TronCallResult &transfer = *p->transfer->value;
    const bool gateWillRefuse = job->facts.senderBlacklisted || job->facts.destinationBlacklisted
        || *balance < job->request.amount.units();
    if (!transfer.executed && !gateWillRefuse) {
        fail(job->request.id, QStringLiteral("the token transfer would revert: %1 %2").arg(transfer.code, transfer.message).trimmed());
        return;
    }

    // Build it here, from the payout's own fields and a block read just now.
    auto ref = chain::tron::TronRefBlock::fromBlock(std::int64_t(head.number), head.id);
    if (!ref.ok()) {
        leave(job->request.id, QStringLiteral("bad head block"));
        return;
    }
    chain::tron::Trc20TransferParams params;
    params.owner = job->owner;
    params.contract = job->token;
    params.to = job->to;
    params.amount = job->request.amount.units();
    params.feeLimitSun = m_options.feeLimitSun;
    chain::tron::TronTxTiming timing;
    timing.refBlock = *ref;
    timing.timestampMs = head.timestampMs;
    timing.expirationMs = head.timestampMs + m_options.lifetimeMs;
    auto tx = TronTransaction::trc20Transfer(params, timing);
    if (!tx.ok()) {
        fail(job->request.id, QStringLiteral("could not build the transaction: %1").arg(tx.error().message));
        return;
    }
    job->tx = *tx;

    // What the wallet's own energy and bandwidth do not cover is burnt in TRX.
    const chain::tron::TronChainPrices &prices = *p->prices->value;
    const chain::tron::TronAccountResources &resources = *p->resources->value;
    job->energyEstimate = transfer.energyUsed + transfer.energyUsed * m_options.energyHeadroomPercent / 100;
    const qint64 energyBurn = qMax<qint64>(0, job->energyEstimate - resources.energyLeft()) * prices.energyFeeSun;
    // java-tron bills the signed transaction plus 64 bytes for its result.
    const qint64 bytes = job->tx->rawData().size() + 65 + 8 + 64;
    const qint64 bandwidthBurn = resources.bandwidthLeft() >= bytes ? 0 : bytes * prices.transactionFeeSun;
    if (energyBurn > m_options.feeLimitSun) {
        leave(job->request.id, QStringLiteral("the energy would cost %1 sun, above the fee limit of %2").arg(energyBurn).arg(m_options.feeLimitSun));
        return;
    }
    job->facts.feeEstimate = UInt256(quint64(energyBurn + bandwidthBurn));
    gateAndSign(job);
}

void TronPayoutSender::gateAndSign(std::shared_ptr<Job> job)
{
    std::optional<Result<GateOutcome>> gate;
    auto written = m_database->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        const qint64 now = m_clock.nowMs();
        gate = Payouts::finalGate(c, job->request.id, job->facts, now);
        if (!gate->ok())
            return gate->error();
        if (!(*gate)->passed())
            return queuePayoutEvent(c, job->request.id, QStringLiteral("payout.failed"), m_options.webhookUrl, now);
        return {};
    });
    if (!written.ok() || !gate || !gate->ok()) {
        leave(job->request.id, written.ok() ? QString() : written.error().message);
        return;
    }
    if (!(*gate)->passed()) {
        finish(job->request.id, PayoutState::Failed, (*gate)->refusal->message);
        return;
    }
    m_signer->signTron(m_options.chain, *job->tx, this, [this, job](Result<chain::tron::SignedTronTransaction> signed_) {
        if (!signed_.ok()) {
            leave(job->request.id, signed_.error().message);
            return;
        }
        if (signed_->tx.owner() != job->owner || signed_->tx.rawData() != job->tx->rawData()) {
            fail(job->request.id, QStringLiteral("the signer signed something else than the hot wallet's transaction"));
            return;
        }
        job->stored.payoutId = job->request.id;
        job->stored.chain = m_options.chain;
        job->stored.from = m_owner;
        job->stored.raw = signed_->transactionBytes();
        job->stored.txHash = hexId(signed_->txId);
        job->stored.state = QStringLiteral("signed");
        persist(job);
    });
}

void TronPayoutSender::persist(std::shared_ptr<Job> job)
{
    const qint64 now = m_clock.nowMs();
    StoredPayoutTx &t = job->stored;
    auto written = m_database->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
        auto current = Payouts::find(c, t.payoutId);
        if (!current.ok())
            return current.error();
        if (!current->has_value() || (*current)->state != PayoutState::Approved
            || (*current)->revision != job->request.revision)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("tron payout sender: payout changed while signing"),
                Payouts::tr("This payout was changed after you opened it."));
        // Tron has no nonce: the column keeps a per-wallet sequence number.
        QSqlQuery seq(c);
        seq.prepare(QStringLiteral("SELECT next_nonce FROM payout_nonces WHERE chain = ? AND address = ?"));
        seq.addBindValue(t.chain);
        seq.addBindValue(t.from);
        if (!seq.exec())
            return databaseError(QStringLiteral("sequence"), seq);
        t.nonce = seq.next() ? seq.value(0).toULongLong() : 0;
        QSqlQuery ins(c);
        ins.prepare(QStringLiteral("INSERT INTO payout_transactions (payout_id, chain, from_address, nonce, raw_tx, tx_hash, state, "
                                   "signed_at_ms) VALUES (?, ?, ?, ?, ?, ?, 'signed', ?)"));
        ins.addBindValue(t.payoutId);
        ins.addBindValue(t.chain);
        ins.addBindValue(t.from);
        ins.addBindValue(qint64(t.nonce));
        ins.addBindValue(QString::fromLatin1(t.raw.toHex()));
        ins.addBindValue(t.txHash);
        ins.addBindValue(now);
        if (!ins.exec())
            return databaseError(QStringLiteral("store signed tx"), ins);
        auto reserved = reserveNonce(c, t.chain, t.from, t.nonce + 1);
        if (!reserved.ok())
            return reserved;
        return Payouts::setState(c, t.payoutId, PayoutState::Signed, t.txHash, audit::action::PayoutSign,
            QJsonObject {{QStringLiteral("from"), t.from}, {QStringLiteral("chain"), t.chain},
                {QStringLiteral("fee_limit_sun"), m_options.feeLimitSun},
                {QStringLiteral("energy_estimate"), job->energyEstimate},
                {QStringLiteral("expiration_ms"), qint64(job->tx->timing().expirationMs)}},
            now);
    });
    if (!written.ok()) {
        // Nothing was stored: the signature is dropped, nothing was sent.
        leave(job->request.id, written.error().message);
        return;
    }
    Q_EMIT payoutChanged(t.payoutId, PayoutState::Signed, QString());
    if (hookStops(t.payoutId)) {
        halt();
        return;
    }
    broadcast(t, [this] { next(); });
}

void TronPayoutSender::broadcast(const StoredPayoutTx &tx, std::function<void()> then)
{
    m_client->broadcastHex(tx.raw).then(this, [this, tx, then](Fetched<chain::tron::TronBroadcastResult> answer) {
        const qint64 now = m_clock.nowMs();
        const bool sent = answer.ok() && (answer.value->accepted || answer.value->duplicate());
        if (sent && !answer.value->txId.isEmpty() && QString::fromLatin1(answer.value->txId.toHex()) != tx.txHash)
            qCWarning(lcEngine) << "tron payout sender: the node named another transaction id for" << tx.payoutId;
        if (sent) {
            markSent(tx, QJsonObject {{QStringLiteral("code"), answer.value->code}}, now);
        } else {
            // Kept as it is with the error; the same bytes go again on the
            // next resume()/poll() until they are included or expire.
            const QString why = answer.ok() ? QStringLiteral("%1 %2").arg(answer.value->code, answer.value->message).trimmed()
                                            : answer.failure.describe();
            qCWarning(lcEngine).noquote() << "tron payout sender: broadcast of" << tx.payoutId << "refused:" << why;
            keepWithError(tx, why, now);
        }
        then();
    });
}

void TronPayoutSender::poll()
{
    if (m_halted)
        return;
    auto open = openTransactions();
    if (!open)
        return;
    auto round = std::make_shared<PollRound>();
    round->txs = std::move(*open);
    if (round->txs.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    round->infos.resize(round->txs.size());
    round->pending = int(round->txs.size()) + 1;
    auto done = [this, round] {
        if (--round->pending == 0)
            settle(round);
    };
    m_client->solidifiedNowBlock().then(this, [round, done](Fetched<chain::tron::TronBlock> b) {
        round->solidified = std::move(b);
        done();
    });
    for (qsizetype i = 0; i < round->txs.size(); ++i) {
        m_client->solidifiedTxInfo(QByteArray::fromHex(round->txs[i].txHash.toLatin1()))
            .then(this, [round, done, i](Fetched<std::optional<chain::tron::TronTxInfo>> info) {
                round->infos[i] = std::move(info);
                done();
            });
    }
}

void TronPayoutSender::settle(std::shared_ptr<PollRound> round)
{
    const qint64 now = m_clock.nowMs();
    for (qsizetype i = 0; i < round->txs.size(); ++i) {
        const StoredPayoutTx &t = round->txs[i];
        const auto &answer = round->infos[i];
        if (!answer || !answer->ok())
            continue;
        const std::optional<chain::tron::TronTxInfo> &info = *answer->value;
        if (!info) {
            // Not in the solidified chain. Once the solidified head is past
            // the expiration it never will be; until then send it again.
            auto decoded = TronTransaction::decodeSigned(t.raw);
            const bool expired = decoded.ok() && round->solidified && round->solidified->ok()
                && round->solidified->value->timestampMs > decoded->tx.timing().expirationMs;
            if (expired) {
                const QString why = t.lastError.isEmpty() ? QStringLiteral("expired without being included")
                                                          : QStringLiteral("expired without being included (%1)").arg(t.lastError);
                markFailed(t, 0, -1, why, QStringLiteral("the transaction %1 %2; nothing was paid").arg(t.txHash, why), why, now);
            } else if (t.state == QLatin1String("signed")) {
                broadcast(t, [] { });
            }
            continue;
        }
        // Success is the receipt and the token's Transfer event of exactly this payout.
        auto reader = m_database->reader();
        auto request = reader.ok() ? Payouts::find(reader.value(), t.payoutId) : Result<std::optional<PayoutRequest>>(reader.error());
        if (!request.ok() || !request->has_value())
            continue;
        const PayoutRequest &r = **request;
        bool paid = false;
        if (info->succeeded()) {
            const auto token = crypto::TronAddress::parse(r.tokenContract);
            const auto to = crypto::TronAddress::parse(r.destination);
            const auto from = crypto::TronAddress::parse(t.from);
            for (qsizetype l = 0; l < info->logs.size() && token.ok() && to.ok() && from.ok(); ++l) {
                auto transfer = chain::tron::asTrc20Transfer(info->logs[l], int(l));
                if (transfer && transfer->token == token->toEvm().bytes() && transfer->from == from->toEvm().bytes()
                    && transfer->to == to->toEvm().bytes() && transfer->value == r.amount.units())
                    paid = true;
            }
        }
        const qint64 block = qint64(info->blockNumber);
        if (paid) {
            markCompleted(t, block, QJsonObject {{QStringLiteral("block"), block}, {QStringLiteral("solidified"), true}}, now);
            continue;
        }
        const QString why = info->succeeded() ? QStringLiteral("no Transfer event of this payout")
                                              : (info->receiptResult.isEmpty() ? info->result : info->receiptResult);
        markFailed(t, block, 0, why, QStringLiteral("the transaction %1 was included but failed (%2)").arg(t.txHash, why),
            info->receiptResult, now);
    }
    Q_EMIT idle();
}

} // namespace kassa::payouts
