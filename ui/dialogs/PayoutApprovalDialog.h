// PayoutApprovalDialog: what the approver is about to sign, in full —
// chain, asset, the checksummed destination with its address-book label and
// age, the amount in the asset and in fiat, the rate and its age, the fee
// rule, requester, reason, every approval so far and what the policy still
// needs — and the approver's password (and one-time code) asked again for
// this one decision. Approve, or reject with a reason.
#pragma once

#include "engine/PayoutsService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kassa::ui {

class StepUpFields;

class PayoutApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    PayoutApprovalDialog(engine::PayoutsService *service, QString login, engine::PayoutRow row, qint64 nowMs,
        QWidget *parent = nullptr);

    void approve();
    void reject();

private:
    void decide(bool approve);

    engine::PayoutsService *m_service;
    QString m_login;
    engine::PayoutRow m_row;
    StepUpFields *m_stepUp = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
};

} // namespace kassa::ui
