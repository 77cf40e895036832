// Shared fixtures for Kassa's tests: the test main, a temporary profile,
// and the source/binary directories.
#pragma once

#include "base/Result.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace kassa::test {

//! Pins everything a test must not inherit from the machine.
inline void pinEnvironment()
{
    QLocale::setDefault(QLocale::c());
    // Never touch the real ~/.local/share/kassa or ~/.config.
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("KASSA_PROFILE");
}

//! A temporary profile directory, removed when the test ends.
class TempProfile
{
public:
    TempProfile() : m_dir(QDir::tempPath() + QStringLiteral("/kassa-test-XXXXXX"))
    {
        QVERIFY2(m_dir.isValid(), "temp dir");
    }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

inline QString sourceDir()
{
    return QStringLiteral(KASSA_SOURCE_DIR);
}

inline QString binaryDir()
{
    return QStringLiteral(KASSA_BINARY_DIR);
}

//! tests/node: node_modules with anvil, ethers, tronweb and solc (make deps).
inline QString nodeDir()
{
    return QStringLiteral(KASSA_NODE_DIR);
}

//! The anvil binary from npm (the wrapper package's platform binary).
inline QString anvilPath()
{
    return nodeDir() + QStringLiteral("/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
}

//! Text of an error for QVERIFY2 messages.
inline QByteArray describe(const Error &error)
{
    return (QLatin1String(errorCodeName(error.code)) + QStringLiteral(": ") + error.message).toUtf8();
}

} // namespace kassa::test

#define KASSA_VERIFY_OK(expr)                                                                                          \
    do {                                                                                                               \
        const auto &kassa_result_ = (expr);                                                                            \
        QVERIFY2(                                                                                                      \
            kassa_result_.ok(), kassa_result_.ok() ? "" : kassa::test::describe(kassa_result_.error()).constData());   \
    } while (false)

//! main() for core tests: no GUI, pinned environment.
#define KASSA_TEST_MAIN(TestClass)                                                                                     \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication app(argc, argv);                                                                              \
        kassa::test::pinEnvironment();                                                                                 \
        TestClass tc;                                                                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }

//! main() for widget tests (offscreen via the ctest environment).
#define KASSA_TEST_GUI_MAIN(AppClass, TestClass)                                                                       \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        AppClass app(argc, argv);                                                                                      \
        kassa::test::pinEnvironment();                                                                                 \
        TestClass tc;                                                                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
