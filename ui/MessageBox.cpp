#include "MessageBox.h"

#include <optional>

namespace kassa::ui {

namespace {
std::optional<MessageBox::Button> g_nextAnswer;
QString g_lastText;
QString g_lastTitle;
} // namespace

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
    const QString &details, QMessageBox::StandardButtons buttons, Button defaultButton)
{
    g_lastTitle = title;
    g_lastText = text;
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::critical(
    QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    return show(QMessageBox::Critical, parent, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::warning(
    QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    return show(QMessageBox::Warning, parent, title, text, details, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text, {}, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, {}, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QString MessageBox::lastTitle()
{
    return g_lastTitle;
}

} // namespace kassa::ui
