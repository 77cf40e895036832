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

} // namespace kassa::chain
