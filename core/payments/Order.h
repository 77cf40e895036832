// Order: one payment a storefront (or the console) asked for, as a value
// type, with its state machine (doc/architecture.md, "Order states and the
// wire codes"). Shared by payments/, notify/, api/ and the OrdersService the
// console sees.
#pragma once

#include "money/Amount.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kassa::payments {

enum class OrderStatus {
    Waiting, //!< reserved, nothing seen
    Confirming, //!< a matching transfer was seen, not final yet
    Paid, //!< enough confirmations (or marked paid by an operator)
    Expired, //!< the window passed with nothing seen
    Late, //!< paid after expiry: needs an operator
    Underpaid, //!< dedicated address received less: needs an operator
    Overpaid, //!< dedicated address received more: needs an operator
    Cancelled, //!< cancelled by the storefront or an operator
    Reverted, //!< the paying transfer left the chain after the order was paid
};

//! The stored name: "waiting", "confirming", …
QString orderStatusName(OrderStatus status);
std::optional<OrderStatus> orderStatusFromName(QStringView name);
//! Every status, in display order.
QList<OrderStatus> allOrderStatuses();
//! Epusdt's status code: 1 waiting (also confirming and the states an
//! operator still has to resolve), 2 paid, 3 expired or cancelled.
int epusdtStatusCode(OrderStatus status);
//! True when nothing but an operator can move the order any more.
bool needsOperator(OrderStatus status);
//! True when the order can still be paid by the customer (waiting, confirming).
bool isOpen(OrderStatus status);
//! The state machine: may an order go from `from` to `to`? Operator actions
//! (mark paid, cancel) use the same table.
bool canTransition(OrderStatus from, OrderStatus to);

//! Which surface created the order; a merchant order id is unique per surface.
enum class OrderChannel { Epusdt, Native, Console };
QString orderChannelName(OrderChannel channel);
std::optional<OrderChannel> orderChannelFromName(QStringView name);

struct Order {
    qint64 id = 0;
    QString tradeId; //!< Kassa's id: 24 digits, YYYYMMDD + Unix ms + 3 random (Epusdt's form)
    QString merchantOrderId; //!< the storefront's order id
    OrderChannel channel = OrderChannel::Epusdt;
    QString chain; //!< "ethereum", "tron", …
    QString token; //!< contract, canonical form
    QString address; //!< receive address, canonical form
    bool dedicated = false; //!< a fresh address for this order: any amount is matched
    money::Amount amount; //!< what the customer is asked to pay (exact)
    money::Amount received; //!< what arrived (final transfers)
    QString fiat; //!< "CNY", … or empty for an asset-denominated order
    QString fiatAmount; //!< exact decimal text ("100.5")
    QString rate; //!< fiat per asset unit, exact decimal text
    QString rateSource; //!< "manual", …
    qint64 rateObservedMs = 0;
    OrderStatus status = OrderStatus::Waiting;
    QString notifyUrl;
    QString redirectUrl;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    qint64 holdUntilMs = 0; //!< the amount stays reserved until then
    qint64 updatedMs = 0;
    std::optional<qint64> paidMs;
    QString txHash; //!< the paying (or last seen) transaction

    bool isFiat() const { return !fiat.isEmpty(); }
};

//! One line of an order's timeline.
struct OrderEvent {
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 atMs = 0;
    QString kind; //!< "created", "status", "transfer", "callback", "operator"
    QString fromStatus;
    QString toStatus;
    QString detail;
};

//! What a transfer to a receive address did.
struct OrderTransfer {
    qint64 transferId = 0;
    std::optional<qint64> orderId;
    QString outcome; //!< confirming, paid, late, underpaid, overpaid, unmatched, reverted
    QString stage; //!< seen, final, orphaned, failed
    qint64 updatedMs = 0;
    // From the transfers table:
    QString chain;
    QString txHash;
    int logIndex = 0;
    QString from;
    QString to;
    QString value; //!< exact on-chain integer
};

} // namespace kassa::payments

Q_DECLARE_METATYPE(kassa::payments::Order)
Q_DECLARE_METATYPE(kassa::payments::OrderStatus)
