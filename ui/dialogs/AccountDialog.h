// AccountDialog: "My account" for the signed-in operator — who they are and
// what their roles allow, a new password (after the current one), and
// two-step sign-in: a new TOTP secret shown once as a QR code and as text,
// kept only after a first code from the app proves it was scanned; or
// turning it off again.
#pragma once

#include "engine/OperatorsService.h"
#include "operators/Operator.h"

#include <QDialog>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace kassa::ui {

class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(engine::OperatorsService *service, operators::OperatorInfo signedIn, QWidget *parent = nullptr);

    //! What `roles` allow, one translated line each (also shown in the status bar's tooltip).
    static QStringList allowedBy(operators::Roles roles);
    //! The role names, translated and joined ("Owner, Approver").
    static QString roleList(operators::Roles roles);

    void changePassword();
    void beginEnrolment();
    void confirmEnrolment();
    void removeTotp();

Q_SIGNALS:
    //! Two-step sign-in was turned on or off.
    void totpChanged(bool enrolled);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePasswordButton();
    void showTotpState();
    void say(QLabel *label, const QString &text, bool error);

    engine::OperatorsService *m_service;
    operators::OperatorInfo m_operator;
    engine::OperatorsService::TotpEnrolment m_enrolment;

    QLabel *m_who = nullptr;
    QLabel *m_allowed = nullptr;
    QGroupBox *m_passwordBox = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_newLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QLabel *m_passwordStatus = nullptr;

    QGroupBox *m_totpBox = nullptr;
    QLabel *m_totpState = nullptr;
    QPushButton *m_enrolButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_enrolPanel = nullptr;
    QLabel *m_scanHint = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLabel *m_secret = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QLabel *m_totpStatus = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace kassa::ui
