// Mnemonic (BIP-39): all 24 English vectors of trezor/python-mnemonic
// (tests/data/bip39-trezor-vectors.json), reference/chains.md §5, NFKD
// passphrases (seeds computed with Python's hashlib and unicodedata), and
// every way a typed phrase can be wrong.
#include "TestSupport.h"
#include "crypto/Hex.h"
#include "crypto/Mnemonic.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace kassa;
using crypto::Hex;
using crypto::Mnemonic;

namespace {

const QString kAbandon =
    QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");

QString text(const crypto::SecureBytes &bytes)
{
    return QString::fromLatin1(bytes.view());
}

QJsonArray loadTrezorVectors()
{
    QFile file(test::sourceDir() + QStringLiteral("/tests/data/bip39-trezor-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/bip39-trezor-vectors.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("english")).toArray();
}

} // namespace

class TestMnemonic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordListIsIntact()
    {
        KASSA_VERIFY_OK(Mnemonic::checkWordList());
        QCOMPARE(Mnemonic::word(0), QLatin1String("abandon"));
        QCOMPARE(Mnemonic::word(2047), QLatin1String("zoo"));
        QCOMPARE(Mnemonic::word(2048), QLatin1String());
        QCOMPARE(Mnemonic::word(-1), QLatin1String());
        // The embedded list is the shared copy of the published one.
        QFile shared(test::sourceDir() + QStringLiteral("/resources/bip39/english.txt"));
        QVERIFY(shared.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = shared.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), Mnemonic::WordListSize);
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(Mnemonic::word(i), QLatin1String(lines[i]));
    }

    void trezorVectors_data()
    {
        QTest::addColumn<QString>("entropy");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("seed");
        const QJsonArray vectors = loadTrezorVectors();
        QCOMPARE(vectors.size(), 24);
        for (int i = 0; i < vectors.size(); ++i) {
            const QJsonArray v = vectors[i].toArray();
            QTest::addRow("vector %d (%d words)", i + 1, int(v[1].toString().split(QLatin1Char(' ')).size()))
                << v[0].toString() << v[1].toString() << v[2].toString();
        }
    }
    void trezorVectors()
    {
        QFETCH(QString, entropy);
        QFETCH(QString, phrase);
        QFETCH(QString, seed);
        const QByteArray raw = Hex::decode(entropy).value();
        const auto fromEntropy = Mnemonic::fromEntropy(raw);
        KASSA_VERIFY_OK(fromEntropy);
        QCOMPARE(text(fromEntropy->phrase()), phrase);
        QCOMPARE(fromEntropy->wordCount(), int(phrase.split(QLatin1Char(' ')).size()));

        const auto parsed = Mnemonic::parse(phrase);
        KASSA_VERIFY_OK(parsed);
        QCOMPARE(Hex::encode(parsed->entropy().view()), entropy);
        const auto s = parsed->seed(u"TREZOR");
        KASSA_VERIFY_OK(s);
        QCOMPARE(Hex::encode(s->view()), seed);
    }

    void chainsReferenceSeed()
    {
        // reference/chains.md §5: the same phrase with an empty passphrase.
        const auto m = Mnemonic::parse(kAbandon);
        KASSA_VERIFY_OK(m);
        QCOMPARE(Hex::encode(m->seed()->view()),
            QStringLiteral(
                "5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc19a5ac40b389cd370d086206dec8aa6c43"
                "daea6690f20ad3d8d48b2d2ce9e38e4"));
    }

    void passphraseIsNfkdNormalised_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("seed");
        const QString cafe = QStringLiteral("af8bbd2566df7b69d926f2b09dfdbd75db6c994a3399b2cc65f928d63e3fd4e61218ee0d15"
                                            "f8c810be4d45e66d47b43c15a5cc753976b16"
                                            "66912377ff7ae9818");
        QTest::newRow("é precomposed") << QStringLiteral("caf\u00e9") << cafe;
        QTest::newRow("e + combining acute") << QStringLiteral("cafe\u0301") << cafe;
        QTest::newRow("fi ligature")
            << QStringLiteral("\ufb01nal")
            << "af7a79ddb7eb82b815b3667b6a933bcb588b55f7afd4145b17f86f6e941556edb2e5bb75a5716323f3"
               "79e5f7d6dbad20126926c30de34641506f04f8f051e763";
        QTest::newRow("fi plain")
            << QStringLiteral("final")
            << "af7a79ddb7eb82b815b3667b6a933bcb588b55f7afd4145b17f86f6e941556edb2e5bb75a5716323f3"
               "79e5f7d6dbad20126926c30de34641506f04f8f051e763";
        QTest::newRow("full-width letters")
            << QStringLiteral("\uff30\uff41\uff53\uff53")
            << "9c9c78477142ecaebdb87b6ccb1cb7e37af7119c7bfaaddd7619149a2647a11c0ca325ab061db9"
               "47655b1fade4ec509b1c88ab53e71afe89240e1030aae049e6";
        QTest::newRow("Chinese")
            << QStringLiteral("密码123")
            << "0e3a3e77c883e31066d0beab76c2d27bdc02744e969df7e128f82a280d1957b61738ae2ac84225d1c0250f"
               "2ae4f135ac06249550af3b51d9a553dccf356bc8e4";
        QTest::newRow("Japanese (BIP-39 vector passphrase)")
            << QStringLiteral("㍍ガバヴァぱばぐゞちぢ十人十色")
            << "ba553eedefe76e67e2602dc20184c564010859faada929a090dd2c57aacb204ceefd15404ab50ef3e8dbeae5195aeae64b0def4"
               "d2eead1"
               "cdc728a33ced520ffd";
        QTest::newRow("spaces are part of a passphrase") << QStringLiteral(" leading and trailing ")
                                                         << "2245e2b9910bd27278f808e899b82e015c40f588b8af1df41f0cac269e"
                                                            "3c40772e993862697fb675386a181e9d5529f7c29b6a9e8ee35"
                                                            "98806e9984e84f67f15";
    }
    void passphraseIsNfkdNormalised()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, seed);
        const auto s = Mnemonic::parse(kAbandon)->seed(passphrase);
        KASSA_VERIFY_OK(s);
        QCOMPARE(Hex::encode(s->view()), seed);
        QVERIFY(!Mnemonic::parse(kAbandon)->seed(QString(Mnemonic::MaxPassphraseLength + 1, QLatin1Char('x'))).ok());
    }

    void toleratesSpacingAndCapitals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("extra spaces") << QStringLiteral("  abandon  abandon abandon abandon abandon abandon abandon "
                                                        "abandon abandon abandon abandon   about  ");
        QTest::newRow("one word a line") << (QStringLiteral("abandon\n").repeated(11) + QStringLiteral("about\n"));
        QTest::newRow("Windows line breaks and tabs")
            << (QStringLiteral("abandon\r\n\t").repeated(11) + QStringLiteral("about\r\n"));
        QTest::newRow("capitals") << QStringLiteral("Abandon ABANDON abandon abandon abandon abandon abandon abandon "
                                                    "abandon abandon abandon About");
        QTest::newRow("no-break spaces (NFKD)")
            << (QStringLiteral("abandon\u00a0").repeated(11) + QStringLiteral("about"));
        QTest::newRow("ideographic spaces (NFKD)")
            << (QStringLiteral("abandon\u3000").repeated(11) + QStringLiteral("about"));
        QTest::newRow("full-width letters (NFKD)")
            << (QStringLiteral("abandon ").repeated(11) + QStringLiteral("\uff41\uff42\uff4f\uff55\uff54"));
    }
    void toleratesSpacingAndCapitals()
    {
        QFETCH(QString, input);
        const auto m = Mnemonic::parse(input);
        KASSA_VERIFY_OK(m);
        QCOMPARE(text(m->phrase()), kAbandon);
        QCOMPARE(m->wordCount(), 12);
    }

    void refusesMalformedPhrases_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("log"); // the English log message: never the word itself
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("hint");
        const QString eleven = QStringLiteral("abandon ").repeated(11);
        QTest::newRow("empty") << QString() << "no words"
                               << "No recovery words"
                               << "";
        QTest::newRow("only spaces") << QStringLiteral(" \n\t ") << "no words"
                                     << "No recovery words"
                                     << "";
        QTest::newRow("misspelled word") << (QStringLiteral("abandon ").repeated(6) + QStringLiteral("abandn ")
            + QStringLiteral("abandon ").repeated(4) + QStringLiteral("about"))
                                         << "word 7 is not in the word list"
                                         << "Word 7, “abandn”,"
                                         << "abandon";
        QTest::newRow("swapped letters") << (QStringLiteral("abnadon ") + eleven.mid(8) + QStringLiteral("about"))
                                         << "word 1 is not"
                                         << "“abnadon”"
                                         << "abandon";
        QTest::newRow("first four letters") << (eleven + QStringLiteral("aboutt")) << "word 12 is not"
                                            << "“aboutt”"
                                            << "about";
        QTest::newRow("capitalised misspelling keeps its spelling") << (eleven + QStringLiteral("Abuot")) << "word 12"
                                                                    << "“Abuot”"
                                                                    << "about";
        QTest::newRow("nothing close") << (eleven + QStringLiteral("qqqqqqqq")) << "word 12 is not"
                                       << "“qqqqqqqq”"
                                       << "spelling";
        QTest::newRow("numbered list") << QStringLiteral("1. abandon 2. abandon") << "word 1 has a character"
                                       << "Word 1 contains"
                                       << "no numbers";
        QTest::newRow("commas") << (QStringLiteral("abandon, ").repeated(11) + QStringLiteral("about"))
                                << "word 1 has a character"
                                << "Word 1"
                                << "punctuation";
        QTest::newRow("accent") << (QStringLiteral("abandón ") + eleven.mid(8) + QStringLiteral("about"))
                                << "word 1 has a character"
                                << "Word 1"
                                << "accents";
        QTest::newRow("zero-width space") << (eleven + QStringLiteral("ab\u200bout")) << "word 12 has a character"
                                          << "Word 12"
                                          << "";
        QTest::newRow("Cyrillic a") << (eleven + QStringLiteral("\u0430bout")) << "word 12 has a character"
                                    << "Word 12"
                                    << "";
        QTest::newRow("eleven words") << eleven.trimmed() << "11 words"
                                      << "There are 11 word"
                                      << "missing";
        QTest::newRow("thirteen words") << (QStringLiteral("abandon ").repeated(12) + QStringLiteral("about"))
                                        << "13 words"
                                        << "There are 13 word"
                                        << "";
        QTest::newRow("twenty-five words") << QStringLiteral("abandon ").repeated(25) << "more than 24"
                                           << "more than 24"
                                           << "";
        QTest::newRow("bad checksum") << QStringLiteral("abandon ").repeated(12) << "checksum"
                                      << "checksum"
                                      << "";
        QTest::newRow("swapped words") << QStringLiteral("about abandon abandon abandon abandon abandon abandon "
                                                         "abandon abandon abandon abandon abandon")
                                       << "checksum"
                                       << "checksum"
                                       << "";
        QTest::newRow("too long") << QStringLiteral("abandon ").repeated(200) << "characters"
                                  << "too long"
                                  << "";
    }
    void refusesMalformedPhrases()
    {
        QFETCH(QString, input);
        QFETCH(QString, log);
        QFETCH(QString, shown);
        QFETCH(QString, hint);
        const auto m = Mnemonic::parse(input);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::InvalidInput);
        QVERIFY2(m.error().message.contains(log), qPrintable(m.error().message));
        QVERIFY2(m.error().userMessage.contains(shown), qPrintable(m.error().userMessage));
        QVERIFY2(m.error().hint.contains(hint), qPrintable(m.error().hint));
        // The log line never repeats what was typed.
        for (const QString &word : input.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (word.size() > 2)
                QVERIFY2(!m.error().message.contains(word, Qt::CaseInsensitive), qPrintable(m.error().message));
        }
    }

    void completion()
    {
        QCOMPARE(Mnemonic::completions(u"aban"), QStringList {QStringLiteral("abandon")});
        QCOMPARE(Mnemonic::completions(u"ab", 3),
            (QStringList {QStringLiteral("abandon"), QStringLiteral("ability"), QStringLiteral("able")}));
        QCOMPARE(Mnemonic::completions(u"ZO"), (QStringList {QStringLiteral("zone"), QStringLiteral("zoo")}));
        QVERIFY(Mnemonic::completions(u"qz").isEmpty());
        QVERIFY(Mnemonic::completions(u"a1").isEmpty());
        QVERIFY(Mnemonic::completions(u"").isEmpty());
        // The first four letters identify a word.
        QCOMPARE(Mnemonic::completeWord(u"aban"), QStringLiteral("abandon"));
        QCOMPARE(Mnemonic::completeWord(u"Abando"), QStringLiteral("abandon"));
        QCOMPARE(Mnemonic::completeWord(u"zoo"), QStringLiteral("zoo")); // a word that is a prefix of nothing else
        QCOMPARE(Mnemonic::completeWord(u"act"), QStringLiteral("act")); // a whole word, although "action" starts so
        QCOMPARE(Mnemonic::completeWord(u"ab"), QString()); // ambiguous
        QCOMPARE(Mnemonic::completeWord(u"abandonx"), QString());
        // Every word is completed from its first four letters.
        for (int i = 0; i < Mnemonic::WordListSize; ++i) {
            const QString word = Mnemonic::word(i);
            QCOMPARE(Mnemonic::completeWord(QStringView(word).left(4)), word);
        }
        QVERIFY(Mnemonic::isWord(u"Zoo"));
        QVERIFY(!Mnemonic::isWord(u"zoos"));
    }

    void suggestionsAreClose()
    {
        QCOMPARE(Mnemonic::suggestions(u"abandn").value(0), QStringLiteral("abandon"));
        QCOMPARE(Mnemonic::suggestions(u"abuot").value(0), QStringLiteral("about"));
        QVERIFY(Mnemonic::suggestions(u"zooo").contains(QStringLiteral("zoo")));
        QVERIFY(Mnemonic::suggestions(u"xxxxxxxxxx").isEmpty());
        QVERIFY(Mnemonic::suggestions(u"ab", 50).size() <= 50);
    }

    // The suggestion search prunes by length and letters before computing
    // edit distances; it must find what a full search finds.
    void suggestionsMatchAFullSearch()
    {
        auto distance = [](const QString &a, const QString &b) {
            QList<QList<int>> d(a.size() + 1, QList<int>(b.size() + 1));
            for (int i = 0; i <= a.size(); ++i)
                d[i][0] = i;
            for (int j = 0; j <= b.size(); ++j)
                d[0][j] = j;
            for (int i = 1; i <= a.size(); ++i) {
                for (int j = 1; j <= b.size(); ++j) {
                    d[i][j] =
                        std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
            return d[a.size()][b.size()];
        };
        QRandomGenerator rng(39);
        for (int t = 0; t < 300; ++t) {
            // A list word with one or two random edits.
            QString typo = Mnemonic::word(int(rng.bounded(Mnemonic::WordListSize)));
            for (int e = 0; e < 1 + int(rng.bounded(2)); ++e) {
                const int at = int(rng.bounded(typo.size()));
                const QChar letter(char16_t(u'a' + rng.bounded(26)));
                switch (rng.bounded(3)) {
                case 0: typo[at] = letter; break;
                case 1: typo.insert(at, letter); break;
                default:
                    if (typo.size() > 1)
                        typo.remove(at, 1);
                }
            }
            const int maxDistance = typo.size() <= 4 ? 1 : 2;
            QSet<QString> expected;
            for (int i = 0; i < Mnemonic::WordListSize; ++i) {
                const QString w = Mnemonic::word(i);
                if ((typo.size() >= 4 && w.startsWith(typo.left(4))) || distance(typo, w) <= maxDistance)
                    expected.insert(w);
            }
            const QStringList found = Mnemonic::suggestions(typo, Mnemonic::WordListSize);
            QCOMPARE(QSet<QString>(found.begin(), found.end()), expected);
        }
    }

    void generatesValidPhrases()
    {
        QSet<QString> seen;
        for (int words : {12, 15, 18, 21, 24}) {
            for (int i = 0; i < 20; ++i) {
                const auto m = Mnemonic::generate(words);
                KASSA_VERIFY_OK(m);
                QCOMPARE(m->wordCount(), words);
                QCOMPARE(m->entropy().size(), qsizetype(words) * 4 / 3);
                const auto again = Mnemonic::parse(text(m->phrase()));
                KASSA_VERIFY_OK(again);
                QVERIFY(again->entropy().equals(m->entropy()));
                seen.insert(text(m->phrase()));
            }
        }
        QCOMPARE(seen.size(), 100);
        for (int words : {0, 11, 13, 25, 27})
            QVERIFY(!Mnemonic::generate(words).ok());
        for (int bytes : {0, 15, 17, 33, 64})
            QVERIFY(!Mnemonic::fromEntropy(QByteArray(bytes, '\x01')).ok());
    }
};

KASSA_TEST_MAIN(TestMnemonic)
#include "tst_mnemonic.moc"
