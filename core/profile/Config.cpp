#include "profile/Config.h"

#include "base/Log.h"
#include "i18n/Languages.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace kassa {

namespace {

const char kTemplate[] = "; Kassa configuration. Every key is explained in doc/config.md.\n"
                         "; Lines starting with ';' are comments. Kassa rewrites this file when you\n"
                         "; change a setting in the console, so keep notes elsewhere.\n"
                         "\n"
                         "[database]\n"
                         "; Empty: the SQLite file kassa.sqlite in this profile.\n"
                         "; Shared use: postgresql://USER@HOST:PORT/DBNAME (password in PGPASSFILE or the URL).\n"
                         "url=\n"
                         "\n"
                         "[ui]\n"
                         "; system, en, zh_CN, ja or nl\n"
                         "language=system\n"
                         "; Lock the console after this many minutes without use (0: never).\n"
                         "lock_after_minutes=10\n"
                         "\n"
                         "[log]\n"
                         "; debug, info or warning\n"
                         "level=info\n"
                         "max_file_kb=10240\n"
                         "files=5\n"
                         "\n"
                         "[keys]\n"
                         "; Where wallet secrets live: keychain (the system keychain) or file\n"
                         "; (keys.kassaenc in this profile, sealed with a passphrase asked at unlock).\n"
                         "store=keychain\n"
                         "\n"
                         "; Chains: ethereum, bsc, polygon, arbitrum, base and tron are off until you\n"
                         "; enable one (Settings > Chains, or a group here); local is a test node.\n"
                         "; [chain.ethereum]\n"
                         "; enabled=true\n";

Error badValue(const QString &path, const QString &key, const QString &value, const QString &allowed)
{
    return makeError(ErrorCode::Config,
        QStringLiteral("%1: invalid value '%2' for %3 (allowed: %4)").arg(path, value, key, allowed),
        Config::tr("The setting %1 in %2 has the invalid value “%3”.").arg(key, path, value),
        Config::tr("Allowed: %1. See doc/config.md.").arg(allowed));
}

} // namespace

Result<Config> Config::load(const QString &path)
{
    Config config;
    config.m_path = path;

    if (!QFileInfo::exists(path)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kTemplate) < 0 || !file.commit()) {
            return makeError(ErrorCode::Io,
                QStringLiteral("Cannot write default config %1: %2").arg(path, file.errorString()),
                tr("Kassa could not create its settings file %1.").arg(path),
                tr("Check the permissions of the profile folder."));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qCInfo(lcProfile) << "wrote default configuration" << path;
    }

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        return makeError(ErrorCode::Config, QStringLiteral("Cannot parse config %1").arg(path),
            tr("The settings file %1 cannot be read.").arg(path),
            tr("Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults."));
    }

    config.m_databaseUrl = settings.value(QStringLiteral("database/url")).toString().trimmed();

    const QString language =
        settings.value(QStringLiteral("ui/language"), QStringLiteral("system")).toString().trimmed();
    if (language != QLatin1String("system") && !i18n::isShippedLanguage(language)) {
        return badValue(path, QStringLiteral("ui/language"), language,
            QStringLiteral("system, ") + i18n::shippedLanguageCodes().join(QStringLiteral(", ")));
    }
    config.m_language = language;

    const QString lockText =
        settings.value(QStringLiteral("ui/lock_after_minutes"), QStringLiteral("10")).toString().trimmed();
    bool lockOk = false;
    const int lockMinutes = lockText.toInt(&lockOk);
    if (!lockOk || lockMinutes < 0 || lockMinutes > 1440)
        return badValue(path, QStringLiteral("ui/lock_after_minutes"), lockText, QStringLiteral("0 … 1440"));
    config.m_lockAfterMinutes = lockMinutes;

    const QString keyStore =
        settings.value(QStringLiteral("keys/store"), QStringLiteral("keychain")).toString().trimmed().toLower();
    if (keyStore != QLatin1String("keychain") && keyStore != QLatin1String("file"))
        return badValue(path, QStringLiteral("keys/store"), keyStore, QStringLiteral("keychain, file"));
    config.m_keyStore = keyStore;

    const QString level =
        settings.value(QStringLiteral("log/level"), QStringLiteral("info")).toString().trimmed().toLower();
    if (level == QLatin1String("debug"))
        config.m_logLevel = LogLevel::Debug;
    else if (level == QLatin1String("info"))
        config.m_logLevel = LogLevel::Info;
    else if (level == QLatin1String("warning"))
        config.m_logLevel = LogLevel::Warning;
    else
        return badValue(path, QStringLiteral("log/level"), level, QStringLiteral("debug, info, warning"));

    bool ok = false;
    const QString maxKbText =
        settings.value(QStringLiteral("log/max_file_kb"), QStringLiteral("10240")).toString().trimmed();
    const qint64 maxKb = maxKbText.toLongLong(&ok);
    if (!ok || maxKb < 64 || maxKb > 1024 * 1024)
        return badValue(path, QStringLiteral("log/max_file_kb"), maxKbText, QStringLiteral("64 … 1048576"));
    config.m_logMaxFileBytes = maxKb * 1024;

    const QString filesText = settings.value(QStringLiteral("log/files"), QStringLiteral("5")).toString().trimmed();
    const int files = filesText.toInt(&ok);
    if (!ok || files < 1 || files > 100)
        return badValue(path, QStringLiteral("log/files"), filesText, QStringLiteral("1 … 100"));
    config.m_logFiles = files;

    config.m_logRules = settings.value(QStringLiteral("log/rules")).toString().trimmed();

    auto chains = chain::ChainSettingsFile::load(path);
    if (!chains.ok())
        return chains.error();
    config.m_chains = std::move(chains).value();
    return config;
}

Result<void> Config::setLanguage(const QString &language)
{
    if (language != QLatin1String("system") && !i18n::isShippedLanguage(language)) {
        return badValue(m_path, QStringLiteral("ui/language"), language,
            QStringLiteral("system, ") + i18n::shippedLanguageCodes().join(QStringLiteral(", ")));
    }
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), language);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1").arg(m_path),
            tr("Kassa could not save the settings file %1.").arg(m_path),
            tr("Check the permissions of the profile folder."));
    }
    m_language = language;
    return {};
}

std::optional<chain::ChainSettings> Config::chain(const QString &id) const
{
    for (const chain::ChainSettings &c : m_chains) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

Result<void> Config::setChain(const chain::ChainSettings &settings)
{
    auto saved = chain::ChainSettingsFile::save(m_path, settings);
    if (!saved.ok())
        return saved;
    bool replaced = false;
    for (chain::ChainSettings &c : m_chains) {
        if (c.id == settings.id) {
            c = settings;
            replaced = true;
        }
    }
    if (!replaced)
        m_chains << settings;
    return {};
}

} // namespace kassa
