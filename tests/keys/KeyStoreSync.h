// Synchronous wrappers over the asynchronous KeyStore API, for tests.
#pragma once

#include "keys/KeyStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <optional>

namespace kassa::test {

template <typename T>
Result<T> waitFor(std::optional<Result<T>> &slot, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!slot && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!slot)
        return makeError(ErrorCode::Internal, QStringLiteral("no answer within %1 ms").arg(timeoutMs), {});
    return *slot;
}

inline Result<void> writeSync(keys::KeyStore &store, const QString &id, const QByteArray &bytes)
{
    std::optional<Result<void>> out;
    QObject context;
    store.write(id, crypto::SecureBytes::copyOf(bytes), &context, [&](Result<void> r) { out = r; });
    return waitFor(out);
}

inline Result<QByteArray> readSync(keys::KeyStore &store, const QString &id)
{
    std::optional<Result<QByteArray>> out;
    QObject context;
    store.read(id, &context, [&](Result<crypto::SecureBytes> r) {
        if (r.ok())
            out = QByteArray(reinterpret_cast<const char *>(r->data()), r->size());
        else
            out = r.error();
    });
    return waitFor(out);
}

inline Result<void> removeSync(keys::KeyStore &store, const QString &id)
{
    std::optional<Result<void>> out;
    QObject context;
    store.remove(id, &context, [&](Result<void> r) { out = r; });
    return waitFor(out);
}

} // namespace kassa::test
