#include "AnvilNode.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <csignal>

namespace kassa::test {

namespace {

Error anvilError(const QString &text)
{
    return makeError(ErrorCode::Network, text, text);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

AnvilNode::~AnvilNode()
{
    stop();
}

Result<void> AnvilNode::start(const Options &options)
{
    stop();
    if (!QFile::exists(anvilPath()))
        return anvilError(QStringLiteral("anvil is not installed at %1; run make deps").arg(anvilPath()));
    m_port = freePort();
    QStringList args = {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(m_port), QStringLiteral("--chain-id"), QString::number(options.chainId),
        QStringLiteral("--silent")};
    if (options.blockTimeSeconds > 0)
        args << QStringLiteral("--block-time") << QString::number(options.blockTimeSeconds);
    if (!options.loadState.isEmpty())
        args << QStringLiteral("--load-state") << options.loadState;
    if (!options.dumpState.isEmpty())
        args << QStringLiteral("--dump-state") << options.dumpState;
    args << options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(anvilPath(), args);
    if (!m_process->waitForStarted(10000))
        return anvilError(QStringLiteral("anvil did not start: %1").arg(m_process->errorString()));

    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (m_process->state() != QProcess::Running)
            return anvilError(QStringLiteral("anvil exited: %1").arg(log()));
        auto chainId = rpc(QStringLiteral("eth_chainId"));
        if (chainId.ok())
            return {};
        QThread::msleep(50);
    }
    return anvilError(QStringLiteral("anvil did not answer within 20 s: %1").arg(log()));
}

void AnvilNode::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

void AnvilNode::kill()
{
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

bool AnvilNode::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl AnvilNode::httpUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl AnvilNode::wsUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

QString AnvilNode::log() const
{
    return m_process ? QString::fromUtf8(m_process->readAll()) : QString();
}

Result<QJsonValue> AnvilNode::rpc(const QString &method, const QJsonArray &params)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(httpUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    const QJsonObject body {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), m_nextId++},
        {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop; // tests only: the application never nests event loops
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return anvilError(QStringLiteral("%1: %2").arg(method, reply->errorString()));
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (answer.contains(QStringLiteral("error"))) {
        return anvilError(QStringLiteral("%1: %2").arg(method,
            QString::fromUtf8(
                QJsonDocument(answer.value(QStringLiteral("error")).toObject()).toJson(QJsonDocument::Compact))));
    }
    return answer.value(QStringLiteral("result"));
}

Result<quint64> AnvilNode::blockNumber()
{
    auto number = rpc(QStringLiteral("eth_blockNumber"));
    if (!number.ok())
        return number.error();
    bool ok = false;
    const quint64 value = number->toString().mid(2).toULongLong(&ok, 16);
    if (!ok)
        return anvilError(QStringLiteral("bad block number %1").arg(number->toString()));
    return value;
}

Result<void> AnvilNode::mine(int blocks)
{
    auto mined =
        rpc(QStringLiteral("anvil_mine"), QJsonArray {QString(QStringLiteral("0x") + QString::number(blocks, 16))});
    if (!mined.ok())
        return mined.error();
    return {};
}

Result<QString> AnvilNode::snapshot()
{
    auto id = rpc(QStringLiteral("evm_snapshot"));
    if (!id.ok())
        return id.error();
    return id->toString();
}

Result<void> AnvilNode::revert(const QString &snapshotId)
{
    auto reverted = rpc(QStringLiteral("evm_revert"), {snapshotId});
    if (!reverted.ok())
        return reverted.error();
    if (!reverted->toBool())
        return anvilError(QStringLiteral("evm_revert refused %1").arg(snapshotId));
    return {};
}

Result<void> AnvilNode::reorg(int depth)
{
    auto reorged = rpc(QStringLiteral("anvil_reorg"), QJsonArray {depth, QJsonArray()});
    if (!reorged.ok())
        return reorged.error();
    return {};
}

Result<QJsonObject> AnvilNode::contracts()
{
    QFile file(binaryDir() + QStringLiteral("/tests/contracts/TestTokens.json"));
    if (!file.open(QIODevice::ReadOnly))
        return anvilError(
            QStringLiteral("compiled contracts missing: %1 (build the test_contracts target)").arg(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray AnvilNode::abiAddress(const QString &address)
{
    QString hex = address.toLower();
    if (hex.startsWith(QLatin1String("0x")))
        hex = hex.mid(2);
    return QByteArray(12, '\0') + QByteArray::fromHex(hex.toLatin1());
}

QByteArray AnvilNode::abiUint(const QString &decimal)
{
    // Test helper: decimal string → 32-byte big-endian word (schoolbook).
    QByteArray word(32, '\0');
    for (const QChar c : decimal) {
        int carry = c.digitValue();
        for (int i = 31; i >= 0; --i) {
            const int v = (quint8(word[i]) * 10) + carry;
            word[i] = char(v & 0xff);
            carry = v >> 8;
        }
    }
    return word;
}

Result<QJsonObject> AnvilNode::waitForReceipt(const QString &txHash)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        auto receipt = rpc(QStringLiteral("eth_getTransactionReceipt"), {txHash});
        if (!receipt.ok())
            return receipt.error();
        if (receipt->isObject())
            return receipt->toObject();
        QThread::msleep(20);
    }
    return anvilError(QStringLiteral("no receipt for %1 within 30 s").arg(txHash));
}

Result<QJsonObject> AnvilNode::sendTransaction(
    const QString &from, const QString &to, const QByteArray &data, const QString &valueHex)
{
    QJsonObject tx;
    tx.insert(QStringLiteral("from"), from);
    tx.insert(QStringLiteral("value"), valueHex);
    tx.insert(QStringLiteral("data"), QString(QStringLiteral("0x") + QString::fromLatin1(data.toHex())));
    if (!to.isEmpty())
        tx.insert(QStringLiteral("to"), to);
    auto hash = rpc(QStringLiteral("eth_sendTransaction"), {tx});
    if (!hash.ok())
        return hash.error();
    return waitForReceipt(hash->toString());
}

Result<QString> AnvilNode::deployToken(const QString &contract, int decimals)
{
    auto all = contracts();
    if (!all.ok())
        return all.error();
    const QString bytecode = all->value(contract).toObject().value(QStringLiteral("bytecode")).toString();
    if (bytecode.isEmpty())
        return anvilError(QStringLiteral("no contract %1").arg(contract));
    const QByteArray data = QByteArray::fromHex(bytecode.mid(2).toLatin1()) + abiUint(QString::number(decimals));
    auto receipt = sendTransaction(QLatin1String(kAccount0), QString(), data);
    if (!receipt.ok())
        return receipt.error();
    if (receipt->value(QStringLiteral("status")).toString() != QLatin1String("0x1"))
        return anvilError(QStringLiteral("deploying %1 failed").arg(contract));
    return receipt->value(QStringLiteral("contractAddress")).toString();
}

Result<QJsonObject> AnvilNode::mint(const QString &token, const QString &to, const QString &amount)
{
    // mint(address,uint256) = 0x40c10f19
    return sendTransaction(
        QLatin1String(kAccount0), token, QByteArray::fromHex("40c10f19") + abiAddress(to) + abiUint(amount));
}

Result<QJsonObject> AnvilNode::transfer(
    const QString &token, const QString &from, const QString &to, const QString &amount)
{
    // transfer(address,uint256) = 0xa9059cbb
    return sendTransaction(from, token, QByteArray::fromHex("a9059cbb") + abiAddress(to) + abiUint(amount));
}

} // namespace kassa::test
