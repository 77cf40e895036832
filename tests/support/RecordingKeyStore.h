// RecordingKeyStore: an in-memory KeyStore whose entries a test can list and
// whose next operations can be made to fail (a locked keychain, a refusal).
#pragma once

#include "keys/KeyStore.h"

#include <QStringList>

#include <map>

namespace kassa::test {

class RecordingKeyStore final : public keys::KeyStore
{
public:
    using keys::KeyStore::KeyStore;

    QString backendName() const override { return QStringLiteral("test keychain"); }
    void write(const QString &id, crypto::SecureBytes secret, QObject *context, WriteDone done) override
    {
        if (failNext != keys::KeyStoreFailure::None) {
            const Error e = makeFailure(failNext, QStringLiteral("injected"), backendName());
            failNext = keys::KeyStoreFailure::None;
            deliver(context, [done, e] { done(e); });
            return;
        }
        entries[id] = std::move(secret);
        deliver(context, [done] { done(Result<void>()); });
    }
    void read(const QString &id, QObject *context, ReadDone done) override
    {
        auto it = entries.find(id);
        if (it == entries.end()) {
            const Error e = makeFailure(keys::KeyStoreFailure::NotFound, QStringLiteral("no entry"), backendName());
            deliver(context, [done, e] { done(e); });
            return;
        }
        auto copy = std::make_shared<crypto::SecureBytes>(it->second.clone());
        deliver(context, [done, copy] { done(std::move(*copy)); });
    }
    void remove(const QString &id, QObject *context, WriteDone done) override
    {
        entries.erase(id);
        deliver(context, [done] { done(Result<void>()); });
    }
    QStringList ids() const
    {
        QStringList out;
        for (const auto &e : entries)
            out.append(e.first);
        return out;
    }

    std::map<QString, crypto::SecureBytes> entries;
    keys::KeyStoreFailure failNext = keys::KeyStoreFailure::None;
};

} // namespace kassa::test
