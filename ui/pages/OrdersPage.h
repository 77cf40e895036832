// OrdersPage: the merchant's order book. Tiles on top (paid today per asset,
// orders waiting, callbacks failing), then two tabs: the orders — paged from
// the database, searched by order id, trade id, tx hash or address, filtered
// by status, chain and dates, with the selected order's timeline, transfers
// and callbacks (each with its responses) — and the callbacks that gave up.
// Operator actions (mark paid, attach a transfer, cancel, resend a callback)
// ask for confirmation; the engine records them in the audit log.
#pragma once

#include "engine/OrdersService.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace kassa::ui {

class OrdersModel;

class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(engine::OrdersService *service, QWidget *parent = nullptr);

    OrdersModel *model() const { return m_model; }
    //! The trade id of the selected order, or empty.
    QString selectedTradeId() const;

public Q_SLOTS:
    void markPaid();
    void attachTransfer();
    void cancelOrder();
    void resendCallback();
    void exportCsv();
    void refreshOverview();
    void refreshCallbacks();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void showSelected();
    void showDetails(const engine::OrderDetails &details);
    void updateActions();
    void updateCount();
    void updateVisibility();
    void report(const QString &title, const Error &error);

    QPointer<engine::OrdersService> m_service;
    OrdersModel *m_model = nullptr;
    QLabel *m_paidTile = nullptr;
    QLabel *m_waitingTile = nullptr;
    QLabel *m_failingTile = nullptr;
    QLabel *m_paidTitle = nullptr;
    QLabel *m_waitingTitle = nullptr;
    QLabel *m_failingTitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_chainFilter = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QDateEdit *m_toDate = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_markPaidButton = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_resendButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableWidget *m_callbacks = nullptr;
    QPushButton *m_callbackResendButton = nullptr;
    QLabel *m_callbacksStatus = nullptr;
    std::optional<engine::OrderDetails> m_current;
    QList<notify::CallbackRecord> m_failing;
    engine::OrdersOverview m_overview;
    QTimer *m_searchDelay = nullptr;
    QStackedWidget *m_stack = nullptr; //!< the getting-started empty state, or the orders
    QString m_loadError;
};

} // namespace kassa::ui
