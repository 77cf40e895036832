// Fuzz target: the payout inputs that come from outside — a destination
// address for each chain family (Payouts::canonicalAddress), the stored
// payout policy (PayoutPolicy::fromJson, for a database someone edited), a
// TOTP secret typed in base32 and a one-time code. Beyond "no crash": a
// canonical address is a fixed point; an accepted policy validates and
// survives a round trip; a code never matches unless it is 6 ASCII digits.
#include "operators/Totp.h"
#include "payouts/PayoutPolicy.h"
#include "payouts/Payouts.h"

#include <QJsonDocument>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kassa;

namespace {

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "payout_inputs invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    for (const char *chain : {"ethereum", "tron", "local"}) {
        auto canonical = payouts::Payouts::canonicalAddress(QLatin1String(chain), text);
        if (canonical.ok()) {
            auto again = payouts::Payouts::canonicalAddress(QLatin1String(chain), *canonical);
            require(again.ok() && *again == *canonical, "a canonical address is a fixed point");
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        auto policy = payouts::PayoutPolicy::fromJson(doc.object());
        if (policy.ok()) {
            require(payouts::PayoutPolicy::validate(*policy).ok(), "an accepted policy validates");
            auto back = payouts::PayoutPolicy::fromJson(payouts::PayoutPolicy::toJson(*policy));
            require(back.ok() && *back == *policy, "the policy survives a round trip");
        }
    }
    auto secret = operators::Totp::fromBase32(text);
    if (secret.ok() && !secret->isEmpty()) {
        const auto step = operators::Totp::match(*secret, text.left(6), 1'767'225'600);
        if (step) {
            for (QChar c : text.left(6))
                require(c >= u'0' && c <= u'9', "only digits match");
        }
    }
    return 0;
}
