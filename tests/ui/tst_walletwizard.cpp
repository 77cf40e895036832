// WalletWizard over the fake services: the first run creates the owner and
// a wallet from new words (shown once, three confirmed, Next held back until
// then), imports words checked word by word (a wrong word, completion, a bad
// checksum), an xpub and an address list (watch-only); Cancel saves nothing;
// every page of every language fits (no clipped text) and is saved as a PNG
// when KASSA_WIZARD_SHOTS names a folder.
#include "Application.h"
#include "FakeConsoleService.h"
#include "TestSupport.h"
#include "WalletTestSupport.h"
#include "WalletWizard.h"
#include "WidgetChecks.h"
#include "FakeOwnerSetup.h"
#include "MainWindow.h"
#include "pages/WalletsPage.h"
#include "keys/KeyRing.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace kassa;
using ui::WalletWizard;

namespace {

template<typename T>
T *child(QWidget *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

bool canGoOn(WalletWizard &w)
{
    QAbstractButton *b = w.button(w.currentPage()->isFinalPage() ? QWizard::FinishButton : QWizard::NextButton);
    return b->isEnabled() && w.currentPage()->isComplete();
}

QStringList words(const crypto::Mnemonic &m)
{
    return QString::fromLatin1(m.phrase().view()).split(QLatin1Char(' '));
}

} // namespace

class TestWalletWizard : public QObject
{
    Q_OBJECT

private:
    i18n::Translators m_translators;

private Q_SLOTS:
    void init() { m_translators.apply(QStringLiteral("en")); }

    void firstRunCreatesOwnerAndNewWallet()
    {
        test::FakeConsoleService console;
        test::FakeOwnerSetup owner;
        WalletWizard wizard(WalletWizard::FirstRun, &console, &owner);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(WalletWizard::LanguagePage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::OwnerPage));
        QVERIFY(!canGoOn(wizard));
        child<QLineEdit>(&wizard, QStringLiteral("ownerNameEdit"))->setText(QStringLiteral("Mei"));
        child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordEdit"))->setText(QStringLiteral("short"));
        child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordRepeatEdit"))->setText(QStringLiteral("short"));
        QVERIFY(!canGoOn(wizard));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("ownerProblem"))->text().contains(QStringLiteral("10")));
        child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordEdit"))->setText(QStringLiteral("a good long password"));
        QVERIFY(!canGoOn(wizard));
        child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordRepeatEdit"))->setText(QStringLiteral("a good long password"));
        QVERIFY(canGoOn(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::ChoicePage));
        child<QLineEdit>(&wizard, QStringLiteral("walletLabelEdit"))->setText(QStringLiteral("Shop"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::CreatePage));
        // Twelve words, shown once, with a plain warning; Next waits for the tick.
        QVERIFY(wizard.newMnemonic());
        const QStringList shown = words(*wizard.newMnemonic());
        QCOMPARE(shown.size(), 12);
        QCOMPARE(child<QLabel>(&wizard, QStringLiteral("newWord4"))->text(), QStringLiteral("5. ") + shown[4]);
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("backupWarning"))->text().contains(QStringLiteral("gone for good")));
        QVERIFY(!canGoOn(wizard));
        child<QCheckBox>(&wizard, QStringLiteral("wordsWrittenCheck"))->setChecked(true);
        QVERIFY(canGoOn(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::ConfirmPage));
        // Three words asked for: a wrong one is named, the right ones (also by prefix) pass.
        QList<int> asked;
        for (int i = 0; i < 3; ++i) {
            const QString label = child<QLabel>(&wizard, QStringLiteral("confirmLabel%1").arg(i))->text();
            asked << QRegularExpression(QStringLiteral("\\d+")).match(label).captured().toInt() - 1;
        }
        auto *first = child<QLineEdit>(&wizard, QStringLiteral("confirmWord0"));
        first->setText(shown[asked[0]] == QLatin1String("zoo") ? QStringLiteral("abandon") : QStringLiteral("zoo"));
        QVERIFY(!canGoOn(wizard));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("confirmProblem"))->text().contains(QString::number(asked[0] + 1)));
        for (int i = 0; i < 3; ++i)
            child<QLineEdit>(&wizard, QStringLiteral("confirmWord%1").arg(i))->setText(shown[asked[i]].left(i == 1 ? 4 : 99));
        QVERIFY(canGoOn(wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::ChainsPage));
        QVERIFY(child<QCheckBox>(&wizard, QStringLiteral("chainCheck_ethereum"))->isChecked());
        QVERIFY(child<QCheckBox>(&wizard, QStringLiteral("chainCheck_tron"))->isChecked());
        child<QCheckBox>(&wizard, QStringLiteral("chainCheck_bsc"))->setChecked(true);
        child<QLineEdit>(&wizard, QStringLiteral("chainEndpoint_bsc"))->setText(QStringLiteral("https://bsc.example.org"));
        // Nothing is saved before Finish.
        QVERIFY(console.fakeWallets()->created.isEmpty());
        QVERIFY(owner.name.isEmpty());
        QCOMPARE(console.chainSaves, 0);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::SummaryPage));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("summaryText"))->text().contains(QStringLiteral("test keychain")));
        QSignalSpy finished(&wizard, &WalletWizard::finishedSetup);
        wizard.accept();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(owner.name, QStringLiteral("Mei"));
        QCOMPARE(owner.password, QStringLiteral("a good long password"));
        const auto &created = console.fakeWallets()->created;
        QCOMPARE(created.size(), 1);
        QCOMPARE(created[0].kind, wallets::WalletKind::Hd);
        QVERIFY(!created[0].imported);
        QCOMPARE(created[0].families, (QList<chain::ChainFamily> {chain::ChainFamily::Evm, chain::ChainFamily::Tron}));
        QCOMPARE(words(*created[0].mnemonic), shown);
        QCOMPARE(created[0].label, QStringLiteral("Shop"));
        QCOMPARE(console.chainSaves, 3);
        bool bscSaved = false;
        for (const auto &c : console.chainSettings())
            if (c.id == QLatin1String("bsc"))
                bscSaved = c.enabled && c.httpEndpoints.first() == QUrl(QStringLiteral("https://bsc.example.org"));
        QVERIFY(bscSaved);
        QVERIFY(!wizard.newMnemonic()); // dropped once saved
    }

    void cancelSavesNothing()
    {
        test::FakeConsoleService console;
        test::FakeOwnerSetup owner;
        WalletWizard wizard(WalletWizard::FirstRun, &console, &owner);
        wizard.show();
        auto *language = child<QComboBox>(&wizard, QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("nl")));
        QTRY_COMPARE(wizard.currentPage()->title(), QStringLiteral("Welkom bij Kassa")); // previewed in Dutch
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("walletLabelEdit"))->text(), QStringLiteral("Hoofdwallet"));
        wizard.next();
        child<QLineEdit>(&wizard, QStringLiteral("ownerNameEdit"))->setText(QStringLiteral("Mei"));
        child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordEdit"))->setText(QStringLiteral("a good long password"));
        child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordRepeatEdit"))->setText(QStringLiteral("a good long password"));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::CreatePage));
        wizard.back(); // every step can go back
        QCOMPARE(wizard.currentId(), int(WalletWizard::ChoicePage));
        wizard.reject();
        QVERIFY(console.fakeWallets()->created.isEmpty());
        QVERIFY(owner.name.isEmpty());
        QCOMPARE(console.chainSaves, 0);
        QCOMPARE(console.languageChanges, 0);
        QVERIFY(!wizard.newMnemonic());
        QTRY_COMPARE(wizard.page(WalletWizard::LanguagePage)->title(), QStringLiteral("Welcome to Kassa")); // back to English
    }

    void importWordsOneByOne()
    {
        test::FakeConsoleService console;
        WalletWizard wizard(WalletWizard::AddWallet, &console);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(WalletWizard::ChoicePage));
        child<QRadioButton>(&wizard, QStringLiteral("importRadio"))->setChecked(true);
        child<QCheckBox>(&wizard, QStringLiteral("tronCheck"))->setChecked(false);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::ImportPage));
        auto *status = child<QLabel>(&wizard, QStringLiteral("importStatus"));
        auto *w0 = child<QLineEdit>(&wizard, QStringLiteral("importWord0"));
        // A wrong word is named by position, with suggestions.
        QTest::keyClicks(w0, QStringLiteral("abandn"));
        QVERIFY(status->text().contains(QStringLiteral("Word 1")));
        QVERIFY(status->text().contains(QStringLiteral("abandon")));
        QVERIFY(!canGoOn(wizard));
        // Pasting the whole phrase spreads it over the boxes; the checksum is checked.
        w0->clear();
        QGuiApplication::clipboard()->setText(QStringLiteral(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"));
        w0->paste();
        QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("importWord11"))->text(), QStringLiteral("abandon"));
        QVERIFY(!canGoOn(wizard));
        QVERIFY(status->text().contains(QStringLiteral("checksum"), Qt::CaseInsensitive)
            || status->text().contains(QStringLiteral("check"), Qt::CaseInsensitive));
        // Four letters complete a word.
        auto *w11 = child<QLineEdit>(&wizard, QStringLiteral("importWord11"));
        w11->clear();
        QTest::keyClicks(w11, QStringLiteral("abou"));
        Q_EMIT w11->editingFinished();
        QCOMPARE(w11->text(), QStringLiteral("about"));
        QVERIFY(canGoOn(wizard));
        QCOMPARE(status->text(), QStringLiteral("The words are valid."));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WalletWizard::ChainsPage));
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("chainCheck_tron")));
        wizard.next();
        wizard.accept();
        QTRY_COMPARE(console.fakeWallets()->created.size(), 1);
        const auto &d = console.fakeWallets()->created[0];
        QVERIFY(d.imported);
        QCOMPARE(QString::fromLatin1(d.mnemonic->phrase().view()), test::kAbandonPhrase);
        QCOMPARE(console.fakeWallets()->addressList.first().address, test::kAbandonEth0);
    }

    void watchOnlyXpubAndAddresses()
    {
        test::FakeConsoleService console;
        {
            WalletWizard wizard(WalletWizard::AddWallet, &console);
            wizard.show();
            child<QRadioButton>(&wizard, QStringLiteral("xpubRadio"))->setChecked(true);
            auto *role = child<QComboBox>(&wizard, QStringLiteral("walletRoleCombo"));
            role->setCurrentIndex(role->findData(int(wallets::WalletRole::Payout)));
            QVERIFY(!canGoOn(wizard)); // watch-only cannot pay out
            role->setCurrentIndex(role->findData(int(wallets::WalletRole::Receiving)));
            QVERIFY(canGoOn(wizard));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(WalletWizard::XpubPage));
            auto *family = child<QComboBox>(&wizard, QStringLiteral("xpubFamilyCombo"));
            family->setCurrentIndex(family->findData(int(chain::ChainFamily::Tron)));
            child<QLineEdit>(&wizard, QStringLiteral("xpubEdit"))->setText(QStringLiteral("xpub-not-really"));
            QVERIFY(!canGoOn(wizard));
            const auto m = crypto::Mnemonic::parse(test::kAbandonPhrase).value();
            child<QLineEdit>(&wizard, QStringLiteral("xpubEdit"))
                ->setText(keys::KeyRing::accountXpub(m, crypto::bip44::Coin::Tron, 0)->toBase58());
            QVERIFY(canGoOn(wizard));
            QVERIFY(child<QLabel>(&wizard, QStringLiteral("xpubStatus"))->text().contains(test::kAbandonTron0));
            wizard.next();
            wizard.next();
            wizard.accept();
            QTRY_COMPARE(console.fakeWallets()->created.size(), 1);
            QCOMPARE(console.fakeWallets()->created[0].kind, wallets::WalletKind::Xpub);
        }
        {
            WalletWizard wizard(WalletWizard::AddWallet, &console);
            wizard.show();
            child<QRadioButton>(&wizard, QStringLiteral("addressesRadio"))->setChecked(true);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(WalletWizard::AddressesPage));
            auto *text = child<QPlainTextEdit>(&wizard, QStringLiteral("addressesEdit"));
            text->setPlainText(QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94\n0x1234\n"));
            QVERIFY(!canGoOn(wizard));
            QVERIFY(child<QLabel>(&wizard, QStringLiteral("addressesStatus"))->text().startsWith(QStringLiteral("Line 2")));
            text->setPlainText(QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94\n\n0x70997970c51812dc3a010c7d01b50e0d17dc79c8\n"));
            QVERIFY(canGoOn(wizard));
            QCOMPARE(child<QLabel>(&wizard, QStringLiteral("addressesStatus"))->text(), QStringLiteral("2 addresses to watch."));
            wizard.next();
            wizard.next();
            wizard.accept();
            QTRY_COMPARE(console.fakeWallets()->created.size(), 2);
            QCOMPARE(console.fakeWallets()->created[1].kind, wallets::WalletKind::Addresses);
        }
    }

    void failureKeepsTheWizardOpen()
    {
        test::FakeConsoleService console;
        WalletWizard wizard(WalletWizard::AddWallet, &console);
        wizard.show();
        child<QRadioButton>(&wizard, QStringLiteral("addressesRadio"))->setChecked(true);
        wizard.next();
        child<QPlainTextEdit>(&wizard, QStringLiteral("addressesEdit"))->setPlainText(test::kAbandonEth0);
        wizard.next();
        wizard.next();
        console.fakeWallets()->failNext = makeError(ErrorCode::Io, QStringLiteral("x"), QStringLiteral("The system keychain is locked."));
        wizard.accept();
        QTRY_VERIFY(!wizard.lastError().isEmpty());
        QVERIFY(wizard.isVisible());
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("summaryError"))->text().contains(QStringLiteral("locked")));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    }

    void mainWindowOpensItOnFirstRun()
    {
        test::FakeConsoleService console;
        test::TempProfile dir;
        ui::MainWindow window(&console, dir.file(QStringLiteral("ui-state.ini")));
        window.show();
        window.setFirstRunWizard(true);
        QTRY_VERIFY(window.walletWizard());
        WalletWizard *wizard = window.walletWizard();
        QCOMPARE(wizard->mode(), WalletWizard::FirstRun);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(WalletWizard::ChoicePage)); // no operators yet: no password step
        child<QRadioButton>(wizard, QStringLiteral("addressesRadio"))->setChecked(true);
        wizard->next();
        child<QPlainTextEdit>(wizard, QStringLiteral("addressesEdit"))->setPlainText(test::kAbandonEth0);
        wizard->next();
        wizard->next();
        window.showPage(ui::MainWindow::Settings);
        wizard->accept();
        QTRY_COMPARE(window.currentPage(), ui::MainWindow::Dashboard);
        QTRY_VERIFY(!window.walletWizard());

        // With a wallet, the next start opens no wizard; "Add wallet" opens the short one.
        ui::MainWindow again(&console, dir.file(QStringLiteral("ui-state-2.ini")));
        again.setFirstRunWizard(true);
        QTest::qWait(200);
        QVERIFY(!again.walletWizard());
        Q_EMIT again.findChild<ui::WalletsPage *>()->addWalletRequested();
        QVERIFY(again.walletWizard());
        QCOMPARE(again.walletWizard()->mode(), WalletWizard::AddWallet);
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"en", "zh_CN", "ja", "nl"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void everyPageFits()
    {
        QFETCH(QString, language);
        m_translators.apply(language);
        const QString shots = qEnvironmentVariable("KASSA_WIZARD_SHOTS");
        if (!shots.isEmpty())
            QDir().mkpath(shots);
        test::FakeConsoleService console;
        test::FakeOwnerSetup owner;
        QStringList problems;
        auto visit = [&](WalletWizard &wizard, const QString &name) {
            QApplication::processEvents();
            for (const QString &c : test::clippedTexts(&wizard))
                problems << name + QStringLiteral(": ") + c;
            if (!shots.isEmpty())
                wizard.grab().save(QStringLiteral("%1/%2-wizard-%3.png").arg(shots, language, name));
        };
        {
            WalletWizard wizard(WalletWizard::FirstRun, &console, &owner);
            wizard.show();
            visit(wizard, QStringLiteral("1-language"));
            wizard.next();
            child<QLineEdit>(&wizard, QStringLiteral("ownerNameEdit"))->setText(QStringLiteral("Mei"));
            child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordEdit"))->setText(QStringLiteral("short"));
            visit(wizard, QStringLiteral("2-owner"));
            child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordEdit"))->setText(QStringLiteral("a good long password"));
            child<QLineEdit>(&wizard, QStringLiteral("ownerPasswordRepeatEdit"))->setText(QStringLiteral("a good long password"));
            wizard.next();
            visit(wizard, QStringLiteral("3-choice"));
            wizard.next();
            visit(wizard, QStringLiteral("4-words"));
            child<QCheckBox>(&wizard, QStringLiteral("wordsWrittenCheck"))->setChecked(true);
            wizard.next();
            child<QLineEdit>(&wizard, QStringLiteral("confirmWord0"))->setText(QStringLiteral("zoo"));
            visit(wizard, QStringLiteral("5-confirm"));
            wizard.back();
            wizard.back();
            child<QRadioButton>(&wizard, QStringLiteral("importRadio"))->setChecked(true);
            wizard.next();
            QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("importWord0")), QStringLiteral("aban "));
            QTest::keyClicks(child<QLineEdit>(&wizard, QStringLiteral("importWord1")), QStringLiteral("abandn"));
            visit(wizard, QStringLiteral("6-import"));
            wizard.back();
            child<QRadioButton>(&wizard, QStringLiteral("xpubRadio"))->setChecked(true);
            wizard.next();
            const auto m = crypto::Mnemonic::parse(test::kAbandonPhrase).value();
            child<QLineEdit>(&wizard, QStringLiteral("xpubEdit"))
                ->setText(keys::KeyRing::accountXpub(m, crypto::bip44::Coin::Ethereum, 0)->toBase58());
            visit(wizard, QStringLiteral("7-xpub"));
            wizard.back();
            child<QRadioButton>(&wizard, QStringLiteral("addressesRadio"))->setChecked(true);
            wizard.next();
            child<QPlainTextEdit>(&wizard, QStringLiteral("addressesEdit"))
                ->setPlainText(QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94\n0x70997970c51812dc3a010c7d01b50e0d17dc79c8"));
            visit(wizard, QStringLiteral("8-addresses"));
            wizard.back();
            child<QRadioButton>(&wizard, QStringLiteral("createRadio"))->setChecked(true);
            wizard.next();
            wizard.next();
            for (int i = 0; i < 3; ++i)
                child<QLineEdit>(&wizard, QStringLiteral("confirmWord%1").arg(i))->clear();
            wizard.back();
            wizard.back();
            child<QRadioButton>(&wizard, QStringLiteral("importRadio"))->setChecked(true);
            wizard.next();
            auto *w0 = child<QLineEdit>(&wizard, QStringLiteral("importWord0"));
            w0->clear();
            for (int i = 0; i < 12; ++i)
                child<QLineEdit>(&wizard, QStringLiteral("importWord%1").arg(i))->clear();
            QGuiApplication::clipboard()->setText(test::kAbandonPhrase);
            w0->paste();
            wizard.next();
            visit(wizard, QStringLiteral("9-chains"));
            wizard.next();
            visit(wizard, QStringLiteral("10-summary"));
            wizard.reject();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestWalletWizard)
#include "tst_walletwizard.moc"
