// SignInDialog: unlocks the console — login name, password and, when the
// account has two-step sign-in, the 6-digit code. Each refusal is said
// plainly next to the fields (wrong login or password, code needed, wrong
// code, locked until when, disabled); the dialog stays open until a
// sign-in succeeds or the person closes it (the console then stays locked).
#pragma once

#include "operators/Operator.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kassa::engine {
class OperatorsService;
}

namespace kassa::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(engine::OperatorsService *service, const QString &login, QWidget *parent = nullptr);

    //! Checks what was typed (the Sign in button does this).
    void submit();
    //! Who signed in (valid once accepted).
    const operators::OperatorInfo &signedIn() const { return m_signedIn; }
    //! True while the engine checks what was typed.
    bool isChecking() const { return m_busy; }

Q_SIGNALS:
    void signedInAs(const kassa::operators::OperatorInfo &op);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    void showTotp(bool show);
    void fitHeight();

    engine::OperatorsService *m_service;
    operators::OperatorInfo m_signedIn;
    QLabel *m_intro = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_totpLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_totp = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
};

} // namespace kassa::ui
