// The owner's operators screen over the real OperatorsBackend (SQLite, keys
// in memory): the list, adding an operator through the dialog (the
// password typed twice, at least one role), changing roles, disabling, and
// a non-owner who can change nothing; with KASSA_SHOTS_DIR set it saves the
// screen and the dialog in all four languages.
#include "TestSupport.h"
#include "engine/OperatorsBackend.h"
#include "i18n/Languages.h"
#include "keys/KeyStore.h"
#include "pages/OperatorsPage.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QDir>
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
        page.resize(900, 300);
        QTRY_VERIFY(page.table()->rowCount() >= 2);
        OperatorDialog dialog(m_backend.get(), m_owner.id, nullptr);
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        for (auto [w, name] : {std::pair<QWidget *, const char *>{&page, "operators"}, {&dialog, "operator-add"}}) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, QLatin1String(name))));
            w->hide();
        }
    }
};

QTEST_MAIN(TestOperatorsPage)
#include "tst_operatorspage.moc"
