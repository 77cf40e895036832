// DashboardPage: what needs the merchant's eye now — payments waiting for
// confirmations (with their progress), later today's takings and failing
// callbacks. Shows the getting-started empty state while there is nothing.
#pragma once

#include <QTimer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kassa::engine {
class ConsoleService;
class OrdersService;
}

namespace kassa::ui {

class PendingTransfersModel;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(engine::ConsoleService *service, QWidget *parent = nullptr);

    PendingTransfersModel *pendingModel() const { return m_model; }

Q_SIGNALS:
    //! "Try it on a local test network" on the empty dashboard.
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateVisibility();
    bool offersDemo() const;
    void refreshOrders();

    engine::ConsoleService *m_service;
    QPushButton *m_demoButton = nullptr;
    PendingTransfersModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QGroupBox *m_pendingGroup = nullptr;
    QLabel *m_pendingHint = nullptr;
    QTableView *m_pendingView = nullptr;
    QTimer m_ageTimer;
    engine::OrdersService *m_orders = nullptr;
    QList<QLabel *> m_tileTitles; //!< paid today, orders waiting, callbacks failing
    QList<QLabel *> m_tileValues;
    bool m_hasOrders = false;
};

} // namespace kassa::ui
