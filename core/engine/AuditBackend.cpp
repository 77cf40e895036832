#include "engine/AuditBackend.h"

#include "audit/AuditActions.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace kassa::engine {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(kassa::engine::AuditBackend)
};

Error notReady()
{
    return makeError(ErrorCode::Database, QStringLiteral("audit: the database is not open yet"),
        Texts::tr("The audit log is not available yet: the database is still opening."),
        Texts::tr("Wait a moment and try again."));
}

template<typename T, typename Work>
void runOnPool(QObject *context, std::function<void(Result<T>)> done, Work work)
{
    QtConcurrent::run(std::move(work)).then(context, [done = std::move(done)](Result<T> result) {
        done(std::move(result));
    });
}

} // namespace

AuditBackend::AuditBackend(const Clock &clock, std::function<audit::Actor()> actor, QObject *parent)
    : AuditService(parent), m_clock(clock), m_actor(std::move(actor))
{
}

void AuditBackend::setDatabase(std::shared_ptr<store::Database> database)
{
    m_database = std::move(database);
    if (m_database)
        Q_EMIT ready();
}

std::shared_ptr<store::Database> AuditBackend::database() const
{
    return m_database;
}

void AuditBackend::query(const audit::AuditFilter &filter, QObject *context, EntriesDone done)
{
    runOnPool<QList<audit::AuditEntry>>(context, std::move(done), [db = database(), filter]() -> Result<QList<audit::AuditEntry>> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        return audit::AuditLog::query(reader.value(), filter);
    });
}

void AuditBackend::head(QObject *context, HeadDone done)
{
    runOnPool<qint64>(context, std::move(done), [db = database()]() -> Result<qint64> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        auto head = audit::AuditLog::head(reader.value());
        if (!head.ok())
            return head.error();
        return head->first;
    });
}

void AuditBackend::verify(QObject *context, VerifyDone done)
{
    runOnPool<audit::VerifyReport>(context, std::move(done), [db = database()]() -> Result<audit::VerifyReport> {
        if (!db)
            return notReady();
        auto reader = db->reader();
        if (!reader.ok())
            return reader.error();
        return audit::AuditLog::verify(reader.value());
    });
}

void AuditBackend::exportCsv(const audit::AuditFilter &filter, const QString &path, QObject *context, ExportDone done)
{
    const audit::Actor actor = m_actor ? m_actor() : audit::Actor::system();
    runOnPool<qint64>(context, std::move(done),
        [db = database(), filter, path, actor, &clock = m_clock]() -> Result<qint64> {
            if (!db)
                return notReady();
            auto reader = db->reader();
            if (!reader.ok())
                return reader.error();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return makeError(ErrorCode::Io,
                    QStringLiteral("audit export: cannot write %1: %2").arg(path, file.errorString()),
                    Texts::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                    Texts::tr("Choose a folder you may write to, with enough free space."));
            }
            // Page through the selection so a large log never sits in memory.
            audit::AuditFilter page = filter;
            page.limit = 5000;
            qint64 written = 0;
            bool header = true;
            while (true) {
                auto entries = audit::AuditLog::query(reader.value(), page);
                if (!entries.ok())
                    return entries.error();
                audit::AuditLog::writeCsv(file, entries.value(), header);
                header = false;
                written += entries->size();
                if (entries->size() < page.limit)
                    break;
                page.beforeSeq = entries->last().seq;
            }
            if (!file.commit()) {
                return makeError(ErrorCode::Io,
                    QStringLiteral("audit export: cannot write %1: %2").arg(path, file.errorString()),
                    Texts::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                    Texts::tr("Choose a folder you may write to, with enough free space."));
            }
            auto recorded = db->writeAndWait([&](QSqlDatabase &c) -> Result<void> {
                audit::AuditEvent event;
                event.actor = actor;
                event.action = QLatin1String(audit::action::AuditExport);
                event.subjectKind = QStringLiteral("audit");
                event.subjectId = QFileInfo(path).fileName();
                event.details = QJsonObject {{QStringLiteral("entries"), written},
                    {QStringLiteral("action_prefix"), filter.actionPrefix}, {QStringLiteral("from_ms"), filter.fromMs},
                    {QStringLiteral("to_ms"), filter.toMs}, {QStringLiteral("text"), filter.text}};
                auto appended = audit::AuditLog::append(c, event, clock.nowMs());
                if (!appended.ok())
                    return appended.error();
                return {};
            });
            if (!recorded.ok())
                return recorded.error();
            return written;
        });
}

} // namespace kassa::engine
