// The languages Kassa ships and the translators that make them speak.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace kassa::i18n {

struct Language {
    QString code; //!< "en", "zh_CN", "ja", "nl"
    QString nativeName; //!< the language's own name ("日本語"); never translated
};

//! The shipped languages, English first.
const QList<Language> &shippedLanguages();
QStringList shippedLanguageCodes();
bool isShippedLanguage(const QString &code);

//! Picks the shipped language for a list of BCP-47 UI languages (as from
//! QLocale::uiLanguages()): zh-Hans-CN, zh-CN, zh-SG and zh map to zh_CN;
//! ja-JP to ja; nl-BE to nl; anything else to en.
QString resolve(const QStringList &uiLanguages);
//! Resolves "system" through the system locale; returns shipped codes as is.
QString resolveSetting(const QString &setting);

//! Owns the installed translators (Qt's own qtbase_* and Kassa's) and swaps
//! them at run time; installing sends QEvent::LanguageChange to every widget.
class Translators
{
    Q_DECLARE_TR_FUNCTIONS(kassa::i18n::Translators)

public:
    Translators() = default;
    ~Translators();
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;

    //! Installs `code` ("system" allowed). Returns the code in effect.
    QString apply(const QString &code);
    QString current() const { return m_current; }
    //! Uninstalls both translators (back to the source English).
    void removeAll();

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_kassa;
    QString m_current;
};

} // namespace kassa::i18n
