// BenchFigure: the one machine-readable line each benchmark prints per
// figure, which `make bench` (tests/bench/bench_report.py) gathers into one
// table and build/bench-report.md. The format is in doc/developer-notes.md:
//
//   BENCH figure=evmwatcher.latency.p50 value=1.84 unit=ms goal=<=5 baseline=0.41 ratio=4.49 note="…"
//
// value and baseline are in `unit` and measured in the same run; ratio is
// value / baseline unless the benchmark says otherwise in its note.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

namespace kassa::bench {

struct Figure {
    std::string figure; //!< dotted id, [a-z0-9_.-], e.g. "evmwatcher.block5000"
    double value = 0;
    std::string unit; //!< ms, us, MB, ops/s, addr/s, x, …
    std::string goal; //!< "<=5", ">=0.8", or empty when the figure has none
    double baseline = NAN; //!< same unit, measured in the same run; NaN: none
    double ratio = NAN; //!< NaN: value / baseline
    std::string note; //!< what the figure and its baseline are (no double quotes)
};

inline void printFigure(const Figure &f)
{
    std::string line = "BENCH figure=" + f.figure;
    char number[64];
    std::snprintf(number, sizeof(number), "%.6g", f.value);
    line += std::string(" value=") + number + " unit=" + f.unit;
    if (!f.goal.empty())
        line += " goal=" + f.goal;
    if (!std::isnan(f.baseline)) {
        std::snprintf(number, sizeof(number), "%.6g", f.baseline);
        line += std::string(" baseline=") + number;
    }
    const double ratio =
        !std::isnan(f.ratio) ? f.ratio : (!std::isnan(f.baseline) && f.baseline != 0 ? f.value / f.baseline : NAN);
    if (!std::isnan(ratio)) {
        std::snprintf(number, sizeof(number), "%.4g", ratio);
        line += std::string(" ratio=") + number;
    }
    if (!f.note.empty()) {
        std::string note = f.note;
        for (char &c : note) {
            if (c == '"' || c == '\n')
                c = '\'';
        }
        line += " note=\"" + note + "\"";
    }
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
}

} // namespace kassa::bench
