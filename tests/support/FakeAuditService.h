// FakeAuditService: an AuditService for widget tests over entries the test
// sets, with the same newest-first paging and filtering as the real one.
#pragma once

#include "engine/AuditService.h"

#include <QMetaObject>
#include <QPointer>

namespace kassa::test {

class FakeAuditService : public engine::AuditService
{
    Q_OBJECT

public:
    using AuditService::AuditService;

    //! Entries oldest first; seq must count up from 1.
    QList<audit::AuditEntry> entries;
    audit::VerifyReport report;
    QList<audit::AuditFilter> queries; //!< every filter asked for
    QList<std::pair<audit::AuditFilter, QString>> exports;
    std::optional<Error> failNext;

    void query(const audit::AuditFilter &filter, QObject *context, EntriesDone done) override
    {
        queries << filter;
        QList<audit::AuditEntry> out;
        for (auto it = entries.crbegin(); it != entries.crend() && out.size() < filter.limit; ++it) {
            const audit::AuditEntry &e = *it;
            if (filter.beforeSeq > 0 && e.seq >= filter.beforeSeq)
                continue;
            if (!filter.actionPrefix.isEmpty() && !e.action.startsWith(filter.actionPrefix))
                continue;
            if (filter.fromMs > 0 && e.atMs < filter.fromMs)
                continue;
            if (filter.toMs > 0 && e.atMs >= filter.toMs)
                continue;
            if (!filter.text.isEmpty() && !e.actor.name.contains(filter.text) && !e.subjectId.contains(filter.text)
                && !e.details.contains(filter.text))
                continue;
            out << e;
        }
        answer<QList<audit::AuditEntry>>(context, std::move(done), out);
    }
    void head(QObject *context, HeadDone done) override
    {
        answer<qint64>(context, std::move(done), entries.isEmpty() ? 0 : entries.last().seq);
    }
    void verify(QObject *context, VerifyDone done) override
    {
        answer<audit::VerifyReport>(context, std::move(done), report);
    }
    void exportCsv(const audit::AuditFilter &filter, const QString &path, QObject *context, ExportDone done) override
    {
        exports << std::pair {filter, path};
        answer<qint64>(context, std::move(done), qint64(entries.size()));
    }

    //! Appends an entry as a module would.
    void add(const QString &action, const QString &actorName, const QString &subjectId, qint64 atMs,
        const QString &details = QStringLiteral("{}"))
    {
        audit::AuditEntry e;
        e.seq = entries.size() + 1;
        e.atMs = atMs;
        e.actor = audit::Actor::operatorAccount(QStringLiteral("op-%1").arg(actorName.size()), actorName);
        e.action = action;
        e.subjectKind = action.section(QLatin1Char('.'), 0, 0);
        e.subjectId = subjectId;
        e.details = details;
        e.prevHash = entries.isEmpty() ? QString(64, QLatin1Char('0')) : entries.last().hash;
        e.hash = QString(64, QLatin1Char('a' + char(e.seq % 6)));
        entries << e;
    }

private:
    template<typename T>
    void answer(QObject *context, std::function<void(Result<T>)> done, T value)
    {
        std::optional<Error> error = failNext;
        failNext.reset();
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done, value, error] {
                if (!guard)
                    return;
                if (error)
                    done(*error);
                else
                    done(value);
            },
            Qt::QueuedConnection);
    }
};

} // namespace kassa::test
