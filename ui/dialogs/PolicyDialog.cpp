#include "dialogs/PolicyDialog.h"

#include "dialogs/StepUpDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kassa::ui {

using payouts::PayoutPolicy;
using payouts::PolicySettings;

PolicyDialog::PolicyDialog(engine::PayoutsService *service, operators::OperatorInfo signedIn, QWidget *parent)
    : QDialog(parent), m_service(service), m_operator(std::move(signedIn))
{
    setWindowTitle(tr("Payout policy"));
    auto edit = [this](const char *name) {
        auto *e = new QLineEdit;
        e->setObjectName(QLatin1String(name));
        connect(e, &QLineEdit::textChanged, this, &PolicyDialog::validate);
        return e;
    };
    m_tier1 = edit("tier1Edit");
    m_tier2 = edit("tier2Edit");
    m_maxPayout = edit("maxPayoutEdit");
    m_maxAsset = edit("maxAssetEdit");
    m_maxRequester = edit("maxRequesterEdit");
    m_rateAge = new QSpinBox;
    m_rateAge->setObjectName(QStringLiteral("rateAgeSpin"));
    m_rateAge->setRange(1, 24 * 60);
    //: Unit after a number of minutes.
    m_rateAge->setSuffix(QLatin1Char(' ') + tr("min"));
    m_coolDown = new QSpinBox;
    m_coolDown->setObjectName(QStringLiteral("coolDownSpin"));
    m_coolDown->setRange(0, 24 * 30);
    //: Unit after a number of hours.
    m_coolDown->setSuffix(QLatin1Char(' ') + tr("h"));

    auto *form = new QFormLayout;
    form->addRow(tr("Two approvers from:"), m_tier1);
    form->addRow(tr("Two approvers and an owner above:"), m_tier2);
    form->addRow(tr("Largest single payout:"), m_maxPayout);
    form->addRow(tr("Per asset in 24 hours:"), m_maxAsset);
    form->addRow(tr("Per requester in 24 hours:"), m_maxRequester);
    form->addRow(tr("Oldest exchange rate:"), m_rateAge);
    form->addRow(tr("New addresses wait:"), m_coolDown);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_status->setWordWrap(true);

    m_pending = new QListWidget;
    m_pending->setObjectName(QStringLiteral("pendingList"));
    m_pending->setMaximumHeight(90);
    m_pending->setWordWrap(true);
    m_confirmButton = new QPushButton(tr("Confirm the selected change"));
    m_confirmButton->setObjectName(QStringLiteral("confirmPolicyButton"));
    connect(m_confirmButton, &QPushButton::clicked, this, &PolicyDialog::confirmSelected);
    m_rejectReason = new QLineEdit;
    m_rejectReason->setObjectName(QStringLiteral("rejectPolicyReasonEdit"));
    m_rejectReason->setPlaceholderText(tr("Reason, needed to reject"));
    m_rejectButton = new QPushButton(tr("Reject the selected change"));
    m_rejectButton->setObjectName(QStringLiteral("rejectPolicyButton"));
    connect(m_rejectButton, &QPushButton::clicked, this, &PolicyDialog::rejectSelected);
    connect(m_pending, &QListWidget::currentRowChanged, this, &PolicyDialog::updateDecisionButtons);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_confirmButton);
    decide->addWidget(m_rejectButton);
    decide->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_saveButton = buttons->addButton(tr("Save policy"), QDialogButtonBox::ApplyRole);
    m_saveButton->setObjectName(QStringLiteral("savePolicyButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &PolicyDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Changes waiting for another owner:")));
    layout->addWidget(m_pending);
    layout->addWidget(m_rejectReason);
    layout->addLayout(decide);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(700, sizeHint().height()); // a proposal's line in Dutch needs about 620 px
    load();
}

void PolicyDialog::load()
{
    m_service->policy(this, [this](Result<engine::PayoutsService::PolicyState> r) {
        if (!r.ok()) {
            m_status->setText(r.error().displayText());
            return;
        }
        m_state = *r;
        const PolicySettings &s = m_state.current;
        m_tier1->setText(s.tier1.toString());
        m_tier2->setText(s.tier2.toString());
        m_maxPayout->setText(s.maxPerPayout.toString());
        m_maxAsset->setText(s.maxPerAsset24h.toString());
        m_maxRequester->setText(s.maxPerRequester24h.toString());
        m_rateAge->setValue(int(s.maxRateAgeMs / 60'000));
        m_coolDown->setValue(int(s.addressCoolDownMs / 3'600'000));
        m_pending->clear();
        for (const payouts::PolicyProposal &p : m_state.pending) {
            const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.proposedAtMs).toLocalTime(), QLocale::ShortFormat);
            //: A proposed policy change: who, when, and the two tiers.
            const QString text = tr("%1, %2: two approvers from %3 %4, an owner above %5 %4")
                                     .arg(p.proposedByName, when, p.settings.tier1.toString(), p.settings.fiat, p.settings.tier2.toString());
            m_pending->addItem(text);
            m_pending->item(m_pending->count() - 1)->setToolTip(text); // a long name may not fit
        }
        m_rejectReason->clear();
        updateDecisionButtons();
        validate();
    });
}

Result<PolicySettings> PolicyDialog::settings() const
{
    PolicySettings s = m_state.current;
    const money::Asset fiat = s.fiatAsset();
    const std::pair<QLineEdit *, money::Amount *> fields[] = {{m_tier1, &s.tier1}, {m_tier2, &s.tier2},
        {m_maxPayout, &s.maxPerPayout}, {m_maxAsset, &s.maxPerAsset24h}, {m_maxRequester, &s.maxPerRequester24h}};
    for (const auto &[edit, out] : fields) {
        auto amount = money::Amount::parse(edit->text(), fiat);
        if (!amount.ok())
            return amount.error();
        *out = *amount;
    }
    s.maxRateAgeMs = qint64(m_rateAge->value()) * 60'000;
    s.addressCoolDownMs = qint64(m_coolDown->value()) * 3'600'000;
    auto valid = PayoutPolicy::validate(s);
    if (!valid.ok())
        return valid.error();
    return s;
}

void PolicyDialog::validate()
{
    auto s = settings();
    m_error->setText(s.ok() ? QString() : s.error().userMessage);
    m_saveButton->setEnabled(s.ok() && !(*s == m_state.current));
}

void PolicyDialog::save()
{
    auto s = settings();
    if (!s.ok())
        return;
    m_saveButton->setEnabled(false);
    m_service->proposePolicy(m_operator.id, *s, this, [this](Result<QString> r) {
        if (!r.ok()) {
            m_error->setText(r.error().displayText());
            validate();
            return;
        }
        m_status->setText(r->isEmpty() ? tr("The new policy is in force.")
                                       : tr("Saved as a proposal: another owner has to confirm it before it applies."));
        load();
    });
}

void PolicyDialog::updateDecisionButtons()
{
    const int row = m_pending->currentRow();
    const bool selected = row >= 0 && row < m_state.pending.size();
    // The proposer may withdraw (reject) their own change, never confirm it.
    m_confirmButton->setEnabled(selected && m_state.pending[row].proposedBy != m_operator.id);
    m_rejectButton->setEnabled(selected);
}

void PolicyDialog::confirmSelected()
{
    decideSelected(true);
}

void PolicyDialog::rejectSelected()
{
    decideSelected(false);
}

void PolicyDialog::decideSelected(bool confirm)
{
    const int row = m_pending->currentRow();
    if (row < 0 || row >= m_state.pending.size())
        return;
    const payouts::PolicyProposal p = m_state.pending[row];
    const QString reason = m_rejectReason->text().trimmed();
    if (!confirm && reason.isEmpty()) {
        m_status->setText(tr("Give a reason for rejecting the change."));
        m_rejectReason->setFocus();
        return;
    }
    const QString text = confirm
        ? tr("Put the policy change proposed by %1 in force? Enter your password to confirm it is you.").arg(p.proposedByName)
        : tr("Reject the policy change proposed by %1? Enter your password to confirm it is you.").arg(p.proposedByName);
    const auto answer = StepUpDialog::ask(this, confirm ? tr("Confirm policy change") : tr("Reject policy change"), text,
        m_operator.totpEnrolled);
    if (!answer)
        return;
    m_confirmButton->setEnabled(false);
    m_rejectButton->setEnabled(false);
    m_service->decidePolicy(m_operator.login, answer->password, answer->totpCode, p.id, confirm, reason, this,
        [this, confirm](Result<void> r) {
            if (!r.ok()) {
                // Wrong password or code, or another owner decided first: nothing changed.
                m_status->setText(r.error().displayText());
                updateDecisionButtons();
                return;
            }
            m_status->setText(confirm ? tr("The new policy is in force.") : tr("The policy change is rejected."));
            load();
        });
}

} // namespace kassa::ui
