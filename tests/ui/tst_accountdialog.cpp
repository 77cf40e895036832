// "My account" over the real OperatorsBackend (SQLite, keys in memory):
// two-step sign-in set up from the QR code and secret it shows (a wrong code
// refused, the right one kept, the QR decoding to the same otpauth URI as
// the secret), turned off again; a password change refused with the wrong
// current password and with differing new ones, then accepted; what the
// roles allow. With KASSA_SHOTS_DIR set, the enrolment is saved in all four
// languages.
#include "QrCode.h"
#include "TestSupport.h"
#include "WidgetChecks.h"
#include "dialogs/AccountDialog.h"
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
using ui::AccountDialog;

namespace {

template<typename T>
T waitFor(std::optional<T> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 20000))
        qFatal("no answer");
    return *slot;
}

template<typename W>
W *child(QWidget &root, const char *name)
{
    auto *w = root.findChild<W *>(QLatin1String(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

} // namespace

class TestAccountDialog : public QObject
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

    Result<operators::OperatorInfo> verify(const QString &password, const QString &code = {})
    {
        std::optional<Result<operators::OperatorInfo>> who;
        m_backend->verify(QStringLiteral("olga"), password, code, engine::OperatorsService::Purpose::Unlock, this,
            [&](auto r) { who = r; });
        return waitFor(who);
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

    void showsWhatTheRolesAllow()
    {
        AccountDialog dialog(m_backend.get(), m_owner);
        QVERIFY(child<QLabel>(dialog, "accountWho")->text().contains(QStringLiteral("olga")));
        const QString allowed = child<QLabel>(dialog, "accountAllowed")->text();
        QVERIFY(allowed.contains(QStringLiteral("payout policy")));
        QVERIFY(allowed.contains(QStringLiteral("approve")));
        QCOMPARE(AccountDialog::allowedBy(int(operators::Role::Auditor)).size(), 1);
        QCOMPARE(AccountDialog::roleList(int(operators::Role::Owner) | int(operators::Role::Clerk)),
            QStringLiteral("Owner, Clerk"));
    }

    void enrolsTwoStepSignInFromTheQrCode()
    {
        AccountDialog dialog(m_backend.get(), m_owner);
        dialog.show();
        QSignalSpy changed(&dialog, &AccountDialog::totpChanged);
        QVERIFY(child<QLabel>(dialog, "totpState")->text().startsWith(QStringLiteral("Off")));
        QVERIFY(!child<QWidget>(dialog, "enrolPanel")->isVisible());
        child<QPushButton>(dialog, "enrolTotpButton")->click();
        QTRY_VERIFY(child<QWidget>(dialog, "enrolPanel")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "enrolTotpButton")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "totpQr")->pixmap().isNull());
        const QString secretText = child<QLabel>(dialog, "totpSecret")->text().remove(QLatin1Char(' '));
        auto secret = operators::Totp::fromBase32(secretText);
        KASSA_VERIFY_OK(secret);
        auto code = [&](qint64 offset = 0) { return operators::Totp::code(*secret, m_clock.nowSecs() + offset).value(); };

        auto *confirm = child<QPushButton>(dialog, "confirmTotpButton");
        auto *edit = child<QLineEdit>(dialog, "totpCodeEdit");
        QVERIFY(!confirm->isEnabled());
        const QString wrong = code() == QStringLiteral("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        QTest::keyClicks(edit, wrong);
        QVERIFY(confirm->isEnabled());
        confirm->click();
        QTRY_VERIFY(!child<QLabel>(dialog, "totpStatus")->text().isEmpty());
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(changed.count(), 0);
        QTest::keyClicks(edit, code());
        confirm->click();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toBool(), true);
        QVERIFY(!child<QWidget>(dialog, "enrolPanel")->isVisible());
        QVERIFY(child<QLabel>(dialog, "totpState")->text().startsWith(QStringLiteral("On")));
        QVERIFY(child<QLabel>(dialog, "totpSecret")->text().isEmpty()); // shown once only

        // Signing in now needs the code.
        m_clock.advanceMs(60'000);
        QCOMPARE(engine::authFailureOf(verify(QStringLiteral("owner password")).error()), engine::AuthFailure::TotpRequired);
        KASSA_VERIFY_OK(verify(QStringLiteral("owner password"), code()));

        // Turned off again by the operator themself.
        auto *remove = child<QPushButton>(dialog, "removeTotpButton");
        QVERIFY(remove->isVisible());
        remove->click();
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(child<QLabel>(dialog, "totpState")->text().startsWith(QStringLiteral("Off")));
        KASSA_VERIFY_OK(verify(QStringLiteral("owner password")));
    }

    void changesThePassword()
    {
        AccountDialog dialog(m_backend.get(), m_owner);
        dialog.show();
        auto *button = child<QPushButton>(dialog, "changePasswordButton");
        auto *status = child<QLabel>(dialog, "passwordStatus");
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "currentPasswordEdit"), QStringLiteral("not my password"));
        QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("short"));
        QVERIFY(status->text().contains(QStringLiteral("at least 10")));
        QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral(" but now long"));
        QTest::keyClicks(child<QLineEdit>(dialog, "repeatPasswordEdit"), QStringLiteral("short but now lonk"));
        QVERIFY(status->text().contains(QStringLiteral("differ")));
        QVERIFY(!button->isEnabled());
        child<QLineEdit>(dialog, "repeatPasswordEdit")->setText(QStringLiteral("short but now long"));
        QVERIFY(status->text().isEmpty());
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY(child<QLineEdit>(dialog, "currentPasswordEdit")->text().isEmpty());
        QVERIFY(!status->text().isEmpty());
        KASSA_VERIFY_OK(verify(QStringLiteral("owner password")));

        QTest::keyClicks(child<QLineEdit>(dialog, "currentPasswordEdit"), QStringLiteral("owner password"));
        QVERIFY(button->isEnabled());
        button->click();
        QTRY_VERIFY(status->text().contains(QStringLiteral("was changed")));
        QVERIFY(child<QLineEdit>(dialog, "newPasswordEdit")->text().isEmpty());
        KASSA_VERIFY_OK(verify(QStringLiteral("short but now long")));
        QVERIFY(!verify(QStringLiteral("owner password")).ok());
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
        AccountDialog dialog(m_backend.get(), m_owner);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QPushButton>(dialog, "enrolTotpButton")->click();
        QTRY_VERIFY(child<QWidget>(dialog, "enrolPanel")->isVisible());
        dialog.adjustSize();
        QCoreApplication::processEvents();
        const QStringList problems = test::clippedTexts(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(language + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(QStringLiteral("%1/%2-account-totp.png").arg(dir, language)));
        }
        m_translators.apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
