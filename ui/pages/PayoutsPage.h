// PayoutsPage: the payout requests of the signed-in operator's world, by
// queue (awaiting my approval, awaiting others, ready, in flight, done,
// failed), a New request form and the approval dialog for the selected
// request; a second tab holds the payout address book. Talks to the engine only through the PayoutsService.
#pragma once

#include "operators/Operator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace kassa::engine {
class PayoutsService;
}

namespace kassa::ui {

class AddressBookWidget;
class PayoutsModel;

class PayoutsPage : public QWidget
{
    Q_OBJECT

public:
    PayoutsPage(engine::PayoutsService *service, operators::OperatorInfo signedIn, QWidget *parent = nullptr);

    PayoutsModel *model() const { return m_model; }
    AddressBookWidget *addressBook() const { return m_book; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void refresh();
    //! Opens the request form.
    void newRequest();
    //! Opens the approval dialog for each selected request in turn (batch
    //! approval: every payout is still shown in full and confirmed on its own).
    void reviewSelected();

Q_SIGNALS:
    //! A dialog opened (tests drive it).
    void dialogOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyQueue();
    void updateButtons();
    void reviewNext();
    void showSenders();

    engine::PayoutsService *m_service;
    operators::OperatorInfo m_operator;
    PayoutsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_queue = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_senders = nullptr;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    AddressBookWidget *m_book = nullptr;
    QStringList m_reviewQueue; //!< payout ids still to show in a batch review
};

} // namespace kassa::ui
