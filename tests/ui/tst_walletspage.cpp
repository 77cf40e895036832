// WalletsPage over the fake service: the empty state offers the wizard; the
// wallet and address models behave (QAbstractItemModelTester); the QR code
// shows the plain address, an EIP-681 request once an amount is typed on an
// EVM chain, the plain base58 address on Tron; copy buttons, a new receive
// address, the large QR window, backup and restore with pre-answered dialogs;
// no clipped text in any language.
#include "Application.h"
#include "FakeConsoleService.h"
#include "FakeOwnerSetup.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PassphraseDialog.h"
#include "dialogs/StepUpDialog.h"
#include "TestSupport.h"
#include "WalletTestSupport.h"
#include "WidgetChecks.h"
#include "models/WalletAddressesModel.h"
#include "models/WalletsModel.h"
#include "pages/WalletsPage.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>

using namespace kassa;
using ui::WalletAddressesModel;
using ui::WalletsModel;
using ui::WalletsPage;

namespace {

engine::NewWallet abandonDraft(QList<chain::ChainFamily> families)
{
    engine::NewWallet d;
    d.label = QStringLiteral("Shop");
    d.kind = wallets::WalletKind::Hd;
    d.families = families;
    d.mnemonic = std::make_shared<crypto::Mnemonic>(crypto::Mnemonic::parse(test::kAbandonPhrase).value());
    return d;
}

template<typename T>
T *child(QWidget *root, const char *name)
{
    auto *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

} // namespace

class TestWalletsPage : public QObject
{
    Q_OBJECT

private:
    i18n::Translators m_translators;

    void addWallets(test::FakeConsoleService &console)
    {
        auto *fake = console.fakeWallets();
        bool done = false;
        fake->create(abandonDraft({chain::ChainFamily::Evm, chain::ChainFamily::Tron}), fake, [&](auto) { done = true; });
        QTRY_VERIFY(done);
        engine::NewWallet list;
        list.label = QStringLiteral("Cold list");
        list.kind = wallets::WalletKind::Addresses;
        list.role = wallets::WalletRole::Cold;
        list.families = {chain::ChainFamily::Tron};
        list.addresses = {QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")};
        done = false;
        fake->create(list, fake, [&](auto) { done = true; });
        QTRY_VERIFY(done);
    }

private Q_SLOTS:
    void init() { m_translators.apply(QStringLiteral("en")); }

    void emptyState()
    {
        test::FakeConsoleService console;
        WalletsPage page(&console);
        page.resize(1000, 700);
        page.show();
        auto *stack = page.findChild<QStackedWidget *>();
        QTRY_COMPARE(stack->currentIndex(), 0);
        QSignalSpy wizard(&page, &WalletsPage::addWalletRequested);
        child<QPushButton>(&page, "walletsSetupButton")->click();
        QCOMPARE(wizard.size(), 1);
        addWallets(console);
        QTRY_COMPARE(stack->currentIndex(), 1);
    }

    void modelsUnderTester()
    {
        WalletsModel wallets;
        QAbstractItemModelTester walletsTester(&wallets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wallets::WalletRecord a;
        a.id = 1;
        a.label = QStringLiteral("A");
        wallets::WalletRecord b = a;
        b.id = 2;
        b.kind = wallets::WalletKind::Xpub;
        wallets.setWallets({a, b});
        QCOMPARE(wallets.rowCount(), 2);
        QCOMPARE(wallets.index(1, 0).data(WalletsModel::WatchOnlyRole).toBool(), true);
        QCOMPARE(wallets.index(1, WalletsModel::KindColumn).data().toString(), QStringLiteral("Watch-only (xpub)"));
        a.label = QStringLiteral("A2");
        QSignalSpy changed(&wallets, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&wallets, &QAbstractItemModel::modelReset);
        wallets.setWallets({b, a});
        QCOMPARE(reset.size(), 0); // fine-grained, never a reset
        QCOMPARE(wallets.index(wallets.rowOf(1), 0).data().toString(), QStringLiteral("A2"));
        wallets.setWallets({b});
        QCOMPARE(wallets.rowCount(), 1);
        wallets.retranslate();

        WalletAddressesModel addresses;
        QAbstractItemModelTester addressesTester(&addresses, QAbstractItemModelTester::FailureReportingMode::QtTest);
        wallets::WalletAddress x;
        x.id = 7;
        x.walletId = 2;
        x.index = 0;
        x.address = test::kAbandonEth0;
        addresses.setAddresses(2, {x});
        QCOMPARE(addresses.rowCount(), 1);
        QCOMPARE(addresses.index(0, WalletAddressesModel::AddressColumn).data().toString(),
            QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
        QCOMPARE(addresses.index(0, WalletAddressesModel::BalanceColumn).data().toString(), QStringLiteral("—"));
        wallets::WalletAddress y = x;
        y.id = 8;
        y.index.reset();
        addresses.addAddress(y);
        addresses.addAddress(y); // twice: once
        y.walletId = 3;
        addresses.addAddress(y); // another wallet: ignored
        QCOMPARE(addresses.rowCount(), 2);
        QCOMPARE(addresses.index(1, WalletAddressesModel::IndexColumn).data().toString(), QStringLiteral("—"));
        addresses.setAddresses(3, {y});
        QCOMPARE(addresses.rowCount(), 1);
        addresses.retranslate();
    }

    void qrAndAddresses()
    {
        test::FakeConsoleService console;
        addWallets(console);
        WalletsPage page(&console);
        page.resize(1100, 720);
        page.show();
        QTRY_COMPARE(page.walletsModel()->rowCount(), 3);
        auto *walletsView = child<QTableView>(&page, "walletsView");
        auto *addressesView = child<QTableView>(&page, "addressesView");
        QTRY_COMPARE(page.addressesModel()->rowCount(), 1);
        // The EVM wallet: the plain EIP-55 address, then an EIP-681 request.
        QTRY_COMPARE(page.qrText(), QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
        QVERIFY(!child<QLabel>(&page, "qrLabel")->pixmap().isNull());
        auto *amount = child<QLineEdit>(&page, "qrAmountEdit");
        QTest::keyClicks(amount, QStringLiteral("12.5"));
        QCOMPARE(page.qrText(), QStringLiteral("ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1/transfer?"
                                               "address=0x9858EfFD232B4033E47d90003D41EC34EcaEda94&uint256=12500000"));
        auto *chains = child<QComboBox>(&page, "qrChainCombo");
        chains->setCurrentIndex(chains->findData(QStringLiteral("bsc")));
        QVERIFY(page.qrText().contains(QStringLiteral("@56/transfer")));
        QVERIFY(page.qrText().endsWith(QStringLiteral("uint256=12500000000000000000")));
        amount->setText(QStringLiteral("1,5"));
        QCOMPARE(page.qrText(), QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
        QVERIFY(!child<QLabel>(&page, "qrProblem")->text().isEmpty());
        amount->clear();

        child<QPushButton>(&page, "copyAddressButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));

        // A new receive address appears and is selected.
        child<QPushButton>(&page, "newAddressButton")->click();
        QTRY_COMPARE(page.addressesModel()->rowCount(), 2);
        QTRY_COMPARE(addressesView->currentIndex().row(), 1);
        QVERIFY(page.qrText() != QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));

        // Tron: the plain base58 address, no amount field.
        walletsView->setCurrentIndex(page.walletsModel()->index(1, 0));
        QTRY_COMPARE(page.qrText(), test::kAbandonTron0);
        QVERIFY(!amount->isEnabled());
        child<QPushButton>(&page, "largeQrButton")->click();
        auto *large = page.findChild<QDialog *>(QStringLiteral("largeQrDialog"));
        QVERIFY(large && large->isVisible());
        QCOMPARE(large->findChild<QLabel *>(QStringLiteral("largeQrText"))->text(), test::kAbandonTron0);
        large->close();

        // The address list: watch-only, no new addresses.
        walletsView->setCurrentIndex(page.walletsModel()->index(2, 0));
        QTRY_COMPARE(page.qrText(), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        QVERIFY(!child<QPushButton>(&page, "newAddressButton")->isEnabled());
        QCOMPARE(page.walletsModel()->index(2, WalletsModel::KindColumn).data().toString(),
            QStringLiteral("Watch-only (addresses)"));
    }

    void balancesFromTheNodes()
    {
        test::FakeConsoleService console;
        addWallets(console);
        auto *fake = console.fakeWallets();
        const QString evm0 = QStringLiteral("0x9858effd232b4033e47d90003d41ec34ecaeda94");
        const auto usdt = chain::TokenContract {QStringLiteral("USDT"), QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7"), 6};
        const auto usdc = chain::TokenContract {QStringLiteral("USDC"), QStringLiteral("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"), 6};
        fake->balanceList = {
            {QStringLiteral("ethereum"), evm0, usdt, money::UInt256::parseDecimal(u"13920000").value(), {}, {}},
            {QStringLiteral("bsc"), evm0, usdc, std::nullopt, QStringLiteral("timed out"),
                QStringLiteral("Reading the balance took too long.")},
        };
        WalletsPage page(&console);
        page.resize(1100, 720);
        page.show();
        QTRY_COMPARE(page.addressesModel()->rowCount(), 1);
        const QModelIndex balance = page.addressesModel()->index(0, WalletAddressesModel::BalanceColumn);
        QTRY_COMPARE(page.addressesModel()->balanceState(), WalletAddressesModel::BalanceState::Read);
        // Two chains: each reading names its chain; the one that failed says why in the tooltip.
        QCOMPARE(balance.data().toString(), QStringLiteral("Ethereum: 13.92 USDT · BNB Smart Chain: ? USDC"));
        QVERIFY(balance.data(Qt::ToolTipRole).toString().contains(QStringLiteral("took too long")));
        const int reads = fake->balanceReads;

        // Refresh reads again; a transfer becoming final reads again too (once for a burst).
        fake->balanceList.removeLast();
        child<QPushButton>(&page, "refreshBalancesButton")->click();
        QTRY_COMPARE(fake->balanceReads, reads + 1);
        QTRY_COMPARE(balance.data().toString(), QStringLiteral("13.92 USDT"));
        Q_EMIT console.pendingTransferRemoved(1);
        Q_EMIT console.pendingTransferRemoved(2);
        QTRY_COMPARE_WITH_TIMEOUT(fake->balanceReads, reads + 2, 5000);
        QTest::qWait(200);
        QCOMPARE(fake->balanceReads, reads + 2);

        // No enabled chain with tokens: a dash, and the tooltip says where to turn one on.
        fake->balanceList.clear();
        child<QPushButton>(&page, "refreshBalancesButton")->click();
        QTRY_COMPARE(balance.data().toString(), QStringLiteral("—"));
        QVERIFY(balance.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Settings")));
    }

    void renameInPlace()
    {
        test::FakeConsoleService console;
        addWallets(console);
        WalletsPage page(&console);
        page.resize(1100, 720);
        page.show();
        QTRY_COMPARE(page.walletsModel()->rowCount(), 3);
        auto *walletsView = child<QTableView>(&page, "walletsView");
        walletsView->setCurrentIndex(page.walletsModel()->index(2, 0));
        child<QPushButton>(&page, "renameWalletButton")->click();
        auto *editor = walletsView->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->text(), QStringLiteral("Cold list"));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Cold storage"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(page.walletsModel()->index(2, WalletsModel::LabelColumn).data().toString(),
            QStringLiteral("Cold storage"));
        QCOMPARE(console.fakeWallets()->walletList[2].label, QStringLiteral("Cold storage"));

        // A refused label leaves the old one and says why.
        console.fakeWallets()->failNext = makeError(ErrorCode::InvalidInput, QStringLiteral("label too long"),
            QStringLiteral("A wallet name has at most 80 characters."));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(page.walletsModel()->setData(page.walletsModel()->index(2, WalletsModel::LabelColumn),
                    QString(200, QLatin1Char('x'))) == false);
        QTRY_VERIFY(ui::MessageBox::lastText().contains(QStringLiteral("80 characters")));
        QCOMPARE(page.walletsModel()->index(2, WalletsModel::LabelColumn).data().toString(),
            QStringLiteral("Cold storage"));
    }

    void backupAndRestore()
    {
        test::FakeConsoleService console;
        addWallets(console);
        WalletsPage page(&console);
        page.show();
        QTRY_COMPARE(page.walletsModel()->rowCount(), 3);
        auto *fake = console.fakeWallets();
        // Cancelled at the file or at the passphrase: nothing happens.
        ui::FileDialog::setNextFileName(QString());
        child<QPushButton>(&page, "backupButton")->click();
        ui::FileDialog::setNextFileName(QStringLiteral("/tmp/x.kassabackup"));
        ui::PassphraseDialog::setNextAnswer(std::nullopt);
        child<QPushButton>(&page, "backupButton")->click();
        QVERIFY(fake->backups.isEmpty());
        ui::FileDialog::setNextFileName(QStringLiteral("/tmp/x.kassabackup"));
        ui::PassphraseDialog::setNextAnswer(QStringLiteral("a long passphrase"));
        child<QPushButton>(&page, "backupButton")->click();
        QTRY_COMPARE(fake->backups.size(), 1);
        QCOMPARE(fake->backups.first().second, QStringLiteral("a long passphrase"));
        QTRY_VERIFY(child<QLabel>(&page, "walletsStatus")->text().contains(QStringLiteral("Backed up 3 wallets")));

        ui::FileDialog::setNextFileName(QStringLiteral("/tmp/x.kassabackup"));
        ui::PassphraseDialog::setNextAnswer(QStringLiteral("a long passphrase"));
        child<QPushButton>(&page, "restoreButton")->click();
        QTRY_COMPARE(fake->restores.size(), 1);

        // A failure is shown in a dialog, not swallowed.
        fake->failNext = makeError(ErrorCode::Io, QStringLiteral("x"), QStringLiteral("The keychain is locked."));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        bool done = false;
        fake->create(abandonDraft({chain::ChainFamily::Evm}), fake, [&](auto r) { done = !r.ok(); });
        QTRY_VERIFY(done);
    }

    void revealWordsNeedsWarningAndPassword()
    {
        test::FakeConsoleService console;
        addWallets(console);
        test::FakeOwnerSetup owner;
        owner.name = QStringLiteral("Mei");
        owner.password = QStringLiteral("a good long password");
        WalletsPage page(&console);
        page.setOwnerSetup(&owner);
        page.show();
        QTRY_COMPARE(page.walletsModel()->rowCount(), 3);
        auto *fake = console.fakeWallets();
        auto *reveal = child<QPushButton>(&page, "revealWordsButton");
        QTRY_VERIFY(reveal->isEnabled());
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        reveal->click();
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("audit log")));
        QCOMPARE(fake->reveals, 0);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer {QStringLiteral("not my password"), {}});
        reveal->click();
        QVERIFY(!ui::StepUpDialog::lastAskedForCode()); // no TOTP: the password alone
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTRY_VERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Wrong password")));
        QCOMPARE(fake->reveals, 0);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer {QStringLiteral("a good long password"), {}});
        reveal->click();
        QTRY_COMPARE(fake->reveals, 1);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<QDialog *>(QStringLiteral("recoveryWordsDialog"))));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("revealedWord11")));
        dialog->close();
        // Watch-only wallets have no words in Kassa.
        child<QTableView>(&page, "walletsView")->setCurrentIndex(page.walletsModel()->index(2, 0));
        QTRY_VERIFY(!reveal->isEnabled());
    }

    void revealWordsAsksAnOwnerWithTotpForTheCode()
    {
        test::FakeConsoleService console;
        addWallets(console);
        test::FakeOwnerSetup owner;
        owner.name = QStringLiteral("Mei");
        owner.password = QStringLiteral("a good long password");
        owner.totpCode = QStringLiteral("123456");
        owner.usesTotp = true;
        WalletsPage page(&console);
        page.setOwnerSetup(&owner);
        page.show();
        QTRY_COMPARE(page.walletsModel()->rowCount(), 3);
        auto *fake = console.fakeWallets();
        auto *reveal = child<QPushButton>(&page, "revealWordsButton");
        QTRY_VERIFY(reveal->isEnabled());

        // The prompt asks for the code with the password; a wrong code is refused.
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer {QStringLiteral("a good long password"), QStringLiteral("654321")});
        reveal->click();
        QVERIFY(ui::StepUpDialog::lastAskedForCode());
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QTRY_COMPARE(owner.verifications, 1);
        QTRY_VERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Wrong code")));
        QCOMPARE(fake->reveals, 0);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer {QStringLiteral("a good long password"), QStringLiteral("123456")});
        reveal->click();
        QTRY_COMPARE(fake->reveals, 1);
        QCOMPARE(owner.lastCode, QStringLiteral("123456"));
        QDialog *words = nullptr;
        QTRY_VERIFY((words = page.findChild<QDialog *>(QStringLiteral("recoveryWordsDialog"))));
        words->close();

        // Enrolled since the console was unlocked: the engine wants a code, and the prompt asks again with it.
        owner.usesTotp = false;
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer {QStringLiteral("a good long password"), {}});
        reveal->click();
        QVERIFY(!ui::StepUpDialog::lastAskedForCode());
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer {QStringLiteral("a good long password"), QStringLiteral("123456")});
        QTRY_COMPARE(fake->reveals, 2);
        QVERIFY(ui::StepUpDialog::lastAskedForCode());
    }

    void stepUpDialogWantsSixDigits()
    {
        ui::StepUpDialog dialog(QStringLiteral("t"), QStringLiteral("x"), true);
        auto *ok = child<QPushButton>(&dialog, "stepUpOkButton");
        QVERIFY(!ok->isEnabled());
        child<QLineEdit>(&dialog, "passwordEdit")->insert(QStringLiteral("pw"));
        QVERIFY(!ok->isEnabled());
        auto *code = child<QLineEdit>(&dialog, "totpEdit");
        code->insert(QStringLiteral("12a")); // digits only: refused
        QCOMPARE(code->text(), QString());
        code->insert(QStringLiteral("1234"));
        QVERIFY(!ok->isEnabled());
        code->insert(QStringLiteral("56"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.answer().totpCode, QStringLiteral("123456"));
        ui::StepUpDialog plain(QStringLiteral("t"), QStringLiteral("x"), false);
        QVERIFY(!child<QLineEdit>(&plain, "totpEdit")->isVisibleTo(&plain));
        child<QLineEdit>(&plain, "passwordEdit")->insert(QStringLiteral("pw"));
        QVERIFY(child<QPushButton>(&plain, "stepUpOkButton")->isEnabled());
        QVERIFY(plain.answer().totpCode.isEmpty());
    }

    void noClippedText_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"en", "zh_CN", "ja", "nl"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void noClippedText()
    {
        QFETCH(QString, language);
        m_translators.apply(language);
        test::FakeConsoleService console;
        addWallets(console);
        WalletsPage page(&console);
        page.resize(1100, 720);
        page.show();
        QTRY_COMPARE(page.walletsModel()->rowCount(), 3);
        QTRY_VERIFY(!page.qrText().isEmpty());
        const QStringList clipped = test::clippedTexts(&page);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));

        // The recovery-words prompt of an owner with TOTP (saved with KASSA_SHOTS_DIR).
        ui::StepUpDialog prompt(WalletsPage::tr("Show recovery words"),
            WalletsPage::tr("Enter your operator password and the 6-digit code from your authenticator app to confirm it is you."), true);
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        const QStringList promptClipped = test::clippedTexts(&prompt);
        QVERIFY2(promptClipped.isEmpty(), qPrintable(promptClipped.join(QLatin1Char('\n'))));
        QVERIFY(prompt.findChild<QLabel *>(QStringLiteral("stepUpText"))->text() != QStringLiteral(
                    "Enter your operator password and the 6-digit code from your authenticator app to confirm it is you.")
            || language == QLatin1String("en"));
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(prompt.grab().save(QStringLiteral("%1/%2-reveal-words-totp.png").arg(dir, language)));
        }
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestWalletsPage)
#include "tst_walletspage.moc"
