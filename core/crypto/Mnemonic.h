// Mnemonic: a BIP-39 recovery phrase with the English word list — the words
// a merchant writes down when a wallet is created, and types back in to
// restore it. Import is strict in what matters and kind in what does not:
//
// - The text is NFKD-normalised first (as BIP-39 prescribes), then split on
//   spaces, tabs and line breaks; any number of them between words, at the
//   start and at the end, and capital letters, are fine.
// - Anything else — punctuation, digits (a numbered list), letters outside
//   a–z, zero-width characters — is refused, naming the word's position.
// - A word that is not in the list is refused by position and spelling, with
//   the closest words of the list as suggestions (the first four letters of
//   a word identify it, so a word that starts like one of the list comes
//   first). The spelled word appears only in the translated userMessage for
//   the person who typed it, never in the English log message.
// - 12, 15, 18, 21 or 24 words, and the checksum must match.
//
// The phrase, the entropy and the seed only ever live in SecureBytes. The
// seed is PBKDF2-HMAC-SHA512(NFKD(phrase), "mnemonic" + NFKD(passphrase),
// 2048 rounds, 64 bytes) through OpenSSL.
//
// The word list is embedded as a resource (:/kassa/bip39/english.txt) and
// checked on first use against the SHA-256 of the published list.
#pragma once

#include "base/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kassa::crypto {

class Mnemonic
{
    Q_DECLARE_TR_FUNCTIONS(kassa::crypto::Mnemonic)

public:
    static constexpr int WordListSize = 2048;
    static constexpr qsizetype SeedSize = 64;
    //! Longer passphrases are refused (BIP-39 sets no limit; no one types this much).
    static constexpr qsizetype MaxPassphraseLength = 1024;
    //! Longer import text is refused before it is read.
    static constexpr qsizetype MaxTextLength = 1024;

    //! 12, 15, 18, 21 or 24.
    static bool isValidWordCount(int words);

    //! A fresh phrase of `wordCount` words from OpenSSL's CSPRNG.
    static Result<Mnemonic> generate(int wordCount);
    //! The phrase of 16, 20, 24, 28 or 32 bytes of entropy.
    static Result<Mnemonic> fromEntropy(QByteArrayView entropy);
    //! Reads a phrase a person typed or pasted (see the header comment).
    static Result<Mnemonic> parse(QStringView text);

    Mnemonic(Mnemonic &&) noexcept = default;
    Mnemonic &operator=(Mnemonic &&) noexcept = default;
    Mnemonic clone() const { return Mnemonic(m_phrase.clone(), m_wordCount); }

    //! The words in lower case, separated by single spaces (ASCII).
    const SecureBytes &phrase() const { return m_phrase; }
    int wordCount() const { return m_wordCount; }
    //! The entropy the words encode (16–32 bytes).
    SecureBytes entropy() const;
    //! The 64-byte BIP-39 seed. The passphrase (the "25th word") is
    //! NFKD-normalised; an empty one is the usual case.
    Result<SecureBytes> seed(QStringView passphrase = {}) const;

    //! Words of the list that start with `prefix` (any case), at most `limit`.
    static QStringList completions(QStringView prefix, int limit = 8);
    //! The one word a prefix stands for: the word itself, the only word
    //! starting with it, or the word whose first four letters it begins with.
    //! Empty if it is ambiguous or matches nothing.
    static QString completeWord(QStringView prefix);
    //! Close words of the list for a misspelled one, best first.
    static QStringList suggestions(QStringView word, int limit = 5);
    //! True if `word` (any case) is in the list.
    static bool isWord(QStringView word);
    //! Word `index` (0 … 2047) of the English list; empty if the list failed
    //! its check.
    static QLatin1String word(int index);
    //! Whether the embedded list is intact (2048 sorted words, unique
    //! four-letter prefixes, the published SHA-256).
    static Result<void> checkWordList();

private:
    Mnemonic(SecureBytes phrase, int wordCount) : m_phrase(std::move(phrase)), m_wordCount(wordCount) { }

    SecureBytes m_phrase;
    int m_wordCount = 0;
};

} // namespace kassa::crypto
