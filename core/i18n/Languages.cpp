#include "i18n/Languages.h"

#include "base/Log.h"

#include <QLibraryInfo>
#include <QLocale>

namespace kassa::i18n {

const QList<Language> &shippedLanguages()
{
    static const QList<Language> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QString::fromUtf8("简体中文")},
        {QStringLiteral("ja"), QString::fromUtf8("日本語")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
    };
    return languages;
}

QStringList shippedLanguageCodes()
{
    QStringList codes;
    for (const Language &language : shippedLanguages())
        codes << language.code;
    return codes;
}

bool isShippedLanguage(const QString &code)
{
    return shippedLanguageCodes().contains(code);
}

QString resolve(const QStringList &uiLanguages)
{
    for (QString tag : uiLanguages) {
        tag.replace(QLatin1Char('_'), QLatin1Char('-'));
        const QStringList parts = tag.split(QLatin1Char('-'));
        const QString primary = parts.value(0).toLower();
        if (primary == QLatin1String("zh")) {
            // Simplified unless the tag says Traditional or names a Traditional region.
            const QStringList rest = parts.mid(1);
            const bool traditional = rest.contains(QStringLiteral("Hant"), Qt::CaseInsensitive)
                || rest.contains(QStringLiteral("TW"), Qt::CaseInsensitive)
                || rest.contains(QStringLiteral("HK"), Qt::CaseInsensitive)
                || rest.contains(QStringLiteral("MO"), Qt::CaseInsensitive);
            if (traditional)
                continue; // we ship no Traditional Chinese; try the next preference
            return QStringLiteral("zh_CN");
        }
        if (primary == QLatin1String("ja"))
            return QStringLiteral("ja");
        if (primary == QLatin1String("nl"))
            return QStringLiteral("nl");
        if (primary == QLatin1String("en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString resolveSetting(const QString &setting)
{
    if (isShippedLanguage(setting))
        return setting;
    return resolve(QLocale::system().uiLanguages());
}

Translators::~Translators()
{
    removeAll();
}

void Translators::removeAll()
{
    if (m_kassa) {
        QCoreApplication::removeTranslator(m_kassa.get());
        m_kassa.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

QString Translators::apply(const QString &code)
{
    const QString language = resolveSetting(code);
    removeAll();

    // Qt's own strings (standard buttons, context menus).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    } else if (language != QLatin1String("en")) {
        qCWarning(lcI18n) << "Qt's own translation qtbase_" + language << "not found in"
                          << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    }

    // Kassa's strings, embedded as :/i18n/kassa_<code>.qm. English carries
    // the plural forms, so it is installed too.
    auto kassa = std::make_unique<QTranslator>();
    if (kassa->load(QStringLiteral(":/i18n/kassa_") + language)) {
        QCoreApplication::installTranslator(kassa.get());
        m_kassa = std::move(kassa);
    } else {
        qCWarning(lcI18n) << "embedded translation kassa_" + language << "is missing";
    }
    // Dates and times follow the language too (a Japanese console writes
    // 2026/12/02); keep the system's own locale when it speaks the language,
    // so an English desktop in Britain keeps its day-month order. Amounts
    // are never formatted through QLocale (core/money formats them exactly).
    const QLocale system = QLocale::system();
    const QLocale wanted(language);
    QLocale::setDefault(system.language() == wanted.language() ? system : wanted);
    m_current = language;
    qCDebug(lcI18n) << "language" << language;
    return language;
}

} // namespace kassa::i18n
