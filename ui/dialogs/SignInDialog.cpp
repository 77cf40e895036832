#include "dialogs/SignInDialog.h"

#include "engine/OperatorsService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace kassa::ui {

SignInDialog::SignInDialog(engine::OperatorsService *service, const QString &login, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kassa.svg")));
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    m_login = new QLineEdit(login);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totp = new QLineEdit;
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_totp));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    m_totp->setMaxLength(6);
    m_loginLabel = new QLabel;
    m_passwordLabel = new QLabel;
    m_totpLabel = new QLabel;
    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_totpLabel, m_totp);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("signInCancelButton"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_login, m_password, m_totp})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    showTotp(false);
    retranslate();
    updateButton();
    setMinimumWidth(420);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to Kassa"));
    m_intro->setText(tr("Kassa is locked. Sign in with your operator account to see orders, payouts and wallets."));
    m_loginLabel->setText(tr("Login name:"));
    m_passwordLabel->setText(tr("Password:"));
    m_totpLabel->setText(tr("One-time code:"));
    m_totp->setPlaceholderText(tr("6 digits from your authenticator app"));
    m_signIn->setText(tr("Sign in"));
    m_cancel->setText(tr("Stay locked"));
}

void SignInDialog::showTotp(bool show)
{
    m_totpLabel->setVisible(show);
    m_totp->setVisible(show);
}

void SignInDialog::fitHeight()
{
    // A message of two or three wrapped lines makes the dialog taller, never cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SignInDialog::updateButton()
{
    const bool totpOk = !m_totp->isVisible() || m_totp->text().size() == 6;
    m_signIn->setEnabled(!m_busy && !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty() && totpOk);
}

void SignInDialog::submit()
{
    if (!m_signIn->isEnabled())
        return;
    m_busy = true;
    updateButton();
    m_error->setStyleSheet(QString());
    m_error->setText(tr("Checking…"));
    m_error->show();
    const QString code = m_totp->isVisible() ? m_totp->text() : QString();
    m_service->verify(m_login->text().trimmed(), m_password->text(), code, engine::OperatorsService::Purpose::Unlock,
        this, [this](Result<operators::OperatorInfo> who) {
            m_busy = false;
            if (who.ok()) {
                m_signedIn = who.value();
                m_password->clear();
                m_totp->clear();
                m_error->hide();
                Q_EMIT signedInAs(m_signedIn);
                accept();
                return;
            }
            const Error &error = who.error();
            switch (engine::authFailureOf(error)) {
            case engine::AuthFailure::TotpRequired:
                showTotp(true);
                m_totp->clear();
                m_totp->setFocus();
                break;
            case engine::AuthFailure::WrongTotp:
                m_totp->clear();
                m_totp->setFocus();
                break;
            case engine::AuthFailure::WrongCredentials:
                showTotp(false);
                m_password->clear();
                m_password->setFocus();
                break;
            case engine::AuthFailure::Locked:
            case engine::AuthFailure::Disabled:
                m_password->clear();
                m_totp->clear();
                break;
            case engine::AuthFailure::None: break;
            }
            m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
            m_error->setText(error.hint.isEmpty() ? error.userMessage : error.userMessage + QLatin1Char('\n') + error.hint);
            updateButton();
            fitHeight();
        });
}

} // namespace kassa::ui
