// Fuzz target: the Tron transaction checker and the stored-transaction
// reader. The first input byte picks the entry point (TRC-20 check, TRX
// check, signed-transaction reader, node JSON); the rest is the input. The
// intended payouts are chains.md §6.5 (c) and a TRX transfer between the
// same addresses, so the seeds can pass. Whatever is accepted must be
// exactly its canonical encoding and match the intent.
#include "chain/evm/Erc20Abi.h"
#include "chain/tron/TronTxChecker.h"
#include "crypto/Hash.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa;
using namespace kassa::chain::tron;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "tron_tx_check invariant violated: %s\n", what);
        std::abort();
    }
}

struct Fixture {
    Trc20TransferParams trc20;
    TrxTransferParams trx;
    QList<TronRefBlock> blocks;
    TronExpiryBounds bounds;

    Fixture()
    {
        trc20.owner = *crypto::TronAddress::parse(u"TUEZSdKsoDHQMeZwihtdoBiN46zxhGWYdH");
        trc20.contract = *crypto::TronAddress::parse(u"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        trc20.to = *crypto::TronAddress::parse(u"TSeJkUh4Qv67VNFwY8LaAxERygNdy6NQZK");
        trc20.amount = money::UInt256(1000000);
        trc20.feeLimitSun = 30000000;
        trx = {trc20.owner, trc20.to, 2500000};
        blocks = {*TronRefBlock::fromFields(QByteArray::fromHex("1d80"), QByteArray::fromHex("0123456789abcdef"))};
        bounds.nowMs = 1750000003000;
    }
};

void checkAccepted(const TronTransaction &tx, QByteArrayView input, const Fixture &f)
{
    require(tx.rawData() == input, "accepted raw_data is the canonical encoding");
    require(tx.txId() == crypto::sha256(input), "txID is SHA-256(raw_data)");
    require(tx.owner() == f.trc20.owner, "owner matches the intent");
    require(f.blocks.contains(tx.timing().refBlock), "reference block is a known one");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Fixture f;
    if (size < 1 || size > 1 << 18)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        if (const auto tx = TronTxChecker::checkTrc20Transfer(input, f.trc20, f.blocks, f.bounds)) {
            checkAccepted(*tx, input, f);
            const auto call = tx->transferCall();
            require(call && call->amount == f.trc20.amount && call->to == f.trc20.to.toEvm(), "pays the intended");
            require(tx->feeLimitSun() == f.trc20.feeLimitSun, "fee limit as intended");
        }
        break;
    case 1:
        if (const auto tx = TronTxChecker::checkTrxTransfer(input, f.trx, f.blocks, f.bounds)) {
            checkAccepted(*tx, input, f);
            require(tx->target() == f.trx.to && tx->amountSun() == f.trx.amountSun, "pays the intended");
        }
        break;
    case 2:
        if (const auto signed_ = TronTransaction::decodeSigned(input)) {
            require(signed_->txId == crypto::sha256(signed_->tx.rawData()), "txID is SHA-256(raw_data)");
            require(signed_->signature.isLowS(), "only low-s signatures are accepted");
            const auto again = TronTransaction::decodeSigned(signed_->transactionBytes());
            require(again.ok() && again->tx.rawData() == signed_->tx.rawData(), "re-encoding reads back");
        }
        break;
    case 3: {
        const QJsonObject object = QJsonDocument::fromJson(input.toByteArray()).object();
        if (const auto raw = TronTxChecker::rawDataFromNode(object))
            (void)TronTxChecker::checkTrc20Transfer(*raw, f.trc20, f.blocks, f.bounds);
        break;
    }
    }
    return 0;
}
