// PayoutPolicy, rule by rule, with an injected clock: maker ≠ checker, the
// three tiers and their edges, approvals voided by a new revision, rejection,
// the address book (outside, cooling down, waiting for a second person,
// removed), velocity escalation, stale and foreign rates, the single-payout
// limit, and the settings' strict JSON form.
#include "TestSupport.h"
#include "base/Clock.h"
#include "payouts/PayoutPolicy.h"

#include <QJsonDocument>

using namespace kassa;
using namespace kassa::payouts;
using money::Amount;
using operators::Role;

namespace {

const int kApprover = int(Role::Approver);
const int kOwner = int(Role::Owner);

Amount usd(const char *text)
{
    return Amount::parse(QString::fromLatin1(text), {QStringLiteral("USD"), 2}).value();
}

} // namespace

class TestPayoutPolicy : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    PolicySettings m_settings = PolicySettings::defaults(); // T1 1000, T2 10000, max 50000

    PolicyInput input(const char *value)
    {
        PolicyInput in;
        in.nowMs = m_clock.nowMs();
        PayoutRequest &r = in.request;
        r.id = QStringLiteral("p1");
        r.revision = 1;
        r.chain = QStringLiteral("ethereum");
        r.amount = Amount::parse(QString::fromLatin1(value), money::Asset::usdt6()).value();
        r.destination = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        r.requester = {Requester::Kind::Operator, QStringLiteral("clerk"), QStringLiteral("Carol")};
        r.fiat.value = usd(value);
        r.fiat.rate = QStringLiteral("1");
        r.fiat.rateSource = QStringLiteral("manual");
        r.fiat.rateAtMs = m_clock.nowMs() - 60'000;
        AddressBookEntry e;
        e.chain = r.chain;
        e.address = r.destination;
        e.createdAtMs = m_clock.nowMs() - 3 * 86'400'000LL;
        e.activeFromMs = e.createdAtMs + m_settings.addressCoolDownMs;
        in.destination = e;
        in.velocity = {usd("0"), usd("0")};
        return in;
    }
    static Approval approval(const char *who, int roles, int revision = 1, bool approve = true)
    {
        Approval a;
        a.payoutId = QStringLiteral("p1");
        a.revision = revision;
        a.operatorId = QLatin1String(who);
        a.roles = roles;
        a.approve = approve;
        return a;
    }
    PolicyDecision eval(const PolicyInput &in) { return PayoutPolicy::evaluate(m_settings, in); }

private Q_SLOTS:
    void belowTier1NeedsOneApprover()
    {
        auto in = input("999.99");
        auto d = eval(in);
        QCOMPARE(d.tier, Tier::One);
        QVERIFY(!d.refused);
        QVERIFY(!d.satisfied());
        in.approvals << approval("ann", kApprover);
        d = eval(in);
        QVERIFY(d.satisfied());
        QCOMPARE(d.countedApprovers, QStringList{QStringLiteral("ann")});
    }

    void selfApprovalNeverCounts()
    {
        auto in = input("10");
        in.approvals << approval("clerk", kApprover | kOwner);
        QVERIFY(!eval(in).satisfied());
        operators::OperatorInfo clerk;
        clerk.id = QStringLiteral("clerk");
        clerk.roles = kApprover | kOwner;
        auto may = PayoutPolicy::mayApprove(in.request, {}, clerk);
        QVERIFY(!may.ok());
        QVERIFY(may.error().userMessage.contains(QLatin1String("requested")));
    }

    void apiKeyMakerMayBeCheckedByAnyone()
    {
        auto in = input("10");
        in.request.requester = {Requester::Kind::ApiKey, QStringLiteral("clerk"), QStringLiteral("shop key")};
        in.approvals << approval("clerk", kApprover); // an operator with the same id string is not the key
        QVERIFY(eval(in).satisfied());
    }

    void tierEdges_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("tier");
        QTest::newRow("0.01") << QStringLiteral("0.01") << 1;
        QTest::newRow("999.99") << QStringLiteral("999.99") << 1;
        QTest::newRow("1000 (=T1)") << QStringLiteral("1000") << 2;
        QTest::newRow("5000") << QStringLiteral("5000") << 2;
        QTest::newRow("10000 (=T2)") << QStringLiteral("10000") << 2;
        QTest::newRow("10000.01") << QStringLiteral("10000.01") << 3;
        QTest::newRow("50000 (=max)") << QStringLiteral("50000") << 3;
    }
    void tierEdges()
    {
        QFETCH(QString, value);
        QFETCH(int, tier);
        m_settings.maxPerRequester24h = usd("1000000");
        m_settings.maxPerAsset24h = usd("1000000");
        auto in = input(value.toLatin1().constData());
        auto d = eval(in);
        QCOMPARE(int(d.tier), tier);
        QVERIFY(!d.refused);
        m_settings = PolicySettings::defaults();
    }

    void tier2NeedsTwoDistinctApprovers()
    {
        auto in = input("5000");
        in.approvals << approval("ann", kApprover);
        QVERIFY(!eval(in).satisfied());
        in.approvals << approval("ann", kApprover); // the same person twice counts once
        QVERIFY(!eval(in).satisfied());
        in.approvals << approval("ben", kApprover);
        auto d = eval(in);
        QVERIFY(d.satisfied());
        QCOMPARE(d.countedApprovers.size(), 2);
    }

    void approvalNeedsTheApproverRole()
    {
        auto in = input("10");
        in.approvals << approval("aud", int(Role::Auditor) | int(Role::Clerk));
        QVERIFY(!eval(in).satisfied());
        operators::OperatorInfo aud;
        aud.id = QStringLiteral("aud");
        aud.roles = int(Role::Auditor);
        QVERIFY(!PayoutPolicy::mayApprove(in.request, {}, aud).ok());
    }

    void aboveTier2NeedsTwoApproversPlusAnOwner()
    {
        auto in = input("20000");
        m_settings.maxPerRequester24h = usd("100000");
        in.approvals << approval("ann", kApprover) << approval("ben", kApprover);
        auto d = eval(in);
        QCOMPARE(d.tier, Tier::TwoPlusOwner);
        QVERIFY(!d.satisfied());
        QVERIFY(d.ownerNeeded);
        in.approvals << approval("olga", kOwner);
        d = eval(in);
        QVERIFY(d.satisfied());
        QVERIFY(d.ownerApproved);
        QCOMPARE(d.countedApprovers.size(), 3);
        m_settings = PolicySettings::defaults();
    }

    void anOwnerApproverCannotFillTwoSlots()
    {
        auto in = input("20000");
        m_settings.maxPerRequester24h = usd("100000");
        in.approvals << approval("olga", kOwner | kApprover) << approval("ann", kApprover);
        QVERIFY(!eval(in).satisfied()); // two people, three slots
        in.approvals << approval("ben", kApprover);
        QVERIFY(eval(in).satisfied()); // olga as the owner, ann and ben as approvers
        m_settings = PolicySettings::defaults();
    }

    void anEditVoidsEarlierApprovals()
    {
        auto in = input("5000");
        in.approvals << approval("ann", kApprover) << approval("ben", kApprover);
        QVERIFY(eval(in).satisfied());
        in.request.revision = 2; // edited after both approved
        auto d = eval(in);
        QVERIFY(!d.satisfied());
        QVERIFY(d.countedApprovers.isEmpty());
        in.approvals << approval("ann", kApprover, 2);
        QVERIFY(!eval(in).satisfied());
        in.approvals << approval("ben", kApprover, 2);
        QVERIFY(eval(in).satisfied());
        // And the dialog may not approve the old revision again.
        operators::OperatorInfo ann;
        ann.id = QStringLiteral("ann");
        ann.roles = kApprover;
        QVERIFY(!PayoutPolicy::mayApprove(in.request, in.approvals, ann).ok());
    }

    void aRejectionStopsIt()
    {
        auto in = input("10");
        in.approvals << approval("ben", kApprover, 1, false) << approval("ann", kApprover);
        auto d = eval(in);
        QVERIFY(d.rejected);
        QVERIFY(!d.satisfied());
        in.request.revision = 2; // a rejection of an older revision does not stop a new one
        in.approvals << approval("ann", kApprover, 2);
        QVERIFY(eval(in).satisfied());
    }

    void outsideTheAddressBookNeedsTheTopTier()
    {
        auto in = input("10");
        in.destination.reset();
        in.approvals << approval("ann", kApprover);
        auto d = eval(in);
        QCOMPARE(d.tier, Tier::TwoPlusOwner);
        QVERIFY(d.escalations.contains(QStringLiteral("not_in_address_book")));
        QVERIFY(!d.satisfied());
        in.approvals << approval("ben", kApprover) << approval("olga", kOwner);
        QVERIFY(eval(in).satisfied());
        in.destination = input("10").destination;
        in.destination->removed = true;
        QCOMPARE(eval(in).tier, Tier::TwoPlusOwner);
    }

    void aCoolingDownAddressIsRefused()
    {
        auto in = input("10");
        in.destination->createdAtMs = m_clock.nowMs() - 3'600'000;
        in.destination->activeFromMs = in.destination->createdAtMs + m_settings.addressCoolDownMs;
        in.approvals << approval("ann", kApprover);
        auto d = eval(in);
        QVERIFY(d.refused);
        QVERIFY(d.problems.contains(QStringLiteral("address_cooling")));
        QVERIFY(!d.satisfied());
        QVERIFY(!d.problemText.isEmpty());
        // One millisecond before the end still cools; at the end it may receive.
        in.nowMs = in.destination->activeFromMs - 1;
        in.request.fiat.rateAtMs = in.nowMs - 1000;
        QVERIFY(eval(in).refused);
        in.nowMs = in.destination->activeFromMs;
        in.request.fiat.rateAtMs = in.nowMs - 1000;
        QVERIFY(eval(in).satisfied());
    }

    void anUnconfirmedAddressIsRefused()
    {
        auto in = input("10");
        in.destination->needsSecondPerson = true;
        in.approvals << approval("ann", kApprover);
        auto d = eval(in);
        QVERIFY(d.problems.contains(QStringLiteral("address_unconfirmed")));
        in.destination->confirmedBy = QStringLiteral("olga");
        QVERIFY(eval(in).satisfied());
    }

    void velocityPerAssetEscalatesToTheTop()
    {
        auto in = input("500");
        in.velocity.asset24h = usd("99500"); // +500 = 100000: at the limit, not above
        in.approvals << approval("ann", kApprover);
        QCOMPARE(eval(in).tier, Tier::One);
        in.velocity.asset24h = usd("99500.01");
        auto d = eval(in);
        QCOMPARE(d.tier, Tier::TwoPlusOwner);
        QVERIFY(d.escalations.contains(QStringLiteral("velocity_asset")));
        QVERIFY(!d.satisfied());
    }

    void velocityPerRequesterRaisesOneTier()
    {
        auto in = input("500");
        in.velocity.requester24h = usd("19500.01");
        auto d = eval(in);
        QCOMPARE(d.tier, Tier::Two);
        QVERIFY(d.escalations.contains(QStringLiteral("velocity_requester")));
        in = input("5000");
        in.velocity.requester24h = usd("15000.01");
        QCOMPARE(eval(in).tier, Tier::TwoPlusOwner);
    }

    void overThePayoutLimitIsRefused()
    {
        auto in = input("50000.01");
        in.approvals << approval("ann", kApprover) << approval("ben", kApprover) << approval("olga", kOwner);
        auto d = eval(in);
        QVERIFY(d.refused);
        QVERIFY(d.problems.contains(QStringLiteral("over_payout_limit")));
        QVERIFY(!d.satisfied());
    }

    void aStaleRateIsRefused()
    {
        auto in = input("10");
        in.approvals << approval("ann", kApprover);
        in.request.fiat.rateAtMs = m_clock.nowMs() - m_settings.maxRateAgeMs;
        QVERIFY(eval(in).satisfied()); // exactly at the limit
        in.request.fiat.rateAtMs -= 1;
        auto d = eval(in);
        QVERIFY(d.problems.contains(QStringLiteral("rate_stale")));
        QVERIFY(!d.satisfied());
        in.request.fiat.rateAtMs = m_clock.nowMs() + 3'600'000; // from the future
        QVERIFY(eval(in).refused);
        in.request.fiat.rateAtMs = 0;
        QVERIFY(eval(in).refused);
        // Time passes between request and approval: the same request goes stale.
        in = input("10");
        in.approvals << approval("ann", kApprover);
        m_clock.advanceMs(m_settings.maxRateAgeMs);
        in.nowMs = m_clock.nowMs();
        QVERIFY(eval(in).refused);
    }

    void aForeignFiatIsRefused()
    {
        auto in = input("10");
        in.request.fiat.value = Amount::parse(QStringLiteral("10"), {QStringLiteral("EUR"), 2}).value();
        in.approvals << approval("ann", kApprover);
        auto d = eval(in);
        QVERIFY(d.problems.contains(QStringLiteral("rate_fiat")));
    }

    void mayApproveOnlyWhileAwaiting()
    {
        auto in = input("10");
        operators::OperatorInfo ann;
        ann.id = QStringLiteral("ann");
        ann.roles = kApprover;
        KASSA_VERIFY_OK(PayoutPolicy::mayApprove(in.request, {}, ann));
        for (PayoutState s : {PayoutState::Approved, PayoutState::Signed, PayoutState::Completed, PayoutState::Rejected}) {
            in.request.state = s;
            QVERIFY(!PayoutPolicy::mayApprove(in.request, {}, ann).ok());
        }
        in.request.state = PayoutState::AwaitingApproval;
        ann.disabled = true;
        QVERIFY(!PayoutPolicy::mayApprove(in.request, {}, ann).ok());
    }

    void settingsJsonRoundTripAndStrictness()
    {
        const auto s = PolicySettings::defaults();
        const QJsonObject json = PayoutPolicy::toJson(s);
        auto back = PayoutPolicy::fromJson(json);
        KASSA_VERIFY_OK(back);
        QVERIFY(*back == s);
        auto broken = [&](const char *key, const QJsonValue &v) {
            QJsonObject j = json;
            j.insert(QLatin1String(key), v);
            return PayoutPolicy::fromJson(j).ok();
        };
        QVERIFY(!broken("tier1", QStringLiteral("1,000")));
        QVERIFY(!broken("tier1", 1000));
        QVERIFY(!broken("tier1", QStringLiteral("20000"))); // above tier2
        QVERIFY(!broken("tier2", QStringLiteral("60000"))); // above the payout limit
        QVERIFY(!broken("max_per_payout", QStringLiteral("0")));
        QVERIFY(!broken("fiat", QStringLiteral("usd")));
        QVERIFY(!broken("max_rate_age_s", -1));
        QVERIFY(!broken("max_rate_age_s", 1.5));
        QVERIFY(!broken("max_rate_age_s", 10)); // under a minute
        QVERIFY(!broken("surprise", true));
        QJsonObject missing = json;
        missing.remove(QStringLiteral("tier2"));
        QVERIFY(!PayoutPolicy::fromJson(missing).ok());
    }

    void stateNames()
    {
        for (PayoutState s : {PayoutState::AwaitingApproval, PayoutState::Approved, PayoutState::Signed, PayoutState::Broadcast,
                 PayoutState::Completed, PayoutState::Failed, PayoutState::Rejected, PayoutState::Cancelled})
            QCOMPARE(payoutStateFromName(QLatin1String(payoutStateName(s))), std::optional<PayoutState>(s));
        QVERIFY(!payoutStateFromName(QStringLiteral("paid")));
    }
};

QTEST_GUILESS_MAIN(TestPayoutPolicy)
#include "tst_payoutpolicy.moc"
