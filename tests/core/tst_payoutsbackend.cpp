// PayoutsBackend with the real OperatorsBackend: a request valued at the
// current rate, the queues as each operator sees them, and a decision that
// needs the password again — a wrong one records nothing, the requester's
// own approval is refused, a right one moves the payout to "ready".
#include "TestSupport.h"
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

private Q_SLOTS:
    void requestQueuesAndStepUp()
    {
        ManualClock clock;
        test::TempProfile tmp;
        auto opened = store::Database::open(store::DatabaseUrl::sqliteFile(tmp.file(QStringLiteral("k.sqlite"))), clock);
        KASSA_VERIFY_OK(opened);
        std::shared_ptr<store::Database> db(std::move(opened).value().release());
        keys::MemoryKeyStore keys;
        OperatorsBackend ops(clock, &keys, operators::Argon2Params::forTests());
        ops.setDatabase(db);
        const PayoutAsset usdt{QStringLiteral("ethereum"), QStringLiteral("Ethereum"), kToken, money::Asset::usdt6()};
        PayoutsBackend payoutsBackend(clock, &ops, {usdt}, [&](const Amount &a) -> Result<FiatValuation> {
            return FiatValuation{Amount::fromUnits(a.units().divMod(money::UInt256(10000))->first, {QStringLiteral("USD"), 2}).value(),
                QStringLiteral("1"), QStringLiteral("test"), clock.nowMs()};
        });
        payoutsBackend.setDatabase(db);

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
    }
};

QTEST_GUILESS_MAIN(TestPayoutsBackend)
#include "tst_payoutsbackend.moc"
