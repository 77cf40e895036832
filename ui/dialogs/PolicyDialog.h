// PolicyDialog: the owner's payout policy screen — the approval tiers, the
// limits, the rate's maximum age and the address-book cool-down, checked as
// they are typed — and the changes other owners proposed, to confirm or
// reject (with a reason). With two owners a saved change waits for the other
// one; deciding one asks for the password again (and the authenticator code
// when the owner has one), as approving a payout does.
#pragma once

#include "engine/PayoutsService.h"
#include "operators/Operator.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace kassa::ui {

class PolicyDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyDialog(engine::PayoutsService *service, operators::OperatorInfo signedIn, QWidget *parent = nullptr);

    void save();
    void confirmSelected();
    void rejectSelected();

private:
    void load();
    void validate();
    void updateDecisionButtons();
    void decideSelected(bool confirm);
    Result<payouts::PolicySettings> settings() const;

    engine::PayoutsService *m_service;
    operators::OperatorInfo m_operator;
    engine::PayoutsService::PolicyState m_state;
    QLineEdit *m_tier1 = nullptr;
    QLineEdit *m_tier2 = nullptr;
    QLineEdit *m_maxPayout = nullptr;
    QLineEdit *m_maxAsset = nullptr;
    QLineEdit *m_maxRequester = nullptr;
    QSpinBox *m_rateAge = nullptr;
    QSpinBox *m_coolDown = nullptr;
    QListWidget *m_pending = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QLineEdit *m_rejectReason = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace kassa::ui
