#include "NodeOracle.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

namespace kassa::test {

namespace {
Error oracleError(const QString &text)
{
    return makeError(ErrorCode::Internal, text, text);
}
} // namespace

NodeOracle::~NodeOracle()
{
    if (m_process) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

Result<void> NodeOracle::start()
{
    const QString script = nodeDir() + QStringLiteral("/oracle.js");
    if (!QFile::exists(nodeDir() + QStringLiteral("/node_modules/ethers/package.json")))
        return oracleError(QStringLiteral("ethers/tronweb are not installed in %1; run make deps").arg(nodeDir()));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setWorkingDirectory(nodeDir());
    m_process->start(QStringLiteral("node"), {script});
    if (!m_process->waitForStarted(10000))
        return oracleError(QStringLiteral("cannot start node: %1").arg(m_process->errorString()));
    auto probe =
        call(QJsonObject {{QStringLiteral("op"), QStringLiteral("keccak256")}, {QStringLiteral("hex"), QString()}});
    if (!probe.ok())
        return probe.error();
    return {};
}

Result<QByteArray> NodeOracle::readLine(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_buffer.contains('\n')) {
        if (m_process->state() != QProcess::Running)
            return oracleError(
                QStringLiteral("oracle exited: %1").arg(QString::fromUtf8(m_process->readAllStandardError())));
        if (timer.elapsed() > timeoutMs)
            return oracleError(QStringLiteral("oracle did not answer within %1 ms").arg(timeoutMs));
        m_process->waitForReadyRead(100);
        m_buffer += m_process->readAllStandardOutput();
    }
    const qsizetype end = m_buffer.indexOf('\n');
    const QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    return line;
}

QList<Result<QJsonValue>> NodeOracle::callMany(const QList<QJsonObject> &requests)
{
    QList<Result<QJsonValue>> out;
    if (!m_process || m_process->state() != QProcess::Running) {
        for (qsizetype i = 0; i < requests.size(); ++i)
            out.append(oracleError(QStringLiteral("oracle not running")));
        return out;
    }
    QByteArray payload;
    for (const QJsonObject &request : requests)
        payload += QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    m_process->write(payload);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto line = readLine(60000);
        if (!line.ok()) {
            out.append(line.error());
            continue;
        }
        const QJsonObject answer = QJsonDocument::fromJson(line.value()).object();
        if (answer.value(QStringLiteral("ok")).toBool())
            out.append(answer.value(QStringLiteral("result")));
        else
            out.append(oracleError(answer.value(QStringLiteral("error")).toString()));
    }
    return out;
}

Result<QJsonValue> NodeOracle::call(const QJsonObject &request)
{
    return callMany({request}).first();
}

} // namespace kassa::test
