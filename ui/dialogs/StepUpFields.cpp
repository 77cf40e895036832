#include "dialogs/StepUpFields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace kassa::ui {

StepUpFields::StepUpFields(Code code, QWidget *parent) : QWidget(parent), m_code(code)
{
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totp = new QLineEdit;
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_totp));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    m_totp->setMaxLength(6);
    m_passwordLabel = new QLabel;
    m_passwordLabel->setBuddy(m_password);
    m_totpLabel = new QLabel;
    m_totpLabel->setBuddy(m_totp);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_totpLabel, m_totp);
    connect(m_password, &QLineEdit::textChanged, this, &StepUpFields::edited);
    connect(m_totp, &QLineEdit::textChanged, this, &StepUpFields::edited);
    setCode(code);
    retranslate();
}

void StepUpFields::setCode(Code code)
{
    m_code = code;
    m_totpLabel->setVisible(code != Code::Hidden);
    m_totp->setVisible(code != Code::Hidden);
    retranslate();
}

QString StepUpFields::password() const
{
    return m_password->text();
}

QString StepUpFields::totpCode() const
{
    return m_code == Code::Hidden ? QString() : m_totp->text();
}

bool StepUpFields::isComplete() const
{
    return !m_password->text().isEmpty() && (m_code != Code::Required || m_totp->text().size() == 6);
}

void StepUpFields::clear()
{
    m_password->clear();
    m_totp->clear();
}

void StepUpFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StepUpFields::retranslate()
{
    m_passwordLabel->setText(tr("Your password:"));
    m_totpLabel->setText(tr("One-time code:"));
    m_totp->setPlaceholderText(m_code == Code::Required ? tr("6 digits from your authenticator app")
                                                        : tr("Only if you use an authenticator app"));
}

} // namespace kassa::ui
