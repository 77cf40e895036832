#include "keys/KeyStore.h"

#include <QMetaObject>

namespace kassa::keys {

namespace {
// The failure kind rides in the English message's first word, so that it
// survives any copy of the Error (Error has no extension field).
const char *tag(KeyStoreFailure kind)
{
    switch (kind) {
    case KeyStoreFailure::None: return "";
    case KeyStoreFailure::Locked: return "[locked]";
    case KeyStoreFailure::Unavailable: return "[unavailable]";
    case KeyStoreFailure::AccessDenied: return "[access-denied]";
    case KeyStoreFailure::NotFound: return "[not-found]";
    case KeyStoreFailure::WrongPassphrase: return "[wrong-passphrase]";
    case KeyStoreFailure::Damaged: return "[damaged]";
    case KeyStoreFailure::Io: return "[io]";
    case KeyStoreFailure::Internal: return "[internal]";
    }
    return "";
}
} // namespace

KeyStoreFailure failureOf(const Error &error)
{
    for (KeyStoreFailure kind : {KeyStoreFailure::Locked, KeyStoreFailure::Unavailable, KeyStoreFailure::AccessDenied,
                                 KeyStoreFailure::NotFound, KeyStoreFailure::WrongPassphrase, KeyStoreFailure::Damaged,
                                 KeyStoreFailure::Io, KeyStoreFailure::Internal}) {
        if (error.message.startsWith(QLatin1String(tag(kind))))
            return kind;
    }
    return KeyStoreFailure::None;
}

Error KeyStore::makeFailure(KeyStoreFailure kind, const QString &detail, const QString &backend)
{
    const QString english = QLatin1String(tag(kind)) + QLatin1Char(' ') + backend + QStringLiteral(": ") + detail;
    switch (kind) {
    case KeyStoreFailure::Locked:
        return makeError(ErrorCode::Io, english, tr("The %1 is locked.").arg(backend),
                         tr("Unlock it (your desktop asks for your login password), then try again."));
    case KeyStoreFailure::Unavailable:
        return makeError(ErrorCode::Io, english, tr("This computer has no %1 that Kassa can use.").arg(backend),
                         tr("Start the desktop's keyring service, or choose the encrypted key file in Settings."));
    case KeyStoreFailure::AccessDenied:
        return makeError(ErrorCode::Io, english, tr("Access to the %1 was refused.").arg(backend),
                         tr("Allow Kassa when the keychain asks, then try again."));
    case KeyStoreFailure::NotFound:
        return makeError(ErrorCode::NotFound, english, tr("The secret for this wallet is not in the %1.").arg(backend),
                         tr("If this profile was copied from another computer, restore the wallet from its backup file or recovery words."));
    case KeyStoreFailure::WrongPassphrase:
        return makeError(ErrorCode::InvalidInput, english, tr("The passphrase does not open the key file."),
                         tr("Check the passphrase, including capital letters and the keyboard layout."));
    case KeyStoreFailure::Damaged:
        return makeError(ErrorCode::Io, english, tr("The key file is damaged or was changed."),
                         tr("Restore the wallet from its backup file or recovery words. The damaged file was left as it is."));
    case KeyStoreFailure::Io:
        return makeError(ErrorCode::Io, english, tr("The key file cannot be read or written: %1").arg(detail),
                         tr("Check the permissions of the profile folder and the free disk space."));
    case KeyStoreFailure::Internal:
    case KeyStoreFailure::None:
        break;
    }
    return makeError(ErrorCode::Internal, english, tr("The %1 reported an error: %2").arg(backend, detail));
}

void KeyStore::deliver(QObject *context, std::function<void()> fn)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, fn = std::move(fn)] {
            if (guard)
                fn();
        },
        Qt::QueuedConnection);
}

QString MemoryKeyStore::backendName() const
{
    return tr("memory key store");
}

void MemoryKeyStore::write(const QString &id, crypto::SecureBytes secret, QObject *context, WriteDone done)
{
    m_entries.insert_or_assign(id, std::move(secret));
    deliver(context, [done] { done({}); });
}

void MemoryKeyStore::read(const QString &id, QObject *context, ReadDone done)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        const Error error = makeFailure(KeyStoreFailure::NotFound, QStringLiteral("no entry %1").arg(id), backendName());
        deliver(context, [done, error] { done(error); });
        return;
    }
    auto copy = std::make_shared<crypto::SecureBytes>(it->second.clone());
    deliver(context, [done, copy] { done(std::move(*copy)); });
}

void MemoryKeyStore::remove(const QString &id, QObject *context, WriteDone done)
{
    m_entries.erase(id);
    deliver(context, [done] { done({}); });
}

} // namespace kassa::keys
