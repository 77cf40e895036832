#include "TestSupport.h"
#include "i18n/Languages.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDirIterator>

using namespace kassa;

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsFourLanguages()
    {
        QCOMPARE(i18n::shippedLanguageCodes(),
            QStringList({QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("nl")}));
        for (const i18n::Language &language : i18n::shippedLanguages()) {
            QVERIFY(!language.nativeName.isEmpty());
            QVERIFY(QFile::exists(QStringLiteral(":/i18n/kassa_%1.qm").arg(language.code)));
        }
    }

    void resolvesUiLanguages_data()
    {
        QTest::addColumn<QStringList>("ui");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh-Hans-CN") << QStringList {QStringLiteral("zh-Hans-CN")} << QStringLiteral("zh_CN");
        QTest::newRow("zh-CN") << QStringList {QStringLiteral("zh-CN")} << QStringLiteral("zh_CN");
        QTest::newRow("zh") << QStringList {QStringLiteral("zh")} << QStringLiteral("zh_CN");
        QTest::newRow("zh_SG") << QStringList {QStringLiteral("zh_SG")} << QStringLiteral("zh_CN");
        QTest::newRow("zh-TW then ja") << QStringList {QStringLiteral("zh-TW"), QStringLiteral("ja")}
                                       << QStringLiteral("ja");
        QTest::newRow("zh-Hant only") << QStringList {QStringLiteral("zh-Hant-HK")} << QStringLiteral("en");
        QTest::newRow("ja-JP") << QStringList {QStringLiteral("ja-JP")} << QStringLiteral("ja");
        QTest::newRow("nl-BE") << QStringList {QStringLiteral("nl-BE")} << QStringLiteral("nl");
        QTest::newRow("de then nl") << QStringList {QStringLiteral("de-DE"), QStringLiteral("nl-NL")}
                                    << QStringLiteral("nl");
        QTest::newRow("fr") << QStringList {QStringLiteral("fr-FR")} << QStringLiteral("en");
        QTest::newRow("empty") << QStringList {} << QStringLiteral("en");
    }

    void resolvesUiLanguages()
    {
        QFETCH(QStringList, ui);
        QFETCH(QString, expected);
        QCOMPARE(i18n::resolve(ui), expected);
    }

    // Each language loads, and a known string comes back translated — in
    // core (Migrator), the console (MainWindow) and Qt's own strings.
    void knownStringsAreTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QString>("qtCancel");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Dashboard") << QStringLiteral("Cancel");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QString::fromUtf8("仪表板") << QString::fromUtf8("取消");
        QTest::newRow("ja") << QStringLiteral("ja") << QString::fromUtf8("ダッシュボード")
                            << QString::fromUtf8("キャンセル");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("Dashboard") << QStringLiteral("Annuleren");
    }

    void knownStringsAreTranslated()
    {
        QFETCH(QString, code);
        QFETCH(QString, dashboard);
        QFETCH(QString, qtCancel);
        i18n::Translators translators;
        QCOMPARE(translators.apply(code), code);
        QCOMPARE(translators.current(), code);
        QCOMPARE(QCoreApplication::translate("kassa::ui::MainWindow", "Dashboard"), dashboard);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
        const QString orders = QCoreApplication::translate("kassa::ui::MainWindow", "Orders");
        if (code == QLatin1String("en"))
            QCOMPARE(orders, QStringLiteral("Orders"));
        else
            QVERIFY2(orders != QLatin1String("Orders"), qPrintable(code));
        const QString schemaError = QCoreApplication::translate("kassa::store::Migrator",
            "Install the newer Kassa again, or open another profile. The database was not changed.");
        QVERIFY(!schemaError.isEmpty());
        if (code != QLatin1String("en"))
            QVERIFY(!schemaError.startsWith(QLatin1String("Install the newer")));
    }

    void switchingReplacesTheTranslator()
    {
        i18n::Translators translators;
        translators.apply(QStringLiteral("ja"));
        translators.apply(QStringLiteral("nl"));
        QCOMPARE(QCoreApplication::translate("kassa::ui::MainWindow", "Orders"), QStringLiteral("Bestellingen"));
        translators.removeAll();
        QCOMPARE(QCoreApplication::translate("kassa::ui::MainWindow", "Orders"), QStringLiteral("Orders"));
    }

    void systemSettingFollowsTheLocale()
    {
        i18n::Translators translators;
        const QString resolved = translators.apply(QStringLiteral("system"));
        QVERIFY(i18n::isShippedLanguage(resolved));
    }
};

KASSA_TEST_MAIN(TestLanguages)
#include "tst_languages.moc"
