#!/usr/bin/env python3
"""Self-test of tests/lint/kassa_lint.py.

Builds small temporary trees and checks that every rule fires on a violating
tree (with the right path:line) and stays quiet on the clean one.

run: python3 tests/lint/test_kassa_lint.py [-v]
Set KASSA_REPO_ROOT to also run the lint once over the real tree.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINT_PATH = HERE / "kassa_lint.py"

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
_spec = importlib.util.spec_from_file_location("kassa_lint", LINT_PATH)
lint = importlib.util.module_from_spec(_spec)
sys.modules["kassa_lint"] = lint
_spec.loader.exec_module(lint)

ETH = "0x52908400098527886E0F7030069857D2E4169EE7"
TRON = "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"
XPUB = ("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1"
        "Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8")
HEX64 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def dedent(s: str) -> str:
    return textwrap.dedent(s).lstrip("\n")


class LintTestCase(unittest.TestCase):
    """A fresh tree per test plus a fake Qt include dir (outside the tree)."""

    def setUp(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="kassa-lint-")
        self._qt = tempfile.TemporaryDirectory(prefix="kassa-lint-qt-")
        self.addCleanup(self._tmp.cleanup)
        self.addCleanup(self._qt.cleanup)
        self.root = Path(self._tmp.name)
        self.qt = Path(self._qt.name)
        for module, names in {
            "QtGui": ["QPixmap", "qpixmap.h", "QFancyGuiThing", "QtGui"],
            "QtWidgets": ["QWidget", "qwidget.h", "QtWidgets"],
            "QtCore": ["QString", "QObject"],
        }.items():
            (self.qt / module).mkdir()
            for n in names:
                (self.qt / module / n).write_text("// fake\n")
        (self.qt / "QtGui" / "6.4.2").mkdir()  # private-header dir, not a name

    def write(self, files: dict[str, str]) -> None:
        for rel, text in files.items():
            p = self.root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(dedent(text), encoding="utf-8")

    def lint(self, only=None, qt=None):
        return lint.run(self.root, only, qt_include_dir=str(qt or self.qt))

    def assertHas(self, violations, rule, path, line, contains=None):
        hits = [v for v in violations if (v.rule, v.path, v.line) == (rule, path, line)]
        self.assertTrue(hits, f"expected {path}:{line}: {rule}; got:\n"
                        + "\n".join(map(str, violations)))
        if contains:
            self.assertTrue(any(contains in v.message for v in hits),
                            f"no {path}:{line} {rule} message contains {contains!r}: "
                            + "\n".join(map(str, hits)))

    def assertClean(self, violations):
        self.assertEqual([], [str(v) for v in violations])


# --------------------------------------------------------------------------


class CoreGuiIncludeTest(LintTestCase):
    R = "core-gui-include"

    def test_violations(self):
        self.write({"core/orders/Order.cpp": """
            #include "core/orders/Order.h"
            #include <QString>
            #include <QPixmap>
            #include "QtWidgets/QWidget"
            #  include <QtGui>
            #include <qpixmap.h>
            #include <QtGui/QFancyGuiThing>
            #include <QFancyGuiThing>
            """})
        vs = self.lint([self.R])
        for line in (3, 4, 5, 6, 7, 8):
            self.assertHas(vs, self.R, "core/orders/Order.cpp", line)
        self.assertEqual(6, len(vs), vs)

    def test_clean(self):
        self.write({
            "core/orders/Order.cpp": """
                #include "core/orders/Order.h"
                #include <QString>
                #include <QtCore/QObject>
                // #include <QPixmap>
                /* #include <QWidget>
                #include <QtGui> */
                """,
            "ui/MainWindow.cpp": "#include <QWidget>\n#include <QPixmap>\n",
        })
        self.assertClean(self.lint([self.R]))

    def test_fallback_list_without_qt_headers(self):
        self.write({"core/a.h": "#include <QClipboard>\n#include <QFancyGuiThing>\n"})
        vs = self.lint([self.R], qt=self.root / "no-such-dir")
        self.assertHas(vs, self.R, "core/a.h", 1)
        self.assertEqual(1, len(vs), vs)  # QFancyGuiThing only known from the folder

    @unittest.skipUnless(Path("/usr/include/x86_64-linux-gnu/qt6/QtGui/QTextDocument").exists(),
                         "installed Qt headers not found")
    def test_installed_headers(self):
        self.write({"core/a.cpp": "#include <QTextDocument>\n#include <QJsonDocument>\n"})
        vs = lint.run(self.root, [self.R])
        self.assertHas(vs, self.R, "core/a.cpp", 1)
        self.assertEqual(1, len(vs), vs)


class CoreGuiLinkTest(LintTestCase):
    R = "core-gui-link"

    def test_violations(self):
        self.write({
            "core/CMakeLists.txt": """
                add_library(kassa_core STATIC Order.cpp)
                target_link_libraries(kassa_core PUBLIC Qt6::Core
                    Qt6::Widgets)
                """,
            "core/net/CMakeLists.txt": "target_link_libraries(n PRIVATE Qt::Gui)\n",
            "core/cmake/extra.cmake": "# x\n\ntarget_link_libraries(x Qt6::Charts)\n",
        })
        vs = self.lint([self.R])
        self.assertHas(vs, self.R, "core/CMakeLists.txt", 3)
        self.assertHas(vs, self.R, "core/net/CMakeLists.txt", 1)
        self.assertHas(vs, self.R, "core/cmake/extra.cmake", 3)
        self.assertEqual(3, len(vs), vs)

    def test_clean(self):
        self.write({
            "core/CMakeLists.txt": """
                # never Qt6::Widgets here
                target_link_libraries(kassa_core PUBLIC Qt6::Core Qt6::Network Qt6::Sql)
                #[[ Qt6::Gui would break the layering ]]
                """,
            "ui/CMakeLists.txt": "target_link_libraries(kassa_ui PUBLIC Qt6::Widgets Qt6::Gui)\n",
        })
        self.assertClean(self.lint([self.R]))


class NoGlobTest(LintTestCase):
    R = "no-glob"

    def test_violations(self):
        self.write({
            "CMakeLists.txt": "project(kassa)\nfile(GLOB SOURCES *.cpp)\n",
            "ui/CMakeLists.txt": "FILE ( glob_recurse UI_SOURCES *.cpp)\n",
            "cmake/Sources.cmake": "set(X 1)\nfile(\n    GLOB_RECURSE Y *.h)\n",
        })
        vs = self.lint([self.R])
        self.assertHas(vs, self.R, "CMakeLists.txt", 2)
        self.assertHas(vs, self.R, "ui/CMakeLists.txt", 1)
        self.assertHas(vs, self.R, "cmake/Sources.cmake", 2)
        self.assertEqual(3, len(vs), vs)

    def test_clean(self):
        self.write({
            "CMakeLists.txt": """
                # file(GLOB SOURCES *.cpp) -- don't
                configure_file(config.h.in config.h)
                file(READ VERSION KASSA_VERSION)
                message(STATUS "file(GLOB is banned")
                """,
            "core/glob.cpp": "void f() { /* file(GLOB x) */ }\n",
        })
        self.assertClean(self.lint([self.R]))


class KeychainTest(LintTestCase):
    R = "keychain-outside-keys"

    def test_violations(self):
        self.write({
            "ui/SettingsPage.cpp": """
                #include <qt6keychain/keychain.h>
                #include <QString>

                void f() {
                    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("kassa"));
                }
                """,
            "core/payouts/Signer.cpp": "#include <qtkeychain/keychain.h>\n",
            "tests/tst_payouts.cpp": "// x\nusing namespace QKeychain;\n",
            "app/main.cpp": '#include "keychain.h"\n',
        })
        vs = self.lint([self.R])
        self.assertHas(vs, self.R, "ui/SettingsPage.cpp", 1)
        self.assertHas(vs, self.R, "ui/SettingsPage.cpp", 5)
        self.assertHas(vs, self.R, "core/payouts/Signer.cpp", 1)
        self.assertHas(vs, self.R, "tests/tst_payouts.cpp", 2)
        self.assertHas(vs, self.R, "app/main.cpp", 1)
        self.assertEqual(5, len(vs), vs)

    def test_clean(self):
        self.write({
            "core/keys/OsKeystore.cpp": "#include <qt6keychain/keychain.h>\nQKeychain::Job *j;\n",
            "tests/tst_keystore.cpp": "#include <qt6keychain/keychain.h>\nQKeychain::Job *j;\n",
            "tests/TestOsKeyChain.cpp": "QKeychain::Job *j;\n",
            "ui/SettingsPage.cpp": "// QKeychain:: is off limits here\nconst char *s = \"QKeychain\";\n",
            "tools/probe.cpp": "QKeychain::Job *j;\n",  # outside the checked folders
        })
        self.assertClean(self.lint([self.R]))


class NetworkChokepointTest(LintTestCase):
    R = "network-chokepoint"

    def test_violations(self):
        self.write({
            "ui/PriceTicker.cpp": "void f() {\n    auto *nam = new QNetworkAccessManager(this);\n}\n",
            "core/chain/TronWatcher.h": "class W {\n    QWebSocket m_socket;\n};\n",
            "app/main.cpp": "int main() {\n    QNetworkAccessManager nam;\n}\n",
            "core/chain/EvmWatcher.cpp": "// x\n\nauto s = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);\n",
            "core/rates/Rates.cpp": "auto m = std::make_unique<QNetworkAccessManager>();\n",
        })
        vs = self.lint([self.R])
        self.assertHas(vs, self.R, "ui/PriceTicker.cpp", 2)
        self.assertHas(vs, self.R, "core/chain/TronWatcher.h", 2)
        self.assertHas(vs, self.R, "app/main.cpp", 2)
        self.assertHas(vs, self.R, "core/chain/EvmWatcher.cpp", 3)
        self.assertHas(vs, self.R, "core/rates/Rates.cpp", 1)
        self.assertEqual(5, len(vs), vs)

    def test_clean(self):
        self.write({
            "core/net/NetworkFactory.cpp":
                "QNetworkAccessManager *make() { return new QNetworkAccessManager; }\n"
                "QWebSocket *ws() { return new QWebSocket(); }\n",
            "tests/tst_rest.cpp": "QNetworkAccessManager nam;\nauto *s = new QWebSocket();\n",
            "core/chain/Watcher.h": """
                class QWebSocket;
                class QNetworkAccessManager;
                class W {
                    QNetworkAccessManager *m_nam = nullptr;
                    QWebSocket &m_ws;
                    QNetworkAccessManager::Operation m_op;
                    QWebSocketServer m_server;
                    // QNetworkAccessManager nam; (not here)
                    const char *m = "new QNetworkAccessManager";
                };
                """,
        })
        self.assertClean(self.lint([self.R]))


class TrWhitespaceTest(LintTestCase):
    R = "tr-whitespace"

    def test_violations(self):
        self.write({
            "ui/SendPage.cpp": r"""
                void f() {
                    label->setText(tr("Amount: "));
                    other->setText(tr(" leading"));
                    auto a = QCoreApplication::translate("SendPage", "newline\n");
                    static const char *b = QT_TR_NOOP("\tTab");
                    static const char *c = QT_TRANSLATE_NOOP("Ctx", "x ");
                    auto d = tr("Hello "
                                "world ");
                    auto e = QObject::tr("%n order(s)  ", nullptr, n);
                }
                """,
            "core/errors/Error.cpp": 'auto x = tr("Trailing tab\\t");\n',
            "app/main.cpp": 'auto x = tr(  "  spaced call");\n',
        })
        vs = self.lint([self.R])
        for line in (2, 3, 4, 5, 6, 7, 9):
            self.assertHas(vs, self.R, "ui/SendPage.cpp", line)
        self.assertHas(vs, self.R, "core/errors/Error.cpp", 1)
        self.assertHas(vs, self.R, "app/main.cpp", 1)
        self.assertEqual(9, len(vs), vs)

    def test_clean(self):
        self.write({
            "ui/SendPage.cpp": r"""
                void f() {
                    label->setText(tr("Amount: %1").arg(x));
                    label->setText(tr("a b"));
                    label->setText(tr("Hello " "world"));
                    label->setText(tr("path\\n"));
                    label->setText(tr(""));
                    label->setText(QStringLiteral(" not translated "));
                    // tr(" commented out ")
                    /* tr("also commented ") */
                    const char *s = "tr(\" inside a string \")";
                    auto a = QCoreApplication::translate("Ctx  ", "fine");
                }
                """,
            "tests/tst_x.cpp": 'auto x = tr(" tests are not checked ");\n',
        })
        self.assertClean(self.lint([self.R]))


class MessageBoxWrapperTest(LintTestCase):
    R = "messagebox-wrapper"

    def test_violations(self):
        self.write({
            "ui/PayoutPage.cpp": """
                void f() {
                    if (QMessageBox::question(this, tr("Approve"), tr("Approve?")) == QMessageBox::Yes) {}
                    QMessageBox::warning(this, tr("A"), tr("B"));
                    auto *box = new QMessageBox(this);
                    QMessageBox(QMessageBox::Critical, tr("A"), tr("B")).exec();
                }
                """,
            "app/main.cpp": "int main() {\n    QMessageBox box;\n    QMessageBox::about(nullptr, t, t);\n}\n",
        })
        vs = self.lint([self.R])
        for line in (2, 3, 4, 5):
            self.assertHas(vs, self.R, "ui/PayoutPage.cpp", line)
        self.assertHas(vs, self.R, "app/main.cpp", 2)
        self.assertHas(vs, self.R, "app/main.cpp", 3)
        self.assertEqual(6, len(vs), vs)

    def test_clean(self):
        self.write({
            "ui/MessageBox.cpp": "auto r = QMessageBox::question(p, t, x);\nQMessageBox box;\n",
            "ui/MessageBox.h": "static QMessageBox::StandardButton question(QWidget *p);\n",
            "ui/PayoutPage.cpp": """
                #include "ui/MessageBox.h"
                void f() {
                    if (MessageBox::question(this, tr("Approve?")) == QMessageBox::Yes) {}
                    // QMessageBox::warning(this, a, b);
                }
                """,
            "core/x.cpp": "QMessageBox::warning(0, a, b);\n",  # core-gui-include's job
        })
        self.assertClean(self.lint([self.R]))


class MoneyFloatTest(LintTestCase):
    R = "money-float"

    def test_violations(self):
        self.write({
            "core/money/Amount.cpp": """
                #include "core/money/Amount.h"
                double toDisplay(qint64 v);
                auto v = s.toDouble();
                auto w = std::stod(str);
                qint64 big = 1'000'000; float f = 0;
                auto x = std :: stof(s);
                """,
            "core/payments/Match.h": "// x\n\nqreal ratio;\n",
            "core/payouts/Fee.cpp": "auto f = atof(s); auto g = strtod(s, nullptr);\n",
        })
        vs = self.lint([self.R])
        for line in (2, 3, 4, 5, 6):
            self.assertHas(vs, self.R, "core/money/Amount.cpp", line)
        self.assertHas(vs, self.R, "core/payments/Match.h", 3)
        self.assertHas(vs, self.R, "core/payouts/Fee.cpp", 1)
        self.assertEqual(7, len(vs), vs)  # one per line

    def test_comments_and_strings_are_ignored(self):
        self.write({
            "core/money/Amount.cpp": r"""
                // never use double for money
                qint64 a = 0; /* float is
                   banned, and so is qreal */ qint64 b = 0;
                const char *s = "double \" float";
                const char c = '"'; qint64 d = 0; // toDouble
                qint64 doubled = 2 * a; // identifiers containing the word are fine
                """,
            "core/chain/Gas.cpp": "double gwei = 1.5;\n",  # outside the money folders
        })
        self.assertClean(self.lint([self.R]))

    def test_allow_float_opt_out(self):
        self.write({"core/payments/Progress.cpp": """
            double pct = 0.5; // lint: allow-float(progress bar only, never an amount)
            double bad = 0.5; // lint: allow-float()
            double worse = 0.5; // lint: allow-float(   )
            double none = 0.5; // allow float please
            """})
        vs = self.lint([self.R])
        self.assertHas(vs, self.R, "core/payments/Progress.cpp", 2, contains="no reason")
        self.assertHas(vs, self.R, "core/payments/Progress.cpp", 3, contains="no reason")
        self.assertHas(vs, self.R, "core/payments/Progress.cpp", 4)
        self.assertEqual(3, len(vs), vs)


# --------------------------------------------------------------------------
# translations


def ts_file(lang: str, contexts: dict[str, list[str]]) -> str:
    """A .ts document; each context holds raw <message> XML snippets."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{lang}">']
    for name, messages in contexts.items():
        out += ["<context>", f"    <name>{name}</name>"]
        for m in messages:
            out += ["    " + line for line in dedent(m).splitlines()]
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def msg(source: str, translation: str = "", *, type_: str | None = None,
        comment: str | None = None) -> str:
    t = f' type="{type_}"' if type_ else ""
    c = f"\n    <comment>{comment}</comment>" if comment else ""
    return (f"<message>\n    <source>{source}</source>{c}\n"
            f"    <translation{t}>{translation}</translation>\n</message>")


def nmsg(source: str, forms: list[str], *, type_: str | None = None) -> str:
    t = f' type="{type_}"' if type_ else ""
    nf = "".join(f"\n        <numerusform>{f}</numerusform>" for f in forms)
    return (f'<message numerus="yes">\n    <source>{source}</source>\n'
            f"    <translation{t}>{nf}\n    </translation>\n</message>")


EN = {"SendPage": [msg("Send"), msg("Sent %1 to %2"), nmsg("%n order(s)", ["%n order", "%n orders"])],
      "Settings": [msg("Open", comment="verb")]}
JA = {"SendPage": [msg("Send", "送金"), msg("Sent %1 to %2", "%2 に %1 を送金しました"),
                   nmsg("%n order(s)", ["%n 件の注文"])],
      "Settings": [msg("Open", "開く", comment="verb")]}
ZH = {"SendPage": [msg("Send", "发送", type_="unfinished"), msg("Sent %1 to %2", "已将 %1 发送到 %2"),
                   nmsg("%n order(s)", ["%n 个订单"])],
      "Settings": [msg("Open", "打开", comment="verb")]}
NL = {"SendPage": [msg("Send", "Verzenden"), msg("Sent %1 to %2", "%1 verzonden naar %2"),
                   nmsg("%n order(s)", ["%n bestelling", "%n bestellingen"])],
      "Settings": [msg("Open", "Openen", comment="verb")]}


def line_of(text: str, needle: str) -> int:
    for i, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return i
    raise AssertionError(f"{needle!r} not in text")


class TranslationsTest(LintTestCase):
    R = "translations"

    def write_ts(self, **langs: dict) -> dict[str, str]:
        files = {}
        for code, contexts in langs.items():
            rel = f"translations/kassa_{code}.ts"
            files[rel] = ts_file(code, contexts)
        for rel, text in files.items():
            p = self.root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
        return files

    def write_all(self, **overrides: dict) -> dict[str, str]:
        langs = {"en": EN, "ja": JA, "zh_CN": ZH, "nl": NL}
        langs.update(overrides)
        return self.write_ts(**langs)

    def test_clean_with_summary(self):
        self.write_all()
        report = lint.run_report(self.root, [self.R])
        self.assertClean(report.violations)
        self.assertIn("translations: ja 4/4 (100.0%)", report.notes)
        self.assertIn("translations: zh_CN 4/4 (100.0%)", report.notes)
        self.assertIn("translations: nl 4/4 (100.0%)", report.notes)

    def test_unfinished_with_text_counts_as_translated(self):
        ja = {"SendPage": [msg("Send", "送金", type_="unfinished")] + JA["SendPage"][1:],
              "Settings": JA["Settings"]}
        self.write_all(ja=ja)
        self.assertClean(self.lint([self.R]))

    def test_empty_translation_is_untranslated(self):
        ja = {"SendPage": [msg("Send", "")] + JA["SendPage"][1:], "Settings": JA["Settings"]}
        files = self.write_all(ja=ja)
        vs = self.lint([self.R])
        rel = "translations/kassa_ja.ts"
        self.assertHas(vs, self.R, rel, line_of(files[rel], "<source>Send</source>"),
                       contains="75.0%")
        self.assertIn("'Send'", vs[0].message)
        self.assertEqual(1, len(vs), vs)

    def test_empty_numerusform_is_untranslated(self):
        nl = {"SendPage": NL["SendPage"][:2] + [nmsg("%n order(s)", ["%n bestelling", " "])],
              "Settings": NL["Settings"]}
        files = self.write_all(nl=nl)
        vs = self.lint([self.R])
        rel = "translations/kassa_nl.ts"
        self.assertHas(vs, self.R, rel, line_of(files[rel], "<source>%n order(s)"),
                       contains="75.0%")
        self.assertEqual(1, len(vs), vs)

    def test_obsolete_messages_are_skipped(self):
        ja = dict(JA)
        ja["Old"] = [msg("Gone", "", type_="vanished"), msg("Older", "", type_="obsolete")]
        self.write_all(ja=ja)
        self.assertClean(self.lint([self.R]))

    def test_source_catalogue_needs_numerus_forms(self):
        en = {"SendPage": EN["SendPage"][:2] + [nmsg("%n order(s)", ["%n order", ""])],
              "Settings": EN["Settings"]}
        files = self.write_all(en=en)
        vs = self.lint([self.R])
        rel = "translations/kassa_en.ts"
        self.assertHas(vs, self.R, rel, line_of(files[rel], "<source>%n order(s)"),
                       contains="numerusform")
        self.assertEqual(1, len(vs), vs)

    def test_placeholder_mismatch(self):
        ja = {"SendPage": [msg("Send", "送金"), msg("Sent %1 to %2", "%1 を送金しました"),
                           nmsg("%n order(s)", ["注文"])],
              "Settings": JA["Settings"]}
        nl = {"SendPage": [NL["SendPage"][0], msg("Sent %1 to %2", "%L1 verzonden naar %2"),
                           NL["SendPage"][2]],
              "Settings": NL["Settings"]}
        files = self.write_all(ja=ja, nl=nl)
        vs = self.lint([self.R])
        ja_rel, nl_rel = "translations/kassa_ja.ts", "translations/kassa_nl.ts"
        self.assertHas(vs, self.R, ja_rel, line_of(files[ja_rel], "Sent %1 to %2"),
                       contains="'%1 を送金しました'")
        self.assertHas(vs, self.R, ja_rel, line_of(files[ja_rel], "%n order(s)"), contains="%n")
        self.assertHas(vs, self.R, nl_rel, line_of(files[nl_rel], "Sent %1 to %2"),
                       contains="{%2, %L1}")
        self.assertEqual(3, len(vs), vs)

    def test_address_in_translation(self):
        ja = {"SendPage": [msg("Send", f"送金 {ETH}"), msg("Sent %1 to %2", f"%2 に %1 {TRON}"),
                           nmsg("%n order(s)", [f"%n 件 {XPUB}"])],
              "Settings": [msg("Open", f"開く {HEX64}", comment="verb")]}
        files = self.write_all(ja=ja)
        vs = self.lint([self.R])
        rel = "translations/kassa_ja.ts"
        self.assertHas(vs, self.R, rel, line_of(files[rel], "<source>Send<"), contains="Ethereum")
        self.assertHas(vs, self.R, rel, line_of(files[rel], "Sent %1"), contains="Tron")
        self.assertHas(vs, self.R, rel, line_of(files[rel], "%n order(s)"), contains="extended key")
        self.assertHas(vs, self.R, rel, line_of(files[rel], "<source>Open"), contains="hex")
        self.assertEqual(4, len(vs), vs)

    def test_address_also_in_source_is_allowed(self):
        src = f"Example: {ETH}"
        en = dict(EN, Help=[msg(src)])
        self.write_all(en=en, ja=dict(JA, Help=[msg(src, f"例: {ETH}")]),
                       zh_CN=dict(ZH, Help=[msg(src, f"例如: {ETH}")]),
                       nl=dict(NL, Help=[msg(src, f"Voorbeeld: {ETH}")]))
        self.assertClean(self.lint([self.R]))

    def test_control_character(self):
        ja = {"SendPage": [msg("Send", '送<byte value="x7"/>金')] + JA["SendPage"][1:],
              "Settings": [msg("Open", "開く\n\t。", comment="verb")]}
        files = self.write_all(ja=ja)
        vs = self.lint([self.R])
        rel = "translations/kassa_ja.ts"
        self.assertHas(vs, self.R, rel, line_of(files[rel], "<source>Send<"), contains="U+0007")
        self.assertEqual(1, len(vs), vs)

    def test_source_whitespace(self):
        def add(d, src, tr):
            return dict(d, Extra=[msg(src, tr)])
        files = self.write_all(en=add(EN, "Total: ", ""), ja=add(JA, "Total: ", "合計:"),
                               zh_CN=add(ZH, "Total: ", "合计:"), nl=add(NL, "Total: ", "Totaal:"))
        vs = self.lint([self.R])
        rel = "translations/kassa_en.ts"
        self.assertHas(vs, self.R, rel, line_of(files[rel], "Total: "), contains="whitespace")
        self.assertEqual(1, len(vs), vs)  # reported once, on the catalogue

    def test_key_set_mismatch(self):
        ja = {"SendPage": JA["SendPage"][:2] + [msg("Stale text", "古い")],
              "Settings": [msg("Open", "開く", comment="noun")]}  # comment is part of the key
        files = self.write_all(ja=ja)
        vs = self.lint([self.R])
        rel = "translations/kassa_ja.ts"
        self.assertHas(vs, self.R, rel, line_of(files[rel], "<TS "), contains="2 message(s)")
        self.assertHas(vs, self.R, rel, line_of(files[rel], "Stale text"), contains="Stale text")
        self.assertEqual(2, len(vs), vs)

    def test_language_attribute_mismatch(self):
        files = self.write_all()
        rel = "translations/kassa_ja.ts"
        (self.root / rel).write_text(files[rel].replace('language="ja"', 'language="nl"'),
                                     encoding="utf-8")
        (self.root / "translations/kassa.ts").write_text(ts_file("de", {}), encoding="utf-8")
        vs = self.lint([self.R])
        self.assertHas(vs, self.R, rel, 3, contains='language="nl"')
        self.assertHas(vs, self.R, "translations/kassa.ts", 3, contains="file name")
        self.assertHas(vs, self.R, "translations/kassa.ts", 3, contains="missing")
        self.assertEqual(3, len(vs), vs)

    def test_broken_xml_and_missing_catalogue(self):
        self.write_ts(ja=JA)
        (self.root / "translations/kassa_nl.ts").write_text("<TS><context>\n", encoding="utf-8")
        vs = self.lint([self.R])
        self.assertHas(vs, self.R, "translations/kassa_nl.ts", 2, contains="cannot parse")
        self.assertHas(vs, self.R, "translations", 1, contains="_en.ts")

    def test_no_translations_folder(self):
        report = lint.run_report(self.root, [self.R])
        self.assertClean(report.violations)
        self.assertTrue(any("no translations" in n for n in report.notes))


# --------------------------------------------------------------------------


class FileSelectionTest(LintTestCase):
    BAD = "double x;\n"

    def test_build_and_vendor_trees_are_skipped(self):
        self.write({
            "build/core/money/A.cpp": self.BAD,
            "build-release/core/money/A.cpp": self.BAD,
            "out/CMakeCache.txt": "",
            "out/core/money/A.cpp": self.BAD,
            "node_modules/x/CMakeLists.txt": "file(GLOB x *)\n",
            ".git/CMakeLists.txt": "file(GLOB x *)\n",
            "core/money/Builder.cpp": "qint64 x;\n",
        })
        self.assertClean(self.lint())

    def test_nested_folder_named_like_build_is_checked(self):
        self.write({"core/money/builders/A.cpp": self.BAD})
        self.assertHas(self.lint(["money-float"]), "money-float", "core/money/builders/A.cpp", 1)

    def test_only_selects_rules(self):
        self.write({"core/money/A.cpp": self.BAD, "CMakeLists.txt": "file(GLOB x *)\n"})
        self.assertEqual({"no-glob"}, {v.rule for v in self.lint("no-glob")})
        self.assertEqual({"no-glob", "money-float"},
                         {v.rule for v in self.lint("no-glob,money-float")})
        with self.assertRaises(ValueError):
            self.lint("no-such-rule")

    def test_every_rule_is_listed_and_tested(self):
        tested = {c.R for c in globals().values()
                  if isinstance(c, type) and issubclass(c, LintTestCase) and hasattr(c, "R")}
        self.assertEqual(set(lint.RULES), tested)

    def test_fast_on_a_few_hundred_files(self):
        body = "\n".join(f"int f{i}(int a) {{ return a + {i}; }} // comment {i}"
                         for i in range(200))
        files = {}
        for i in range(400):
            folder = ("core/money", "core/chain", "ui", "app")[i % 4]
            files[f"{folder}/File{i}.cpp"] = '#include <QString>\nauto s = tr("x");\n' + body
        self.write(files)
        # CPU time of this process, not wall time: CI machines are shared and
        # a loaded one must not fail a check of the lint's own cost.
        start = time.process_time()
        self.assertClean(self.lint())
        self.assertLess(time.process_time() - start, 2.0)


class CliTest(LintTestCase):
    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(LINT_PATH), "--root", str(self.root),
             "--qt-include-dir", str(self.qt), *args],
            capture_output=True, text=True, timeout=60)

    def test_exit_codes(self):
        self.write({"core/money/Amount.cpp": "qint64 a;\n"})
        p = self.cli()
        self.assertEqual(0, p.returncode, p.stdout + p.stderr)
        self.assertTrue(p.stdout.strip().splitlines()[-1].startswith("kassa_lint: OK"), p.stdout)

        self.write({"core/money/Amount.cpp": "qint64 a;\ndouble b;\n"})
        p = self.cli()
        self.assertEqual(1, p.returncode, p.stdout + p.stderr)
        self.assertIn("core/money/Amount.cpp:2: money-float: ", p.stdout)
        self.assertIn("FAILED, 1 violation(s)", p.stdout.strip().splitlines()[-1])

        p = self.cli("--only", "no-glob,core-gui-link")
        self.assertEqual(0, p.returncode, p.stdout + p.stderr)

        p = self.cli("--only", "bogus")
        self.assertEqual(2, p.returncode)
        self.assertIn("unknown rule", p.stderr)

    def test_list(self):
        p = self.cli("--list")
        self.assertEqual(0, p.returncode)
        for name in lint.RULES:
            self.assertIn(name, p.stdout)


@unittest.skipUnless(os.environ.get("KASSA_REPO_ROOT"), "KASSA_REPO_ROOT not set")
class RealTreeTest(unittest.TestCase):
    def test_runs_on_real_tree(self):
        p = subprocess.run([sys.executable, str(LINT_PATH), "--root", os.environ["KASSA_REPO_ROOT"]],
                           capture_output=True, text=True, timeout=120)
        self.assertIn(p.returncode, (0, 1), p.stdout + p.stderr)
        self.assertNotIn("Traceback", p.stderr)
        self.assertTrue(p.stdout.strip().splitlines()[-1].startswith("kassa_lint: "), p.stdout)


if __name__ == "__main__":
    unittest.main()
