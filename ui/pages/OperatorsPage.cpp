#include "pages/OperatorsPage.h"

#include "dialogs/StepUpDialog.h"
#include "engine/OperatorsService.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kassa::ui {

using operators::OperatorInfo;
using operators::Role;
using operators::RoleNames;

namespace {

QString rolesText(operators::Roles roles)
{
    QStringList names;
    for (Role r : RoleNames::all()) {
        if (operators::hasRole(roles, r))
            names << RoleNames::label(r);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

OperatorDialog::OperatorDialog(engine::OperatorsService *service, QString actorId, const OperatorInfo *existing, QWidget *parent)
    : QDialog(parent), m_service(service), m_actorId(std::move(actorId))
{
    setWindowTitle(existing ? tr("Roles of %1").arg(existing->displayName) : tr("Add operator"));
    auto *form = new QFormLayout;
    if (!existing) {
        m_login = new QLineEdit;
        m_login->setObjectName(QStringLiteral("loginEdit"));
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("nameEdit"));
        m_password = new QLineEdit;
        m_password->setObjectName(QStringLiteral("newPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit;
        m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Login name:"), m_login);
        form->addRow(tr("Full name:"), m_name);
        form->addRow(tr("Password:"), m_password);
        form->addRow(tr("Repeat password:"), m_repeat);
        for (QLineEdit *e : {m_login, m_name, m_password, m_repeat})
            connect(e, &QLineEdit::textChanged, this, &OperatorDialog::validate);
    } else {
        m_existingId = existing->id;
    }
    auto *roleBox = new QVBoxLayout;
    for (Role r : RoleNames::all()) {
        auto *box = new QCheckBox(RoleNames::label(r));
        box->setObjectName(QStringLiteral("role%1").arg(int(r)));
        box->setProperty("role", int(r));
        box->setChecked(existing ? existing->has(r) : r == Role::Clerk);
        connect(box, &QCheckBox::toggled, this, &OperatorDialog::validate);
        roleBox->addWidget(box);
        m_roles << box;
    }
    form->addRow(tr("Roles:"), roleBox);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("operatorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(existing ? tr("Save roles") : tr("Add operator"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("operatorOkButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &OperatorDialog::submit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    validate();
    resize(std::max(440, sizeHint().width()), sizeHint().height());
}

operators::Roles OperatorDialog::roles() const
{
    operators::Roles out = 0;
    for (QCheckBox *box : m_roles) {
        if (box->isChecked())
            out |= box->property("role").toInt();
    }
    return out;
}

void OperatorDialog::validate()
{
    QString problem;
    if (m_login) {
        if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
            problem = tr("The two passwords differ.");
        else if (!m_password->text().isEmpty() && m_password->text().size() < 10)
            problem = tr("The password needs at least %1 characters.").arg(10);
    }
    if (problem.isEmpty() && roles() == 0)
        problem = tr("Choose at least one role.");
    m_error->setText(problem);
    const bool filled = !m_login || (!m_login->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()
                                        && !m_password->text().isEmpty() && m_repeat->text() == m_password->text());
    m_ok->setEnabled(problem.isEmpty() && filled);
}

void OperatorDialog::submit()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    m_ok->setEnabled(false);
    auto finish = [this](const std::optional<Error> &error) {
        if (!error) {
            accept();
            return;
        }
        m_error->setText(error->displayText());
        m_ok->setEnabled(true);
    };
    if (m_login) {
        m_service->add(m_actorId, {m_login->text(), m_name->text(), m_password->text(), roles()}, this,
            [finish](Result<OperatorInfo> r) { finish(r.ok() ? std::nullopt : std::optional<Error>(r.error())); });
    } else {
        m_service->changeRoles(m_actorId, m_existingId, roles(), this, [this, finish](Result<QString> r) {
            m_proposed = r.ok() && !r->isEmpty();
            finish(r.ok() ? std::nullopt : std::optional<Error>(r.error()));
        });
    }
}

OperatorsPage::OperatorsPage(engine::OperatorsService *service, OperatorInfo signedIn, QWidget *parent)
    : QWidget(parent), m_service(service), m_operator(std::move(signedIn))
{
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_addButton = new QPushButton;
    m_addButton->setObjectName(QStringLiteral("addOperatorButton"));
    m_rolesButton = new QPushButton;
    m_rolesButton->setObjectName(QStringLiteral("rolesButton"));
    m_disableButton = new QPushButton;
    m_disableButton->setObjectName(QStringLiteral("disableButton"));
    m_unlockButton = new QPushButton;
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("operatorsStatus"));
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    for (QPushButton *b : {m_unlockButton, m_disableButton, m_rolesButton, m_addButton})
        bar->addWidget(b);
    m_pendingBox = new QGroupBox;
    m_pendingBox->setObjectName(QStringLiteral("pendingRolesBox"));
    m_pending = new QListWidget;
    m_pending->setObjectName(QStringLiteral("pendingRolesList"));
    m_pending->setWordWrap(true);
    m_pending->setMaximumHeight(110);
    m_confirmButton = new QPushButton;
    m_confirmButton->setObjectName(QStringLiteral("confirmRolesButton"));
    m_rejectButton = new QPushButton;
    m_rejectButton->setObjectName(QStringLiteral("rejectRolesButton"));
    auto *pendingButtons = new QHBoxLayout;
    pendingButtons->addStretch(1);
    pendingButtons->addWidget(m_rejectButton);
    pendingButtons->addWidget(m_confirmButton);
    auto *pendingLayout = new QVBoxLayout(m_pendingBox);
    pendingLayout->addWidget(m_pending);
    pendingLayout->addLayout(pendingButtons);
    m_pendingBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_pendingBox);
    layout->addWidget(m_table, 1);
    connect(m_pending, &QListWidget::currentRowChanged, this, &OperatorsPage::updateButtons);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(m_addButton, &QPushButton::clicked, this, &OperatorsPage::addOperator);
    connect(m_rolesButton, &QPushButton::clicked, this, &OperatorsPage::editRoles);
    connect(m_disableButton, &QPushButton::clicked, this, &OperatorsPage::toggleDisabled);
    connect(m_unlockButton, &QPushButton::clicked, this, &OperatorsPage::clearLockout);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsPage::updateButtons);
    connect(m_service, &engine::OperatorsService::changed, this, &OperatorsPage::refresh);
    retranslate();
    refresh();
}

void OperatorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OperatorsPage::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Roles"), tr("Two-step sign-in"), tr("State")});
    m_addButton->setText(tr("Add…"));
    m_rolesButton->setText(tr("Roles…"));
    m_unlockButton->setText(tr("Clear lockout"));
    m_pendingBox->setTitle(tr("Role changes waiting for another owner"));
    m_confirmButton->setText(tr("Confirm…"));
    m_rejectButton->setText(tr("Reject…"));
    fillPending();
    updateButtons();
    // The cells carry translated words too.
    const auto list = m_list;
    m_list.clear();
    m_table->setRowCount(0);
    m_list = list;
    for (int i = 0; i < m_list.size(); ++i) {
        const OperatorInfo &op = m_list[i];
        m_table->insertRow(i);
        const bool locked = op.lockedUntilMs > QDateTime::currentMSecsSinceEpoch();
        const QString state = op.disabled ? tr("Disabled") : locked ? tr("Locked out") : tr("Active");
        const QStringList cells{op.login, op.displayName, rolesText(op.roles), op.totpEnrolled ? tr("On") : tr("Off"), state};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
}

void OperatorsPage::refresh()
{
    m_service->list(this, [this](Result<QList<OperatorInfo>> r) {
        if (!r.ok()) {
            report(r.error().displayText());
            return;
        }
        m_list = *r;
        retranslate();
    });
    m_service->pendingRoleChanges(this, [this](Result<QList<engine::OperatorsService::RoleProposal>> r) {
        if (!r.ok()) {
            report(r.error().displayText());
            return;
        }
        m_proposals = *r;
        fillPending();
        updateButtons();
    });
}

void OperatorsPage::fillPending()
{
    const int current = m_pending->currentRow();
    const QSignalBlocker block(m_pending);
    m_pending->clear();
    for (const engine::OperatorsService::RoleProposal &p : std::as_const(m_proposals)) {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.proposedAtMs), QLocale::ShortFormat);
        //: %1 operator's name, %2 roles now, %3 proposed roles, %4 the owner who proposed it, %5 date and time.
        m_pending->addItem(tr("%1: %2 → %3 (proposed by %4, %5)")
                               .arg(p.operatorName, rolesText(p.oldRoles), rolesText(p.newRoles), p.proposedByName, when));
    }
    m_pending->setCurrentRow(std::min(current, int(m_pending->count()) - 1));
    m_pendingBox->setVisible(!m_proposals.isEmpty());
}

void OperatorsPage::decideSelected(bool confirm)
{
    const int row = m_pending->currentRow();
    if (row < 0 || row >= m_proposals.size())
        return;
    const engine::OperatorsService::RoleProposal p = m_proposals.at(row);
    const bool withCode = m_operator.totpEnrolled;
    const QString text = confirm
        ? tr("Give %1 the roles %2? Enter your password to confirm it is you.").arg(p.operatorName, rolesText(p.newRoles))
        : tr("Reject the change of %1's roles proposed by %2? Enter your password to confirm it is you.").arg(p.operatorName, p.proposedByName);
    const auto answer = StepUpDialog::ask(this, confirm ? tr("Confirm role change") : tr("Reject role change"), text, withCode);
    if (!answer)
        return;
    m_service->decideRoleChange(m_operator.login, answer->password, answer->totpCode, p.id, confirm, this,
        [this, confirm](Result<void> r) {
            report(r.ok() ? (confirm ? tr("The role change is applied.") : tr("The role change is rejected.")) : r.error().displayText());
        });
}

const OperatorInfo *OperatorsPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_list.size() && m_table->selectionModel()->hasSelection() ? &m_list[row] : nullptr;
}

void OperatorsPage::updateButtons()
{
    const bool owner = m_operator.has(Role::Owner);
    const OperatorInfo *op = selected();
    m_addButton->setEnabled(owner);
    m_rolesButton->setEnabled(owner && op);
    m_disableButton->setEnabled(owner && op && op->id != m_operator.id);
    m_disableButton->setText(op && op->disabled ? tr("Enable") : tr("Disable"));
    m_unlockButton->setEnabled(owner && op && op->failedAttempts > 0);
    const int row = m_pending->currentRow();
    const bool proposal = owner && row >= 0 && row < m_proposals.size();
    m_confirmButton->setEnabled(proposal && m_proposals.at(row).proposedBy != m_operator.id);
    m_rejectButton->setEnabled(proposal);
}

void OperatorsPage::report(const QString &error)
{
    m_status->setText(error);
}

void OperatorsPage::addOperator()
{
    auto *dialog = new OperatorDialog(m_service, m_operator.id, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void OperatorsPage::editRoles()
{
    if (const OperatorInfo *op = selected()) {
        auto *dialog = new OperatorDialog(m_service, m_operator.id, op, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (dialog->proposed())
                report(tr("Another owner has to confirm this change; it is listed above until then."));
        });
        dialog->open();
        Q_EMIT dialogOpened(dialog);
    }
}

void OperatorsPage::toggleDisabled()
{
    if (const OperatorInfo *op = selected()) {
        m_service->setDisabled(m_operator.id, op->id, !op->disabled, this, [this](Result<void> r) {
            report(r.ok() ? QString() : r.error().displayText());
        });
    }
}

void OperatorsPage::clearLockout()
{
    if (const OperatorInfo *op = selected()) {
        m_service->clearLockout(m_operator.id, op->id, this, [this](Result<void> r) {
            report(r.ok() ? QString() : r.error().displayText());
        });
    }
}

} // namespace kassa::ui
