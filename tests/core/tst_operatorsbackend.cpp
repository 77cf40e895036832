// OperatorsBackend on SQLite and PostgreSQL: the first owner, signing in
// (unknown login, wrong password, lockout and its expiry, disabled), the
// owner's changes and their guards (last owner, non-owners refused), TOTP
// enrolment with the secret only in the KeyStore, replayed codes refused —
// and every step in an intact audit chain.
#include "StoreTarget.h"
#include "TestSupport.h"
#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "engine/OperatorsBackend.h"
#include "keys/KeyStore.h"
#include "operators/Totp.h"
#include "store/Database.h"

#include <QSqlQuery>

using namespace kassa;
using namespace kassa::engine;
using namespace kassa::operators;

namespace {

template<typename T>
T waitFor(std::optional<T> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 20000))
        qFatal("no answer");
    return *slot;
}

const QString kOwnerPw = QStringLiteral("owner password 1");
const QString kClerkPw = QStringLiteral("clerk password 1");

} // namespace

class TestOperatorsBackend : public QObject
{
    Q_OBJECT

private:
    struct Rig {
        std::unique_ptr<test::StoreTarget> target;
        std::shared_ptr<store::Database> db;
        std::unique_ptr<keys::MemoryKeyStore> keys;
        std::unique_ptr<OperatorsBackend> backend;
    };

    ManualClock m_clock;

    Rig makeRig(store::Engine engine)
    {
        Rig rig;
        rig.target = test::StoreTarget::make(engine);
        auto opened = store::Database::open(rig.target->url, m_clock);
        if (!opened.ok())
            qFatal("%s", test::describe(opened.error()).constData());
        rig.db.reset(std::move(opened).value().release());
        rig.keys = std::make_unique<keys::MemoryKeyStore>();
        rig.backend = std::make_unique<OperatorsBackend>(m_clock, rig.keys.get(), Argon2Params::forTests());
        rig.backend->setDatabase(rig.db);
        return rig;
    }

    Result<OperatorInfo> createOwner(OperatorsBackend &b, const QString &login = QStringLiteral("alice"))
    {
        std::optional<Result<OperatorInfo>> r;
        b.createOwner({login, QStringLiteral("Alice Zhang"), kOwnerPw, 0}, this, [&](Result<OperatorInfo> x) { r = x; });
        return waitFor(r);
    }
    Result<OperatorInfo> add(OperatorsBackend &b, const QString &actor, const QString &login, Roles roles,
        const QString &pw = kClerkPw)
    {
        std::optional<Result<OperatorInfo>> r;
        b.add(actor, {login, login.toUpper(), pw, roles}, this, [&](Result<OperatorInfo> x) { r = x; });
        return waitFor(r);
    }
    Result<OperatorInfo> verify(OperatorsBackend &b, const QString &login, const QString &pw, const QString &code = {})
    {
        std::optional<Result<OperatorInfo>> r;
        b.verify(login, pw, code, OperatorsService::Purpose::Unlock, this, [&](Result<OperatorInfo> x) { r = x; });
        return waitFor(r);
    }
    Result<void> voidCall(const std::function<void(OperatorsService::VoidDone)> &call)
    {
        std::optional<Result<void>> r;
        call([&](Result<void> x) { r = x; });
        return waitFor(r);
    }
    Result<QString> rolesCall(OperatorsBackend &b, const QString &actor, const QString &target, Roles roles)
    {
        std::optional<Result<QString>> r;
        b.changeRoles(actor, target, roles, this, [&](Result<QString> x) { r = x; });
        return waitFor(r);
    }
    QList<OperatorsService::RoleProposal> pending(OperatorsBackend &b)
    {
        std::optional<Result<QList<OperatorsService::RoleProposal>>> r;
        b.pendingRoleChanges(this, [&](auto x) { r = x; });
        return waitFor(r).value();
    }
    Result<void> decideRoles(OperatorsBackend &b, const QString &login, const QString &pw, const QString &id, bool confirm)
    {
        return voidCall([&](auto d) { b.decideRoleChange(login, pw, {}, id, confirm, this, d); });
    }
    QStringList auditActions(store::Database &db)
    {
        auto reader = db.reader();
        audit::AuditFilter f;
        f.limit = 1000;
        auto entries = audit::AuditLog::query(reader.value(), f);
        QStringList out;
        for (const auto &e : entries.value())
            out.prepend(e.action);
        return out;
    }
    void verifyChain(store::Database &db)
    {
        auto reader = db.reader();
        auto report = audit::AuditLog::verify(reader.value());
        KASSA_VERIFY_OK(report);
        QVERIFY(report->ok);
    }

private Q_SLOTS:
    void initTestCase() { m_clock.setNowMs(1'767'225'600'000); }

    void firstOwnerAndSignIn_data() { test::StoreTarget::addEngineRows(); }
    void firstOwnerAndSignIn()
    {
        QFETCH(store::Engine, engine);
        auto rig = makeRig(engine);
        std::optional<Result<int>> n;
        rig.backend->count(this, [&](Result<int> x) { n = x; });
        QCOMPARE(waitFor(n).value(), 0);

        QVERIFY(!createOwner(*rig.backend, QStringLiteral("x")).ok()); // login too short
        auto owner = createOwner(*rig.backend, QStringLiteral("  Alice "));
        KASSA_VERIFY_OK(owner);
        QCOMPARE(owner->login, QStringLiteral("alice"));
        QCOMPARE(owner->roles, AllRoles);
        QVERIFY(!createOwner(*rig.backend, QStringLiteral("bob")).ok()); // only once

        auto ok = verify(*rig.backend, QStringLiteral("ALICE"), kOwnerPw);
        KASSA_VERIFY_OK(ok);
        QCOMPARE(ok->id, owner->id);
        auto wrong = verify(*rig.backend, QStringLiteral("alice"), QStringLiteral("not the password"));
        QCOMPARE(authFailureOf(wrong.error()), AuthFailure::WrongCredentials);
        auto unknown = verify(*rig.backend, QStringLiteral("mallory"), kOwnerPw);
        QCOMPARE(authFailureOf(unknown.error()), AuthFailure::WrongCredentials);
        QCOMPARE(unknown.error().userMessage, wrong.error().userMessage); // never says which

        // The password hash is in the database, the password nowhere.
        auto reader = rig.db->reader();
        QSqlQuery q(reader.value());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM operators")) && q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
        QSqlQuery a(reader.value());
        QVERIFY(a.exec(QStringLiteral("SELECT details FROM audit_log")));
        while (a.next())
            QVERIFY(!a.value(0).toString().contains(kOwnerPw));

        QCOMPARE(auditActions(*rig.db),
            (QStringList{QStringLiteral("operator.create"), QStringLiteral("session.unlock"),
                QStringLiteral("session.unlock_failed"), QStringLiteral("session.unlock_failed")}));
        verifyChain(*rig.db);
    }

    void lockoutAfterWrongPasswords_data() { test::StoreTarget::addEngineRows(); }
    void lockoutAfterWrongPasswords()
    {
        QFETCH(store::Engine, engine);
        auto rig = makeRig(engine);
        auto owner = createOwner(*rig.backend);
        KASSA_VERIFY_OK(owner);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(authFailureOf(verify(*rig.backend, QStringLiteral("alice"), QStringLiteral("guess number %1").arg(i)).error()),
                AuthFailure::WrongCredentials);
        auto fifth = verify(*rig.backend, QStringLiteral("alice"), QStringLiteral("guess number five"));
        QCOMPARE(authFailureOf(fifth.error()), AuthFailure::Locked);
        // Locked: even the right password is refused, without being checked.
        QCOMPARE(authFailureOf(verify(*rig.backend, QStringLiteral("alice"), kOwnerPw).error()), AuthFailure::Locked);
        m_clock.advanceMs(61'000);
        // The sixth wrong one doubles the lock.
        QCOMPARE(authFailureOf(verify(*rig.backend, QStringLiteral("alice"), QStringLiteral("guess number six")).error()),
            AuthFailure::Locked);
        m_clock.advanceMs(61'000);
        QCOMPARE(authFailureOf(verify(*rig.backend, QStringLiteral("alice"), kOwnerPw).error()), AuthFailure::Locked);
        m_clock.advanceMs(60'000);
        auto ok = verify(*rig.backend, QStringLiteral("alice"), kOwnerPw);
        KASSA_VERIFY_OK(ok);
        QCOMPARE(ok->failedAttempts, 0);
        QCOMPARE(authFailureOf(verify(*rig.backend, QStringLiteral("alice"), QStringLiteral("guess again")).error()),
            AuthFailure::WrongCredentials); // the count starts over

        LockoutPolicy p;
        QCOMPARE(p.lockMsAfter(4), 0);
        QCOMPARE(p.lockMsAfter(5), 60'000);
        QCOMPARE(p.lockMsAfter(6), 120'000);
        QCOMPARE(p.lockMsAfter(100), 3'600'000);
        verifyChain(*rig.db);
    }

    void twoOwnersConfirmRoleChanges_data() { test::StoreTarget::addEngineRows(); }
    void twoOwnersConfirmRoleChanges()
    {
        QFETCH(store::Engine, engine);
        auto rig = makeRig(engine);
        auto &b = *rig.backend;
        auto alice = createOwner(b);
        KASSA_VERIFY_OK(alice);
        auto carol = add(b, alice->id, QStringLiteral("carol"), int(Role::Clerk));
        KASSA_VERIFY_OK(carol);
        const QString bobPw = QStringLiteral("bob password 12");
        auto bob = add(b, alice->id, QStringLiteral("bob"), int(Role::Owner), bobPw); // one owner: applies at once
        KASSA_VERIFY_OK(bob);
        QVERIFY(pending(b).isEmpty());

        // Two owners: Alice's change waits.
        auto proposed = rolesCall(b, alice->id, carol->id, int(Role::Clerk) | int(Role::Approver));
        KASSA_VERIFY_OK(proposed);
        QVERIFY(!proposed->isEmpty());
        auto waiting = pending(b);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].operatorName, QStringLiteral("CAROL"));
        QCOMPARE(waiting[0].oldRoles, int(Role::Clerk));
        QCOMPARE(waiting[0].proposedByName, QStringLiteral("Alice Zhang"));
        QVERIFY(!verify(b, QStringLiteral("carol"), kClerkPw)->has(Role::Approver)); // not yet
        QVERIFY(!rolesCall(b, bob->id, carol->id, AllRoles).ok()); // one pending change per operator

        // Alice cannot confirm her own; Bob needs his password; Bob confirms.
        QVERIFY(!decideRoles(b, QStringLiteral("alice"), kOwnerPw, *proposed, true).ok());
        auto wrong = decideRoles(b, QStringLiteral("bob"), QStringLiteral("not bob's password"), *proposed, true);
        QCOMPARE(authFailureOf(wrong.error()), AuthFailure::WrongCredentials);
        QVERIFY(!decideRoles(b, QStringLiteral("carol"), kClerkPw, *proposed, true).ok()); // not an owner
        KASSA_VERIFY_OK(decideRoles(b, QStringLiteral("bob"), bobPw, *proposed, true));
        QVERIFY(verify(b, QStringLiteral("carol"), kClerkPw)->has(Role::Approver));
        QVERIFY(pending(b).isEmpty());
        QVERIFY(!decideRoles(b, QStringLiteral("bob"), bobPw, *proposed, true).ok()); // decided already

        // A rejected change changes nothing.
        auto second = rolesCall(b, bob->id, carol->id, int(Role::Auditor));
        KASSA_VERIFY_OK(second);
        KASSA_VERIFY_OK(decideRoles(b, QStringLiteral("alice"), kOwnerPw, *second, false));
        QCOMPARE(verify(b, QStringLiteral("carol"), kClerkPw)->roles, int(Role::Clerk) | int(Role::Approver));

        const QStringList actions = auditActions(*rig.db);
        QCOMPARE(actions.count(QLatin1String(audit::action::OperatorRolesPropose)), 2);
        QCOMPARE(actions.count(QLatin1String(audit::action::OperatorRolesReject)), 1);
        QCOMPARE(actions.count(QLatin1String(audit::action::OperatorRoles)), 1);
        verifyChain(*rig.db);
    }

    void ownerChangesAndGuards_data() { test::StoreTarget::addEngineRows(); }
    void ownerChangesAndGuards()
    {
        QFETCH(store::Engine, engine);
        auto rig = makeRig(engine);
        auto& b = *rig.backend;
        auto owner = createOwner(b);
        KASSA_VERIFY_OK(owner);
        auto clerk = add(b, owner->id, QStringLiteral("carol"), int(Role::Clerk));
        KASSA_VERIFY_OK(clerk);
        QVERIFY(!add(b, owner->id, QStringLiteral("CAROL"), int(Role::Clerk)).ok()); // login taken
        QVERIFY(!add(b, owner->id, QStringLiteral("dave"), 0).ok()); // no role
        QVERIFY(!add(b, owner->id, QStringLiteral("dave"), int(Role::Clerk), QStringLiteral("short")).ok());
        QVERIFY(!add(b, clerk->id, QStringLiteral("dave"), int(Role::Clerk)).ok()); // a clerk adds nobody

        // Roles: only an owner; the last owner keeps the role.
        QVERIFY(!rolesCall(b, clerk->id, clerk->id, AllRoles).ok());
        QVERIFY(!rolesCall(b, owner->id, owner->id, int(Role::Approver)).ok());
        auto applied = rolesCall(b, owner->id, clerk->id, int(Role::Clerk) | int(Role::Approver));
        KASSA_VERIFY_OK(applied);
        QVERIFY(applied->isEmpty()); // one owner: at once
        std::optional<Result<QList<OperatorInfo>>> list;
        b.list(this, [&](auto r) { list = r; });
        auto all = waitFor(list);
        KASSA_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).login, QStringLiteral("carol"));
        QVERIFY(all->at(1).has(Role::Approver));

        // Disable: not oneself, not the last owner; a disabled account cannot sign in.
        QVERIFY(!voidCall([&](auto d) { b.setDisabled(owner->id, owner->id, true, this, d); }).ok());
        KASSA_VERIFY_OK(voidCall([&](auto d) { b.setDisabled(owner->id, clerk->id, true, this, d); }));
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("carol"), kClerkPw).error()), AuthFailure::Disabled);
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("carol"), QStringLiteral("wrong password")).error()), AuthFailure::WrongCredentials);
        KASSA_VERIFY_OK(voidCall([&](auto d) { b.setDisabled(owner->id, clerk->id, false, this, d); }));
        KASSA_VERIFY_OK(verify(b, QStringLiteral("carol"), kClerkPw));

        // Lockout cleared by an owner.
        for (int i = 0; i < 5; ++i)
            (void)verify(b, QStringLiteral("carol"), QStringLiteral("wrong password"));
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("carol"), kClerkPw).error()), AuthFailure::Locked);
        QVERIFY(!voidCall([&](auto d) { b.clearLockout(clerk->id, clerk->id, this, d); }).ok());
        KASSA_VERIFY_OK(voidCall([&](auto d) { b.clearLockout(owner->id, clerk->id, this, d); }));
        KASSA_VERIFY_OK(verify(b, QStringLiteral("carol"), kClerkPw));

        // Password change needs the current one.
        QVERIFY(!voidCall([&](auto d) { b.changePassword(clerk->id, QStringLiteral("wrong password"), QStringLiteral("a brand new password"), this, d); }).ok());
        KASSA_VERIFY_OK(voidCall([&](auto d) { b.changePassword(clerk->id, kClerkPw, QStringLiteral("a brand new password"), this, d); }));
        QVERIFY(!verify(b, QStringLiteral("carol"), kClerkPw).ok());
        KASSA_VERIFY_OK(verify(b, QStringLiteral("carol"), QStringLiteral("a brand new password")));

        const QStringList actions = auditActions(*rig.db);
        for (const char *code : {audit::action::OperatorCreate, audit::action::OperatorRoles, audit::action::OperatorDisable,
                 audit::action::OperatorUnlock, audit::action::OperatorPassword})
            QVERIFY2(actions.contains(QLatin1String(code)), code);
        QCOMPARE(actions.count(QStringLiteral("operator.create")), 2);
        verifyChain(*rig.db);
    }

    void totpEnrolmentAndReplay_data() { test::StoreTarget::addEngineRows(); }
    void totpEnrolmentAndReplay()
    {
        QFETCH(store::Engine, engine);
        auto rig = makeRig(engine);
        auto &b = *rig.backend;
        auto owner = createOwner(b);
        KASSA_VERIFY_OK(owner);

        std::optional<Result<OperatorsService::TotpEnrolment>> enrol;
        b.beginTotpEnrolment(owner->id, this, [&](auto r) { enrol = r; });
        auto e = waitFor(enrol);
        KASSA_VERIFY_OK(e);
        QVERIFY(e->uri.startsWith(QLatin1String("otpauth://totp/Kassa:alice?")));
        auto secret = Totp::fromBase32(e->secretBase32);
        KASSA_VERIFY_OK(secret);
        auto code = [&](qint64 offsetSecs = 0) { return Totp::code(*secret, m_clock.nowSecs() + offsetSecs).value(); };

        const QString wrongCode = code() == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        QVERIFY(!voidCall([&](auto d) { b.confirmTotpEnrolment(owner->id, e->token, wrongCode, this, d); }).ok());
        KASSA_VERIFY_OK(voidCall([&](auto d) { b.confirmTotpEnrolment(owner->id, e->token, code(), this, d); }));
        // The secret is in the KeyStore, not in the database.
        std::optional<Result<crypto::SecureBytes>> stored;
        rig.keys->read(OperatorsBackend::totpKeyId(owner->id), this, [&](auto r) { stored = std::move(r); });
        QTRY_VERIFY(stored.has_value());
        KASSA_VERIFY_OK(*stored);
        QCOMPARE(stored->value().view(), secret->view());
        {
            auto reader = rig.db->reader();
            QSqlQuery q(reader.value());
            QVERIFY(q.exec(QStringLiteral("SELECT totp_key_id FROM operators")) && q.next());
            QCOMPARE(q.value(0).toString(), OperatorsBackend::totpKeyId(owner->id));
        }

        // The code used for the enrolment cannot sign in.
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("alice"), kOwnerPw, code()).error()), AuthFailure::WrongTotp);
        m_clock.advanceMs(30'000);
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("alice"), kOwnerPw).error()), AuthFailure::TotpRequired);
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("alice"), kOwnerPw, wrongCode == code() ? QStringLiteral("222222") : wrongCode).error()),
            AuthFailure::WrongTotp);
        auto ok = verify(b, QStringLiteral("alice"), kOwnerPw, code());
        KASSA_VERIFY_OK(ok);
        QVERIFY(ok->totpEnrolled);
        // Replay of the same code, and a code from before it, are refused.
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("alice"), kOwnerPw, code()).error()), AuthFailure::WrongTotp);
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("alice"), kOwnerPw, code(-30)).error()), AuthFailure::WrongTotp);
        // A wrong password with the right code is still a wrong password.
        QCOMPARE(authFailureOf(verify(b, QStringLiteral("alice"), QStringLiteral("not the password"), code(30)).error()),
            AuthFailure::WrongCredentials);
        // The next step's code works.
        KASSA_VERIFY_OK(verify(b, QStringLiteral("alice"), kOwnerPw, code(30)));

        KASSA_VERIFY_OK(voidCall([&](auto d) { b.removeTotp(owner->id, owner->id, this, d); }));
        KASSA_VERIFY_OK(verify(b, QStringLiteral("alice"), kOwnerPw));
        std::optional<Result<crypto::SecureBytes>> gone;
        rig.keys->read(OperatorsBackend::totpKeyId(owner->id), this, [&](auto r) { gone = std::move(r); });
        QTRY_VERIFY(gone.has_value());
        QCOMPARE(keys::failureOf(gone->error()), keys::KeyStoreFailure::NotFound);

        const QStringList actions = auditActions(*rig.db);
        QVERIFY(actions.contains(QLatin1String(audit::action::OperatorTotpEnrol)));
        QVERIFY(actions.contains(QLatin1String(audit::action::OperatorTotpRemove)));
        verifyChain(*rig.db);
    }

    void answersBeforeTheDatabaseIsOpen()
    {
        keys::MemoryKeyStore keys;
        OperatorsBackend b(m_clock, &keys, Argon2Params::forTests());
        auto r = verify(b, QStringLiteral("alice"), kOwnerPw);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().userMessage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOperatorsBackend)
#include "tst_operatorsbackend.moc"
