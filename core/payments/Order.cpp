#include "payments/Order.h"

namespace kassa::payments {

namespace {

struct StatusName {
    OrderStatus status;
    const char *name;
};

constexpr StatusName statusNames[] = {
    {OrderStatus::Waiting, "waiting"},
    {OrderStatus::Confirming, "confirming"},
    {OrderStatus::Paid, "paid"},
    {OrderStatus::Expired, "expired"},
    {OrderStatus::Late, "late"},
    {OrderStatus::Underpaid, "underpaid"},
    {OrderStatus::Overpaid, "overpaid"},
    {OrderStatus::Cancelled, "cancelled"},
    {OrderStatus::Reverted, "reverted"},
};

} // namespace

QString orderStatusName(OrderStatus status)
{
    for (const auto &entry : statusNames)
        if (entry.status == status)
            return QLatin1String(entry.name);
    return {};
}

std::optional<OrderStatus> orderStatusFromName(QStringView name)
{
    for (const auto &entry : statusNames)
        if (name == QLatin1String(entry.name))
            return entry.status;
    return std::nullopt;
}

QList<OrderStatus> allOrderStatuses()
{
    QList<OrderStatus> out;
    for (const auto &entry : statusNames)
        out.append(entry.status);
    return out;
}

int epusdtStatusCode(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Paid: return 2;
    case OrderStatus::Expired:
    case OrderStatus::Cancelled: return 3;
    default: return 1;
    }
}

bool needsOperator(OrderStatus status)
{
    return status == OrderStatus::Late || status == OrderStatus::Underpaid || status == OrderStatus::Overpaid
        || status == OrderStatus::Reverted;
}

bool isOpen(OrderStatus status)
{
    return status == OrderStatus::Waiting || status == OrderStatus::Confirming;
}

bool canTransition(OrderStatus from, OrderStatus to)
{
    using S = OrderStatus;
    if (from == to)
        return false;
    switch (from) {
    case S::Waiting:
        return to == S::Confirming || to == S::Paid || to == S::Expired || to == S::Cancelled || to == S::Underpaid
            || to == S::Overpaid;
    case S::Confirming:
        // Back to waiting (or expired) when the transfer leaves the chain.
        return to == S::Paid || to == S::Waiting || to == S::Expired || to == S::Underpaid || to == S::Overpaid;
    case S::Expired:
    case S::Cancelled:
        // A payment after the window is kept for an operator; an operator
        // may still accept the order.
        return to == S::Late || to == S::Paid || (from == S::Expired && to == S::Cancelled);
    case S::Late:
    case S::Underpaid:
    case S::Overpaid:
        // Only an operator resolves these (mark paid or cancel).
        return to == S::Paid || to == S::Cancelled;
    case S::Paid: return to == S::Reverted;
    case S::Reverted: return to == S::Paid || to == S::Cancelled;
    }
    return false;
}

QString orderChannelName(OrderChannel channel)
{
    switch (channel) {
    case OrderChannel::Epusdt: return QStringLiteral("epusdt");
    case OrderChannel::Native: return QStringLiteral("native");
    case OrderChannel::Console: return QStringLiteral("console");
    }
    return {};
}

std::optional<OrderChannel> orderChannelFromName(QStringView name)
{
    for (auto channel : {OrderChannel::Epusdt, OrderChannel::Native, OrderChannel::Console})
        if (name == orderChannelName(channel))
            return channel;
    return std::nullopt;
}

} // namespace kassa::payments
