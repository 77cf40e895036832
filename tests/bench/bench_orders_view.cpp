// bench_orders_view: how long the Orders view takes to show its first rows
// on a book of 1,000,000 orders (SQLite profile, filled in one INSERT …
// SELECT over a recursive counter). One run = a fresh OrdersModel and
// QTableView over the real OrdersBackend: from creating them to the first
// page painted. Baseline, same run, same database: a bare
// `SELECT … ORDER BY id DESC LIMIT 100` on a fresh reader connection.
// Goal (issue 7): ≤ 500 ms. Also reports a search by address and a status
// filter, the queries an operator runs next.
#include "BenchFigure.h"
#include "base/Clock.h"
#include "engine/OrdersBackend.h"
#include "models/OrdersModel.h"
#include "payments/Payments.h"
#include "store/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kassa;

namespace {

constexpr int kOrders = 1000000;
constexpr int kRuns = 7;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool fill(store::Database &db)
{
    auto done = db.writeAndWait([](QSqlDatabase &c) -> Result<void> {
        QSqlQuery q(c);
        const QString sql = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ")
            + QString::number(kOrders)
            + QStringLiteral(
                ") "
                "INSERT INTO orders (trade_id, merchant_order_id, channel, chain, token, asset, decimals, address, "
                "amount, "
                "received, status, created_ms, expires_ms, hold_until_ms, updated_ms, tx_hash) "
                "SELECT printf('20260101%016d', i), 'SHOP-' || i, 'epusdt', CASE i % 2 WHEN 0 THEN 'ethereum' ELSE "
                "'tron' "
                "END, "
                "'0xdac17f958d2ee523a2206206994597c13d831ec7', 'USDT', 6, printf('0x%040x', i % 500), "
                "CAST(1000000 + i AS TEXT), '0', "
                "CASE i % 10 WHEN 0 THEN 'waiting' WHEN 1 THEN 'expired' ELSE 'paid' END, "
                "1767225600000 + i * 1000, 1767225600000 + i * 1000 + 600000, 1767225600000 + i * 1000 + 600000, "
                "1767225600000 + i * 1000, printf('0x%064x', i) FROM n");
        if (!q.exec(sql))
            return makeError(ErrorCode::Database, q.lastError().text(), q.lastError().text());
        return {};
    });
    if (!done.ok())
        std::fprintf(stderr, "fill failed: %s\n", qPrintable(done.error().message));
    return done.ok();
}

//! Milliseconds from a new model + view to the first page painted.
double openView(engine::OrdersService *service, const payments::OrderFilter &filter)
{
    QElapsedTimer t;
    t.start();
    ui::OrdersModel model(service);
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 600);
    view.show();
    model.setFilter(filter);
    while (model.rowCount() == 0 && (model.isLoading() || t.elapsed() < 10000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    view.repaint();
    return double(t.nsecsElapsed()) / 1e6;
}

double bareSelect(store::Database &db)
{
    QElapsedTimer t;
    t.start();
    auto reader = db.reader();
    QSqlQuery q(reader.value());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM orders ORDER BY id DESC LIMIT 100").arg(payments::Payments::orderColumns()));
    int n = 0;
    while (q.next())
        ++n;
    const double ms = double(t.nsecsElapsed()) / 1e6;
    return n == 100 ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = store::Database::open(
        store::DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("kassa.sqlite"))), SystemClock::instance());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::shared_ptr<store::Database> db = std::move(opened.value());
    QElapsedTimer fillTime;
    fillTime.start();
    if (!fill(*db))
        return 1;
    std::fprintf(stderr, "filled %d orders in %.1f s\n", kOrders, double(fillTime.elapsed()) / 1000.0);

    auto payments = std::make_shared<payments::Payments>(
        db, std::make_shared<payments::StaticAddressSource>(), payments::PaymentSettings {});
    engine::OrdersBackend backend(SystemClock::instance(), [] { return audit::Actor::system(); });
    backend.setPayments(payments, db);

    payments::OrderFilter byAddress;
    byAddress.text = QStringLiteral("0x%1").arg(123, 40, 16, QLatin1Char('0'));
    payments::OrderFilter byStatus;
    byStatus.status = payments::OrderStatus::Waiting;
    std::vector<double> view, baseline, address, status;
    openView(&backend, {}); // warm the page cache once
    for (int i = 0; i < kRuns; ++i) {
        baseline.push_back(bareSelect(*db));
        view.push_back(openView(&backend, {}));
        address.push_back(openView(&backend, byAddress));
        status.push_back(openView(&backend, byStatus));
    }
    const double base = median(baseline);
    const std::string runs = std::to_string(kRuns);
    bench::printFigure({"orders_view.open_1m", median(view), "ms", "<=500", base, NAN,
        "median of " + runs
            + " runs: new OrdersModel + QTableView over OrdersBackend to the first 100 rows painted, "
              "1,000,000 orders in SQLite; baseline: bare SELECT ... ORDER BY id DESC LIMIT 100"});
    bench::printFigure({"orders_view.search_address_1m", median(address), "ms", "", base, NAN,
        "same, searching one receive address (2,000 orders of 1,000,000)"});
    bench::printFigure({"orders_view.filter_status_1m", median(status), "ms", "", base, NAN,
        "same, status waiting (100,000 of 1,000,000)"});
    return 0;
}
