#include "chain/Balances.h"

namespace kassa::chain {

QString formatUnits(const money::UInt256 &value, int decimals)
{
    QString digits = value.toDecimal();
    if (decimals <= 0)
        return digits;
    if (digits.size() <= decimals)
        digits = QString(decimals + 1 - digits.size(), QLatin1Char('0')) + digits;
    QString whole = digits.left(digits.size() - decimals);
    QString fraction = digits.right(decimals);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

} // namespace kassa::chain
