#include "payouts/Payouts.h"

#include "audit/AuditActions.h"
#include "chain/ChainSettings.h"
#include "crypto/EthAddress.h"
#include "crypto/TronAddress.h"
#include "operators/OperatorStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace kassa::payouts {

using money::Amount;
using money::UInt256;
using operators::OperatorInfo;
using operators::Role;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Error queryError(const char *what, const QSqlQuery &q)
{
    return makeError(ErrorCode::Database, QStringLiteral("payouts: %1: %2").arg(QLatin1String(what), q.lastError().text()),
        Payouts::tr("The database refused a payout change: %1").arg(q.lastError().text()));
}

Error refused(const QString &english, const QString &text, const QString &hint = {})
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("payouts: ") + english, text, hint);
}

//! A bound null QString is SQL NULL; text columns here are NOT NULL ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> audit(QSqlDatabase &db, const audit::Actor &actor, const char *action, const QString &subjectKind,
    const QString &subjectId, const QJsonObject &details, qint64 nowMs)
{
    audit::AuditEvent e;
    e.actor = actor;
    e.action = QLatin1String(action);
    e.subjectKind = subjectKind;
    e.subjectId = subjectId;
    e.details = details;
    auto r = audit::AuditLog::append(db, e, nowMs);
    if (!r.ok())
        return r.error();
    return {};
}

audit::Actor actorOf(const OperatorInfo &op)
{
    return audit::Actor::operatorAccount(op.id, op.displayName);
}

audit::Actor actorOf(const Requester &r)
{
    return r.kind == Requester::Kind::Operator ? audit::Actor::operatorAccount(r.id, r.name) : audit::Actor::apiKey(r.id, r.name);
}

bool isOwner(const OperatorInfo &op)
{
    return !op.disabled && op.has(Role::Owner);
}

//! The acting operator as the database knows it now (roles, disabled): the
//! caller's copy may be stale.
Result<OperatorInfo> current(const QSqlDatabase &db, const OperatorInfo &op)
{
    auto stored = operators::OperatorStore::byId(db, op.id);
    if (!stored.ok())
        return stored.error();
    if (!stored->has_value() || (*stored)->info.disabled)
        return refused(QStringLiteral("operator %1 unknown or disabled").arg(op.id), Payouts::tr("This operator account is disabled."));
    return (*stored)->info;
}

Result<int> activeOwners(const QSqlDatabase &db)
{
    return operators::OperatorStore::countActiveOwners(db);
}

QJsonObject requestJson(const PayoutRequest &r)
{
    return QJsonObject{{QStringLiteral("revision"), r.revision}, {QStringLiteral("chain"), r.chain},
        {QStringLiteral("token"), r.tokenContract}, {QStringLiteral("asset"), r.amount.asset().symbol},
        {QStringLiteral("amount"), r.amount.toString()}, {QStringLiteral("destination"), r.destination},
        {QStringLiteral("reason"), r.reason}, {QStringLiteral("reference"), r.reference},
        {QStringLiteral("fiat"), QString(r.fiat.value.toFixedString() + QLatin1Char(' ') + r.fiat.value.asset().symbol)},
        {QStringLiteral("rate"), r.fiat.rate}, {QStringLiteral("rate_source"), r.fiat.rateSource},
        {QStringLiteral("rate_at_ms"), r.fiat.rateAtMs}};
}

QJsonObject entryJson(const AddressBookEntry &e)
{
    return QJsonObject{{QStringLiteral("chain"), e.chain}, {QStringLiteral("address"), e.address},
        {QStringLiteral("label"), e.label}, {QStringLiteral("revision"), e.revision},
        {QStringLiteral("active_from_ms"), e.activeFromMs}, {QStringLiteral("needs_second_person"), e.needsSecondPerson}};
}

const QString kRequestColumns = QStringLiteral(
    "id, revision, state, chain, token_contract, asset_symbol, asset_decimals, amount, destination, reason, reference, "
    "requester_kind, requester_id, requester_name, fiat_currency, fiat_value, rate, rate_source, rate_at_ms, "
    "created_at_ms, updated_at_ms, failure_reason, tx_hash");

Result<PayoutRequest> requestFromRow(const QSqlQuery &q)
{
    PayoutRequest r;
    r.id = q.value(0).toString();
    r.revision = q.value(1).toInt();
    const auto state = payoutStateFromName(q.value(2).toString());
    if (!state)
        return makeError(ErrorCode::Database, QStringLiteral("payouts: unknown state %1").arg(q.value(2).toString()),
            Payouts::tr("A payout has a state this version of Kassa does not know."));
    r.state = *state;
    r.chain = q.value(3).toString();
    r.tokenContract = q.value(4).toString();
    const money::Asset asset{q.value(5).toString(), q.value(6).toInt()};
    auto units = UInt256::parseDecimal(q.value(7).toString());
    auto fiatUnits = UInt256::parseDecimal(q.value(15).toString());
    if (!units.ok() || !fiatUnits.ok())
        return makeError(ErrorCode::Database, QStringLiteral("payouts: bad amount in %1").arg(r.id), Payouts::tr("A stored payout amount is damaged."));
    auto amount = Amount::fromUnits(units.value(), asset);
    auto fiat = Amount::fromUnits(fiatUnits.value(), {q.value(14).toString(), 2});
    if (!amount.ok() || !fiat.ok())
        return makeError(ErrorCode::Database, QStringLiteral("payouts: bad asset in %1").arg(r.id), Payouts::tr("A stored payout amount is damaged."));
    r.amount = amount.value();
    r.destination = q.value(8).toString();
    r.reason = q.value(9).toString();
    r.reference = q.value(10).toString();
    r.requester.kind = q.value(11).toString() == QLatin1String("api_key") ? Requester::Kind::ApiKey : Requester::Kind::Operator;
    r.requester.id = q.value(12).toString();
    r.requester.name = q.value(13).toString();
    r.fiat.value = fiat.value();
    r.fiat.rate = q.value(16).toString();
    r.fiat.rateSource = q.value(17).toString();
    r.fiat.rateAtMs = q.value(18).toLongLong();
    r.createdAtMs = q.value(19).toLongLong();
    r.updatedAtMs = q.value(20).toLongLong();
    r.failureReason = q.value(21).toString();
    r.txHash = q.value(22).toString();
    return r;
}

const QString kEntryColumns = QStringLiteral(
    "id, chain, address, label, revision, created_by, created_by_name, created_at_ms, active_from_ms, "
    "needs_second_person, confirmed_by, confirmed_at_ms, removed");

AddressBookEntry entryFromRow(const QSqlQuery &q)
{
    AddressBookEntry e;
    e.id = q.value(0).toString();
    e.chain = q.value(1).toString();
    e.address = q.value(2).toString();
    e.label = q.value(3).toString();
    e.revision = q.value(4).toInt();
    e.createdBy = q.value(5).toString();
    e.createdByName = q.value(6).toString();
    e.createdAtMs = q.value(7).toLongLong();
    e.activeFromMs = q.value(8).toLongLong();
    e.needsSecondPerson = q.value(9).toInt() != 0;
    e.confirmedBy = q.value(10).toString();
    e.confirmedAtMs = q.value(11).toLongLong();
    e.removed = q.value(12).toInt() != 0;
    return e;
}

Result<AddressBookEntry> entryById(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM payout_address_book WHERE id = ?").arg(kEntryColumns));
    q.addBindValue(id);
    if (!q.exec())
        return queryError("read address", q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("payouts: no address-book entry %1").arg(id),
            Payouts::tr("No such address-book entry."));
    return entryFromRow(q);
}

Result<PayoutRequest> requireRequest(const QSqlDatabase &db, const QString &id)
{
    auto found = Payouts::find(db, id);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("payouts: no payout %1").arg(id), Payouts::tr("No such payout."));
    return **found;
}

//! Checks a draft and returns it with the destination in canonical form.
Result<PayoutDraft> checkDraft(const PayoutDraft &draft, const FiatValuation &fiat)
{
    PayoutDraft d = draft;
    if (d.chain.isEmpty())
        return refused(QStringLiteral("no chain"), Payouts::tr("Choose a chain."));
    auto dest = Payouts::canonicalAddress(d.chain, d.destination.trimmed());
    if (!dest.ok())
        return dest.error();
    d.destination = dest.value();
    auto token = Payouts::canonicalAddress(d.chain, d.tokenContract.trimmed());
    if (!token.ok())
        return refused(QStringLiteral("bad token contract"), Payouts::tr("The token contract address is not valid."));
    d.tokenContract = token.value();
    if (!d.amount.asset().isValid() || d.amount.isZero())
        return refused(QStringLiteral("zero amount"), Payouts::tr("Enter an amount above zero."));
    d.reason = d.reason.trimmed();
    if (d.reason.isEmpty())
        return refused(QStringLiteral("no reason"), Payouts::tr("Say what the payout is for."),
            Payouts::tr("Approvers see the reason; a clear one gets approved faster."));
    if (d.reason.size() > 500 || d.reference.size() > 200)
        return refused(QStringLiteral("text too long"), Payouts::tr("The reason or the reference is too long."));
    d.reference = d.reference.trimmed();
    if (fiat.value.asset().decimals != 2 || fiat.rate.isEmpty() || fiat.rateSource.isEmpty() || fiat.rateAtMs <= 0)
        return refused(QStringLiteral("no valuation"), Payouts::tr("The payout has no exchange rate to value it."));
    return d;
}

Result<void> bindRequest(QSqlQuery &q, const PayoutRequest &r)
{
    q.addBindValue(r.revision);
    q.addBindValue(QLatin1String(payoutStateName(r.state)));
    q.addBindValue(r.chain);
    q.addBindValue(r.tokenContract);
    q.addBindValue(r.amount.asset().symbol);
    q.addBindValue(r.amount.asset().decimals);
    q.addBindValue(r.amount.units().toDecimal());
    q.addBindValue(r.destination);
    q.addBindValue(text(r.reason));
    q.addBindValue(text(r.reference));
    q.addBindValue(r.requester.kind == Requester::Kind::ApiKey ? QStringLiteral("api_key") : QStringLiteral("operator"));
    q.addBindValue(r.requester.id);
    q.addBindValue(text(r.requester.name));
    q.addBindValue(r.fiat.value.asset().symbol);
    q.addBindValue(r.fiat.value.units().toDecimal());
    q.addBindValue(text(r.fiat.rate));
    q.addBindValue(text(r.fiat.rateSource));
    q.addBindValue(r.fiat.rateAtMs);
    q.addBindValue(r.createdAtMs);
    q.addBindValue(r.updatedAtMs);
    q.addBindValue(text(r.failureReason));
    q.addBindValue(text(r.txHash));
    q.addBindValue(r.id);
    return {};
}

Result<PayoutRequest> insertRequest(QSqlDatabase &db, const Requester &requester, const PayoutDraft &draft,
    const FiatValuation &fiat, qint64 nowMs)
{
    auto checked = checkDraft(draft, fiat);
    if (!checked.ok())
        return checked.error();
    PayoutRequest r;
    r.id = newId();
    r.chain = checked->chain;
    r.tokenContract = checked->tokenContract;
    r.amount = checked->amount;
    r.destination = checked->destination;
    r.reason = checked->reason;
    r.reference = checked->reference;
    r.requester = requester;
    r.fiat = fiat;
    r.createdAtMs = nowMs;
    r.updatedAtMs = nowMs;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO payout_requests (revision, state, chain, token_contract, asset_symbol, "
                             "asset_decimals, amount, destination, reason, reference, requester_kind, requester_id, "
                             "requester_name, fiat_currency, fiat_value, rate, rate_source, rate_at_ms, created_at_ms, "
                             "updated_at_ms, failure_reason, tx_hash, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    (void)bindRequest(q, r);
    if (!q.exec())
        return queryError("insert request", q);
    auto audited = audit(db, actorOf(requester), audit::action::PayoutRequest, QStringLiteral("payout"), r.id,
        QJsonObject{{QStringLiteral("new"), requestJson(r)}}, nowMs);
    if (!audited.ok())
        return audited.error();
    return r;
}

Result<void> updateRequest(QSqlDatabase &db, const PayoutRequest &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE payout_requests SET revision = ?, state = ?, chain = ?, token_contract = ?, "
                             "asset_symbol = ?, asset_decimals = ?, amount = ?, destination = ?, reason = ?, reference = ?, "
                             "requester_kind = ?, requester_id = ?, requester_name = ?, fiat_currency = ?, fiat_value = ?, "
                             "rate = ?, rate_source = ?, rate_at_ms = ?, created_at_ms = ?, updated_at_ms = ?, "
                             "failure_reason = ?, tx_hash = ? WHERE id = ?"));
    (void)bindRequest(q, r);
    if (!q.exec())
        return queryError("update request", q);
    return {};
}

//! The rolling 24 h totals behind the velocity rules, read in one query:
//! every payout created in the window that still counts (not rejected,
//! cancelled or failed), summed per (fiat, asset) and per (fiat, requester).
//! of(r) leaves r itself out, as the rules ask; drop() takes out a payout
//! that stopped counting in the same transaction (failed at the gate).
class VelocityBook
{
public:
    static Result<VelocityBook> load(const QSqlDatabase &db, qint64 nowMs)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, asset_symbol, requester_kind, requester_id, fiat_value, fiat_currency FROM payout_requests "
                                 "WHERE created_at_ms > ? AND state NOT IN ('rejected', 'cancelled', 'failed')"));
        q.addBindValue(nowMs - kDayMs);
        if (!q.exec())
            return queryError("velocity", q);
        VelocityBook book;
        while (q.next()) {
            Row row;
            auto v = UInt256::parseDecimal(q.value(4).toString());
            if (!v.ok())
                return v.error();
            row.value = *v;
            row.assetKey = q.value(5).toString() + QLatin1Char('\n') + q.value(1).toString();
            row.requesterKey = q.value(5).toString() + QLatin1Char('\n') + q.value(2).toString() + QLatin1Char('\n') + q.value(3).toString();
            if (!add(book.m_byAsset[row.assetKey], row.value) || !add(book.m_byRequester[row.requesterKey], row.value))
                return overflow();
            book.m_rows.insert(q.value(0).toString(), row);
        }
        return book;
    }

    Result<Velocity> of(const PayoutRequest &r) const
    {
        const money::Asset fiatAsset = r.fiat.value.asset();
        const QString kind = r.requester.kind == Requester::Kind::ApiKey ? QStringLiteral("api_key") : QStringLiteral("operator");
        const QString assetKey = fiatAsset.symbol + QLatin1Char('\n') + r.amount.asset().symbol;
        const QString requesterKey = fiatAsset.symbol + QLatin1Char('\n') + kind + QLatin1Char('\n') + r.requester.id;
        UInt256 asset = m_byAsset.value(assetKey);
        UInt256 requester = m_byRequester.value(requesterKey);
        // Without the payout being judged.
        const auto self = m_rows.constFind(r.id);
        if (self != m_rows.cend()) {
            if (self->assetKey == assetKey)
                asset = asset.checkedSub(self->value).value_or(UInt256());
            if (self->requesterKey == requesterKey)
                requester = requester.checkedSub(self->value).value_or(UInt256());
        }
        return Velocity{Amount::fromUnits(asset, fiatAsset).value(), Amount::fromUnits(requester, fiatAsset).value()};
    }

    void drop(const QString &id)
    {
        const auto row = m_rows.constFind(id);
        if (row == m_rows.cend())
            return;
        m_byAsset[row->assetKey] = m_byAsset.value(row->assetKey).checkedSub(row->value).value_or(UInt256());
        m_byRequester[row->requesterKey] = m_byRequester.value(row->requesterKey).checkedSub(row->value).value_or(UInt256());
        m_rows.erase(row);
    }

private:
    struct Row {
        QString assetKey;
        QString requesterKey;
        UInt256 value;
    };
    QHash<QString, Row> m_rows; // by payout id
    QHash<QString, UInt256> m_byAsset;
    QHash<QString, UInt256> m_byRequester;

    static bool add(UInt256 &sum, const UInt256 &v)
    {
        auto s = sum.checkedAdd(v);
        if (!s)
            return false;
        sum = *s;
        return true;
    }
    static Error overflow() { return makeError(ErrorCode::Internal, QStringLiteral("payouts: velocity overflow"), Payouts::tr("Internal error.")); }
};

Result<PolicyDecision> evaluateWith(const QSqlDatabase &db, const PayoutRequest &request, qint64 nowMs, const PolicySettings &settings,
    const std::optional<AddressBookEntry> &destination, const VelocityBook &velocity)
{
    PolicyInput in;
    in.request = request;
    in.nowMs = nowMs;
    auto a = Payouts::approvals(db, request.id);
    if (!a.ok())
        return a.error();
    in.approvals = *a;
    in.destination = destination;
    auto v = velocity.of(request);
    if (!v.ok())
        return v.error();
    in.velocity = *v;
    return PayoutPolicy::evaluate(settings, in);
}

} // namespace

Result<QString> Payouts::canonicalAddress(const QString &chain, const QString &address)
{
    const auto defaults = chain::ChainSettingsFile::defaults(chain);
    const bool tron = defaults ? defaults->family == chain::ChainFamily::Tron : chain.startsWith(QLatin1String("tron"));
    if (tron) {
        auto a = crypto::TronAddress::parse(address);
        if (!a.ok())
            return refused(QStringLiteral("bad tron address"), tr("This is not a valid Tron address."),
                tr("A Tron address starts with T and has 34 characters; copy it again from the recipient."));
        return a->toBase58();
    }
    auto a = crypto::EthAddress::parse(address);
    if (!a.ok())
        return refused(QStringLiteral("bad evm address"), tr("This is not a valid address: %1").arg(a.error().userMessage),
            tr("Copy the address again from the recipient; a mixed-case address must match its checksum."));
    if (a->isZero())
        return refused(QStringLiteral("zero address"), tr("The zero address cannot receive a payout."));
    return a->toChecksumString();
}

// ---- policy ---------------------------------------------------------------------------------------------------------

Result<PolicySettings> Payouts::policy(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT settings FROM payout_policy WHERE id = 1")))
        return queryError("read policy", q);
    if (!q.next())
        return PolicySettings::defaults();
    const auto doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    return PayoutPolicy::fromJson(doc.object());
}

namespace {

Result<void> applyPolicy(QSqlDatabase &db, const PolicySettings &settings, const QString &by, qint64 nowMs)
{
    QSqlQuery del(db);
    if (!del.exec(QStringLiteral("DELETE FROM payout_policy")))
        return queryError("replace policy", del);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO payout_policy (id, settings, updated_at_ms, updated_by) VALUES (1, ?, ?, ?)"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(PayoutPolicy::toJson(settings)).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowMs);
    q.addBindValue(by);
    if (!q.exec())
        return queryError("write policy", q);
    return {};
}

} // namespace

Result<QString> Payouts::proposePolicy(QSqlDatabase &db, const OperatorInfo &actor, const PolicySettings &settings, qint64 nowMs)
{
    auto me = current(db, actor);
    if (!me.ok())
        return me.error();
    if (!isOwner(*me))
        return refused(QStringLiteral("policy change by non-owner"), tr("Only an owner may change the payout policy."));
    auto valid = PayoutPolicy::validate(settings);
    if (!valid.ok())
        return valid.error();
    auto old = policy(db);
    if (!old.ok())
        return old.error();
    auto owners = activeOwners(db);
    if (!owners.ok())
        return owners.error();
    const QJsonObject details{{QStringLiteral("old"), PayoutPolicy::toJson(*old)}, {QStringLiteral("new"), PayoutPolicy::toJson(settings)}};
    if (owners.value() < 2) {
        auto applied = applyPolicy(db, settings, me->id, nowMs);
        if (!applied.ok())
            return applied.error();
        QJsonObject d = details;
        d.insert(QStringLiteral("applied"), true);
        auto audited = audit(db, actorOf(*me), audit::action::PolicyChange, QStringLiteral("policy"), QStringLiteral("payouts"), d, nowMs);
        if (!audited.ok())
            return audited.error();
        return QString();
    }
    const QString id = newId();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO payout_policy_proposals (id, settings, proposed_by, proposed_by_name, proposed_at_ms, "
                             "state) VALUES (?, ?, ?, ?, ?, 'pending')"));
    q.addBindValue(id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(PayoutPolicy::toJson(settings)).toJson(QJsonDocument::Compact)));
    q.addBindValue(me->id);
    q.addBindValue(me->displayName);
    q.addBindValue(nowMs);
    if (!q.exec())
        return queryError("propose policy", q);
    QJsonObject d = details;
    d.insert(QStringLiteral("applied"), false);
    d.insert(QStringLiteral("proposal"), id);
    auto audited = audit(db, actorOf(*me), audit::action::PolicyChange, QStringLiteral("policy"), QStringLiteral("payouts"), d, nowMs);
    if (!audited.ok())
        return audited.error();
    return id;
}

namespace {

//! A pending policy change as the owner about to decide it finds it.
struct PendingPolicy {
    OperatorInfo owner;
    QJsonObject settings;
    QString proposedBy;
};

Result<PendingPolicy> pendingPolicy(const QSqlDatabase &db, const OperatorInfo &actor, const QString &proposalId)
{
    auto me = current(db, actor);
    if (!me.ok())
        return me.error();
    if (!isOwner(*me))
        return refused(QStringLiteral("policy decision by non-owner"), Payouts::tr("Only an owner may change the payout policy."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT settings, proposed_by FROM payout_policy_proposals WHERE id = ? AND state = 'pending'"));
    q.addBindValue(proposalId);
    if (!q.exec())
        return queryError("read proposal", q);
    if (!q.next())
        return refused(QStringLiteral("no pending proposal"), Payouts::tr("This policy change is no longer pending."));
    return PendingPolicy{*me, QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), q.value(1).toString()};
}

} // namespace

Result<void> Payouts::confirmPolicy(QSqlDatabase &db, const OperatorInfo &actor, const QString &proposalId, qint64 nowMs)
{
    auto pending = pendingPolicy(db, actor, proposalId);
    if (!pending.ok())
        return pending.error();
    const OperatorInfo *me = &pending->owner;
    if (pending->proposedBy == me->id)
        return refused(QStringLiteral("proposer confirms own policy"), tr("Another owner has to confirm your policy change."));
    auto settings = PayoutPolicy::fromJson(pending->settings);
    if (!settings.ok())
        return settings.error();
    auto old = policy(db);
    if (!old.ok())
        return old.error();
    auto applied = applyPolicy(db, *settings, me->id, nowMs);
    if (!applied.ok())
        return applied;
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE payout_policy_proposals SET state = 'applied', decided_by = ?, decided_at_ms = ? WHERE id = ?"));
    u.addBindValue(me->id);
    u.addBindValue(nowMs);
    u.addBindValue(proposalId);
    if (!u.exec())
        return queryError("apply proposal", u);
    // Any other pending proposal was made against the old policy.
    QSqlQuery w(db);
    w.prepare(QStringLiteral("UPDATE payout_policy_proposals SET state = 'withdrawn', decided_by = ?, decided_at_ms = ? "
                             "WHERE state = 'pending'"));
    w.addBindValue(me->id);
    w.addBindValue(nowMs);
    if (!w.exec())
        return queryError("withdraw proposals", w);
    return audit(db, actorOf(*me), audit::action::PolicyChangeApprove, QStringLiteral("policy"), QStringLiteral("payouts"),
        QJsonObject{{QStringLiteral("proposal"), proposalId}, {QStringLiteral("old"), PayoutPolicy::toJson(*old)},
            {QStringLiteral("new"), PayoutPolicy::toJson(*settings)}},
        nowMs);
}

Result<void> Payouts::rejectPolicy(QSqlDatabase &db, const OperatorInfo &actor, const QString &proposalId,
    const QString &reason, qint64 nowMs)
{
    auto pending = pendingPolicy(db, actor, proposalId);
    if (!pending.ok())
        return pending.error();
    const OperatorInfo *me = &pending->owner;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return refused(QStringLiteral("policy reject without a reason"), tr("Give a reason for rejecting the change."));
    // The table knows no 'rejected': a rejected change is withdrawn by the
    // owner who decided it; the audit entry says it was a rejection and why.
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE payout_policy_proposals SET state = 'withdrawn', decided_by = ?, decided_at_ms = ? "
                             "WHERE id = ? AND state = 'pending'"));
    u.addBindValue(me->id);
    u.addBindValue(nowMs);
    u.addBindValue(proposalId);
    if (!u.exec())
        return queryError("reject proposal", u);
    return audit(db, actorOf(*me), audit::action::PolicyChangeReject, QStringLiteral("policy"), QStringLiteral("payouts"),
        QJsonObject{{QStringLiteral("proposal"), proposalId}, {QStringLiteral("proposed_by"), pending->proposedBy},
            {QStringLiteral("reason"), why}, {QStringLiteral("new"), pending->settings}},
        nowMs);
}

Result<QList<PolicyProposal>> Payouts::pendingPolicies(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, settings, proposed_by, proposed_by_name, proposed_at_ms FROM payout_policy_proposals "
                               "WHERE state = 'pending' ORDER BY proposed_at_ms")))
        return queryError("list proposals", q);
    QList<PolicyProposal> out;
    while (q.next()) {
        auto s = PayoutPolicy::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!s.ok())
            return s.error();
        out.append({q.value(0).toString(), *s, q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
    }
    return out;
}

// ---- address book ---------------------------------------------------------------------------------------------------

namespace {
// Finance clerks keep the book; the cool-down and (with two owners) another
// owner's confirmation stand between a new entry and a payout to it.
bool mayEditBook(const OperatorInfo &op)
{
    return op.has(Role::Owner) || op.has(Role::Approver) || op.has(Role::Clerk);
}
} // namespace

Result<AddressBookEntry> Payouts::saveAddress(QSqlDatabase &db, const OperatorInfo &actor, const QString &chain,
    const QString &address, const QString &label, qint64 nowMs)
{
    auto me = current(db, actor);
    if (!me.ok())
        return me.error();
    if (!mayEditBook(*me))
        return refused(QStringLiteral("address book by an auditor"), tr("Only a clerk, an approver or an owner may change the address book."));
    auto canonical = canonicalAddress(chain, address.trimmed());
    if (!canonical.ok())
        return canonical.error();
    const QString name = label.simplified();
    if (name.isEmpty() || name.size() > 100)
        return refused(QStringLiteral("bad label"), tr("Give the address a name of 1 to 100 characters."));
    auto policyNow = policy(db);
    if (!policyNow.ok())
        return policyNow.error();
    auto owners = activeOwners(db);
    if (!owners.ok())
        return owners.error();
    auto existing = bookEntry(db, chain, canonical.value());
    if (!existing.ok())
        return existing.error();
    AddressBookEntry e;
    const bool isEdit = existing->has_value();
    if (isEdit) {
        e = **existing;
        e.revision += 1;
    } else {
        e.id = newId();
    }
    const AddressBookEntry before = e;
    e.chain = chain;
    e.address = canonical.value();
    e.label = name;
    e.createdBy = me->id;
    e.createdByName = me->displayName;
    e.createdAtMs = nowMs;
    e.activeFromMs = nowMs + policyNow->addressCoolDownMs;
    e.needsSecondPerson = owners.value() >= 2;
    e.confirmedBy.clear();
    e.confirmedAtMs = 0;
    e.removed = false;
    QSqlQuery q(db);
    if (isEdit)
        q.prepare(QStringLiteral("UPDATE payout_address_book SET chain = ?, address = ?, label = ?, revision = ?, created_by = ?, "
                                 "created_by_name = ?, created_at_ms = ?, active_from_ms = ?, needs_second_person = ?, "
                                 "confirmed_by = ?, confirmed_at_ms = ?, removed = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral("INSERT INTO payout_address_book (chain, address, label, revision, created_by, created_by_name, "
                                 "created_at_ms, active_from_ms, needs_second_person, confirmed_by, confirmed_at_ms, removed, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(e.chain), QVariant(e.address), QVariant(e.label), QVariant(e.revision),
             QVariant(e.createdBy), QVariant(text(e.createdByName)), QVariant(e.createdAtMs), QVariant(e.activeFromMs),
             QVariant(e.needsSecondPerson ? 1 : 0), QVariant(text(e.confirmedBy)), QVariant(e.confirmedAtMs), QVariant(0), QVariant(e.id)})
        q.addBindValue(v);
    if (!q.exec())
        return queryError("save address", q);
    QJsonObject details{{QStringLiteral("new"), entryJson(e)}};
    if (isEdit)
        details.insert(QStringLiteral("old"), entryJson(before));
    auto audited = audit(db, actorOf(*me), isEdit ? audit::action::AddressBookEdit : audit::action::AddressBookAdd,
        QStringLiteral("address"), e.id, details, nowMs);
    if (!audited.ok())
        return audited.error();
    return e;
}

Result<void> Payouts::confirmAddress(QSqlDatabase &db, const OperatorInfo &actor, const QString &entryId, qint64 nowMs)
{
    auto me = current(db, actor);
    if (!me.ok())
        return me.error();
    if (!isOwner(*me))
        return refused(QStringLiteral("address confirm by non-owner"), tr("Only an owner may confirm an address-book entry."));
    auto e = entryById(db, entryId);
    if (!e.ok())
        return e.error();
    if (e->removed || !e->confirmedBy.isEmpty())
        return refused(QStringLiteral("nothing to confirm"), tr("This address-book entry needs no confirmation."));
    if (e->createdBy == me->id)
        return refused(QStringLiteral("maker confirms own address"), tr("Another owner has to confirm the entry you made."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE payout_address_book SET confirmed_by = ?, confirmed_at_ms = ? WHERE id = ?"));
    q.addBindValue(me->id);
    q.addBindValue(nowMs);
    q.addBindValue(entryId);
    if (!q.exec())
        return queryError("confirm address", q);
    return audit(db, actorOf(*me), audit::action::AddressBookApprove, QStringLiteral("address"), entryId,
        QJsonObject{{QStringLiteral("entry"), entryJson(*e)}}, nowMs);
}

Result<void> Payouts::removeAddress(QSqlDatabase &db, const OperatorInfo &actor, const QString &entryId, qint64 nowMs)
{
    auto me = current(db, actor);
    if (!me.ok())
        return me.error();
    if (!mayEditBook(*me))
        return refused(QStringLiteral("address book by an auditor"), tr("Only a clerk, an approver or an owner may change the address book."));
    auto e = entryById(db, entryId);
    if (!e.ok())
        return e.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE payout_address_book SET removed = 1 WHERE id = ?"));
    q.addBindValue(entryId);
    if (!q.exec())
        return queryError("remove address", q);
    return audit(db, actorOf(*me), audit::action::AddressBookRemove, QStringLiteral("address"), entryId,
        QJsonObject{{QStringLiteral("old"), entryJson(*e)}}, nowMs);
}

Result<QList<AddressBookEntry>> Payouts::addressBook(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM payout_address_book WHERE removed = 0 ORDER BY label, chain").arg(kEntryColumns)))
        return queryError("list addresses", q);
    QList<AddressBookEntry> out;
    while (q.next())
        out.append(entryFromRow(q));
    return out;
}

Result<std::optional<AddressBookEntry>> Payouts::bookEntry(const QSqlDatabase &db, const QString &chain, const QString &address)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM payout_address_book WHERE chain = ? AND address = ?").arg(kEntryColumns));
    q.addBindValue(chain);
    q.addBindValue(address);
    if (!q.exec())
        return queryError("find address", q);
    if (!q.next())
        return std::optional<AddressBookEntry>();
    return std::optional<AddressBookEntry>(entryFromRow(q));
}

// ---- requests -------------------------------------------------------------------------------------------------------

Result<PayoutRequest> Payouts::request(QSqlDatabase &db, const OperatorInfo &actor, const PayoutDraft &draft,
    const FiatValuation &fiat, qint64 nowMs)
{
    auto me = current(db, actor);
    if (!me.ok())
        return me.error();
    if (!me->has(Role::Clerk) && !me->has(Role::Owner))
        return refused(QStringLiteral("request by non-clerk"), tr("Only a clerk or an owner may request a payout."));
    return insertRequest(db, {Requester::Kind::Operator, me->id, me->displayName}, draft, fiat, nowMs);
}

Result<PayoutRequest> Payouts::requestFromApiKey(QSqlDatabase &db, const QString &apiKeyId, const QString &apiKeyName,
    const QStringList &scopes, const PayoutDraft &draft, const FiatValuation &fiat, qint64 nowMs)
{
    if (!scopes.contains(QLatin1String(RequestScope)))
        return refused(QStringLiteral("api key lacks payouts:request"), tr("This API key may not request payouts."),
            tr("Give the key the payouts:request scope in Settings."));
    if (apiKeyId.isEmpty())
        return refused(QStringLiteral("no api key"), tr("This API key may not request payouts."));
    return insertRequest(db, {Requester::Kind::ApiKey, apiKeyId, apiKeyName}, draft, fiat, nowMs);
}

Result<PayoutRequest> Payouts::edit(QSqlDatabase &db, const OperatorInfo &actor, const QString &id, int expectedRevision,
    const PayoutDraft &draft, const FiatValuation &fiat, qint64 nowMs)
{
    auto me = current(db, actor);
    if (!me.ok())
        return me.error();
    auto r = requireRequest(db, id);
    if (!r.ok())
        return r.error();
    const bool isRequester = r->requester.kind == Requester::Kind::Operator && r->requester.id == me->id;
    if (!isRequester && !isOwner(*me))
        return refused(QStringLiteral("edit by someone else"), tr("Only the requester or an owner may change a payout request."));
    if (!isEditable(r->state))
        return refused(QStringLiteral("not editable"), tr("This payout can no longer be changed."));
    if (r->revision != expectedRevision)
        return refused(QStringLiteral("revision moved"), tr("Someone changed this payout in the meantime."), tr("Open it again."));
    auto checked = checkDraft(draft, fiat);
    if (!checked.ok())
        return checked.error();
    const PayoutRequest before = *r;
    PayoutRequest after = before;
    after.chain = checked->chain;
    after.tokenContract = checked->tokenContract;
    after.amount = checked->amount;
    after.destination = checked->destination;
    after.reason = checked->reason;
    after.reference = checked->reference;
    after.fiat = fiat;
    after.revision = before.revision + 1; // voids every approval of the old revision
    after.state = PayoutState::AwaitingApproval;
    after.updatedAtMs = nowMs;
    auto updated = updateRequest(db, after);
    if (!updated.ok())
        return updated.error();
    auto audited = audit(db, actorOf(*me), audit::action::PayoutEdit, QStringLiteral("payout"), id,
        QJsonObject{{QStringLiteral("old"), requestJson(before)}, {QStringLiteral("new"), requestJson(after)}}, nowMs);
    if (!audited.ok())
        return audited.error();
    return after;
}

Result<PolicyDecision> Payouts::decide(QSqlDatabase &db, const OperatorInfo &approver, const QString &id, int revision,
    bool approve, const QString &reason, qint64 nowMs)
{
    auto me = current(db, approver);
    if (!me.ok())
        return me.error();
    auto r = requireRequest(db, id);
    if (!r.ok())
        return r.error();
    if (r->revision != revision)
        return refused(QStringLiteral("approval of an old revision"), tr("This payout was changed after you opened it."),
            tr("Open it again and check the new details."));
    auto previous = approvals(db, id);
    if (!previous.ok())
        return previous.error();
    auto may = PayoutPolicy::mayApprove(*r, *previous, *me);
    if (!may.ok())
        return may.error();
    if (!approve && reason.trimmed().isEmpty())
        return refused(QStringLiteral("rejection without reason"), tr("Say why you reject the payout."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO payout_approvals (payout_id, revision, operator_id, operator_name, roles, decision, "
                             "reason, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(revision);
    q.addBindValue(me->id);
    q.addBindValue(text(me->displayName));
    q.addBindValue(me->roles);
    q.addBindValue(approve ? QStringLiteral("approve") : QStringLiteral("reject"));
    q.addBindValue(text(reason.trimmed()));
    q.addBindValue(nowMs);
    if (!q.exec())
        return queryError("record approval", q);
    auto decision = evaluate(db, *r, nowMs);
    if (!decision.ok())
        return decision.error();
    PayoutRequest after = *r;
    if (!approve) {
        after.state = PayoutState::Rejected;
        after.failureReason = reason.trimmed();
    } else if (decision->satisfied()) {
        after.state = PayoutState::Approved;
    }
    after.updatedAtMs = nowMs;
    if (after.state != r->state) {
        auto updated = updateRequest(db, after);
        if (!updated.ok())
            return updated.error();
    }
    auto audited = audit(db, actorOf(*me), approve ? audit::action::PayoutApprove : audit::action::PayoutReject,
        QStringLiteral("payout"), id,
        QJsonObject{{QStringLiteral("revision"), revision}, {QStringLiteral("reason"), reason.trimmed()},
            {QStringLiteral("step_up"), true}, {QStringLiteral("tier"), int(decision->tier)},
            {QStringLiteral("state"), QLatin1String(payoutStateName(after.state))}},
        nowMs);
    if (!audited.ok())
        return audited.error();
    return decision;
}

Result<void> Payouts::cancel(QSqlDatabase &db, const OperatorInfo &actor, const QString &id, const QString &reason, qint64 nowMs)
{
    auto me = current(db, actor);
    if (!me.ok())
        return me.error();
    auto r = requireRequest(db, id);
    if (!r.ok())
        return r.error();
    const bool isRequester = r->requester.kind == Requester::Kind::Operator && r->requester.id == me->id;
    if (!isRequester && !isOwner(*me))
        return refused(QStringLiteral("cancel by someone else"), tr("Only the requester or an owner may cancel a payout request."));
    if (!isEditable(r->state))
        return refused(QStringLiteral("not cancellable"), tr("This payout can no longer be cancelled."));
    PayoutRequest after = *r;
    after.state = PayoutState::Cancelled;
    after.failureReason = reason.trimmed();
    after.updatedAtMs = nowMs;
    auto updated = updateRequest(db, after);
    if (!updated.ok())
        return updated;
    return audit(db, actorOf(*me), audit::action::PayoutCancel, QStringLiteral("payout"), id,
        QJsonObject{{QStringLiteral("reason"), after.failureReason}}, nowMs);
}

Result<std::optional<PayoutRequest>> Payouts::find(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM payout_requests WHERE id = ?").arg(kRequestColumns));
    q.addBindValue(id);
    if (!q.exec())
        return queryError("read request", q);
    if (!q.next())
        return std::optional<PayoutRequest>();
    auto r = requestFromRow(q);
    if (!r.ok())
        return r.error();
    return std::optional<PayoutRequest>(r.value());
}

Result<QList<PayoutRequest>> Payouts::list(const QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM payout_requests ORDER BY created_at_ms DESC, id LIMIT ?").arg(kRequestColumns));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError("list requests", q);
    QList<PayoutRequest> out;
    while (q.next()) {
        auto r = requestFromRow(q);
        if (!r.ok())
            return r.error();
        out.append(r.value());
    }
    return out;
}

Result<QList<Approval>> Payouts::approvals(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT revision, operator_id, operator_name, roles, decision, reason, at_ms FROM payout_approvals "
                             "WHERE payout_id = ? ORDER BY at_ms, operator_id"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError("read approvals", q);
    QList<Approval> out;
    while (q.next()) {
        Approval a;
        a.payoutId = id;
        a.revision = q.value(0).toInt();
        a.operatorId = q.value(1).toString();
        a.operatorName = q.value(2).toString();
        a.roles = q.value(3).toInt();
        a.approve = q.value(4).toString() == QLatin1String("approve");
        a.reason = q.value(5).toString();
        a.atMs = q.value(6).toLongLong();
        out.append(a);
    }
    return out;
}

Result<PolicyDecision> Payouts::evaluate(const QSqlDatabase &db, const PayoutRequest &request, qint64 nowMs)
{
    auto settings = policy(db);
    if (!settings.ok())
        return settings.error();
    auto entry = bookEntry(db, request.chain, request.destination);
    if (!entry.ok())
        return entry.error();
    auto velocity = VelocityBook::load(db, nowMs);
    if (!velocity.ok())
        return velocity.error();
    return evaluateWith(db, request, nowMs, *settings, *entry, *velocity);
}

Result<void> Payouts::fail(QSqlDatabase &db, const QString &id, const QString &reason, qint64 nowMs)
{
    auto r = requireRequest(db, id);
    if (!r.ok())
        return r.error();
    PayoutRequest after = *r;
    after.state = PayoutState::Failed;
    after.failureReason = reason;
    after.updatedAtMs = nowMs;
    auto updated = updateRequest(db, after);
    if (!updated.ok())
        return updated;
    return audit(db, audit::Actor::system(), audit::action::PayoutFail, QStringLiteral("payout"), id,
        QJsonObject{{QStringLiteral("reason"), reason}, {QStringLiteral("previous_state"), QLatin1String(payoutStateName(r->state))}},
        nowMs);
}

Result<void> Payouts::setState(QSqlDatabase &db, const QString &id, PayoutState state, const QString &txHash,
    const char *action, const QJsonObject &details, qint64 nowMs)
{
    auto r = requireRequest(db, id);
    if (!r.ok())
        return r.error();
    PayoutRequest after = *r;
    after.state = state;
    if (!txHash.isEmpty())
        after.txHash = txHash;
    after.updatedAtMs = nowMs;
    auto updated = updateRequest(db, after);
    if (!updated.ok())
        return updated;
    if (!action)
        return {};
    QJsonObject d = details;
    d.insert(QStringLiteral("state"), QLatin1String(payoutStateName(state)));
    if (!after.txHash.isEmpty())
        d.insert(QStringLiteral("tx_hash"), after.txHash);
    return audit(db, audit::Actor::system(), action, QStringLiteral("payout"), id, d, nowMs);
}

Result<GateOutcome> Payouts::finalGate(QSqlDatabase &db, const QString &id, const ChainFacts &facts, qint64 nowMs)
{
    FinalGateRound round(db, nowMs);
    return round.check(id, facts);
}

// ---- the final gate for a round ----------------------------------------------------------------------------------------

struct FinalGateRound::Cache {
    std::optional<PolicySettings> settings;
    QHash<QString, std::optional<AddressBookEntry>> book; // by chain + '\n' + address
    std::optional<VelocityBook> velocity;
};

FinalGateRound::FinalGateRound(QSqlDatabase &db, qint64 nowMs) : m_db(db), m_nowMs(nowMs), m_cache(std::make_unique<Cache>()) { }

FinalGateRound::~FinalGateRound() = default;

Result<void> FinalGateRound::fail(const QString &id, const QString &reason)
{
    auto failed = Payouts::fail(m_db, id, reason, m_nowMs);
    if (!failed.ok())
        return failed;
    if (m_cache->velocity)
        m_cache->velocity->drop(id); // no longer counts for the payouts after it
    return {};
}

Result<GateOutcome> FinalGateRound::check(const QString &id, const ChainFacts &facts)
{
    auto r = requireRequest(m_db, id);
    if (!r.ok())
        return r.error();
    if (r->state != PayoutState::Approved)
        return refused(QStringLiteral("gate: not approved (%1)").arg(QLatin1String(payoutStateName(r->state))),
            Payouts::tr("This payout is not approved."));
    // What does not change inside the transaction is read once for the round.
    if (!m_cache->settings) {
        auto settings = Payouts::policy(m_db);
        if (!settings.ok())
            return settings.error();
        m_cache->settings = *settings;
    }
    const QString bookKey = r->chain + QLatin1Char('\n') + r->destination;
    if (!m_cache->book.contains(bookKey)) {
        auto entry = Payouts::bookEntry(m_db, r->chain, r->destination);
        if (!entry.ok())
            return entry.error();
        m_cache->book.insert(bookKey, *entry);
    }
    if (!m_cache->velocity) {
        auto velocity = VelocityBook::load(m_db, m_nowMs);
        if (!velocity.ok())
            return velocity.error();
        m_cache->velocity = std::move(*velocity);
    }
    auto decision = evaluateWith(m_db, *r, m_nowMs, *m_cache->settings, m_cache->book.value(bookKey), *m_cache->velocity);
    if (!decision.ok())
        return decision.error();
    QString problem;
    QString text;
    if (!decision->satisfied()) {
        problem = decision->refused ? decision->problems.join(QLatin1Char(',')) : QStringLiteral("approvals_missing");
        text = decision->refused ? decision->problemText : Payouts::tr("The payout no longer has the approvals the policy asks for.");
    } else if (facts.tokenBalance.asset() != r->amount.asset()
        || (facts.tokenBalance <=> r->amount) == std::partial_ordering::less) {
        problem = QStringLiteral("token_balance");
        text = Payouts::tr("The hot wallet holds %1, less than the payout's %2.")
                   .arg(facts.tokenBalance.toStringWithSymbol(), r->amount.toStringWithSymbol());
    } else if (facts.gasBalance < facts.feeEstimate) {
        problem = QStringLiteral("gas_balance");
        text = Payouts::tr("The hot wallet cannot pay the network fee.");
    } else if (facts.destinationBlacklisted) {
        problem = QStringLiteral("destination_blacklisted");
        text = Payouts::tr("The token contract has blacklisted the destination; the transfer would fail.");
    } else if (facts.senderBlacklisted) {
        problem = QStringLiteral("sender_blacklisted");
        text = Payouts::tr("The token contract has blacklisted the hot wallet.");
    }
    if (!problem.isEmpty()) {
        auto failed = fail(id, QStringLiteral("final gate: %1: %2").arg(problem, text));
        if (!failed.ok())
            return failed.error();
        auto after = requireRequest(m_db, id);
        if (!after.ok())
            return after.error();
        return GateOutcome{*after, refused(QStringLiteral("final gate: ") + problem, text)};
    }
    return GateOutcome{*r, std::nullopt};
}

} // namespace kassa::payouts
