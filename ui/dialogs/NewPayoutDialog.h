// NewPayoutDialog: the payout request form — asset, destination, amount,
// reason and an optional reference, each checked as it is typed with the
// problem shown next to the field; the fiat value at the current rate is
// shown before anything is sent. Sends through the PayoutsService.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kassa::engine {
class PayoutsService;
}

namespace kassa::ui {

class NewPayoutDialog : public QDialog
{
    Q_OBJECT

public:
    NewPayoutDialog(engine::PayoutsService *service, QString operatorId, QWidget *parent = nullptr);

    //! Sends the request (the Request button); the dialog closes on success.
    void submit();

private:
    void validate();

    engine::PayoutsService *m_service;
    QString m_operatorId;
    QComboBox *m_asset = nullptr;
    QLineEdit *m_destination = nullptr;
    QLabel *m_destinationError = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_amountError = nullptr;
    QLabel *m_fiat = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonError = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_requestButton = nullptr;
    bool m_busy = false;
};

} // namespace kassa::ui
