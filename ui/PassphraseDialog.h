// PassphraseDialog: asks for a passphrase (a backup's, a key file's), typed
// twice when a new one is chosen. Tests pre-answer the next dialog with
// setNextAnswer() (the MessageBox seam), so no test waits on a modal dialog.
#pragma once

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace kassa::ui {

class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { Enter, Choose };

    PassphraseDialog(Mode mode, const QString &title, const QString &text, QWidget *parent = nullptr);

    QString passphrase() const;

    //! Shows the dialog; an empty optional means cancelled.
    static std::optional<QString> ask(
        QWidget *parent, Mode mode, const QString &title, const QString &text);
    //! The next ask() returns `answer` at once (nullopt: cancelled).
    static void setNextAnswer(std::optional<QString> answer);

private:
    void check();

    Mode m_mode;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kassa::ui
