#include "audit/AuditLog.h"

#include "crypto/Hash.h"
#include "crypto/Hex.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace kassa::audit {

namespace {

const QString kGenesis = QString(AuditLog::HashHexLength, QLatin1Char('0'));
const QString kColumns = QStringLiteral(
    "seq, at_ms, actor_kind, actor_id, actor_name, action, subject_kind, subject_id, details, prev_hash, hash");

Error dbError(const char *what, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database,
        QStringLiteral("audit log: %1: %2").arg(QLatin1String(what), query.lastError().text()),
        AuditLog::tr("The audit log could not be read or written: %1").arg(query.lastError().text()),
        AuditLog::tr("Nothing was changed. Check that the database is reachable, then try again."));
}

std::optional<Actor::Kind> kindFromName(const QString &name)
{
    for (Actor::Kind kind : {Actor::Kind::Operator, Actor::Kind::ApiKey, Actor::Kind::System}) {
        if (name == QLatin1String(actorKindName(kind)))
            return kind;
    }
    return std::nullopt;
}

void appendField(QByteArray &bytes, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const quint64 n = quint64(utf8.size());
    for (int shift = 56; shift >= 0; shift -= 8)
        bytes.append(char((n >> shift) & 0xff));
    bytes.append(utf8);
}

// A row read back; `kindOk` is false when actor_kind holds something we never write.
AuditEntry readEntry(const QSqlQuery &query, bool *kindOk)
{
    AuditEntry e;
    e.seq = query.value(0).toLongLong();
    e.atMs = query.value(1).toLongLong();
    const auto kind = kindFromName(query.value(2).toString());
    *kindOk = kind.has_value();
    e.actor.kind = kind.value_or(Actor::Kind::System);
    e.actor.id = query.value(3).toString();
    e.actor.name = query.value(4).toString();
    e.action = query.value(5).toString();
    e.subjectKind = query.value(6).toString();
    e.subjectId = query.value(7).toString();
    e.details = query.value(8).toString();
    e.prevHash = query.value(9).toString();
    e.hash = query.value(10).toString();
    return e;
}

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()
        && (cell.front() == QLatin1Char('=') || cell.front() == QLatin1Char('+') || cell.front() == QLatin1Char('-')
            || cell.front() == QLatin1Char('@') || cell.front() == QLatin1Char('\t')
            || cell.front() == QLatin1Char('\r')))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r')) || cell != text) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

VerifyReport broken(VerifyReport report, qint64 seq, const QString &problem, const QString &display)
{
    report.ok = false;
    report.firstBrokenSeq = seq;
    report.problem = problem;
    report.problemDisplay = display;
    return report;
}

} // namespace

Actor Actor::system()
{
    return {Kind::System, QStringLiteral("kassa"), QStringLiteral("Kassa")};
}

Actor Actor::operatorAccount(const QString &id, const QString &name)
{
    return {Kind::Operator, id, name};
}

Actor Actor::apiKey(const QString &id, const QString &name)
{
    return {Kind::ApiKey, id, name};
}

const char *actorKindName(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::Operator: return "operator";
    case Actor::Kind::ApiKey: return "api_key";
    case Actor::Kind::System: return "system";
    }
    return "system";
}

QString AuditLog::hashOf(const AuditEntry &e)
{
    QByteArray bytes("KASSA-AUDIT-1");
    appendField(bytes, QString::number(e.seq));
    appendField(bytes, QString::number(e.atMs));
    appendField(bytes, QLatin1String(actorKindName(e.actor.kind)));
    appendField(bytes, e.actor.id);
    appendField(bytes, e.actor.name);
    appendField(bytes, e.action);
    appendField(bytes, e.subjectKind);
    appendField(bytes, e.subjectId);
    appendField(bytes, e.details);
    appendField(bytes, e.prevHash);
    return crypto::Hex::encode(crypto::sha256(bytes));
}

Result<AuditEntry> AuditLog::append(QSqlDatabase &db, const AuditEvent &event, qint64 nowMs)
{
    if (event.action.isEmpty() || event.subjectKind.isEmpty()) {
        return makeError(ErrorCode::Internal, QStringLiteral("audit log: an entry needs an action and a subject kind"),
            tr("Internal error: an audit entry was incomplete, so the action was not carried out."));
    }
    // Taking the next number first locks the head row for this transaction:
    // a second writer (another desktop on the same PostgreSQL) waits here.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("UPDATE audit_head SET seq = seq + 1 WHERE id = 1")))
        return dbError("taking the next sequence number", query);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")) || !query.next())
        return dbError("reading the head", query);
    AuditEntry e;
    e.seq = query.value(0).toLongLong();
    e.prevHash = query.value(1).toString();
    e.atMs = nowMs;
    e.actor = event.actor;
    e.action = event.action;
    e.subjectKind = event.subjectKind;
    e.subjectId = event.subjectId;
    e.details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    e.hash = hashOf(e);

    query.prepare(QStringLiteral("INSERT INTO audit_log (") + kColumns
        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(e.seq);
    query.addBindValue(e.atMs);
    query.addBindValue(QLatin1String(actorKindName(e.actor.kind)));
    query.addBindValue(e.actor.id);
    query.addBindValue(e.actor.name);
    query.addBindValue(e.action);
    query.addBindValue(e.subjectKind);
    query.addBindValue(e.subjectId);
    query.addBindValue(e.details);
    query.addBindValue(e.prevHash);
    query.addBindValue(e.hash);
    if (!query.exec())
        return dbError("appending an entry", query);
    query.prepare(QStringLiteral("UPDATE audit_head SET hash = ? WHERE id = 1"));
    query.addBindValue(e.hash);
    if (!query.exec())
        return dbError("moving the head", query);
    return e;
}

Result<VerifyReport> AuditLog::verify(const QSqlDatabase &db, const std::function<void(qint64)> &progress)
{
    VerifyReport report;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq")))
        return dbError("reading entries", query);
    QString previous = kGenesis;
    qint64 expectedSeq = 1;
    while (query.next()) {
        bool kindOk = true;
        const AuditEntry e = readEntry(query, &kindOk);
        if (e.seq != expectedSeq) {
            return broken(report, expectedSeq,
                QStringLiteral("entry %1 is missing (the next stored entry is %2)").arg(expectedSeq).arg(e.seq),
                tr("Entry %1 is missing from the audit log: it was deleted.").arg(expectedSeq));
        }
        if (!kindOk) {
            return broken(report, e.seq, QStringLiteral("entry %1 has an unknown actor kind").arg(e.seq),
                tr("Entry %1 of the audit log was changed.").arg(e.seq));
        }
        if (e.prevHash != previous) {
            return broken(report, e.seq,
                QStringLiteral("entry %1 does not link to entry %2 (prev_hash differs)").arg(e.seq).arg(e.seq - 1),
                tr("Entry %1 of the audit log does not follow entry %2: an entry was changed, removed or inserted.")
                    .arg(e.seq)
                    .arg(e.seq - 1));
        }
        if (hashOf(e) != e.hash) {
            return broken(report, e.seq, QStringLiteral("entry %1 does not match its hash").arg(e.seq),
                tr("Entry %1 of the audit log was changed after it was written.").arg(e.seq));
        }
        previous = e.hash;
        report.entries = e.seq;
        report.headHash = e.hash;
        ++expectedSeq;
        if (progress && e.seq % 4096 == 0)
            progress(e.seq);
    }
    if (query.lastError().isValid())
        return dbError("reading entries", query);

    auto stored = head(db);
    if (!stored.ok())
        return stored.error();
    if (stored->first != report.entries || (report.entries > 0 && stored->second != report.headHash)) {
        return broken(report, report.entries + 1,
            QStringLiteral("the head says %1 entries, the log has %2").arg(stored->first).arg(report.entries),
            tr("The newest entries of the audit log were removed (it should have %1 entries, it has %2).")
                .arg(stored->first)
                .arg(report.entries));
    }
    return report;
}

Result<std::pair<qint64, QString>> AuditLog::head(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")))
        return dbError("reading the head", query);
    if (!query.next()) {
        return makeError(ErrorCode::Database, QStringLiteral("audit log: the head row is missing"),
            tr("The audit log's head record is missing: the database was tampered with."),
            tr("Restore the database from a backup and run the audit check again."));
    }
    return std::pair {query.value(0).toLongLong(), query.value(1).toString()};
}

Result<QList<AuditEntry>> AuditLog::query(const QSqlDatabase &db, const AuditFilter &filter)
{
    QStringList where;
    QVariantList binds;
    if (filter.fromMs > 0) {
        where << QStringLiteral("at_ms >= ?");
        binds << filter.fromMs;
    }
    if (filter.toMs > 0) {
        where << QStringLiteral("at_ms < ?");
        binds << filter.toMs;
    }
    if (!filter.actionPrefix.isEmpty()) {
        // substr() instead of LIKE: the prefix is taken literally (no % or _).
        where << QStringLiteral("substr(action, 1, %1) = ?").arg(filter.actionPrefix.size());
        binds << filter.actionPrefix;
    }
    if (!filter.actorId.isEmpty()) {
        where << QStringLiteral("actor_id = ?");
        binds << filter.actorId;
    }
    if (!filter.subjectKind.isEmpty()) {
        where << QStringLiteral("subject_kind = ?");
        binds << filter.subjectKind;
    }
    if (!filter.subjectId.isEmpty()) {
        where << QStringLiteral("subject_id = ?");
        binds << filter.subjectId;
    }
    if (!filter.text.isEmpty()) {
        // instr()/strpos() take the text literally, unlike LIKE.
        const bool postgres = db.driverName() == QLatin1String("QPSQL");
        const QString contains = postgres ? QStringLiteral("strpos(%1, ?) > 0") : QStringLiteral("instr(%1, ?) > 0");
        where << QStringLiteral("(") + contains.arg(QStringLiteral("actor_name")) + QStringLiteral(" OR ")
                + contains.arg(QStringLiteral("subject_id")) + QStringLiteral(" OR ")
                + contains.arg(QStringLiteral("details")) + QStringLiteral(")");
        binds << filter.text << filter.text << filter.text;
    }
    if (filter.beforeSeq > 0) {
        where << QStringLiteral("seq < ?");
        binds << filter.beforeSeq;
    }
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(qBound(1, filter.limit, 100000));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return dbError("listing entries", query);
    QList<AuditEntry> out;
    while (query.next()) {
        bool kindOk = true;
        out.append(readEntry(query, &kindOk));
    }
    return out;
}

void AuditLog::writeCsv(QIODevice &out, const QList<AuditEntry> &entries, bool withHeader)
{
    auto line = [&out](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << csvCell(c);
        out.write((escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    };
    if (withHeader) {
        line({QStringLiteral("seq"), QStringLiteral("time_utc"), QStringLiteral("actor_kind"),
            QStringLiteral("actor_id"), QStringLiteral("actor_name"), QStringLiteral("action"),
            QStringLiteral("subject_kind"), QStringLiteral("subject_id"), QStringLiteral("details"),
            QStringLiteral("prev_hash"), QStringLiteral("hash")});
    }
    for (const AuditEntry &e : entries) {
        line({QString::number(e.seq), QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs),
            QLatin1String(actorKindName(e.actor.kind)), e.actor.id, e.actor.name, e.action, e.subjectKind,
            e.subjectId, e.details, e.prevHash, e.hash});
    }
}

} // namespace kassa::audit
