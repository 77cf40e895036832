// Fuzz target: the HD wallet parsers that take text a person pastes —
// Mnemonic::parse (and the wizard's completion and suggestions), xpub and
// xprv strings, derivation paths. Beyond "no crash, no sanitizer report":
// an accepted phrase re-encodes from its entropy to the same words, an
// accepted key prints back to exactly the text given, and an accepted path
// prints to text that parses to the same path.
#include "crypto/Bip32.h"
#include "crypto/Mnemonic.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa::crypto;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "hd_parse invariant violated: %s\n", what);
        std::abort();
    }
}

void checkMnemonic(const QString &text)
{
    const kassa::Result<Mnemonic> m = Mnemonic::parse(text);
    if (m) {
        require(Mnemonic::isValidWordCount(m->wordCount()), "word count is 12-24 in steps of 3");
        const SecureBytes entropy = m->entropy();
        const kassa::Result<Mnemonic> again = Mnemonic::fromEntropy(entropy.view());
        require(again && again->phrase().equals(m->phrase()), "entropy encodes back to the same words");
        const kassa::Result<Mnemonic> reparsed = Mnemonic::parse(QString::fromLatin1(m->phrase().view()));
        require(reparsed && reparsed->phrase().equals(m->phrase()), "the canonical phrase parses to itself");
    } else {
        require(m.error().code == kassa::ErrorCode::InvalidInput, "a bad phrase is invalid input");
    }
    // What the setup wizard calls on every keystroke.
    const QStringView head = QStringView(text).left(16);
    for (const QString &w : Mnemonic::completions(head))
        require(Mnemonic::isWord(w) && w.startsWith(head, Qt::CaseInsensitive), "completions are list words");
    const QString completed = Mnemonic::completeWord(head);
    require(completed.isEmpty() || Mnemonic::isWord(completed), "a completion is a list word");
    for (const QString &w : Mnemonic::suggestions(head))
        require(Mnemonic::isWord(w), "suggestions are list words");
}

void checkKeys(const QString &text)
{
    if (const kassa::Result<ExtendedPublicKey> pub = ExtendedPublicKey::parse(text)) {
        require(pub->toBase58() == text, "an accepted xpub prints back the same");
        require(pub->depth() != 0 || (pub->parentFingerprint() == 0 && pub->childNumber() == 0), "depth 0 is a master");
        if (pub->depth() < DerivationPath::MaxDepth)
            (void)pub->derive(7);
    }
    if (const kassa::Result<ExtendedPrivateKey> prv = ExtendedPrivateKey::parse(text)) {
        require(QString::fromLatin1(prv->toBase58().view()) == text, "an accepted xprv prints back the same");
        require(prv->toPublic().publicKey() == prv->publicKey(), "neutering keeps the key");
    }
}

void checkPath(const QString &text)
{
    const kassa::Result<DerivationPath> path = DerivationPath::parse(text);
    if (!path)
        return;
    const kassa::Result<DerivationPath> again = DerivationPath::parse(path->toString());
    require(again && *again == *path, "a path prints to text that parses to it");
    QString apostrophes = text;
    apostrophes.replace(QLatin1Char('h'), QLatin1Char('\''));
    require(path->toString() == apostrophes, "the only spelling difference is h for '");
}

void exercise(const QString &text)
{
    checkMnemonic(text);
    checkKeys(text);
    checkPath(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 2048) // the parsers refuse far shorter text
        return 0;
    const QByteArrayView raw(data, qsizetype(size));
    exercise(QString::fromUtf8(raw));
    exercise(QString::fromLatin1(raw));
    return 0;
}
