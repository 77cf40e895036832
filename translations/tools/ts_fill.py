#!/usr/bin/env python3
"""Lists untranslated messages of Kassa's .ts files and fills translations in.

  ts_fill.py todo [LANG…]          print untranslated messages as JSON
                                   ({lang: {context: [source, …]}})
  ts_fill.py finish [LANG…]        after review, mark non-empty translations that
                                   lupdate flagged "unfinished" (e.g. copied from
                                   the same text in another context) as done
  ts_fill.py fill FILE.json        set translations from
                                   {lang: {context: {source: translation}}}
                                   (a numerus message takes a list of forms)
  ts_fill.py export [--rev REV] [LANG…]
                                   print every non-empty translation as JSON in
                                   the format `fill` takes, from the working
                                   tree or from git revision REV (to carry a
                                   branch's translations over a merge: export
                                   from the branch, take main's .ts files, run
                                   update_translations, then fill)

Only <translation> elements change; everything else in the file stays as
lupdate wrote it. Run `cmake --build build --target update_translations`
first, and `python3 tests/lint/kassa_lint.py --root . --only translations`
after.
"""
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MESSAGE = re.compile(r'(<message(?P<attrs>[^>]*)>\s*<source>(?P<source>.*?)</source>(?P<middle>.*?))'
                     r'(?P<translation><translation[^>]*?(?:/>|>.*?</translation>))', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)


def ts_file(lang):
    return ROOT / f'kassa_{lang}.ts'


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace("'", '&apos;').replace('"', '&quot;'))


def is_empty(translation_xml):
    inner = re.sub(r'</?(translation|numerusform)[^>]*>', '', translation_xml)
    return not inner.strip() or 'type="unfinished"' in translation_xml and not inner.strip()


def todo(langs):
    out = {}
    for lang in langs:
        text = ts_file(lang).read_text(encoding='utf-8')
        missing = {}
        for ctx in CONTEXT.finditer(text):
            for msg in MESSAGE.finditer(ctx.group('body')):
                tr = msg.group('translation')
                forms = re.findall(r'<numerusform>(.*?)</numerusform>', tr, re.S)
                empty = (any(not f.strip() for f in forms) or not forms) if 'numerus="yes"' in msg.group('attrs') \
                    else not re.sub(r'</?translation[^>]*>', '', tr).strip()
                if empty and 'vanished' not in tr and 'obsolete' not in tr:
                    missing.setdefault(unescape(ctx.group('name')), []).append(unescape(msg.group('source')))
        out[lang] = missing
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(path):
    wanted = json.loads(Path(path).read_text(encoding='utf-8'))
    for lang, contexts in wanted.items():
        file = ts_file(lang)
        text = file.read_text(encoding='utf-8')
        done = 0

        def fix_context(ctx):
            nonlocal done
            name = unescape(ctx.group('name'))
            table = contexts.get(name, {})

            def fix_message(msg):
                nonlocal done
                source = unescape(msg.group('source'))
                if source not in table:
                    return msg.group(0)
                value = table[source]
                if isinstance(value, list):
                    forms = ''.join(f'\n            <numerusform>{escape(v)}</numerusform>' for v in value)
                    translation = f'<translation>{forms}\n        </translation>'
                else:
                    translation = f'<translation>{escape(value)}</translation>'
                done += 1
                return msg.group(1) + translation

            body = MESSAGE.sub(fix_message, ctx.group('body'))
            return ctx.group(0).replace(ctx.group('body'), body)

        text = CONTEXT.sub(fix_context, text)
        file.write_text(text, encoding='utf-8')
        print(f'{file.name}: {done} translation(s) set')


def export(langs, rev=None):
    import subprocess
    out = {}
    for lang in langs:
        if rev:
            text = subprocess.run(['git', 'show', f'{rev}:translations/kassa_{lang}.ts'], cwd=ROOT,
                                  check=True, capture_output=True, text=True).stdout
        else:
            text = ts_file(lang).read_text(encoding='utf-8')
        table = {}
        for ctx in CONTEXT.finditer(text):
            name = unescape(ctx.group('name'))
            for msg in MESSAGE.finditer(ctx.group('body')):
                tr = msg.group('translation')
                if 'vanished' in tr or 'obsolete' in tr:
                    continue
                forms = re.findall(r'<numerusform>(.*?)</numerusform>', tr, re.S)
                if 'numerus="yes"' in msg.group('attrs'):
                    if forms and all(f.strip() for f in forms):
                        table.setdefault(name, {})[unescape(msg.group('source'))] = [unescape(f) for f in forms]
                    continue
                value = re.sub(r'</?translation[^>]*>', '', tr)
                if value.strip():
                    table.setdefault(name, {})[unescape(msg.group('source'))] = unescape(value)
        out[lang] = table
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def finish(langs):
    for lang in langs:
        file = ts_file(lang)
        text = file.read_text(encoding='utf-8')
        text, n = re.subn(r'<translation type="unfinished">(?=[^<])', '<translation>', text)
        file.write_text(text, encoding='utf-8')
        print(f'{file.name}: {n} translation(s) marked done')


if __name__ == '__main__':
    if len(sys.argv) >= 2 and sys.argv[1] == 'todo':
        todo(sys.argv[2:] or ['zh_CN', 'ja', 'nl'])
    elif len(sys.argv) >= 2 and sys.argv[1] == 'finish':
        finish(sys.argv[2:] or ['zh_CN', 'ja', 'nl'])
    elif len(sys.argv) >= 2 and sys.argv[1] == 'export':
        args = sys.argv[2:]
        rev = None
        if args[:1] == ['--rev'] and len(args) >= 2:
            rev = args[1]
            args = args[2:]
        export(args or ['zh_CN', 'ja', 'nl'], rev)
    elif len(sys.argv) == 3 and sys.argv[1] == 'fill':
        fill(sys.argv[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
