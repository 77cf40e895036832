#!/usr/bin/env python3
"""Self-test of bench_report.py's line format (no benchmark runs here)."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_report as br  # noqa: E402


class ParseLine(unittest.TestCase):
    def test_full_line(self):
        f = br.parse_line('BENCH figure=evmwatcher.latency.p50 value=1.84 unit=ms goal=<=5 baseline=0.41 '
                          'ratio=4.49 note="what it is, with spaces"')
        self.assertEqual(f["figure"], "evmwatcher.latency.p50")
        self.assertEqual(f["value"], 1.84)
        self.assertEqual(f["unit"], "ms")
        self.assertEqual((f["goal_op"], f["goal"]), ("<=", 5.0))
        self.assertEqual(f["baseline"], 0.41)
        self.assertEqual(f["ratio"], 4.49)
        self.assertEqual(f["note"], "what it is, with spaces")
        self.assertEqual(br.verdict(f), "pass")

    def test_minimal_line_and_derived_ratio(self):
        f = br.parse_line("BENCH figure=x.y value=3 unit=s baseline=2")
        self.assertAlmostEqual(f["ratio"], 1.5)
        self.assertEqual(br.verdict(f), "-")
        self.assertNotIn("goal", f)

    def test_goals(self):
        self.assertEqual(br.verdict(br.parse_line("BENCH figure=a value=0.7 unit=x goal=>=0.8")), "FAIL")
        self.assertEqual(br.verdict(br.parse_line("BENCH figure=a value=0.8 unit=x goal=>=0.8")), "pass")
        self.assertEqual(br.verdict(br.parse_line("BENCH figure=a value=201 unit=ms goal=<=200")), "FAIL")

    def test_other_lines_are_not_figures(self):
        self.assertIsNone(br.parse_line("  block 1: 10 ms"))
        self.assertIsNone(br.parse_line("BENCHMARK done"))

    def test_malformed_lines_are_refused(self):
        for line in ("BENCH value=1 unit=ms",  # no figure
                     "BENCH figure=a unit=ms",  # no value
                     "BENCH figure=a value=fast unit=ms",
                     "BENCH figure=A.B value=1 unit=ms",  # id case
                     "BENCH figure=a value=1 unit=ms goal=<5",
                     "BENCH figure=a value=nan unit=ms",
                     'BENCH figure=a value=1 unit=ms note="unterminated',
                     "BENCH figure=a value=1 unit=ms stray"):
            with self.assertRaises(br.BadLine, msg=line):
                br.parse_line(line)

    def test_table_has_one_row_per_figure(self):
        rows = [("b", br.parse_line("BENCH figure=a value=1 unit=ms goal=<=2 baseline=0.5")),
                ("b", br.parse_line("BENCH figure=c value=3 unit=MB"))]
        lines = br.table(rows)
        self.assertEqual(len(lines), 4)
        self.assertIn("pass", lines[2])
        self.assertIn("≤ 2 ms", lines[2])


if __name__ == "__main__":
    unittest.main()
