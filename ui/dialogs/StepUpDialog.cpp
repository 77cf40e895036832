#include "dialogs/StepUpDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace kassa::ui {

namespace {
// The pre-answer of the next ask(): none, cancelled, or an answer.
enum class Next { None, Cancel, Answer };
Next g_next = Next::None;
StepUpDialog::Answer g_nextAnswer;
bool g_lastAskedForCode = false;
} // namespace

StepUpDialog::StepUpDialog(const QString &title, const QString &text, bool withCode, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("stepUpDialog"));
    setWindowTitle(title);
    auto *intro = new QLabel(text);
    intro->setObjectName(QStringLiteral("stepUpText"));
    intro->setWordWrap(true);
    m_fields = new StepUpFields(withCode ? StepUpFields::Code::Required : StepUpFields::Code::Hidden);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("stepUpOkButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_fields->isComplete()); };
    connect(m_fields, &StepUpFields::edited, this, update);
    update();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    m_fields->passwordEdit()->setFocus();
}

StepUpDialog::Answer StepUpDialog::answer() const
{
    return {m_fields->password(), m_fields->totpCode()};
}

std::optional<StepUpDialog::Answer> StepUpDialog::ask(QWidget *parent, const QString &title, const QString &text, bool withCode)
{
    g_lastAskedForCode = withCode;
    if (g_next != Next::None) {
        const Next next = std::exchange(g_next, Next::None);
        if (next == Next::Cancel)
            return std::nullopt;
        return std::exchange(g_nextAnswer, {});
    }
    StepUpDialog dialog(title, text, withCode, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void StepUpDialog::setNextAnswer(std::optional<Answer> answer)
{
    g_next = answer ? Next::Answer : Next::Cancel;
    g_nextAnswer = answer ? *answer : Answer {};
}

bool StepUpDialog::lastAskedForCode()
{
    return g_lastAskedForCode;
}

} // namespace kassa::ui
