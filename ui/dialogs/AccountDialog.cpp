#include "dialogs/AccountDialog.h"

#include "QrCode.h"
#include "operators/PasswordHash.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {

constexpr int kQrPixels = 200;

QLineEdit *passwordEdit(const char *objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

//! "JBSW Y3DP …": groups of four are easier to type into an app.
QString grouped(const QString &secret)
{
    QStringList parts;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        parts << secret.mid(i, 4);
    return parts.join(QLatin1Char(' '));
}

} // namespace

AccountDialog::AccountDialog(engine::OperatorsService *service, operators::OperatorInfo signedIn, QWidget *parent)
    : QDialog(parent), m_service(service), m_operator(std::move(signedIn))
{
    setObjectName(QStringLiteral("accountDialog"));
    m_who = new QLabel;
    m_who->setObjectName(QStringLiteral("accountWho"));
    m_who->setWordWrap(true);
    m_allowed = new QLabel;
    m_allowed->setObjectName(QStringLiteral("accountAllowed"));
    m_allowed->setWordWrap(true);

    // Password
    m_passwordBox = new QGroupBox;
    m_current = passwordEdit("currentPasswordEdit");
    m_new = passwordEdit("newPasswordEdit");
    m_repeat = passwordEdit("repeatPasswordEdit");
    m_currentLabel = new QLabel;
    m_newLabel = new QLabel;
    m_repeatLabel = new QLabel;
    m_passwordButton = new QPushButton;
    m_passwordButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_passwordStatus = new QLabel;
    m_passwordStatus->setObjectName(QStringLiteral("passwordStatus"));
    m_passwordStatus->setWordWrap(true);
    auto *passwordForm = new QFormLayout(m_passwordBox);
    passwordForm->addRow(m_currentLabel, m_current);
    passwordForm->addRow(m_newLabel, m_new);
    passwordForm->addRow(m_repeatLabel, m_repeat);
    passwordForm->addRow(m_passwordStatus);
    passwordForm->addRow(QString(), m_passwordButton);
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updatePasswordButton);
    connect(m_passwordButton, &QPushButton::clicked, this, &AccountDialog::changePassword);

    // Two-step sign-in
    m_totpBox = new QGroupBox;
    m_totpState = new QLabel;
    m_totpState->setObjectName(QStringLiteral("totpState"));
    m_totpState->setWordWrap(true);
    m_enrolButton = new QPushButton;
    m_enrolButton->setObjectName(QStringLiteral("enrolTotpButton"));
    m_removeButton = new QPushButton;
    m_removeButton->setObjectName(QStringLiteral("removeTotpButton"));
    auto *totpButtons = new QHBoxLayout;
    totpButtons->addStretch(1);
    totpButtons->addWidget(m_removeButton);
    totpButtons->addWidget(m_enrolButton);

    m_enrolPanel = new QWidget;
    m_enrolPanel->setObjectName(QStringLiteral("enrolPanel"));
    m_scanHint = new QLabel;
    m_scanHint->setWordWrap(true);
    m_qr = new QLabel;
    m_qr->setObjectName(QStringLiteral("totpQr"));
    m_qr->setFixedSize(kQrPixels, kQrPixels);
    m_qr->setAlignment(Qt::AlignCenter);
    m_secretLabel = new QLabel;
    m_secret = new QLabel;
    m_secret->setObjectName(QStringLiteral("totpSecret"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setStyleSheet(QStringLiteral("font-family: monospace;"));
    m_secret->setWordWrap(true); // eight groups of four may take two lines
    m_codeLabel = new QLabel;
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("totpCodeEdit"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_code->setMaxLength(6);
    m_confirmButton = new QPushButton;
    m_confirmButton->setObjectName(QStringLiteral("confirmTotpButton"));
    auto *enrolForm = new QFormLayout;
    enrolForm->addRow(m_secretLabel, m_secret);
    enrolForm->addRow(m_codeLabel, m_code);
    enrolForm->addRow(QString(), m_confirmButton);
    auto *enrolRight = new QVBoxLayout;
    enrolRight->addWidget(m_scanHint);
    enrolRight->addLayout(enrolForm);
    enrolRight->addStretch(1);
    auto *enrolLayout = new QHBoxLayout(m_enrolPanel);
    enrolLayout->setContentsMargins(0, 0, 0, 0);
    enrolLayout->addWidget(m_qr, 0, Qt::AlignTop);
    enrolLayout->addLayout(enrolRight, 1);
    m_enrolPanel->hide();
    m_totpStatus = new QLabel;
    m_totpStatus->setObjectName(QStringLiteral("totpStatus"));
    m_totpStatus->setWordWrap(true);
    auto *totpLayout = new QVBoxLayout(m_totpBox);
    totpLayout->addWidget(m_totpState);
    totpLayout->addWidget(m_enrolPanel);
    totpLayout->addWidget(m_totpStatus);
    totpLayout->addLayout(totpButtons);
    connect(m_enrolButton, &QPushButton::clicked, this, &AccountDialog::beginEnrolment);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountDialog::removeTotp);
    connect(m_confirmButton, &QPushButton::clicked, this, &AccountDialog::confirmEnrolment);
    connect(m_code, &QLineEdit::textChanged, this, [this] { m_confirmButton->setEnabled(m_code->text().size() == 6); });
    connect(m_code, &QLineEdit::returnPressed, this, &AccountDialog::confirmEnrolment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addWidget(m_allowed);
    layout->addWidget(m_passwordBox);
    layout->addWidget(m_totpBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    retranslate();
    updatePasswordButton();
    m_confirmButton->setEnabled(false);
    setMinimumWidth(560);
}

QStringList AccountDialog::allowedBy(operators::Roles roles)
{
    QStringList lines;
    if (operators::hasRole(roles, operators::Role::Owner))
        lines << tr("Owner: add operators, change their roles and the payout policy.");
    if (operators::hasRole(roles, operators::Role::Approver))
        lines << tr("Approver: approve or reject payouts requested by others.");
    if (operators::hasRole(roles, operators::Role::Clerk))
        lines << tr("Clerk: request payouts and handle orders.");
    if (operators::hasRole(roles, operators::Role::Auditor))
        lines << tr("Auditor: read the audit log and export it.");
    return lines;
}

QString AccountDialog::roleList(operators::Roles roles)
{
    QString list;
    for (operators::Role role : operators::RoleNames::all()) {
        if (!operators::hasRole(roles, role))
            continue;
        //: A list of role names grows one at a time: %1 is the list so far, %2 the next role ("Owner, Approver").
        list = list.isEmpty() ? operators::RoleNames::label(role) : tr("%1, %2").arg(list, operators::RoleNames::label(role));
    }
    return list;
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountDialog::retranslate()
{
    setWindowTitle(tr("My account"));
    m_who->setText(tr("Signed in as %1 (login name: %2). Roles: %3.")
                       .arg(m_operator.displayName, m_operator.login, roleList(m_operator.roles)));
    m_allowed->setText(allowedBy(m_operator.roles).join(QLatin1Char('\n')));
    m_passwordBox->setTitle(tr("Password"));
    m_currentLabel->setText(tr("Current password:"));
    m_newLabel->setText(tr("New password:"));
    m_repeatLabel->setText(tr("Repeat:"));
    m_passwordButton->setText(tr("Change password"));
    m_totpBox->setTitle(tr("Two-step sign-in"));
    m_enrolButton->setText(m_operator.totpEnrolled ? tr("Set up again…") : tr("Set up…"));
    m_removeButton->setText(tr("Turn off"));
    m_scanHint->setText(tr("Scan this code with an authenticator app (for example FreeOTP, Aegis or Google "
                           "Authenticator), or type the secret into it. Then enter the code the app shows."));
    m_secretLabel->setText(tr("Secret:"));
    m_codeLabel->setText(tr("Code from the app:"));
    m_confirmButton->setText(tr("Confirm"));
    showTotpState();
}

void AccountDialog::showTotpState()
{
    m_totpState->setText(m_operator.totpEnrolled
            ? tr("On: signing in and each approval ask for a 6-digit code from your authenticator app.")
            : tr("Off: only your password protects this account. Turn it on for payouts."));
    m_removeButton->setVisible(m_operator.totpEnrolled && !m_enrolPanel->isVisible());
    m_enrolButton->setVisible(!m_enrolPanel->isVisible());
}

void AccountDialog::say(QLabel *label, const QString &text, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    label->setText(text);
}

void AccountDialog::updatePasswordButton()
{
    QString problem;
    if (!m_new->text().isEmpty() && m_new->text().size() < operators::PasswordHash::MinPasswordLength)
        problem = tr("The new password needs at least %n characters.", nullptr, operators::PasswordHash::MinPasswordLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_new->text())
        problem = tr("The two new passwords differ.");
    if (!problem.isEmpty() || !m_passwordStatus->styleSheet().isEmpty())
        say(m_passwordStatus, problem, !problem.isEmpty()); // a new problem, or an old one cleared
    m_passwordButton->setEnabled(problem.isEmpty() && !m_current->text().isEmpty() && !m_new->text().isEmpty()
        && m_repeat->text() == m_new->text());
}

void AccountDialog::changePassword()
{
    if (!m_passwordButton->isEnabled())
        return;
    m_passwordButton->setEnabled(false);
    say(m_passwordStatus, tr("Saving…"), false);
    m_service->changePassword(m_operator.id, m_current->text(), m_new->text(), this, [this](Result<void> done) {
        if (!done.ok()) {
            m_current->clear();
            m_current->setFocus();
            say(m_passwordStatus, done.error().displayText(), true);
            return;
        }
        for (QLineEdit *edit : {m_current, m_new, m_repeat})
            edit->clear();
        say(m_passwordStatus, tr("Your password was changed. Use the new one from now on."), false);
    });
}

void AccountDialog::beginEnrolment()
{
    m_enrolButton->setEnabled(false);
    m_service->beginTotpEnrolment(m_operator.id, this, [this](Result<engine::OperatorsService::TotpEnrolment> begun) {
        m_enrolButton->setEnabled(true);
        if (!begun.ok()) {
            say(m_totpStatus, begun.error().displayText(), true);
            return;
        }
        m_enrolment = begun.value();
        const QrCode code = QrCode::encode(m_enrolment.uri);
        m_qr->setPixmap(QPixmap::fromImage(code.toImage(code.scaleFor(kQrPixels))));
        m_secret->setText(grouped(m_enrolment.secretBase32));
        m_code->clear();
        m_enrolPanel->show();
        say(m_totpStatus, QString(), false);
        showTotpState();
        m_code->setFocus();
    });
}

void AccountDialog::confirmEnrolment()
{
    if (m_code->text().size() != 6 || m_enrolment.token.isEmpty())
        return;
    m_confirmButton->setEnabled(false);
    m_service->confirmTotpEnrolment(m_operator.id, m_enrolment.token, m_code->text(), this, [this](Result<void> done) {
        if (!done.ok()) {
            say(m_totpStatus, done.error().displayText(), true);
            m_code->clear();
            m_code->setFocus();
            return;
        }
        m_enrolment = {};
        m_qr->clear();
        m_secret->clear();
        m_enrolPanel->hide();
        m_operator.totpEnrolled = true;
        say(m_totpStatus, tr("Two-step sign-in is on."), false);
        retranslate();
        Q_EMIT totpChanged(true);
    });
}

void AccountDialog::removeTotp()
{
    m_removeButton->setEnabled(false);
    m_service->removeTotp(m_operator.id, m_operator.id, this, [this](Result<void> done) {
        m_removeButton->setEnabled(true);
        if (!done.ok()) {
            say(m_totpStatus, done.error().displayText(), true);
            return;
        }
        m_operator.totpEnrolled = false;
        say(m_totpStatus, tr("Two-step sign-in is off."), false);
        retranslate();
        Q_EMIT totpChanged(false);
    });
}

} // namespace kassa::ui
