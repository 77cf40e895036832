#include "dialogs/PayoutApprovalDialog.h"

#include "dialogs/StepUpFields.h"
#include "engine/OperatorsService.h"
#include "models/PayoutsModel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

QLabel *value(const QString &text, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString age(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(ms, 0) / 60'000;
    if (minutes < 60)
        return PayoutApprovalDialog::tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return PayoutApprovalDialog::tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return PayoutApprovalDialog::tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

} // namespace

PayoutApprovalDialog::PayoutApprovalDialog(engine::PayoutsService *service, QString login, engine::PayoutRow row, qint64 nowMs,
    QWidget *parent)
    : QDialog(parent), m_service(service), m_login(std::move(login)), m_row(std::move(row))
{
    const payouts::PayoutRequest &r = m_row.request;
    setWindowTitle(tr("Approve payout"));

    QString chainName = r.chain;
    for (const engine::PayoutAsset &a : m_service->assets()) {
        if (a.chain == r.chain)
            chainName = a.chainName;
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Chain:"), value(chainName));
    form->addRow(tr("Asset:"), value(tr("%1 (contract %2)").arg(r.amount.asset().symbol, r.tokenContract)));
    auto *to = value(r.destination, QStringLiteral("destinationValue"));
    to->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("To:"), to);
    QString book;
    if (m_row.bookEntry && !m_row.bookEntry->removed)
        book = tr("In the address book as “%1”, added or changed %2.").arg(m_row.bookEntry->label, age(nowMs - m_row.bookEntry->createdAtMs));
    else
        book = tr("Not in the address book: this payout needs the highest approval tier.");
    form->addRow(tr("Address book:"), value(book, QStringLiteral("bookValue")));
    auto *amount = value(r.amount.toStringWithSymbol(), QStringLiteral("amountValue"));
    QFont bold = amount->font();
    bold.setBold(true);
    amount->setFont(bold);
    form->addRow(tr("Amount:"), amount);
    form->addRow(tr("Value:"), value(tr("%1 %2").arg(r.fiat.value.toFixedString(), r.fiat.value.asset().symbol), QStringLiteral("fiatValue")));
    form->addRow(tr("Rate:"), value(tr("%1 %2 per %3 from %4, %5").arg(r.fiat.rate, r.fiat.value.asset().symbol,
                                     r.amount.asset().symbol, r.fiat.rateSource, age(nowMs - r.fiat.rateAtMs))));
    form->addRow(tr("Network fee:"), value(tr("Estimated when the payout is signed, within the fee cap; paid from the hot wallet.")));
    form->addRow(tr("Requested by:"), value(tr("%1, %2").arg(r.requester.name, age(nowMs - r.createdAtMs))));
    form->addRow(tr("Reason:"), value(r.reason, QStringLiteral("reasonValue")));
    if (!r.reference.isEmpty())
        form->addRow(tr("Reference:"), value(r.reference));
    QStringList approvals;
    for (const payouts::Approval &a : m_row.approvals) {
        if (a.revision != r.revision)
            continue;
        approvals << (a.approve ? tr("Approved by %1, %2").arg(a.operatorName, age(nowMs - a.atMs))
                                : tr("Rejected by %1, %2: %3").arg(a.operatorName, age(nowMs - a.atMs), a.reason));
    }
    form->addRow(tr("So far:"), value(approvals.isEmpty() ? tr("No approvals yet.") : approvals.join(QLatin1Char('\n')), QStringLiteral("approvalsValue")));
    const payouts::PolicyDecision &d = m_row.decision;
    QString needs = d.ownerNeeded ? tr("Two approvers and an owner (%1 so far).").arg(d.countedApprovers.size())
                  : d.approversNeeded == 2 ? tr("Two different approvers (%1 so far).").arg(d.countedApprovers.size())
                                           : tr("One approver.");
    if (d.refused)
        needs += QLatin1Char('\n') + d.problemText;
    form->addRow(tr("Policy:"), value(needs, QStringLiteral("policyValue")));

    m_stepUp = new StepUpFields(StepUpFields::Code::Optional);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("decisionReasonEdit"));
    m_reason->setPlaceholderText(tr("Needed to reject"));
    auto *confirm = new QFormLayout;
    confirm->addRow(tr("Note:"), m_reason);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("approvalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_rejectButton = buttons->addButton(tr("Reject"), QDialogButtonBox::DestructiveRole);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_approveButton = buttons->addButton(tr("Approve"), QDialogButtonBox::AcceptRole);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_approveButton->setDefault(false);
    m_approveButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approveButton, &QPushButton::clicked, this, &PayoutApprovalDialog::approve);
    connect(m_rejectButton, &QPushButton::clicked, this, &PayoutApprovalDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_stepUp);
    layout->addLayout(confirm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void PayoutApprovalDialog::approve()
{
    decide(true);
}

void PayoutApprovalDialog::reject()
{
    if (m_reason->text().trimmed().isEmpty()) {
        m_error->setText(tr("Say why you reject the payout."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    decide(false);
}

void PayoutApprovalDialog::decide(bool approve)
{
    if (m_stepUp->password().isEmpty()) {
        m_error->setText(tr("Enter your password to confirm this decision."));
        m_error->show();
        m_stepUp->passwordEdit()->setFocus();
        return;
    }
    m_approveButton->setEnabled(false);
    m_rejectButton->setEnabled(false);
    m_error->hide();
    m_service->decide(m_login, m_stepUp->password(), m_stepUp->totpCode(), m_row.request.id, m_row.request.revision, approve, m_reason->text(), this,
        [this](Result<payouts::PolicyDecision> r) {
            m_approveButton->setEnabled(true);
            m_rejectButton->setEnabled(true);
            if (r.ok()) {
                m_stepUp->clear();
                accept();
                return;
            }
            const auto failure = engine::authFailureOf(r.error());
            if (failure == engine::AuthFailure::WrongCredentials || failure == engine::AuthFailure::Locked)
                m_stepUp->passwordEdit()->clear();
            m_error->setText(r.error().displayText());
            m_error->show();
            if (engine::authFailureOf(r.error()) == engine::AuthFailure::TotpRequired
                || engine::authFailureOf(r.error()) == engine::AuthFailure::WrongTotp)
                m_stepUp->totpEdit()->setFocus();
            else
                m_stepUp->passwordEdit()->setFocus();
        });
}

} // namespace kassa::ui
