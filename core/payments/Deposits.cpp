// Payments: deposit addresses and deposits (migration 0008). A customer's
// deposit address is a fresh address from the ReceiveAddressSource (an HD
// address of the receiving wallet), handed out once per chain, token and
// customer, and watched forever; every transfer to it is recorded as a
// deposit of whatever arrived and reported to the native webhook twice —
// deposit.seen, then deposit.confirmed (deposit.reverted if it leaves the
// chain).
#include "payments/Payments.h"

#include "notify/EpusdtSignature.h"
#include "notify/Outbox.h"
#include "store/Database.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace kassa::payments {

namespace {

Error depositDbError(const QString &what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, query.lastError().text()),
        QCoreApplication::translate("kassa::payments::Payments", "The database refused a change to the orders."),
        QCoreApplication::translate("kassa::payments::Payments", "See the log file for details."));
}

const QString depositColumns = QStringLiteral(
    "id, customer_id, chain, token, asset, decimals, address, api_key_id, created_ms");

DepositAddress readDepositAddress(const QSqlQuery &q)
{
    DepositAddress d;
    d.id = q.value(0).toLongLong();
    d.customerId = q.value(1).toString();
    d.chain = q.value(2).toString();
    d.token = q.value(3).toString();
    d.asset = money::Asset {q.value(4).toString(), q.value(5).toInt()};
    d.address = q.value(6).toString();
    d.apiKeyId = q.value(7).toString();
    d.createdMs = q.value(8).toLongLong();
    return d;
}

Result<std::optional<DepositAddress>> findDepositAddress(
    const QSqlDatabase &db, const QString &customerId, const PaymentTarget &target)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM deposit_addresses WHERE chain = ? AND token = ? AND customer_id = ?")
                  .arg(depositColumns));
    q.addBindValue(target.chain);
    q.addBindValue(target.token);
    q.addBindValue(customerId);
    if (!q.exec())
        return depositDbError(QStringLiteral("reading deposit address"), q);
    if (!q.next())
        return std::optional<DepositAddress>();
    return std::optional<DepositAddress>(readDepositAddress(q));
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

Result<DepositAddress> Payments::depositAddress(
    const QString &customerId, const PaymentTarget &target, const QString &apiKeyId, bool *created)
{
    if (created)
        *created = false;
    if (customerId.isEmpty() || customerId.size() > 64 || target.chain.isEmpty() || target.token.isEmpty()
        || !target.asset.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("incomplete deposit address request"),
            tr("The deposit address request is incomplete."));
    // One allocation at a time, so two requests for the same customer never
    // take two fresh addresses.
    QMutexLocker lock(&m_depositMutex);
    {
        auto reader = m_database->reader();
        if (!reader.ok())
            return reader.error();
        auto found = findDepositAddress(reader.value(), customerId, target);
        if (!found.ok())
            return found.error();
        if (found->has_value())
            return **found;
    }
    auto address = m_addresses->allocateDeposit(target.chain, target.token);
    if (!address.ok())
        return address.error();
    DepositAddress d;
    d.customerId = customerId;
    d.chain = target.chain;
    d.token = target.token;
    d.asset = target.asset;
    d.address = address.value();
    d.apiKeyId = apiKeyId;
    d.createdMs = m_clock.nowMs();
    auto written = m_database->writeAndWait([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO deposit_addresses (customer_id, chain, token, asset, decimals, address, "
                                 "api_key_id, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(d.customerId);
        q.addBindValue(d.chain);
        q.addBindValue(d.token);
        q.addBindValue(d.asset.symbol);
        q.addBindValue(d.asset.decimals);
        q.addBindValue(d.address);
        q.addBindValue(d.apiKeyId.isNull() ? QStringLiteral("") : d.apiKeyId);
        q.addBindValue(d.createdMs);
        if (!q.exec())
            return depositDbError(QStringLiteral("storing deposit address"), q);
        d.id = q.lastInsertId().toLongLong();
        if (d.id == 0) {
            auto found = findDepositAddress(db, customerId, target);
            if (!found.ok())
                return found.error();
            if (found->has_value())
                d.id = (*found)->id;
        }
        return {};
    });
    if (!written.ok())
        return written.error();
    if (created)
        *created = true;
    Q_EMIT dedicatedAddressAllocated(d.chain, d.address);
    return d;
}

Result<QList<std::pair<QString, QString>>> Payments::addressesToWatch()
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return reader.error();
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT chain, address FROM deposit_addresses UNION "
                             "SELECT chain, address FROM orders WHERE dedicated = 1 AND (hold_until_ms > ? OR status IN "
                             "('waiting', 'confirming'))"));
    q.addBindValue(m_clock.nowMs());
    if (!q.exec())
        return depositDbError(QStringLiteral("reading addresses to watch"), q);
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<QList<Deposit>> Payments::deposits(const QString &customerId, qint64 beforeId, int limit)
{
    auto reader = m_database->reader();
    if (!reader.ok())
        return reader.error();
    QStringList where;
    QVariantList values;
    if (!customerId.isEmpty()) {
        where << QStringLiteral("a.customer_id = ?");
        values << customerId;
    }
    if (beforeId > 0) {
        where << QStringLiteral("d.id < ?");
        values << beforeId;
    }
    QSqlQuery q(reader.value());
    q.prepare(QStringLiteral("SELECT d.id, d.deposit_address_id, a.customer_id, a.chain, a.address, d.tx_hash, "
                             "d.log_index, d.amount, a.asset, a.decimals, d.stage, d.created_ms, d.updated_ms "
                             "FROM deposits d JOIN deposit_addresses a ON a.id = d.deposit_address_id %1 "
                             "ORDER BY d.id DESC LIMIT %2")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                  .arg(std::clamp(limit, 1, 1000)));
    for (const auto &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return depositDbError(QStringLiteral("reading deposits"), q);
    QList<Deposit> out;
    while (q.next()) {
        Deposit d;
        d.id = q.value(0).toLongLong();
        d.depositAddressId = q.value(1).toLongLong();
        d.customerId = q.value(2).toString();
        d.chain = q.value(3).toString();
        d.address = q.value(4).toString();
        d.txHash = q.value(5).toString();
        d.logIndex = q.value(6).toInt();
        auto units = money::UInt256::parseDecimal(q.value(7).toString());
        if (!units.ok())
            return units.error();
        auto amount = money::Amount::fromUnits(units.value(), money::Asset {q.value(8).toString(), q.value(9).toInt()});
        if (!amount.ok())
            return amount.error();
        d.amount = amount.value();
        d.stage = q.value(10).toString();
        d.createdMs = q.value(11).toLongLong();
        d.updatedMs = q.value(12).toLongLong();
        out.append(d);
    }
    return out;
}

Result<bool> Payments::applyDeposit(QSqlDatabase &db, const store::TransferRecord &t, Changes &changes)
{
    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT %1 FROM deposit_addresses WHERE chain = ? AND address = ? AND token = ?")
                  .arg(depositColumns));
    a.addBindValue(t.chain);
    a.addBindValue(t.to);
    a.addBindValue(t.token);
    if (!a.exec())
        return depositDbError(QStringLiteral("matching deposit address"), a);
    if (!a.next())
        return false;
    const DepositAddress address = readDepositAddress(a);
    const QString stage = QLatin1String(store::transferStateName(t.state));
    const qint64 now = m_clock.nowMs();

    QSqlQuery prior(db);
    prior.prepare(QStringLiteral("SELECT id, stage FROM deposits WHERE transfer_id = ?"));
    prior.addBindValue(t.id);
    if (!prior.exec())
        return depositDbError(QStringLiteral("reading deposit"), prior);
    qint64 depositId = 0;
    QString priorStage;
    if (prior.next()) {
        depositId = prior.value(0).toLongLong();
        priorStage = prior.value(1).toString();
        if (priorStage == stage)
            return true;
        QSqlQuery up(db);
        up.prepare(QStringLiteral("UPDATE deposits SET stage = ?, updated_ms = ? WHERE id = ?"));
        up.addBindValue(stage);
        up.addBindValue(now);
        up.addBindValue(depositId);
        if (!up.exec())
            return depositDbError(QStringLiteral("updating deposit"), up);
    } else {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO deposits (transfer_id, deposit_address_id, tx_hash, log_index, amount, "
                                   "stage, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(t.id);
        ins.addBindValue(address.id);
        ins.addBindValue(t.txHash);
        ins.addBindValue(t.logIndex);
        ins.addBindValue(t.value);
        ins.addBindValue(stage);
        ins.addBindValue(now);
        ins.addBindValue(now);
        if (!ins.exec())
            return depositDbError(QStringLiteral("recording deposit"), ins);
        depositId = ins.lastInsertId().toLongLong();
        if (depositId == 0) { // PostgreSQL's driver reports no id
            QSqlQuery id(db);
            id.prepare(QStringLiteral("SELECT id FROM deposits WHERE transfer_id = ?"));
            id.addBindValue(t.id);
            if (!id.exec() || !id.next())
                return depositDbError(QStringLiteral("reading new deposit"), id);
            depositId = id.value(0).toLongLong();
        }
    }
    if (m_settings.webhookUrl.isEmpty())
        return true;

    // seen → deposit.seen; final → deposit.confirmed (after deposit.seen if
    // the watcher reported it final at once); gone after either → reverted.
    QStringList events;
    switch (t.state) {
    case store::TransferState::Seen: events << QStringLiteral("deposit.seen"); break;
    case store::TransferState::Final:
        if (priorStage.isEmpty())
            events << QStringLiteral("deposit.seen");
        events << QStringLiteral("deposit.confirmed");
        break;
    case store::TransferState::Orphaned:
    case store::TransferState::Failed:
        if (!priorStage.isEmpty())
            events << QStringLiteral("deposit.reverted");
        break;
    }
    auto units = money::UInt256::parseDecimal(t.value);
    if (!units.ok())
        return units.error();
    auto amount = money::Amount::fromUnits(units.value(), address.asset);
    if (!amount.ok())
        return amount.error();
    for (const QString &event : events) {
        notify::CallbackRecord r;
        r.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.dialect = QStringLiteral("native");
        r.event = event;
        r.url = m_settings.webhookUrl;
        r.endpoint = notify::Outbox::endpointOf(r.url);
        if (r.endpoint.isEmpty())
            r.endpoint = QStringLiteral("invalid");
        const QByteArray data = "{\"id\":" + notify::RawJson::quote(QString::number(depositId))
            + ",\"customer_id\":" + notify::RawJson::quote(address.customerId)
            + ",\"chain\":" + notify::RawJson::quote(address.chain)
            + ",\"asset\":" + notify::RawJson::quote(address.asset.symbol)
            + ",\"address\":" + notify::RawJson::quote(address.address)
            + ",\"amount\":" + notify::RawJson::quote(amount->toString())
            + ",\"tx_hash\":" + notify::RawJson::quote(t.txHash) + ",\"log_index\":" + QByteArray::number(t.logIndex)
            + ",\"stage\":" + notify::RawJson::quote(stage) + "}";
        r.body = "{\"id\":" + notify::RawJson::quote(r.eventId) + ",\"type\":" + notify::RawJson::quote(event)
            + ",\"created_at\":" + notify::RawJson::quote(iso(now)) + ",\"data\":" + data + "}";
        r.maxAttempts = std::max(1, m_settings.callbackMaxAttempts);
        r.nextAttemptMs = now;
        r.createdMs = now;
        auto queued = notify::Outbox::enqueue(db, r);
        if (!queued.ok())
            return queued.error();
        changes.callbacks = true;
    }
    return true;
}

} // namespace kassa::payments
