// Payouts over a real database (SQLite and PostgreSQL): requests from the
// console and from an API key, approvals by role and revision, edits voiding
// approvals, rejection and cancelling, the address book's cool-down and
// second owner, policy changes (one owner: at once; two: proposal and
// confirmation by the other), velocity from stored payouts, and the final
// gate catching a balance drop, missing gas and a blacklisted destination
// between approval and signing — each step in an intact audit chain.
#include "StoreTarget.h"
#include "PayoutTestSupport.h"
#include "TestSupport.h"
#include "audit/AuditActions.h"
#include "operators/OperatorStore.h"
#include "payouts/Payouts.h"
#include "store/Database.h"

using namespace kassa;
using namespace kassa::payouts;
using money::Amount;
using operators::OperatorInfo;
using operators::Role;
using test::must;

namespace {

const QString kDest = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QString kToken = QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7");

Amount usdt(const char *text)
{
    return Amount::parse(QString::fromLatin1(text), money::Asset::usdt6()).value();
}
Amount usd(const char *text)
{
    return Amount::parse(QString::fromLatin1(text), {QStringLiteral("USD"), 2}).value();
}

} // namespace

class TestPayouts : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<test::StoreTarget> m_target;
    std::unique_ptr<store::Database> m_db;
    OperatorInfo m_owner, m_owner2, m_ann, m_ben, m_clerk, m_auditor;

    template<typename T>
    Result<T> write(const std::function<Result<T>(QSqlDatabase &)> &fn)
    {
        return m_db->writeValueAndWait<T>(fn);
    }
    Result<void> writeVoid(const std::function<Result<void>(QSqlDatabase &)> &fn) { return m_db->writeAndWait(fn); }
    QSqlDatabase reader() { return m_db->reader().value(); }

    OperatorInfo addOperator(const char *id, int roles)
    {
        operators::StoredOperator op;
        op.info.id = QLatin1String(id);
        op.info.login = QLatin1String(id);
        op.info.displayName = QString::fromLatin1(id).toUpper();
        op.info.roles = roles;
        op.passwordHash = QStringLiteral("$argon2id$unused");
        op.info.createdAtMs = op.info.updatedAtMs = m_clock.nowMs();
        auto inserted = writeVoid([&](QSqlDatabase &c) { return operators::OperatorStore::insert(c, op); });
        if (!inserted.ok())
            qFatal("%s", test::describe(inserted.error()).constData());
        return op.info;
    }
    FiatValuation valuation(const char *value)
    {
        return {usd(value), QStringLiteral("1.0000"), QStringLiteral("manual"), m_clock.nowMs() - 1000};
    }
    PayoutDraft draft(const char *amount, const QString &dest = kDest)
    {
        return {QStringLiteral("ethereum"), kToken, usdt(amount), dest, QStringLiteral("Supplier invoice 42"), QStringLiteral("INV-42")};
    }
    Result<PayoutRequest> requestAs(const OperatorInfo &op, const char *amount, const QString &dest = kDest)
    {
        return write<PayoutRequest>([&](QSqlDatabase &c) { return Payouts::request(c, op, draft(amount, dest), valuation(amount), m_clock.nowMs()); });
    }
    Result<PolicyDecision> decide(const OperatorInfo &op, const PayoutRequest &r, bool approve = true, int revision = 0,
        const QString &reason = {})
    {
        return write<PolicyDecision>([&](QSqlDatabase &c) {
            return Payouts::decide(c, op, r.id, revision ? revision : r.revision, approve, reason, m_clock.nowMs());
        });
    }
    PayoutRequest reload(const PayoutRequest &r) { return Payouts::find(reader(), r.id).value().value(); }
    void bookAndCool(const QString &address = kDest)
    {
        KASSA_VERIFY_OK(write<AddressBookEntry>([&](QSqlDatabase &c) {
            return Payouts::saveAddress(c, m_ann, QStringLiteral("ethereum"), address, QStringLiteral("Supplier"), m_clock.nowMs());
        }));
        m_clock.advanceMs(24LL * 3600 * 1000);
    }
    ChainFacts plenty()
    {
        ChainFacts f;
        f.tokenBalance = usdt("1000000");
        f.gasBalance = money::UInt256::pow10(18);
        f.feeEstimate = money::UInt256::pow10(15);
        return f;
    }
    void verifyChain()
    {
        auto report = audit::AuditLog::verify(reader());
        KASSA_VERIFY_OK(report);
        QVERIFY(report->ok);
    }

private Q_SLOTS:
    void init()
    {
        QFETCH_GLOBAL(store::Engine, engine);
        m_target = test::StoreTarget::make(engine);
        auto opened = store::Database::open(m_target->url, m_clock);
        KASSA_VERIFY_OK(opened);
        m_db = std::move(opened).value();
        m_owner = addOperator("olga", int(Role::Owner));
        m_ann = addOperator("ann", int(Role::Approver));
        m_ben = addOperator("ben", int(Role::Approver));
        m_clerk = addOperator("carl", int(Role::Clerk));
        m_auditor = addOperator("aude", int(Role::Auditor));
    }
    void cleanup()
    {
        m_db.reset();
        m_target.reset();
    }
    void initTestCase_data() { test::StoreTarget::addEngineRows(); }

    void requestApproveAndEditVoids()
    {
        bookAndCool();
        auto r = requestAs(m_clerk, "5000");
        KASSA_VERIFY_OK(r);
        QCOMPARE(r->state, PayoutState::AwaitingApproval);
        QCOMPARE(r->destination, kDest);
        QVERIFY(!requestAs(m_auditor, "10").ok()); // an auditor requests nothing
        QVERIFY(!requestAs(m_ann, "10").ok()); // nor an approver who is not a clerk

        QVERIFY(!decide(m_clerk, *r).ok()); // not an approver (and the maker)
        KASSA_VERIFY_OK(decide(m_ann, *r));
        QVERIFY(!decide(m_ann, *r).ok()); // once per revision
        QCOMPARE(reload(*r).state, PayoutState::AwaitingApproval); // T1–T2: two needed

        // The clerk edits the amount: the revision goes up, ann's approval is void.
        auto edited = write<PayoutRequest>([&](QSqlDatabase &c) {
            return Payouts::edit(c, m_clerk, r->id, 1, draft("5001"), valuation("5001"), m_clock.nowMs());
        });
        KASSA_VERIFY_OK(edited);
        QCOMPARE(edited->revision, 2);
        QVERIFY(!write<PayoutRequest>([&](QSqlDatabase &c) {
            return Payouts::edit(c, m_clerk, r->id, 1, draft("5002"), valuation("5002"), m_clock.nowMs());
        }).ok()); // stale revision
        auto benOld = decide(m_ben, *r, true, 1); // ben's dialog still shows revision 1
        QVERIFY(!benOld.ok());
        KASSA_VERIFY_OK(decide(m_ben, *edited));
        QCOMPARE(reload(*r).state, PayoutState::AwaitingApproval);
        auto last = decide(m_ann, *edited);
        KASSA_VERIFY_OK(last);
        QVERIFY(last->satisfied());
        QCOMPARE(reload(*r).state, PayoutState::Approved);

        const auto approvals = Payouts::approvals(reader(), r->id).value();
        QCOMPARE(approvals.size(), 3);
        verifyChain();
    }

    void rejectAndCancel()
    {
        bookAndCool();
        auto r = requestAs(m_clerk, "10");
        KASSA_VERIFY_OK(r);
        QVERIFY(!decide(m_ann, *r, false).ok()); // a rejection needs a reason
        KASSA_VERIFY_OK(decide(m_ann, *r, false, 0, QStringLiteral("wrong supplier")));
        QCOMPARE(reload(*r).state, PayoutState::Rejected);
        QCOMPARE(reload(*r).failureReason, QStringLiteral("wrong supplier"));
        QVERIFY(!decide(m_ben, *r).ok());

        auto r2 = requestAs(m_clerk, "10");
        QVERIFY(!writeVoid([&](QSqlDatabase &c) { return Payouts::cancel(c, m_ann, r2->id, {}, m_clock.nowMs()); }).ok());
        KASSA_VERIFY_OK(writeVoid([&](QSqlDatabase &c) { return Payouts::cancel(c, m_clerk, r2->id, QStringLiteral("dup"), m_clock.nowMs()); }));
        QCOMPARE(reload(*r2).state, PayoutState::Cancelled);
        verifyChain();
    }

    void apiKeyRequestsNeedTheScope()
    {
        auto noScope = write<PayoutRequest>([&](QSqlDatabase &c) {
            return Payouts::requestFromApiKey(c, QStringLiteral("key-1"), QStringLiteral("shop"), {QStringLiteral("orders:create")},
                draft("10"), valuation("10"), m_clock.nowMs());
        });
        QVERIFY(!noScope.ok());
        auto r = write<PayoutRequest>([&](QSqlDatabase &c) {
            return Payouts::requestFromApiKey(c, QStringLiteral("key-1"), QStringLiteral("shop"),
                {QString::fromLatin1(Payouts::RequestScope)}, draft("10"), valuation("10"), m_clock.nowMs());
        });
        KASSA_VERIFY_OK(r);
        QCOMPARE(r->state, PayoutState::AwaitingApproval);
        QCOMPARE(r->requester.kind, Requester::Kind::ApiKey);
        audit::AuditFilter f;
        f.actionPrefix = QStringLiteral("payout.request");
        const auto entries = audit::AuditLog::query(reader(), f).value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor.kind, audit::Actor::Kind::ApiKey);
    }

    void badDraftsAreRefused()
    {
        QVERIFY(!requestAs(m_clerk, "10", QStringLiteral("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).ok()); // bad checksum
        QVERIFY(!requestAs(m_clerk, "10", QStringLiteral("0x0000000000000000000000000000000000000000")).ok());
        QVERIFY(!requestAs(m_clerk, "10", QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).ok()); // Tron on Ethereum
        QVERIFY(!requestAs(m_clerk, "0").ok());
        auto lower = requestAs(m_clerk, "10", kDest.toLower());
        KASSA_VERIFY_OK(lower);
        QCOMPARE(lower->destination, kDest); // stored checksummed
        PayoutDraft d = draft("10");
        d.reason = QStringLiteral("   ");
        QVERIFY(!write<PayoutRequest>([&](QSqlDatabase &c) { return Payouts::request(c, m_clerk, d, valuation("10"), m_clock.nowMs()); }).ok());
        auto tron = Payouts::canonicalAddress(QStringLiteral("tron"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        KASSA_VERIFY_OK(tron);
        QVERIFY(!Payouts::canonicalAddress(QStringLiteral("tron"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")).ok());
    }

    void addressBookCoolDownAndSecondOwner()
    {
        auto r = requestAs(m_clerk, "10");
        KASSA_VERIFY_OK(r);
        // Outside the book: the top tier (two approvers and an owner).
        KASSA_VERIFY_OK(decide(m_ann, *r));
        auto d = Payouts::evaluate(reader(), reload(*r), m_clock.nowMs());
        QCOMPARE(d->tier, Tier::TwoPlusOwner);
        // Booked now: cooling down, refused.
        KASSA_VERIFY_OK(write<AddressBookEntry>([&](QSqlDatabase &c) {
            return Payouts::saveAddress(c, m_ann, QStringLiteral("ethereum"), kDest, QStringLiteral("Supplier"), m_clock.nowMs());
        }));
        QVERIFY(!write<AddressBookEntry>([&](QSqlDatabase &c) {
            return Payouts::saveAddress(c, m_auditor, QStringLiteral("ethereum"), kDest, QStringLiteral("X"), m_clock.nowMs());
        }).ok()); // an auditor does not edit the book
        auto renamed = write<AddressBookEntry>([&](QSqlDatabase &c) {
            return Payouts::saveAddress(c, m_clerk, QStringLiteral("ethereum"), kDest, QStringLiteral("Supplier Ltd"), m_clock.nowMs());
        }); // a finance clerk does: a new revision, cooling down again
        KASSA_VERIFY_OK(renamed);
        QCOMPARE(renamed->revision, 2);
        QCOMPARE(renamed->createdByName, m_clerk.displayName);
        d = Payouts::evaluate(reader(), reload(*r), m_clock.nowMs());
        QVERIFY(d->problems.contains(QStringLiteral("address_cooling")));
        m_clock.advanceMs(24LL * 3600 * 1000);
        d = Payouts::evaluate(reader(), reload(*r), m_clock.nowMs());
        QVERIFY(!d->problems.contains(QStringLiteral("address_cooling")));
        QVERIFY(d->problems.contains(QStringLiteral("rate_stale"))); // a day later the rate is old
        QCOMPARE(d->tier, Tier::One);

        // With two owners a new entry waits for the other owner too.
        m_owner2 = addOperator("otto", int(Role::Owner));
        const QString other = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
        auto e = write<AddressBookEntry>([&](QSqlDatabase &c) {
            return Payouts::saveAddress(c, m_owner, QStringLiteral("ethereum"), other, QStringLiteral("Landlord"), m_clock.nowMs());
        });
        KASSA_VERIFY_OK(e);
        QVERIFY(e->needsSecondPerson);
        m_clock.advanceMs(25LL * 3600 * 1000);
        auto r2 = requestAs(m_clerk, "10", other);
        KASSA_VERIFY_OK(r2);
        d = Payouts::evaluate(reader(), *r2, m_clock.nowMs());
        QVERIFY(d->problems.contains(QStringLiteral("address_unconfirmed")));
        QVERIFY(!writeVoid([&](QSqlDatabase &c) { return Payouts::confirmAddress(c, m_owner, e->id, m_clock.nowMs()); }).ok());
        QVERIFY(!writeVoid([&](QSqlDatabase &c) { return Payouts::confirmAddress(c, m_ann, e->id, m_clock.nowMs()); }).ok());
        KASSA_VERIFY_OK(writeVoid([&](QSqlDatabase &c) { return Payouts::confirmAddress(c, m_owner2, e->id, m_clock.nowMs()); }));
        d = Payouts::evaluate(reader(), *r2, m_clock.nowMs());
        QVERIFY(!d->refused);
        // Editing the label restarts the cool-down and the confirmation.
        auto edited = write<AddressBookEntry>([&](QSqlDatabase &c) {
            return Payouts::saveAddress(c, m_ann, QStringLiteral("ethereum"), other, QStringLiteral("Landlord (new)"), m_clock.nowMs());
        });
        KASSA_VERIFY_OK(edited);
        QCOMPARE(edited->revision, 2);
        QVERIFY(edited->confirmedBy.isEmpty());
        d = Payouts::evaluate(reader(), *r2, m_clock.nowMs());
        QVERIFY(d->problems.contains(QStringLiteral("address_cooling")));
        KASSA_VERIFY_OK(writeVoid([&](QSqlDatabase &c) { return Payouts::removeAddress(c, m_ann, edited->id, m_clock.nowMs()); }));
        QCOMPARE(Payouts::addressBook(reader())->size(), 1);
        verifyChain();
    }

    void policyChangesNeedBothOwners()
    {
        PolicySettings s = PolicySettings::defaults();
        s.tier1 = usd("500");
        QVERIFY(!write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, m_ann, s, m_clock.nowMs()); }).ok());
        auto applied = write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, m_owner, s, m_clock.nowMs()); });
        KASSA_VERIFY_OK(applied);
        QVERIFY(applied->isEmpty()); // one owner: at once
        QCOMPARE(Payouts::policy(reader())->tier1, usd("500"));

        m_owner2 = addOperator("otto", int(Role::Owner));
        s.tier1 = usd("200");
        auto proposal = write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, m_owner, s, m_clock.nowMs()); });
        KASSA_VERIFY_OK(proposal);
        QVERIFY(!proposal->isEmpty());
        QCOMPARE(Payouts::policy(reader())->tier1, usd("500")); // not yet
        QCOMPARE(Payouts::pendingPolicies(reader())->size(), 1);
        QVERIFY(!writeVoid([&](QSqlDatabase &c) { return Payouts::confirmPolicy(c, m_owner, *proposal, m_clock.nowMs()); }).ok());
        QVERIFY(!writeVoid([&](QSqlDatabase &c) { return Payouts::confirmPolicy(c, m_ann, *proposal, m_clock.nowMs()); }).ok());
        KASSA_VERIFY_OK(writeVoid([&](QSqlDatabase &c) { return Payouts::confirmPolicy(c, m_owner2, *proposal, m_clock.nowMs()); }));
        QCOMPARE(Payouts::policy(reader())->tier1, usd("200"));
        QVERIFY(Payouts::pendingPolicies(reader())->isEmpty());
        QVERIFY(!writeVoid([&](QSqlDatabase &c) { return Payouts::confirmPolicy(c, m_owner2, *proposal, m_clock.nowMs()); }).ok());

        // Rejected by an owner with a reason: no longer pending, nothing applied.
        s.tier1 = usd("150");
        auto third = write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, m_owner, s, m_clock.nowMs()); });
        KASSA_VERIFY_OK(third);
        const auto reject = [&](const OperatorInfo &who, const char *why) {
            return writeVoid([&](QSqlDatabase &c) { return Payouts::rejectPolicy(c, who, *third, QString::fromLatin1(why), m_clock.nowMs()); });
        };
        QVERIFY(!reject(m_ann, "not an owner").ok());
        QVERIFY(!reject(m_owner2, "  ").ok());
        QCOMPARE(Payouts::pendingPolicies(reader())->size(), 1);
        KASSA_VERIFY_OK(reject(m_owner2, "not this month"));
        QVERIFY(Payouts::pendingPolicies(reader())->isEmpty());
        QCOMPARE(Payouts::policy(reader())->tier1, usd("200"));
        QVERIFY(!writeVoid([&](QSqlDatabase &c) { return Payouts::confirmPolicy(c, m_owner, *third, m_clock.nowMs()); }).ok());
        QVERIFY(!reject(m_owner, "again").ok());

        PolicySettings bad = s;
        bad.tier1 = usd("99999");
        QVERIFY(!write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, m_owner, bad, m_clock.nowMs()); }).ok());

        audit::AuditFilter f;
        f.actionPrefix = QStringLiteral("policy.");
        const auto entries = audit::AuditLog::query(reader(), f).value();
        QCOMPARE(entries.size(), 5); // applied change, proposal, confirmation, proposal, rejection (newest first)
        QCOMPARE(entries.first().action, QStringLiteral("policy.change_reject"));
        QCOMPARE(entries.first().actor.id, m_owner2.id);
        QVERIFY(entries.first().details.contains(QLatin1String("\"reason\":\"not this month\"")));
        QVERIFY(entries[2].details.contains(QLatin1String("\"old\"")));
        verifyChain();
    }

    void velocityFromStoredPayoutsEscalates()
    {
        PolicySettings s = PolicySettings::defaults();
        s.maxPerRequester24h = usd("1500");
        KASSA_VERIFY_OK(write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, m_owner, s, m_clock.nowMs()); }));
        bookAndCool();
        auto first = requestAs(m_clerk, "900");
        auto d = Payouts::evaluate(reader(), *first, m_clock.nowMs());
        QCOMPARE(d->tier, Tier::One);
        auto second = requestAs(m_clerk, "700"); // 900 + 700 > 1500 for this requester
        d = Payouts::evaluate(reader(), *second, m_clock.nowMs());
        QCOMPARE(d->tier, Tier::Two);
        QVERIFY(d->escalations.contains(QStringLiteral("velocity_requester")));
        // A day later the first no longer counts.
        m_clock.advanceMs(24LL * 3600 * 1000 + 1);
        auto later = reload(*second);
        later.fiat.rateAtMs = m_clock.nowMs();
        d = Payouts::evaluate(reader(), later, m_clock.nowMs());
        QCOMPARE(d->tier, Tier::One);
    }

    void aGateRoundCountsWhatFailedBeforeIt()
    {
        // FinalGateRound reads the day's totals once; a payout that fails in
        // the round must leave them for the ones after it, as Payouts::finalGate
        // one after the other would see it.
        PolicySettings s = PolicySettings::defaults();
        s.maxPerRequester24h = usd("1500");
        KASSA_VERIFY_OK(write<QString>([&](QSqlDatabase &c) { return Payouts::proposePolicy(c, m_owner, s, m_clock.nowMs()); }));
        bookAndCool();
        auto small = must(requestAs(m_clerk, "700"));
        (void)must(decide(m_ann, small)); // alone: one approver
        QCOMPARE(reload(small).state, PayoutState::Approved);
        auto big = must(requestAs(m_clerk, "900")); // 700 + 900 > 1500: two approvers
        (void)must(decide(m_ann, big));
        (void)must(decide(m_ben, big));
        QCOMPARE(reload(big).state, PayoutState::Approved);
        // With both counting, the small one no longer has enough approvals.
        QCOMPARE(Payouts::evaluate(reader(), reload(small), m_clock.nowMs())->tier, Tier::Two);

        ChainFacts low = plenty();
        low.tokenBalance = usdt("800"); // the big one cannot be paid
        std::optional<GateOutcome> first, second;
        KASSA_VERIFY_OK(m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            FinalGateRound round(c, m_clock.nowMs());
            auto a = round.check(big.id, low);
            if (!a.ok())
                return a.error();
            first = *a;
            auto b = round.check(small.id, plenty());
            if (!b.ok())
                return b.error();
            second = *b;
            return {};
        }));
        QVERIFY(!first->passed());
        QVERIFY(first->refusal->message.contains(QLatin1String("token_balance")));
        QVERIFY(second->passed()); // the failed 900 no longer counts: 700 alone, one approver
        QCOMPARE(reload(big).state, PayoutState::Failed);
        QCOMPARE(reload(small).state, PayoutState::Approved);

        // fail() leaves the totals too (the sender's "would revert" payouts).
        auto third = must(requestAs(m_clerk, "850")); // 700 + 850 > 1500: two approvers
        (void)must(decide(m_ann, third));
        (void)must(decide(m_ben, third));
        QCOMPARE(Payouts::evaluate(reader(), reload(small), m_clock.nowMs())->tier, Tier::Two);
        second.reset();
        KASSA_VERIFY_OK(m_db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            FinalGateRound round(c, m_clock.nowMs());
            auto failed = round.fail(third.id, QStringLiteral("would revert"));
            if (!failed.ok())
                return failed;
            auto b = round.check(small.id, plenty());
            if (!b.ok())
                return b.error();
            second = *b;
            return {};
        }));
        QVERIFY(second->passed());
        QCOMPARE(reload(third).state, PayoutState::Failed);
        QCOMPARE(reload(small).state, PayoutState::Approved);
        verifyChain();
    }

    void finalGateCatchesChangesAfterApproval()
    {
        bookAndCool();
        auto approved = [&](const char *amount) {
            auto r = must(requestAs(m_clerk, amount));
            (void)must(decide(m_ann, r));
            return reload(r);
        };
        auto ok = approved("10");
        QCOMPARE(ok.state, PayoutState::Approved);
        auto passed = write<GateOutcome>([&](QSqlDatabase &c) { return Payouts::finalGate(c, ok.id, plenty(), m_clock.nowMs()); });
        KASSA_VERIFY_OK(passed);
        QVERIFY(passed->passed());

        auto balance = approved("20");
        ChainFacts f = plenty();
        f.tokenBalance = usdt("19.999999"); // the balance dropped after approval
        auto gate = write<GateOutcome>([&](QSqlDatabase &c) { return Payouts::finalGate(c, balance.id, f, m_clock.nowMs()); });
        QVERIFY(!gate->passed());
        QVERIFY(gate->refusal->message.contains(QLatin1String("token_balance")));
        QCOMPARE(gate->request.state, PayoutState::Failed);
        QCOMPARE(reload(balance).state, PayoutState::Failed); // recorded even though the gate refused

        auto gas = approved("21");
        f = plenty();
        f.gasBalance = money::UInt256(1);
        QVERIFY(!write<GateOutcome>([&](QSqlDatabase &c) { return Payouts::finalGate(c, gas.id, f, m_clock.nowMs()); })->passed());
        QCOMPARE(reload(gas).state, PayoutState::Failed);

        auto listed = approved("22");
        f = plenty();
        f.destinationBlacklisted = true;
        gate = write<GateOutcome>([&](QSqlDatabase &c) { return Payouts::finalGate(c, listed.id, f, m_clock.nowMs()); });
        QVERIFY(gate->refusal->message.contains(QLatin1String("destination_blacklisted")));
        QVERIFY(reload(listed).failureReason.contains(QLatin1String("blacklisted")));

        // Time passed: the rate went stale between approval and signing.
        auto stale = approved("23");
        m_clock.advanceMs(16 * 60 * 1000);
        gate = write<GateOutcome>([&](QSqlDatabase &c) { return Payouts::finalGate(c, stale.id, plenty(), m_clock.nowMs()); });
        QVERIFY(gate->refusal->message.contains(QLatin1String("rate_stale")));

        // Not approved: refused without changing it.
        auto waiting = requestAs(m_clerk, "24");
        QVERIFY(!write<GateOutcome>([&](QSqlDatabase &c) { return Payouts::finalGate(c, waiting->id, plenty(), m_clock.nowMs()); }).ok());
        QCOMPARE(reload(*waiting).state, PayoutState::AwaitingApproval);

        audit::AuditFilter af;
        af.actionPrefix = QStringLiteral("payout.fail");
        QCOMPARE(audit::AuditLog::query(reader(), af)->size(), 4);
        verifyChain();
    }
};

QTEST_GUILESS_MAIN(TestPayouts)
#include "tst_payouts.moc"
