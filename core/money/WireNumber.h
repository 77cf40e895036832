// WireNumber: the text an Epusdt-style gateway signs for a JSON number.
//
// Epusdt (Go) decodes the request body into map[string]interface{}, so every
// JSON number becomes a float64, and signs it as
// strconv.FormatFloat(v, 'f', -1, 64): the shortest decimal digits that read
// back as the same float64, written out in fixed notation — no exponent, no
// trailing zeros, no trailing ".0". So "100.50" is signed as "100.5", "1e2" as
// "100", "1E+6" as "1000000", "-0" as "-0", and 0.1 + 0.2-style noise never
// appears because only literals are converted, never sums. The storefront
// plugins compute the same text from the number they send; Kassa must produce
// it byte for byte to verify their signatures and to sign its callbacks.
//
// How it is computed without letting binary floating point near an amount:
// - A literal with at most 15 significant digits inside float64's normal
//   range is converted exactly in decimal: every such decimal reads back from
//   its nearest float64 unchanged (DBL_DIG = 15), so the shortest round-trip
//   digits are its own digits with the zeros trimmed.
// - Anything longer (or tiny/huge) is read into a double with std::from_chars
//   (correctly rounded, like Go's strconv.ParseFloat) and printed with
//   std::to_chars in scientific form (the shortest round-trip digits, like
//   Go's FormatFloat with precision −1); those digits are then laid out in
//   fixed notation here. That double lives in one function of WireNumber.cpp
//   and is never returned, stored or turned into an amount.
//   (std::to_chars in *fixed* form is not Go's rule: for 1e23 it prints the
//   exact integer 99999999999999991611392 where Go prints
//   100000000000000000000000.)
//
// Differences from JavaScript's Number → String, which a JS storefront might
// use: JS switches to exponent form at 1e21 and below 1e-6 ("1e+21",
// "1e-7"; Go: "1000000000000000000000", "0.0000001") and prints −0 as "0"
// (Go: "-0"). The digits themselves are the same shortest round-trip digits.
//
// Epusdt uses json-iterator, whose fast path divides a uint64 by a power of
// ten for literals with 1–6 decimals; for literals with more than 15
// significant digits that can round twice and land one float64 away from
// strconv.ParseFloat. Kassa follows strconv (what encoding/json does). No
// amount Kassa signs has more than 15 significant digits (jsonLiteral()
// amounts below 10^13 with 2 decimals), so the two never differ in practice.
#pragma once

#include "base/Result.h"
#include "money/Amount.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kassa::money {

class WireNumber
{
    Q_DECLARE_TR_FUNCTIONS(kassa::money::WireNumber)

public:
    //! Longer literals are refused (a storefront never sends one).
    static constexpr qsizetype MaxLiteralLength = 1024;

    //! What Go's FormatFloat(v, 'f', -1, 64) prints for the float64 v that
    //! the JSON number `literal` (its raw text, strict RFC 8259 grammar)
    //! reads as. Literals beyond float64's range are refused (Go's JSON
    //! decoders fail on them too); literals too small for it read as 0 or −0.
    static Result<QString> signingText(QStringView literal);

    //! The JSON number Kassa writes for an amount: its exact decimal text
    //! without trailing zeros or exponent ("13.92", "100").
    static QString jsonLiteral(const Amount &amount);
    //! What a Go receiver signs for jsonLiteral(amount).
    static QString signingText(const Amount &amount);
    //! True if a float64 carries the amount unchanged, i.e. signingText()
    //! equals jsonLiteral(). Always true up to 15 significant digits.
    static bool survivesFloat64(const Amount &amount);
};

} // namespace kassa::money
