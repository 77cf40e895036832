// PayoutsBackend with the real OperatorsBackend: a request valued at the
// current rate, the queues as each operator sees them, and a decision that
// needs the password again — a wrong one records nothing, the requester's
// own approval is refused, a right one moves the payout to "ready"; a
// pending policy change is confirmed or rejected (with a reason, audited)
// only after the password again.
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "engine/OperatorsBackend.h"
#include "engine/PayoutsBackend.h"
#include "keys/KeyStore.h"
#include "store/Database.h"

#include <QSignalSpy>

using namespace kassa;
using namespace kassa::engine;
using namespace kassa::payouts;
using money::Amount;

namespace {

template<typename T>
T waitFor(std::optional<T> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 20000))
        qFatal("no answer");
    return *slot;
}

const QString kDest = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QString kToken = QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7");

} // namespace

class TestPayoutsBackend : public QObject
{
    Q_OBJECT

private:
    // A fresh database, key store and pair of backends per test.
    ManualClock m_clock;
    std::unique_ptr<test::TempProfile> m_tmp;
    std::shared_ptr<store::Database> m_db;
    std::unique_ptr<keys::MemoryKeyStore> m_keys;
    std::unique_ptr<OperatorsBackend> m_ops;
    std::unique_ptr<PayoutsBackend> m_payouts;

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<test::TempProfile>();
        auto opened = store::Database::open(store::DatabaseUrl::sqliteFile(m_tmp->file(QStringLiteral("k.sqlite"))), m_clock);
        KASSA_VERIFY_OK(opened);
        m_db.reset(std::move(opened).value().release());
        m_keys = std::make_unique<keys::MemoryKeyStore>();
        m_ops = std::make_unique<OperatorsBackend>(m_clock, m_keys.get(), operators::Argon2Params::forTests());
        m_ops->setDatabase(m_db);
        const PayoutAsset usdt{QStringLiteral("ethereum"), QStringLiteral("Ethereum"), kToken, money::Asset::usdt6()};
        m_payouts = std::make_unique<PayoutsBackend>(m_clock, m_ops.get(), QList<PayoutAsset>{usdt},
            [this](const Amount &a) -> Result<FiatValuation> {
                return FiatValuation{Amount::fromUnits(a.units().divMod(money::UInt256(10000))->first, {QStringLiteral("USD"), 2}).value(),
                    QStringLiteral("1"), QStringLiteral("test"), m_clock.nowMs()};
            });
        m_payouts->setDatabase(m_db);
    }

    void cleanup()
    {
        m_payouts.reset();
        m_ops.reset();
        m_keys.reset();
        m_db.reset();
        m_tmp.reset();
    }

    void requestQueuesAndStepUp()
    {
        ManualClock &clock = m_clock;
        std::shared_ptr<store::Database> db = m_db;
        OperatorsBackend &ops = *m_ops;
        PayoutsBackend &payoutsBackend = *m_payouts;

        std::optional<Result<operators::OperatorInfo>> owner, clerk, ann;
        ops.createOwner({QStringLiteral("olga"), QStringLiteral("Olga"), QStringLiteral("owner password"), 0}, this, [&](auto r) { owner = r; });
        KASSA_VERIFY_OK(waitFor(owner));
        ops.add(owner->value().id, {QStringLiteral("carl"), QStringLiteral("Carl"), QStringLiteral("clerk password"), int(operators::Role::Clerk)}, this, [&](auto r) { clerk = r; });
        ops.add(owner->value().id, {QStringLiteral("ann"), QStringLiteral("Ann"), QStringLiteral("approver password"), int(operators::Role::Approver)}, this, [&](auto r) { ann = r; });
        KASSA_VERIFY_OK(waitFor(clerk));
        KASSA_VERIFY_OK(waitFor(ann));
        KASSA_VERIFY_OK(db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
            auto e = Payouts::saveAddress(c, ann->value(), QStringLiteral("ethereum"), kDest, QStringLiteral("Supplier"), clock.nowMs() - 90'000'000);
            return e.ok() ? Result<void>() : Result<void>(e.error());
        }));

        QVERIFY(!payoutsBackend.checkAddress(QStringLiteral("ethereum"), QStringLiteral("0x123")).ok());
        QCOMPARE(payoutsBackend.checkAddress(QStringLiteral("ethereum"), kDest.toLower()).value(), kDest);

        std::optional<Result<PayoutRequest>> made;
        payoutsBackend.request(clerk->value().id, {QStringLiteral("ethereum"), kToken, Amount::parse(QStringLiteral("25"), money::Asset::usdt6()).value(), kDest, QStringLiteral("refund"), {}}, this, [&](auto r) { made = r; });
        KASSA_VERIFY_OK(waitFor(made));
        QCOMPARE(made->value().fiat.value.toString(), QStringLiteral("25"));

        auto queueFor = [&](const QString &viewer) {
            std::optional<Result<QList<PayoutRow>>> rows;
            payoutsBackend.list(viewer, this, [&](auto r) { rows = r; });
            auto r = waitFor(rows);
            if (!r.ok() || r->size() != 1)
                qFatal("list");
            return r->first().queue;
        };
        QCOMPARE(queueFor(ann->value().id), PayoutQueue::AwaitingMe);
        QCOMPARE(queueFor(clerk->value().id), PayoutQueue::AwaitingOthers);

        auto decide = [&](const QString &login, const QString &pw) {
            std::optional<Result<PolicyDecision>> d;
            payoutsBackend.decide(login, pw, {}, made->value().id, 1, true, {}, this, [&](auto r) { d = r; });
            return waitFor(d);
        };
        auto wrong = decide(QStringLiteral("ann"), QStringLiteral("not her password"));
        QCOMPARE(authFailureOf(wrong.error()), AuthFailure::WrongCredentials);
        QCOMPARE(queueFor(ann->value().id), PayoutQueue::AwaitingMe); // nothing recorded
        QVERIFY(!decide(QStringLiteral("carl"), QStringLiteral("clerk password")).ok()); // the maker
        QSignalSpy changed(&payoutsBackend, &PayoutsService::changed);
        auto right = decide(QStringLiteral("ann"), QStringLiteral("approver password"));
        KASSA_VERIFY_OK(right);
        QVERIFY(right->satisfied());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(queueFor(ann->value().id), PayoutQueue::Ready);

        // The address book through the service: a clerk adds, a bad address is refused, an owner removes; audited.
        const QString other = QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
        QSignalSpy bookChanged(&payoutsBackend, &PayoutsService::changed);
        std::optional<Result<payouts::AddressBookEntry>> saved;
        payoutsBackend.saveAddress(clerk->value().id, QStringLiteral("ethereum"), other.toLower(), QStringLiteral("Landlord"), this,
            [&](auto r) { saved = r; });
        KASSA_VERIFY_OK(waitFor(saved));
        QCOMPARE(saved->value().address, other); // stored checksummed
        QCOMPARE(saved->value().activeFromMs, clock.nowMs() + 24LL * 3600 * 1000);
        QVERIFY(bookChanged.count() >= 1);
        saved.reset();
        payoutsBackend.saveAddress(clerk->value().id, QStringLiteral("ethereum"), QStringLiteral("0x1234"), QStringLiteral("Bad"), this,
            [&](auto r) { saved = r; });
        QVERIFY(!waitFor(saved).ok());
        std::optional<Result<QList<payouts::AddressBookEntry>>> book;
        payoutsBackend.addressBook(this, [&](auto r) { book = r; });
        KASSA_VERIFY_OK(waitFor(book));
        QCOMPARE(book->value().size(), 2);
        std::optional<Result<void>> removed;
        payoutsBackend.removeAddress(owner->value().id, book->value().first().id, this,
            [&](auto r) { removed = r; });
        KASSA_VERIFY_OK(waitFor(removed));
        auto reader = db->reader();
        audit::AuditFilter f;
        f.actionPrefix = QStringLiteral("addressbook.");
        auto entries = audit::AuditLog::query(reader.value(), f);
        KASSA_VERIFY_OK(entries);
        QStringList actions;
        for (const audit::AuditEntry &e : entries.value())
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("addressbook.add")));
        QVERIFY(actions.contains(QStringLiteral("addressbook.remove")));
    }

    void policyDecisionsNeedThePasswordAndRejectionsAReason()
    {
        OperatorsBackend &ops = *m_ops;
        PayoutsBackend &payoutsBackend = *m_payouts;
        std::shared_ptr<store::Database> db = m_db;
        std::optional<Result<operators::OperatorInfo>> olga, otto;
        ops.createOwner({QStringLiteral("olga"), QStringLiteral("Olga"), QStringLiteral("owner password"), 0}, this, [&](auto r) { olga = r; });
        KASSA_VERIFY_OK(waitFor(olga));
        ops.add(olga->value().id, {QStringLiteral("otto"), QStringLiteral("Otto"), QStringLiteral("second owner"), int(operators::Role::Owner)},
            this, [&](auto r) { otto = r; });
        KASSA_VERIFY_OK(waitFor(otto));

        auto propose = [&](const char *tier1) {
            PolicySettings s = PolicySettings::defaults();
            s.tier1 = Amount::parse(QString::fromLatin1(tier1), s.fiatAsset()).value();
            std::optional<Result<QString>> id;
            payoutsBackend.proposePolicy(olga->value().id, s, this, [&](auto r) { id = r; });
            auto r = waitFor(id);
            if (!r.ok() || r->isEmpty())
                qFatal("not a proposal");
            return r.value();
        };
        auto decide = [&](const QString &login, const QString &pw, const QString &id, bool confirm, const QString &reason) {
            std::optional<Result<void>> d;
            payoutsBackend.decidePolicy(login, pw, {}, id, confirm, reason, this, [&](auto r) { d = r; });
            return waitFor(d);
        };
        auto state = [&] {
            std::optional<Result<PayoutsService::PolicyState>> st;
            payoutsBackend.policy(this, [&](auto r) { st = r; });
            return waitFor(st).value();
        };

        // Confirming: a wrong password changes nothing; the proposer cannot; the other owner can.
        const QString first = propose("500");
        auto wrong = decide(QStringLiteral("otto"), QStringLiteral("not his password"), first, true, {});
        QCOMPARE(authFailureOf(wrong.error()), AuthFailure::WrongCredentials);
        QCOMPARE(state().pending.size(), 1);
        QVERIFY(!decide(QStringLiteral("olga"), QStringLiteral("owner password"), first, true, {}).ok());
        KASSA_VERIFY_OK(decide(QStringLiteral("otto"), QStringLiteral("second owner"), first, true, {}));
        QCOMPARE(state().current.tier1.toString(), QStringLiteral("500"));
        QVERIFY(state().pending.isEmpty());

        // Rejecting: needs the password and a reason; either owner may, the proposer too.
        const QString second = propose("300");
        QCOMPARE(authFailureOf(decide(QStringLiteral("olga"), QStringLiteral("nope"), second, false, QStringLiteral("typo")).error()),
            AuthFailure::WrongCredentials);
        QVERIFY(!decide(QStringLiteral("olga"), QStringLiteral("owner password"), second, false, QStringLiteral("  ")).ok());
        QCOMPARE(state().pending.size(), 1);
        KASSA_VERIFY_OK(decide(QStringLiteral("olga"), QStringLiteral("owner password"), second, false, QStringLiteral("typo in tier 1")));
        QVERIFY(state().pending.isEmpty());
        QCOMPARE(state().current.tier1.toString(), QStringLiteral("500")); // unchanged
        QVERIFY(!decide(QStringLiteral("otto"), QStringLiteral("second owner"), second, true, {}).ok()); // no longer pending
        const QString third = propose("250");
        KASSA_VERIFY_OK(decide(QStringLiteral("otto"), QStringLiteral("second owner"), third, false, QStringLiteral("too low")));

        // Both rejections are in the audit log with who and why.
        audit::AuditFilter f;
        f.actionPrefix = QStringLiteral("policy.change_reject");
        auto entries = audit::AuditLog::query(db->reader().value(), f);
        KASSA_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 2);
        QStringList seen;
        for (const audit::AuditEntry &e : entries.value())
            seen << e.actor.id + QLatin1Char(':') + e.details;
        QVERIFY2(seen.join(QLatin1Char('\n')).contains(olga->value().id + QStringLiteral(":")), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(seen.join(QLatin1Char('\n')).contains(QStringLiteral("\"reason\":\"typo in tier 1\"")), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(seen.join(QLatin1Char('\n')).contains(QStringLiteral("\"reason\":\"too low\"")), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY(audit::AuditLog::verify(db->reader().value())->ok);
    }
};

QTEST_GUILESS_MAIN(TestPayoutsBackend)
#include "tst_payoutsbackend.moc"
