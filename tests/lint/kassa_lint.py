#!/usr/bin/env python3
"""Kassa's structural lint.

Checks the structural rules of Kassa's style guide that the compiler cannot:
layer boundaries (core/ without Qt GUI), the secret and network chokepoints,
the message-box wrapper, money without floating point, and translation
hygiene (completeness, placeholders, no injected addresses).

usage: kassa_lint.py [--root DIR] [--only RULE[,RULE]] [--qt-include-dir DIR]
       kassa_lint.py --list

Prints one line per violation as ``path:line: RULE: message`` (path relative
to the root), then a summary line. Exit status: 0 clean, 1 violations,
2 usage error.

Python 3.11 standard library only. Tests import this file and call
``run(root, only=None)``, which returns a list of ``Violation``.
"""
from __future__ import annotations

import argparse
import bisect
import glob
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import xml.parsers.expat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

# --------------------------------------------------------------------------
# Results


@dataclass(frozen=True, order=True)
class Violation:
    path: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.rule}: {self.message}"


# --------------------------------------------------------------------------
# Which files we look at

SOURCE_SUFFIXES = (".h", ".hpp", ".hxx", ".cpp", ".cc", ".cxx")
# Directories never descended into, at any depth.
SKIP_DIR_NAMES = {".git", "node_modules", "__pycache__", ".cache"}
# "build", "build-release", "build_asan", "build.debug" at any depth; at the
# top level anything starting with "build" (build2, buildroot ...) as well.
BUILD_DIR_RE = re.compile(r"^build(?:[-_.].*)?$")


def _skip_dir(name: str, depth: int) -> bool:
    if name in SKIP_DIR_NAMES:
        return True
    if BUILD_DIR_RE.match(name):
        return True
    return depth == 0 and name.startswith("build")


def _walk_files(root: Path) -> list[str]:
    out: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        depth = 0 if rel_dir == "." else rel_dir.count(os.sep) + 1
        if depth > 0 and "CMakeCache.txt" in filenames:
            dirnames[:] = []
            continue
        dirnames[:] = [d for d in dirnames if not _skip_dir(d, depth)]
        for name in filenames:
            rel = name if rel_dir == "." else os.path.join(rel_dir, name)
            out.append(rel.replace(os.sep, "/"))
    return out


def _git_files(root: Path) -> list[str] | None:
    """Files git tracks or would track (untracked but not ignored).

    Read-only git query; None when root is not a git work tree or git is
    unavailable, in which case we walk the directory ourselves.
    """
    if not (root / ".git").exists():
        return None
    try:
        proc = subprocess.run(
            ["git", "-C", str(root), "ls-files", "--cached", "--others",
             "--exclude-standard", "-z"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=20,
            check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    names = proc.stdout.decode("utf-8", "surrogateescape").split("\0")
    return sorted({n for n in names if n})


def list_files(root: Path) -> list[str]:
    """Relative POSIX paths of the files the lint should read."""
    listed = _git_files(root)
    if listed is None:
        return sorted(_walk_files(root))
    out = []
    cache_dirs: dict[str, bool] = {}

    def is_build_tree(d: str) -> bool:
        if d not in cache_dirs:
            cache_dirs[d] = (root / d / "CMakeCache.txt").is_file()
        return cache_dirs[d]

    for rel in listed:
        parts = rel.split("/")
        dirs = parts[:-1]
        if any(_skip_dir(d, i) for i, d in enumerate(dirs)):
            continue
        if any(is_build_tree("/".join(dirs[: i + 1])) for i in range(len(dirs))):
            continue
        if not (root / rel).is_file():  # deleted from the work tree, or a submodule
            continue
        out.append(rel)
    return out


# --------------------------------------------------------------------------
# C++ and CMake text without comments / string contents

_CPP_TOKEN = re.compile(
    r"""
    (?=[/"'uULR])                                         # cheap first-character filter
    (?:
      (?P<lc>//(?:[^\n\\]|\\[\s\S])*)                     # line comment (with \ continuation)
    | (?P<bc>/\*[\s\S]*?(?:\*/|\Z))                       # block comment
    | (?P<raw>(?<!\w)(?:u8|u|U|L)?R"(?P<d>[^()\\\s"]{0,16})\([\s\S]*?\)(?P=d)")  # raw string
    | (?P<str>(?:(?<!\w)(?:u8|u|U|L))?"(?:[^"\\\n]|\\[\s\S])*"?)   # string literal
    | (?P<chr>(?:(?<!\w)(?:u8|u|U|L)|(?<!\w))'(?:[^'\\\n]|\\.)*'?)  # char literal, not 1'000
    )
    """,
    re.VERBOSE,
)
_NON_NEWLINE = re.compile(r"[^\n]+")


def _blank(s: str) -> str:
    if "\n" not in s:
        return " " * len(s)
    return _NON_NEWLINE.sub(lambda m: " " * len(m.group(0)), s)


def _blank_string(s: str) -> str:
    """Keep the opening and closing quotes of a string literal, blank the rest."""
    first = s.find('"')
    closed = len(s) > first + 1 and s.endswith('"')
    inner = s[first + 1: len(s) - 1 if closed else len(s)]
    return " " * first + '"' + _blank(inner) + ('"' if closed else "")


def mask_cpp(text: str) -> tuple[str, str]:
    """Return (without_comments, code_only).

    Both have the same length and line structure as the input. In
    ``without_comments`` comments are blanked; in ``code_only`` comments,
    character literals and the contents of string literals are blanked (the
    quotes stay so patterns like ``tr("`` still match).
    """
    nc: list[str] = []
    code: list[str] = []
    pos = 0
    for m in _CPP_TOKEN.finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        gap = text[pos:start]
        nc.append(gap)
        code.append(gap)
        tok = m.group(0)
        if kind in ("lc", "bc"):
            blank = _blank(tok)
            nc.append(blank)
            code.append(blank)
        elif kind == "chr":
            nc.append(tok)
            code.append(_blank(tok))
        else:  # str, raw (for a raw string lastgroup is "raw": it closes last)
            nc.append(tok)
            code.append(_blank_string(tok))
        pos = end
    nc.append(text[pos:])
    code.append(text[pos:])
    return "".join(nc), "".join(code)


_CMAKE_TOKEN = re.compile(
    r"""
      (?P<bc>\#\[(?P<e1>=*)\[[\s\S]*?\](?P=e1)\])   # bracket comment #[[ ]]
    | (?P<lc>\#[^\n]*)                              # line comment
    | (?P<q>"(?:[^"\\]|\\[\s\S])*"?)                # quoted argument
    | (?P<ba>\[(?P<e2>=*)\[[\s\S]*?\](?P=e2)\])     # bracket argument
    """,
    re.VERBOSE,
)


def mask_cmake(text: str, strings: bool = False) -> str:
    """CMake text with comments (and, if strings, quoted/bracket arguments)
    blanked; same length and line structure as the input."""
    def repl(m: re.Match) -> str:
        if m.group("bc") is not None or m.group("lc") is not None or strings:
            return _blank(m.group(0))
        return m.group(0)
    return _CMAKE_TOKEN.sub(repl, text)


# --------------------------------------------------------------------------
# Per-run context


class SourceFile:
    def __init__(self, root: Path, rel: str):
        self.rel = rel
        self.path = root / rel
        self._text: str | None = None
        self._masked: tuple[str, str] | None = None
        self._cmake: str | None = None
        self._cmake_code: str | None = None
        self._line_starts: list[int] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            try:
                self._text = self.path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                self._text = ""
        return self._text

    @property
    def no_comments(self) -> str:
        return self._cpp()[0]

    @property
    def code(self) -> str:
        return self._cpp()[1]

    def _cpp(self) -> tuple[str, str]:
        if self._masked is None:
            self._masked = mask_cpp(self.text)
        return self._masked

    @property
    def cmake(self) -> str:
        if self._cmake is None:
            self._cmake = mask_cmake(self.text)
        return self._cmake

    @property
    def cmake_code(self) -> str:
        if self._cmake_code is None:
            self._cmake_code = mask_cmake(self.text, strings=True)
        return self._cmake_code

    def line_of(self, offset: int) -> int:
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        return bisect.bisect_right(self._line_starts, offset)


@dataclass
class Context:
    root: Path
    files: list[str]
    qt_include_dir: str | None = None
    notes: list[str] = field(default_factory=list)
    _cache: dict[str, SourceFile] = field(default_factory=dict)

    def file(self, rel: str) -> SourceFile:
        f = self._cache.get(rel)
        if f is None:
            f = self._cache[rel] = SourceFile(self.root, rel)
        return f

    def sources(self, *prefixes: str) -> Iterable[SourceFile]:
        for rel in self.files:
            if rel.endswith(SOURCE_SUFFIXES) and (not prefixes or rel.startswith(prefixes)):
                yield self.file(rel)

    def cmake_files(self, *prefixes: str) -> Iterable[SourceFile]:
        for rel in self.files:
            name = rel.rsplit("/", 1)[-1]
            if (name == "CMakeLists.txt" or name.endswith(".cmake")) and (
                    not prefixes or rel.startswith(prefixes)):
                yield self.file(rel)


RuleFn = Callable[[Context], Iterable[Violation]]
RULES: dict[str, tuple[str, RuleFn]] = {}


def rule(name: str, description: str) -> Callable[[RuleFn], RuleFn]:
    def deco(fn: RuleFn) -> RuleFn:
        RULES[name] = (description, fn)
        return fn
    return deco


INCLUDE_RE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]', re.M)


def _includes(f: SourceFile) -> Iterable[tuple[int, str]]:
    for m in INCLUDE_RE.finditer(f.no_comments):
        yield f.line_of(m.start()), m.group(2).strip()


# --------------------------------------------------------------------------
# 1. core-gui-include

GUI_MODULES = ("QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtCharts",
               "QtOpenGLWidgets", "QtPrintSupport")
FALLBACK_GUI_HEADERS = {
    "QtGui", "QtWidgets", "QWidget", "QDialog", "QMessageBox", "QApplication",
    "QGuiApplication", "QPixmap", "QImage", "QIcon", "QColor", "QFont",
    "QPainter", "QAction", "QClipboard", "QDesktopServices",
    "QSystemTrayIcon", "QMainWindow", "QScreen", "QWindow",
}


def qt_include_roots(override: str | None) -> list[str]:
    if override:
        return [override]
    roots = sorted(glob.glob("/usr/include/*/qt6")) + ["/usr/include/qt6"]
    return [r for r in roots if os.path.isdir(r)]


def forbidden_gui_headers(override: str | None) -> tuple[set[str], list[str]]:
    """(header names, folders they came from). Falls back to a fixed list."""
    names = set(FALLBACK_GUI_HEADERS) | set(GUI_MODULES)
    used: list[str] = []
    for base in qt_include_roots(override):
        for module in GUI_MODULES:
            folder = os.path.join(base, module)
            if not os.path.isdir(folder):
                continue
            used.append(folder)
            with os.scandir(folder) as it:
                names.update(e.name for e in it if not e.is_dir())
    return names, used


@rule("core-gui-include",
      "core/ includes no QtGui/QtWidgets/QtSvg/QtCharts header")
def check_core_gui_include(ctx: Context) -> Iterable[Violation]:
    names, folders = forbidden_gui_headers(ctx.qt_include_dir)
    if not folders:
        ctx.notes.append("core-gui-include: no Qt GUI header folders found; "
                         "using the built-in list of GUI headers")
    modules = set(GUI_MODULES)
    for f in ctx.sources("core/"):
        for line, header in _includes(f):
            parts = header.split("/")
            if any(p in modules for p in parts) or (len(parts) == 1 and header in names):
                yield Violation(
                    f.rel, line, "core-gui-include",
                    f"core/ must not include the GUI header <{header}>; kassa_core "
                    "links QtCore only. Move the code to ui/, or pass plain values "
                    "(QString, QByteArray) across the boundary.")


# --------------------------------------------------------------------------
# 2. core-gui-link

GUI_TARGET_RE = re.compile(
    r"\bQt(?:6|\$\{QT_VERSION_MAJOR\})?::(?:Gui|Widgets|Svg|SvgWidgets|Charts|"
    r"OpenGLWidgets|PrintSupport)\w*")


@rule("core-gui-link", "CMake files under core/ link no Qt GUI module")
def check_core_gui_link(ctx: Context) -> Iterable[Violation]:
    for f in ctx.cmake_files("core/"):
        for m in GUI_TARGET_RE.finditer(f.cmake):
            yield Violation(
                f.rel, f.line_of(m.start()), "core-gui-link",
                f"{m.group(0)} is a GUI module; kassa_core must link QtCore-level "
                "modules only. Link it from ui/ or app/ instead.")


# --------------------------------------------------------------------------
# 3. no-glob

GLOB_RE = re.compile(r"\bfile\s*\(\s*(GLOB(?:_RECURSE)?)\b", re.I)


@rule("no-glob", "no file(GLOB) / file(GLOB_RECURSE) in CMake files")
def check_no_glob(ctx: Context) -> Iterable[Violation]:
    for f in ctx.cmake_files():
        for m in GLOB_RE.finditer(f.cmake_code):
            yield Violation(
                f.rel, f.line_of(m.start()), "no-glob",
                f"file({m.group(1).upper()}) hides new and removed files from the "
                "build; list the sources explicitly.")


# --------------------------------------------------------------------------
# 4. keychain-outside-keys

KEYCHAIN_INCLUDE_RE = re.compile(r"^(?:qt6keychain|qtkeychain)/|^keychain\.h$")
KEYCHAIN_NAME_RE = re.compile(r"\bQKeychain\b")
KEYCHAIN_DIRS = ("core/", "ui/", "app/", "tests/")


def _keychain_exempt(rel: str) -> bool:
    if rel.startswith("core/keys/"):
        return True
    if rel.startswith("tests/"):
        inner = rel[len("tests/"):].lower()
        return "keychain" in inner or "keystore" in inner
    return False


@rule("keychain-outside-keys",
      "QtKeychain is used only in core/keys/ (and keystore tests)")
def check_keychain(ctx: Context) -> Iterable[Violation]:
    hint = ("secrets go through the keystore in core/keys/ only; call its "
            "interface instead of QtKeychain.")
    for f in ctx.sources(*KEYCHAIN_DIRS):
        if _keychain_exempt(f.rel) or "eychain" not in f.text.lower():
            continue
        seen: set[int] = set()
        for line, header in _includes(f):
            if KEYCHAIN_INCLUDE_RE.search(header):
                seen.add(line)
                yield Violation(f.rel, line, "keychain-outside-keys",
                                f"includes <{header}>; {hint}")
        for m in KEYCHAIN_NAME_RE.finditer(f.code):
            line = f.line_of(m.start())
            if line not in seen:
                seen.add(line)
                yield Violation(f.rel, line, "keychain-outside-keys",
                                f"uses QKeychain; {hint}")


# --------------------------------------------------------------------------
# 5. network-chokepoint

NET_CLASSES = r"(?:QNetworkAccessManager|QWebSocket)"
NET_PATTERNS = [
    re.compile(rf"\bnew\s+(?:\w+\s*::\s*)?(?P<cls>{NET_CLASSES})\b"),
    re.compile(rf"\bmake_(?:unique|shared)\s*<\s*(?P<cls>{NET_CLASSES})\s*>"),
    # by-value object: `QNetworkAccessManager nam;`, `QWebSocket m_socket{...};`
    re.compile(rf"\b(?P<cls>{NET_CLASSES})\s+(?!const\b|final\b)[A-Za-z_]\w*\s*[;({{=\[]"),
]


@rule("network-chokepoint",
      "QNetworkAccessManager/QWebSocket are created only in core/net/")
def check_network(ctx: Context) -> Iterable[Violation]:
    for f in ctx.sources():
        if f.rel.startswith(("core/net/", "tests/")) or not (
                "QNetworkAccessManager" in f.text or "QWebSocket" in f.text):
            continue
        hits: dict[int, str] = {}
        for pat in NET_PATTERNS:
            for m in pat.finditer(f.code):
                hits.setdefault(f.line_of(m.start()), m.group("cls"))
        for line, cls in sorted(hits.items()):
            yield Violation(
                f.rel, line, "network-chokepoint",
                f"creates a {cls} outside core/net/; get one from the network "
                "factory in core/net/ so timeouts, proxy and TLS settings apply.")


# --------------------------------------------------------------------------
# 6. tr-whitespace

TR_CALL_RE = re.compile(
    r"""(?=[tQ])\b(?:
          tr\s*\(\s*
        | QT_TR(?:_N)?_NOOP\s*\(\s*
        | translate\s*\(\s*"[^"\n]*"\s*,\s*
        | QT_TRANSLATE(?:_N)?_NOOP\s*\(\s*"[^"\n]*"\s*,\s*
    )(?=")""",
    re.VERBOSE,
)
_STRING_AT_RE = re.compile(r'"((?:[^"\\\n]|\\[\s\S])*)"')
_ESCAPE_RE = re.compile(r"\\(x[0-9a-fA-F]+|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f",
                   "a": "\a", "b": "\b", "\n": ""}


def _decode_escapes(s: str) -> str:
    def repl(m: re.Match) -> str:
        e = m.group(1)
        if e[0] == "x":
            return chr(int(e[1:], 16) & 0x10FFFF)
        if e[0] in "01234567":
            return chr(int(e, 8))
        if e[0] in "uU" and len(e) > 1:
            return chr(int(e[1:], 16))
        return _SIMPLE_ESCAPES.get(e, e)
    return _ESCAPE_RE.sub(repl, s)


def _literal_at(text: str, pos: int) -> str:
    """Decoded value of the (possibly concatenated) string literal at pos."""
    parts = []
    while True:
        m = _STRING_AT_RE.match(text, pos)
        if not m:
            break
        parts.append(_decode_escapes(m.group(1)))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return "".join(parts)


@rule("tr-whitespace",
      "translatable strings in core/, ui/, app/ have no leading/trailing whitespace")
def check_tr_whitespace(ctx: Context) -> Iterable[Violation]:
    for f in ctx.sources("core/", "ui/", "app/"):
        for m in TR_CALL_RE.finditer(f.code):
            value = _literal_at(f.no_comments, m.end())
            if value and value != value.strip():
                yield Violation(
                    f.rel, f.line_of(m.start()), "tr-whitespace",
                    f"translatable text {value!r} starts or ends with whitespace; "
                    "translators drop it. Trim the text and add spacing or "
                    "newlines outside tr().")


# --------------------------------------------------------------------------
# 7. messagebox-wrapper

MESSAGEBOX_PATTERNS = [
    re.compile(r"\bQMessageBox\s*::\s*(?:question|warning|critical|information|about|aboutQt)\s*\("),
    re.compile(r"\bnew\s+QMessageBox\b"),
    re.compile(r"\bmake_(?:unique|shared)\s*<\s*QMessageBox\s*>"),
    re.compile(r"\bQMessageBox\s*[({]"),  # temporary: QMessageBox(...).exec()
    re.compile(r"\bQMessageBox\s+(?!const\b|final\b)[A-Za-z_]\w*\s*[;({=]"),
]
MESSAGEBOX_HOME = {"ui/MessageBox.h", "ui/MessageBox.cpp"}


@rule("messagebox-wrapper",
      "ui/ and app/ ask questions through ui/MessageBox, never QMessageBox directly")
def check_messagebox(ctx: Context) -> Iterable[Violation]:
    for f in ctx.sources("ui/", "app/"):
        if f.rel in MESSAGEBOX_HOME or "QMessageBox" not in f.text:
            continue
        lines: set[int] = set()
        for pat in MESSAGEBOX_PATTERNS:
            for m in pat.finditer(f.code):
                lines.add(f.line_of(m.start()))
        for line in sorted(lines):
            yield Violation(
                f.rel, line, "messagebox-wrapper",
                "uses QMessageBox directly; go through the wrapper in "
                "ui/MessageBox.h so tests can pre-answer the dialog.")


# --------------------------------------------------------------------------
# 8. money-float

MONEY_DIRS = ("core/money/", "core/payments/", "core/payouts/")
FLOAT_RE = re.compile(
    r"\b(?:double|float|qreal|toDouble|toFloat|atof|strtod|strtof|strtold|"
    r"std\s*::\s*sto(?:d|f|ld)|stod|stof|stold)\b")
FLOAT_HINT_RE = re.compile(r"double|float|qreal|toDouble|toFloat|atof|strto|sto[df]")
ALLOW_FLOAT_RE = re.compile(r"//\s*lint:\s*allow-float\s*\((?P<reason>[^)]*)\)\s*$")


@rule("money-float",
      "no floating point in core/money/, core/payments/, core/payouts/")
def check_money_float(ctx: Context) -> Iterable[Violation]:
    for f in ctx.sources(*MONEY_DIRS):
        if not FLOAT_HINT_RE.search(f.text):  # cheap pre-check before masking
            continue
        raw_lines = f.text.split("\n")
        reported: set[int] = set()
        for m in FLOAT_RE.finditer(f.code):
            line = f.line_of(m.start())
            if line in reported:
                continue
            reported.add(line)
            token = re.sub(r"\s+", "", m.group(0))
            opt = ALLOW_FLOAT_RE.search(raw_lines[line - 1]) if line <= len(raw_lines) else None
            if opt and opt.group("reason").strip():
                continue
            if opt:
                msg = (f"'{token}' with an allow-float opt-out but no reason; write "
                       "why floating point is safe here: // lint: allow-float(<reason>)")
            else:
                msg = (f"'{token}' in money code; amounts are exact integers in base "
                       "units (see core/money/). If this is not an amount, end the line "
                       "with // lint: allow-float(<reason>)")
            yield Violation(f.rel, line, "money-float", msg)


# --------------------------------------------------------------------------
# 9. translations

PLACEHOLDER_RE = re.compile(r"%L?(?:[1-9][0-9]?|n)")
COUNT_PLACEHOLDERS = {"%n", "%Ln"}
ADDRESS_PATTERNS = [
    ("an Ethereum address", re.compile(r"0x[0-9a-fA-F]{40}")),
    ("a Tron address", re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b")),
    ("an extended key", re.compile(r"\b[xt](?:pub|prv)[1-9A-HJ-NP-Za-km-z]{100,}\b")),
    ("a 64-digit hex string", re.compile(r"\b[0-9a-fA-F]{64}\b")),
]
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
TS_LANG_RE = re.compile(r"_([a-z]{2,3}(?:_(?:[A-Z]{2}|[0-9]{3}|[A-Z][a-z]{3}))?)$")
SKIPPED_TYPES = ("obsolete", "vanished")


@dataclass
class TsMessage:
    key: tuple[str, str, str]  # (context, source, comment)
    line: int
    numerus: bool
    forms: list[str]  # translation text, one per numerus/length form
    active: bool

    @property
    def source(self) -> str:
        return self.key[1]

    @property
    def translated(self) -> bool:
        return bool(self.forms) and all(f.strip() for f in self.forms)


def _ts_text(el: ET.Element | None) -> str:
    """Element text; Qt writes control characters as <byte value="x1"/>."""
    if el is None:
        return ""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "byte":
            v = child.get("value", "")
            try:
                parts.append(chr(int(v[1:], 16) if v[:1] in "xX" else int(v)))
            except ValueError:
                parts.append("\ufffd")
        parts.append(child.tail or "")
    return "".join(parts)


def _ts_forms(tr: ET.Element | None, numerus: bool) -> list[str]:
    if tr is None:
        return []
    holders = tr.findall("numerusform") if numerus else [tr]
    forms: list[str] = []
    for h in holders:
        variants = h.findall("lengthvariant")
        forms.extend(_ts_text(v) for v in variants) if variants else forms.append(_ts_text(h))
    return forms


class TsError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


def _parse_ts(data: bytes) -> tuple[str | None, int, list[TsMessage]]:
    """(language attribute, line of <TS>, messages). Raises TsError."""
    # Line of each message's <source> (or of <message> if it has none), in
    # document order; xml.etree keeps no line numbers, expat does.
    lines: list[int] = []
    ts_line = [1]
    in_message = [False, False]  # inside <message>, its <source> seen
    p = xml.parsers.expat.ParserCreate()

    def start(name: str, _attrs: dict) -> None:
        if name == "message":
            lines.append(p.CurrentLineNumber)
            in_message[:] = [True, False]
        elif name == "source" and in_message[0] and not in_message[1]:
            lines[-1] = p.CurrentLineNumber
            in_message[1] = True
        elif name == "TS":
            ts_line[0] = p.CurrentLineNumber

    def end(name: str) -> None:
        if name == "message":
            in_message[:] = [False, False]
    p.StartElementHandler = start
    p.EndElementHandler = end
    try:
        p.Parse(data, True)
    except xml.parsers.expat.ExpatError as e:
        raise TsError(e.lineno, xml.parsers.expat.ErrorString(e.code)) from e
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise TsError(e.position[0], str(e)) from e
    if root.tag != "TS":
        raise TsError(1, f"the root element is <{root.tag}>, not <TS>")
    line_of = {id(m): lines[i] if i < len(lines) else 1
               for i, m in enumerate(root.iter("message"))}
    messages = []
    for ctx in root.iter("context"):
        ctx_name = _ts_text(ctx.find("name"))
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            messages.append(TsMessage(
                key=(ctx_name, _ts_text(msg.find("source")), _ts_text(msg.find("comment"))),
                line=line_of.get(id(msg), 1),
                numerus=numerus,
                forms=_ts_forms(tr, numerus),
                active=tr is None or tr.get("type") not in SKIPPED_TYPES,
            ))
    return root.get("language"), ts_line[0], messages


def _short(s: str, n: int = 60) -> str:
    s = s.replace("\n", "\\n")
    return repr(s if len(s) <= n else s[: n - 1] + "…")


def _fmt_set(s: set[str]) -> str:
    return "{" + ", ".join(sorted(s)) + "}" if s else "{}"


def _placeholder_problems(m: TsMessage) -> list[str]:
    src = set(PLACEHOLDER_RE.findall(m.source))
    forms = [f for f in m.forms if f.strip()]
    problems = []
    for form in forms:
        got = set(PLACEHOLDER_RE.findall(form))
        if m.numerus:
            want, have = src - COUNT_PLACEHOLDERS, got - COUNT_PLACEHOLDERS
        else:
            want, have = src, got
        if want != have:
            problems.append(
                f"placeholders differ: source {_short(m.source)} has {_fmt_set(want)}, "
                f"translation {_short(form)} has {_fmt_set(have)}; use exactly the "
                "source's placeholders")
    if m.numerus and forms and src & COUNT_PLACEHOLDERS:
        if not any(set(PLACEHOLDER_RE.findall(f)) & COUNT_PLACEHOLDERS for f in forms):
            problems.append(
                f"source {_short(m.source)} has %n but no plural form of the "
                "translation does; put the count in at least one form")
    return problems


def _content_problems(m: TsMessage) -> list[str]:
    problems = []
    for form in m.forms:
        for what, pat in ADDRESS_PATTERNS:
            for hit in pat.finditer(form):
                if hit.group(0) not in m.source:
                    problems.append(
                        f"translation {_short(form)} contains {what} ({hit.group(0)[:12]}…) "
                        "that is not in the source; a translation must never add an "
                        "address or key (anti-scam rule)")
        c = CONTROL_RE.search(form)
        if c:
            problems.append(
                f"translation {_short(form)} contains control character "
                f"U+{ord(c.group(0)):04X}; only \\n and \\t are allowed")
    return problems


def _lang_from_name(name: str) -> str | None:
    m = TS_LANG_RE.search(name[:-3] if name.endswith(".ts") else name)
    return m.group(1) if m else None


@rule("translations",
      "translations/*.ts complete, consistent with kassa_en.ts, placeholders and content safe")
def check_translations(ctx: Context) -> Iterable[Violation]:
    R = "translations"
    ts_files = sorted(r for r in ctx.files
                      if r.startswith("translations/") and r.count("/") == 1 and r.endswith(".ts"))
    if not ts_files:
        ctx.notes.append("translations: no translations/*.ts files found")
        return
    parsed: dict[str, tuple[str | None, int, list[TsMessage]]] = {}
    for rel in ts_files:
        try:
            parsed[rel] = _parse_ts((ctx.root / rel).read_bytes())
        except TsError as e:
            yield Violation(rel, e.line, R, f"cannot parse this .ts file ({e}); fix the "
                            "XML or regenerate it with lupdate")
        except OSError as e:
            yield Violation(rel, 1, R, f"cannot read this .ts file ({e.strerror})")

    en_files = [r for r in parsed if r.endswith("_en.ts")]
    en_rel = en_files[0] if en_files else None
    if en_rel is None:
        yield Violation("translations", 1, R, "no *_en.ts source catalogue found; run "
                        "lupdate to create translations/kassa_en.ts")
    en_keys: set[tuple[str, str, str]] = set()
    if en_rel:
        en_keys = {m.key for m in parsed[en_rel][2] if m.active}

    for rel, (lang_attr, ts_line, messages) in parsed.items():
        name = rel.rsplit("/", 1)[-1]
        lang = _lang_from_name(name)
        is_source = rel in en_files
        if lang is None:
            yield Violation(rel, ts_line, R, f"cannot tell the language from the file "
                            "name; name it <project>_<lang>.ts, e.g. kassa_ja.ts")
        elif (lang_attr or "").replace("-", "_") != lang:
            yield Violation(rel, ts_line, R,
                            f'language="{lang_attr or ""}" does not match the file name '
                            f'({lang}); set <TS language="{lang}">')
        active = [m for m in messages if m.active]
        for m in active:
            for p in _content_problems(m) + _placeholder_problems(m):
                yield Violation(rel, m.line, R, p)
            if (is_source or en_rel is None) and m.source != m.source.strip():
                yield Violation(rel, m.line, R,
                                f"source text {_short(m.source)} starts or ends with "
                                "whitespace; trim it in the tr() call")
        if is_source:
            for m in active:
                if m.numerus and not m.translated:
                    yield Violation(rel, m.line, R,
                                    f"plural message {_short(m.source)} needs every "
                                    "<numerusform> filled in the source catalogue "
                                    "(singular and plural English text)")
            ctx.notes.append(f"translations: {lang or name} source catalogue, "
                             f"{len(active)} messages")
            continue

        done = [m for m in active if m.translated]
        todo = [m for m in active if not m.translated]
        total = len(active)
        pct = 100.0 * len(done) / total if total else 100.0
        pct_txt = f"{math.floor(pct * 10) / 10:.1f}%"
        ctx.notes.append(f"translations: {lang or name} {len(done)}/{total} ({pct_txt})")
        if todo:
            listed = ", ".join(_short(m.source, 40) for m in todo[:10])
            more = f" and {len(todo) - 10} more" if len(todo) > 10 else ""
            yield Violation(rel, todo[0].line, R,
                            f"{lang or name} is {pct_txt} translated ({len(done)}/{total}); "
                            f"untranslated: {listed}{more}. Shipped languages must be 100%; "
                            "fill the <translation> texts")
        if en_rel:
            keys = {m.key for m in active}
            missing = sorted(en_keys - keys)
            extra = [m for m in active if m.key not in en_keys]
            if missing:
                listed = ", ".join(f"{c}/{_short(s, 40)}" for c, s, _ in missing[:10])
                more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
                yield Violation(rel, ts_line, R,
                                f"{len(missing)} message(s) of {en_rel} missing here: "
                                f"{listed}{more}; run lupdate for every language")
            if extra:
                listed = ", ".join(f"{m.key[0]}/{_short(m.source, 40)}" for m in extra[:10])
                more = f" and {len(extra) - 10} more" if len(extra) > 10 else ""
                yield Violation(rel, extra[0].line, R,
                                f"{len(extra)} message(s) not in {en_rel}: {listed}{more}; "
                                "run lupdate for every language (or mark them obsolete)")


# --------------------------------------------------------------------------
# Driver


def parse_only(only: str | Iterable[str] | None) -> list[str]:
    """Rule ids selected by --only; raises ValueError for unknown ids."""
    if only is None:
        return list(RULES)
    items = [only] if isinstance(only, str) else list(only)
    names = [n.strip() for item in items for n in item.split(",") if n.strip()]
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise ValueError(f"unknown rule(s): {', '.join(unknown)} "
                         f"(known: {', '.join(RULES)})")
    return [n for n in RULES if n in names]


@dataclass
class Report:
    violations: list[Violation]
    notes: list[str]  # informational lines, e.g. translation summaries
    rules: list[str]
    files: int


def run_report(root: str | os.PathLike, only: str | Iterable[str] | None = None, *,
               qt_include_dir: str | None = None) -> Report:
    """Run the selected rules on the tree at root."""
    selected = parse_only(only)
    root = Path(root).resolve()
    ctx = Context(root=root, files=list_files(root), qt_include_dir=qt_include_dir)
    found: set[Violation] = set()
    for name in selected:
        found.update(RULES[name][1](ctx))
    return Report(sorted(found), ctx.notes, selected, len(ctx.files))


def run(root: str | os.PathLike, only: str | Iterable[str] | None = None, *,
        qt_include_dir: str | None = None) -> list[Violation]:
    """Run the selected rules on the tree at root; return sorted violations."""
    return run_report(root, only, qt_include_dir=qt_include_dir).violations


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Kassa's structural lint.")
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[2]),
                    help="repository root (default: two levels above this script)")
    ap.add_argument("--only", action="append", metavar="RULE[,RULE]",
                    help="run only these rules (repeatable)")
    ap.add_argument("--list", action="store_true", help="list the rules and exit")
    ap.add_argument("--qt-include-dir", metavar="DIR",
                    help="Qt include directory holding QtGui/, QtWidgets/ ... "
                    "(default: /usr/include/*/qt6)")
    args = ap.parse_args(argv)

    if args.list:
        width = max(len(n) for n in RULES)
        for name, (desc, _) in RULES.items():
            print(f"{name:<{width}}  {desc}")
        return 0
    if not os.path.isdir(args.root):
        print(f"kassa_lint: --root {args.root} is not a directory", file=sys.stderr)
        return 2
    try:
        selected = parse_only(args.only)
    except ValueError as e:
        print(f"kassa_lint: {e}", file=sys.stderr)
        return 2

    report = run_report(args.root, selected, qt_include_dir=args.qt_include_dir)
    for v in report.violations:
        print(v)
    for n in report.notes:
        print(n)
    checked = f"{len(report.rules)} rule(s), {report.files} file(s) considered"
    if report.violations:
        per_rule: dict[str, int] = {}
        for v in report.violations:
            per_rule[v.rule] = per_rule.get(v.rule, 0) + 1
        detail = ", ".join(f"{k}: {c}" for k, c in per_rule.items())
        print(f"kassa_lint: FAILED, {len(report.violations)} violation(s) ({detail}); {checked}")
        return 1
    print(f"kassa_lint: OK, no violations; {checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
