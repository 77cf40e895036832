// Profile: the directory that holds one Kassa installation's state —
// kassa.conf (human-edited), the SQLite database, logs and UI state.
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace kassa {

class Profile
{
    Q_DECLARE_TR_FUNCTIONS(kassa::Profile)

public:
    //! Opens (creating if needed, mode 0700) the profile directory `dir`.
    //! An empty `dir` means $KASSA_PROFILE, else the per-user data location.
    static Result<Profile> open(const QString &dir = {});

    //! The directory a profile would default to (without creating it).
    static QString defaultDirectory();

    QString directory() const { return m_dir; }
    QString configPath() const;
    QString databasePath() const;
    QString logDirectory() const;
    QString uiStatePath() const;

    //! Takes the profile's engine lock so that two processes never run the
    //! watchers and the database writer on the same profile at once.
    Result<void> lock();
    bool isLocked() const;

private:
    explicit Profile(QString dir) : m_dir(std::move(dir)) { }

    QString m_dir;
    std::shared_ptr<QLockFile> m_lock;
};

} // namespace kassa
