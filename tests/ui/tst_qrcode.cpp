// QrCode: what it draws decodes back to the same text with an independent
// decoder (zbarimg from Debian's zbar-tools): plain addresses, an EIP-681
// payment request, a Tron address; too much text gives no code.
#include "Application.h"
#include "QrCode.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>

using namespace kassa;
using ui::QrCode;

class TestQrCode : public QObject
{
    Q_OBJECT

private:
    test::TempProfile m_dir;

private Q_SLOTS:
    void decodesBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::newRow("eip55") << QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94") << 4;
        QTest::newRow("eip681") << QStringLiteral(
            "ethereum:0xdAC17F958D2ee523a2206206994597C13D831ec7@1/transfer?"
            "address=0x9858EfFD232B4033E47d90003D41EC34EcaEda94&uint256=12500000") << 3;
        QTest::newRow("tron") << QStringLiteral("TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH") << 2;
        QTest::newRow("scale-2-eip55-lower") << QStringLiteral("0x70997970c51812dc3a010c7d01b50e0d17dc79c8") << 2;
    }
    void decodesBack()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbar.isEmpty())
            QFAIL("zbarimg is missing: install zbar-tools (make test's dependency step does)");
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QVERIFY(code.size() >= 21);
        const QImage image = code.toImage(scale);
        QCOMPARE(image.width(), (code.size() + 8) * scale);
        const QString path = m_dir.file(QStringLiteral("qr-%1.png").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(image.save(path));
        QProcess process;
        process.start(zbar, {QStringLiteral("--raw"), QStringLiteral("-q"), path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), text);
    }

    void tooLong()
    {
        QVERIFY(QrCode::encode(QString(5000, QLatin1Char('x'))).isNull());
        QVERIFY(QrCode::encode(QString(5000, QLatin1Char('x'))).toImage(4).isNull());
        const QrCode code = QrCode::encode(QStringLiteral("x"));
        QCOMPARE(code.scaleFor(10), 1);
        QCOMPARE(code.scaleFor(29 * 7), 7);
    }
};

KASSA_TEST_GUI_MAIN(kassa::ui::Application, TestQrCode)
#include "tst_qrcode.moc"
