// Fuzz target: the storefront request path — the strict JSON reader, the
// Epusdt signature over Go's text of each value, and the field checks of
// create-transaction, of the deposit-address body and of the POST
// /v1/payouts body — plus the callback body round trip. Beyond "no crash, no
// sanitizer report": whatever parses must sign deterministically, an
// accepted request must carry in-range fields, and a body re-signed with the
// token must verify. An accepted payout has an enabled asset, an amount above
// zero, a destination already in canonical form and texts within their limits.
#include "api/CheckoutPage.h"
#include "api/StorefrontApi.h"
#include "notify/EpusdtSignature.h"
#include "payouts/Payouts.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "storefront_request invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray token = "Xk9_demo-Token.2024";
    api::ApiSettings settings;
    settings.epusdtToken = token;

    auto fields = notify::RawJson::parseObject(input);
    if (fields.ok()) {
        auto a = notify::EpusdtSignature::sign(fields.value(), token);
        auto b = notify::EpusdtSignature::sign(fields.value(), token);
        require(a.ok() == b.ok(), "signing is not deterministic");
        if (a.ok()) {
            require(a.value() == b.value(), "signature differs between runs");
            require(a.value().size() == 32, "signature is not 32 hex digits");
            // Re-sign: replace the signature and the request must verify.
            QList<notify::JsonField> resigned;
            for (const auto &f : fields.value())
                if (f.key != QLatin1String("signature"))
                    resigned.append(f);
            resigned.append(
                notify::JsonField {QStringLiteral("signature"), notify::JsonField::Kind::String, a.value()});
            require(notify::EpusdtSignature::verify(resigned, token), "a re-signed body does not verify");
        }
    }
    const auto parsed = api::StorefrontApi::parseCreateTransaction(input, token, settings);
    if (const auto *ok = std::get_if<api::CreateTransaction>(&parsed)) {
        require(!ok->orderId.isEmpty() && ok->orderId.size() <= 32, "order_id out of range accepted");
        require(api::StorefrontApi::isCallbackUrl(ok->notifyUrl, settings.maxUrlLength), "bad notify_url accepted");
        require(!ok->amountText.isEmpty(), "empty amount accepted");
    }
    const auto deposit = api::StorefrontApi::parseDepositAddressRequest(input, settings);
    if (const auto *ok = std::get_if<api::DepositAddressRequest>(&deposit)) {
        require(!ok->customerId.isEmpty() && ok->customerId.size() <= 64, "customer_id out of range accepted");
        require(ok->chain.size() <= 32 && ok->asset.size() <= 16, "chain or asset out of range accepted");
        for (const QChar c : ok->customerId)
            require(c.category() != QChar::Other_Control, "control character in customer_id accepted");
    } else {
        const auto &refused = std::get<api::NativeRefusal>(deposit);
        require(refused.status == 400 && !refused.code.isEmpty(), "a refusal without status or code");
    }
    settings.payoutTargets = {{QStringLiteral("tron"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), money::Asset::usdt6()},
        {QStringLiteral("ethereum"), QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7"), money::Asset::usdt6()}};
    const auto payout = api::StorefrontApi::parsePayoutRequest(input, settings);
    if (const auto *ask = std::get_if<api::PayoutAsk>(&payout)) {
        require(!ask->amount.units().isZero(), "a zero payout accepted");
        require(ask->amount.asset() == money::Asset::usdt6(), "another asset accepted");
        const auto canonical = payouts::Payouts::canonicalAddress(ask->chain, ask->destination);
        require(canonical.ok() && canonical.value() == ask->destination, "a destination not in canonical form");
        require(!ask->reason.isEmpty() && ask->reason.size() <= 500 && ask->reference.size() <= 100, "texts out of range");
    } else {
        require(std::get<api::ApiRefusal>(payout).status == 400, "a parse refusal other than 400");
    }
    (void)api::CheckoutPage::pickLanguage(QString::fromUtf8(input));
    return 0;
}
