// MessageBox: the one way ui/ asks a modal question or reports a failure.
// Tests pre-answer the next box with setNextAnswer() (KeePassXC's seam), so
// no test has to hunt for top-level widgets.
#pragma once

#include <QMessageBox>
#include <QString>

namespace kassa::ui {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    static Button critical(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static Button warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static Button information(QWidget *parent, const QString &title, const QString &text);
    //! Asks a yes/no question; `defaultButton` is what Enter does.
    static Button question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        Button defaultButton = QMessageBox::No);

    //! The next box returns `answer` at once instead of showing (tests).
    static void setNextAnswer(Button answer);
    //! Title and text of the last box shown or pre-answered (tests).
    static QString lastText();
    static QString lastTitle();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
        const QString &details, QMessageBox::StandardButtons buttons, Button defaultButton);
};

} // namespace kassa::ui
