// Logging: routes qDebug/qCInfo/... of the whole process to a rotating file
// in the profile (logs/kassa.log, .1, .2, ...) and warnings to stderr.
#pragma once

#include "profile/Config.h"

#include <QString>

namespace kassa::logging {

struct Options {
    QString directory;
    Config::LogLevel level = Config::LogLevel::Info;
    qint64 maxFileBytes = 10 * 1024 * 1024;
    int files = 5;
    QString rules; //!< extra QLoggingCategory filter rules
    bool echoToStderr = false; //!< every line to stderr too (kassa-cli serve)
};

//! Until install() runs there is no log file: keep Kassa's informational
//! lines off the terminal (warnings still show).
void quietUntilInstalled();

//! The options a profile's config asks for.
Options optionsFor(const QString &logDirectory, const Config &config, bool echoToStderr = false);

//! Installs the process-wide message handler. Safe to call again (replaces).
void install(const Options &options);
//! Restores Qt's default handler and closes the file.
void uninstall();
//! Path of the current log file, empty when not installed.
QString currentFile();

//! Replaces credentials in text that may carry them (URL passwords,
//! "password=" pairs) before it goes to a log line.
QString redact(const QString &text);

} // namespace kassa::logging
