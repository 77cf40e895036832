#include "store/SqlScript.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace kassa::store {

QSqlError beginWriteTransaction(QSqlDatabase &db, Engine engine)
{
    if (engine == Engine::Sqlite) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QSqlError() : query.lastError();
    }
    return db.transaction() ? QSqlError() : db.lastError();
}

QString amountColumnType(Engine engine)
{
    // SQLite has no exact 78-digit number type: keep the digits as text and
    // let the CHECK reject anything that is not a plain non-negative integer.
    return engine == Engine::Sqlite ? QStringLiteral("TEXT") : QStringLiteral("NUMERIC(78,0)");
}

QString preprocessSql(const QString &sql, Engine engine)
{
    QStringList kept;
    enum class Section { Both, Sqlite, Postgres } section = Section::Both;
    for (const QString &line : sql.split(QLatin1Char('\n'))) {
        const QString marker = line.trimmed();
        if (marker == QLatin1String("--@sqlite")) {
            section = Section::Sqlite;
            continue;
        }
        if (marker == QLatin1String("--@postgres")) {
            section = Section::Postgres;
            continue;
        }
        if (marker == QLatin1String("--@end")) {
            section = Section::Both;
            continue;
        }
        if (section == Section::Both || (section == Section::Sqlite && engine == Engine::Sqlite)
            || (section == Section::Postgres && engine == Engine::Postgres))
            kept << line;
    }
    QString out = kept.join(QLatin1Char('\n'));
    const bool sqlite = engine == Engine::Sqlite;
    out.replace(QStringLiteral("{{ID}}"),
        sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
               : QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
    static const QRegularExpression checkedAmount(QStringLiteral(R"(\{\{AMOUNT:([A-Za-z_][A-Za-z0-9_]*)\}\})"));
    out.replace(checkedAmount,
        sqlite ? QStringLiteral("TEXT CHECK (length(\\1) BETWEEN 1 AND 78 AND \\1 NOT GLOB '*[^0-9]*' AND (\\1 = '0' "
                                "OR \\1 NOT GLOB '0*'))")
               // Unscaled NUMERIC: NUMERIC(78,0) would round 1.5 to 2 silently.
               : QStringLiteral("NUMERIC CHECK (\\1 >= 0 AND \\1 = trunc(\\1) AND \\1 < 1e78)"));
    out.replace(QStringLiteral("{{AMOUNT}}"), amountColumnType(engine));
    out.replace(QStringLiteral("{{SAMOUNT}}"), sqlite ? QStringLiteral("TEXT") : QStringLiteral("NUMERIC(78,0)"));
    out.replace(QStringLiteral("{{BYTES}}"), sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    out.replace(QStringLiteral("{{BIGINT}}"), sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BIGINT"));
    return out;
}

QStringList splitSqlStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    const int n = int(sql.size());
    int depth = 0; // BEGIN … END nesting inside a CREATE TRIGGER
    bool inTrigger = false;
    static const QRegularExpression triggerStart(
        QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"), QRegularExpression::CaseInsensitiveOption);

    auto flush = [&]() {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
        depth = 0;
        inTrigger = false;
    };
    auto wordAt = [&](int i, QLatin1String word) {
        const int len = int(word.size());
        if (i + len > n || QStringView(sql).mid(i, len).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const bool startOk = i == 0 || !(sql[i - 1].isLetterOrNumber() || sql[i - 1] == QLatin1Char('_'));
        const bool endOk = i + len == n || !(sql[i + len].isLetterOrNumber() || sql[i + len] == QLatin1Char('_'));
        return startOk && endOk;
    };

    for (int i = 0; i < n; ++i) {
        const QChar c = sql[i];
        if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
            const int end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            int j = i + 1;
            while (j < n) {
                if (sql[j] == c) {
                    if (j + 1 < n && sql[j + 1] == c) { // doubled quote
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += QStringView(sql).mid(i, qMin(j, n - 1) - i + 1);
            i = j;
            continue;
        }
        if (c == QLatin1Char('$')) {
            // PostgreSQL dollar quoting: $tag$ … $tag$
            static const QRegularExpression tagRe(QStringLiteral(R"(\$[A-Za-z_]*\$)"));
            const auto m =
                tagRe.match(sql, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                const QString tag = m.captured(0);
                const int end = sql.indexOf(tag, i + int(tag.size()));
                const int stop = end < 0 ? n : end + int(tag.size());
                current += QStringView(sql).mid(i, stop - i);
                i = stop - 1;
                continue;
            }
        }
        if (current.trimmed().isEmpty() && !inTrigger) {
            const auto m = triggerStart.match(QStringView(sql).mid(i));
            if (m.hasMatch())
                inTrigger = true;
        }
        if (inTrigger) {
            if (wordAt(i, QLatin1String("BEGIN")) || wordAt(i, QLatin1String("CASE")))
                ++depth;
            else if (wordAt(i, QLatin1String("END")) && depth > 0)
                --depth;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return statements;
}

} // namespace kassa::store
