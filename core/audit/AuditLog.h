// AuditLog: the append-only, hash-chained record of every security-relevant
// action — sign-ins, operators and roles, policy, address book, payout
// requests, approvals, rejections and edits, key use, exports, revealed
// recovery words, orders marked paid by hand.
//
// Each entry's hash is SHA-256 over a fixed encoding of its own fields and
// the previous entry's hash (see hashOf()), starting from 64 zeros. An entry
// is appended inside the same database transaction as the action it records,
// so the two are committed together or not at all. The database refuses
// UPDATE and DELETE on the table (triggers); verify() catches anyone who gets
// past that, naming the first entry whose link is broken.
//
// Functions take the connection they run on: append() belongs inside a
// Database::write() transaction; the reads run on a Database::reader().
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QIODevice;

namespace kassa::audit {

//! Who did it. The name is kept as it was at the time (operators can be renamed).
struct Actor {
    enum class Kind { Operator, ApiKey, System };
    Kind kind = Kind::System;
    QString id; //!< operator id, API key id, or "kassa" for the system
    QString name; //!< display name at the time of the action

    static Actor system();
    static Actor operatorAccount(const QString &id, const QString &name);
    static Actor apiKey(const QString &id, const QString &name);
};

const char *actorKindName(Actor::Kind kind);

//! What is appended: the action and its before/after values. `details` must
//! never hold a secret (a key, a password, recovery words, an API key).
struct AuditEvent {
    Actor actor;
    QString action; //!< a stable code from AuditActions.h, e.g. "payout.approve"
    QString subjectKind; //!< "payout", "order", "wallet", "operator", "policy", …
    QString subjectId;
    QJsonObject details; //!< e.g. {"old": …, "new": …, "reason": …}
};

//! One stored entry.
struct AuditEntry {
    qint64 seq = 0; //!< 1, 2, 3, … without gaps
    qint64 atMs = 0;
    Actor actor;
    QString action;
    QString subjectKind;
    QString subjectId;
    QString details; //!< compact JSON text, exactly as hashed
    QString prevHash; //!< 64 hex digits
    QString hash; //!< 64 hex digits
};

//! What verify() found.
struct VerifyReport {
    bool ok = true;
    qint64 entries = 0; //!< entries checked
    qint64 firstBrokenSeq = 0; //!< the first entry whose link is broken (0 when ok)
    QString problem; //!< English, for the log and the CLI's --json
    QString problemDisplay; //!< translated
    QString headHash; //!< the newest entry's hash (write it down to detect a rewritten log later)
};

//! Which entries to list: newest first, paged by `beforeSeq`.
struct AuditFilter {
    qint64 fromMs = 0; //!< inclusive; 0 = no lower bound
    qint64 toMs = 0; //!< exclusive; 0 = no upper bound
    QString actionPrefix; //!< "payout." matches every payout action
    QString actorId;
    QString subjectKind;
    QString subjectId;
    QString text; //!< substring of the actor name, subject id or details
    qint64 beforeSeq = 0; //!< entries with seq < beforeSeq; 0 = from the newest
    int limit = 200;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(kassa::audit::AuditLog)

public:
    static constexpr int HashHexLength = 64;

    //! Appends `event` at `nowMs`. Call it inside the write transaction of
    //! the action it records.
    static Result<AuditEntry> append(QSqlDatabase &db, const AuditEvent &event, qint64 nowMs);

    //! Recomputes the whole chain, oldest first. `progress`, if given, is
    //! called every few thousand entries with the count so far.
    static Result<VerifyReport> verify(const QSqlDatabase &db, const std::function<void(qint64)> &progress = {});

    static Result<QList<AuditEntry>> query(const QSqlDatabase &db, const AuditFilter &filter);
    //! The newest sequence number and hash (0 and 64 zeros when empty).
    static Result<std::pair<qint64, QString>> head(const QSqlDatabase &db);

    //! The chain rule: SHA-256 over "KASSA-AUDIT-1", then seq, at_ms, actor
    //! kind, actor id, actor name, action, subject kind, subject id, details
    //! and prev_hash, each as an 8-byte big-endian length and its UTF-8 bytes.
    static QString hashOf(const AuditEntry &entry);

    //! CSV (RFC 4180, UTF-8, header row). Cells that a spreadsheet would run
    //! as a formula (starting with =, +, -, @, tab or CR) get a leading ' so
    //! an exported log cannot attack the auditor who opens it.
    static void writeCsv(QIODevice &out, const QList<AuditEntry> &entries, bool withHeader = true);
};

} // namespace kassa::audit
