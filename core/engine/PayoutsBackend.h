// PayoutsBackend: the engine's PayoutsService over the store, with the
// step-up check of each decision done by the OperatorsService.
#pragma once

#include "base/Clock.h"
#include "engine/PayoutsService.h"

#include <QSqlDatabase>

#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::engine {

class OperatorsService;

class PayoutsBackend final : public PayoutsService
{
    Q_OBJECT

public:
    //! The current rate of an asset in the policy's fiat (source and time included).
    using RateSource = std::function<Result<payouts::FiatValuation>(const money::Amount &amount)>;

    PayoutsBackend(const Clock &clock, OperatorsService *operators, QList<PayoutAsset> assets, RateSource rates,
        QObject *parent = nullptr);
    void setDatabase(std::shared_ptr<store::Database> database);
    //! Replaces the assets (a chain was enabled, disabled or given tokens).
    void setAssets(QList<PayoutAsset> assets);
    //! What the engine's PayoutRunner reports (see senderProblems()).
    void setSenderProblems(QStringList problems);
    QStringList senderProblems() const override { return m_senderProblems; }

    QList<PayoutAsset> assets() const override;
    Result<payouts::FiatValuation> valuation(const money::Amount &amount) const override;
    Result<QString> checkAddress(const QString &chain, const QString &address) const override;
    void list(const QString &viewerId, QObject *context, RowsDone done) override;
    void request(const QString &actorId, const payouts::PayoutDraft &draft, QObject *context, RequestDone done) override;
    void decide(const QString &login, const QString &password, const QString &totpCode, const QString &payoutId,
        int revision, bool approve, const QString &reason, QObject *context, DecisionDone done) override;

    void policy(QObject *context, PolicyDone done) override;
    void proposePolicy(const QString &actorId, const payouts::PolicySettings &settings, QObject *context,
        ProposeDone done) override;
    void decidePolicy(const QString &login, const QString &password, const QString &totpCode, const QString &proposalId,
        bool confirm, const QString &reason, QObject *context, VoidDone done) override;

    void addressBook(QObject *context, BookDone done) override;
    void saveAddress(const QString &actorId, const QString &chain, const QString &address, const QString &label,
        QObject *context, EntryDone done) override;
    void confirmAddress(const QString &actorId, const QString &entryId, QObject *context, VoidDone done) override;
    void removeAddress(const QString &actorId, const QString &entryId, QObject *context, VoidDone done) override;

    //! Which queue `row` belongs in for `viewer` (exposed for tests).
    static PayoutQueue queueOf(const PayoutRow &row, const operators::OperatorInfo &viewer);

private:
    //! The password (and code) of `login` first, then `write` as that
    //! operator in one transaction on a worker; `done` on `context`'s thread,
    //! and changed() after a success. The session alone never decides.
    template<typename T>
    void writeAfterStepUp(const QString &login, const QString &password, const QString &totpCode, QObject *context,
        std::function<Result<T>(QSqlDatabase &, const operators::OperatorInfo &, qint64 nowMs)> write,
        std::function<void(Result<T>)> done);

    const Clock &m_clock;
    OperatorsService *m_operators;
    QList<PayoutAsset> m_assets;
    QStringList m_senderProblems;
    RateSource m_rates;
    std::shared_ptr<store::Database> m_database;

    //! Runs `change` as `actorId` in one write transaction; `changed()` on success.
    void changeBook(const QString &actorId, std::function<Result<void>(QSqlDatabase &, const operators::OperatorInfo &, qint64)> change,
        QObject *context, VoidDone done);
};

} // namespace kassa::engine
