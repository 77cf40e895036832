#include "keys/KeychainStore.h"

#include <qt6keychain/keychain.h>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <openssl/crypto.h>

namespace kassa::keys {

namespace {
// QtKeychain takes secrets as QByteArray; wipe our copy once the job is done
// with it (QtKeychain's internal copies are outside our reach).
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}
#ifdef Q_OS_LINUX
const QString kSecretsService = QStringLiteral("org.freedesktop.secrets");
const QString kPropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");

// Asks the Secret Service whether the default collection is locked and calls
// `done(true)` if it is. A locked collection hides its items, so libsecret
// (and with it QtKeychain) reports "entry not found" when it cannot show an
// unlock prompt; without this check a locked keychain would look like a lost
// wallet. Asynchronous: the answer arrives through the event loop.
void checkDefaultCollectionLocked(QObject *owner, std::function<void(bool)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(false);
        return;
    }
    QDBusMessage alias = QDBusMessage::createMethodCall(kSecretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    auto *aliasWatcher = new QDBusPendingCallWatcher(bus.asyncCall(alias, 5000), owner);
    QObject::connect(aliasWatcher, &QDBusPendingCallWatcher::finished, owner, [owner, done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError() || reply.value().path() == QLatin1String("/")) {
            done(false);
            return;
        }
        QDBusMessage get = QDBusMessage::createMethodCall(
            kSecretsService, reply.value().path(), kPropertiesInterface, QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        auto *lockedWatcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 5000), owner);
        QObject::connect(lockedWatcher, &QDBusPendingCallWatcher::finished, owner, [done](QDBusPendingCallWatcher *l) {
            l->deleteLater();
            const QDBusPendingReply<QDBusVariant> locked = *l;
            done(!locked.isError() && locked.value().variant().toBool());
        });
    });
}
#endif

} // namespace

KeychainStore::KeychainStore(QString keyNamespace, QObject *parent) : KeyStore(parent), m_namespace(std::move(keyNamespace))
{
}

QString KeychainStore::backendName() const
{
    return tr("system keychain");
}

QString KeychainStore::entryKey(const QString &id) const
{
    return m_namespace + QLatin1Char('/') + id;
}

Error KeychainStore::jobError(const QKeychain::Job *job, const QString &id) const
{
    const QString detail = QStringLiteral("%1 (entry %2)").arg(job->errorString(), id);
    switch (job->error()) {
    case QKeychain::EntryNotFound: return makeFailure(KeyStoreFailure::NotFound, detail, backendName());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        // The Secret Service reports a collection that stays locked (no prompt
        // can be shown, or the prompt was dismissed) as a refused access.
        if (job->errorString().contains(QLatin1String("lock"), Qt::CaseInsensitive))
            return makeFailure(KeyStoreFailure::Locked, detail, backendName());
        return makeFailure(KeyStoreFailure::AccessDenied, detail, backendName());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return makeFailure(KeyStoreFailure::Unavailable, detail, backendName());
    case QKeychain::OtherError:
        if (job->errorString().contains(QLatin1String("lock"), Qt::CaseInsensitive))
            return makeFailure(KeyStoreFailure::Locked, detail, backendName());
        if (job->errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive))
            return makeFailure(KeyStoreFailure::Unavailable, detail, backendName());
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError: break;
    }
    return makeFailure(KeyStoreFailure::Internal, detail, backendName());
}

void KeychainStore::write(const QString &id, crypto::SecureBytes secret, QObject *context, WriteDone done)
{
    // Jobs have no parent: a job deleted while libsecret still answers it
    // crashes, so a job outlives a store destroyed meanwhile and deletes
    // itself when it finishes (autoDelete); its answer then goes nowhere.
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService), nullptr);
    job->setInsecureFallback(false);
    job->setKey(entryKey(id));
    QByteArray bytes(reinterpret_cast<const char *>(secret.data()), secret.size());
    secret.clear();
    job->setBinaryData(bytes);
    wipe(bytes);
    connect(job, &QKeychain::Job::finished, this, [this, id, context, done](QKeychain::Job *finished) {
        const Result<void> result = finished->error() == QKeychain::NoError ? Result<void>() : Result<void>(jobError(finished, id));
        deliver(context, [done, result] { done(result); });
    });
    job->start();
}

void KeychainStore::read(const QString &id, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService), nullptr);
    job->setInsecureFallback(false);
    job->setKey(entryKey(id));
    connect(job, &QKeychain::Job::finished, this, [this, id, context, done](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() != QKeychain::NoError) {
            const Error error = jobError(readJob, id);
#ifdef Q_OS_LINUX
            if (readJob->error() == QKeychain::EntryNotFound) {
                const QString detail = QStringLiteral("%1 (entry %2)").arg(readJob->errorString(), id);
                checkDefaultCollectionLocked(this, [this, error, detail, context, done](bool locked) {
                    const Error reported
                        = locked ? makeFailure(KeyStoreFailure::Locked, detail, backendName()) : error;
                    deliver(context, [done, reported] { done(reported); });
                });
                return;
            }
#endif
            deliver(context, [done, error] { done(error); });
            return;
        }
        QByteArray bytes = readJob->binaryData();
        auto secret = std::make_shared<crypto::SecureBytes>(crypto::SecureBytes::copyOf(bytes));
        wipe(bytes);
        deliver(context, [done, secret] { done(std::move(*secret)); });
    });
    job->start();
}

void KeychainStore::remove(const QString &id, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(kService), nullptr);
    job->setInsecureFallback(false);
    job->setKey(entryKey(id));
    connect(job, &QKeychain::Job::finished, this, [this, id, context, done](QKeychain::Job *finished) {
        Result<void> result;
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound)
            result = jobError(finished, id);
        deliver(context, [done, result] { done(result); });
    });
    job->start();
}

} // namespace kassa::keys
