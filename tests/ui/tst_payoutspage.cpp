// The Payouts page with a fake service: the model (under
// QAbstractItemModelTester), the queues, the request form's inline checks
// and submission, the approval dialog (everything shown, no password, wrong
// password, TOTP, approve, reject with and without a reason); with
// KASSA_SHOTS_DIR set it saves the page and both dialogs in all four
// languages. The address book tab: a clerk adds (checked as typed), renames
// and removes entries; another owner confirms; an auditor only reads.
#include "FakePayoutsService.h"
#include "TestSupport.h"
#include "MessageBox.h"
#include "WidgetChecks.h"
#include "dialogs/AddressEntryDialog.h"
#include "dialogs/NewPayoutDialog.h"
#include "dialogs/PayoutApprovalDialog.h"
#include "dialogs/PolicyDialog.h"
#include "dialogs/StepUpDialog.h"
#include "i18n/Languages.h"
#include "models/PayoutsModel.h"
#include "pages/AddressBookWidget.h"
#include "pages/PayoutsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>

using namespace kassa;
using namespace kassa::payouts;
using ui::NewPayoutDialog;
using ui::PayoutApprovalDialog;
using ui::PayoutsPage;

namespace {

const QString kDest = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");

engine::PayoutRow row(const char *id, const char *amount, engine::PayoutQueue queue, PayoutState state)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    engine::PayoutRow r;
    r.request.id = QLatin1String(id);
    r.request.revision = 2;
    r.request.state = state;
    r.request.chain = QStringLiteral("ethereum");
    r.request.tokenContract = QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7");
    r.request.amount = money::Amount::parse(QString::fromLatin1(amount), money::Asset::usdt6()).value();
    r.request.destination = kDest;
    r.request.reason = QStringLiteral("Supplier invoice 2026-118");
    r.request.reference = QStringLiteral("INV-118");
    r.request.requester = {Requester::Kind::Operator, QStringLiteral("carl"), QStringLiteral("Carl Clerk")};
    r.request.fiat = {money::Amount::parse(QString::fromLatin1(amount), {QStringLiteral("USD"), 2}).value(), QStringLiteral("1.0002"),
        QStringLiteral("okx"), now - 180'000};
    r.request.createdAtMs = now - 3'600'000;
    r.decision.approversNeeded = 2;
    r.decision.countedApprovers = {QStringLiteral("ben")};
    r.approvals = {Approval{r.request.id, 2, QStringLiteral("ben"), QStringLiteral("Ben Approver"), int(operators::Role::Approver), true, {}, now - 600'000},
        Approval{r.request.id, 1, QStringLiteral("dora"), QStringLiteral("Dora"), int(operators::Role::Approver), true, {}, now - 7'000'000}};
    AddressBookEntry e;
    e.label = QStringLiteral("Acme Supplies");
    e.createdAtMs = now - 5 * 86'400'000LL;
    r.bookEntry = e;
    r.queue = queue;
    return r;
}

operators::OperatorInfo approver()
{
    operators::OperatorInfo op;
    op.id = QStringLiteral("ann");
    op.login = QStringLiteral("ann");
    op.displayName = QStringLiteral("Ann");
    op.roles = int(operators::Role::Approver) | int(operators::Role::Clerk);
    return op;
}

//! A policy change Otto Owner (operator `proposedBy`) proposed a minute ago: the default settings.
payouts::PolicyProposal proposal(const char *id, const char *proposedBy)
{
    payouts::PolicyProposal p;
    p.id = QString::fromLatin1(id);
    p.settings = PolicySettings::defaults();
    p.proposedBy = QString::fromLatin1(proposedBy);
    p.proposedByName = QStringLiteral("Otto Owner");
    p.proposedAtMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
    return p;
}

operators::OperatorInfo withRoles(const char *id, operators::Roles roles)
{
    operators::OperatorInfo op;
    op.id = QString::fromLatin1(id);
    op.login = op.id;
    op.displayName = op.id;
    op.roles = roles;
    return op;
}

} // namespace

class TestPayoutsPage : public QObject
{
    Q_OBJECT

private:
    i18n::Translators m_translators;
    test::FakePayoutsService m_service;

    template<typename T>
    T *lastDialog(QSignalSpy &spy)
    {
        if (spy.isEmpty())
            return nullptr;
        return qobject_cast<T *>(spy.last().at(0).value<QDialog *>());
    }

private Q_SLOTS:
    void init()
    {
        m_translators.apply(QStringLiteral("en"));
        m_service.rows = {row("p1", "1250", engine::PayoutQueue::AwaitingMe, PayoutState::AwaitingApproval),
            row("p2", "80", engine::PayoutQueue::Ready, PayoutState::Approved),
            row("p3", "12.5", engine::PayoutQueue::Done, PayoutState::Completed)};
        m_service.requests.clear();
        m_service.decisions.clear();
        m_service.totpRequired = false;
    }

    void modelAndQueues()
    {
        PayoutsPage page(&m_service, approver());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page.model()->rowCount(), 3);
        auto *queue = page.findChild<QComboBox *>(QStringLiteral("queueFilter"));
        QCOMPARE(queue->currentIndex(), 1); // awaiting my approval
        QCOMPARE(page.view()->model()->rowCount(), 1);
        queue->setCurrentIndex(0);
        QCOMPARE(page.view()->model()->rowCount(), 3);
        QCOMPARE(page.model()->data(page.model()->index(0, ui::PayoutsModel::ApprovalsColumn)).toString(), QStringLiteral("1 of 2"));
        QVERIFY(page.model()->data(page.model()->index(0, ui::PayoutsModel::DestinationColumn)).toString().contains(QStringLiteral("Acme")));
        m_service.rows.removeLast();
        page.refresh();
        QTRY_COMPARE(page.model()->rowCount(), 2);
    }

    void senderProblemsAreShown()
    {
        PayoutsPage page(&m_service, approver());
        auto *senders = page.findChild<QLabel *>(QStringLiteral("payoutSenders"));
        QVERIFY(senders);
        QVERIFY(senders->isHidden());
        m_service.problems = {QStringLiteral("Approved payouts on Tron are not sent: There is no payout wallet for Tron.")};
        Q_EMIT m_service.sendersChanged();
        QVERIFY(!senders->isHidden());
        QVERIFY(senders->text().contains(QStringLiteral("no payout wallet")));
        m_service.problems.clear();
        Q_EMIT m_service.sendersChanged();
        QVERIFY(senders->isHidden());
    }

    void requestFormChecksInline()
    {
        PayoutsPage page(&m_service, approver());
        QSignalSpy opened(&page, &PayoutsPage::dialogOpened);
        page.newRequest();
        auto *dialog = lastDialog<NewPayoutDialog>(opened);
        QVERIFY(dialog);
        auto *request = dialog->findChild<QPushButton *>(QStringLiteral("requestButton"));
        auto *dest = dialog->findChild<QLineEdit *>(QStringLiteral("destinationEdit"));
        auto *destError = dialog->findChild<QLabel *>(QStringLiteral("destinationError"));
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
        auto *amountError = dialog->findChild<QLabel *>(QStringLiteral("amountError"));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
        QVERIFY(!request->isEnabled());
        QVERIFY(destError->isHidden()); // nothing typed, nothing said
        QTest::keyClicks(dest, QStringLiteral("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed")); // one letter's case wrong
        QVERIFY(!destError->isHidden());
        QVERIFY(!destError->text().isEmpty());
        dest->setText(kDest);
        QVERIFY(destError->isHidden());
        QTest::keyClicks(amount, QStringLiteral("1,000"));
        QVERIFY(!amountError->isHidden());
        amount->setText(QStringLiteral("1000.5"));
        QVERIFY(amountError->isHidden());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("fiatPreview"))->text().contains(QStringLiteral("1000.50 USD")));
        QVERIFY(!request->isEnabled()); // no reason yet
        QTest::keyClicks(reason, QStringLiteral("Refund order 77"));
        QVERIFY(request->isEnabled());
        // Tron needs a Tron address.
        dialog->findChild<QComboBox *>(QStringLiteral("assetCombo"))->setCurrentIndex(1);
        QVERIFY(!destError->isHidden());
        QVERIFY(!request->isEnabled());
        dialog->findChild<QComboBox *>(QStringLiteral("assetCombo"))->setCurrentIndex(0);
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::mouseClick(request, Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(m_service.requests.size(), 1);
        QCOMPARE(m_service.requests[0].destination, kDest);
        QCOMPARE(m_service.requests[0].amount.toString(), QStringLiteral("1000.5"));
        QCOMPARE(m_service.requests[0].reason, QStringLiteral("Refund order 77"));
    }

    void approvalDialogShowsEverythingAndAsksAgain()
    {
        PayoutApprovalDialog dialog(&m_service, QStringLiteral("ann"), m_service.rows[0], QDateTime::currentMSecsSinceEpoch());
        auto text = [&](const char *name) { return dialog.findChild<QLabel *>(QLatin1String(name))->text(); };
        QCOMPARE(text("destinationValue"), kDest);
        QVERIFY(text("bookValue").contains(QStringLiteral("Acme Supplies")));
        QVERIFY(text("bookValue").contains(QStringLiteral("5 days ago")));
        QCOMPARE(text("amountValue"), QStringLiteral("1250 USDT"));
        QVERIFY(text("fiatValue").contains(QStringLiteral("1250.00 USD")));
        QVERIFY(text("approvalsValue").contains(QStringLiteral("Ben Approver")));
        QVERIFY(!text("approvalsValue").contains(QStringLiteral("Dora"))); // an older revision's approval
        QVERIFY(text("policyValue").contains(QStringLiteral("Two different approvers")));

        auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approveButton"));
        auto *reject = dialog.findChild<QPushButton *>(QStringLiteral("rejectButton"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("approvalError"));
        QTest::mouseClick(approve, Qt::LeftButton); // no password
        QVERIFY(!error->isHidden());
        QVERIFY(m_service.decisions.isEmpty());
        QTest::keyClicks(password, QStringLiteral("wrong password"));
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY(error->text().contains(QStringLiteral("password is wrong")));
        QVERIFY(password->text().isEmpty());
        QVERIFY(m_service.decisions.isEmpty());
        QTest::mouseClick(reject, Qt::LeftButton); // no reason
        QVERIFY(error->text().contains(QStringLiteral("why")));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(password, m_service.password);
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(m_service.decisions.size(), 1);
        QCOMPARE(m_service.decisions[0].revision, 2);
        QVERIFY(m_service.decisions[0].approve);
        QCOMPARE(m_service.decisions[0].login, QStringLiteral("ann"));
    }

    void totpAndReject()
    {
        m_service.totpRequired = true;
        PayoutApprovalDialog dialog(&m_service, QStringLiteral("ann"), m_service.rows[0], QDateTime::currentMSecsSinceEpoch());
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *totp = dialog.findChild<QLineEdit *>(QStringLiteral("totpEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("approvalError"));
        QTest::keyClicks(password, m_service.password);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("approveButton")), Qt::LeftButton);
        QTRY_VERIFY(error->text().contains(QStringLiteral("6-digit")));
        QCOMPARE(password->text(), m_service.password); // kept: only the code is missing
        QTest::keyClicks(totp, m_service.totpCode);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("decisionReasonEdit")), QStringLiteral("wrong supplier"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("rejectButton")), Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(m_service.decisions.size(), 1);
        QVERIFY(!m_service.decisions[0].approve);
        QCOMPARE(m_service.decisions[0].reason, QStringLiteral("wrong supplier"));
    }

    void batchReviewShowsEachInTurn()
    {
        m_service.rows[1].queue = engine::PayoutQueue::AwaitingMe;
        m_service.rows[1].request.state = PayoutState::AwaitingApproval;
        PayoutsPage page(&m_service, approver());
        QTRY_COMPARE(page.view()->model()->rowCount(), 2); // both awaiting me
        page.view()->selectAll();
        QSignalSpy opened(&page, &PayoutsPage::dialogOpened);
        page.findChild<QPushButton *>(QStringLiteral("reviewPayoutButton"))->click();
        QCOMPARE(opened.count(), 1);
        for (int i = 0; i < 2; ++i) {
            QTRY_COMPARE(opened.count(), i + 1);
            auto *dialog = lastDialog<PayoutApprovalDialog>(opened);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), m_service.password);
            dialog->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
            QTRY_COMPARE(m_service.decisions.size(), i + 1);
        }
        QCOMPARE(m_service.decisions[0].payoutId, QStringLiteral("p1"));
        QCOMPARE(m_service.decisions[1].payoutId, QStringLiteral("p2"));
        QTest::qWait(50);
        QCOMPARE(opened.count(), 2); // no third
    }

    void policyDialogChecksAndProposes()
    {
        m_service.proposals.clear();
        m_service.policyState.pending.clear();
        m_service.policyState.pending << proposal("prop-7", "");
        ui::PolicyDialog dialog(&m_service, withRoles("olga", int(operators::Role::Owner)));
        auto *tier1 = dialog.findChild<QLineEdit *>(QStringLiteral("tier1Edit"));
        QTRY_COMPARE(tier1->text(), QStringLiteral("1000"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePolicyButton"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("policyError"));
        QVERIFY(!save->isEnabled()); // nothing changed
        tier1->setText(QStringLiteral("20000")); // above tier 2
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!save->isEnabled());
        tier1->setText(QStringLiteral("1,000"));
        QVERIFY(!error->text().isEmpty());
        tier1->setText(QStringLiteral("500"));
        QVERIFY(error->text().isEmpty());
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE(m_service.proposals.size(), 1);
        QCOMPARE(m_service.proposals[0].tier1.toString(), QStringLiteral("500"));
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("policyStatus"))->text().contains(QStringLiteral("in force")));
        auto *pending = dialog.findChild<QListWidget *>(QStringLiteral("pendingList"));
        QCOMPARE(pending->count(), 1);
        QVERIFY(pending->item(0)->text().contains(QStringLiteral("Otto Owner")));
        pending->setCurrentRow(0);
        // Confirming asks for the password again; cancelled, nothing is sent.
        ui::StepUpDialog::setNextAnswer(std::nullopt);
        dialog.findChild<QPushButton *>(QStringLiteral("confirmPolicyButton"))->click();
        QTest::qWait(20);
        QVERIFY(m_service.policyDecisions.isEmpty());
        QVERIFY(!ui::StepUpDialog::lastAskedForCode()); // olga has no authenticator
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer{m_service.password, {}});
        dialog.findChild<QPushButton *>(QStringLiteral("confirmPolicyButton"))->click();
        QTRY_COMPARE(m_service.confirmed, QStringList{QStringLiteral("prop-7")});
        QCOMPARE(m_service.policyDeciders, QStringList{QStringLiteral("olga")});
    }

    void policyChangeIsConfirmedOrRejectedWithStepUp()
    {
        m_service.policyDecisions.clear();
        m_service.policyDeciders.clear();
        m_service.confirmed.clear();
        auto propose = [&] {
            m_service.policyState.pending = {proposal("prop-8", "otto")};
        };
        propose();
        operators::OperatorInfo olga = withRoles("olga", int(operators::Role::Owner));
        olga.totpEnrolled = true;
        m_service.totpRequired = true;
        ui::PolicyDialog dialog(&m_service, olga);
        auto *pending = dialog.findChild<QListWidget *>(QStringLiteral("pendingList"));
        auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirmPolicyButton"));
        auto *reject = dialog.findChild<QPushButton *>(QStringLiteral("rejectPolicyButton"));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("rejectPolicyReasonEdit"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("policyStatus"));
        QTRY_COMPARE(pending->count(), 1);
        QVERIFY(!confirm->isEnabled() && !reject->isEnabled()); // nothing selected
        pending->setCurrentRow(0);
        QVERIFY(confirm->isEnabled() && reject->isEnabled());

        // Rejecting needs a reason, said next to the field; nothing is asked or sent.
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer{m_service.password, m_service.totpCode});
        reject->click();
        QCOMPARE(status->text(), QStringLiteral("Give a reason for rejecting the change."));
        QTest::qWait(20);
        QVERIFY(m_service.policyDecisions.isEmpty());

        // A wrong code: the service refuses, the change still waits, the buttons come back.
        QTest::keyClicks(reason, QStringLiteral("tier 1 too high"));
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer{m_service.password, QStringLiteral("000000")});
        reject->click();
        QVERIFY(ui::StepUpDialog::lastAskedForCode()); // she has an authenticator
        QTRY_VERIFY(status->text().contains(QStringLiteral("6-digit code")));
        QVERIFY(m_service.policyDecisions.isEmpty());
        QVERIFY(reject->isEnabled());
        QCOMPARE(pending->count(), 1);

        // Password and code: rejected with the reason, and the list is reloaded.
        ui::StepUpDialog::setNextAnswer(ui::StepUpDialog::Answer{m_service.password, m_service.totpCode});
        reject->click();
        QTRY_COMPARE(m_service.policyDecisions, QStringList{QStringLiteral("reject:prop-8:tier 1 too high")});
        QTRY_COMPARE(status->text(), QStringLiteral("The policy change is rejected."));
        QTRY_COMPARE(pending->count(), 0);
        QVERIFY(reason->text().isEmpty());
        QVERIFY(m_service.confirmed.isEmpty());

        // Her own proposal: she may reject (withdraw) it but not confirm it.
        propose();
        m_service.policyState.pending[0].proposedBy = QStringLiteral("olga");
        ui::PolicyDialog own(&m_service, olga);
        auto *ownPending = own.findChild<QListWidget *>(QStringLiteral("pendingList"));
        QTRY_COMPARE(ownPending->count(), 1);
        ownPending->setCurrentRow(0);
        QVERIFY(!own.findChild<QPushButton *>(QStringLiteral("confirmPolicyButton"))->isEnabled());
        QVERIFY(own.findChild<QPushButton *>(QStringLiteral("rejectPolicyButton"))->isEnabled());
        m_service.policyState.pending.clear();
        m_service.totpRequired = false;
    }

    void clerkKeepsTheAddressBook()
    {
        m_service.book.clear();
        m_service.bookLog.clear();
        PayoutsPage page(&m_service, withRoles("carl", int(operators::Role::Clerk)));
        QSignalSpy opened(&page, &PayoutsPage::dialogOpened);
        ui::AddressBookWidget *book = page.addressBook();
        QTRY_VERIFY(book->findChild<QLabel *>(QStringLiteral("addressBookStatus"))->text().contains(QStringLiteral("No addresses")));
        QVERIFY(!book->findChild<QPushButton *>(QStringLiteral("confirmAddressButton"))->isVisibleTo(book)); // owners only

        // Add: the address is checked as it is typed.
        book->findChild<QPushButton *>(QStringLiteral("addAddressButton"))->click();
        auto *add = lastDialog<ui::AddressEntryDialog>(opened);
        QVERIFY(add);
        auto *address = add->findChild<QLineEdit *>(QStringLiteral("bookAddressEdit"));
        auto *check = add->findChild<QLabel *>(QStringLiteral("bookAddressCheck"));
        auto *label = add->findChild<QLineEdit *>(QStringLiteral("bookLabelEdit"));
        auto *save = add->findChild<QPushButton *>(QStringLiteral("saveAddressButton"));
        QVERIFY(add->findChild<QLabel *>(QStringLiteral("bookRule"))->text().contains(QStringLiteral("24 hours")));
        label->setText(QStringLiteral("Acme Supplies"));
        address->setText(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")); // one letter's case wrong
        QVERIFY(check->isVisibleTo(add));
        QVERIFY(check->text().contains(QStringLiteral("checksum"), Qt::CaseInsensitive));
        QVERIFY(!save->isEnabled());
        address->setText(kDest.toLower()); // no checksum at all: accepted, saved checksummed
        QVERIFY(check->text().contains(kDest));
        QVERIFY(save->isEnabled());
        auto *chain = add->findChild<QComboBox *>(QStringLiteral("bookChainCombo"));
        chain->setCurrentIndex(chain->findData(QStringLiteral("tron")));
        QVERIFY(!save->isEnabled()); // not a Tron address
        address->setText(QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")); // Base58Check fails
        QVERIFY(!save->isEnabled());
        chain->setCurrentIndex(chain->findData(QStringLiteral("ethereum")));
        address->setText(kDest);
        QCOMPARE(check->text(), QStringLiteral("The address is valid."));
        save->click();
        QTRY_COMPARE(m_service.bookLog.size(), 1);
        QCOMPARE(m_service.bookLog[0], QStringLiteral("save:ethereum:%1:Acme Supplies").arg(kDest));
        QTRY_COMPARE(book->table()->rowCount(), 1);
        QCOMPARE(book->table()->item(0, 0)->text(), QStringLiteral("Acme Supplies"));
        QVERIFY(book->table()->item(0, 3)->text().startsWith(QStringLiteral("From "))); // the end of the cool-down
        QVERIFY(book->findChild<QLabel *>(QStringLiteral("addressBookStatus"))->text().contains(QStringLiteral("It can receive payouts from")));

        // Rename: the address stays; a new name starts a new cool-down.
        book->table()->selectRow(0);
        book->findChild<QPushButton *>(QStringLiteral("renameAddressButton"))->click();
        auto *rename = lastDialog<ui::AddressEntryDialog>(opened);
        QVERIFY(rename);
        QCOMPARE(opened.count(), 2);
        QVERIFY(rename->findChild<QLineEdit *>(QStringLiteral("bookAddressEdit"))->isReadOnly());
        QVERIFY(rename->findChild<QLabel *>(QStringLiteral("bookRule"))->text().contains(QStringLiteral("new cool-down")));
        auto *renameSave = rename->findChild<QPushButton *>(QStringLiteral("saveAddressButton"));
        QVERIFY(!renameSave->isEnabled()); // nothing changed
        rename->findChild<QLineEdit *>(QStringLiteral("bookLabelEdit"))->setText(QStringLiteral("Acme Supplies Ltd"));
        renameSave->click();
        QTRY_COMPARE(m_service.bookLog.size(), 2);
        QTRY_COMPARE(book->table()->item(0, 0)->text(), QStringLiteral("Acme Supplies Ltd"));
        QCOMPARE(book->entry(0).revision, 2);

        // Remove, after a question.
        book->table()->selectRow(0);
        ui::MessageBox::setNextAnswer(QMessageBox::No);
        book->findChild<QPushButton *>(QStringLiteral("removeAddressButton"))->click();
        QCOMPARE(m_service.bookLog.size(), 2);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        book->findChild<QPushButton *>(QStringLiteral("removeAddressButton"))->click();
        QTRY_COMPARE(book->table()->rowCount(), 0);
        QCOMPARE(m_service.bookLog.last(), QStringLiteral("remove:entry-1"));
    }

    void anotherOwnerConfirmsAndAnAuditorOnlyReads()
    {
        m_service.book.clear();
        m_service.bookLog.clear();
        payouts::AddressBookEntry e;
        e.id = QStringLiteral("e1");
        e.chain = QStringLiteral("ethereum");
        e.address = kDest;
        e.label = QStringLiteral("Landlord");
        e.createdBy = QStringLiteral("otto");
        e.createdByName = QStringLiteral("Otto Owner");
        e.createdAtMs = QDateTime::currentMSecsSinceEpoch() - 25LL * 3600 * 1000;
        e.activeFromMs = e.createdAtMs + 24LL * 3600 * 1000;
        e.needsSecondPerson = true;
        m_service.book << e;
        {
            PayoutsPage page(&m_service, withRoles("olga", int(operators::Role::Owner)));
            ui::AddressBookWidget *book = page.addressBook();
            QTRY_COMPARE(book->table()->rowCount(), 1);
            QCOMPARE(book->table()->item(0, 3)->text(), QStringLiteral("Once another owner confirms"));
            book->table()->selectRow(0);
            auto *confirm = book->findChild<QPushButton *>(QStringLiteral("confirmAddressButton"));
            QVERIFY(confirm->isEnabled());
            ui::MessageBox::setNextAnswer(QMessageBox::Yes);
            confirm->click();
            QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Otto Owner")));
            QTRY_COMPARE(m_service.bookLog, QStringList{QStringLiteral("confirm:e1")});
            QTRY_COMPARE(book->table()->item(0, 3)->text(), QStringLiteral("Yes"));
        }
        {
            PayoutsPage page(&m_service, withRoles("otto", int(operators::Role::Owner)));
            ui::AddressBookWidget *book = page.addressBook();
            m_service.book[0].confirmedBy.clear();
            page.addressBook()->refresh();
            QTRY_COMPARE(book->table()->rowCount(), 1);
            book->table()->selectRow(0);
            QVERIFY(!book->findChild<QPushButton *>(QStringLiteral("confirmAddressButton"))->isEnabled()); // not their own
        }
        PayoutsPage page(&m_service, withRoles("aude", int(operators::Role::Auditor)));
        ui::AddressBookWidget *book = page.addressBook();
        QTRY_COMPARE(book->table()->rowCount(), 1);
        book->table()->selectRow(0);
        for (const char *name : {"addAddressButton", "renameAddressButton", "removeAddressButton"})
            QVERIFY2(!book->findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
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
        PayoutsPage page(&m_service, approver());
        page.resize(1000, 420);
        QTRY_COMPARE(page.model()->rowCount(), 3);
        page.findChild<QComboBox *>(QStringLiteral("queueFilter"))->setCurrentIndex(0);
        NewPayoutDialog form(&m_service, QStringLiteral("ann"));
        form.findChild<QLineEdit *>(QStringLiteral("destinationEdit"))->setText(QStringLiteral("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        form.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->setText(QStringLiteral("250.75"));
        PayoutApprovalDialog approval(&m_service, QStringLiteral("ann"), m_service.rows[0], QDateTime::currentMSecsSinceEpoch());
        m_service.policyState.pending = {proposal("prop-9", "otto")};
        ui::PolicyDialog policy(&m_service, withRoles("olga", int(operators::Role::Owner)));
        QTRY_VERIFY(!policy.findChild<QLineEdit *>(QStringLiteral("tier1Edit"))->text().isEmpty());
        QTRY_COMPARE(policy.findChild<QListWidget *>(QStringLiteral("pendingList"))->count(), 1);
        policy.findChild<QListWidget *>(QStringLiteral("pendingList"))->setCurrentRow(0);
        policy.findChild<QLineEdit *>(QStringLiteral("rejectPolicyReasonEdit"))->setText(QStringLiteral("Tier 1 too high"));
        policy.show();
        QVERIFY(QTest::qWaitForWindowExposed(&policy));
        const QStringList policyClipped = test::clippedTexts(&policy);
        QVERIFY2(policyClipped.isEmpty(), qPrintable(policyClipped.join(QLatin1Char('\n'))));
        policy.hide();
        m_service.policyState.pending.clear();
        // Every label has text in every language.
        for (QWidget *w : {static_cast<QWidget *>(&page), static_cast<QWidget *>(&form), static_cast<QWidget *>(&approval)}) {
            for (QPushButton *b : w->findChildren<QPushButton *>())
                QVERIFY2(!b->text().isEmpty() || !b->isVisible(), qPrintable(b->objectName()));
        }
        ui::AddressEntryDialog entry(&m_service, QStringLiteral("ann"), 24LL * 3600 * 1000, std::nullopt);
        entry.findChild<QLineEdit *>(QStringLiteral("bookAddressEdit"))->setText(kDest.toLower());
        entry.findChild<QLineEdit *>(QStringLiteral("bookLabelEdit"))->setText(QStringLiteral("Acme"));
        entry.show();
        QVERIFY(QTest::qWaitForWindowExposed(&entry));
        const QStringList clipped = test::clippedTexts(&entry);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        entry.hide();
        const QString dir = qEnvironmentVariable("KASSA_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        PayoutsPage bookPage(&m_service, approver());
        bookPage.resize(1000, 420);
        bookPage.findChild<QTabWidget *>(QStringLiteral("payoutsTabs"))->setCurrentIndex(1);
        QTRY_COMPARE(bookPage.addressBook()->table()->rowCount(), int(m_service.book.size()));
        ui::StepUpDialog policyStepUp(QCoreApplication::translate("kassa::ui::PolicyDialog", "Reject policy change"),
            QCoreApplication::translate("kassa::ui::PolicyDialog",
                "Reject the policy change proposed by %1? Enter your password to confirm it is you.")
                .arg(QStringLiteral("Otto Owner")),
            true);
        for (auto [w, name] : {std::pair<QWidget *, const char *>{&page, "payouts"}, {&form, "payout-request"}, {&approval, "payout-approval"},
                 {&policy, "payout-policy"}, {&policyStepUp, "payout-policy-reject"}, {&entry, "address-add"}, {&bookPage, "address-book"}}) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, QLatin1String(name))));
            w->hide();
        }
    }
};

QTEST_MAIN(TestPayoutsPage)
#include "tst_payoutspage.moc"
