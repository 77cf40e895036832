// ReasonDialog: confirms an operator action that needs a written reason
// (mark paid, cancel, attach a transfer), optionally with a choice from a
// list. The reason goes to the audit log. Tests pre-answer the next dialog
// with setNextAnswer() (the MessageBox seam), so none waits on a window.
#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kassa::ui {

class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer {
        int choice = -1; //!< index into `choices`, or -1 when there were none
        QString reason;
    };

    //! Asks for a reason (and a choice when `choices` is not empty); nothing
    //! when the person cancelled. `confirmText` labels the OK button.
    static std::optional<Answer> ask(QWidget *parent, const QString &title, const QString &text,
        const QString &confirmText, const QStringList &choices = {});
    //! The next ask() returns `answer` at once (nothing: cancelled) (tests).
    static void setNextAnswer(std::optional<Answer> answer);
    //! Title and text of the last dialog shown or pre-answered (tests).
    static QString lastTitle();
    static QString lastText();

    ReasonDialog(const QString &title, const QString &text, const QString &confirmText, const QStringList &choices,
        QWidget *parent = nullptr);
    Answer answer() const;

private:
    void updateOk();

    QLabel *m_text = nullptr;
    QComboBox *m_choices = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace kassa::ui
