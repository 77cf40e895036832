#include "keys/EncryptedFileStore.h"

#include "crypto/EncryptedBlob.h"

#include <QFile>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <cstring>

namespace kassa::keys {

namespace {

constexpr char kMagic[4] = {'K', 'S', 'K', 'S'};
constexpr quint8 kVersion = 1;

void putU16(crypto::SecureBytes &out, quint16 v)
{
    const char bytes[2] = {char(v >> 8), char(v)};
    out.append(QByteArrayView(bytes, 2));
}

void putU32(crypto::SecureBytes &out, quint32 v)
{
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(QByteArrayView(bytes, 4));
}

QString passphraseText(const crypto::SecureBytes &utf8)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8.data()), utf8.size());
}

} // namespace

EncryptedFileStore::EncryptedFileStore(QString path, QObject *parent) : KeyStore(parent), m_path(std::move(path))
{
}

EncryptedFileStore::~EncryptedFileStore()
{
    lock();
}

QString EncryptedFileStore::backendName() const
{
    return tr("encrypted key file");
}

bool EncryptedFileStore::exists() const
{
    return QFile::exists(m_path);
}

crypto::SecureBytes EncryptedFileStore::serialize(const Entries &entries)
{
    crypto::SecureBytes out;
    out.append(QByteArrayView(kMagic, 4));
    out.append(QByteArrayView(reinterpret_cast<const char *>(&kVersion), 1));
    putU32(out, quint32(entries.size()));
    for (const auto &[id, secret] : entries) {
        const QByteArray name = id.toUtf8();
        putU16(out, quint16(name.size()));
        out.append(name);
        putU32(out, quint32(secret.size()));
        out.append(secret.view());
    }
    return out;
}

Result<EncryptedFileStore::Entries> EncryptedFileStore::parse(const crypto::SecureBytes &plaintext)
{
    const auto bad = [] {
        return makeFailure(KeyStoreFailure::Damaged, QStringLiteral("malformed key file contents"), tr("encrypted key file"));
    };
    const quint8 *p = plaintext.data();
    const qsizetype n = plaintext.size();
    if (n < 9 || std::memcmp(p, kMagic, 4) != 0 || p[4] != kVersion)
        return bad();
    qsizetype at = 5;
    auto u32 = [&](quint32 &v) {
        if (at + 4 > n)
            return false;
        v = quint32(p[at]) << 24 | quint32(p[at + 1]) << 16 | quint32(p[at + 2]) << 8 | quint32(p[at + 3]);
        at += 4;
        return true;
    };
    quint32 count = 0;
    if (!u32(count) || count > 100000)
        return bad();
    Entries entries;
    for (quint32 i = 0; i < count; ++i) {
        if (at + 2 > n)
            return bad();
        const quint16 nameLength = quint16(p[at] << 8 | p[at + 1]);
        at += 2;
        if (at + nameLength > n)
            return bad();
        const QString id = QString::fromUtf8(reinterpret_cast<const char *>(p + at), nameLength);
        at += nameLength;
        quint32 secretLength = 0;
        if (!u32(secretLength) || at + qsizetype(secretLength) > n)
            return bad();
        entries.insert_or_assign(id, crypto::SecureBytes::copyOf(QByteArrayView(p + at, secretLength)));
        at += secretLength;
    }
    if (at != n)
        return bad();
    return entries;
}

void EncryptedFileStore::save(std::shared_ptr<Entries> entries, QObject *context, std::function<void(Result<void>)> done)
{
    auto passphrase = std::make_shared<crypto::SecureBytes>(m_passphrase.clone());
    const QString path = m_path;
    const QString backend = backendName();
    m_busy = true;
    QtConcurrent::run([entries, passphrase, path, backend]() -> Result<void> {
        const crypto::SecureBytes plaintext = serialize(*entries);
        auto sealed = crypto::EncryptedBlob::seal(plaintext, passphraseText(*passphrase));
        if (!sealed.ok())
            return sealed.error();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(sealed.value()) != sealed->size() || !file.commit())
            return makeFailure(KeyStoreFailure::Io, file.errorString(), backend);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return {};
    }).then(this, [this, context, done](Result<void> result) {
        m_busy = false;
        deliver(context, [done, result] { done(result); });
    });
}

void EncryptedFileStore::create(const QString &passphrase, QObject *context, WriteDone done)
{
    if (exists()) {
        const Error error = makeFailure(KeyStoreFailure::Io, QStringLiteral("%1 already exists").arg(m_path), backendName());
        deliver(context, [done, error] { done(error); });
        return;
    }
    m_passphrase = crypto::SecureBytes::copyOf(passphrase.toUtf8(), crypto::SecureBytes::Lock::BestEffort);
    m_entries.clear();
    m_unlocked = true;
    save(std::make_shared<Entries>(), context, std::move(done));
}

void EncryptedFileStore::unlock(const QString &passphrase, QObject *context, WriteDone done)
{
    const QString path = m_path;
    const QString backend = backendName();
    auto secret = std::make_shared<crypto::SecureBytes>(crypto::SecureBytes::copyOf(passphrase.toUtf8(), crypto::SecureBytes::Lock::BestEffort));
    struct Opened {
        std::shared_ptr<Entries> entries;
        std::optional<Error> error;
    };
    QtConcurrent::run([path, backend, secret]() -> Opened {
        QFile file(path);
        if (!file.exists())
            return {nullptr, makeFailure(KeyStoreFailure::NotFound, QStringLiteral("%1 does not exist").arg(path), backend)};
        if (!file.open(QIODevice::ReadOnly))
            return {nullptr, makeFailure(KeyStoreFailure::Io, file.errorString(), backend)};
        const QByteArray blob = file.readAll();
        if (!crypto::EncryptedBlob::hasMagic(blob))
            return {nullptr, makeFailure(KeyStoreFailure::Damaged, QStringLiteral("not an encrypted key file"), backend)};
        auto opened = crypto::EncryptedBlob::open(blob, passphraseText(*secret));
        if (!opened.ok()) {
            // GCM cannot tell a wrong passphrase from a changed file; a cut-off
            // file or impossible header is reported as damage.
            const bool wrongPassphrase = opened.error().message.contains(QLatin1String("wrong passphrase"));
            return {nullptr, makeFailure(wrongPassphrase ? KeyStoreFailure::WrongPassphrase : KeyStoreFailure::Damaged,
                                         opened.error().message, backend)};
        }
        auto parsed = parse(opened.value());
        if (!parsed.ok())
            return {nullptr, parsed.error()};
        return {std::make_shared<Entries>(std::move(parsed).value()), std::nullopt};
    }).then(this, [this, secret, context, done](const Opened &opened) {
        if (opened.error) {
            const Error error = *opened.error;
            deliver(context, [done, error] { done(error); });
            return;
        }
        m_entries = std::move(*opened.entries);
        m_passphrase = std::move(*secret);
        m_unlocked = true;
        deliver(context, [done] { done({}); });
    });
}

void EncryptedFileStore::lock()
{
    m_entries.clear();
    m_passphrase.clear();
    m_unlocked = false;
}

void EncryptedFileStore::write(const QString &id, crypto::SecureBytes secret, QObject *context, WriteDone done)
{
    if (!m_unlocked) {
        const Error error = makeFailure(KeyStoreFailure::Locked, QStringLiteral("write while locked"), backendName());
        deliver(context, [done, error] { done(error); });
        return;
    }
    auto next = std::make_shared<Entries>();
    for (const auto &[key, value] : m_entries)
        next->insert_or_assign(key, value.clone());
    next->insert_or_assign(id, std::move(secret));
    save(next, context, [this, next, done](Result<void> result) {
        if (result.ok()) // only a saved change becomes the state
            m_entries = std::move(*next);
        done(result);
    });
}

void EncryptedFileStore::read(const QString &id, QObject *context, ReadDone done)
{
    if (!m_unlocked) {
        const Error error = makeFailure(KeyStoreFailure::Locked, QStringLiteral("read while locked"), backendName());
        deliver(context, [done, error] { done(error); });
        return;
    }
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        const Error error = makeFailure(KeyStoreFailure::NotFound, QStringLiteral("no entry %1").arg(id), backendName());
        deliver(context, [done, error] { done(error); });
        return;
    }
    auto copy = std::make_shared<crypto::SecureBytes>(it->second.clone());
    deliver(context, [done, copy] { done(std::move(*copy)); });
}

void EncryptedFileStore::remove(const QString &id, QObject *context, WriteDone done)
{
    if (!m_unlocked) {
        const Error error = makeFailure(KeyStoreFailure::Locked, QStringLiteral("remove while locked"), backendName());
        deliver(context, [done, error] { done(error); });
        return;
    }
    auto next = std::make_shared<Entries>();
    for (const auto &[key, value] : m_entries) {
        if (key != id)
            next->insert_or_assign(key, value.clone());
    }
    save(next, context, [this, next, done](Result<void> result) {
        if (result.ok())
            m_entries = std::move(*next);
        done(result);
    });
}

} // namespace kassa::keys
