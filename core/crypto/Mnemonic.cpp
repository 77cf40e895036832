#include "crypto/Mnemonic.h"

#include "crypto/Hash.h"
#include "crypto/Hex.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace kassa::crypto {

namespace {

// SHA-256 of the published english.txt (bitcoin/bips bip-0039/english.txt).
constexpr char kEnglishSha256[] = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda";
constexpr int kPbkdf2Rounds = 2048;
constexpr int kMaxWords = 24;

struct WordList {
    QList<QByteArray> words; // sorted, lower case
    QList<std::uint32_t> letters; // per word: bit i set if letter 'a' + i occurs
    QString problem; // empty when the list is intact
};

std::uint32_t letterSet(QByteArrayView word)
{
    std::uint32_t set = 0;
    for (const char c : word) {
        if (c >= 'a' && c <= 'z')
            set |= 1u << (c - 'a');
    }
    return set;
}

WordList loadWordList()
{
    WordList list;
    QFile file(QStringLiteral(":/kassa/bip39/english.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        list.problem = QStringLiteral("resource :/kassa/bip39/english.txt is missing");
        return list;
    }
    const QByteArray data = file.readAll();
    if (Hex::encode(sha256(data)) != QLatin1String(kEnglishSha256)) {
        list.problem = QStringLiteral("the embedded word list differs from the published one");
        return list;
    }
    list.words = data.split('\n');
    if (!list.words.isEmpty() && list.words.last().isEmpty())
        list.words.removeLast();
    // The hash already pins the content; these say what the code relies on.
    bool sortedAndUnique = list.words.size() == Mnemonic::WordListSize;
    for (qsizetype i = 1; sortedAndUnique && i < list.words.size(); ++i)
        sortedAndUnique = list.words[i - 1] < list.words[i] && list.words[i - 1].left(4) != list.words[i].left(4);
    if (!sortedAndUnique) {
        list.problem = QStringLiteral("the word list is not 2048 sorted words with unique four-letter prefixes");
        list.words.clear();
    }
    for (const QByteArray &w : list.words)
        list.letters.append(letterSet(w));
    return list;
}

const WordList &wordList()
{
    static const WordList list = loadWordList();
    return list;
}

Error wordListError()
{
    return makeError(ErrorCode::Internal, QStringLiteral("bip39: ") + wordList().problem,
        Mnemonic::tr("The built-in list of recovery words is damaged."),
        Mnemonic::tr("Reinstall Kassa; if this persists, please report it."));
}

int indexOf(QByteArrayView lowerWord)
{
    const QList<QByteArray> &words = wordList().words;
    const auto it = std::lower_bound(words.begin(), words.end(), lowerWord,
        [](const QByteArray &a, QByteArrayView b) { return QByteArrayView(a) < b; });
    if (it == words.end() || QByteArrayView(*it) != lowerWord)
        return -1;
    return int(it - words.begin());
}

// Lower-case ASCII letters of `text`, or empty if it has anything else.
QByteArray lowerAscii(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            out += char(u);
        else if (u >= u'A' && u <= u'Z')
            out += char(u - u'A' + u'a');
        else
            return {};
    }
    return out;
}

// Optimal-string-alignment distance: insertions, deletions, substitutions
// and swaps of neighbours (the typos people make) each cost one. Only called
// for strings of at most kMaxCompared letters (list words have 3 to 8), so
// the rows live on the stack.
constexpr qsizetype kMaxCompared = 12;

int editDistance(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    Q_ASSERT(n <= kMaxCompared && m <= kMaxCompared);
    std::array<int, kMaxCompared + 1> prev2 {}, prev {}, cur {};
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = best;
        }
        prev2 = prev;
        prev = cur;
    }
    return prev[size_t(m)];
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        std::fill(text.data(), text.data() + text.size(), QChar());
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

// A copy of secret text that is wiped however the function leaves.
struct WipedString {
    QString text;
    ~WipedString() { wipe(text); }
};

// Word indices of a phrase being read or written; wiped when done.
struct Indices {
    std::array<std::uint16_t, kMaxWords> values {};
    int count = 0;
    ~Indices() { OPENSSL_cleanse(values.data(), sizeof(values)); }
};

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

Error invalid(const QString &english, const QString &shown, const QString &hint)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("bip39: ") + english, shown, hint);
}

} // namespace

bool Mnemonic::isValidWordCount(int words)
{
    return words >= 12 && words <= kMaxWords && words % 3 == 0;
}

Result<void> Mnemonic::checkWordList()
{
    if (!wordList().problem.isEmpty())
        return wordListError();
    return {};
}

QLatin1String Mnemonic::word(int index)
{
    const QList<QByteArray> &words = wordList().words;
    if (index < 0 || index >= words.size())
        return QLatin1String();
    return QLatin1String(words[index]);
}

bool Mnemonic::isWord(QStringView word)
{
    const QByteArray lower = lowerAscii(word);
    return !lower.isEmpty() && indexOf(lower) >= 0;
}

QStringList Mnemonic::completions(QStringView prefix, int limit)
{
    QStringList out;
    const QByteArray lower = lowerAscii(prefix);
    if (lower.isEmpty())
        return out;
    const QList<QByteArray> &words = wordList().words;
    auto it = std::lower_bound(words.begin(), words.end(), lower);
    for (; it != words.end() && it->startsWith(lower) && out.size() < limit; ++it)
        out.append(QString::fromLatin1(*it));
    return out;
}

QString Mnemonic::completeWord(QStringView prefix)
{
    const QByteArray lower = lowerAscii(prefix);
    if (lower.isEmpty())
        return {};
    if (indexOf(lower) >= 0)
        return QString::fromLatin1(lower);
    const QStringList matches = completions(prefix, 2);
    return matches.size() == 1 ? matches.first() : QString();
}

QStringList Mnemonic::suggestions(QStringView word, int limit)
{
    const QByteArray lower = lowerAscii(word);
    if (lower.isEmpty())
        return {};
    struct Candidate {
        int rank;
        QByteArray word;
    };
    QList<Candidate> candidates;
    const int maxDistance = lower.size() <= 4 ? 1 : 2;
    const std::uint32_t typed = letterSet(lower);
    const WordList &list = wordList();
    for (qsizetype i = 0; i < list.words.size(); ++i) {
        const QByteArray &w = list.words[i];
        // The first four letters identify a word: a match there beats any
        // edit distance ("abandonn", "abanodn" → abandon).
        if (lower.size() >= 4 && w.startsWith(QByteArrayView(lower).first(4))) {
            candidates.append({0, w});
            continue;
        }
        // Cheap bounds first: every letter one word has and the other lacks
        // costs at least one edit, and so does every letter of length
        // difference (a long pasted token would otherwise cost 2048 tables).
        const std::uint32_t letters = list.letters[i];
        if (std::abs(int(lower.size()) - int(w.size())) > maxDistance || lower.size() > kMaxCompared
            || std::popcount(typed & ~letters) > maxDistance || std::popcount(letters & ~typed) > maxDistance)
            continue;
        const int d = editDistance(lower, w);
        if (d <= maxDistance)
            candidates.append({d, w});
    }
    std::sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.rank != b.rank ? a.rank < b.rank : a.word < b.word; });
    QStringList out;
    for (const Candidate &c : candidates) {
        if (out.size() >= limit)
            break;
        out.append(QString::fromLatin1(c.word));
    }
    return out;
}

Result<Mnemonic> Mnemonic::generate(int wordCount)
{
    if (!isValidWordCount(wordCount)) {
        return invalid(QStringLiteral("%1 words requested").arg(wordCount),
            tr("A recovery phrase has 12, 15, 18, 21 or 24 words, not %1.").arg(wordCount),
            tr("Choose 12 or 24 words."));
    }
    SecureBytes entropy(qsizetype(wordCount) * 4 / 3);
    if (RAND_bytes(entropy.data(), int(entropy.size())) != 1) {
        return makeError(ErrorCode::Internal, QStringLiteral("bip39: RAND_bytes failed"),
            tr("The system's random number generator failed, so no recovery phrase was made."),
            tr("Try again; if this persists, check the system's random number source."));
    }
    return fromEntropy(entropy.view());
}

Result<Mnemonic> Mnemonic::fromEntropy(QByteArrayView entropy)
{
    if (!wordList().problem.isEmpty())
        return wordListError();
    const qsizetype size = entropy.size();
    if (size < 16 || size > 32 || size % 4 != 0) {
        return invalid(QStringLiteral("%1 bytes of entropy").arg(size),
            tr("A recovery phrase needs 16, 20, 24, 28 or 32 bytes of entropy, not %1.").arg(size),
            tr("This is a bug in Kassa; please report it."));
    }
    // entropy ‖ first byte of SHA-256(entropy): the checksum is its first
    // size/4 bits, so one byte always holds it.
    SecureBytes bits = SecureBytes::copyOf(entropy);
    Hash32 hash = sha256(entropy);
    bits.append(QByteArrayView(hash.data(), 1));
    OPENSSL_cleanse(hash.data(), hash.size());
    const int words = int((size * 8 + size / 4) / 11);
    SecureBytes phrase;
    phrase.reserve(words * 9);
    const QList<QByteArray> &list = wordList().words;
    for (int i = 0; i < words; ++i) {
        int index = 0;
        for (int b = 0; b < 11; ++b) {
            const int pos = i * 11 + b;
            index = (index << 1) | ((bits[pos / 8] >> (7 - pos % 8)) & 1);
        }
        if (i > 0)
            phrase.append(" ");
        phrase.append(list[index]);
    }
    return Mnemonic(std::move(phrase), words);
}

Result<Mnemonic> Mnemonic::parse(QStringView text)
{
    if (!wordList().problem.isEmpty())
        return wordListError();
    if (text.size() > MaxTextLength) {
        return invalid(QStringLiteral("%1 characters").arg(text.size()),
            tr("This text is too long to be a recovery phrase (%1 characters).").arg(text.size()),
            tr("Enter only the 12 to 24 recovery words."));
    }
    // BIP-39 normalises the phrase with NFKD: full-width letters and
    // compatibility spaces become their plain forms.
    WipedString owned {text.toString()};
    WipedString normalized {owned.text.normalized(QString::NormalizationForm_KD)};
    const QString &n = normalized.text;
    Indices indices;
    SecureBytes phrase;
    int position = 0; // of the current word, from 1
    qsizetype i = 0;
    while (i < n.size()) {
        while (i < n.size() && isSeparator(n[i]))
            ++i;
        if (i == n.size())
            break;
        qsizetype end = i;
        while (end < n.size() && !isSeparator(n[end]))
            ++end;
        const QStringView token = QStringView(n).mid(i, end - i);
        ++position;
        QByteArray lower = lowerAscii(token);
        if (lower.isEmpty()) {
            return invalid(QStringLiteral("word %1 has a character other than a-z").arg(position),
                tr("Word %1 contains a character that is not a letter from a to z.").arg(position),
                tr("Write only the words, separated by spaces or line breaks: no numbers, punctuation or accents."));
        }
        const int index = indexOf(lower);
        if (index < 0) {
            wipe(lower);
            const QStringList close = suggestions(token);
            return invalid(QStringLiteral("word %1 is not in the word list").arg(position),
                tr("Word %1, “%2”, is not in the English recovery word list.").arg(position).arg(token),
                close.isEmpty() ? tr("Check the spelling against your written copy.")
                                : tr("Did you mean: %1?").arg(close.join(QStringLiteral(", "))));
        }
        if (indices.count == kMaxWords) {
            wipe(lower);
            return invalid(QStringLiteral("more than 24 words"),
                tr("There are more than 24 words; a recovery phrase has 12, 15, 18, 21 or 24."),
                tr("Enter only the recovery words, nothing else."));
        }
        indices.values[size_t(indices.count++)] = std::uint16_t(index);
        if (!phrase.isEmpty())
            phrase.append(" ");
        phrase.append(lower);
        wipe(lower);
        i = end;
    }
    if (indices.count == 0) {
        return invalid(QStringLiteral("no words"), tr("No recovery words were entered."),
            tr("Enter the 12 to 24 words you wrote down, separated by spaces."));
    }
    if (!isValidWordCount(indices.count)) {
        return invalid(QStringLiteral("%1 words").arg(indices.count),
            tr("There are %n word(s); a recovery phrase has 12, 15, 18, 21 or 24.", nullptr, indices.count),
            tr("Check that no word is missing or doubled."));
    }

    // Reassemble the bits: entropy ‖ checksum, 11 bits per word.
    const int count = indices.count;
    const qsizetype entropyBytes = qsizetype(count) * 4 / 3;
    const int checksumBits = count / 3;
    SecureBytes bits(entropyBytes + 1);
    for (int w = 0; w < count; ++w) {
        for (int b = 0; b < 11; ++b) {
            if ((indices.values[size_t(w)] >> (10 - b)) & 1) {
                const int pos = w * 11 + b;
                bits[pos / 8] = std::uint8_t(bits[pos / 8] | (0x80 >> (pos % 8)));
            }
        }
    }
    Hash32 hash = sha256(QByteArrayView(bits.data(), entropyBytes));
    const int expected = hash[0] >> (8 - checksumBits);
    const int actual = bits[entropyBytes] >> (8 - checksumBits);
    OPENSSL_cleanse(hash.data(), hash.size());
    if (expected != actual) {
        return invalid(QStringLiteral("checksum mismatch"),
            tr("All words are in the list, but together they do not form a valid recovery phrase (the checksum "
               "does not match): a word is wrong or two are swapped."),
            tr("Compare every word and its position with your written copy."));
    }
    return Mnemonic(std::move(phrase), count);
}

SecureBytes Mnemonic::entropy() const
{
    // The phrase is valid by construction; read the indices back.
    Indices indices;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= m_phrase.size(); ++i) {
        if (i == m_phrase.size() || m_phrase[i] == ' ') {
            indices.values[size_t(indices.count++)] =
                std::uint16_t(indexOf(QByteArrayView(m_phrase.data() + start, i - start)));
            start = i + 1;
        }
    }
    const qsizetype entropyBytes = qsizetype(m_wordCount) * 4 / 3;
    SecureBytes bits(entropyBytes + 1);
    for (int w = 0; w < indices.count; ++w) {
        for (int b = 0; b < 11; ++b) {
            if ((indices.values[size_t(w)] >> (10 - b)) & 1) {
                const int pos = w * 11 + b;
                bits[pos / 8] = std::uint8_t(bits[pos / 8] | (0x80 >> (pos % 8)));
            }
        }
    }
    bits.resize(entropyBytes);
    return bits;
}

Result<SecureBytes> Mnemonic::seed(QStringView passphrase) const
{
    if (passphrase.size() > MaxPassphraseLength) {
        return invalid(QStringLiteral("passphrase of %1 characters").arg(passphrase.size()),
            tr("The passphrase is too long (%1 characters; at most %2).")
                .arg(passphrase.size())
                .arg(MaxPassphraseLength),
            tr("Use the passphrase you chose when the wallet was made."));
    }
    // The phrase is lower-case ASCII, which NFKD leaves as it is; the
    // passphrase can be anything and is normalised here.
    QString owned = passphrase.toString();
    QString normalized = owned.normalized(QString::NormalizationForm_KD);
    QByteArray utf8 = normalized.toUtf8();
    SecureBytes salt = SecureBytes::copyOf("mnemonic");
    salt.append(utf8);
    wipe(owned);
    wipe(normalized);
    wipe(utf8);
    SecureBytes out(SeedSize);
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char *>(m_phrase.data()), int(m_phrase.size()), salt.data(),
            int(salt.size()), kPbkdf2Rounds, EVP_sha512(), int(out.size()), out.data())
        != 1) {
        return makeError(ErrorCode::Internal, QStringLiteral("bip39: PKCS5_PBKDF2_HMAC failed"),
            tr("The wallet seed could not be computed."), tr("Please report this problem."));
    }
    return out;
}

} // namespace kassa::crypto
