// The console's sign-in over the real OperatorsBackend (SQLite, keys in
// memory): a wrong password said as such, the code field appearing only for
// an account with two-step sign-in, a wrong and then a right code, the
// lockout after five wrong passwords said with its time, a disabled
// account; no text clipped in any language, and with KASSA_SHOTS_DIR set the
// dialog (showing a refusal) saved in all four languages.
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "dialogs/SignInDialog.h"
#include "engine/OperatorsBackend.h"
#include "i18n/Languages.h"
#include "keys/KeyStore.h"
#include "operators/Totp.h"
#include "store/Database.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace kassa;
using ui::SignInDialog;

namespace {

template<typename T>
T waitFor(std::optional<T> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 20000))
        qFatal("no answer");
    return *slot;
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    i18n::Translators m_translators;
    ManualClock m_clock;
    test::TempProfile m_tmp;
    std::shared_ptr<store::Database> m_db;
    keys::MemoryKeyStore m_keys;
    std::unique_ptr<engine::OperatorsBackend> m_backend;
    operators::OperatorInfo m_owner;

    operators::OperatorInfo addOperator(const QString &login, const QString &password, operators::Roles roles)
    {
        std::optional<Result<operators::OperatorInfo>> made;
        m_backend->add(m_owner.id, {login, login.toUpper(), password, roles}, this, [&](auto r) { made = r; });
        auto r = waitFor(made);
        if (!r.ok())
            qFatal("add");
        return r.value();
    }

    static void typeInto(SignInDialog &dialog, const char *name, const QString &text)
    {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static QString errorText(SignInDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("signInError"))->text();
    }
    static void submitAndWait(SignInDialog &dialog)
    {
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(dialog.isChecking());
        QTRY_VERIFY(!dialog.isChecking());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_translators.apply(QStringLiteral("en"));
        auto opened = store::Database::open(store::DatabaseUrl::sqliteFile(m_tmp.file(QStringLiteral("k.sqlite"))), m_clock);
        KASSA_VERIFY_OK(opened);
        m_db.reset(std::move(opened).value().release());
        m_backend = std::make_unique<engine::OperatorsBackend>(m_clock, &m_keys, operators::Argon2Params::forTests());
        m_backend->setDatabase(m_db);
        std::optional<Result<operators::OperatorInfo>> owner;
        m_backend->createOwner({QStringLiteral("olga"), QStringLiteral("Olga Owner"), QStringLiteral("owner password"), 0},
            this, [&](auto r) { owner = r; });
        KASSA_VERIFY_OK(waitFor(owner));
        m_owner = owner->value();
    }

    void wrongThenRightPassword()
    {
        SignInDialog dialog(m_backend.get(), QStringLiteral("olga"));
        dialog.show();
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(!button->isEnabled()); // no password yet
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("totpEdit"))->isVisible());
        typeInto(dialog, "passwordEdit", QStringLiteral("owner passwore"));
        submitAndWait(dialog);
        QVERIFY(errorText(dialog).contains(QStringLiteral("login name or the password is wrong")));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("totpEdit"))->isVisible());

        QSignalSpy signedIn(&dialog, &SignInDialog::signedInAs);
        typeInto(dialog, "passwordEdit", QStringLiteral("owner password"));
        submitAndWait(dialog);
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signedIn().login, QStringLiteral("olga"));
        QVERIFY(dialog.signedIn().has(operators::Role::Owner));
    }

    void theCodeIsAskedForOnlyWhenEnrolled()
    {
        const auto ann = addOperator(QStringLiteral("ann"), QStringLiteral("approver password"), int(operators::Role::Approver));
        std::optional<Result<engine::OperatorsService::TotpEnrolment>> begun;
        m_backend->beginTotpEnrolment(ann.id, this, [&](auto r) { begun = r; });
        KASSA_VERIFY_OK(waitFor(begun));
        auto secret = operators::Totp::fromBase32(begun->value().secretBase32);
        KASSA_VERIFY_OK(secret);
        auto code = [&](qint64 offset) { return operators::Totp::code(*secret, m_clock.nowSecs() + offset).value(); };
        std::optional<Result<void>> confirmed;
        m_backend->confirmTotpEnrolment(ann.id, begun->value().token, code(0), this, [&](auto r) { confirmed = r; });
        KASSA_VERIFY_OK(waitFor(confirmed));
        m_clock.advanceMs(60'000); // the enrolment's step is used

        SignInDialog dialog(m_backend.get(), QString());
        dialog.show();
        typeInto(dialog, "loginEdit", QStringLiteral("ann"));
        typeInto(dialog, "passwordEdit", QStringLiteral("approver password"));
        submitAndWait(dialog);
        auto *totp = dialog.findChild<QLineEdit *>(QStringLiteral("totpEdit"));
        QVERIFY(totp->isVisible());
        QVERIFY(errorText(dialog).contains(QStringLiteral("6-digit code")));
        // The password stays typed; the button waits for six digits.
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
        QTest::keyClicks(totp, QStringLiteral("12a"));
        QCOMPARE(totp->text(), QStringLiteral("12"));
        QVERIFY(!button->isEnabled());
        const QString wrong = code(0) == QStringLiteral("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        typeInto(dialog, "totpEdit", wrong);
        submitAndWait(dialog);
        QVERIFY(errorText(dialog).contains(QStringLiteral("one-time code is wrong")));
        QVERIFY(totp->text().isEmpty());
        typeInto(dialog, "totpEdit", code(0));
        submitAndWait(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signedIn().login, QStringLiteral("ann"));
    }

    void lockoutAndDisabledAreSaid()
    {
        const auto carl = addOperator(QStringLiteral("carl"), QStringLiteral("clerk password"), int(operators::Role::Clerk));
        SignInDialog dialog(m_backend.get(), QStringLiteral("carl"));
        dialog.show();
        for (int i = 0; i < 5; ++i) {
            typeInto(dialog, "passwordEdit", QStringLiteral("not the password"));
            submitAndWait(dialog);
        }
        typeInto(dialog, "passwordEdit", QStringLiteral("clerk password"));
        submitAndWait(dialog);
        QVERIFY2(errorText(dialog).contains(QStringLiteral("locked until")), qPrintable(errorText(dialog)));
        QVERIFY(errorText(dialog).contains(QStringLiteral("ask an owner")));
        QVERIFY(dialog.result() != QDialog::Accepted);

        std::optional<Result<void>> off;
        m_backend->setDisabled(m_owner.id, carl.id, true, this, [&](auto r) { off = r; });
        KASSA_VERIFY_OK(waitFor(off));
        m_clock.advanceMs(7'200'000);
        typeInto(dialog, "passwordEdit", QStringLiteral("clerk password"));
        submitAndWait(dialog);
        QVERIFY2(errorText(dialog).contains(QStringLiteral("disabled")), qPrintable(errorText(dialog)));
    }

    void noTextIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : i18n::shippedLanguageCodes())
            QTest::newRow(qPrintable(l)) << l;
    }
    void noTextIsClipped()
    {
        QFETCH(QString, language);
        m_translators.apply(language);
        SignInDialog dialog(m_backend.get(), QStringLiteral("olga"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog, "passwordEdit", QStringLiteral("wrong password"));
        submitAndWait(dialog);
        QVERIFY(!errorText(dialog).isEmpty());
        QCoreApplication::processEvents();
        // The wrapped message gets all the lines it needs.
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
        QVERIFY2(error->heightForWidth(error->width()) <= error->height(), qPrintable(language));
        const QStringList problems = test::clippedTexts(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(QStringLiteral("%1/%2-signin.png").arg(dir, language)));
        }
        m_translators.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
