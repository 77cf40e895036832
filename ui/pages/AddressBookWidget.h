// AddressBookWidget: the payout address book on the Payouts page — each
// named destination with its chain, canonical address, when it can receive
// (end of the cool-down, or waiting for another owner) and who changed it
// last; Add, Rename and Remove for clerks, approvers and owners, Confirm for
// an owner who did not make the change. Every change is audited by the engine.
#pragma once

#include "operators/Operator.h"
#include "payouts/PayoutTypes.h"

#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace kassa::engine {
class PayoutsService;
}

namespace kassa::ui {

class AddressBookWidget : public QWidget
{
    Q_OBJECT

public:
    AddressBookWidget(engine::PayoutsService *service, operators::OperatorInfo signedIn, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    //! The entry shown in `row` of the table.
    const payouts::AddressBookEntry &entry(int row) const { return m_entries.at(row); }

public Q_SLOTS:
    void refresh();
    void addEntry();
    void renameSelected();
    void removeSelected();
    void confirmSelected();

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateButtons();
    void openEntryDialog(std::optional<payouts::AddressBookEntry> editing);
    int selectedRow() const;
    QString stateText(const payouts::AddressBookEntry &e, qint64 nowMs) const;

    engine::PayoutsService *m_service;
    operators::OperatorInfo m_operator;
    QList<payouts::AddressBookEntry> m_entries;
    qint64 m_coolDownMs = 24LL * 3600 * 1000;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
};

} // namespace kassa::ui
