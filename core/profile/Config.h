// Config: the human-editable settings file (kassa.conf, INI) in a profile.
// Every key is documented in doc/config.md. Values are validated on load;
// a bad value is reported with the key and what is allowed, never guessed.
#pragma once

#include "base/Result.h"
#include "chain/ChainSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kassa {

class Config
{
    Q_DECLARE_TR_FUNCTIONS(kassa::Config)

public:
    enum class LogLevel { Debug, Info, Warning };

    //! Reads `path`; a missing file gives the defaults (and is created with
    //! a commented template so a person can find and edit it).
    static Result<Config> load(const QString &path);

    QString path() const { return m_path; }

    //! Database URL; empty means the SQLite file in the profile.
    QString databaseUrl() const { return m_databaseUrl; }
    //! "system" or one of the shipped language codes (en, zh_CN, ja, nl).
    QString language() const { return m_language; }
    //! Minutes without keyboard or mouse use before the console locks (0: never).
    int lockAfterMinutes() const { return m_lockAfterMinutes; }
    LogLevel logLevel() const { return m_logLevel; }
    qint64 logMaxFileBytes() const { return m_logMaxFileBytes; }
    int logFiles() const { return m_logFiles; }
    QString logRules() const { return m_logRules; }
    //! Where wallet secrets are kept: "keychain" (the system keychain) or
    //! "file" (keys.kassaenc in the profile, sealed with a passphrase).
    QString keyStore() const { return m_keyStore; }
    //! Every chain Kassa knows ([chain.<id>] groups over the defaults), plus
    //! the local test network when configured. See chain/ChainSettings.h.
    const QList<chain::ChainSettings> &chains() const { return m_chains; }
    //! One chain's settings, if Kassa knows it.
    std::optional<chain::ChainSettings> chain(const QString &id) const;

    //! Changes the language and writes it to the file.
    Result<void> setLanguage(const QString &language);
    //! Validates one chain's settings and writes its [chain.<id>] group.
    Result<void> setChain(const chain::ChainSettings &settings);

private:
    Config() = default;

    QString m_path;
    QString m_databaseUrl;
    QString m_language = QStringLiteral("system");
    int m_lockAfterMinutes = 10;
    LogLevel m_logLevel = LogLevel::Info;
    qint64 m_logMaxFileBytes = 10 * 1024 * 1024;
    int m_logFiles = 5;
    QString m_logRules;
    QString m_keyStore = QStringLiteral("keychain");
    QList<chain::ChainSettings> m_chains;
};

} // namespace kassa
