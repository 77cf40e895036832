// StepUpFields: the "confirm it is you" fields asked again before one
// sensitive decision — the operator's password and, when the account uses
// an authenticator app, its 6-digit code. The approval dialog, the
// recovery-words prompt and the owners' confirmation of pending changes
// share it, so each asks for the code the same way.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kassa::ui {

class StepUpFields : public QWidget
{
    Q_OBJECT

public:
    //! Whether the code row is shown: always (optional to fill), only when the
    //! account uses TOTP (then required), or never.
    enum class Code { Optional, Required, Hidden };

    explicit StepUpFields(Code code = Code::Optional, QWidget *parent = nullptr);

    void setCode(Code code);
    Code code() const { return m_code; }
    QString password() const;
    //! The 6-digit code (empty when the row is hidden).
    QString totpCode() const;
    //! A password is typed and, where the code is required, all six digits.
    bool isComplete() const;
    void clear();
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *totpEdit() const { return m_totp; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Code m_code;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_totpLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_totp = nullptr;
};

} // namespace kassa::ui
