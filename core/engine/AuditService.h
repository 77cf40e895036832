// AuditService: what the console may ask of the audit log — pages of
// entries, a chain check, a CSV export. Every call is asynchronous and
// answers on the thread of `context` (the GUI never waits for the database).
#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace kassa::engine {

class AuditService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AuditService() override = default;

    using EntriesDone = std::function<void(Result<QList<audit::AuditEntry>>)>;
    using VerifyDone = std::function<void(Result<audit::VerifyReport>)>;
    using HeadDone = std::function<void(Result<qint64>)>;
    using ExportDone = std::function<void(Result<qint64>)>;

    //! Entries matching `filter`, newest first (page with filter.beforeSeq).
    virtual void query(const audit::AuditFilter &filter, QObject *context, EntriesDone done) = 0;
    //! The newest entry's number (0 when empty): cheap, for noticing new entries.
    virtual void head(QObject *context, HeadDone done) = 0;
    //! Recomputes the whole hash chain.
    virtual void verify(QObject *context, VerifyDone done) = 0;
    //! Writes every entry matching `filter` to `path` as CSV and records the
    //! export itself in the log. Answers with the number of entries written.
    virtual void exportCsv(const audit::AuditFilter &filter, const QString &path, QObject *context, ExportDone done) = 0;

Q_SIGNALS:
    //! The log became readable (the database finished opening): ask again.
    void ready();
};

} // namespace kassa::engine
