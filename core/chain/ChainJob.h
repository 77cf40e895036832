// ChainJob: a one-shot conversation with a chain's nodes (a settings check,
// a balance read) on a thread of its own, so nothing waits on the network on
// the caller's thread. The job lives on that thread, answers through a
// QPromise the caller holds as a QFuture (continue with .then(context, …)),
// and always answers: when the deadline passes first, timedOut() finishes
// it with what it has.
#pragma once

#include "chain/Balances.h"
#include "chain/ChainSettings.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QStringList>

#include <functional>
#include <memory>

namespace kassa::chain {

class ChainJobBase : public QObject
{
public:
    //! The whole job may take up to `deadlineMs`.
    explicit ChainJobBase(int deadlineMs) : m_deadlineMs(deadlineMs) {}

protected:
    //! Moves `job` to a new thread named `threadName` and calls begin() there;
    //! the thread and the job are deleted once the job calls quitThread().
    static void launch(ChainJobBase *job, const QString &threadName);

    virtual void begin() = 0;
    //! The deadline passed before the job finished: finish now.
    virtual void timedOut() = 0;
    //! Ends the job's thread (call once the promise is finished).
    void quitThread();

    bool m_finished = false;

private:
    int m_deadlineMs;
};

//! A ChainJob that answers one `T`.
template <typename T>
class ChainJob : public ChainJobBase
{
public:
    explicit ChainJob(int deadlineMs)
        : ChainJobBase(deadlineMs), m_promise(std::make_shared<QPromise<T>>())
    {
        m_promise->start();
    }

    //! Starts `job` on its thread and hands back its future.
    static QFuture<T> start(ChainJob<T> *job, const QString &threadName)
    {
        QFuture<T> future = job->m_promise->future();
        launch(job, threadName);
        return future;
    }

protected:
    //! Answers `value` (once; later calls do nothing) and ends the thread.
    void answer(const T &value)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_promise->addResult(value);
        m_promise->finish();
        quitThread();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

//! The common half of the per-family settings checks: the result being
//! gathered, and the timeout issue.
class SettingsCheckJob : public ChainJob<ChainCheckResult>
{
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::SettingsCheckJob)

public:
    SettingsCheckJob(ChainSettings settings, int timeoutMs);

protected:
    void addIssue(const QString &key, const QString &english, const QString &display);
    void timedOut() override;
    void finish() { answer(m_result); }

    ChainSettings m_settings;
    int m_timeoutMs;
    ChainCheckResult m_result;
};

//! The common half of the per-family balance readers: one reading per
//! (address, token), addresses first; an address the family refuses gets an
//! error reading and is not asked for; a reading still open at the deadline
//! says it took too long.
class BalanceJob : public ChainJob<QList<BalanceReading>>
{
    Q_DECLARE_TR_FUNCTIONS(kassa::chain::BalanceJob)

public:
    BalanceJob(ChainSettings settings, QStringList addresses, int timeoutMs);

protected:
    //! Makes the readings; `valid` says whether an address is one of this family's.
    void prepare(const std::function<bool(const QString &address)> &valid);
    void timedOut() override;

    ChainSettings m_settings;
    QStringList m_addresses;
    int m_timeoutMs;
    QList<BalanceReading> m_readings;
    QList<qsizetype> m_toRead; //!< indexes into m_readings still to ask for
};

} // namespace kassa::chain
