#include "store/DatabaseUrl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace kassa::store {

namespace {

QString shownUrl(const QString &text)
{
    // Never echo a password back, even in an error.
    const QUrl url(text);
    if (url.isValid() && !url.password().isEmpty()) {
        QUrl copy(url);
        copy.setPassword(QStringLiteral("***"));
        return copy.toString();
    }
    return text;
}

//! `why` is English for the log; `sentence` the whole translated message.
Error invalid(const QString &text, const QString &why, const QString &sentence)
{
    return makeError(ErrorCode::Config, QStringLiteral("Invalid database URL %1: %2").arg(shownUrl(text), why),
        sentence,
        DatabaseUrl::tr("Use an empty value for the built-in SQLite file, or postgresql://USER@HOST:PORT/DATABASE."));
}

const QStringList &allowedOptions()
{
    static const QStringList options = {QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
        QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("target_session_attrs")};
    return options;
}

} // namespace

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.engine = Engine::Sqlite;
    url.path = QDir::cleanPath(QDir(path).absolutePath());
    return url;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text, const QString &profileDirectory)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return sqliteFile(profileDirectory + QStringLiteral("/kassa.sqlite"));

    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(int(qstrlen("sqlite:")));
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///abs/path -> /abs/path
        if (path.isEmpty())
            return invalid(
                trimmed, QStringLiteral("no file name"), tr("The database URL “%1” names no file.").arg(trimmed));
        if (QDir::isRelativePath(path))
            path = profileDirectory + QLatin1Char('/') + path;
        return sqliteFile(path);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(
            trimmed, url.errorString(), tr("The database URL “%1” cannot be read as a URL.").arg(shownUrl(trimmed)));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return invalid(trimmed, QStringLiteral("unknown scheme '%1'").arg(scheme),
            tr("The database URL “%1” starts with “%2”, which Kassa does not support.").arg(shownUrl(trimmed), scheme));

    DatabaseUrl result;
    result.engine = Engine::Postgres;
    result.host = url.host();
    if (result.host.isEmpty())
        return invalid(
            trimmed, QStringLiteral("no host"), tr("The database URL “%1” names no server.").arg(shownUrl(trimmed)));
    result.port = url.port(5432);
    if (result.port < 1 || result.port > 65535)
        return invalid(trimmed, QStringLiteral("bad port"),
            tr("The database URL “%1” has a port outside 1–65535.").arg(shownUrl(trimmed)));
    result.user = url.userName();
    result.password = url.password();
    result.database = url.path().mid(1);
    if (result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
        return invalid(trimmed, QStringLiteral("no database name"),
            tr("The database URL “%1” names no database.").arg(shownUrl(trimmed)));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedOptions().contains(key))
            return invalid(trimmed, QStringLiteral("unknown option '%1'").arg(key),
                tr("The database URL “%1” has the option “%2”, which Kassa does not support.")
                    .arg(shownUrl(trimmed), key));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return invalid(trimmed, QStringLiteral("bad value for '%1'").arg(key),
                tr("The database URL “%1” has an invalid value for the option “%2”.").arg(shownUrl(trimmed), key));
        result.options.insert(key, value);
    }
    return result;
}

QString DatabaseUrl::displayString() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        out += user;
        if (!password.isEmpty())
            out += QStringLiteral(":***");
        out += QLatin1Char('@');
    }
    out += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!options.isEmpty()) {
        QStringList pairs;
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            pairs << it.key() + QLatin1Char('=') + it.value();
        out += QLatin1Char('?') + pairs.join(QLatin1Char('&'));
    }
    return out;
}

QString DatabaseUrl::qpsqlConnectOptions() const
{
    QStringList pairs {QStringLiteral("application_name=kassa")};
    if (!options.contains(QStringLiteral("connect_timeout")))
        pairs << QStringLiteral("connect_timeout=10");
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    return pairs.join(QLatin1Char(';'));
}

} // namespace kassa::store
