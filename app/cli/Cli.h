// Shared pieces of kassa-cli: output helpers, the translation context of
// every command's messages, and the command table each command file adds
// itself to (one file per command group under app/cli/).
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace kassa {

//! The translation context "kassa::Cli" of every kassa-cli message.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(kassa::Cli)
};

} // namespace kassa

namespace kassa::cli {

using kassa::Cli;

//! What every command gets from the global options.
struct Context {
    QString profileDirectory; //!< --profile, empty for the default
    QString language; //!< --language, empty for the configured one
};

struct Command {
    QString name; //!< "status", "wallet", …
    QString (*summary)(); //!< one translated line for --help
    //! `args` starts with "kassa-cli <name>" (for QCommandLineParser) and
    //! holds the command's own arguments after it. Returns the exit code:
    //! 0 done, 1 failed, 2 usage error.
    int (*run)(const Context &context, const QStringList &args);
};

//! Every command, in the order --help lists them (defined in cli_main.cpp).
const QList<Command> &commands();

//! A line on standard output / standard error (prefixed "kassa-cli: ").
void out(const QString &text);
void err(const QString &text);
//! Prints "label  value" rows with the values aligned (CJK-aware).
void printTable(const QList<std::pair<QString, QString>> &rows);
//! Prints the error with its hint to standard error and returns 1.
int reportError(const Error &error);
//! The "Commands:" block of --help.
QString commandSummary();

} // namespace kassa::cli
