#include "profile/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

namespace kassa::logging {

namespace {

struct Sink {
    QMutex mutex;
    Options options;
    QFile file;
    bool installed = false;
};

Sink &sink()
{
    static Sink s;
    return s;
}

QString filePath(const Options &options, int index)
{
    const QString base = options.directory + QStringLiteral("/kassa.log");
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

// Caller holds the mutex.
void rotate(Sink &s)
{
    s.file.close();
    QFile::remove(filePath(s.options, s.options.files - 1));
    for (int i = s.options.files - 2; i >= 0; --i) {
        if (QFile::exists(filePath(s.options, i)))
            QFile::rename(filePath(s.options, i), filePath(s.options, i + 1));
    }
    s.file.setFileName(filePath(s.options, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "DEBUG";
    case QtInfoMsg: return "INFO";
    case QtWarningMsg: return "WARN";
    case QtCriticalMsg: return "ERROR";
    case QtFatalMsg: return "FATAL";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
    const QByteArray line =
        (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + QLatin1String(levelName(type))
            + QLatin1Char(' ') + category + QStringLiteral(": ") + redact(message) + QLatin1Char('\n'))
            .toUtf8();
    Sink &s = sink();
    // QtInfoMsg sorts after QtFatalMsg in the enum, so name the levels.
    bool toStderr = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    {
        QMutexLocker locker(&s.mutex);
        toStderr = toStderr || s.options.echoToStderr;
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > s.options.maxFileBytes)
                rotate(s);
            s.file.write(line);
            s.file.flush();
        } else {
            toStderr = true;
        }
    }
    if (toStderr) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void quietUntilInstalled()
{
    QLoggingCategory::setFilterRules(QStringLiteral("kassa.*.debug=false\nkassa.*.info=false"));
}

Options optionsFor(const QString &logDirectory, const Config &config, bool echoToStderr)
{
    return {logDirectory, config.logLevel(), config.logMaxFileBytes(), config.logFiles(), config.logRules(),
            echoToStderr};
}

void install(const Options &options)
{
    Sink &s = sink();
    {
        QMutexLocker locker(&s.mutex);
        s.file.close();
        s.options = options;
        if (s.options.files < 1)
            s.options.files = 1;
        QDir().mkpath(options.directory);
        s.file.setFileName(filePath(s.options, 0));
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            std::fprintf(stderr, "kassa: cannot open log file %s: %s\n", qPrintable(s.file.fileName()),
                qPrintable(s.file.errorString()));
        }
        s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        s.installed = true;
    }
    QString rules;
    switch (options.level) {
    case Config::LogLevel::Debug: rules = QStringLiteral("kassa.*.debug=true"); break;
    case Config::LogLevel::Info: rules = QStringLiteral("kassa.*.debug=false"); break;
    case Config::LogLevel::Warning: rules = QStringLiteral("kassa.*.debug=false\nkassa.*.info=false"); break;
    }
    if (!options.rules.isEmpty())
        rules += QLatin1Char('\n') + QString(options.rules).replace(QLatin1Char(';'), QLatin1Char('\n'));
    QLoggingCategory::setFilterRules(rules);
    qInstallMessageHandler(handler);
}

void uninstall()
{
    qInstallMessageHandler(nullptr);
    Sink &s = sink();
    QMutexLocker locker(&s.mutex);
    s.file.close();
    s.installed = false;
}

QString currentFile()
{
    Sink &s = sink();
    QMutexLocker locker(&s.mutex);
    return s.installed ? s.file.fileName() : QString();
}

QString redact(const QString &text)
{
    // scheme://user:password@host  ->  scheme://user:***@host
    static const QRegularExpression urlPassword(QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.\-]*://[^/\s:@]*):[^@\s/]*@)"));
    // password=secret, passphrase: secret, token=..., api_key=... (key/value
    // shapes in messages), also with a prefix: access_token=, trongrid_api_key=,
    // TRON-PRO-API-KEY: (TronGrid's header).
    static const QRegularExpression keyValue(
        QStringLiteral(
            R"(\b([\w-]*?(?:password|passwd|passphrase|secret|token|api[_-]?key))(\s*[=:]\s*)([^\s&,;'"]+))"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(urlPassword, QStringLiteral("\\1:***@"));
    out.replace(keyValue, QStringLiteral("\\1\\2***"));
    return out;
}

} // namespace kassa::logging
