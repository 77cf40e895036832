#include "profile/Profile.h"

#include "base/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kassa {

QString Profile::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("KASSA_PROFILE");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir::cleanPath(base + QStringLiteral("/kassa"));
}

Result<Profile> Profile::open(const QString &dir)
{
    const QString path = dir.isEmpty() ? defaultDirectory() : QDir::cleanPath(QDir(dir).absolutePath());
    QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        return makeError(ErrorCode::Config, QStringLiteral("Profile path %1 exists and is not a directory").arg(path),
            tr("The profile path %1 is a file, not a folder.").arg(path), tr("Choose another folder with --profile."));
    }
    if (!info.exists()) {
        if (!QDir().mkpath(path)) {
            return makeError(ErrorCode::Io, QStringLiteral("Cannot create profile directory %1").arg(path),
                tr("Kassa could not create its profile folder %1.").arg(path),
                tr("Check that the parent folder exists and is writable, or choose another folder with --profile."));
        }
        qCInfo(lcProfile) << "created profile directory" << path;
    }
    // Owner-only: the database and logs are business records.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    Profile profile(path);
    if (!QDir().mkpath(profile.logDirectory())) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create log directory %1").arg(profile.logDirectory()),
            tr("Kassa could not create its log folder %1.").arg(profile.logDirectory()),
            tr("Check the permissions of the profile folder."));
    }
    QFileInfo probe(path);
    if (!probe.isWritable()) {
        return makeError(ErrorCode::Io, QStringLiteral("Profile directory %1 is not writable").arg(path),
            tr("The profile folder %1 is not writable.").arg(path),
            tr("Fix its permissions or choose another folder with --profile."));
    }
    return profile;
}

QString Profile::configPath() const
{
    return m_dir + QStringLiteral("/kassa.conf");
}

QString Profile::databasePath() const
{
    return m_dir + QStringLiteral("/kassa.sqlite");
}

QString Profile::logDirectory() const
{
    return m_dir + QStringLiteral("/logs");
}

QString Profile::uiStatePath() const
{
    return m_dir + QStringLiteral("/ui-state.ini");
}

Result<void> Profile::lock()
{
    if (m_lock && m_lock->isLocked())
        return {};
    auto lockFile = std::make_shared<QLockFile>(m_dir + QStringLiteral("/kassa.lock"));
    lockFile->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lockFile->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lockFile->getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::ProfileLocked,
            QStringLiteral("Profile %1 is locked by pid %2 on %3").arg(m_dir).arg(pid).arg(host),
            tr("Another Kassa (process %1) is already using the profile %2.").arg(pid).arg(m_dir),
            tr("Close the other Kassa window or stop kassa-cli serve, then try again."));
    }
    m_lock = std::move(lockFile);
    return {};
}

bool Profile::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace kassa
