#include "chain/ChainJob.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace kassa::chain {

void ChainJobBase::launch(ChainJobBase *job, const QString &threadName)
{
    auto *thread = new QThread;
    thread->setObjectName(threadName);
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, [job] {
        // Whatever happens, the caller hears back.
        QTimer::singleShot(job->m_deadlineMs, job, [job] {
            if (!job->m_finished)
                job->timedOut();
        });
        job->begin();
    });
    QObject::connect(thread, &QThread::finished, job, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ChainJobBase::quitThread()
{
    thread()->quit();
}

SettingsCheckJob::SettingsCheckJob(ChainSettings settings, int timeoutMs)
    : ChainJob<ChainCheckResult>(timeoutMs * 3), m_settings(std::move(settings)), m_timeoutMs(timeoutMs)
{
    m_result.chainId = m_settings.id;
    m_result.checkedOnline = true;
}

void SettingsCheckJob::addIssue(const QString &key, const QString &english, const QString &display)
{
    m_result.issues << SettingsIssue {key, english, display};
}

void SettingsCheckJob::timedOut()
{
    addIssue(QString(), QStringLiteral("check timed out"), tr("The check took too long and was stopped."));
    finish();
}

BalanceJob::BalanceJob(ChainSettings settings, QStringList addresses, int timeoutMs)
    : ChainJob<QList<BalanceReading>>(timeoutMs * 2), m_settings(std::move(settings)),
      m_addresses(std::move(addresses)), m_timeoutMs(timeoutMs)
{
}

void BalanceJob::prepare(const std::function<bool(const QString &address)> &valid)
{
    for (const QString &address : std::as_const(m_addresses)) {
        const bool ok = valid(address);
        for (const TokenContract &token : std::as_const(m_settings.tokens)) {
            BalanceReading reading {m_settings.id, address, token, std::nullopt, {}, {}};
            if (!ok) {
                reading.error = QStringLiteral("not an address of %1").arg(m_settings.id);
                reading.userError = tr("Not an address of this chain.");
            } else {
                m_toRead << m_readings.size();
            }
            m_readings << reading;
        }
    }
}

void BalanceJob::timedOut()
{
    for (BalanceReading &r : m_readings) {
        if (!r.value && r.error.isEmpty()) {
            r.error = QStringLiteral("timed out");
            r.userError = tr("Reading the balance took too long.");
        }
    }
    answer(m_readings);
}

} // namespace kassa::chain
