// The owner's operators screen over the real OperatorsBackend (SQLite, keys
// in memory): the list, adding an operator through the dialog (the
// password typed twice, at least one role), changing roles, disabling, and
// a non-owner who can change nothing; with KASSA_SHOTS_DIR set it saves the
// screen and the dialog in all four languages.
#include "TestSupport.h"
#include "engine/OperatorsBackend.h"
#include "i18n/Languages.h"
#include "keys/KeyStore.h"
#include "dialogs/StepUpDialog.h"
#include "pages/OperatorsPage.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QListWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace kassa;
using ui::OperatorDialog;
using ui::OperatorsPage;

class TestOperatorsPage : public QObject
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
        m_backend->createOwner({QStringLiteral("olga"), QStringLiteral("Olga Owner"), QStringLiteral("owner password"), 0}, this,
            [&](auto r) { owner = r; });
        QTRY_VERIFY(owner.has_value());
        KASSA_VERIFY_OK(*owner);
        m_owner = owner->value();
    }

    void ownerAddsChangesAndDisables()
    {
        OperatorsPage page(m_backend.get(), m_owner);
        QTRY_COMPARE(page.table()->rowCount(), 1);
        QSignalSpy opened(&page, &OperatorsPage::dialogOpened);
        page.findChild<QPushButton *>(QStringLiteral("addOperatorButton"))->click();
        auto *dialog = qobject_cast<OperatorDialog *>(opened.last().at(0).value<QDialog *>());
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("operatorOkButton"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit")), QStringLiteral("ann"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Ann Approver"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit")), QStringLiteral("approver password"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit")), QStringLiteral("approver passwore"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("operatorError"))->text().contains(QStringLiteral("differ")));
        auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("repeatPasswordEdit"));
        repeat->setText(QStringLiteral("approver password"));
        dialog->findChild<QCheckBox *>(QStringLiteral("role4"))->setChecked(false); // Clerk off
        QVERIFY(!ok->isEnabled()); // no role
        dialog->findChild<QCheckBox *>(QStringLiteral("role2"))->setChecked(true); // Approver
        QVERIFY(ok->isEnabled());
        QSignalSpy accepted(dialog, &QDialog::accepted);
        ok->click();
        QTRY_COMPARE(accepted.count(), 1);
        QTRY_COMPARE(page.table()->rowCount(), 2);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("ann"));
        QCOMPARE(page.table()->item(0, 2)->text(), QStringLiteral("Approver"));

        page.table()->selectRow(0);
        page.findChild<QPushButton *>(QStringLiteral("rolesButton"))->click();
        auto *roles = qobject_cast<OperatorDialog *>(opened.last().at(0).value<QDialog *>());
        roles->findChild<QCheckBox *>(QStringLiteral("role8"))->setChecked(true); // + Auditor
        QSignalSpy rolesAccepted(roles, &QDialog::accepted);
        roles->findChild<QPushButton *>(QStringLiteral("operatorOkButton"))->click();
        QTRY_COMPARE(rolesAccepted.count(), 1);
        QTRY_COMPARE(page.table()->item(0, 2)->text(), QStringLiteral("Approver, Auditor"));

        page.table()->selectRow(0);
        auto *disable = page.findChild<QPushButton *>(QStringLiteral("disableButton"));
        QCOMPARE(disable->text(), QStringLiteral("Disable"));
        disable->click();
        QTRY_COMPARE(page.table()->item(0, 4)->text(), QStringLiteral("Disabled"));
        // The owner cannot disable themself.
        page.table()->selectRow(1);
        QVERIFY(!disable->isEnabled());
    }

    void aNonOwnerChangesNothing()
    {
        operators::OperatorInfo clerk;
        clerk.id = QStringLiteral("x");
        clerk.roles = int(operators::Role::Clerk);
        OperatorsPage page(m_backend.get(), clerk);
        QTRY_VERIFY(page.table()->rowCount() >= 1);
        page.table()->selectRow(0);
        for (const char *name : {"addOperatorButton", "rolesButton", "disableButton", "unlockButton"})
            QVERIFY2(!page.findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
    }

    void secondOwnerConfirmsARoleChange()
    {
        // Otto becomes the second owner (one owner: at once).
        std::optional<Result<operators::OperatorInfo>> otto;
        m_backend->add(m_owner.id, {QStringLiteral("otto"), QStringLiteral("Otto Owner"), QStringLiteral("otto password 1"),
            int(operators::Role::Owner)}, this, [&](auto r) { otto = r; });
        QTRY_VERIFY(otto.has_value());
        KASSA_VERIFY_OK(*otto);

        // Olga changes Ann's roles: it waits for Otto.
        OperatorsPage olgaPage(m_backend.get(), m_owner);
        QTRY_VERIFY(olgaPage.table()->rowCount() >= 3);
        QSignalSpy opened(&olgaPage, &OperatorsPage::dialogOpened);
        int annRow = -1;
        for (int i = 0; i < olgaPage.table()->rowCount(); ++i) {
            if (olgaPage.table()->item(i, 0)->text() == QLatin1String("ann"))
                annRow = i;
        }
        QVERIFY(annRow >= 0);
        olgaPage.table()->selectRow(annRow);
        olgaPage.findChild<QPushButton *>(QStringLiteral("rolesButton"))->click();
        auto *roles = qobject_cast<OperatorDialog *>(opened.last().at(0).value<QDialog *>());
        roles->findChild<QCheckBox *>(QStringLiteral("role4"))->setChecked(true); // + Clerk
        roles->findChild<QPushButton *>(QStringLiteral("operatorOkButton"))->click();
        QTRY_VERIFY(olgaPage.findChild<QLabel *>(QStringLiteral("operatorsStatus"))->text().contains(QStringLiteral("Another owner")));
        auto *box = olgaPage.findChild<QGroupBox *>(QStringLiteral("pendingRolesBox"));
        QTRY_VERIFY(box->isVisibleTo(&olgaPage));
        auto *list = olgaPage.findChild<QListWidget *>(QStringLiteral("pendingRolesList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Ann Approver")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Olga Owner")));
        QVERIFY(olgaPage.table()->item(annRow, 2)->text().contains(QStringLiteral("Clerk")) == false); // not yet
        list->setCurrentRow(0);
        QVERIFY(!olgaPage.findChild<QPushButton *>(QStringLiteral("confirmRolesButton"))->isEnabled()); // her own
        QVERIFY(olgaPage.findChild<QPushButton *>(QStringLiteral("rejectRolesButton"))->isEnabled());

        // Otto confirms with his password; a wrong one is refused.
        OperatorsPage ottoPage(m_backend.get(), otto->value());
        auto *ottoList = ottoPage.findChild<QListWidget *>(QStringLiteral("pendingRolesList"));
        QTRY_COMPARE(ottoList->count(), 1);
        ottoList->setCurrentRow(0);
        auto *confirm = ottoPage.findChild<QPushButton *>(QStringLiteral("confirmRolesButton"));
        QVERIFY(confirm->isEnabled());
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer {QStringLiteral("wrong password"), {}});
        confirm->click();
        QVERIFY(!ui::StepUpDialog::lastAskedForCode()); // Otto has no TOTP
        QTRY_VERIFY(ottoPage.findChild<QLabel *>(QStringLiteral("operatorsStatus"))->text().contains(QStringLiteral("password")));
        QCOMPARE(ottoList->count(), 1);
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer {QStringLiteral("otto password 1"), {}});
        confirm->click();
        QTRY_COMPARE(ottoList->count(), 0);
        QTRY_VERIFY(!olgaPage.findChild<QGroupBox *>(QStringLiteral("pendingRolesBox"))->isVisibleTo(&olgaPage));
        QTRY_VERIFY(olgaPage.table()->item(annRow, 2)->text().contains(QStringLiteral("Clerk")));

        // One more proposal stays pending for the screenshots.
        olgaPage.table()->selectRow(annRow);
        olgaPage.findChild<QPushButton *>(QStringLiteral("rolesButton"))->click();
        roles = qobject_cast<OperatorDialog *>(opened.last().at(0).value<QDialog *>());
        roles->findChild<QCheckBox *>(QStringLiteral("role8"))->setChecked(false); // − Auditor
        roles->findChild<QPushButton *>(QStringLiteral("operatorOkButton"))->click();
        QTRY_COMPARE(list->count(), 1);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"en", "zh_CN", "ja", "nl"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void screenshots()
    {
        QFETCH(QString, language);
        m_translators.apply(language);
        OperatorsPage page(m_backend.get(), m_owner);
        page.resize(900, 420);
        QTRY_VERIFY(page.table()->rowCount() >= 2);
        OperatorDialog dialog(m_backend.get(), m_owner.id, nullptr);
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        ui::StepUpDialog confirm(OperatorsPage::tr("Confirm role change"),
            OperatorsPage::tr("Give %1 the roles %2? Enter your password to confirm it is you.").arg(QStringLiteral("Ann Approver"),
                operators::RoleNames::label(operators::Role::Approver)),
            true);
        for (auto [w, name] : {std::pair<QWidget *, const char *>{&page, "operators"}, {&dialog, "operator-add"}, {&confirm, "roles-confirm"}}) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, QLatin1String(name))));
            w->hide();
        }
    }
};

QTEST_MAIN(TestOperatorsPage)
#include "tst_operatorspage.moc"
