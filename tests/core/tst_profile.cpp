#include "TestSupport.h"
#include "profile/Profile.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace kassa;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsDirectoryOwnerOnly()
    {
        test::TempProfile tmp;
        const QString dir = tmp.file(QStringLiteral("nested/profile"));
        auto profile = Profile::open(dir);
        KASSA_VERIFY_OK(profile);
        QCOMPARE(profile->directory(), dir);
        QVERIFY(QFileInfo(dir).isDir());
        QVERIFY(QFileInfo(profile->logDirectory()).isDir());
        const auto perms = QFile::permissions(dir);
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(!(perms & QFileDevice::ReadOther));
        QVERIFY(!(perms & QFileDevice::ReadGroup));
        QCOMPARE(profile->configPath(), dir + QStringLiteral("/kassa.conf"));
        QCOMPARE(profile->databasePath(), dir + QStringLiteral("/kassa.sqlite"));
        QCOMPARE(profile->uiStatePath(), dir + QStringLiteral("/ui-state.ini"));
    }

    void refusesAFile()
    {
        test::TempProfile tmp;
        const QString path = tmp.file(QStringLiteral("file"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto profile = Profile::open(path);
        QVERIFY(!profile.ok());
        QCOMPARE(profile.error().code, ErrorCode::Config);
        QVERIFY(profile.error().userMessage.contains(path));
        QVERIFY(!profile.error().hint.isEmpty());
    }

    void defaultDirectoryHonoursEnvironment()
    {
        test::TempProfile tmp;
        qputenv("KASSA_PROFILE", tmp.path().toUtf8());
        QCOMPARE(Profile::defaultDirectory(), tmp.path());
        qunsetenv("KASSA_PROFILE");
        QVERIFY(Profile::defaultDirectory().endsWith(QStringLiteral("/kassa")));
        // Test mode keeps us away from the user's real data.
        QVERIFY(Profile::defaultDirectory().contains(QStringLiteral(".qttest")));
    }

    void secondLockIsRefusedWithAClearMessage()
    {
        test::TempProfile tmp;
        auto first = Profile::open(tmp.path());
        KASSA_VERIFY_OK(first);
        KASSA_VERIFY_OK(first->lock());
        QVERIFY(first->isLocked());
        KASSA_VERIFY_OK(first->lock()); // idempotent

        auto second = Profile::open(tmp.path());
        KASSA_VERIFY_OK(second);
        auto locked = second->lock();
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, ErrorCode::ProfileLocked);
        QVERIFY(locked.error().userMessage.contains(QString::number(QCoreApplication::applicationPid())));
    }

    void lockOfADeadProcessIsTakenOver()
    {
        test::TempProfile tmp;
        // A lock file left behind by a process that no longer exists.
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(sh.waitForFinished());
        const QByteArray deadPid = sh.readAllStandardOutput().trimmed();
        QFile lock(tmp.file(QStringLiteral("kassa.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(deadPid + "\nkassa\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        auto profile = Profile::open(tmp.path());
        KASSA_VERIFY_OK(profile);
        KASSA_VERIFY_OK(profile->lock());
    }
};

KASSA_TEST_MAIN(TestProfile)
#include "tst_profile.moc"
