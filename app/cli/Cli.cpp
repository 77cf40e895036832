#include "cli/Cli.h"

#include <cstdio>

namespace kassa::cli {

namespace {

// Terminal columns of a text: CJK and full-width characters take two.
int columns(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = u >= 0x1100
            && (u <= 0x115f || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
                || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60)
                || (u >= 0xffe0 && u <= 0xffe6));
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

void err(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("kassa-cli: ") + text + QLatin1Char('\n')), stderr);
}

void printTable(const QList<std::pair<QString, QString>> &rows)
{
    int widest = 0;
    for (const auto &row : rows)
        widest = qMax(widest, columns(row.first));
    for (const auto &row : rows)
        out(row.first + QString(widest - columns(row.first) + 2, QLatin1Char(' ')) + row.second);
}

int reportError(const Error &error)
{
    err(error.displayText());
    return 1;
}

QString commandSummary()
{
    int widest = 0;
    for (const Command &command : commands())
        widest = qMax(widest, int(command.name.size()));
    QString text = Cli::tr("Commands:");
    for (const Command &command : commands())
        text += QStringLiteral("\n  ") + command.name.leftJustified(widest + 2) + command.summary();
    return text;
}

} // namespace kassa::cli
