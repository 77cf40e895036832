// StepUpDialog: asks the signed-in operator to confirm it is them before one
// sensitive step (revealing recovery words, confirming another owner's
// change): a sentence saying what for, and the StepUpFields. Tests
// pre-answer the next dialog with setNextAnswer() (the MessageBox seam).
#pragma once

#include "dialogs/StepUpFields.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;

namespace kassa::ui {

class StepUpDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer {
        QString password;
        QString totpCode; //!< empty unless the code was asked for
    };

    StepUpDialog(const QString &title, const QString &text, bool withCode, QWidget *parent = nullptr);

    Answer answer() const;
    StepUpFields *fields() const { return m_fields; }

    //! Shows the dialog (with the code row when `withCode`); nullopt: cancelled.
    static std::optional<Answer> ask(QWidget *parent, const QString &title, const QString &text, bool withCode);
    //! The next ask() returns `answer` at once (nullopt: cancelled).
    static void setNextAnswer(std::optional<Answer> answer);
    //! Whether the last ask() asked for the code (what tests check).
    static bool lastAskedForCode();

private:
    StepUpFields *m_fields = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kassa::ui
