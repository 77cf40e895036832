// OperatorsPage: the owner's screen for operator accounts — who exists,
// their roles, two-step sign-in and lockout — with Add, Roles, Disable or
// Enable and Clear lockout. With two owners a role change waits in a list
// above the table until another owner confirms it (password asked again)
// or either rejects it. The engine checks again that the acting operator
// is an owner; the page only hides what cannot work.
#pragma once

#include "engine/OperatorsService.h"
#include "operators/Operator.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QListWidget;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;


namespace kassa::ui {

//! Adds an operator (login, name, password twice, roles) or, given an
//! existing one, changes only its roles.
class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    OperatorDialog(engine::OperatorsService *service, QString actorId, const operators::OperatorInfo *existing,
        QWidget *parent = nullptr);
    void submit();
    //! True when the roles change waits for another owner (after accept()).
    bool proposed() const { return m_proposed; }

private:
    void validate();
    operators::Roles roles() const;

    engine::OperatorsService *m_service;
    QString m_actorId;
    QString m_existingId;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QList<QCheckBox *> m_roles;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_proposed = false;
};

class OperatorsPage : public QWidget
{
    Q_OBJECT

public:
    OperatorsPage(engine::OperatorsService *service, operators::OperatorInfo signedIn, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void refresh();
    void addOperator();
    void editRoles();
    void toggleDisabled();
    void clearLockout();

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    const operators::OperatorInfo *selected() const;
    void report(const QString &error);
    void fillPending();
    //! Confirms or rejects the selected pending role change, after the password (and code) again.
    void decideSelected(bool confirm);

    engine::OperatorsService *m_service;
    operators::OperatorInfo m_operator;
    QList<operators::OperatorInfo> m_list;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_rolesButton = nullptr;
    QPushButton *m_disableButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_status = nullptr;
    QList<engine::OperatorsService::RoleProposal> m_proposals;
    QGroupBox *m_pendingBox = nullptr;
    QListWidget *m_pending = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
};

} // namespace kassa::ui
