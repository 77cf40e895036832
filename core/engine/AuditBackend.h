// AuditBackend: the engine's AuditService over the store. Reads and the
// export run on the thread pool, each on that thread's own read connection;
// the export's own audit entry goes through the single writer.
#pragma once

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "engine/AuditService.h"

#include <functional>
#include <memory>

namespace kassa::store {
class Database;
}

namespace kassa::engine {

class AuditBackend final : public AuditService
{
    Q_OBJECT

public:
    //! `actor` says who is acting now (the unlocked operator; the system
    //! until operators exist), for the entry an export writes.
    AuditBackend(const Clock &clock, std::function<audit::Actor()> actor, QObject *parent = nullptr);

    //! Set once the database is open; calls before that fail with a clear error.
    void setDatabase(std::shared_ptr<store::Database> database);

    void query(const audit::AuditFilter &filter, QObject *context, EntriesDone done) override;
    void head(QObject *context, HeadDone done) override;
    void verify(QObject *context, VerifyDone done) override;
    void exportCsv(const audit::AuditFilter &filter, const QString &path, QObject *context, ExportDone done) override;

private:
    std::shared_ptr<store::Database> database() const;

    const Clock &m_clock;
    std::function<audit::Actor()> m_actor;
    std::shared_ptr<store::Database> m_database;
};

} // namespace kassa::engine
