#include "TestSupport.h"
#include "base/Result.h"

#include <memory>

using namespace kassa;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(7);
        QVERIFY(good.ok());
        QCOMPARE(*good, 7);
        Result<int> bad(makeError(ErrorCode::InvalidInput, QStringLiteral("bad"), QStringLiteral("schlecht")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().message, QStringLiteral("bad"));
    }

    void moveOnlyValues()
    {
        Result<std::unique_ptr<int>> r(std::make_unique<int>(3));
        std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 3);
    }

    void voidResult()
    {
        Result<void> ok;
        QVERIFY(ok.ok());
        Result<void> failed = makeError(ErrorCode::Io, QStringLiteral("disk"), QStringLiteral("Disk"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Io);
    }

    void displayTextJoinsMessageAndHint()
    {
        const Error e =
            makeError(ErrorCode::Config, QStringLiteral("en"), QStringLiteral("shown"), QStringLiteral("do this"));
        QCOMPARE(e.displayText(), QStringLiteral("shown\ndo this"));
        const Error untranslated = makeError(ErrorCode::Config, QStringLiteral("english only"), QString());
        QCOMPARE(untranslated.displayText(), QStringLiteral("english only"));
    }

    void everyCodeHasAName()
    {
        const QList<ErrorCode> codes = {ErrorCode::Internal, ErrorCode::InvalidInput, ErrorCode::NotFound,
            ErrorCode::Io, ErrorCode::Config, ErrorCode::ProfileLocked, ErrorCode::Database, ErrorCode::SchemaTooNew,
            ErrorCode::MigrationFailed, ErrorCode::Network};
        QSet<QString> names;
        for (ErrorCode code : codes) {
            const QString name = QLatin1String(errorCodeName(code));
            QVERIFY(!name.isEmpty());
            QVERIFY2(name != QLatin1String("unknown"), "an ErrorCode has no name in errorCodeName()");
            names.insert(name);
        }
        QCOMPARE(names.size(), codes.size());
    }
};

KASSA_TEST_MAIN(TestResult)
#include "tst_result.moc"
