// Fuzz target: everything an Ethereum node (or someone pretending to be one)
// can send back — the JSON-RPC envelope, block headers, Transfer logs — goes
// through the strict decoders without a crash, a hang or undefined behaviour.
#include "chain/evm/EvmDecode.h"
#include "chain/evm/JsonRpcClient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace kassa::chain::evm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonValue parsed;
    QString error;
    if (!JsonRpcClient::parseBody(body, 64, &parsed, &error))
        return 0;
    const RpcReply reply = JsonRpcClient::decodeResponse(parsed, 1);
    const QJsonValue result = reply.ok ? reply.result : parsed;
    (void)decodeBlockHeader(result);
    const QJsonArray items = result.isArray() ? result.toArray() : QJsonArray {result};
    for (qsizetype i = 0; i < items.size() && i < 1000; ++i) {
        const auto log = decodeTransferLog(items.at(i), QStringLiteral("log"));
        if (const auto *t = std::get_if<TransferLog>(&log)) {
            // A decoded log always carries full-size hashes.
            if (t->txHash.size() != 32 || t->blockHash.size() != 32)
                std::abort();
        }
        // The generic decoder and the ERC-20 view of it agree with the strict one.
        const auto raw = decodeLog(items.at(i), QStringLiteral("log"));
        if (const auto *r = std::get_if<RawLog>(&raw)) {
            if (r->topics.size() > 4 || r->logIndex > 0x7fffffffu)
                std::abort();
            const auto transfer = asTransfer(*r);
            if (transfer && std::holds_alternative<TransferLog>(log)
                && std::get<TransferLog>(log).value != transfer->value)
                std::abort();
        }
    }
    return 0;
}
