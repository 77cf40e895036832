#include "dialogs/ReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kassa::ui {

namespace {
bool g_hasNext = false;
std::optional<ReasonDialog::Answer> g_next;
QString g_lastTitle;
QString g_lastText;
} // namespace

std::optional<ReasonDialog::Answer> ReasonDialog::ask(QWidget *parent, const QString &title, const QString &text,
    const QString &confirmText, const QStringList &choices)
{
    g_lastTitle = title;
    g_lastText = text;
    if (g_hasNext) {
        g_hasNext = false;
        return std::exchange(g_next, std::nullopt);
    }
    ReasonDialog dialog(title, text, confirmText, choices, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void ReasonDialog::setNextAnswer(std::optional<Answer> answer)
{
    g_hasNext = true;
    g_next = std::move(answer);
}

QString ReasonDialog::lastTitle()
{
    return g_lastTitle;
}

QString ReasonDialog::lastText()
{
    return g_lastText;
}

ReasonDialog::ReasonDialog(
    const QString &title, const QString &text, const QString &confirmText, const QStringList &choices, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("reasonDialog"));
    m_text = new QLabel(text);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    if (!choices.isEmpty()) {
        m_choices = new QComboBox;
        m_choices->setObjectName(QStringLiteral("reasonChoice"));
        m_choices->addItems(choices);
        layout->addWidget(m_choices);
    }
    //: Label above the text box where an operator explains an action (kept in the audit log).
    layout->addWidget(new QLabel(tr("Reason (kept in the audit log):")));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(confirmText);
    m_ok->setObjectName(QStringLiteral("reasonOkButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    updateOk();
    resize(460, sizeHint().height());
}

ReasonDialog::Answer ReasonDialog::answer() const
{
    return Answer {m_choices ? m_choices->currentIndex() : -1, m_reason->toPlainText().trimmed()};
}

void ReasonDialog::updateOk()
{
    m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty());
}

} // namespace kassa::ui
