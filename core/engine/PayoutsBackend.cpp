#include "engine/PayoutsBackend.h"

#include "engine/OperatorsService.h"
#include "operators/OperatorStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kassa::engine {

using namespace kassa::payouts;

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(kassa::engine::PayoutsBackend)
};

Error notReady()
{
    return makeError(ErrorCode::Database, QStringLiteral("payouts: the database is not open yet"),
        Texts::tr("Payouts are not available yet: the database is still opening."), Texts::tr("Wait a moment and try again."));
}

Result<operators::OperatorInfo> operatorById(const QSqlDatabase &db, const QString &id)
{
    auto op = operators::OperatorStore::byId(db, id);
    if (!op.ok())
        return op.error();
    if (!op->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("payouts: no operator %1").arg(id), operators::OperatorStore::tr("No such operator."));
    return (*op)->info;
}

} // namespace

PayoutsBackend::PayoutsBackend(const Clock &clock, OperatorsService *operators, QList<PayoutAsset> assets, RateSource rates,
    QObject *parent)
    : PayoutsService(parent), m_clock(clock), m_operators(operators), m_assets(std::move(assets)), m_rates(std::move(rates))
{
}

void PayoutsBackend::setDatabase(std::shared_ptr<store::Database> database)
{
    m_database = std::move(database);
}

void PayoutsBackend::setSenderProblems(QStringList problems)
{
    if (problems == m_senderProblems)
        return;
    m_senderProblems = std::move(problems);
    Q_EMIT sendersChanged();
}

void PayoutsBackend::setAssets(QList<PayoutAsset> assets)
{
    m_assets = std::move(assets);
}

QList<PayoutAsset> PayoutsBackend::assets() const
{
    return m_assets;
}

Result<FiatValuation> PayoutsBackend::valuation(const money::Amount &amount) const
{
    return m_rates(amount);
}

Result<QString> PayoutsBackend::checkAddress(const QString &chain, const QString &address) const
{
    return Payouts::canonicalAddress(chain, address);
}

PayoutQueue PayoutsBackend::queueOf(const PayoutRow &row, const operators::OperatorInfo &viewer)
{
    switch (row.request.state) {
    case PayoutState::AwaitingApproval:
        return PayoutPolicy::mayApprove(row.request, row.approvals, viewer).ok() ? PayoutQueue::AwaitingMe
                                                                                 : PayoutQueue::AwaitingOthers;
    case PayoutState::Approved: return PayoutQueue::Ready;
    case PayoutState::Signed:
    case PayoutState::Broadcast: return PayoutQueue::InFlight;
    case PayoutState::Completed: return PayoutQueue::Done;
    case PayoutState::Failed:
    case PayoutState::Rejected:
    case PayoutState::Cancelled: return PayoutQueue::Failed;
    }
    return PayoutQueue::AwaitingOthers;
}

void PayoutsBackend::list(const QString &viewerId, QObject *context, RowsDone done)
{
    QtConcurrent::run([db = m_database, &clock = m_clock, viewerId]() -> Result<QList<PayoutRow>> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        auto viewer = operatorById(reader.value(), viewerId);
        if (!viewer.ok())
            return viewer.error();
        auto requests = Payouts::list(reader.value());
        if (!requests.ok())
            return requests.error();
        QList<PayoutRow> rows;
        for (const PayoutRequest &r : *requests) {
            PayoutRow row;
            row.request = r;
            auto decision = Payouts::evaluate(reader.value(), r, clock.nowMs());
            auto approvals = Payouts::approvals(reader.value(), r.id);
            auto entry = Payouts::bookEntry(reader.value(), r.chain, r.destination);
            if (!decision.ok() || !approvals.ok() || !entry.ok())
                return !decision.ok() ? decision.error() : !approvals.ok() ? approvals.error() : entry.error();
            row.decision = *decision;
            row.approvals = *approvals;
            row.bookEntry = *entry;
            row.queue = queueOf(row, *viewer);
            rows << row;
        }
        return rows;
    }).then(context, [done](Result<QList<PayoutRow>> r) { done(std::move(r)); });
}

void PayoutsBackend::request(const QString &actorId, const PayoutDraft &draft, QObject *context, RequestDone done)
{
    auto fiat = m_rates(draft.amount);
    QPointer<PayoutsBackend> self(this);
    QtConcurrent::run([db = m_database, &clock = m_clock, actorId, draft, fiat]() -> Result<PayoutRequest> {
        if (!db)
            return notReady();
        if (!fiat.ok())
            return fiat.error();
        return db->writeValueAndWait<PayoutRequest>([&](QSqlDatabase &c) -> Result<PayoutRequest> {
            auto actor = operatorById(c, actorId);
            if (!actor.ok())
                return actor.error();
            return Payouts::request(c, *actor, draft, *fiat, clock.nowMs());
        });
    }).then(context, [self, done](Result<PayoutRequest> r) {
        if (r.ok() && self)
            Q_EMIT self->changed();
        done(std::move(r));
    });
}

template<typename T>
void PayoutsBackend::writeAfterStepUp(const QString &login, const QString &password, const QString &totpCode,
    QObject *context, std::function<Result<T>(QSqlDatabase &, const operators::OperatorInfo &, qint64 nowMs)> write,
    std::function<void(Result<T>)> done)
{
    QPointer<PayoutsBackend> self(this);
    QPointer<QObject> ctx(context);
    m_operators->verify(login, password, totpCode, OperatorsService::Purpose::StepUp, this,
        [self, ctx, write = std::move(write), done = std::move(done)](Result<operators::OperatorInfo> who) {
            if (!self || !ctx)
                return;
            if (!who.ok()) {
                done(who.error());
                return;
            }
            QtConcurrent::run([db = self->m_database, &clock = self->m_clock, actor = *who, write]() -> Result<T> {
                if (!db)
                    return notReady();
                return db->writeValueAndWait<T>(
                    [&](QSqlDatabase &c) -> Result<T> { return write(c, actor, clock.nowMs()); });
            }).then(ctx.data(), [self, done](Result<T> r) {
                if (r.ok() && self)
                    Q_EMIT self->changed();
                done(std::move(r));
            });
        });
}

void PayoutsBackend::decide(const QString &login, const QString &password, const QString &totpCode, const QString &payoutId,
    int revision, bool approve, const QString &reason, QObject *context, DecisionDone done)
{
    writeAfterStepUp<PolicyDecision>(login, password, totpCode, context,
        [payoutId, revision, approve, reason](QSqlDatabase &c, const operators::OperatorInfo &approver, qint64 nowMs) {
            return Payouts::decide(c, approver, payoutId, revision, approve, reason, nowMs);
        },
        std::move(done));
}

void PayoutsBackend::policy(QObject *context, PolicyDone done)
{
    QtConcurrent::run([db = m_database]() -> Result<PolicyState> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        auto current = Payouts::policy(reader.value());
        auto pending = Payouts::pendingPolicies(reader.value());
        if (!current.ok())
            return current.error();
        if (!pending.ok())
            return pending.error();
        return PolicyState{*current, *pending};
    }).then(context, [done](Result<PolicyState> r) { done(std::move(r)); });
}

void PayoutsBackend::proposePolicy(const QString &actorId, const PolicySettings &settings, QObject *context, ProposeDone done)
{
    QPointer<PayoutsBackend> self(this);
    QtConcurrent::run([db = m_database, &clock = m_clock, actorId, settings]() -> Result<QString> {
        if (!db)
            return notReady();
        return db->writeValueAndWait<QString>([&](QSqlDatabase &c) -> Result<QString> {
            auto actor = operatorById(c, actorId);
            if (!actor.ok())
                return actor.error();
            return Payouts::proposePolicy(c, *actor, settings, clock.nowMs());
        });
    }).then(context, [self, done](Result<QString> r) {
        if (r.ok() && self)
            Q_EMIT self->changed();
        done(std::move(r));
    });
}

void PayoutsBackend::decidePolicy(const QString &login, const QString &password, const QString &totpCode,
    const QString &proposalId, bool confirm, const QString &reason, QObject *context, VoidDone done)
{
    writeAfterStepUp<bool>(login, password, totpCode, context,
        [proposalId, confirm, reason](QSqlDatabase &c, const operators::OperatorInfo &owner, qint64 nowMs) -> Result<bool> {
            auto r = confirm ? Payouts::confirmPolicy(c, owner, proposalId, nowMs)
                             : Payouts::rejectPolicy(c, owner, proposalId, reason, nowMs);
            if (!r.ok())
                return r.error();
            return true;
        },
        [done = std::move(done)](Result<bool> r) { done(r.ok() ? Result<void>() : Result<void>(r.error())); });
}

void PayoutsBackend::addressBook(QObject *context, BookDone done)
{
    QtConcurrent::run([db = m_database]() -> Result<QList<AddressBookEntry>> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        return Payouts::addressBook(reader.value());
    }).then(context, [done](Result<QList<AddressBookEntry>> r) { done(std::move(r)); });
}

void PayoutsBackend::saveAddress(const QString &actorId, const QString &chain, const QString &address, const QString &label,
    QObject *context, EntryDone done)
{
    QPointer<PayoutsBackend> self(this);
    QtConcurrent::run([db = m_database, &clock = m_clock, actorId, chain, address, label]() -> Result<AddressBookEntry> {
        if (!db)
            return notReady();
        return db->writeValueAndWait<AddressBookEntry>([&](QSqlDatabase &c) -> Result<AddressBookEntry> {
            auto actor = operatorById(c, actorId);
            if (!actor.ok())
                return actor.error();
            return Payouts::saveAddress(c, *actor, chain, address, label, clock.nowMs());
        });
    }).then(context, [self, done](Result<AddressBookEntry> r) {
        if (r.ok() && self)
            Q_EMIT self->changed();
        done(std::move(r));
    });
}

void PayoutsBackend::changeBook(const QString &actorId,
    std::function<Result<void>(QSqlDatabase &, const operators::OperatorInfo &, qint64)> change, QObject *context, VoidDone done)
{
    QPointer<PayoutsBackend> self(this);
    QtConcurrent::run([db = m_database, &clock = m_clock, actorId, change = std::move(change)]() -> Result<bool> {
        if (!db)
            return notReady();
        return db->writeValueAndWait<bool>([&](QSqlDatabase &c) -> Result<bool> {
            auto actor = operatorById(c, actorId);
            if (!actor.ok())
                return actor.error();
            auto r = change(c, *actor, clock.nowMs());
            if (!r.ok())
                return r.error();
            return true;
        });
    }).then(context, [self, done](Result<bool> r) {
        if (r.ok() && self)
            Q_EMIT self->changed();
        done(r.ok() ? Result<void>() : Result<void>(r.error()));
    });
}

void PayoutsBackend::confirmAddress(const QString &actorId, const QString &entryId, QObject *context, VoidDone done)
{
    changeBook(actorId, [entryId](QSqlDatabase &c, const operators::OperatorInfo &actor, qint64 nowMs) {
        return Payouts::confirmAddress(c, actor, entryId, nowMs);
    }, context, std::move(done));
}

void PayoutsBackend::removeAddress(const QString &actorId, const QString &entryId, QObject *context, VoidDone done)
{
    changeBook(actorId, [entryId](QSqlDatabase &c, const operators::OperatorInfo &actor, qint64 nowMs) {
        return Payouts::removeAddress(c, actor, entryId, nowMs);
    }, context, std::move(done));
}

} // namespace kassa::engine
