// NodeOracle: ethers and tronweb (tests/node/oracle.js) as an independent
// implementation for differential tests. One node process per oracle; call()
// sends one request, callMany() pipelines a batch (hundreds of random cases
// in one round trip).
#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QProcess>

#include <memory>

namespace kassa::test {

class NodeOracle
{
public:
    NodeOracle() = default;
    ~NodeOracle();

    //! Starts node with tests/node/oracle.js (needs make deps for node_modules).
    Result<void> start();
    //! One request, e.g. {"op":"keccak256","hex":"…"}; returns "result".
    Result<QJsonValue> call(const QJsonObject &request);
    //! Many requests, answers in order; a failed one carries its error.
    QList<Result<QJsonValue>> callMany(const QList<QJsonObject> &requests);

private:
    Result<QByteArray> readLine(int timeoutMs);

    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
};

} // namespace kassa::test
