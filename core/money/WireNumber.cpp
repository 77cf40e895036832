#include "money/WireNumber.h"

#include <charconv>
#include <string>
#include <system_error>

namespace kassa::money {

namespace {

// The largest count of significant digits that every decimal in float64's
// normal range keeps through the nearest float64 (DBL_DIG).
constexpr int kExactDigits = 15;
// Decimal exponents (of the leading digit) well inside the normal range
// 2.2e-308 … 1.8e308, where that guarantee holds.
constexpr int kExactMinExponent = -307;
constexpr int kExactMaxExponent = 307;
// Exponents are read up to this size; beyond it the value is certainly out
// of float64's range whatever the digits (a literal has at most 1024 of them).
constexpr long kExponentCap = 100000;

// A number as Go's strconv "decimal" sees it: value = 0.d1d2…dn × 10^dp,
// with no leading or trailing zero digits (n = 0 is zero).
struct DecimalDigits {
    bool negative = false;
    std::string digits;
    long dp = 0;
};

enum class Range { Ok, Overflow };

// The one place in Kassa's money code where a binary floating-point value
// exists. It reads the literal as Go's strconv.ParseFloat would (correctly
// rounded) and returns the shortest round-trip digits of that float64, as Go's
// FormatFloat(…, -1, 64) chooses them. The double never leaves this function.
Range shortestFloat64Digits(const std::string &literal, DecimalDigits &out)
{
    double value = 0; // lint: allow-float(the float64 Go reads; only its shortest digits leave this function)
    const auto parsed = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    if (parsed.ec == std::errc::result_out_of_range) {
        // from_chars reports both ends of the range; the decimal exponent
        // tells which: a huge value overflows, a tiny one reads as ±0 in Go.
        if (out.dp > 0)
            return Range::Overflow;
        out.digits.clear();
        out.dp = 0;
        return Range::Ok;
    }
    char buffer[40];
    const auto printed = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::scientific);
    // "[-]d[.ddd]e±XX": the digits without the point, and the exponent.
    const std::string_view text(buffer, std::size_t(printed.ptr - buffer));
    const std::size_t e = text.find('e');
    std::string digits;
    for (const char c : text.substr(0, e)) {
        if (c >= '0' && c <= '9')
            digits += c;
    }
    int exponent = 0;
    const std::string_view exponentText = text.substr(e + 1);
    std::from_chars(exponentText.data() + (exponentText.front() == '+' ? 1 : 0),
        exponentText.data() + exponentText.size(), exponent);
    while (!digits.empty() && digits.back() == '0')
        digits.pop_back();
    out.digits = digits;
    out.dp = digits.empty() ? 0 : exponent + 1;
    return Range::Ok;
}

// Go's fmtF for precision −1: the digits, padded with zeros up to the point,
// and after the point exactly the digits that remain.
QString layOutFixed(const DecimalDigits &d)
{
    const long nd = long(d.digits.size());
    std::string out;
    if (d.negative)
        out += '-';
    if (d.dp > 0) {
        for (long i = 0; i < d.dp; ++i)
            out += i < nd ? d.digits[std::size_t(i)] : '0';
    } else {
        out += '0';
    }
    if (nd > d.dp) {
        out += '.';
        for (long i = 1; i <= nd - d.dp; ++i) {
            const long j = d.dp + i - 1;
            out += (j >= 0 && j < nd) ? d.digits[std::size_t(j)] : '0';
        }
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

Error notANumber(const QString &english, int position)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("json number: ") + english,
        position > 0 ? WireNumber::tr("This is not a JSON number: character %1 is unexpected.").arg(position)
                     : WireNumber::tr("This is not a JSON number: it is empty or incomplete."),
        WireNumber::tr("Send amounts as plain JSON numbers such as 100.5."));
}

} // namespace

Result<QString> WireNumber::signingText(QStringView literal)
{
    if (literal.size() > MaxLiteralLength) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("json number: %1 characters").arg(literal.size()),
            tr("The number is too long (%1 characters).").arg(literal.size()),
            tr("Send amounts as plain JSON numbers such as 100.5."));
    }
    // RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    DecimalDigits d;
    qsizetype i = 0;
    const qsizetype n = literal.size();
    auto isDigit = [&](qsizetype at) {
        return at < n && literal[at] >= u'0' && literal[at] <= u'9';
    };
    auto failAt = [&](qsizetype at) {
        return at < n ? notANumber(QStringLiteral("unexpected character at %1").arg(at + 1), int(at + 1))
                      : notANumber(QStringLiteral("incomplete"), 0);
    };
    if (i < n && literal[i] == u'-') {
        d.negative = true;
        ++i;
    }
    if (!isDigit(i))
        return failAt(i);
    // Significant digits: leading zeros are skipped (they only move the
    // point), trailing zeros are trimmed at the end.
    long pointShift = 0; // digits seen before the decimal point, minus leading zeros skipped after it
    bool any = false;
    if (literal[i] == u'0') {
        ++i;
        if (isDigit(i))
            return failAt(i); // leading zero
    } else {
        while (isDigit(i)) {
            d.digits += char(literal[i].unicode());
            ++pointShift;
            ++i;
        }
        any = true;
    }
    if (i < n && literal[i] == u'.') {
        ++i;
        if (!isDigit(i))
            return failAt(i);
        while (isDigit(i)) {
            const char c = char(literal[i].unicode());
            if (!any && c == '0') {
                --pointShift; // 0.00x: each zero moves the first digit one place right
            } else {
                d.digits += c;
                any = true;
            }
            ++i;
        }
    }
    long exponent = 0;
    if (i < n && (literal[i] == u'e' || literal[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (literal[i] == u'+' || literal[i] == u'-')) {
            negativeExponent = literal[i] == u'-';
            ++i;
        }
        if (!isDigit(i))
            return failAt(i);
        while (isDigit(i)) {
            exponent = std::min<long>(exponent * 10 + (literal[i].unicode() - u'0'), kExponentCap);
            ++i;
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != n)
        return failAt(i);

    while (!d.digits.empty() && d.digits.back() == '0')
        d.digits.pop_back();
    if (d.digits.empty()) {
        d.dp = 0; // zero, whatever the exponent: Go prints "0" or "-0"
        return layOutFixed(d);
    }
    d.dp = pointShift + exponent;
    const long leadingExponent = d.dp - 1;
    if (int(d.digits.size()) <= kExactDigits && leadingExponent >= kExactMinExponent
        && leadingExponent <= kExactMaxExponent)
        return layOutFixed(d);

    const std::string ascii = literal.toLatin1().toStdString();
    if (shortestFloat64Digits(ascii, d) == Range::Overflow) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("json number: beyond float64"),
            tr("The number is too large for a 64-bit floating-point value, so a Go gateway cannot read it."),
            tr("Send amounts as plain JSON numbers such as 100.5."));
    }
    return layOutFixed(d);
}

QString WireNumber::jsonLiteral(const Amount &amount)
{
    return amount.toString();
}

QString WireNumber::signingText(const Amount &amount)
{
    // An amount's text is a valid JSON number far inside float64's range
    // (at most 2^256 ≈ 1.2e77, at least 10^-36), so this cannot fail.
    const Result<QString> text = signingText(jsonLiteral(amount));
    Q_ASSERT(text.ok());
    return text.ok() ? text.value() : jsonLiteral(amount);
}

bool WireNumber::survivesFloat64(const Amount &amount)
{
    return signingText(amount) == jsonLiteral(amount);
}

} // namespace kassa::money
