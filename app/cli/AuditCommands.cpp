// kassa-cli audit: check the audit log's hash chain, list and export it.
#include "cli/Commands.h"

#include "cli/CliEngine.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "engine/Engine.h"
#include "profile/Config.h"
#include "profile/Logging.h"
#include "profile/Profile.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <memory>

namespace kassa::cli {

namespace {

QString auditSummary()
{
    return Cli::tr("Check the audit log's hash chain (verify), list or export it.");
}

QJsonObject entryJson(const audit::AuditEntry &e)
{
    return QJsonObject {
        {QStringLiteral("seq"), e.seq},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("actor_kind"), QLatin1String(audit::actorKindName(e.actor.kind))},
        {QStringLiteral("actor_id"), e.actor.id},
        {QStringLiteral("actor_name"), e.actor.name},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("subject_kind"), e.subjectKind},
        {QStringLiteral("subject_id"), e.subjectId},
        {QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object()},
        {QStringLiteral("hash"), e.hash},
    };
}

int runVerify(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Recompute the audit log's hash chain and name the first entry that was changed, removed or "
                "inserted. Exit status 0: intact; 1: broken or unreadable."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOption(jsonOption);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    OpenedEngine opened = openEngine(context);
    if (opened.code != 0)
        return opened.code;
    auto reader = opened.engine->database()->reader();
    if (!reader.ok())
        return reportError(reader.error());
    auto report = audit::AuditLog::verify(reader.value());
    if (!report.ok())
        return reportError(report.error());
    if (parser.isSet(jsonOption)) {
        QJsonObject json {{QStringLiteral("ok"), report->ok}, {QStringLiteral("entries"), report->entries},
            {QStringLiteral("head_hash"), report->headHash}};
        if (!report->ok) {
            json.insert(QStringLiteral("first_broken_seq"), report->firstBrokenSeq);
            json.insert(QStringLiteral("problem"), report->problem);
        }
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    } else if (report->ok) {
        out(Cli::tr("The audit log is intact: %n entries checked.", nullptr, int(report->entries)));
        if (report->entries > 0)
            out(Cli::tr("Newest entry's hash: %1 (note it down: a later check that shows an older or different hash "
                        "means the log was rewritten).")
                    .arg(report->headHash));
    } else {
        err(Cli::tr("The audit log is broken at entry %1.").arg(report->firstBrokenSeq));
        err(report->problemDisplay);
    }
    return report->ok ? 0 : 1;
}

// Reads the filter options. On a bad value `error` names it: "--limit", or
// the time text that did not parse.
audit::AuditFilter filterFrom(const QCommandLineParser &parser, const QCommandLineOption &action,
    const QCommandLineOption &since, const QCommandLineOption &until, const QCommandLineOption &limit, QString *error)
{
    audit::AuditFilter f;
    f.actionPrefix = parser.value(action);
    const QCommandLineOption *timeOptions[] = {&since, &until};
    qint64 *timeFields[] = {&f.fromMs, &f.toMs};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(*timeOptions[i]))
            continue;
        const QDateTime t = QDateTime::fromString(parser.value(*timeOptions[i]), Qt::ISODate);
        if (!t.isValid()) {
            *error = parser.value(*timeOptions[i]);
            return f;
        }
        *timeFields[i] = t.toMSecsSinceEpoch();
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        f.limit = parser.value(limit).toInt(&ok);
        if (!ok || f.limit < 1) {
            *error = QStringLiteral("--limit");
            return f;
        }
    }
    return f;
}

int runListOrExport(const Context &context, const QStringList &args, bool exporting)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(exporting
            ? Cli::tr("Write audit log entries as CSV (newest first) to a file or standard output.")
            : Cli::tr("List audit log entries, newest first."));
    const QCommandLineOption action(QStringLiteral("action"),
        Cli::tr("Only actions starting with <prefix>, e.g. payout. or payout.approve."), Cli::tr("prefix"));
    const QCommandLineOption since(
        QStringLiteral("since"), Cli::tr("Only entries at or after <time> (ISO 8601, UTC)."), Cli::tr("time"));
    const QCommandLineOption until(
        QStringLiteral("until"), Cli::tr("Only entries before <time> (ISO 8601, UTC)."), Cli::tr("time"));
    const QCommandLineOption limit(
        QStringLiteral("limit"), Cli::tr("At most <n> entries (default 200, export: all)."), Cli::tr("n"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Cli::tr("Write to <file> instead of standard output."), Cli::tr("file"));
    parser.addOptions({action, since, until, limit});
    if (exporting)
        parser.addOption(outOption);
    else
        parser.addOption(jsonOption);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    QString error;
    audit::AuditFilter filter = filterFrom(parser, action, since, until, limit, &error);
    if (error == QLatin1String("--limit")) {
        err(Cli::tr("--limit needs a positive whole number."));
        return 2;
    }
    if (!error.isEmpty()) {
        err(Cli::tr("“%1” is not a date and time like 2026-12-01 or 2026-12-01T08:00:00Z.").arg(error));
        return 2;
    }
    if (exporting && !parser.isSet(limit))
        filter.limit = 100000;
    OpenedEngine opened = openEngine(context);
    if (opened.code != 0)
        return opened.code;
    auto reader = opened.engine->database()->reader();
    if (!reader.ok())
        return reportError(reader.error());

    if (!exporting) {
        auto entries = audit::AuditLog::query(reader.value(), filter);
        if (!entries.ok())
            return reportError(entries.error());
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const audit::AuditEntry &e : entries.value())
                array.append(entryJson(e));
            out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            for (const audit::AuditEntry &e : entries.value()) {
                out(QStringLiteral("%1  %2  %3  %4  %5 %6")
                        .arg(e.seq)
                        .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate),
                            e.actor.name, audit::AuditActions::label(e.action), e.subjectKind, e.subjectId));
            }
        }
        return 0;
    }

    // Export pages through the whole selection so large logs never sit in memory at once.
    std::unique_ptr<QSaveFile> file;
    QFile stdoutFile;
    QIODevice *device = nullptr;
    if (parser.isSet(outOption)) {
        file = std::make_unique<QSaveFile>(parser.value(outOption));
        if (!file->open(QIODevice::WriteOnly)) {
            err(Cli::tr("Cannot write %1: %2").arg(parser.value(outOption), file->errorString()));
            return 1;
        }
        device = file.get();
    } else {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return 1;
        device = &stdoutFile;
    }
    int remaining = filter.limit;
    bool header = true;
    while (remaining > 0) {
        audit::AuditFilter page = filter;
        page.limit = qMin(remaining, 5000);
        auto entries = audit::AuditLog::query(reader.value(), page);
        if (!entries.ok())
            return reportError(entries.error());
        audit::AuditLog::writeCsv(*device, entries.value(), header);
        header = false;
        if (entries->size() < page.limit)
            break;
        remaining -= int(entries->size());
        filter.beforeSeq = entries->last().seq;
    }
    if (file && !file->commit()) {
        err(Cli::tr("Cannot write %1: %2").arg(parser.value(outOption), file->errorString()));
        return 1;
    }
    return 0;
}

int runAudit(const Context &context, const QStringList &args)
{
    const QString usage = Cli::tr("Usage: kassa-cli audit verify|list|export [options]");
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        out(usage);
        printTable({{QStringLiteral("  verify"), Cli::tr("Check the hash chain and name the first broken entry.")},
            {QStringLiteral("  list"), Cli::tr("List entries, newest first.")},
            {QStringLiteral("  export"), Cli::tr("Write entries as CSV.")}});
        return args.size() < 2 ? 2 : 0;
    }
    const QString sub = args.at(1);
    const QStringList rest = QStringList {args.at(0) + QLatin1Char(' ') + sub} + args.mid(2);
    if (sub == QLatin1String("verify"))
        return runVerify(context, rest);
    if (sub == QLatin1String("list"))
        return runListOrExport(context, rest, false);
    if (sub == QLatin1String("export"))
        return runListOrExport(context, rest, true);
    err(Cli::tr("Unknown audit command “%1”.").arg(sub));
    err(usage);
    return 2;
}

} // namespace

Command auditCommand()
{
    return {QStringLiteral("audit"), &auditSummary, &runAudit};
}

} // namespace kassa::cli
