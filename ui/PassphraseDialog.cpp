#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {
std::optional<std::optional<QString>> g_nextAnswer;
constexpr int kMinimumLength = 8;
}

PassphraseDialog::PassphraseDialog(Mode mode, const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);
    auto *intro = new QLabel(text);
    intro->setWordWrap(true);
    m_first = new QLineEdit;
    m_first->setObjectName(QStringLiteral("passphraseEdit"));
    m_first->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_first);
    if (mode == Choose) {
        m_second = new QLineEdit;
        m_second->setObjectName(QStringLiteral("passphraseRepeatEdit"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Repeat:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    }
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    check();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::check()
{
    QString problem;
    if (m_mode == Choose) {
        if (m_first->text().size() < kMinimumLength)
            problem = tr("Use at least %n characters.", nullptr, kMinimumLength);
        else if (m_second->text() != m_first->text())
            problem = tr("The two passphrases differ.");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_first->text().isEmpty());
}

std::optional<QString> PassphraseDialog::ask(QWidget *parent, Mode mode, const QString &title, const QString &text)
{
    if (g_nextAnswer) {
        auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    PassphraseDialog dialog(mode, title, text, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

void PassphraseDialog::setNextAnswer(std::optional<QString> answer)
{
    g_nextAnswer = std::move(answer);
}

} // namespace kassa::ui
