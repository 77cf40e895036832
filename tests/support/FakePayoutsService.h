// FakePayoutsService: a PayoutsService for widget tests over rows the test
// sets; decisions succeed only with `password`, and every call is recorded.
#pragma once

#include "engine/OperatorsService.h"
#include "engine/PayoutsService.h"

#include <QMetaObject>
#include <QPointer>

namespace kassa::test {

class FakePayoutsService : public engine::PayoutsService
{
    Q_OBJECT

public:
    using PayoutsService::PayoutsService;

    QList<engine::PayoutRow> rows;
    QList<payouts::PayoutDraft> requests;
    struct Decision {
        QString login, payoutId, reason;
        int revision = 0;
        bool approve = false;
    };
    QList<Decision> decisions;
    QString password = QStringLiteral("right password");
    bool totpRequired = false;
    QString totpCode = QStringLiteral("123456");
    QStringList problems; //!< senderProblems()

    QStringList senderProblems() const override { return problems; }

    QList<engine::PayoutAsset> assets() const override
    {
        return {{QStringLiteral("ethereum"), QStringLiteral("Ethereum"), QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7"),
                    money::Asset::usdt6()},
            {QStringLiteral("tron"), QStringLiteral("Tron"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), money::Asset::usdt6()}};
    }
    Result<payouts::FiatValuation> valuation(const money::Amount &amount) const override
    {
        return payouts::FiatValuation{money::Amount::fromUnits(amount.units().divMod(money::UInt256(10000))->first, {QStringLiteral("USD"), 2}).value(),
            QStringLiteral("1.0002"), QStringLiteral("okx"), QDateTime::currentMSecsSinceEpoch() - 120'000};
    }
    Result<QString> checkAddress(const QString &chain, const QString &address) const override
    {
        return payouts::Payouts::canonicalAddress(chain, address);
    }
    QStringList listedFor; //!< the viewer of each list() call
    void list(const QString &viewerId, QObject *context, RowsDone done) override
    {
        listedFor << viewerId;
        answer<QList<engine::PayoutRow>>(context, std::move(done), rows);
    }
    void request(const QString &actorId, const payouts::PayoutDraft &draft, QObject *context, RequestDone done) override
    {
        Q_UNUSED(actorId);
        requests << draft;
        payouts::PayoutRequest r;
        r.id = QStringLiteral("new-%1").arg(requests.size());
        answer<payouts::PayoutRequest>(context, std::move(done), r);
    }
    void decide(const QString &login, const QString &pw, const QString &code, const QString &payoutId, int revision, bool approve,
        const QString &reason, QObject *context, DecisionDone done) override
    {
        if (pw != password) {
            answer<payouts::PolicyDecision>(context, std::move(done),
                makeError(ErrorCode::InvalidInput, QStringLiteral("[auth:wrong-credentials] wrong"), QStringLiteral("The login name or the password is wrong.")));
            return;
        }
        if (totpRequired && code != totpCode) {
            const char *tag = code.isEmpty() ? "[auth:totp-required] code" : "[auth:wrong-totp] code";
            answer<payouts::PolicyDecision>(context, std::move(done),
                makeError(ErrorCode::InvalidInput, QLatin1String(tag), QStringLiteral("Enter the 6-digit code from your authenticator app.")));
            return;
        }
        decisions << Decision{login, payoutId, reason, revision, approve};
        answer<payouts::PolicyDecision>(context, std::move(done), payouts::PolicyDecision{});
    }

    PolicyState policyState{payouts::PolicySettings::defaults(), {}};
    QList<payouts::PolicySettings> proposals;
    QStringList confirmed;
    bool proposeApplies = true;

    void policy(QObject *context, PolicyDone done) override { answer<PolicyState>(context, std::move(done), policyState); }
    void proposePolicy(const QString &actorId, const payouts::PolicySettings &settings, QObject *context, ProposeDone done) override
    {
        Q_UNUSED(actorId);
        auto valid = payouts::PayoutPolicy::validate(settings);
        if (!valid.ok()) {
            answer<QString>(context, std::move(done), valid.error());
            return;
        }
        proposals << settings;
        if (proposeApplies)
            policyState.current = settings;
        answer<QString>(context, std::move(done), proposeApplies ? QString() : QStringLiteral("proposal-1"));
    }
    //! Decided policy changes: "confirm:<id>" or "reject:<id>:<reason>", with the login that decided.
    QStringList policyDecisions;
    QStringList policyDeciders;
    void decidePolicy(const QString &login, const QString &pw, const QString &code, const QString &proposalId, bool confirm,
        const QString &reason, QObject *context, VoidDone done) override
    {
        Result<void> r;
        if (pw != password) {
            r = makeError(ErrorCode::InvalidInput, QStringLiteral("[auth:wrong-credentials] wrong"), QStringLiteral("The login name or the password is wrong."));
        } else if (totpRequired && code != totpCode) {
            r = makeError(ErrorCode::InvalidInput, QLatin1String(code.isEmpty() ? "[auth:totp-required] code" : "[auth:wrong-totp] code"),
                QStringLiteral("Enter the 6-digit code from your authenticator app."));
        } else {
            if (confirm)
                confirmed << proposalId;
            policyDecisions << (confirm ? QStringLiteral("confirm:%1").arg(proposalId) : QStringLiteral("reject:%1:%2").arg(proposalId, reason));
            policyDeciders << login;
            policyState.pending.clear();
        }
        QMetaObject::invokeMethod(context, [done, r] { done(r); }, Qt::QueuedConnection);
    }

    QList<payouts::AddressBookEntry> book;
    QStringList bookLog; //!< "save:chain:address:label", "confirm:id", "remove:id"
    qint64 coolDownMs = 24LL * 3600 * 1000;

    void addressBook(QObject *context, BookDone done) override
    {
        answer<QList<payouts::AddressBookEntry>>(context, std::move(done), book);
    }
    void saveAddress(const QString &actorId, const QString &chain, const QString &address, const QString &label,
        QObject *context, EntryDone done) override
    {
        auto canonical = payouts::Payouts::canonicalAddress(chain, address.trimmed());
        if (!canonical.ok()) {
            answer<payouts::AddressBookEntry>(context, std::move(done), canonical.error());
            return;
        }
        bookLog << QStringLiteral("save:%1:%2:%3").arg(chain, *canonical, label);
        payouts::AddressBookEntry e;
        for (const payouts::AddressBookEntry &old : std::as_const(book)) {
            if (old.chain == chain && old.address == *canonical)
                e = old;
        }
        const bool edit = !e.id.isEmpty();
        book.removeIf([&](const payouts::AddressBookEntry &old) { return edit && old.id == e.id; });
        e.id = edit ? e.id : QStringLiteral("entry-%1").arg(bookLog.size());
        e.revision = edit ? e.revision + 1 : 1;
        e.chain = chain;
        e.address = *canonical;
        e.label = label;
        e.createdBy = actorId;
        e.createdByName = QStringLiteral("Carl Clerk");
        e.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        e.activeFromMs = e.createdAtMs + coolDownMs;
        book << e;
        Q_EMIT changed();
        answer<payouts::AddressBookEntry>(context, std::move(done), e);
    }
    void confirmAddress(const QString &actorId, const QString &entryId, QObject *context, VoidDone done) override
    {
        bookLog << QStringLiteral("confirm:") + entryId;
        for (payouts::AddressBookEntry &e : book) {
            if (e.id == entryId)
                e.confirmedBy = actorId;
        }
        Q_EMIT changed();
        QMetaObject::invokeMethod(context, [done] { done({}); }, Qt::QueuedConnection);
    }
    void removeAddress(const QString &actorId, const QString &entryId, QObject *context, VoidDone done) override
    {
        Q_UNUSED(actorId);
        bookLog << QStringLiteral("remove:") + entryId;
        book.removeIf([&](const payouts::AddressBookEntry &e) { return e.id == entryId; });
        Q_EMIT changed();
        QMetaObject::invokeMethod(context, [done] { done({}); }, Qt::QueuedConnection);
    }

private:
    template<typename T>
    static void answer(QObject *context, std::function<void(Result<T>)> done, Result<T> value)
    {
        QMetaObject::invokeMethod(context, [done = std::move(done), value = std::move(value)]() mutable { done(std::move(value)); },
            Qt::QueuedConnection);
    }
};

} // namespace kassa::test
