// AddressEntryDialog: adds a named destination to the payout address book,
// or renames one. The address is checked as it is typed (EIP-55 checksum
// on EVM chains, Base58Check on Tron) and shown in its canonical form; the
// dialog says when the entry will be able to receive (the cool-down) and
// that another owner has to confirm it when there are two.
#pragma once

#include "payouts/PayoutTypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kassa::engine {
class PayoutsService;
}

namespace kassa::ui {

class AddressEntryDialog : public QDialog
{
    Q_OBJECT

public:
    //! A new entry (`editing` empty) or a new name for `editing`.
    AddressEntryDialog(engine::PayoutsService *service, QString operatorId, qint64 coolDownMs,
        std::optional<payouts::AddressBookEntry> editing, QWidget *parent = nullptr);

    void submit();
    //! The entry as saved (valid once accepted).
    const payouts::AddressBookEntry &saved() const { return m_saved; }

private:
    void validate();
    QString chainAt(int index) const;

    engine::PayoutsService *m_service;
    QString m_operatorId;
    std::optional<payouts::AddressBookEntry> m_editing;
    payouts::AddressBookEntry m_saved;
    QComboBox *m_chain = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_addressCheck = nullptr;
    QLineEdit *m_label = nullptr;
    QLabel *m_labelError = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_saveButton = nullptr;
    bool m_busy = false;
};

} // namespace kassa::ui
