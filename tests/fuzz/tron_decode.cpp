// Fuzz target: everything a Tron full node or TronGrid (or someone
// pretending to be one) can send back — blocks, transaction infos with
// their logs, TronGrid history pages, and what a payout reads (account
// balance and resources, chain prices, simulated calls, broadcast results) — goes through the strict decoders
// without a crash, a hang or undefined behaviour, and what decodes holds
// together (full-size ids, a block id that encodes its number).
#include "chain/tron/TronDecode.h"
#include "chain/tron/TronSendDecode.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace kassa::chain::tron;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonValue parsed;
    QString error;
    if (!parseBody(body, &parsed, &error))
        return 0;

    const auto block = decodeBlock(parsed);
    if (const auto *b = std::get_if<std::optional<TronBlock>>(&block); b && *b) {
        if ((*b)->id.size() != 32 || (*b)->parentHash.size() != 32 || quint8((*b)->id.at(7)) != ((*b)->number & 0xff))
            std::abort();
    }
    const auto info = decodeTxInfo(parsed);
    if (const auto *i = std::get_if<std::optional<TronTxInfo>>(&info); i && *i) {
        if ((*i)->id.size() != 32)
            std::abort();
        for (qsizetype n = 0; n < (*i)->logs.size(); ++n) {
            const TronLog &log = (*i)->logs.at(n);
            if (log.topics.size() > 4)
                std::abort();
            if (const auto t = asTrc20Transfer(log, int(n)); t && t->value.bitLength() > 256)
                std::abort();
        }
    }
    // The block number the infos claim decides which one is "asked for".
    const quint64 asked = parsed.isArray() && !parsed.toArray().isEmpty()
        ? quint64(parsed.toArray().at(0).toObject().value(QStringLiteral("blockNumber")).toInteger())
        : 0;
    const auto infos = decodeBlockTxInfos(parsed, asked);
    if (const auto *list = std::get_if<QList<TronTxInfo>>(&infos)) {
        for (const TronTxInfo &one : *list) {
            if (one.blockNumber != asked)
                std::abort();
        }
    }
    const auto page = decodeTronGridPage(parsed);
    if (const auto *p = std::get_if<TronGridPage>(&page)) {
        if (p->rows.size() > 200 || p->fingerprint.size() > 512)
            std::abort();
        for (const TronGridTransfer &row : p->rows) {
            if (row.txId.size() != 32)
                std::abort();
        }
    }
    if (const auto balance = decodeAccountBalance(parsed); std::holds_alternative<qint64>(balance) && std::get<qint64>(balance) < 0)
        std::abort();
    if (const auto r = decodeAccountResources(parsed); const auto *res = std::get_if<TronAccountResources>(&r)) {
        if (res->bandwidthLeft() < 0 || res->energyLeft() < 0)
            std::abort();
    }
    if (const auto p = decodeChainPrices(parsed); const auto *prices = std::get_if<TronChainPrices>(&p)) {
        if (prices->energyFeeSun <= 0 || prices->transactionFeeSun <= 0)
            std::abort();
    }
    if (const auto c = decodeCallResult(parsed); const auto *call = std::get_if<TronCallResult>(&c)) {
        if (call->energyUsed < 0 || call->message.size() > 200 || (call->executed && !call->code.isEmpty()))
            std::abort();
    }
    if (const auto b = decodeBroadcastResult(parsed); const auto *sent = std::get_if<TronBroadcastResult>(&b)) {
        if ((sent->accepted && sent->code != QLatin1String("SUCCESS")) || (!sent->txId.isEmpty() && sent->txId.size() != 32)
            || sent->code.isEmpty())
            std::abort();
    }
    return 0;
}
