<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>kassa::Cli</name>
    <message>
        <source>Kassa without a window: scripting and headless use.</source>
        <translation>ウィンドウを表示しない Kassa。スクリプトやヘッドレス環境で使用します。</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; instead of the default.</source>
        <translation>既定の代わりに &lt;フォルダー&gt; のプロファイルを使用します。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Print messages in &lt;language&gt; (en, zh_CN, ja, nl).</source>
        <translation>メッセージを &lt;言語&gt;（en、zh_CN、ja、nl）で出力します。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The command to run (see Commands).</source>
        <translation>実行するコマンド（「コマンド」を参照）。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>不明な言語「%1」です。次のいずれかを選択してください：%2。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Missing value after “%1”.</source>
        <translation>「%1」の後に値がありません。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Show the profile, its settings file, database and log file.</source>
        <translation>プロファイルと、その設定ファイル、データベース、ログファイルを表示します。</translation>
    </message>
    <message>
        <source>Show where this Kassa keeps its state and open its database.</source>
        <translation>この Kassa が状態を保存している場所を表示し、データベースを開きます。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>status takes no arguments (got “%1”).</source>
        <translation>status には引数を指定できません（「%1」が指定されました）。</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル：</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>設定ファイル：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース：</translation>
    </message>
    <message>
        <source>Database version:</source>
        <translation>データベースのバージョン：</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>ログファイル：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain (verify), list or export it.</source>
        <translation>監査ログのハッシュチェーンを検証（verify）するか、一覧表示またはエクスポートします。</translation>
    </message>
    <message>
        <source>Recompute the audit log&apos;s hash chain and name the first entry that was changed, removed or inserted. Exit status 0: intact; 1: broken or unreadable.</source>
        <translation>監査ログのハッシュチェーンを再計算し、変更、削除、または挿入された最初のエントリを示します。終了ステータス 0：正常、1：破損または読み取り不可。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>監査ログに異常はありません：%n 件のエントリを確認しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest entry&apos;s hash: %1 (note it down: a later check that shows an older or different hash means the log was rewritten).</source>
        <translation>最新エントリのハッシュ：%1（控えておいてください。後の検証でこれより古いハッシュや異なるハッシュが表示された場合は、ログが書き換えられています）。</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1.</source>
        <translation>監査ログはエントリ %1 で破損しています。</translation>
    </message>
    <message>
        <source>Write audit log entries as CSV (newest first) to a file or standard output.</source>
        <translation>監査ログのエントリを CSV 形式（新しい順）でファイルまたは標準出力に書き出します。</translation>
    </message>
    <message>
        <source>List audit log entries, newest first.</source>
        <translation>監査ログのエントリを新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Only actions starting with &lt;prefix&gt;, e.g. payout. or payout.approve.</source>
        <translation>&lt;接頭辞&gt; で始まる操作のみ（例：payout. または payout.approve）。</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>接頭辞</translation>
    </message>
    <message>
        <source>Only entries at or after &lt;time&gt; (ISO 8601, UTC).</source>
        <translation>&lt;時刻&gt; 以降のエントリのみ（ISO 8601、UTC）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Only entries before &lt;time&gt; (ISO 8601, UTC).</source>
        <translation>&lt;時刻&gt; より前のエントリのみ（ISO 8601、UTC）。</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; entries (default 200, export: all).</source>
        <translation>最大 &lt;n&gt; 件のエントリ（既定値 200、export では全件）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>標準出力の代わりに &lt;ファイル&gt; に書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Placeholder in --help for a file name</extracomment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Usage: kassa-cli audit verify|list|export [options]</source>
        <translation>使い方：kassa-cli audit verify|list|export [オプション]</translation>
    </message>
    <message>
        <source>Unknown audit command “%1”.</source>
        <translation>不明な audit コマンド「%1」です。</translation>
    </message>
    <message>
        <source>Check the hash chain and name the first broken entry.</source>
        <translation>ハッシュチェーンを検証し、破損している最初のエントリを示します。</translation>
    </message>
    <message>
        <source>List entries, newest first.</source>
        <translation>エントリを新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Write entries as CSV.</source>
        <translation>エントリを CSV 形式で書き出します。</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit には正の整数を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2026-12-01 or 2026-12-01T08:00:00Z.</source>
        <translation>「%1」は 2026-12-01 や 2026-12-01T08:00:00Z のような日付と時刻ではありません。</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: %2.</source>
        <translation>ファイル「%1」を読み込めません：%2。</translation>
    </message>
    <message>
        <source>Check the file name and that you may read it.</source>
        <translation>ファイル名と、読み取り権限があるかを確認してください。</translation>
    </message>
    <message>
        <source>Warning: other users on this computer can read “%1”. Keep recovery phrases and passphrases in files only you can read (chmod 600).</source>
        <translation>警告：このコンピューターの他のユーザーが「%1」を読み取れます。リカバリーフレーズやパスフレーズは、自分だけが読み取れるファイルに保存してください（chmod 600）。</translation>
    </message>
    <message>
        <source>The file “%1” is too large to hold a recovery phrase or passphrase.</source>
        <translation>ファイル「%1」は、リカバリーフレーズやパスフレーズにしては大きすぎます。</translation>
    </message>
    <message>
        <source>Give a file with only the words (or only the passphrase) in it.</source>
        <translation>単語だけ（またはパスフレーズだけ）が書かれたファイルを指定してください。</translation>
    </message>
    <message>
        <source>The file “%1” is not UTF-8 text.</source>
        <translation>ファイル「%1」は UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text.</source>
        <translation>ファイルを UTF-8 テキストとして保存してください。</translation>
    </message>
    <message>
        <source>Unknown chain “%1”; use eth (Ethereum, BSC, Polygon and other EVM chains) or tron.</source>
        <translation>不明なチェーン「%1」です。eth（Ethereum、BSC、Polygon などの EVM チェーン）または tron を指定してください。</translation>
    </message>
    <message>
        <source>Make a new recovery phrase and print it once.</source>
        <translation>新しいリカバリーフレーズを作成し、一度だけ表示します。</translation>
    </message>
    <message>
        <source>Make a new recovery phrase (BIP-39) from the system&apos;s random number generator and print it once. Kassa does not store it.</source>
        <translation>システムの乱数生成器から新しいリカバリーフレーズ（BIP-39）を作成し、一度だけ表示します。Kassa はこれを保存しません。</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>Placeholder in --help for the value of --words: how many words
----------
Placeholder in --help for the value of --count: how many addresses</extracomment>
        <translation>数</translation>
    </message>
    <message>
        <source>Number of words: 12 or 24 (default 24).</source>
        <translation>単語の数：12 または 24（既定は 24）。</translation>
    </message>
    <message>
        <source>wallet new takes no arguments (got “%1”).</source>
        <translation>wallet new は引数を取りません（「%1」が指定されました）。</translation>
    </message>
    <message>
        <source>--words must be 12 or 24, not “%1”.</source>
        <translation>--words は 12 または 24 にしてください（「%1」ではありません）。</translation>
    </message>
    <message>
        <source>Write these words down on paper, in this order, and keep them somewhere safe and secret. Anyone who sees them can take the money in this wallet; without them a lost wallet cannot be recovered. Kassa has not stored them and will not show them again.</source>
        <translation>これらの単語をこの順番で紙に書き留め、安全で人目に触れない場所に保管してください。単語を見た人は誰でもこのウォレットのお金を引き出せます。単語がなければ、失ったウォレットは復元できません。Kassa はこれらを保存しておらず、二度と表示しません。</translation>
    </message>
    <message>
        <source>Print receive addresses of a recovery phrase or an account xpub.</source>
        <translation>リカバリーフレーズまたはアカウントの xpub から受取アドレスを表示します。</translation>
    </message>
    <message>
        <source>Print receive addresses: from a recovery phrase (path m/44&apos;/60&apos;/account&apos;/0/index for eth, m/44&apos;/195&apos;/account&apos;/0/index for tron), or from an account xpub alone (watch-only).</source>
        <translation>受取アドレスを表示します。リカバリーフレーズから（eth のパスは m/44&apos;/60&apos;/account&apos;/0/index、tron は m/44&apos;/195&apos;/account&apos;/0/index）、またはアカウントの xpub だけから（ウォッチオンリー）導出します。</translation>
    </message>
    <message>
        <source>chain</source>
        <extracomment>Placeholder in --help for the value of --chain (a blockchain): eth or tron</extracomment>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>Placeholder in --help for the value of --account: a whole number</extracomment>
        <translation>番号</translation>
    </message>
    <message>
        <source>xpub</source>
        <extracomment>Placeholder in --help for the value of --xpub: an extended public key</extracomment>
        <translation>xpub</translation>
    </message>
    <message>
        <source>index</source>
        <extracomment>Placeholder in --help for the value of --index: the position of an address (0, 1, 2, …)</extracomment>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>eth or tron.</source>
        <translation>eth または tron。</translation>
    </message>
    <message>
        <source>Read the recovery phrase from &lt;file&gt; (only the words).</source>
        <translation>&lt;ファイル&gt; からリカバリーフレーズを読み込みます（単語のみ）。</translation>
    </message>
    <message>
        <source>Read the BIP-39 passphrase from &lt;file&gt; (one trailing line break is ignored).</source>
        <translation>&lt;ファイル&gt; から BIP-39 パスフレーズを読み込みます（末尾の改行 1 つは無視されます）。</translation>
    </message>
    <message>
        <source>Account number (default 0).</source>
        <translation>アカウント番号（既定は 0）。</translation>
    </message>
    <message>
        <source>Derive from this account xpub instead of a recovery phrase.</source>
        <translation>リカバリーフレーズではなく、このアカウントの xpub から導出します。</translation>
    </message>
    <message>
        <source>First address index.</source>
        <translation>最初のアドレスのインデックス。</translation>
    </message>
    <message>
        <source>Number of addresses (default 1).</source>
        <translation>アドレスの数（既定は 1）。</translation>
    </message>
    <message>
        <source>Print JSON with index, path and address.</source>
        <translation>インデックス、パス、アドレスを JSON で出力します。</translation>
    </message>
    <message>
        <source>wallet derive takes no arguments (got “%1”).</source>
        <translation>wallet derive は引数を取りません（「%1」が指定されました）。</translation>
    </message>
    <message>
        <source>Say which chain with --chain eth or --chain tron.</source>
        <translation>--chain eth または --chain tron でチェーンを指定してください。</translation>
    </message>
    <message>
        <source>Give either --mnemonic-file or --xpub (exactly one of them).</source>
        <translation>--mnemonic-file か --xpub のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--passphrase-file and --account belong to --mnemonic-file; an xpub already is one account.</source>
        <translation>--passphrase-file と --account は --mnemonic-file と一緒に使います。xpub はすでに 1 つのアカウントです。</translation>
    </message>
    <message>
        <source>Say which address with --index (the first one is 0).</source>
        <translation>--index でアドレスを指定してください（最初は 0 です）。</translation>
    </message>
    <message>
        <source>--index must be a whole number from 0 to 2147483647.</source>
        <translation>--index は 0～2147483647 の整数にしてください。</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 1000000.</source>
        <translation>--count は 1～1000000 の整数にしてください。</translation>
    </message>
    <message>
        <source>The last index would be beyond 2147483647.</source>
        <translation>最後のインデックスが 2147483647 を超えてしまいます。</translation>
    </message>
    <message>
        <source>--account must be a whole number from 0 to 2147483647.</source>
        <translation>--account は 0～2147483647 の整数にしてください。</translation>
    </message>
    <message>
        <source>Say whether an address is valid, and why not.</source>
        <translation>アドレスが有効かどうか、無効ならその理由を表示します。</translation>
    </message>
    <message>
        <source>Check an Ethereum (EVM) or Tron address: its form and its checksum. Exit status 0 if it is valid, 1 if not.</source>
        <translation>Ethereum（EVM）または Tron のアドレスの形式とチェックサムを確認します。有効なら終了ステータス 0、無効なら 1 です。</translation>
    </message>
    <message>
        <source>eth or tron (default: recognised from the address).</source>
        <translation>eth または tron（既定：アドレスから判別）。</translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation>確認するアドレス。</translation>
    </message>
    <message>
        <source>Give exactly one address to check.</source>
        <translation>確認するアドレスを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>invalid: not an Ethereum address. %1</source>
        <translation>無効：Ethereum のアドレスではありません。%1</translation>
    </message>
    <message>
        <source>valid: Ethereum address with a correct EIP-55 checksum.</source>
        <translation>有効：EIP-55 チェックサムが正しい Ethereum のアドレスです。</translation>
    </message>
    <message>
        <source>valid: Ethereum address without a checksum (all one case). With checksum: %1</source>
        <translation>有効：チェックサムのない Ethereum のアドレスです（大文字か小文字のみ）。チェックサム付き：%1</translation>
    </message>
    <message>
        <source>invalid: not a Tron address. %1</source>
        <translation>無効：Tron のアドレスではありません。%1</translation>
    </message>
    <message>
        <source>valid: Tron address with a correct checksum.</source>
        <translation>有効：チェックサムが正しい Tron のアドレスです。</translation>
    </message>
    <message>
        <source>valid: Tron address in hex form. In Base58: %1</source>
        <translation>有効：16 進形式の Tron のアドレスです。Base58 形式：%1</translation>
    </message>
    <message>
        <source>Usage: kassa-cli wallet &lt;subcommand&gt; [options]</source>
        <translation>使い方：kassa-cli wallet &lt;サブコマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド：</translation>
    </message>
    <message>
        <source>Run “kassa-cli wallet &lt;subcommand&gt; --help” for its options.</source>
        <translation>各オプションは「kassa-cli wallet &lt;サブコマンド&gt; --help」で確認できます。</translation>
    </message>
    <message>
        <source>Unknown wallet subcommand “%1”.</source>
        <translation>不明な wallet サブコマンド「%1」です。</translation>
    </message>
    <message>
        <source>With [keys] store=file: read the key file&apos;s passphrase from &lt;file&gt;.</source>
        <translation>[keys] store=file の場合: 鍵ファイルのパスフレーズを &lt;file&gt; から読み込みます。</translation>
    </message>
    <message>
        <source>This profile keeps its secrets in the encrypted key file; give --key-passphrase-file.</source>
        <translation>このプロファイルは秘密情報を暗号化された鍵ファイルに保管しています。--key-passphrase-file を指定してください。</translation>
    </message>
    <message>
        <source>Give --chain eth, tron or eth,tron.</source>
        <translation>--chain に eth、tron、または eth,tron を指定してください。</translation>
    </message>
    <message>
        <source>Restore wallets (recovery phrases, xpubs, addresses) from an encrypted backup file into this profile. Wallets already here are skipped.</source>
        <translation>暗号化されたバックアップファイルから、ウォレット（リカバリーフレーズ、xpub、アドレス）をこのプロファイルに復元します。すでにあるウォレットは飛ばします。</translation>
    </message>
    <message>
        <source>Write every wallet, recovery phrases included, and the settings to an encrypted backup file. Orders and other records are not part of it.</source>
        <translation>すべてのウォレット（リカバリーフレーズを含む）と設定を暗号化されたバックアップファイルに書き出します。注文などの記録は含みません。</translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt;.</source>
        <translation>バックアップを &lt;file&gt; に書き出します。</translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from &lt;file&gt; (at least 8 characters).</source>
        <translation>バックアップのパスフレーズを &lt;file&gt; から読み込みます（8 文字以上）。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>バックアップファイル。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys restore FILE --passphrase-file F</source>
        <translation>使い方: kassa-cli keys restore FILE --passphrase-file F</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys backup --out FILE --passphrase-file F</source>
        <translation>使い方: kassa-cli keys backup --out FILE --passphrase-file F</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n wallet(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 個のウォレットを復元しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n 個のウォレットはすでにあったため、そのままにしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n wallet(s) to %1.</source>
        <translation>
            <numerusform>%n 個のウォレットを %1 にバックアップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the file: anyone with both can spend from the wallets.</source>
        <translation>パスフレーズはファイルとは別に保管してください。両方を持つ人は誰でもウォレットから送金できます。</translation>
    </message>
    <message>
        <source>Encrypted backup and restore of the wallets&apos; secrets.</source>
        <translation>ウォレットの秘密情報の暗号化バックアップと復元。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys backup|restore [options]</source>
        <translation>使い方: kassa-cli keys backup|restore [オプション]</translation>
    </message>
    <message>
        <source>Write an encrypted backup of every wallet.</source>
        <translation>すべてのウォレットの暗号化バックアップを書き出します。</translation>
    </message>
    <message>
        <source>Restore wallets from an encrypted backup.</source>
        <translation>暗号化バックアップからウォレットを復元します。</translation>
    </message>
    <message>
        <source>Unknown keys command “%1”.</source>
        <translation>keys コマンド「%1」は不明です。</translation>
    </message>
    <message>
        <source>Add a wallet to this profile from recovery words, an xpub or a list of addresses.</source>
        <translation>リカバリーフレーズ、xpub、またはアドレス一覧から、このプロファイルにウォレットを追加します。</translation>
    </message>
    <message>
        <source>List the wallets of this profile and their addresses.</source>
        <translation>このプロファイルのウォレットとそのアドレスを一覧表示します。</translation>
    </message>
    <message>
        <source>Show a wallet&apos;s receive addresses, or hand out the next one.</source>
        <translation>ウォレットの受取アドレスを表示するか、次のアドレスを払い出します。</translation>
    </message>
    <message>
        <source>Add a wallet to this profile. Recovery words go to the key store ([keys] store); the database keeps only public data.</source>
        <translation>このプロファイルにウォレットを追加します。リカバリーフレーズは鍵ストア（[keys] store）に保管され、データベースには公開データだけが残ります。</translation>
    </message>
    <message>
        <source>Import the recovery words in &lt;file&gt; (a hot wallet: it can pay out).</source>
        <translation>&lt;file&gt; のリカバリーフレーズをインポートします（ホットウォレット: 支払いができます）。</translation>
    </message>
    <message>
        <source>Watch only: the account xpub (m/44&apos;/60&apos;/0&apos; or m/44&apos;/195&apos;/0&apos;).</source>
        <translation>監視専用: アカウントの xpub（m/44&apos;/60&apos;/0&apos; または m/44&apos;/195&apos;/0&apos;）。</translation>
    </message>
    <message>
        <source>Watch only: the addresses in &lt;file&gt;, one per line.</source>
        <translation>監視専用: &lt;file&gt; のアドレス（1 行に 1 つ）。</translation>
    </message>
    <message>
        <source>eth, tron, or eth,tron for recovery words (default: eth,tron).</source>
        <translation>eth、tron、またはリカバリーフレーズなら eth,tron（既定: eth,tron）。</translation>
    </message>
    <message>
        <source>The wallet&apos;s name.</source>
        <translation>ウォレットの名前。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>receiving (default), payout or cold.</source>
        <translation>receiving（既定）、payout、または cold。</translation>
    </message>
    <message>
        <source>Print the new wallets as JSON.</source>
        <translation>新しいウォレットを JSON で出力します。</translation>
    </message>
    <message>
        <source>Give exactly one of --mnemonic-file, --xpub and --addresses.</source>
        <translation>--mnemonic-file、--xpub、--addresses のうち 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>Imported wallet</source>
        <translation>インポートしたウォレット</translation>
    </message>
    <message>
        <source>Unknown role “%1”; use receiving, payout or cold.</source>
        <translation>役割「%1」は不明です。receiving、payout、cold のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Wallet %1 “%2” (%3, %4) added.</source>
        <translation>ウォレット %1「%2」（%3、%4）を追加しました。</translation>
    </message>
    <message>
        <source>First receive address: %1</source>
        <translation>最初の受取アドレス: %1</translation>
    </message>
    <message>
        <source>Print the wallets as JSON.</source>
        <translation>ウォレットを JSON で出力します。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3, %4, %n address(es)</source>
        <extracomment>One wallet in `kassa-cli wallet list`: %1 name, %2 chains, %3 kind, %4 role, %n number of addresses</extracomment>
        <translation>
            <numerusform>%1 — %2、%3、%4、アドレス %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No wallets yet. Add one with “kassa-cli wallet import” or in the console.</source>
        <translation>ウォレットはまだありません。「kassa-cli wallet import」またはコンソールで追加してください。</translation>
    </message>
    <message>
        <source>The wallet&apos;s number (see wallet list).</source>
        <translation>ウォレットの番号（wallet list を参照）。</translation>
    </message>
    <message>
        <source>Hand out the next receive address (it is watched from now on).</source>
        <translation>次の受取アドレスを払い出します（以後監視されます）。</translation>
    </message>
    <message>
        <source>Give the wallet&apos;s number with --wallet (see kassa-cli wallet list).</source>
        <translation>--wallet でウォレットの番号を指定してください（kassa-cli wallet list を参照）。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>%1 can be read by other users.</source>
        <translation>%1 は他のユーザーが読み取れます。</translation>
    </message>
    <message>
        <source>Run: chmod 600 %1</source>
        <translation>次を実行してください: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>Run the engine without a window: chain watchers, orders, callbacks and the storefront API.</source>
        <translation>ウィンドウなしでエンジンを実行します：チェーン監視、注文、コールバック、ネットショップ API。</translation>
    </message>
    <message>
        <source>Read the Epusdt API token from &lt;file&gt; (owner-only permissions).</source>
        <translation>Epusdt API トークンを &lt;file&gt; から読み込みます（所有者のみの権限）。</translation>
    </message>
    <message>
        <source>Read the native webhook secret from &lt;file&gt; (owner-only permissions).</source>
        <translation>ネイティブ webhook のシークレットを &lt;file&gt; から読み込みます（所有者のみの権限）。</translation>
    </message>
    <message>
        <source>Storefront API listening on %1 port %2.</source>
        <translation>ネットショップ API は %1 のポート %2 で待ち受けています。</translation>
    </message>
    <message>
        <source>Serving. Stop with Ctrl+C or SIGTERM.</source>
        <translation>実行中です。Ctrl+C または SIGTERM で停止します。</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>停止しています。</translation>
    </message>
    <message>
        <source>List and show orders, mark one paid or cancel it, set exchange rates.</source>
        <translation>注文の一覧と表示、支払済みへの変更や取消、為替レートの設定を行います。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli orders list|show|mark-paid|cancel|rate [options]</source>
        <translation>使い方: kassa-cli orders list|show|mark-paid|cancel|rate [オプション]</translation>
    </message>
    <message>
        <source>Orders, newest first.</source>
        <translation>注文（新しい順）。</translation>
    </message>
    <message>
        <source>One order with its timeline.</source>
        <translation>1件の注文とその経過。</translation>
    </message>
    <message>
        <source>Accept an order by hand (audited).</source>
        <translation>注文を手動で承認します（監査ログに記録）。</translation>
    </message>
    <message>
        <source>Cancel an order (audited).</source>
        <translation>注文を取り消します（監査ログに記録）。</translation>
    </message>
    <message>
        <source>Set how many FIAT one unit of the asset costs.</source>
        <translation>資産1単位が何 FIAT かを設定します。</translation>
    </message>
    <message>
        <source>Only orders in &lt;status&gt;.</source>
        <translation>状態が &lt;status&gt; の注文のみ。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; orders (default 50).</source>
        <translation>最大 &lt;n&gt; 件の注文（既定は 50）。</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>理由（監査ログに記録されます）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>The asset the rate prices (default USDT).</source>
        <translation>レートの対象となる資産（既定は USDT）。</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>シンボル</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>不明な状態「%1」。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>注文 %1 は存在しません。</translation>
    </message>
    <message>
        <source>Give a reason with --reason; it is kept in the audit log.</source>
        <translation>--reason で理由を指定してください。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>注文 %1 は %2 になりました。</translation>
    </message>
    <message>
        <source>Rate set: 1 %1 = %2 %3.</source>
        <translation>レートを設定しました: 1 %1 = %2 %3。</translation>
    </message>
    <message>
        <source>Unknown orders command “%1”.</source>
        <translation>不明な orders コマンド「%1」。</translation>
    </message>
    <message>
        <source>Create, list and revoke keys for the native REST API.</source>
        <translation>ネイティブ REST API のキーを作成・一覧・失効します。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli apikey create NAME --scope S… | list | revoke ID</source>
        <translation>使い方: kassa-cli apikey create 名前 --scope S… | list | revoke ID</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>スコープ: %1</translation>
    </message>
    <message>
        <source>What the key may do (repeat for several).</source>
        <translation>キーに許可する操作（複数指定する場合は繰り返します）。</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>API key %1 created. It is shown only this once; store it now:</source>
        <translation>API キー %1 を作成しました。表示されるのは今回だけです。今すぐ保管してください:</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <source>API key %1 revoked.</source>
        <translation>API キー %1 を失効させました。</translation>
    </message>
    <message>
        <source>Wallets: new recovery phrases, import, list, receive addresses, address checks.</source>
        <translation>ウォレット: 新しいリカバリーフレーズ、インポート、一覧、受取アドレス、アドレスの確認。</translation>
    </message>
    <message>
        <source>Ask for a payout, list and show requests, approve, reject or cancel one.</source>
        <translation>支払いを申請し、申請の一覧と詳細を表示し、承認・却下・取り消しを行います。</translation>
    </message>
    <message>
        <source>This profile has no key store; operators cannot sign in.</source>
        <translation>このプロファイルには鍵ストアがないため、オペレーターはサインインできません。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>ワンタイムコード:</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Token contract</source>
        <translation>トークンコントラクト</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>送金先</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>評価額</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1（レート %2、%3）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>却下者</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由の詳細</translation>
    </message>
    <message>
        <source>Usage: kassa-cli payout request|list|show|approve|cancel [options]</source>
        <translation>使い方: kassa-cli payout request|list|show|approve|cancel [オプション]</translation>
    </message>
    <message>
        <source>Sign in as &lt;login&gt;.</source>
        <translation>&lt;login&gt; としてサインインします。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>The chain to pay on (tron, ethereum, …).</source>
        <translation>支払いに使うチェーン（tron、ethereum など）。</translation>
    </message>
    <message>
        <source>The asset to pay (default USDT).</source>
        <translation>支払う資産（既定は USDT）。</translation>
    </message>
    <message>
        <source>The amount, e.g. 12.50.</source>
        <translation>金額（例: 12.50）。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>The destination address.</source>
        <translation>送金先アドレス。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>What it is for (or why it is rejected or cancelled).</source>
        <translation>支払いの目的（または却下・取り消しの理由）。</translation>
    </message>
    <message>
        <source>An invoice number or ticket.</source>
        <translation>請求書番号またはチケット番号。</translation>
    </message>
    <message>
        <source>Reject instead of approving.</source>
        <translation>承認せずに却下します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Ask for a payout.</source>
        <translation>支払いを申請します。</translation>
    </message>
    <message>
        <source>List payout requests, newest first.</source>
        <translation>支払い申請を新しい順に一覧表示します。</translation>
    </message>
    <message>
        <source>Show one request and its approvals.</source>
        <translation>申請 1 件とその承認状況を表示します。</translation>
    </message>
    <message>
        <source>Approve or reject the request shown.</source>
        <translation>表示した申請を承認または却下します。</translation>
    </message>
    <message>
        <source>Withdraw a request.</source>
        <translation>申請を取り下げます。</translation>
    </message>
    <message>
        <source>Say who you are with --operator &lt;login&gt;.</source>
        <translation>--operator &lt;login&gt; で誰が操作するかを指定してください。</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>--%1 がありません。</translation>
    </message>
    <message>
        <source>%1 is not a token Kassa knows on %2.</source>
        <translation>%1 は Kassa が %2 上で認識しているトークンではありません。</translation>
    </message>
    <message>
        <source>There is no %1 rate for %2; set one with “kassa-cli orders rate %1 RATE --asset %2”.</source>
        <translation>%2 の %1 レートがありません。「kassa-cli orders rate %1 RATE --asset %2」で設定してください。</translation>
    </message>
    <message>
        <source>Payout %1 requested; it waits for approval.</source>
        <translation>支払い %1 を申請しました。承認待ちです。</translation>
    </message>
    <message>
        <source>There is no payout %1.</source>
        <translation>支払い %1 はありません。</translation>
    </message>
    <message>
        <source>Payout %1 cancelled.</source>
        <translation>支払い %1 を取り消しました。</translation>
    </message>
    <message>
        <source>Payout %1 rejected.</source>
        <translation>支払い %1 を却下しました。</translation>
    </message>
    <message>
        <source>Payout %1 approved; it will be signed and sent.</source>
        <translation>支払い %1 を承認しました。署名されて送信されます。</translation>
    </message>
    <message>
        <source>Your approval of payout %1 is recorded; it needs more approvals.</source>
        <translation>支払い %1 へのあなたの承認を記録しました。さらに承認が必要です。</translation>
    </message>
    <message>
        <source>Create, rotate, set or remove the Epusdt token and the webhook secret (kept in the key store).</source>
        <translation>Epusdt トークンと webhook シークレット（鍵ストアに保管）を作成・ローテーション・設定・削除します。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli api-token create|rotate|set|status|remove [--webhook] [--from-file F]</source>
        <translation>使い方: kassa-cli api-token create|rotate|set|status|remove [--webhook] [--from-file F]</translation>
    </message>
    <message>
        <source>Make a new secret and show it once (refused if one exists).</source>
        <translation>新しいシークレットを作り、一度だけ表示します（既にある場合は拒否）。</translation>
    </message>
    <message>
        <source>Replace the secret with a new one and show it once.</source>
        <translation>シークレットを新しいものに置き換え、一度だけ表示します。</translation>
    </message>
    <message>
        <source>Store a secret you already have (your plugin&apos;s token).</source>
        <translation>手元にあるシークレット（プラグインのトークン）を保管します。</translation>
    </message>
    <message>
        <source>Say whether each secret is set, without showing it.</source>
        <translation>各シークレットが設定済みかどうかを、値を表示せずに示します。</translation>
    </message>
    <message>
        <source>Delete the secret.</source>
        <translation>シークレットを削除します。</translation>
    </message>
    <message>
        <source>Without --webhook the command acts on the Epusdt token.</source>
        <translation>--webhook がなければ、コマンドは Epusdt トークンに作用します。</translation>
    </message>
    <message>
        <source>Act on the native webhook secret instead of the Epusdt token.</source>
        <translation>Epusdt トークンではなくネイティブ webhook のシークレットに作用します。</translation>
    </message>
    <message>
        <source>Read the secret from &lt;file&gt; (owner-only permissions).</source>
        <translation>シークレットを &lt;file&gt; から読み込みます（所有者のみの権限）。</translation>
    </message>
    <message>
        <source>set</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Epusdt token</source>
        <translation>Epusdt トークン</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook シークレット</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>鍵ストア</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <source>Stored in the %1.</source>
        <translation>%1 に保管しました。</translation>
    </message>
    <message>
        <source>New Epusdt token. It is shown only this once; put it into your storefront plugin now:</source>
        <translation>新しい Epusdt トークンです。表示されるのは今回だけです。今すぐネットショップのプラグインに設定してください:</translation>
    </message>
    <message>
        <source>New webhook secret. It is shown only this once; give it to your webhook receiver now:</source>
        <translation>新しい webhook シークレットです。表示されるのは今回だけです。今すぐ webhook の受信側に渡してください:</translation>
    </message>
    <message>
        <source>A running kassa-cli serve or desktop keeps the old secret until it restarts.</source>
        <translation>実行中の kassa-cli serve やデスクトップ版は、再起動するまで古いシークレットを使い続けます。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>DEMO: a local test network with play money, not real money.</source>
        <translation>デモ：おもちゃのお金を使うローカルテストネットワークです。本物のお金ではありません。</translation>
    </message>
    <message>
        <source>Test network %1, test USDT %2.</source>
        <translation>テストネットワーク %1、テスト用 USDT %2。</translation>
    </message>
    <message>
        <source>Everything a test shop needs is in %1.</source>
        <translation>テスト用ネットショップに必要な情報はすべて %1 にあります。</translation>
    </message>
    <message>
        <source>Run on the local demo network (anvil, play money) in the demo profile; writes demo.json there.</source>
        <translation>デモ用プロファイルでローカルのデモネットワーク（anvil、おもちゃのお金）上で動かし、そこに demo.json を書き出します。</translation>
    </message>
    <message>
        <source>The storefront secrets could not be read from the key store; use --token-file and --webhook-secret-file on a machine without a keychain.</source>
        <translation>鍵ストアからネットショップ用のシークレットを読み込めませんでした。キーチェーンのないマシンでは --token-file と --webhook-secret-file を使ってください。</translation>
    </message>
    <message>
        <source>No Epusdt token (kassa-cli api-token create, or --token-file): the storefront API will refuse every Epusdt request.</source>
        <translation>Epusdt トークンがありません（kassa-cli api-token create または --token-file）。ネットショップ API はすべての Epusdt リクエストを拒否します。</translation>
    </message>
    <message>
        <source>DEMO: payouts are off in this run; orders work as usual.</source>
        <translation>デモ：今回の実行では支払いは行われません。注文は通常どおり処理されます。</translation>
    </message>
    <message>
        <source>DEMO: the demo operators&apos; logins and passwords are in %1.</source>
        <translation>デモ：デモ用オペレーターのログイン名とパスワードは %1 にあります。</translation>
    </message>
</context>
<context>
    <name>kassa::Config</name>
    <message>
        <source>The setting %1 in %2 has the invalid value “%3”.</source>
        <translation>%2 の設定 %1 の値「%3」は無効です。</translation>
    </message>
    <message>
        <source>Allowed: %1. See doc/config.md.</source>
        <translation>使用できる値：%1。詳しくは doc/config.md を参照してください。</translation>
    </message>
    <message>
        <source>Kassa could not create its settings file %1.</source>
        <translation>設定ファイル %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>プロファイルフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>設定ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults.</source>
        <translation>構文（INI 形式：[section] 行と key=value 行）を修正するか、ファイルを別の場所に移動して既定の設定で起動してください。</translation>
    </message>
    <message>
        <source>Kassa could not save the settings file %1.</source>
        <translation>設定ファイル %1 を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>kassa::Profile</name>
    <message>
        <source>The profile path %1 is a file, not a folder.</source>
        <translation>プロファイルのパス %1 はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>Choose another folder with --profile.</source>
        <translation>--profile で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Kassa could not create its profile folder %1.</source>
        <translation>プロファイルフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Check that the parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation>親フォルダーが存在し、書き込み可能であることを確認するか、--profile で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Kassa could not create its log folder %1.</source>
        <translation>ログフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>プロファイルフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable.</source>
        <translation>プロファイルフォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Fix its permissions or choose another folder with --profile.</source>
        <translation>アクセス権を修正するか、--profile で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Another Kassa (process %1) is already using the profile %2.</source>
        <translation>別の Kassa（プロセス %1）がすでにプロファイル %2 を使用しています。</translation>
    </message>
    <message>
        <source>Close the other Kassa window or stop kassa-cli serve, then try again.</source>
        <translation>もう一方の Kassa ウィンドウを閉じるか kassa-cli serve を停止してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>kassa::api::ApiKeys</name>
    <message>
        <source>The API keys in the database could not be read or changed.</source>
        <translation>データベース内の API キーを読み取り・変更できませんでした。</translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation>API キーが無効です。</translation>
    </message>
    <message>
        <source>Give the key a name of up to 100 characters.</source>
        <translation>キーに100文字以内の名前を付けてください。</translation>
    </message>
    <message>
        <source>Choose what the key may do.</source>
        <translation>キーに許可する操作を選んでください。</translation>
    </message>
    <message>
        <source>“%1” is not a known permission.</source>
        <translation>「%1」は既知の権限ではありません。</translation>
    </message>
    <message>
        <source>There is no active API key %1.</source>
        <translation>有効な API キー %1 はありません。</translation>
    </message>
</context>
<context>
    <name>kassa::api::ApiServer</name>
    <message>
        <source>The storefront API cannot listen on %1 port %2.</source>
        <translation>ネットショップ API が %1 のポート %2 で待ち受けできません。</translation>
    </message>
    <message>
        <source>Another program may be using the port; choose another one in the settings.</source>
        <translation>別のプログラムがこのポートを使っている可能性があります。設定で別のポートを選んでください。</translation>
    </message>
</context>
<context>
    <name>kassa::audit::AuditActions</name>
    <message>
        <source>Operator added</source>
        <translation>オペレーターを追加</translation>
    </message>
    <message>
        <source>Operator changed</source>
        <translation>オペレーターを変更</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>オペレーターを無効化</translation>
    </message>
    <message>
        <source>Operator roles changed</source>
        <translation>オペレーターのロールを変更</translation>
    </message>
    <message>
        <source>Operator password changed</source>
        <translation>オペレーターのパスワードを変更</translation>
    </message>
    <message>
        <source>Two-step sign-in turned on</source>
        <translation>2 段階サインインを有効化</translation>
    </message>
    <message>
        <source>Two-step sign-in turned off</source>
        <translation>2 段階サインインを無効化</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>コンソールのロックを解除</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>ロック解除に失敗</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>コンソールをロック</translation>
    </message>
    <message>
        <source>Payout policy changed</source>
        <translation>支払いポリシーを変更</translation>
    </message>
    <message>
        <source>Payout policy change approved</source>
        <translation>支払いポリシーの変更を承認</translation>
    </message>
    <message>
        <source>Address book entry added</source>
        <translation>アドレス帳のエントリを追加</translation>
    </message>
    <message>
        <source>Address book entry changed</source>
        <translation>アドレス帳のエントリを変更</translation>
    </message>
    <message>
        <source>Address book entry removed</source>
        <translation>アドレス帳のエントリを削除</translation>
    </message>
    <message>
        <source>Address book entry approved</source>
        <translation>アドレス帳のエントリを承認</translation>
    </message>
    <message>
        <source>Payout requested</source>
        <translation>支払いを申請</translation>
    </message>
    <message>
        <source>Payout request changed</source>
        <translation>支払い申請を変更</translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation>支払いを承認</translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation>支払いを却下</translation>
    </message>
    <message>
        <source>Payout cancelled</source>
        <translation>支払いをキャンセル</translation>
    </message>
    <message>
        <source>Payout signed</source>
        <translation>支払いに署名</translation>
    </message>
    <message>
        <source>Payout sent to the network</source>
        <translation>支払いをネットワークに送信</translation>
    </message>
    <message>
        <source>Payout completed</source>
        <translation>支払い完了</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>支払い失敗</translation>
    </message>
    <message>
        <source>Payout sped up</source>
        <translation>支払いを高速化</translation>
    </message>
    <message>
        <source>Wallet created</source>
        <translation>ウォレットを作成</translation>
    </message>
    <message>
        <source>Wallet imported</source>
        <translation>ウォレットをインポート</translation>
    </message>
    <message>
        <source>Wallet changed</source>
        <translation>ウォレットを変更</translation>
    </message>
    <message>
        <source>Wallet removed</source>
        <translation>ウォレットを削除</translation>
    </message>
    <message>
        <source>Recovery words shown</source>
        <translation>リカバリーフレーズを表示</translation>
    </message>
    <message>
        <source>Signing key used</source>
        <translation>署名鍵を使用</translation>
    </message>
    <message>
        <source>Backup exported</source>
        <translation>バックアップをエクスポート</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Order marked as paid</source>
        <translation>注文を入金済みに設定</translation>
    </message>
    <message>
        <source>Transfer attached to an order</source>
        <translation>送金を注文に関連付け</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>注文をキャンセル</translation>
    </message>
    <message>
        <source>Shop notification sent again</source>
        <translation>ショップへの通知を再送信</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>API キーを作成</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>API キーを失効</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>監査ログをエクスポート</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Payout policy</source>
        <translation>支払いポリシー</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Operator lockout cleared</source>
        <translation>オペレーターのロックを解除</translation>
    </message>
    <message>
        <source>Storefront token or webhook secret set</source>
        <translation>ネットショップのトークンまたは webhook シークレットを設定</translation>
    </message>
    <message>
        <source>Storefront token or webhook secret removed</source>
        <translation>ネットショップのトークンまたは webhook シークレットを削除</translation>
    </message>
    <message>
        <source>Operator role change proposed</source>
        <translation>オペレーターのロール変更を提案</translation>
    </message>
    <message>
        <source>Operator role change rejected</source>
        <translation>オペレーターのロール変更を却下</translation>
    </message>
    <message>
        <source>Payout policy change rejected</source>
        <translation>支払いポリシーの変更を却下</translation>
    </message>
</context>
<context>
    <name>kassa::audit::AuditLog</name>
    <message>
        <source>The audit log could not be read or written: %1</source>
        <translation>監査ログの読み書きができませんでした：%1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the database is reachable, then try again.</source>
        <translation>変更は行われていません。データベースに接続できることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Internal error: an audit entry was incomplete, so the action was not carried out.</source>
        <translation>内部エラー：監査エントリが不完全だったため、操作は実行されませんでした。</translation>
    </message>
    <message>
        <source>Entry %1 is missing from the audit log: it was deleted.</source>
        <translation>監査ログにエントリ %1 がありません。削除されています。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed.</source>
        <translation>監査ログのエントリ %1 が変更されています。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log does not follow entry %2: an entry was changed, removed or inserted.</source>
        <translation>監査ログのエントリ %1 がエントリ %2 に続いていません。エントリが変更、削除、または挿入されています。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed after it was written.</source>
        <translation>監査ログのエントリ %1 が書き込み後に変更されています。</translation>
    </message>
    <message>
        <source>The newest entries of the audit log were removed (it should have %1 entries, it has %2).</source>
        <translation>監査ログの最新のエントリが削除されています（%1 件あるはずですが、%2 件しかありません）。</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing: the database was tampered with.</source>
        <translation>監査ログのヘッドレコードがありません。データベースが改ざんされています。</translation>
    </message>
    <message>
        <source>Restore the database from a backup and run the audit check again.</source>
        <translation>バックアップからデータベースを復元し、監査ログの検証をもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::BalanceJob</name>
    <message>
        <source>Not an address of this chain.</source>
        <translation>このチェーンのアドレスではありません。</translation>
    </message>
    <message>
        <source>Reading the balance took too long.</source>
        <translation>残高の読み取りに時間がかかりすぎました。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::ChainSettingsFile</name>
    <message>
        <source>At most %1 addresses are allowed here.</source>
        <translation>ここに指定できるアドレスは最大 %1 件です。</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>「%1」が二重に登録されています。</translation>
    </message>
    <message>
        <source>Local test network</source>
        <translation>ローカルテストネットワーク</translation>
    </message>
    <message>
        <source>“%1” is not a token entry of the form SYMBOL:CONTRACT:DECIMALS.</source>
        <translation>「%1」は「シンボル:コントラクト:小数桁数」の形式のトークン指定ではありません。</translation>
    </message>
    <message>
        <source>For example %1.</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <source>“%1” is not a valid token symbol.</source>
        <translation>「%1」は有効なトークンシンボルではありません。</translation>
    </message>
    <message>
        <source>Use up to 16 letters, digits, dots, dashes or underscores.</source>
        <translation>英字、数字、ピリオド、ハイフン、アンダースコアを 16 文字以内で使用してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid contract address (0x followed by 40 hexadecimal digits).</source>
        <translation>「%1」は有効なコントラクトアドレス（0x に続く 16 進数 40 桁）ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid Tron contract address (starting with T).</source>
        <translation>「%1」は有効な Tron コントラクトアドレス（T で始まる）ではありません。</translation>
    </message>
    <message>
        <source>Copy the contract address from the token&apos;s official page or a block explorer.</source>
        <translation>トークンの公式ページまたはブロックエクスプローラーからコントラクトアドレスをコピーしてください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid number of decimals.</source>
        <translation>「%1」は有効な小数桁数ではありません。</translation>
    </message>
    <message>
        <source>Use a whole number from 0 to %1 (USDT has 6, on BNB Smart Chain 18).</source>
        <translation>0 から %1 までの整数を使用してください（USDT は 6、BNB Smart Chain では 18 です）。</translation>
    </message>
    <message>
        <source>Kassa does not know the chain “%1”.</source>
        <translation>Kassa はチェーン「%1」を認識していません。</translation>
    </message>
    <message>
        <source>The chain “%1” has the wrong kind of settings.</source>
        <translation>チェーン「%1」の設定の種類が正しくありません。</translation>
    </message>
    <message>
        <source>The chain id must be a whole number from 1 to 9007199254740992.</source>
        <translation>チェーン ID は 1 から 9007199254740992 までの整数である必要があります。</translation>
    </message>
    <message>
        <source>%1 has the chain id %2.</source>
        <translation>%1 のチェーン ID は %2 です。</translation>
    </message>
    <message>
        <source>TronGrid settings belong to Tron only.</source>
        <translation>TronGrid の設定は Tron 専用です。</translation>
    </message>
    <message>
        <source>Tron nodes have no WebSocket subscriptions; leave this empty.</source>
        <translation>Tron ノードには WebSocket のサブスクリプションがありません。空欄のままにしてください。</translation>
    </message>
    <message>
        <source>The API key may only contain visible characters without spaces (at most 128).</source>
        <translation>API キーには空白を含まない表示可能な文字のみ使用できます（最大 128 文字）。</translation>
    </message>
    <message>
        <source>Tron has no chain id setting.</source>
        <translation>Tron にはチェーン ID の設定はありません。</translation>
    </message>
    <message>
        <source>At most %1 tokens are allowed per chain.</source>
        <translation>1 つのチェーンに指定できるトークンは最大 %1 件です。</translation>
    </message>
    <message>
        <source>The contract %1 is listed twice.</source>
        <translation>コントラクト %1 が二重に登録されています。</translation>
    </message>
    <message>
        <source>Two tokens are called %1; give each a symbol of its own.</source>
        <translation>%1 という名前のトークンが 2 つあります。それぞれに別のシンボルを付けてください。</translation>
    </message>
    <message>
        <source>Confirmations must be a whole number from %1 to %2.</source>
        <translation>確認数は %1 から %2 までの整数である必要があります。</translation>
    </message>
    <message>
        <source>The poll interval must be from %1 to %2 milliseconds.</source>
        <translation>ポーリング間隔は %1 から %2 ミリ秒の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Enter at least one node address to watch this chain.</source>
        <translation>このチェーンを監視するには、ノードのアドレスを 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>Enter at least one token contract to watch on this chain.</source>
        <translation>このチェーンで監視するトークンコントラクトを 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>設定ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults.</source>
        <translation>構文（INI 形式：[section] 行と key=value 行）を修正するか、ファイルを別の場所に移動して既定の設定で起動してください。</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is not valid: %3</source>
        <translation>%2 の設定 %1 は無効です：%3</translation>
    </message>
    <message>
        <source>Fix it in Settings → Chains or in the file; doc/config.md explains every key.</source>
        <translation>「設定」→「チェーン」またはファイルで修正してください。各設定項目の説明は doc/config.md にあります。</translation>
    </message>
    <message>
        <source>there is no chain “%1”; known chains are %2 and local.</source>
        <translation>チェーン「%1」は存在しません。使用できるチェーンは %2 と local です。</translation>
    </message>
    <message>
        <source>this key is not known; allowed keys are %1.</source>
        <translation>この設定項目は不明です。使用できる項目は %1 です。</translation>
    </message>
    <message>
        <source>“%1” is not true or false.</source>
        <translation>「%1」は true でも false でもありません。</translation>
    </message>
    <message>
        <source>“%1” is not a chain id.</source>
        <translation>「%1」はチェーン ID ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not allowed; use %2 or depth.</source>
        <translation>「%1」は使用できません。%2 または depth を指定してください。</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>%1 から %2 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>use a whole number of milliseconds from %1 to %2.</source>
        <translation>%1 から %2 までのミリ秒を整数で指定してください。</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>印の付いた項目を修正して、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Kassa could not save the settings file %1.</source>
        <translation>設定ファイル %1 を保存できませんでした。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>プロファイルフォルダーのアクセス権を確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::SettingsCheckJob</name>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>確認に時間がかかりすぎたため、中止しました。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::Erc20Abi</name>
    <message>
        <source>The token contract gave an answer that is not valid for this call.</source>
        <translation>トークンコントラクトの応答は、この呼び出しに対して有効ではありません。</translation>
    </message>
    <message>
        <source>Check the token contract address in the chain settings, and the node you use.</source>
        <translation>チェーン設定のトークンコントラクトアドレスと、使用しているノードを確認してください。</translation>
    </message>
    <message>
        <source>The token contract returned nothing: there may be no contract at this address, or it does not have this function.</source>
        <translation>トークンコントラクトは何も返しませんでした。このアドレスにコントラクトが存在しないか、この関数がない可能性があります。</translation>
    </message>
    <message>
        <source>Check the token contract address in the chain settings.</source>
        <translation>チェーン設定のトークンコントラクトアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The call data is not a token transfer.</source>
        <translation>コールデータはトークンの送金ではありません。</translation>
    </message>
    <message>
        <source>Nothing was signed or sent. The transaction may have been altered; build it again.</source>
        <translation>何も署名・送信されていません。トランザクションが改ざんされた可能性があります。作成し直してください。</translation>
    </message>
    <message>
        <source>The token claims %1 decimal places, which no amount can be written with.</source>
        <translation>このトークンは小数点以下 %1 桁を主張していますが、その桁数で表せる金額はありません。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmBalanceReader</name>
    <message>
        <source>The node did not answer.</source>
        <translation>ノードが応答しませんでした。</translation>
    </message>
    <message>
        <source>The node did not answer: %1</source>
        <translation>ノードが応答しませんでした: %1</translation>
    </message>
    <message>
        <source>%1: the token contract gave no balance.</source>
        <translation>%1: トークンコントラクトが残高を返しませんでした。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmSettingsCheck</name>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 が応答しません：%2</translation>
    </message>
    <message>
        <source>%1 does not answer like an Ethereum node.</source>
        <translation>%1 の応答は Ethereum ノードのものではありません。</translation>
    </message>
    <message>
        <source>%1 serves another network (chain id %2, expected %3).</source>
        <translation>%1 は別のネットワークのものです（チェーン ID %2、正しくは %3）。</translation>
    </message>
    <message>
        <source>%1 serves chain id %2.</source>
        <translation>%1 はチェーン ID %2 のノードです。</translation>
    </message>
    <message>
        <source>Could not read the decimals of %1: %2</source>
        <translation>%1 の小数桁数を読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>%1: there is no token contract at this address on this network.</source>
        <translation>%1：このネットワークのこのアドレスにはトークンコントラクトがありません。</translation>
    </message>
    <message>
        <source>%1 has %2 decimals on this network, not %3.</source>
        <translation>このネットワークでの %1 の小数桁数は %3 ではなく %2 です。</translation>
    </message>
    <message>
        <source>%1 has %2 decimals.</source>
        <translation>%1 の小数桁数は %2 です。</translation>
    </message>
    <message>
        <source>%1 does not accept a WebSocket connection.</source>
        <translation>%1 は WebSocket 接続を受け付けません。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmTransaction</name>
    <message>
        <source>Nothing was signed or sent. Correct the transaction settings and try again.</source>
        <translation>何も署名・送信されていません。トランザクションの設定を修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The raw transaction is invalid: its field “%1” is wrong.</source>
        <extracomment>%1 is a technical field name such as &quot;nonce&quot;, &quot;v&quot; or &quot;accessList&quot;.</extracomment>
        <translation>生のトランザクションが無効です。フィールド「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>The data is damaged or is not a transaction Kassa can send. Nothing was sent.</source>
        <translation>データが破損しているか、Kassa が送信できるトランザクションではありません。何も送信されていません。</translation>
    </message>
    <message>
        <source>This transaction type is not supported; Kassa sends legacy (EIP-155) and EIP-1559 transactions.</source>
        <translation>このトランザクションタイプには対応していません。Kassa が送信するのはレガシー（EIP-155）と EIP-1559 のトランザクションです。</translation>
    </message>
    <message>
        <source>The chain ID %1 is not valid for a signed transaction.</source>
        <translation>チェーン ID %1 は署名済みトランザクションには使用できません。</translation>
    </message>
    <message>
        <source>The account&apos;s transaction counter (nonce) has reached its maximum; this account cannot send any more transactions.</source>
        <translation>このアカウントのトランザクションカウンター（nonce）が上限に達しました。このアカウントからはこれ以上トランザクションを送信できません。</translation>
    </message>
    <message>
        <source>The gas limit %1 is below %2, the minimum of any transaction.</source>
        <translation>ガスリミット %1 は、あらゆるトランザクションの最小値 %2 を下回っています。</translation>
    </message>
    <message>
        <source>A legacy transaction is priced by its gas price alone, but EIP-1559 fees were set.</source>
        <translation>レガシートランザクションはガス価格だけで手数料が決まりますが、EIP-1559 の手数料が設定されています。</translation>
    </message>
    <message>
        <source>An EIP-1559 transaction is priced by its maximum and priority fees, but a legacy gas price was set.</source>
        <translation>EIP-1559 トランザクションは最大手数料と優先手数料で手数料が決まりますが、レガシーのガス価格が設定されています。</translation>
    </message>
    <message>
        <source>The priority fee is higher than the maximum fee per gas; nodes refuse such a transaction.</source>
        <translation>優先手数料がガスあたりの最大手数料を上回っています。ノードはこのようなトランザクションを拒否します。</translation>
    </message>
    <message>
        <source>The gas limit multiplied by the fee per gas is too large to be a fee.</source>
        <translation>ガスリミットにガスあたりの手数料を掛けた値が大きすぎ、手数料としてありえません。</translation>
    </message>
    <message>
        <source>The transaction carries %1 bytes of call data; Kassa sends at most %2.</source>
        <translation>このトランザクションには %1 バイトのコールデータが含まれています。Kassa が送信できるのは最大 %2 バイトです。</translation>
    </message>
    <message>
        <source>Internal error: a transaction did not survive being read back.</source>
        <translation>内部エラー：トランザクションを読み戻したときに内容が一致しませんでした。</translation>
    </message>
    <message>
        <source>Nothing was sent. Please report this problem.</source>
        <translation>何も送信されていません。この問題を報告してください。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmWatcher</name>
    <message>
        <source>The node %1 serves another network (chain id %2) than %3 (chain id %4).</source>
        <translation>ノード %1 は %3（チェーン ID %4）ではなく、別のネットワーク（チェーン ID %2）のものです。</translation>
    </message>
    <message>
        <source>Correct the node addresses of %1 in Settings → Chains.</source>
        <translation>「設定」→「チェーン」で %1 のノードのアドレスを修正してください。</translation>
    </message>
    <message>
        <source>No node of %1 answers.</source>
        <translation>%1 のノードがどれも応答しません。</translation>
    </message>
    <message>
        <source>The %1 contract configured for %2 does not answer decimals(); it is not a token on this network.</source>
        <translation>%2 に設定された %1 のコントラクトが decimals() に応答しません。このネットワーク上のトークンではありません。</translation>
    </message>
    <message>
        <source>Check the token contract in Settings → Chains.</source>
        <translation>「設定」→「チェーン」でトークンコントラクトを確認してください。</translation>
    </message>
    <message>
        <source>The %1 contract on %2 has %3 decimals, but the settings say %4. Kassa does not watch the chain while amounts would be wrong.</source>
        <translation>%2 上の %1 のコントラクトの小数桁数は %3 ですが、設定では %4 になっています。金額を誤るおそれがあるため、Kassa はこのチェーンを監視しません。</translation>
    </message>
    <message>
        <source>Correct the decimals (or the contract) in Settings → Chains.</source>
        <translation>「設定」→「チェーン」で小数桁数（またはコントラクト）を修正してください。</translation>
    </message>
    <message>
        <source>%1 replaced blocks that were already final. Kassa stopped watching it so that nothing is credited twice.</source>
        <translation>%1 で確定済みのブロックが置き換えられました。二重に入金処理されないよう、Kassa はこのチェーンの監視を停止しました。</translation>
    </message>
    <message>
        <source>Check the node (is it on the right network and in sync?), then restart Kassa.</source>
        <translation>ノード（正しいネットワークに接続され、同期しているか）を確認してから、Kassa を再起動してください。</translation>
    </message>
    <message>
        <source>Catching up with %1 failed; trying again.</source>
        <translation>%1 の追従に失敗しました。再試行しています。</translation>
    </message>
    <message>
        <source>The node&apos;s %1 chain does not contain block %2, which Kassa recorded as final. Kassa stopped watching it so that nothing is credited twice.</source>
        <translation>ノードの %1 チェーンには、Kassa が確定済みとして記録したブロック %2 がありません。二重に入金処理されないよう、Kassa はこのチェーンの監視を停止しました。</translation>
    </message>
    <message>
        <source>Check that the node is on the right network and in sync, then restart Kassa.</source>
        <translation>ノードが正しいネットワークに接続され、同期していることを確認してから、Kassa を再起動してください。</translation>
    </message>
    <message>
        <source>The node %1 sent a wrong answer; another node is asked.</source>
        <translation>ノード %1 から誤った応答がありました。別のノードに問い合わせています。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::Rlp</name>
    <message>
        <source>The encoded transaction is malformed at byte %1.</source>
        <translation>エンコードされたトランザクションの %1 バイト目の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The data is damaged or is not an Ethereum transaction. Nothing was sent.</source>
        <translation>データが破損しているか、Ethereum のトランザクションではありません。何も送信されていません。</translation>
    </message>
    <message>
        <source>The encoded transaction has a malformed field “%1”.</source>
        <extracomment>%1 is a technical field name such as &quot;nonce&quot; or &quot;value&quot;.</extracomment>
        <translation>エンコードされたトランザクションのフィールド「%1」の形式が正しくありません。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronBalanceReader</name>
    <message>
        <source>The node did not answer: %1</source>
        <translation>ノードが応答しませんでした: %1</translation>
    </message>
    <message>
        <source>%1: the token contract gave no balance.</source>
        <translation>%1: トークンコントラクトが残高を返しませんでした。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronRefBlock</name>
    <message>
        <source>The reference block from the Tron node is not valid.</source>
        <translation>Tron ノードから取得した参照ブロックが無効です。</translation>
    </message>
    <message>
        <source>Try again; if it persists, use another Tron node.</source>
        <translation>もう一度お試しください。問題が続く場合は、別の Tron ノードを使用してください。</translation>
    </message>
    <message>
        <source>The Tron node returned a block whose ID does not belong to its number.</source>
        <translation>Tron ノードが返したブロックの ID が、そのブロック番号と一致しません。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronSettingsCheck</name>
    <message>
        <source>%1 does not answer as a Tron node: %2</source>
        <translation>%1 は Tron ノードとして応答しません: %2</translation>
    </message>
    <message>
        <source>%1 serves another Tron network than the first address.</source>
        <translation>%1 は最初のアドレスとは別の Tron ネットワークを提供しています。</translation>
    </message>
    <message>
        <source>%1 serves %2 at block %3.</source>
        <extracomment>%1 is host:port, %2 the network (&quot;Tron mainnet&quot;), %3 a block number.</extracomment>
        <translation>%1 は %2 を提供しています（ブロック %3）。</translation>
    </message>
    <message>
        <source>%1 answers at block %2.</source>
        <extracomment>%1 is host:port, %2 a block number.</extracomment>
        <translation>%1 が応答しました（ブロック %2）。</translation>
    </message>
    <message>
        <source>The contract %1 does not answer decimals(); is it a TRC-20 token on this network?</source>
        <translation>コントラクト %1 は decimals() に応答しません。このネットワーク上の TRC-20 トークンですか？</translation>
    </message>
    <message>
        <source>The contract %1 has %2 decimals, not %3.</source>
        <translation>コントラクト %1 の小数桁数は %3 ではなく %2 です。</translation>
    </message>
    <message>
        <source>%1 has %2 decimals.</source>
        <extracomment>%1 is a token symbol (USDT), %2 a number of decimals.</extracomment>
        <translation>%1 の小数桁数は %2 です。</translation>
    </message>
    <message>
        <source>TronGrid at %1 answers.</source>
        <extracomment>%1 is host:port of TronGrid.</extracomment>
        <translation>%1 の TronGrid が応答しました。</translation>
    </message>
    <message>
        <source>TronGrid refuses the API key (HTTP %1).</source>
        <translation>TronGrid が API キーを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>TronGrid at %1 does not answer: %2</source>
        <translation>%1 の TronGrid が応答しません: %2</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronTransaction</name>
    <message>
        <source>The TRX amount must be more than zero.</source>
        <translation>TRX の金額はゼロより大きくなければなりません。</translation>
    </message>
    <message>
        <source>A TRX transfer cannot go to the sending address itself.</source>
        <translation>TRX の送金先を送金元のアドレス自身にすることはできません。</translation>
    </message>
    <message>
        <source>A TRX transfer has no fee limit; only contract calls do.</source>
        <translation>TRX の送金には手数料上限はありません。手数料上限があるのはコントラクト呼び出しだけです。</translation>
    </message>
    <message>
        <source>The contract call carries %1 bytes of call data; between 1 and %2 are possible.</source>
        <translation>このコントラクト呼び出しには %1 バイトのコールデータが含まれています。使用できるのは 1～%2 バイトです。</translation>
    </message>
    <message>
        <source>The fee limit must be between 0 and 15,000 TRX.</source>
        <translation>手数料上限は 0～15,000 TRX の範囲でなければなりません。</translation>
    </message>
    <message>
        <source>The transaction has no valid creation time.</source>
        <translation>このトランザクションには有効な作成時刻がありません。</translation>
    </message>
    <message>
        <source>The transaction must expire after it is made and within 24 hours.</source>
        <translation>トランザクションの有効期限は、作成時刻より後かつ 24 時間以内でなければなりません。</translation>
    </message>
    <message>
        <source>Nothing was signed or sent. Correct the payout and try again.</source>
        <translation>何も署名・送信されていません。支払いを修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The key does not belong to the sending address %1.</source>
        <translation>この鍵は送金元アドレス %1 のものではありません。</translation>
    </message>
    <message>
        <source>Nothing was signed. Check which wallet the payout is sent from.</source>
        <translation>何も署名されていません。この支払いをどのウォレットから送るかを確認してください。</translation>
    </message>
    <message>
        <source>The stored Tron transaction is invalid (field “%1”).</source>
        <extracomment>%1 is a technical field name such as &quot;raw_data.fee_limit&quot;.</extracomment>
        <translation>保存されている Tron トランザクションが無効です（フィールド「%1」）。</translation>
    </message>
    <message>
        <source>It was not sent. The stored data may be damaged; check the payout before building it again.</source>
        <translation>送信されていません。保存されたデータが破損している可能性があります。支払いを確認してから、作成し直してください。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronTxChecker</name>
    <message>
        <source>The transaction the Tron node prepared does not match the payout (field “%1”), so it was not signed.</source>
        <extracomment>%1 is a technical field name such as &quot;raw_data.fee_limit&quot;.</extracomment>
        <translation>Tron ノードが用意したトランザクションが支払いと一致しないため（フィールド「%1」）、署名しませんでした。</translation>
    </message>
    <message>
        <source>The node may be faulty or dishonest. Nothing was signed or sent; use another node, or let Kassa build the transaction itself.</source>
        <translation>ノードに不具合があるか、不正を行っている可能性があります。何も署名・送信されていません。別のノードを使用するか、Kassa 自身にトランザクションを作成させてください。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronWatcher</name>
    <message>
        <source>No valid token contract is configured for Tron.</source>
        <translation>Tron に有効なトークンコントラクトが設定されていません。</translation>
    </message>
    <message>
        <source>Add the USDT contract in Settings → Chains.</source>
        <translation>「設定 → チェーン」で USDT コントラクトを追加してください。</translation>
    </message>
    <message>
        <source>The Tron nodes are not answering properly: %1</source>
        <translation>Tron ノードが正しく応答していません: %1</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Base58</name>
    <message>
        <source>The Base58 text is empty.</source>
        <translation>Base58 テキストが空です。</translation>
    </message>
    <message>
        <source>Paste the complete value.</source>
        <translation>値全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>The Base58 text is too long (%1 characters; at most %2).</source>
        <translation>Base58 テキストが長すぎます（%1 文字。最大 %2 文字）。</translation>
    </message>
    <message>
        <source>Check that only one value was pasted.</source>
        <translation>貼り付けた値が 1 つだけであることを確認してください。</translation>
    </message>
    <message>
        <source>Character %1 is not allowed in Base58 text.</source>
        <translation>%1 文字目は Base58 テキストでは使用できない文字です。</translation>
    </message>
    <message>
        <source>Base58 uses digits and letters except 0, O, I and l, and no spaces. Check for a typo.</source>
        <translation>Base58 では 0、O、I、l を除く数字と英字を使用し、空白は使用しません。入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>The Base58Check text is too short to hold a checksum.</source>
        <translation>Base58Check テキストが短すぎて、チェックサムが含まれていません。</translation>
    </message>
    <message>
        <source>The Base58Check checksum does not match: the text has a typo or was changed.</source>
        <translation>Base58Check のチェックサムが一致しません。テキストに入力ミスがあるか、変更されています。</translation>
    </message>
    <message>
        <source>Copy the value again from its source; do not retype it.</source>
        <translation>値を入手元からもう一度コピーしてください。手入力し直さないでください。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::DerivationPath</name>
    <message>
        <source>Write the path like m/44&apos;/60&apos;/0&apos;/0/5: “m”, then numbers separated by “/”, each followed by &apos; or h if it is hardened.</source>
        <translation>パスは m/44&apos;/60&apos;/0&apos;/0/5 のように書いてください。「m」の後に「/」で区切った数字を続け、強化（hardened）する数字には &apos; または h を付けます。</translation>
    </message>
    <message>
        <source>The derivation path is empty.</source>
        <translation>導出パスが空です。</translation>
    </message>
    <message>
        <source>The derivation path must start with “m/”.</source>
        <translation>導出パスは「m/」で始まる必要があります。</translation>
    </message>
    <message>
        <source>The derivation path is deeper than 255 levels.</source>
        <translation>導出パスが 255 階層を超えています。</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is empty.</source>
        <translation>導出パスの %1 番目の部分が空です。</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is not an index.</source>
        <translation>導出パスの %1 番目の部分がインデックスではありません。</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path has a leading zero.</source>
        <translation>導出パスの %1 番目の部分の先頭に余分な 0 があります。</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is too large: indexes go up to 2147483647.</source>
        <translation>導出パスの %1 番目の部分が大きすぎます。インデックスは最大 2147483647 です。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::EncryptedBlob</name>
    <message>
        <source>The encrypted file is incomplete: it was cut short while copying or saving.</source>
        <translation>暗号化ファイルが不完全です。コピーまたは保存の途中で切れています。</translation>
    </message>
    <message>
        <source>Use a complete copy of the file.</source>
        <translation>ファイルの完全なコピーを使用してください。</translation>
    </message>
    <message>
        <source>This encrypted file uses a format that this version of Kassa does not support.</source>
        <translation>この暗号化ファイルの形式には、このバージョンの Kassa は対応していません。</translation>
    </message>
    <message>
        <source>Open it with the Kassa version that created it, or a newer one.</source>
        <translation>このファイルを作成したバージョンの Kassa、またはそれより新しいバージョンで開いてください。</translation>
    </message>
    <message>
        <source>Encryption failed because of an internal error (%1).</source>
        <translation>内部エラー（%1）のため、暗号化に失敗しました。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, the computer may be short of memory.</source>
        <translation>もう一度お試しください。それでも失敗する場合は、コンピューターのメモリーが不足している可能性があります。</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the file.</source>
        <translation>ファイルを保護するパスフレーズを設定してください。</translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember, for example several unrelated words.</source>
        <translation>覚えておける長いパスフレーズを使用してください。たとえば、互いに関係のない単語をいくつか並べます。</translation>
    </message>
    <message>
        <source>This is not a Kassa encrypted file.</source>
        <translation>これは Kassa の暗号化ファイルではありません。</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>正しいファイルを選択したか確認してください。</translation>
    </message>
    <message>
        <source>The encrypted file was changed: it has extra data after its end.</source>
        <translation>暗号化ファイルが変更されています。ファイルの終端の後に余分なデータがあります。</translation>
    </message>
    <message>
        <source>Use an unmodified copy of the file.</source>
        <translation>変更されていないファイルのコピーを使用してください。</translation>
    </message>
    <message>
        <source>The encrypted file asks for key-derivation settings outside the allowed limits (N = 2^%1, r = %2, p = %3), so Kassa will not open it.</source>
        <translation>この暗号化ファイルが要求する鍵導出の設定が許容範囲外（N = 2^%1、r = %2、p = %3）のため、Kassa はこのファイルを開きません。</translation>
    </message>
    <message>
        <source>The file was damaged or not made by Kassa.</source>
        <translation>ファイルが破損しているか、Kassa で作成されたものではありません。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed.</source>
        <translation>パスフレーズが間違っているか、ファイルが変更されています。</translation>
    </message>
    <message>
        <source>Check the passphrase (including capital letters and keyboard layout). If it is right, the file was damaged or tampered with.</source>
        <translation>パスフレーズ（大文字・小文字やキーボード配列を含む）を確認してください。パスフレーズが正しい場合は、ファイルが破損しているか改ざんされています。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::EthAddress</name>
    <message>
        <source>This is not an Ethereum address: it must be 0x followed by 40 hex digits (it has %1 characters).</source>
        <translation>これは Ethereum アドレスではありません。0x の後に 40 桁の hex 数字が続く必要があります（%1 文字あります）。</translation>
    </message>
    <message>
        <source>Copy the whole address, including the 0x, without spaces.</source>
        <translation>0x を含むアドレス全体を、空白なしでコピーしてください。</translation>
    </message>
    <message>
        <source>An Ethereum address has 20 bytes; this one has %1.</source>
        <translation>Ethereum アドレスは 20 バイトですが、このアドレスは %1 バイトです。</translation>
    </message>
    <message>
        <source>Check where the address came from.</source>
        <translation>アドレスの入手元を確認してください。</translation>
    </message>
    <message>
        <source>This is not an Ethereum address: it contains a character that is not a hex digit.</source>
        <translation>これは Ethereum アドレスではありません。hex 数字ではない文字が含まれています。</translation>
    </message>
    <message>
        <source>The address checksum is wrong: the mix of capital and small letters does not match. The address has a typo or was tampered with.</source>
        <translation>アドレスのチェックサムが正しくありません。大文字と小文字の組み合わせが一致しません。アドレスに入力ミスがあるか、改ざんされています。</translation>
    </message>
    <message>
        <source>Do not use it. Copy the address again from a source you trust.</source>
        <translation>このアドレスは使用しないでください。信頼できる入手元からアドレスをもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedKey</name>
    <message>
        <source>Copy the whole key again from the wallet that made it.</source>
        <translation>キーを作成したウォレットから、キー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is not a valid %1: it has %2 bytes instead of 78.</source>
        <translation>有効な %1 ではありません。78 バイトではなく %2 バイトあります。</translation>
    </message>
    <message>
        <source>This is an extended private key (xprv), not an xpub. Never paste a private key where a public key is asked for.</source>
        <translation>これは拡張秘密鍵（xprv）で、xpub ではありません。公開鍵を求められている場所に秘密鍵を貼り付けないでください。</translation>
    </message>
    <message>
        <source>Export the account&apos;s extended public key (xpub) from your wallet instead.</source>
        <translation>代わりに、ウォレットからアカウントの拡張公開鍵（xpub）をエクスポートしてください。</translation>
    </message>
    <message>
        <source>This is an extended public key (xpub), but a private key (xprv) is needed here.</source>
        <translation>これは拡張公開鍵（xpub）ですが、ここでは秘密鍵（xprv）が必要です。</translation>
    </message>
    <message>
        <source>This is a Bitcoin testnet key (tpub/tprv); Kassa needs a mainnet %1.</source>
        <translation>これはビットコインのテストネット用キー（tpub/tprv）です。Kassa にはメインネットの %1 が必要です。</translation>
    </message>
    <message>
        <source>This is a Bitcoin SegWit key (ypub/zpub); Ethereum and Tron wallets use %1.</source>
        <translation>これはビットコインの SegWit 用キー（ypub/zpub）です。Ethereum と Tron のウォレットは %1 を使用します。</translation>
    </message>
    <message>
        <source>Export the key in the %1 format from your wallet.</source>
        <translation>ウォレットから %1 形式でキーをエクスポートしてください。</translation>
    </message>
    <message>
        <source>This is not an extended key Kassa knows: its version bytes are %1.</source>
        <translation>Kassa が認識できる拡張キーではありません。バージョンバイトは %1 です。</translation>
    </message>
    <message>
        <source>The key contradicts itself: it is a master key (depth 0) but names a parent or a child number.</source>
        <translation>キーの内容が矛盾しています。マスターキー（深さ 0）なのに、親キーまたは子番号が指定されています。</translation>
    </message>
    <message>
        <source>The key is damaged or was made by faulty software; export it again.</source>
        <translation>キーが壊れているか、不具合のあるソフトウェアで作成されています。もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The key is already 255 levels deep, the most BIP-32 allows.</source>
        <translation>キーはすでに 255 階層の深さにあり、BIP-32 の上限です。</translation>
    </message>
    <message>
        <source>This is not a valid %1: a character is wrong, missing or extra (the checksum does not match).</source>
        <translation>有効な %1 ではありません。文字が間違っているか、欠けているか、余分です（チェックサムが一致しません）。</translation>
    </message>
    <message>
        <source>The key data does not match its version: a private key must start with 00.</source>
        <translation>キーのデータがバージョンと一致しません。秘密鍵は 00 で始まる必要があります。</translation>
    </message>
    <message>
        <source>The private key is outside the valid range (1 to n−1).</source>
        <translation>秘密鍵が有効な範囲（1～n−1）外です。</translation>
    </message>
    <message>
        <source>The key data does not match its version: a public key must start with 02 or 03.</source>
        <translation>キーのデータがバージョンと一致しません。公開鍵は 02 または 03 で始まる必要があります。</translation>
    </message>
    <message>
        <source>The key&apos;s public point is not on the secp256k1 curve.</source>
        <translation>キーの公開点が secp256k1 曲線上にありません。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedPrivateKey</name>
    <message>
        <source>The seed has %1 bytes; BIP-32 needs 16 to 64.</source>
        <translation>シードは %1 バイトです。BIP-32 には 16～64 バイトが必要です。</translation>
    </message>
    <message>
        <source>This seed gives no valid master key (this happens with probability below 1 in 2^127).</source>
        <translation>このシードからは有効なマスターキーが得られません（この確率は 2^127 分の 1 未満です）。</translation>
    </message>
    <message>
        <source>Make a new recovery phrase.</source>
        <translation>新しいリカバリーフレーズを作成してください。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedPublicKey</name>
    <message>
        <source>A hardened index (%1&apos;) cannot be derived from an xpub.</source>
        <translation>xpub から強化インデックス（%1&apos;）は導出できません。</translation>
    </message>
    <message>
        <source>Use the account xpub (for example m/44&apos;/60&apos;/0&apos;) and derive the non-hardened receive addresses below it.</source>
        <translation>アカウントの xpub（例：m/44&apos;/60&apos;/0&apos;）を使い、その下の強化されていない受取アドレスを導出してください。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Hex</name>
    <message>
        <source>The hex text must not start with 0x.</source>
        <translation>hex テキストを 0x で始めることはできません。</translation>
    </message>
    <message>
        <source>Remove the 0x at the start.</source>
        <translation>先頭の 0x を削除してください。</translation>
    </message>
    <message>
        <source>The hex text must start with 0x.</source>
        <translation>hex テキストは 0x で始まる必要があります。</translation>
    </message>
    <message>
        <source>Write 0x before the hex digits.</source>
        <translation>hex 数字の前に 0x を付けてください。</translation>
    </message>
    <message>
        <source>Character %1 of the hex text is not a hex digit.</source>
        <translation>hex テキストの %1 文字目が hex 数字ではありません。</translation>
    </message>
    <message>
        <source>Use only 0-9 and a-f, without spaces.</source>
        <translation>0-9 と a-f のみを使用し、空白は入れないでください。</translation>
    </message>
    <message>
        <source>The hex text has an odd number of digits (%1); every byte needs two.</source>
        <translation>hex テキストの桁数が奇数です（%1 桁）。1 バイトには 2 桁が必要です。</translation>
    </message>
    <message>
        <source>Check that no digit is missing or extra.</source>
        <translation>桁が欠けていないか、余分な桁がないか確認してください。</translation>
    </message>
    <message>
        <source>The hex text holds %1 bytes; exactly %2 are expected.</source>
        <translation>hex テキストは %1 バイトですが、ちょうど %2 バイトである必要があります。</translation>
    </message>
    <message>
        <source>Check that the value is complete and nothing was added.</source>
        <translation>値が完全で、余分なものが追加されていないことを確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Mnemonic</name>
    <message>
        <source>The built-in list of recovery words is damaged.</source>
        <translation>内蔵のリカバリーフレーズ単語リストが壊れています。</translation>
    </message>
    <message>
        <source>Reinstall Kassa; if this persists, please report it.</source>
        <translation>Kassa を再インストールしてください。解決しない場合は報告してください。</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words, not %1.</source>
        <translation>リカバリーフレーズは 12、15、18、21、24 語のいずれかです（%1 語ではありません）。</translation>
    </message>
    <message>
        <source>Choose 12 or 24 words.</source>
        <translation>12 語または 24 語を選んでください。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed, so no recovery phrase was made.</source>
        <translation>システムの乱数生成器が失敗したため、リカバリーフレーズを作成できませんでした。</translation>
    </message>
    <message>
        <source>Try again; if this persists, check the system&apos;s random number source.</source>
        <translation>もう一度お試しください。解決しない場合は、システムの乱数源を確認してください。</translation>
    </message>
    <message>
        <source>A recovery phrase needs 16, 20, 24, 28 or 32 bytes of entropy, not %1.</source>
        <translation>リカバリーフレーズには 16、20、24、28、32 バイトのエントロピーが必要です（%1 バイトではありません）。</translation>
    </message>
    <message>
        <source>This is a bug in Kassa; please report it.</source>
        <translation>Kassa の不具合です。報告してください。</translation>
    </message>
    <message>
        <source>This text is too long to be a recovery phrase (%1 characters).</source>
        <translation>このテキストはリカバリーフレーズとしては長すぎます（%1 文字）。</translation>
    </message>
    <message>
        <source>Enter only the 12 to 24 recovery words.</source>
        <translation>12～24 語のリカバリーフレーズだけを入力してください。</translation>
    </message>
    <message>
        <source>Word %1 contains a character that is not a letter from a to z.</source>
        <translation>%1 語目に a～z 以外の文字が含まれています。</translation>
    </message>
    <message>
        <source>Write only the words, separated by spaces or line breaks: no numbers, punctuation or accents.</source>
        <translation>単語だけを空白または改行で区切って入力してください。番号、句読点、アクセント記号は使えません。</translation>
    </message>
    <message>
        <source>Word %1, “%2”, is not in the English recovery word list.</source>
        <translation>%1 語目の「%2」は英語のリカバリーフレーズ単語リストにありません。</translation>
    </message>
    <message>
        <source>Check the spelling against your written copy.</source>
        <translation>書き留めた控えと綴りを照合してください。</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>次のいずれかではありませんか：%1</translation>
    </message>
    <message>
        <source>There are more than 24 words; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>24 語を超えています。リカバリーフレーズは 12、15、18、21、24 語のいずれかです。</translation>
    </message>
    <message>
        <source>Enter only the recovery words, nothing else.</source>
        <translation>リカバリーフレーズの単語だけを入力し、それ以外は入力しないでください。</translation>
    </message>
    <message>
        <source>No recovery words were entered.</source>
        <translation>リカバリーフレーズが入力されていません。</translation>
    </message>
    <message>
        <source>Enter the 12 to 24 words you wrote down, separated by spaces.</source>
        <translation>書き留めた 12～24 語を空白で区切って入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>There are %n word(s); a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>単語が %n 語あります。リカバリーフレーズは 12、15、18、21、24 語のいずれかです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that no word is missing or doubled.</source>
        <translation>抜けている単語や重複している単語がないか確認してください。</translation>
    </message>
    <message>
        <source>All words are in the list, but together they do not form a valid recovery phrase (the checksum does not match): a word is wrong or two are swapped.</source>
        <translation>すべての単語はリストにありますが、組み合わせが有効なリカバリーフレーズになっていません（チェックサムが一致しません）。単語が間違っているか、2 つの単語が入れ替わっています。</translation>
    </message>
    <message>
        <source>Compare every word and its position with your written copy.</source>
        <translation>各単語とその順番を、書き留めた控えと照合してください。</translation>
    </message>
    <message>
        <source>The passphrase is too long (%1 characters; at most %2).</source>
        <translation>パスフレーズが長すぎます（%1 文字、最大 %2 文字）。</translation>
    </message>
    <message>
        <source>Use the passphrase you chose when the wallet was made.</source>
        <translation>ウォレット作成時に決めたパスフレーズを使用してください。</translation>
    </message>
    <message>
        <source>The wallet seed could not be computed.</source>
        <translation>ウォレットのシードを計算できませんでした。</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>この問題を報告してください。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::PublicKey</name>
    <message>
        <source>This is not a public key: it must be 33 bytes starting with 02 or 03, or 65 bytes starting with 04 (it has %1 bytes).</source>
        <translation>これは公開鍵ではありません。02 または 03 で始まる 33 バイト、または 04 で始まる 65 バイトである必要があります（%1 バイトあります）。</translation>
    </message>
    <message>
        <source>Check that the whole key was copied.</source>
        <translation>鍵全体がコピーされているか確認してください。</translation>
    </message>
    <message>
        <source>This public key is not a point on the secp256k1 curve.</source>
        <translation>この公開鍵は secp256k1 曲線上の点ではありません。</translation>
    </message>
    <message>
        <source>Check that the whole key was copied without changes.</source>
        <translation>鍵全体が変更されずにコピーされているか確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ReceiveAddresses</name>
    <message>
        <source>This xpub is not an account key: it is at depth %1, but receive addresses come from an account xpub (m/44&apos;/60&apos;/0&apos; or m/44&apos;/195&apos;/0&apos;, depth 3) or its receive chain (…/0, depth 4).</source>
        <translation>この xpub はアカウントキーではありません。深さは %1 ですが、受取アドレスはアカウントの xpub（m/44&apos;/60&apos;/0&apos; または m/44&apos;/195&apos;/0&apos;、深さ 3）またはその受取チェーン（…/0、深さ 4）から導出します。</translation>
    </message>
    <message>
        <source>Export the account&apos;s xpub from your wallet.</source>
        <translation>ウォレットからアカウントの xpub をエクスポートしてください。</translation>
    </message>
    <message>
        <source>Receive index %1 is too large; indexes go up to %2.</source>
        <translation>受取インデックス %1 が大きすぎます。インデックスは最大 %2 です。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Secp256k1</name>
    <message>
        <source>The signing engine could not initialise its protection against side-channel attacks, so it refuses to use private keys.</source>
        <translation>署名エンジンがサイドチャネル攻撃への保護機能を初期化できなかったため、秘密鍵の使用を拒否しています。</translation>
    </message>
    <message>
        <source>Restart Kassa; if this persists, check the system&apos;s random number source.</source>
        <translation>Kassa を再起動してください。問題が解決しない場合は、システムの乱数源を確認してください。</translation>
    </message>
    <message>
        <source>Internal error: a private key was used after it was discarded.</source>
        <translation>内部エラー：破棄された後の秘密鍵が使用されました。</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>この問題を報告してください。</translation>
    </message>
    <message>
        <source>A signature failed its self-check and was discarded; nothing was sent.</source>
        <translation>署名が自己検査に合格しなかったため破棄されました。何も送信されていません。</translation>
    </message>
    <message>
        <source>Try again. If it happens again, the key or the computer may be faulty; please report it.</source>
        <translation>もう一度お試しください。再び発生する場合は、鍵またはコンピューターに問題がある可能性があります。この問題を報告してください。</translation>
    </message>
    <message>
        <source>This derivation index gives no valid key (this happens with probability below 1 in 2^127).</source>
        <translation>この導出インデックスからは有効な鍵が得られません（この確率は 2^127 分の 1 未満です）。</translation>
    </message>
    <message>
        <source>Skip this index and use the next one, as BIP-32 prescribes.</source>
        <translation>BIP-32 の規定に従い、このインデックスをスキップして次のインデックスを使用してください。</translation>
    </message>
    <message>
        <source>This is not a valid signature: it must be 64 bytes (r and s) with a recovery id of 0 or 1.</source>
        <translation>これは有効な署名ではありません。64 バイト（r と s）で、リカバリー ID が 0 または 1 である必要があります。</translation>
    </message>
    <message>
        <source>Check where the signature came from.</source>
        <translation>署名の入手元を確認してください。</translation>
    </message>
    <message>
        <source>This is not a valid signature: r or s is out of range.</source>
        <translation>これは有効な署名ではありません。r または s が範囲外です。</translation>
    </message>
    <message>
        <source>Internal error: the public key of a private key could not be computed.</source>
        <translation>内部エラー：秘密鍵に対応する公開鍵を計算できませんでした。</translation>
    </message>
    <message>
        <source>The signature is invalid: no public key can be recovered from it.</source>
        <translation>署名が無効です。この署名から公開鍵を復元できません。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::SecretKey</name>
    <message>
        <source>This is not a valid private key: it is zero or not below the secp256k1 group order.</source>
        <translation>これは有効な秘密鍵ではありません。値がゼロであるか、secp256k1 の群の位数以上です。</translation>
    </message>
    <message>
        <source>Check that the key was copied completely and correctly.</source>
        <translation>鍵が完全かつ正確にコピーされているか確認してください。</translation>
    </message>
    <message>
        <source>A private key has 32 bytes (64 hex digits); this one has %1 bytes.</source>
        <translation>秘密鍵は 32 バイト（hex 数字 64 桁）ですが、この鍵は %1 バイトです。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed, so no key was created.</source>
        <translation>システムの乱数生成器でエラーが発生したため、鍵は作成されませんでした。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check the system&apos;s entropy source.</source>
        <translation>もう一度お試しください。それでも失敗する場合は、システムのエントロピー源を確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::TronAddress</name>
    <message>
        <source>This is not a Tron address: it must be 34 characters starting with T, or 42 hex digits starting with 41 (it has %1 characters).</source>
        <translation>これは Tron アドレスではありません。T で始まる 34 文字、または 41 で始まる 42 桁の hex 数字である必要があります（%1 文字あります）。</translation>
    </message>
    <message>
        <source>Copy the whole address without spaces. Ethereum-style 0x addresses are not Tron addresses.</source>
        <translation>アドレス全体を空白なしでコピーしてください。Ethereum 形式の 0x アドレスは Tron アドレスではありません。</translation>
    </message>
    <message>
        <source>This is not a Tron address: its version byte is 0x%1 instead of 0x41.</source>
        <translation>これは Tron アドレスではありません。バージョンバイトが 0x41 ではなく 0x%1 です。</translation>
    </message>
    <message>
        <source>Check that the address belongs to the Tron network.</source>
        <translation>アドレスが Tron ネットワークのものであることを確認してください。</translation>
    </message>
    <message>
        <source>A Tron address has 21 bytes; this one has %1.</source>
        <translation>Tron アドレスは 21 バイトですが、このアドレスは %1 バイトです。</translation>
    </message>
    <message>
        <source>Check where the address came from.</source>
        <translation>アドレスの入手元を確認してください。</translation>
    </message>
    <message>
        <source>This is not a Tron address: it contains a character that is not a hex digit.</source>
        <translation>これは Tron アドレスではありません。hex 数字ではない文字が含まれています。</translation>
    </message>
    <message>
        <source>Copy the whole address without spaces.</source>
        <translation>アドレス全体を空白なしでコピーしてください。</translation>
    </message>
    <message>
        <source>The Tron address checksum does not match: the address has a typo or was tampered with.</source>
        <translation>Tron アドレスのチェックサムが一致しません。アドレスに入力ミスがあるか、改ざんされています。</translation>
    </message>
    <message>
        <source>Do not use it. Copy the address again from a source you trust.</source>
        <translation>このアドレスは使用しないでください。信頼できる入手元からアドレスをもう一度コピーしてください。</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoNetwork</name>
    <message>
        <source>Close Kassa and start the demo again. If it keeps failing, delete the demo folder %1.</source>
        <translation>Kassa を閉じてデモをもう一度開始してください。それでも失敗する場合は、デモフォルダー %1 を削除してください。</translation>
    </message>
    <message>
        <source>The demo needs anvil, the local test network, and it is not installed.</source>
        <translation>デモにはローカルテストネットワークの anvil が必要ですが、インストールされていません。</translation>
    </message>
    <message>
        <source>The demo token is missing from this build of Kassa.</source>
        <translation>この Kassa のビルドにはデモ用トークンが含まれていません。</translation>
    </message>
    <message>
        <source>Kassa could not create the demo folder %1.</source>
        <translation>Kassa はデモフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The local test network did not start: %1</source>
        <translation>ローカルテストネットワークが起動しませんでした：%1</translation>
    </message>
    <message>
        <source>The local test network stopped while starting (exit code %1).</source>
        <translation>ローカルテストネットワークが起動中に停止しました（終了コード %1）。</translation>
    </message>
    <message>
        <source>The local test network reports the wrong chain.</source>
        <translation>ローカルテストネットワークが誤ったチェーンを報告しています。</translation>
    </message>
    <message>
        <source>The local test network did not answer within 30 seconds.</source>
        <translation>ローカルテストネットワークが 30 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The local test network refused a request.</source>
        <translation>ローカルテストネットワークがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>The test USDT could not be created on the local test network.</source>
        <translation>ローカルテストネットワーク上にテスト用 USDT を作成できませんでした。</translation>
    </message>
    <message>
        <source>The local test network did not mine the test USDT within 30 seconds.</source>
        <translation>ローカルテストネットワークが 30 秒以内にテスト用 USDT の取引をブロックに取り込みませんでした。</translation>
    </message>
    <message>
        <source>The local test network did not start in time.</source>
        <translation>ローカルテストネットワークが時間内に起動しませんでした。</translation>
    </message>
    <message>
        <source>Kassa could not write the demo settings %1.</source>
        <translation>Kassa はデモ設定 %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The local test network is not running.</source>
        <translation>ローカルテストネットワークは動作していません。</translation>
    </message>
    <message>
        <source>The local test network refused the payment: %1</source>
        <translation>ローカルテストネットワークが支払いを拒否しました：%1</translation>
    </message>
    <message>
        <source>Run “make deps” (or “make”) in Kassa&apos;s source folder: it installs anvil from npm into %1. Or set KASSA_ANVIL to an anvil program.</source>
        <translation>Kassa のソースフォルダーで「make deps」（または「make」）を実行してください。npm から anvil を %1 にインストールします。または、KASSA_ANVIL に anvil プログラムを指定してください。</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoPayouts</name>
    <message>
        <source>Kassa could not write the demo settings %1.</source>
        <translation>Kassa はデモ設定 %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Demo payout wallet (play money)</source>
        <translation>デモ用支払いウォレット（おもちゃのお金）</translation>
    </message>
    <message>
        <source>The demo payouts can only be set up in an open demo profile.</source>
        <translation>デモの支払いは、開いているデモ用プロファイルでのみ設定できます。</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoSimulator</name>
    <message>
        <source>The storefront simulator could not open its callback address.</source>
        <translation>ネットショップシミュレーターがコールバック用のアドレスを開けませんでした。</translation>
    </message>
    <message>
        <source>The storefront refused a simulated order: %1</source>
        <translation>ネットショップがシミュレーションの注文を拒否しました：%1</translation>
    </message>
</context>
<context>
    <name>kassa::engine::AuditBackend</name>
    <message>
        <source>The audit log is not available yet: the database is still opening.</source>
        <translation>監査ログはまだ使えません。データベースを開いているところです。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>ファイル %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with enough free space.</source>
        <translation>書き込み権限があり、空き容量が十分なフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::ChainManager</name>
    <message>
        <source>Watching %1 is not available in this version of Kassa.</source>
        <translation>このバージョンの Kassa では %1 を監視できません。</translation>
    </message>
    <message>
        <source>There is no key store to keep the API key in.</source>
        <translation>API キーを保管するキーストアがありません。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OperatorsBackend</name>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>ログイン名またはパスワードが違います。</translation>
    </message>
    <message>
        <source>Several wrong attempts in a row lock the account for a while.</source>
        <translation>続けて何度も間違えると、アカウントはしばらくロックされます。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>認証アプリに表示される 6 桁のコードを入力してください。</translation>
    </message>
    <message>
        <source>The one-time code is wrong or was already used.</source>
        <translation>ワンタイムコードが違うか、すでに使用されています。</translation>
    </message>
    <message>
        <source>Wait for the next code in your authenticator app and check the computer&apos;s clock.</source>
        <translation>認証アプリの次のコードを待ち、コンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked until %1 (UTC).</source>
        <translation>誤った試行が多すぎます。このアカウントは %1（UTC）までロックされています。</translation>
    </message>
    <message>
        <source>Wait until then, or ask an owner to clear the lock.</source>
        <translation>その時刻まで待つか、オーナーにロックの解除を依頼してください。</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>このオペレーターアカウントは無効になっています。</translation>
    </message>
    <message>
        <source>Ask an owner to enable it again.</source>
        <translation>オーナーに再度有効にするよう依頼してください。</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>サインインに失敗しました。</translation>
    </message>
    <message>
        <source>Operator accounts are not available yet: the database is still opening.</source>
        <translation>オペレーターアカウントはまだ使用できません。データベースを開いています。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Only an owner may change operator accounts.</source>
        <translation>オペレーターアカウントを変更できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>内部エラーです。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>少なくとも 1 つのロールを選んでください。</translation>
    </message>
    <message>
        <source>The first owner was already created.</source>
        <translation>最初のオーナーはすでに作成されています。</translation>
    </message>
    <message>
        <source>Sign in instead.</source>
        <translation>サインインしてください。</translation>
    </message>
    <message>
        <source>The last owner cannot lose the Owner role.</source>
        <translation>最後のオーナーからオーナーのロールを外すことはできません。</translation>
    </message>
    <message>
        <source>Make someone else an owner first.</source>
        <translation>先に別の人をオーナーにしてください。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>自分のアカウントを無効にすることはできません。</translation>
    </message>
    <message>
        <source>The last owner cannot be disabled.</source>
        <translation>最後のオーナーは無効にできません。</translation>
    </message>
    <message>
        <source>This enrolment has expired.</source>
        <translation>この登録は期限切れです。</translation>
    </message>
    <message>
        <source>Start again and scan the new code.</source>
        <translation>最初からやり直し、新しいコードを読み取ってください。</translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation>データベースの読み書きができませんでした。</translation>
    </message>
    <message>
        <source>A change of this operator&apos;s roles already waits for another owner.</source>
        <translation>このオペレーターのロール変更は、すでに別のオーナーの確認待ちです。</translation>
    </message>
    <message>
        <source>Confirm or reject that one first.</source>
        <translation>先にそちらを承認するか却下してください。</translation>
    </message>
    <message>
        <source>This change is no longer waiting: another owner decided it.</source>
        <translation>この変更はもう確認待ちではありません。別のオーナーが決定しました。</translation>
    </message>
    <message>
        <source>Another owner has to confirm the change you proposed.</source>
        <translation>あなたが提案した変更は、別のオーナーが承認する必要があります。</translation>
    </message>
    <message>
        <source>The operator&apos;s roles changed since this was proposed.</source>
        <translation>提案後にオペレーターのロールが変更されています。</translation>
    </message>
    <message>
        <source>Reject it and propose the change again.</source>
        <translation>却下してから、変更をもう一度提案してください。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OperatorsOwnerSetup</name>
    <message>
        <source>Only an owner can do this.</source>
        <translation>この操作はオーナーのみが行えます。</translation>
    </message>
    <message>
        <source>Sign in as an owner and try again.</source>
        <translation>オーナーとしてサインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Sign in to the console first.</source>
        <translation>先にコンソールにサインインしてください。</translation>
    </message>
    <message>
        <source>Then try again.</source>
        <translation>その後、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OrdersBackend</name>
    <message>
        <source>Orders are not available yet: the database is still opening.</source>
        <translation>注文はまだ利用できません。データベースを開いているところです。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>注文 %1 は存在しません。</translation>
    </message>
    <message>
        <source>The callback is gone.</source>
        <translation>このコールバックはもう存在しません。</translation>
    </message>
    <message>
        <source>The order totals could not be read.</source>
        <translation>注文の合計を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>ファイル %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutRates</name>
    <message>
        <source>The exchange rates cannot be read.</source>
        <translation>為替レートを読み込めません。</translation>
    </message>
    <message>
        <source>No exchange rate of %1 in %2 is known, so the payout cannot be valued.</source>
        <translation>%1 の %2 建て為替レートがないため、この支払いを評価できません。</translation>
    </message>
    <message>
        <source>Set one with “kassa-cli orders rate %1 RATE --asset %2”.</source>
        <translation>「kassa-cli orders rate %1 RATE --asset %2」で設定してください。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutRunner</name>
    <message>
        <source>Approved payouts on %1 are not sent: %2</source>
        <extracomment>%1 is a chain name (&quot;Ethereum&quot;, &quot;Tron&quot;), %2 the reason</extracomment>
        <translation>%1 の承認済みの支払いは送信されていません: %2</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutsBackend</name>
    <message>
        <source>Payouts are not available yet: the database is still opening.</source>
        <translation>支払いはまだ使用できません。データベースを開いています。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>少し待ってから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::Storefront</name>
    <message>
        <source>The setting %1 in %2 is not valid: “%3”.</source>
        <translation>%2 の設定 %1 が無効です:「%3」。</translation>
    </message>
    <message>
        <source>Expected: %1. See doc/config.md.</source>
        <translation>期待される値: %1。doc/config.md を参照してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>There is no %1 token on %2 in the chain settings.</source>
        <translation>チェーン設定の %2 に %1 トークンがありません。</translation>
    </message>
    <message>
        <source>Check [payments] chain and asset, and the chain&apos;s tokens.</source>
        <translation>[payments] の chain と asset、およびチェーンのトークンを確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::WalletsBackend</name>
    <message>
        <source>The wallets are not available yet: the database is still opening.</source>
        <translation>ウォレットはまだ使えません。データベースを開いています。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This wallet no longer exists.</source>
        <translation>このウォレットはもう存在しません。</translation>
    </message>
    <message>
        <source>Choose at least one chain.</source>
        <translation>チェーンを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>A watch-only wallet belongs to one chain family.</source>
        <translation>監視専用ウォレットは 1 つのチェーンファミリーにのみ属します。</translation>
    </message>
    <message>
        <source>Only a wallet with its recovery phrase can pay out.</source>
        <translation>支払いができるのはリカバリーフレーズを持つウォレットだけです。</translation>
    </message>
    <message>
        <source>Choose the receiving or cold storage role for a watch-only wallet.</source>
        <translation>監視専用ウォレットには「受取」または「コールドストレージ」の役割を選んでください。</translation>
    </message>
    <message>
        <source>The account number is too large.</source>
        <translation>アカウント番号が大きすぎます。</translation>
    </message>
    <message>
        <source>The recovery phrase is missing.</source>
        <translation>リカバリーフレーズがありません。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation>アドレスを 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>This wallet is a fixed list of addresses; it cannot make new ones.</source>
        <translation>このウォレットは固定のアドレス一覧のため、新しいアドレスは作れません。</translation>
    </message>
    <message>
        <source>Import the wallet&apos;s xpub to get new receive addresses.</source>
        <translation>新しい受取アドレスを得るには、ウォレットの xpub をインポートしてください。</translation>
    </message>
    <message>
        <source>This wallet has handed out every receive address it has.</source>
        <translation>このウォレットの受取アドレスはすべて払い出し済みです。</translation>
    </message>
    <message>
        <source>A watch-only wallet has no recovery phrase in Kassa.</source>
        <translation>監視専用ウォレットには Kassa 内のリカバリーフレーズがありません。</translation>
    </message>
    <message>
        <source>The backup passphrase needs at least 8 characters.</source>
        <translation>バックアップのパスフレーズは 8 文字以上必要です。</translation>
    </message>
    <message>
        <source>Choose a long passphrase and keep it apart from the backup file.</source>
        <translation>長いパスフレーズを選び、バックアップファイルとは別に保管してください。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: %2</source>
        <translation>バックアップファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as a USB stick.</source>
        <translation>USB メモリなど、書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read: %2</source>
        <translation>バックアップファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>This file is too large to be a Kassa backup.</source>
        <translation>このファイルは大きすぎるため、Kassa のバックアップではありません。</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>バックアップファイル</translation>
    </message>
</context>
<context>
    <name>kassa::keys::ApiSecretStore</name>
    <message>
        <source>The token must be 16 to 256 characters long.</source>
        <translation>トークンは 16〜256 文字にしてください。</translation>
    </message>
    <message>
        <source>Use the token your storefront plugin is configured with, or let Kassa make one.</source>
        <translation>ネットショップのプラグインに設定されているトークンを使うか、Kassa に作らせてください。</translation>
    </message>
    <message>
        <source>The token may contain only printable ASCII characters without spaces.</source>
        <translation>トークンに使えるのは空白を除く印字可能な ASCII 文字だけです。</translation>
    </message>
    <message>
        <source>The key store was closed.</source>
        <translation>鍵ストアが閉じられました。</translation>
    </message>
    <message>
        <source>This profile has that secret already.</source>
        <translation>このプロファイルには既にそのシークレットがあります。</translation>
    </message>
    <message>
        <source>Use rotate to replace it; the storefront must then be given the new one.</source>
        <translation>置き換えるには rotate を使ってください。その後、新しいシークレットをネットショップに設定する必要があります。</translation>
    </message>
</context>
<context>
    <name>kassa::keys::EncryptedFileStore</name>
    <message>
        <source>encrypted key file</source>
        <translation>暗号化された鍵ファイル</translation>
    </message>
</context>
<context>
    <name>kassa::keys::KeyStore</name>
    <message>
        <source>The %1 is locked.</source>
        <translation>%1はロックされています。</translation>
    </message>
    <message>
        <source>Unlock it (your desktop asks for your login password), then try again.</source>
        <translation>ロックを解除してから（デスクトップからログインパスワードを求められます）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This computer has no %1 that Kassa can use.</source>
        <translation>このコンピューターには、Kassa で使用できる%1がありません。</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keyring service, or choose the encrypted key file in Settings.</source>
        <translation>デスクトップのキーリングサービスを起動するか、「設定」で暗号化された鍵ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Access to the %1 was refused.</source>
        <translation>%1へのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Allow Kassa when the keychain asks, then try again.</source>
        <translation>キーチェーンから確認を求められたら Kassa を許可して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The secret for this wallet is not in the %1.</source>
        <translation>このウォレットの秘密情報が%1にありません。</translation>
    </message>
    <message>
        <source>If this profile was copied from another computer, restore the wallet from its backup file or recovery words.</source>
        <translation>このプロファイルを別のコンピューターからコピーした場合は、バックアップファイルまたはリカバリーフレーズからウォレットを復元してください。</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file.</source>
        <translation>このパスフレーズでは鍵ファイルを開けません。</translation>
    </message>
    <message>
        <source>Check the passphrase, including capital letters and the keyboard layout.</source>
        <translation>大文字・小文字やキーボード配列も含めて、パスフレーズを確認してください。</translation>
    </message>
    <message>
        <source>The key file is damaged or was changed.</source>
        <translation>鍵ファイルが破損しているか、変更されています。</translation>
    </message>
    <message>
        <source>Restore the wallet from its backup file or recovery words. The damaged file was left as it is.</source>
        <translation>バックアップファイルまたはリカバリーフレーズからウォレットを復元してください。破損したファイルはそのまま残してあります。</translation>
    </message>
    <message>
        <source>The key file cannot be read or written: %1</source>
        <translation>鍵ファイルを読み書きできません：%1</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder and the free disk space.</source>
        <translation>プロファイルフォルダーのアクセス権とディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>The %1 reported an error: %2</source>
        <translation>%1でエラーが発生しました：%2</translation>
    </message>
</context>
<context>
    <name>kassa::keys::KeychainStore</name>
    <message>
        <source>system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
</context>
<context>
    <name>kassa::keys::MemoryKeyStore</name>
    <message>
        <source>memory key store</source>
        <translation>メモリー内の鍵ストア</translation>
    </message>
</context>
<context>
    <name>kassa::money::Amount</name>
    <message>
        <source>The currency “%1” with %2 decimals is not usable: Kassa supports 0 to %3 decimals.</source>
        <translation>通貨「%1」は小数点以下 %2 桁のため使用できません。Kassa が対応しているのは 0～%3 桁です。</translation>
    </message>
    <message>
        <source>Check the asset&apos;s settings.</source>
        <translation>資産の設定を確認してください。</translation>
    </message>
    <message>
        <source>Amounts in %1 (%2 decimals) and %3 (%4 decimals) cannot be combined.</source>
        <translation>%1（小数点以下 %2 桁）と %3（小数点以下 %4 桁）の金額は組み合わせられません。</translation>
    </message>
    <message>
        <source>This is a bug in Kassa or in its settings; please report it.</source>
        <translation>Kassa またはその設定の不具合です。報告してください。</translation>
    </message>
    <message>
        <source>The result is too large to represent.</source>
        <translation>結果が大きすぎて表現できません。</translation>
    </message>
    <message>
        <source>Check the amounts involved.</source>
        <translation>関係する金額を確認してください。</translation>
    </message>
    <message>
        <source>%1 decimal places are not possible: use 0 to %2.</source>
        <translation>小数点以下 %1 桁は指定できません。0～%2 桁を使用してください。</translation>
    </message>
    <message>
        <source>%1 minus %2 would be negative.</source>
        <translation>%1 から %2 を引くとマイナスになります。</translation>
    </message>
    <message>
        <source>Use a signed amount where a result below zero is expected.</source>
        <translation>結果がゼロ未満になり得る場合は、符号付きの金額を使用してください。</translation>
    </message>
</context>
<context>
    <name>kassa::money::Decimal</name>
    <message>
        <source>The number is too large.</source>
        <translation>数値が大きすぎます。</translation>
    </message>
    <message>
        <source>Check the number; no amount comes anywhere near this size.</source>
        <translation>数値を確認してください。これほど大きな金額はあり得ません。</translation>
    </message>
    <message>
        <source>Write the number with the digits 0-9 and at most one decimal point, for example 1234.56.</source>
        <translation>数字 0-9 と小数点 1 つまでで入力してください（例：1234.56）。</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>数値が空です。</translation>
    </message>
    <message>
        <source>Enter a number such as 12.50.</source>
        <translation>12.50 のような数値を入力してください。</translation>
    </message>
    <message>
        <source>The number is too long (%1 characters).</source>
        <translation>数値が長すぎます（%1 文字）。</translation>
    </message>
    <message>
        <source>Check what was pasted into the field.</source>
        <translation>欄に貼り付けた内容を確認してください。</translation>
    </message>
    <message>
        <source>The number has more than one decimal point.</source>
        <translation>数値に小数点が複数あります。</translation>
    </message>
    <message>
        <source>The minus sign at character %1 is out of place.</source>
        <translation>%1 文字目のマイナス記号の位置が正しくありません。</translation>
    </message>
    <message>
        <source>A minus sign may only stand in front of the number.</source>
        <translation>マイナス記号は数値の先頭にしか置けません。</translation>
    </message>
    <message>
        <source>The number is negative; a negative value is not allowed here.</source>
        <translation>数値がマイナスです。ここではマイナスの値は使用できません。</translation>
    </message>
    <message>
        <source>Leave out the minus sign.</source>
        <translation>マイナス記号を削除してください。</translation>
    </message>
    <message>
        <source>The number has a plus sign at character %1.</source>
        <translation>数値の %1 文字目にプラス記号があります。</translation>
    </message>
    <message>
        <source>Leave out the plus sign.</source>
        <translation>プラス記号を削除してください。</translation>
    </message>
    <message>
        <source>The number is written with an exponent (the “e” at character %1).</source>
        <translation>数値が指数表記になっています（%1 文字目の「e」）。</translation>
    </message>
    <message>
        <source>Write out all the digits, for example 1000000 instead of 1e6.</source>
        <translation>すべての桁を書いてください（例：1e6 ではなく 1000000）。</translation>
    </message>
    <message>
        <source>The number contains a separator (“%1”) at character %2.</source>
        <translation>数値の %2 文字目に区切り文字（「%1」）があります。</translation>
    </message>
    <message>
        <source>Leave out thousands separators and use a point for decimals, for example 1234.56.</source>
        <translation>桁区切りは使わず、小数にはピリオドを使用してください（例：1234.56）。</translation>
    </message>
    <message>
        <source>The number contains a space or line break at character %1.</source>
        <translation>数値の %1 文字目に空白または改行があります。</translation>
    </message>
    <message>
        <source>Remove all spaces, also before and after the number.</source>
        <translation>数値の前後も含め、空白をすべて削除してください。</translation>
    </message>
    <message>
        <source>The number contains an invisible character at character %1.</source>
        <translation>数値の %1 文字目に目に見えない文字があります。</translation>
    </message>
    <message>
        <source>Type the number again instead of pasting it.</source>
        <translation>貼り付けずに、数値を入力し直してください。</translation>
    </message>
    <message>
        <source>Character %1 is a full-width digit or a digit from another script.</source>
        <translation>%1 文字目が全角数字または他の文字体系の数字です。</translation>
    </message>
    <message>
        <source>Type the number with the digits 0-9.</source>
        <translation>数字 0-9 で入力してください。</translation>
    </message>
    <message>
        <source>Character %1 (“%2”) does not belong in a number.</source>
        <translation>%1 文字目（「%2」）は数値に使用できません。</translation>
    </message>
    <message>
        <source>The number has no digits.</source>
        <translation>数値に数字がありません。</translation>
    </message>
    <message>
        <source>The number starts with a decimal point.</source>
        <translation>数値が小数点で始まっています。</translation>
    </message>
    <message>
        <source>Write a zero in front of the point, for example 0.5.</source>
        <translation>小数点の前に 0 を書いてください（例：0.5）。</translation>
    </message>
    <message>
        <source>The number ends with a decimal point.</source>
        <translation>数値が小数点で終わっています。</translation>
    </message>
    <message>
        <source>Write digits after the point or leave the point out, for example 5 or 5.0.</source>
        <translation>小数点の後に数字を書くか、小数点を削除してください（例：5 または 5.0）。</translation>
    </message>
    <message>
        <source>The number starts with a superfluous zero.</source>
        <translation>数値の先頭に余分な 0 があります。</translation>
    </message>
    <message>
        <source>Leave out leading zeros, for example 7.5 instead of 07.5.</source>
        <translation>先頭の 0 を削除してください（例：07.5 ではなく 7.5）。</translation>
    </message>
    <message>
        <source>This number</source>
        <extracomment>Subject of “%1 has at most %n decimal place(s)” when no currency is named</extracomment>
        <translation>この数値</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s); this number has %2.</source>
        <extracomment>%1 is a currency such as USDT or CNY, or “This number” / “A rate”; %2 is how many decimals were typed</extracomment>
        <translation>
            <numerusform>%1 の小数は最大 %n 桁ですが、この数値は %2 桁あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round the number, or check that it is in the right currency.</source>
        <translation>数値を丸めるか、通貨が正しいか確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::money::ExchangeRate</name>
    <message>
        <source>The converted amount is too large.</source>
        <translation>換算後の金額が大きすぎます。</translation>
    </message>
    <message>
        <source>Check the amount and the rate.</source>
        <translation>金額とレートを確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three capital letters such as CNY or USD.</source>
        <translation>「%1」は通貨コードではありません。CNY や USD のような 3 文字の大文字を使用してください。</translation>
    </message>
    <message>
        <source>The exchange rate does not say which asset it prices.</source>
        <translation>この為替レートはどの資産の価格かを示していません。</translation>
    </message>
    <message>
        <source>The exchange rate does not say where it comes from.</source>
        <translation>この為替レートは出所を示していません。</translation>
    </message>
    <message>
        <source>The exchange rate has no valid time.</source>
        <translation>この為替レートには有効な時刻がありません。</translation>
    </message>
    <message>
        <source>A rate</source>
        <extracomment>Subject of “%1 has at most %n decimal place(s)”: an exchange rate</extracomment>
        <translation>レート</translation>
    </message>
    <message>
        <source>An exchange rate of zero cannot be used.</source>
        <translation>ゼロの為替レートは使用できません。</translation>
    </message>
    <message>
        <source>Enter how many %1 one %2 costs.</source>
        <translation>1 %2 が何 %1 になるかを入力してください。</translation>
    </message>
    <message>
        <source>No exchange rate is set.</source>
        <translation>為替レートが設定されていません。</translation>
    </message>
    <message>
        <source>This rate converts between %1 and %2, not %3 and %4.</source>
        <translation>このレートは %1 と %2 の換算用で、%3 と %4 の換算には使えません。</translation>
    </message>
    <message>
        <source>Cannot round to %1 decimal places: %2 has %3.</source>
        <translation>小数点以下 %1 桁には丸められません。%2 は %3 桁です。</translation>
    </message>
</context>
<context>
    <name>kassa::money::SignedAmount</name>
    <message>
        <source>The amount %1 %2 is negative.</source>
        <translation>金額 %1 %2 はマイナスです。</translation>
    </message>
    <message>
        <source>Only zero or more is possible here.</source>
        <translation>ここではゼロ以上の値しか使用できません。</translation>
    </message>
</context>
<context>
    <name>kassa::money::UInt256</name>
    <message>
        <source>The number is too large: it has %1 bytes, at most 32 are possible.</source>
        <translation>数値が大きすぎます。%1 バイトありますが、最大 32 バイトまでです。</translation>
    </message>
    <message>
        <source>Check where the value came from.</source>
        <translation>値の入手元を確認してください。</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>数値が空です。</translation>
    </message>
    <message>
        <source>Enter the digits of the number.</source>
        <translation>数値の桁を入力してください。</translation>
    </message>
    <message>
        <source>Character %1 of the number is not a digit.</source>
        <translation>数値の %1 文字目が数字ではありません。</translation>
    </message>
    <message>
        <source>Use only the digits 0-9: no sign, spaces, separators or exponent.</source>
        <translation>数字 0-9 のみを使ってください。符号、スペース、区切り文字、指数は使えません。</translation>
    </message>
    <message>
        <source>The number starts with a zero.</source>
        <translation>数値がゼロで始まっています。</translation>
    </message>
    <message>
        <source>Write the number without leading zeros.</source>
        <translation>先頭のゼロを付けずに入力してください。</translation>
    </message>
    <message>
        <source>The number is too large for 256 bits.</source>
        <translation>数値が 256 ビットに収まりません。</translation>
    </message>
    <message>
        <source>The number must be 0x followed by hex digits.</source>
        <translation>数値は 0x の後に hex 数字が続く形式でなければなりません。</translation>
    </message>
    <message>
        <source>The hex number has a leading zero, which the JSON-RPC format does not allow.</source>
        <translation>hex の数値がゼロで始まっています。JSON-RPC の形式ではこれは許可されていません。</translation>
    </message>
    <message>
        <source>Character %1 of the number is not a hex digit.</source>
        <translation>数値の %1 文字目が hex 数字ではありません。</translation>
    </message>
</context>
<context>
    <name>kassa::money::WireNumber</name>
    <message>
        <source>This is not a JSON number: character %1 is unexpected.</source>
        <translation>JSON の数値ではありません。%1 文字目が不正です。</translation>
    </message>
    <message>
        <source>This is not a JSON number: it is empty or incomplete.</source>
        <translation>JSON の数値ではありません。空か不完全です。</translation>
    </message>
    <message>
        <source>Send amounts as plain JSON numbers such as 100.5.</source>
        <translation>金額は 100.5 のような通常の JSON 数値で送信してください。</translation>
    </message>
    <message>
        <source>The number is too long (%1 characters).</source>
        <translation>数値が長すぎます（%1 文字）。</translation>
    </message>
    <message>
        <source>The number is too large for a 64-bit floating-point value, so a Go gateway cannot read it.</source>
        <translation>数値が 64 ビット浮動小数点数の範囲を超えているため、Go のゲートウェイでは読み取れません。</translation>
    </message>
</context>
<context>
    <name>kassa::net::NetworkFactory</name>
    <message>
        <source>“%1” is not a valid address of a server.</source>
        <translation>「%1」は有効なサーバーのアドレスではありません。</translation>
    </message>
    <message>
        <source>Enter a full URL such as https://node.example.com/rpc.</source>
        <translation>https://node.example.com/rpc のような完全な URL を入力してください。</translation>
    </message>
    <message>
        <source>“%1” uses %2, which is not allowed here.</source>
        <translation>「%1」は %2 を使用していますが、ここでは使用できません。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使用してください：%1。</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>「%1」にはサーバーが指定されていません。</translation>
    </message>
    <message>
        <source>The address of a server must not contain a user name or password.</source>
        <translation>サーバーのアドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>Put API keys in the field for them, not in the URL.</source>
        <translation>API キーは URL ではなく専用の欄に入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not encrypted, and %2 is not this computer.</source>
        <translation>「%1」は暗号化されておらず、%2 はこのコンピューターではありません。</translation>
    </message>
    <message>
        <source>Use https:// or wss://; unencrypted connections are allowed only to this computer.</source>
        <translation>https:// または wss:// を使用してください。暗号化されていない接続は、このコンピューターへの接続に限り使用できます。</translation>
    </message>
    <message>
        <source>The proxy “%1” is not valid.</source>
        <translation>プロキシ「%1」は無効です。</translation>
    </message>
    <message>
        <source>Use socks5://HOST:PORT (for example Tor at socks5://127.0.0.1:9050) or http://HOST:PORT.</source>
        <translation>socks5://HOST:PORT（例：Tor なら socks5://127.0.0.1:9050）または http://HOST:PORT を使用してください。</translation>
    </message>
</context>
<context>
    <name>kassa::notify::EpusdtSignature</name>
    <message>
        <source>The field “%1” must be a string or a number.</source>
        <translation>フィールド「%1」は文字列か数値でなければなりません。</translation>
    </message>
    <message>
        <source>A callback could not be signed.</source>
        <translation>コールバックに署名できませんでした。</translation>
    </message>
</context>
<context>
    <name>kassa::notify::Outbox</name>
    <message>
        <source>The callback queue in the database could not be changed.</source>
        <translation>データベース内のコールバックキューを変更できませんでした。</translation>
    </message>
    <message>
        <source>See the log file for details.</source>
        <translation>詳細はログファイルを参照してください。</translation>
    </message>
    <message>
        <source>The callback is gone.</source>
        <translation>このコールバックはもう存在しません。</translation>
    </message>
</context>
<context>
    <name>kassa::notify::RawJson</name>
    <message>
        <source>The request is too large.</source>
        <translation>リクエストが大きすぎます。</translation>
    </message>
    <message>
        <source>The request is not a valid JSON object (at byte %1).</source>
        <translation>リクエストが有効な JSON オブジェクトではありません（%1 バイト目）。</translation>
    </message>
</context>
<context>
    <name>kassa::operators::OperatorStore</name>
    <message>
        <source>No such operator.</source>
        <translation>該当するオペレーターがいません。</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is already taken.</source>
        <translation>ログイン名「%1」はすでに使われています。</translation>
    </message>
    <message>
        <source>The database refused an operator change: %1</source>
        <translation>データベースがオペレーターの変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>A login name has 2 to 64 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>ログイン名は 2～64 文字で、英字 a–z、数字、「.」「_」「-」が使えます。先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>The name must have 1 to 100 characters.</source>
        <translation>名前は 1～100 文字にしてください。</translation>
    </message>
</context>
<context>
    <name>kassa::operators::PasswordHash</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上必要です。</translation>
    </message>
    <message>
        <source>A few unrelated words make a long password that is easy to remember.</source>
        <translation>関係のない単語をいくつか並べると、長くて覚えやすいパスワードになります。</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>パスワードは %1 文字までです。</translation>
    </message>
    <message>
        <source>The password contains a control character (such as a tab or a line break).</source>
        <translation>パスワードに制御文字（タブや改行など）が含まれています。</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and punctuation only.</source>
        <translation>文字、数字、スペース、句読点だけを使ってください。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>システムの乱数生成器でエラーが発生しました。</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>パスワードをハッシュ化できませんでした。</translation>
    </message>
    <message>
        <source>Send the log file to support.</source>
        <translation>ログファイルをサポートに送ってください。</translation>
    </message>
</context>
<context>
    <name>kassa::operators::RoleNames</name>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査担当</translation>
    </message>
</context>
<context>
    <name>kassa::operators::Totp</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>システムの乱数生成器でエラーが発生しました。</translation>
    </message>
    <message>
        <source>Invalid one-time code settings.</source>
        <translation>ワンタイムコードの設定が無効です。</translation>
    </message>
    <message>
        <source>The one-time code could not be computed.</source>
        <translation>ワンタイムコードを計算できませんでした。</translation>
    </message>
    <message>
        <source>This is not a valid secret.</source>
        <translation>有効なシークレットではありません。</translation>
    </message>
</context>
<context>
    <name>kassa::payments::HdAddressSource</name>
    <message>
        <source>Kassa does not watch the chain %1.</source>
        <translation>Kassa はチェーン %1 を監視していません。</translation>
    </message>
    <message>
        <source>Enable the chain in Settings → Chains.</source>
        <translation>「設定 → チェーン」でチェーンを有効にしてください。</translation>
    </message>
    <message>
        <source>There is no receiving wallet for %1 that can make new addresses.</source>
        <translation>%1 には新しいアドレスを作れる受取用ウォレットがありません。</translation>
    </message>
    <message>
        <source>Add an HD wallet or an xpub for this chain in Wallets, or use shared addresses.</source>
        <translation>「ウォレット」でこのチェーンの HD ウォレットか xpub を追加するか、共有アドレスを使ってください。</translation>
    </message>
</context>
<context>
    <name>kassa::payments::Payments</name>
    <message>
        <source>The database refused a change to the orders.</source>
        <translation>データベースが注文の変更を拒否しました。</translation>
    </message>
    <message>
        <source>See the log file for details.</source>
        <translation>詳細はログファイルを参照してください。</translation>
    </message>
    <message>
        <source>An order in the database is not readable.</source>
        <translation>データベース内の注文を読み取れません。</translation>
    </message>
    <message>
        <source>The order request is incomplete.</source>
        <translation>注文リクエストが不完全です。</translation>
    </message>
    <message>
        <source>The order precision is more than the asset has.</source>
        <translation>注文の精度が資産の小数桁数を超えています。</translation>
    </message>
    <message>
        <source>The unique-amount step in the settings is not valid.</source>
        <translation>設定の一意金額ステップが無効です。</translation>
    </message>
    <message>
        <source>The amount is not in %1.</source>
        <translation>金額が %1 建てではありません。</translation>
    </message>
    <message>
        <source>There is no receive address for %1 on %2.</source>
        <translation>%2 に %1 の受取アドレスがありません。</translation>
    </message>
    <message>
        <source>Enable a receive address for this chain in Wallets.</source>
        <translation>「ウォレット」でこのチェーンの受取アドレスを有効にしてください。</translation>
    </message>
    <message>
        <source>An order with this order id exists already.</source>
        <translation>この注文番号の注文はすでに存在します。</translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 to %2.</source>
        <translation>%1 から %2 への為替レートがありません。</translation>
    </message>
    <message>
        <source>Set a current rate by hand, or configure a rate source.</source>
        <translation>現在のレートを手動で設定するか、レートの取得元を設定してください。</translation>
    </message>
    <message>
        <source>The exchange rate for %1 to %2 is out of date.</source>
        <translation>%1 から %2 への為替レートが古くなっています。</translation>
    </message>
    <message>
        <source>Update the rate by hand, or check the rate source.</source>
        <translation>レートを手動で更新するか、レートの取得元を確認してください。</translation>
    </message>
    <message>
        <source>The amount must be more than %1 %2.</source>
        <translation>金額は %1 %2 より大きくなければなりません。</translation>
    </message>
    <message>
        <source>Every payment amount near %1 %2 is taken by open orders.</source>
        <translation>%1 %2 付近の支払金額はすべて未完了の注文で使用中です。</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or add receive addresses.</source>
        <translation>数分後にもう一度試すか、受取アドレスを追加してください。</translation>
    </message>
    <message>
        <source>The order was not stored.</source>
        <translation>注文を保存できませんでした。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>もう一度試してください。</translation>
    </message>
    <message>
        <source>This order cannot change from “%1” to “%2”.</source>
        <translation>この注文は「%1」から「%2」に変更できません。</translation>
    </message>
    <message>
        <source>The order was changed by someone else; try again.</source>
        <translation>注文は他の人によって変更されました。もう一度試してください。</translation>
    </message>
    <message>
        <source>Give a reason; it is kept in the audit log.</source>
        <translation>理由を入力してください。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>注文 %1 は存在しません。</translation>
    </message>
    <message>
        <source>There is no such transfer to a receive address.</source>
        <translation>受取アドレスへのそのような送金はありません。</translation>
    </message>
    <message>
        <source>This transfer is not final yet.</source>
        <translation>この送金はまだ確定していません。</translation>
    </message>
    <message>
        <source>This transfer already paid an order.</source>
        <translation>この送金はすでに注文の支払いに充てられています。</translation>
    </message>
    <message>
        <source>This transfer went to another chain or address.</source>
        <translation>この送金は別のチェーンまたはアドレスに送られています。</translation>
    </message>
    <message>
        <source>The deposit address request is incomplete.</source>
        <translation>入金アドレスのリクエストが不完全です。</translation>
    </message>
</context>
<context>
    <name>kassa::payments::RateFeed</name>
    <message>
        <source>The rate source&apos;s answer does not hold a rate where its path points: %1</source>
        <translation>レート取得元の応答で、パスが指す位置にレートがありません: %1</translation>
    </message>
    <message>
        <source>Check the source&apos;s URL and path in [rates] of kassa.conf.</source>
        <translation>kassa.conf の [rates] で取得元の URL とパスを確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::payments::StaticAddressSource</name>
    <message>
        <source>There is no fresh receive address left for %1.</source>
        <translation>%1 に使える新しい受取アドレスが残っていません。</translation>
    </message>
    <message>
        <source>Add a wallet for this chain, or use shared addresses.</source>
        <translation>このチェーンのウォレットを追加するか、共有アドレスを使ってください。</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::EvmPayoutSender</name>
    <message>
        <source>The node did not answer as expected.</source>
        <translation>ノードの応答が想定と異なります。</translation>
    </message>
    <message>
        <source>The database refused a payout change: %1</source>
        <translation>データベースが支払いの変更を拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::KeyRingPayoutSigner</name>
    <message>
        <source>Create or import a wallet with the payout role on the Wallets page.</source>
        <translation>「ウォレット」ページで、用途が支払いのウォレットを作成するかインポートしてください。</translation>
    </message>
    <message>
        <source>The payout wallet “%1” is watch-only: it cannot sign.</source>
        <translation>支払い用ウォレット「%1」は監視専用のため、署名できません。</translation>
    </message>
    <message>
        <source>Import the wallet with its recovery phrase to pay out from it.</source>
        <translation>このウォレットから支払うには、リカバリーフレーズでインポートしてください。</translation>
    </message>
    <message>
        <source>The recovery phrase of the payout wallet “%1” is not in the key store.</source>
        <translation>支払い用ウォレット「%1」のリカバリーフレーズが鍵ストアにありません。</translation>
    </message>
    <message>
        <source>Restore the wallet from its backup on this computer.</source>
        <translation>このコンピューターでバックアップからウォレットを復元してください。</translation>
    </message>
    <message>
        <source>The key store is locked: payouts cannot be signed.</source>
        <translation>鍵ストアがロックされているため、支払いに署名できません。</translation>
    </message>
    <message>
        <source>Unlock the keychain (or the key file) and the approved payouts go out.</source>
        <translation>キーチェーン（または鍵ファイル）のロックを解除すると、承認済みの支払いが送信されます。</translation>
    </message>
    <message>
        <source>There is no payout wallet for %1.</source>
        <translation>%1 の支払い用ウォレットがありません。</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::PayoutPolicy</name>
    <message>
        <source>The payout is valued in %1, but the policy counts in %2.</source>
        <translation>この支払いは %1 で評価されていますが、ポリシーは %2 で計算します。</translation>
    </message>
    <message numerus="yes">
        <source>The exchange rate is too old (%n minute(s)); update the rate and edit the request.</source>
        <translation>
            <numerusform>為替レートが古すぎます（%n 分前）。レートを更新して申請を編集してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The payout is above the limit for a single payout (%1 %2).</source>
        <translation>この支払いは 1 回あたりの上限（%1 %2）を超えています。</translation>
    </message>
    <message>
        <source>The destination was added or changed recently; it can receive from %1 (UTC).</source>
        <translation>送金先は最近追加または変更されました。%1（UTC）から受け取れます。</translation>
    </message>
    <message>
        <source>The destination&apos;s address-book entry waits for a second person to confirm it.</source>
        <translation>送金先のアドレス帳エントリーは、別の人の確認を待っています。</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>このオペレーターアカウントは無効になっています。</translation>
    </message>
    <message>
        <source>Only an approver or an owner may approve or reject a payout.</source>
        <translation>支払いを承認または却下できるのは承認者かオーナーだけです。</translation>
    </message>
    <message>
        <source>You requested this payout, so you cannot approve or reject it.</source>
        <translation>この支払いはあなたが申請したため、承認も却下もできません。</translation>
    </message>
    <message>
        <source>Another approver has to decide on it.</source>
        <translation>別の承認者が判断する必要があります。</translation>
    </message>
    <message>
        <source>This payout is no longer waiting for approval.</source>
        <translation>この支払いはもう承認待ちではありません。</translation>
    </message>
    <message>
        <source>You already decided on this version of the payout.</source>
        <translation>この版の支払いについては、すでに判断済みです。</translation>
    </message>
    <message>
        <source>The stored payout policy is damaged (%1).</source>
        <translation>保存されている支払いポリシーが壊れています（%1）。</translation>
    </message>
    <message>
        <source>The first tier must not be above the second.</source>
        <translation>第 1 段階は第 2 段階より高くできません。</translation>
    </message>
    <message>
        <source>The second tier must not be above the single-payout limit.</source>
        <translation>第 2 段階は 1 回あたりの上限より高くできません。</translation>
    </message>
    <message>
        <source>Limits must be above zero.</source>
        <translation>上限は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>Allow the rate to be at least one minute old.</source>
        <translation>レートの有効期間は 1 分以上にしてください。</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::PayoutSigner</name>
    <message>
        <source>This hot wallet has no Tron key.</source>
        <translation>このホットウォレットには Tron の鍵がありません。</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::Payouts</name>
    <message>
        <source>The database refused a payout change: %1</source>
        <translation>データベースが支払いの変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>このオペレーターアカウントは無効になっています。</translation>
    </message>
    <message>
        <source>A payout has a state this version of Kassa does not know.</source>
        <translation>このバージョンの Kassa が認識できない状態の支払いがあります。</translation>
    </message>
    <message>
        <source>A stored payout amount is damaged.</source>
        <translation>保存されている支払い金額が壊れています。</translation>
    </message>
    <message>
        <source>No such address-book entry.</source>
        <translation>該当するアドレス帳エントリーがありません。</translation>
    </message>
    <message>
        <source>No such payout.</source>
        <translation>該当する支払いがありません。</translation>
    </message>
    <message>
        <source>Choose a chain.</source>
        <translation>チェーンを選んでください。</translation>
    </message>
    <message>
        <source>The token contract address is not valid.</source>
        <translation>トークンコントラクトのアドレスが無効です。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>0 より大きい金額を入力してください。</translation>
    </message>
    <message>
        <source>Say what the payout is for.</source>
        <translation>支払いの目的を入力してください。</translation>
    </message>
    <message>
        <source>Approvers see the reason; a clear one gets approved faster.</source>
        <translation>承認者は目的を確認します。分かりやすく書くと早く承認されます。</translation>
    </message>
    <message>
        <source>The reason or the reference is too long.</source>
        <translation>目的または参照番号が長すぎます。</translation>
    </message>
    <message>
        <source>The payout has no exchange rate to value it.</source>
        <translation>この支払いを評価する為替レートがありません。</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>内部エラーです。</translation>
    </message>
    <message>
        <source>This is not a valid Tron address.</source>
        <translation>有効な Tron アドレスではありません。</translation>
    </message>
    <message>
        <source>A Tron address starts with T and has 34 characters; copy it again from the recipient.</source>
        <translation>Tron アドレスは T で始まる 34 文字です。受取人からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>有効なアドレスではありません: %1</translation>
    </message>
    <message>
        <source>Copy the address again from the recipient; a mixed-case address must match its checksum.</source>
        <translation>受取人からアドレスをもう一度コピーしてください。大文字と小文字が混在するアドレスはチェックサムと一致する必要があります。</translation>
    </message>
    <message>
        <source>The zero address cannot receive a payout.</source>
        <translation>ゼロアドレスは支払いを受け取れません。</translation>
    </message>
    <message>
        <source>Only an owner may change the payout policy.</source>
        <translation>支払いポリシーを変更できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>This policy change is no longer pending.</source>
        <translation>このポリシー変更はもう保留中ではありません。</translation>
    </message>
    <message>
        <source>Another owner has to confirm your policy change.</source>
        <translation>あなたのポリシー変更は、別のオーナーが確認する必要があります。</translation>
    </message>
    <message>
        <source>Give the address a name of 1 to 100 characters.</source>
        <translation>アドレスに 1～100 文字の名前を付けてください。</translation>
    </message>
    <message>
        <source>Only an owner may confirm an address-book entry.</source>
        <translation>アドレス帳エントリーを確認できるのはオーナーだけです。</translation>
    </message>
    <message>
        <source>This address-book entry needs no confirmation.</source>
        <translation>このアドレス帳エントリーは確認の必要がありません。</translation>
    </message>
    <message>
        <source>Another owner has to confirm the entry you made.</source>
        <translation>あなたが作成したエントリーは、別のオーナーが確認する必要があります。</translation>
    </message>
    <message>
        <source>Only a clerk or an owner may request a payout.</source>
        <translation>支払いを申請できるのは担当者かオーナーだけです。</translation>
    </message>
    <message>
        <source>This API key may not request payouts.</source>
        <translation>この API キーでは支払いを申請できません。</translation>
    </message>
    <message>
        <source>Give the key the payouts:request scope in Settings.</source>
        <translation>設定でこのキーに payouts:request スコープを付与してください。</translation>
    </message>
    <message>
        <source>Only the requester or an owner may change a payout request.</source>
        <translation>支払い申請を変更できるのは申請者かオーナーだけです。</translation>
    </message>
    <message>
        <source>This payout can no longer be changed.</source>
        <translation>この支払いはもう変更できません。</translation>
    </message>
    <message>
        <source>Someone changed this payout in the meantime.</source>
        <translation>その間に誰かがこの支払いを変更しました。</translation>
    </message>
    <message>
        <source>Open it again.</source>
        <translation>もう一度開いてください。</translation>
    </message>
    <message>
        <source>This payout was changed after you opened it.</source>
        <translation>開いた後にこの支払いが変更されました。</translation>
    </message>
    <message>
        <source>Open it again and check the new details.</source>
        <translation>もう一度開いて、新しい内容を確認してください。</translation>
    </message>
    <message>
        <source>Say why you reject the payout.</source>
        <translation>支払いを却下する理由を入力してください。</translation>
    </message>
    <message>
        <source>Only the requester or an owner may cancel a payout request.</source>
        <translation>支払い申請を取り消せるのは申請者かオーナーだけです。</translation>
    </message>
    <message>
        <source>This payout can no longer be cancelled.</source>
        <translation>この支払いはもう取り消せません。</translation>
    </message>
    <message>
        <source>This payout is not approved.</source>
        <translation>この支払いは承認されていません。</translation>
    </message>
    <message>
        <source>The payout no longer has the approvals the policy asks for.</source>
        <translation>この支払いには、ポリシーが求める承認がもうそろっていません。</translation>
    </message>
    <message>
        <source>The hot wallet holds %1, less than the payout&apos;s %2.</source>
        <translation>ホットウォレットの残高は %1 で、支払い額 %2 より少ないです。</translation>
    </message>
    <message>
        <source>The hot wallet cannot pay the network fee.</source>
        <translation>ホットウォレットでネットワーク手数料を払えません。</translation>
    </message>
    <message>
        <source>The token contract has blacklisted the destination; the transfer would fail.</source>
        <translation>トークンコントラクトが送金先をブラックリストに登録しています。送金は失敗します。</translation>
    </message>
    <message>
        <source>The token contract has blacklisted the hot wallet.</source>
        <translation>トークンコントラクトがホットウォレットをブラックリストに登録しています。</translation>
    </message>
    <message>
        <source>Only a clerk, an approver or an owner may change the address book.</source>
        <translation>アドレス帳を変更できるのは、担当者、承認者、オーナーのみです。</translation>
    </message>
    <message>
        <source>Give a reason for rejecting the change.</source>
        <translation>変更を却下する理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>kassa::store::Database</name>
    <message>
        <source>Kassa could not open its database file %1: %2</source>
        <translation>データベースファイル %1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>Check that the profile folder is writable and the disk is not full.</source>
        <translation>プロファイルフォルダーが書き込み可能で、ディスクの空き容量が不足していないことを確認してください。</translation>
    </message>
    <message>
        <source>Kassa could not connect to the database %1: %2</source>
        <translation>データベース %1 に接続できませんでした：%2</translation>
    </message>
    <message>
        <source>Check that the PostgreSQL server is running and reachable, and that the user name, password and database name in the [database] url setting are right.</source>
        <translation>PostgreSQL サーバーが起動していて接続可能であること、および [database] の url 設定のユーザー名、パスワード、データベース名が正しいことを確認してください。</translation>
    </message>
    <message>
        <source>Kassa could not create the folder for its database %1.</source>
        <translation>データベース %1 のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>プロファイルフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed.</source>
        <translation>%1 用のデータベースドライバーがインストールされていません。</translation>
    </message>
    <message>
        <source>Install the Qt SQL driver package (libqt6sql6-sqlite or libqt6sql6-psql).</source>
        <translation>Qt SQL ドライバーのパッケージ（libqt6sql6-sqlite または libqt6sql6-psql）をインストールしてください。</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>データベースでトランザクションを開始できませんでした：%1</translation>
    </message>
    <message>
        <source>Check that the database is reachable; nothing was changed.</source>
        <translation>データベースに接続できることを確認してください。変更は行われていません。</translation>
    </message>
    <message>
        <source>An internal error stopped a database change; nothing was changed.</source>
        <translation>内部エラーのため、データベースの変更を中止しました。変更は行われていません。</translation>
    </message>
    <message>
        <source>The database could not save a change: %1</source>
        <translation>データベースに変更を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check free disk space and the database server.</source>
        <translation>変更は行われていません。ディスクの空き容量とデータベースサーバーを確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::store::DatabaseUrl</name>
    <message>
        <source>Use an empty value for the built-in SQLite file, or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>内蔵の SQLite ファイルを使用する場合は空の値を、それ以外の場合は postgresql://USER@HOST:PORT/DATABASE を指定してください。</translation>
    </message>
    <message>
        <source>The database URL “%1” names no file.</source>
        <translation>データベース URL「%1」にファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The database URL “%1” cannot be read as a URL.</source>
        <translation>データベース URL「%1」を URL として解釈できません。</translation>
    </message>
    <message>
        <source>The database URL “%1” starts with “%2”, which Kassa does not support.</source>
        <translation>データベース URL「%1」は「%2」で始まっていますが、Kassa はこれに対応していません。</translation>
    </message>
    <message>
        <source>The database URL “%1” names no server.</source>
        <translation>データベース URL「%1」にサーバーが指定されていません。</translation>
    </message>
    <message>
        <source>The database URL “%1” has a port outside 1–65535.</source>
        <translation>データベース URL「%1」のポート番号が 1～65535 の範囲外です。</translation>
    </message>
    <message>
        <source>The database URL “%1” names no database.</source>
        <translation>データベース URL「%1」にデータベース名が指定されていません。</translation>
    </message>
    <message>
        <source>The database URL “%1” has the option “%2”, which Kassa does not support.</source>
        <translation>データベース URL「%1」のオプション「%2」には、Kassa は対応していません。</translation>
    </message>
    <message>
        <source>The database URL “%1” has an invalid value for the option “%2”.</source>
        <translation>データベース URL「%1」のオプション「%2」の値が無効です。</translation>
    </message>
</context>
<context>
    <name>kassa::store::Migrator</name>
    <message>
        <source>The database reported an error while updating its structure: %1</source>
        <translation>データベースの構造を更新中にエラーが発生しました：%1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the database server is reachable and that the user may create tables, then start Kassa again.</source>
        <translation>変更は行われていません。データベースサーバーに接続できること、およびユーザーにテーブルの作成権限があることを確認してから、Kassa を再起動してください。</translation>
    </message>
    <message>
        <source>The migration %1 has an invalid name.</source>
        <translation>マイグレーション %1 の名前が無効です。</translation>
    </message>
    <message>
        <source>The migration %1 cannot be read.</source>
        <translation>マイグレーション %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The migrations are not numbered consecutively.</source>
        <translation>マイグレーションの番号が連続していません。</translation>
    </message>
    <message>
        <source>This database was last used by a newer version of Kassa (database version %1; this Kassa understands up to %2).</source>
        <translation>このデータベースは、より新しいバージョンの Kassa で最後に使用されました（データベースのバージョン %1。この Kassa が対応しているのは %2 までです）。</translation>
    </message>
    <message>
        <source>Install the newer Kassa again, or open another profile. The database was not changed.</source>
        <translation>新しいバージョンの Kassa をインストールし直すか、別のプロファイルを開いてください。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>データベースをバージョン %1 に更新できませんでした：%2</translation>
    </message>
    <message>
        <source>Nothing was changed; the database is still at version %1. Send the log file to support.</source>
        <translation>変更は行われていません。データベースはバージョン %1 のままです。ログファイルをサポートに送ってください。</translation>
    </message>
</context>
<context>
    <name>kassa::store::TransferStore</name>
    <message>
        <source>The database refused to record a transfer: %1</source>
        <translation>データベースが送金の記録を拒否しました：%1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AboutDialog</name>
    <message>
        <source>About Kassa</source>
        <translation>Kassa について</translation>
    </message>
    <message>
        <source>Kassa %1</source>
        <translation>Kassa %1</translation>
    </message>
    <message>
        <source>A wallet-and-payment console for merchants who take USDT on Tron and Ethereum-family chains, straight into their own addresses.</source>
        <translation>Tron および Ethereum 系チェーンで USDT を自社のアドレスに直接受け取る事業者のための、ウォレット・決済コンソールです。</translation>
    </message>
    <message>
        <source>via Qt SQL</source>
        <translation>Qt SQL 経由</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <source>Kassa is free software under the MIT License.</source>
        <translation>Kassa は MIT ライセンスのフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>使用コンポーネント</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>The full license texts are installed with Kassa in /usr/share/doc/kassa.</source>
        <translation>ライセンスの全文は、Kassa とともに /usr/share/doc/kassa にインストールされています。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AccountDialog</name>
    <message>
        <source>Owner: add operators, change their roles and the payout policy.</source>
        <translation>オーナー: オペレーターの追加、その役割と支払いポリシーの変更。</translation>
    </message>
    <message>
        <source>Approver: approve or reject payouts requested by others.</source>
        <translation>承認者: 他の人が申請した支払いを承認または却下。</translation>
    </message>
    <message>
        <source>Clerk: request payouts and handle orders.</source>
        <translation>担当者: 支払いの申請と注文の処理。</translation>
    </message>
    <message>
        <source>Auditor: read the audit log and export it.</source>
        <translation>監査担当: 監査ログの閲覧とエクスポート。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of role names grows one at a time: %1 is the list so far, %2 the next role (&quot;Owner, Approver&quot;).</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>マイアカウント</translation>
    </message>
    <message>
        <source>Signed in as %1 (login name: %2). Roles: %3.</source>
        <translation>%1 としてサインインしています（ログイン名: %2）。役割: %3。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>現在のパスワード:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>もう一度:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>パスワードを変更</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>2 段階サインイン</translation>
    </message>
    <message>
        <source>Set up again…</source>
        <translation>設定し直す…</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>オフにする</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), or type the secret into it. Then enter the code the app shows.</source>
        <translation>認証アプリ（FreeOTP、Aegis、Google Authenticator など）でこのコードを読み取るか、シークレットを入力してください。その後、アプリに表示されるコードを入力してください。</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>シークレット:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>アプリのコード:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>On: signing in and each approval ask for a 6-digit code from your authenticator app.</source>
        <translation>オン: サインインと承認のたびに、認証アプリの 6 桁のコードが求められます。</translation>
    </message>
    <message>
        <source>Off: only your password protects this account. Turn it on for payouts.</source>
        <translation>オフ: このアカウントはパスワードだけで守られています。支払いを扱うならオンにしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>新しいパスワードは %n 文字以上必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>2 つの新しいパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>パスワードを変更しました。今後は新しいパスワードを使ってください。</translation>
    </message>
    <message>
        <source>Two-step sign-in is on.</source>
        <translation>2 段階サインインがオンになりました。</translation>
    </message>
    <message>
        <source>Two-step sign-in is off.</source>
        <translation>2 段階サインインがオフになりました。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AddressBookWidget</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation>受取可能</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>From %1, once another owner confirms</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>%1 以降（別のオーナーの承認後）</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>%1 is a date and time: the end of the cool-down.</extracomment>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>Once another owner confirms</source>
        <translation>別のオーナーの承認後</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No addresses yet. Payouts to an address outside the book need the highest approval tier.</source>
        <translation>アドレスはまだありません。アドレス帳にないアドレスへの支払いには、最上位の承認段階が必要です。</translation>
    </message>
    <message>
        <source>Saved “%1”. It can receive payouts from %2.</source>
        <extracomment>%1 is the entry&apos;s name, %2 a date and time.</extracomment>
        <translation>「%1」を保存しました。%2 から支払いを受け取れます。</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>アドレスの削除</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the address book? Payouts to it will need the highest approval tier.</source>
        <translation>「%1」（%2）をアドレス帳から削除しますか？このアドレスへの支払いには最上位の承認段階が必要になります。</translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation>アドレスの承認</translation>
    </message>
    <message>
        <source>Confirm “%1” (%2), added or changed by %3? Check the address with them on another channel first.</source>
        <translation>%3 が追加または変更した「%1」（%2）を承認しますか？先に別の連絡手段でアドレスを本人に確認してください。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AddressEntryDialog</name>
    <message>
        <source>Rename address-book entry</source>
        <translation>アドレス帳の項目名を変更</translation>
    </message>
    <message>
        <source>Add to the address book</source>
        <translation>アドレス帳に追加</translation>
    </message>
    <message>
        <source>Who or what it is, e.g. the supplier&apos;s name</source>
        <translation>相手の名前など（例: 仕入先名）</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>チェーン：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message numerus="yes">
        <source>A new name starts a new cool-down: payouts to this address wait %n hour(s) from now.</source>
        <translation>
            <numerusform>名前を変えると待機期間がやり直しになります。このアドレスへの支払いは今から %n 時間待機します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts to a new address wait %n hour(s) from now (the cool-down).</source>
        <translation>
            <numerusform>新しいアドレスへの支払いは今から %n 時間待機します（待機期間）。</numerusform>
        </translation>
    </message>
    <message>
        <source>With two or more owners, another owner has to confirm the entry too. The change is recorded in the audit log.</source>
        <translation>オーナーが 2 人以上いる場合は、別のオーナーによる承認も必要です。変更は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>The address is valid.</source>
        <translation>アドレスは有効です。</translation>
    </message>
    <message>
        <source>Valid; it is saved as %1</source>
        <translation>有効です。%1 として保存されます</translation>
    </message>
    <message>
        <source>Give the address a name.</source>
        <translation>アドレスに名前を付けてください。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Application</name>
    <message>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <source>Kassa ran into an internal error and stopped what it was doing. No payment or payout was changed by it. The details are in the log file; please send it to support.</source>
        <translation>Kassa で内部エラーが発生したため、実行中の処理を中止しました。このエラーによって入金や支払いが変更されたことはありません。詳細はログファイルに記録されていますので、ログファイルをサポートに送ってください。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AuditLogModel</name>
    <message>
        <source>%1 (API key)</source>
        <extracomment>An action done by a storefront or script through an API key; %1 is the key&apos;s name.</extracomment>
        <translation>%1（API キー）</translation>
    </message>
    <message>
        <source>Kassa (automatic)</source>
        <extracomment>An action Kassa did by itself (a timer, a watcher).</extracomment>
        <translation>Kassa（自動）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column header: who did the action.</extracomment>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerning</source>
        <extracomment>Column header: what the action was about (a payout, an order, a wallet).</extracomment>
        <translation>対象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AuditLogPage</name>
    <message>
        <source>The audit log is empty</source>
        <translation>監査ログは空です</translation>
    </message>
    <message>
        <source>Every security-relevant action — sign-ins, approvals, payouts, exports and changes to settings — is recorded here in a log that cannot be quietly edited.</source>
        <translation>サインイン、承認、支払い、エクスポート、設定の変更など、セキュリティに関わるすべての操作が、気付かれずに改ざんすることのできないログとしてここに記録されます。</translation>
    </message>
    <message>
        <source>Entries appear as you and your colleagues use Kassa.</source>
        <translation>ご自身や同僚が Kassa を使用すると、その操作の記録がここに表示されます。</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>この条件に一致するエントリはありません。</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Search names, subjects and details</source>
        <translation>名前・対象・詳細を検索</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>整合性を確認</translation>
    </message>
    <message>
        <source>Recompute the chain of hashes that links every entry to the one before it and report the first entry that was changed, removed or inserted.</source>
        <translation>各エントリを直前のエントリにつなぐハッシュの連鎖を計算し直し、変更・削除・挿入された最初のエントリを報告します。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>選択したエントリ</translation>
    </message>
    <message>
        <source>Select an entry to see everything it recorded.</source>
        <translation>エントリを選ぶと、記録された内容をすべて表示します。</translation>
    </message>
    <message>
        <source>Entry %1, %2 (UTC)</source>
        <translation>エントリ %1、%2（UTC）</translation>
    </message>
    <message>
        <source>By: %1 (%2)</source>
        <translation>実行者：%1（%2）</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>操作：%1（%2）</translation>
    </message>
    <message>
        <source>Concerning: %1 %2</source>
        <translation>対象：%1 %2</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細：</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>ハッシュ：%1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>前のハッシュ：%1</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>監査ログのすべてのエントリを確認しています…</translation>
    </message>
    <message>
        <source>Audit log check</source>
        <translation>監査ログの確認</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: all %n entries link up.</source>
        <translation>
            <numerusform>監査ログは改ざんされていません。%n 件のエントリがすべてつながっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with. %1</source>
        <translation>監査ログが改ざんされています。%1</translation>
    </message>
    <message>
        <source>Keep this computer and the database as they are and tell the owner of the business. Restore the database from a backup to compare.</source>
        <translation>このコンピューターとデータベースはそのままにして、事業の責任者に知らせてください。比較するには、バックアップからデータベースを復元してください。</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>監査ログをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n 件のエントリを %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ChainSettingsWidget</name>
    <message>
        <source>Chains</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Choose the networks Kassa watches for payments to your addresses, and the nodes it asks. Kassa checks the nodes before it saves.</source>
        <translation>Kassa が自分のアドレスへの入金を監視するネットワークと、問い合わせ先のノードを選択します。保存する前に Kassa がノードを確認します。</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>チェーン：</translation>
    </message>
    <message>
        <source>Watch this chain</source>
        <translation>このチェーンを監視する</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>チェーン ID：</translation>
    </message>
    <message>
        <source>Node addresses:</source>
        <translation>ノードのアドレス：</translation>
    </message>
    <message>
        <source>One per line, in order of preference. Kassa switches to the next when one fails.</source>
        <translation>1 行に 1 つずつ、優先順に入力します。いずれかが応答しなくなると、Kassa は次のノードに切り替えます。</translation>
    </message>
    <message>
        <source>WebSocket addresses:</source>
        <translation>WebSocket のアドレス：</translation>
    </message>
    <message>
        <source>Optional. With one, new blocks arrive within milliseconds; without, Kassa asks regularly.</source>
        <translation>省略可能です。指定すると新しいブロックが数ミリ秒で届きます。指定しない場合、Kassa は定期的に問い合わせます。</translation>
    </message>
    <message>
        <source>TronGrid address:</source>
        <translation>TronGrid のアドレス：</translation>
    </message>
    <message>
        <source>TronGrid API key:</source>
        <translation>TronGrid の API キー：</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>トークン：</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>トークンを追加</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>トークンを削除</translation>
    </message>
    <message>
        <source>A payment is final:</source>
        <translation>入金が確定する時点：</translation>
    </message>
    <message>
        <source>Poll interval (milliseconds):</source>
        <translation>ポーリング間隔（ミリ秒）：</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>確認して保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>%1 (watching)</source>
        <extracomment>An entry of the chain list in Settings → Chains: &quot;Ethereum (watching)&quot;</extracomment>
        <translation>%1（監視中）</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1（オフ）</translation>
    </message>
    <message>
        <source>The chain id of your test node.</source>
        <translation>テストノードのチェーン ID です。</translation>
    </message>
    <message>
        <source>Fixed for this network; the nodes must report the same.</source>
        <translation>このネットワークでは固定です。ノードも同じ値を返す必要があります。</translation>
    </message>
    <message>
        <source>When the network marks its block final</source>
        <translation>ネットワークがブロックを確定済みとしたとき</translation>
    </message>
    <message>
        <source>When its block is solidified</source>
        <translation>ブロックが固定（solidified）されたとき</translation>
    </message>
    <message>
        <source>After a number of confirmations</source>
        <translation>一定の確認数に達したとき</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>確認数：</translation>
    </message>
    <message>
        <source>Fallback confirmations:</source>
        <translation>代替の確認数：</translation>
    </message>
    <message>
        <source>A payment is final after this many blocks (its own block counts as one).</source>
        <translation>このブロック数に達すると入金が確定します（入金を含むブロック自体も 1 と数えます）。</translation>
    </message>
    <message>
        <source>Used only if the node does not report finality itself.</source>
        <translation>ノードが確定状態を返さない場合にのみ使用します。</translation>
    </message>
    <message>
        <source>The chain id must be a whole number.</source>
        <translation>チェーン ID は整数である必要があります。</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>保存していません。印の付いた項目を修正してください。</translation>
    </message>
    <message>
        <source>Checking the nodes…</source>
        <translation>ノードを確認しています…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>保存していません。</translation>
    </message>
    <message>
        <source>The nodes of this chain cannot be checked before saving yet; watch the status bar.</source>
        <translation>このチェーンのノードは保存前に確認できません。ステータスバーで状態を確認してください。</translation>
    </message>
    <message>
        <source>Saved. Kassa is watching %1.</source>
        <translation>保存しました。Kassa は %1 を監視しています。</translation>
    </message>
    <message>
        <source>Saved. Kassa does not watch %1.</source>
        <translation>保存しました。Kassa は %1 を監視しません。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DashboardPage</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>表示する内容はまだありません</translation>
    </message>
    <message>
        <source>The dashboard shows today&apos;s takings, payments waiting for confirmations and callbacks that need your attention.</source>
        <translation>ダッシュボードには、本日の売上、確認待ちの入金、対応が必要なコールバックが表示されます。</translation>
    </message>
    <message>
        <source>To get started, add a wallet on the Wallets page, then choose the chains to watch in Settings.</source>
        <translation>まず「ウォレット」ページでウォレットを追加し、次に「設定」で監視するチェーンを選択してください。</translation>
    </message>
    <message>
        <source>Waiting for confirmations</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>Payments to your addresses that are on the chain but not final yet. An order counts as paid once its payment has every confirmation.</source>
        <translation>チェーン上にあるものの、まだ確定していない自分のアドレスへの入金です。入金が必要な確認数に達すると、注文は支払い済みになります。</translation>
    </message>
    <message>
        <source>Try It on a Local Test Network</source>
        <translation>ローカルテストネットワークで試す</translation>
    </message>
    <message>
        <source>Starts a separate demo profile on a private test chain with play money, so you can watch orders being paid. Your own settings are not touched.</source>
        <translation>おもちゃのお金を使う専用のテストチェーン上で別のデモ用プロファイルを開始し、注文が支払われる様子を確認できます。ご自身の設定は変更されません。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DemoSimulatorPanel</name>
    <message>
        <source>Storefront Simulator (DEMO)</source>
        <translation>ネットショップシミュレーター（デモ）</translation>
    </message>
    <message>
        <source>A pretend shop creates an order every few seconds through the storefront API and pays most of them exactly, some with too little and some too late, from test accounts. Play money only.</source>
        <translation>架空のショップが数秒ごとにネットショップ API を通じて注文を作成し、テスト用アカウントから支払います。ほとんどは正確な金額で、一部は不足額で、一部は期限切れ後に支払います。おもちゃのお金だけを使います。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Order %1 created: %2 USDT to %3</source>
        <translation>注文 %1 を作成しました：%2 USDT、送金先 %3</translation>
    </message>
    <message>
        <source>Paid too little for order %1: %2 USDT</source>
        <translation>注文 %1 に不足額を支払いました：%2 USDT</translation>
    </message>
    <message>
        <source>Paid order %1 after it expired: %2 USDT</source>
        <translation>注文 %1 を期限切れ後に支払いました：%2 USDT</translation>
    </message>
    <message>
        <source>Paid order %1 exactly: %2 USDT</source>
        <translation>注文 %1 を正確な金額で支払いました：%2 USDT</translation>
    </message>
    <message>
        <source>Callback for order %1: signature valid, status %2, transaction %3</source>
        <translation>注文 %1 のコールバック：署名は有効、ステータス %2、取引 %3</translation>
    </message>
    <message>
        <source>Callback for order %1 with an INVALID signature</source>
        <translation>注文 %1 のコールバックの署名が無効です</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DemoStartupWindow</name>
    <message>
        <source>Starting the local test network (anvil)</source>
        <translation>ローカルテストネットワーク（anvil）を起動しています</translation>
    </message>
    <message>
        <source>Found the test USDT from the last demo on the saved test chain</source>
        <translation>保存されたテストチェーン上に前回のデモのテスト用 USDT が見つかりました</translation>
    </message>
    <message>
        <source>Deploying the test USDT (6 decimals)</source>
        <translation>テスト用 USDT（小数点以下 6 桁）をデプロイしています</translation>
    </message>
    <message>
        <source>Funding the payout wallet and nine customer accounts with test USDT</source>
        <translation>支払い用ウォレットと 9 つの顧客アカウントにテスト用 USDT を入金しています</translation>
    </message>
    <message>
        <source>Writing the demo profile&apos;s settings</source>
        <translation>デモ用プロファイルの設定を書き込んでいます</translation>
    </message>
    <message>
        <source>Opening the demo profile</source>
        <translation>デモ用プロファイルを開いています</translation>
    </message>
    <message>
        <source>Starting the storefront listener on 127.0.0.1</source>
        <translation>127.0.0.1 でネットショップ用のリスナーを起動しています</translation>
    </message>
    <message>
        <source>Starting the storefront simulator</source>
        <translation>ネットショップシミュレーターを起動しています</translation>
    </message>
    <message>
        <source>Starting the demo</source>
        <translation>デモを起動しています</translation>
    </message>
    <message numerus="yes">
        <source>The demo made no progress for %n second(s): “%1” did not finish.</source>
        <translation>
            <numerusform>デモが %n 秒間進みませんでした：「%1」が完了していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again. If it stalls again, quit and start “kassa --demo” from a terminal to read its messages.</source>
        <translation>もう一度お試しください。再び止まる場合は、終了してターミナルから「kassa --demo」を起動し、メッセージを確認してください。</translation>
    </message>
    <message>
        <source>Kassa — starting the DEMO (test network, not real money)</source>
        <translation>Kassa — デモを起動中（テストネットワーク、本物のお金ではありません）</translation>
    </message>
    <message>
        <source>DEMO — a local test network with play money. Nothing here is real money.</source>
        <translation>デモ — おもちゃのお金を使うローカルテストネットワークです。ここにあるものは本物のお金ではありません。</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>デモが起動しませんでした</translation>
    </message>
    <message numerus="yes">
        <source>This takes a few seconds (%n s so far).</source>
        <translation>
            <numerusform>数秒かかります（%n 秒経過）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>注文はまだありません</translation>
    </message>
    <message>
        <source>Orders from your storefront appear here with their status, the payments that settled them and the callbacks sent to your shop. You can search, filter and export them.</source>
        <translation>ネットショップからの注文が、ステータス、決済に使われた入金、ショップに送信されたコールバックとともにここに表示されます。注文の検索、絞り込み、エクスポートができます。</translation>
    </message>
    <message>
        <source>Turn on the storefront listener in Settings and point your shop&apos;s Epusdt plugin at Kassa.</source>
        <translation>「設定」でネットショップ用のリスナーを有効にし、ショップの Epusdt プラグインの接続先を Kassa に設定してください。</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>支払いはまだありません</translation>
    </message>
    <message>
        <source>Refunds, supplier payments and withdrawals appear here, with the approvals each one needs and its progress on chain.</source>
        <translation>返金、仕入先への支払い、出金が、それぞれに必要な承認とチェーン上での進行状況とともにここに表示されます。</translation>
    </message>
    <message>
        <source>Payouts need a payout wallet and at least one colleague to approve them. Set up a payout wallet on the Wallets page.</source>
        <translation>支払いには、支払い用ウォレットと、承認者となる同僚が 1 人以上必要です。「ウォレット」ページで支払い用ウォレットを設定してください。</translation>
    </message>
    <message>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kassa</source>
        <translation>Kassa について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Show Kassa</source>
        <translation>Kassa を表示</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>停止中：%1</translation>
    </message>
    <message>
        <source>No chains are being watched yet.</source>
        <translation>監視中のチェーンはまだありません。</translation>
    </message>
    <message>
        <source>%1: block %2 via %3</source>
        <translation>%1：ブロック %2（%3 経由）</translation>
    </message>
    <message>
        <source>%1: disconnected (%2)</source>
        <translation>%1：切断中（%2）</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Database ready</source>
        <translation>データベース準備完了</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>データベース利用不可</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1：接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1: block %2, %n block(s) behind</source>
        <translation>
            <numerusform>%1：ブロック %2、%n ブロック遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: block %2 via %3, %n block(s) behind</source>
        <translation>
            <numerusform>%1：ブロック %2（%3 経由）、%n ブロック遅れ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: block %2</source>
        <translation>%1：ブロック %2</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>ノード：%1</translation>
    </message>
    <message>
        <source>Newest block: %1</source>
        <translation>最新のブロック：%1</translation>
    </message>
    <message>
        <source>Blocks not yet processed: %1</source>
        <translation>未処理のブロック：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最後のエラー：%1</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>マイアカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Payout &amp;policy…</source>
        <translation>支払いポリシー(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Kassa is locked</source>
        <translation>Kassa はロックされています</translation>
    </message>
    <message>
        <source>Sign in with your operator account to see orders, payouts and wallets.</source>
        <translation>注文、支払い、ウォレットを見るには、オペレーターのアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Kassa — DEMO (test network, not real money)</source>
        <translation>Kassa — デモ（テストネットワーク、本物のお金ではありません）</translation>
    </message>
    <message>
        <source>DEMO — a local test network with play money. Nothing here is real money: never send real funds to these addresses.</source>
        <translation>デモ — おもちゃのお金を使うローカルテストネットワークです。ここにあるものは本物のお金ではありません。これらのアドレスに本物の資金を絶対に送らないでください。</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Test Network</source>
        <translation>ローカルテストネットワークで試す(&amp;L)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NewPayoutDialog</name>
    <message>
        <source>New payout request</source>
        <translation>新しい支払い申請</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A token on a chain, e.g. &quot;USDT on Ethereum&quot;.</extracomment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>What is it for? Approvers read this.</source>
        <translation>何のための支払いですか？承認者が読みます。</translation>
    </message>
    <message>
        <source>Optional: invoice or ticket number</source>
        <translation>任意: 請求書番号やチケット番号</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <source>To address:</source>
        <translation>送金先アドレス:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金額:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>評価額:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>目的:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参照番号:</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>支払いを申請</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>0 より大きい金額を入力してください。</translation>
    </message>
    <message>
        <source>≈ %1 %2 (rate %3, %4)</source>
        <extracomment>The fiat value of the payout and where the rate came from, e.g. &quot;≈ 1,234.50 USD (rate 1.0001, okx)&quot;.</extracomment>
        <translation>≈ %1 %2（レート %3、%4）</translation>
    </message>
    <message>
        <source>Say what the payout is for.</source>
        <translation>支払いの目的を入力してください。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OperatorDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 のロール</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>オペレーターを追加</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>ログイン名:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>パスワード（確認）:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>ロールを保存</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上必要です。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>少なくとも 1 つのロールを選んでください。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OperatorsPage</name>
    <message>
        <source>Login</source>
        <translation>ログイン名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>2 段階サインイン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>ロール…</translation>
    </message>
    <message>
        <source>Clear lockout</source>
        <translation>ロックを解除</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>Role changes waiting for another owner</source>
        <translation>別のオーナーの確認待ちのロール変更</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>承認…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (proposed by %4, %5)</source>
        <extracomment>%1 operator&apos;s name, %2 roles now, %3 proposed roles, %4 the owner who proposed it, %5 date and time.</extracomment>
        <translation>%1: %2 → %3（提案者 %4、%5）</translation>
    </message>
    <message>
        <source>Give %1 the roles %2? Enter your password to confirm it is you.</source>
        <translation>%1 にロール「%2」を付与しますか？本人確認のためパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Reject the change of %1&apos;s roles proposed by %2? Enter your password to confirm it is you.</source>
        <translation>%2 が提案した %1 のロール変更を却下しますか？本人確認のためパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Confirm role change</source>
        <translation>ロール変更の承認</translation>
    </message>
    <message>
        <source>Reject role change</source>
        <translation>ロール変更の却下</translation>
    </message>
    <message>
        <source>The role change is applied.</source>
        <translation>ロール変更を適用しました。</translation>
    </message>
    <message>
        <source>The role change is rejected.</source>
        <translation>ロール変更を却下しました。</translation>
    </message>
    <message>
        <source>Another owner has to confirm this change; it is listed above until then.</source>
        <translation>この変更は別のオーナーの承認が必要です。それまでは上の一覧に表示されます。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrdersModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Order status: reserved, nothing paid yet.</extracomment>
        <translation>支払い待ち</translation>
    </message>
    <message>
        <source>Confirming</source>
        <extracomment>Order status: a payment was seen on the chain and is not final yet.</extracomment>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Order status: the payment window passed without a payment.</extracomment>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Paid late</source>
        <extracomment>Order status: paid after the window closed; an operator decides.</extracomment>
        <translation>期限後の支払い</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>支払不足</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>過払い</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Reverted</source>
        <extracomment>Order status: the paying transaction left the chain (reorg) after the order was paid.</extracomment>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>An order&apos;s amount with its fiat price: %1 = &quot;12.5 USDT&quot;, %2 = &quot;88&quot;, %3 = &quot;CNY&quot;.</extracomment>
        <translation>%1（%2） {1 ?} {2 %3)?}</translation>
    </message>
    <message>
        <source>Asked %1, received %2</source>
        <extracomment>Tooltip of an order&apos;s amount: %1 asked, %2 received (exact amounts with the asset).</extracomment>
        <translation>請求 %1、受取 %2</translation>
    </message>
    <message>
        <source>Needs an operator</source>
        <translation>オペレーターの対応が必要</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the order was created.</extracomment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Shop order</source>
        <extracomment>Column header: the storefront&apos;s own order number.</extracomment>
        <translation>ショップ注文番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header: the receive address the customer pays to.</extracomment>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Trade ID</source>
        <extracomment>Column header: Kassa&apos;s own id of the order (24 digits).</extracomment>
        <translation>取引ID</translation>
    </message>
    <message>
        <source>Seen, not final</source>
        <extracomment>A transfer&apos;s stage: in a block, not enough confirmations yet.</extracomment>
        <translation>検出済み・未確定</translation>
    </message>
    <message>
        <source>Final</source>
        <extracomment>A transfer&apos;s stage: it has all the confirmations it needs.</extracomment>
        <translation>確定</translation>
    </message>
    <message>
        <source>Orphaned by a reorg</source>
        <extracomment>A transfer&apos;s stage: its block left the chain (a reorganisation).</extracomment>
        <translation>再編成で無効</translation>
    </message>
    <message>
        <source>Failed on chain</source>
        <extracomment>A transfer&apos;s stage: the transaction was mined but failed (reverted).</extracomment>
        <translation>チェーン上で失敗</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrdersPage</name>
    <message>
        <source>Paid today</source>
        <translation>本日の入金</translation>
    </message>
    <message>
        <source>Orders waiting</source>
        <translation>支払い待ちの注文</translation>
    </message>
    <message>
        <source>Callbacks failing</source>
        <translation>失敗したコールバック</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <extracomment>Tab: deliveries of payment notices to the shop that gave up.</extracomment>
        <translation>コールバック</translation>
    </message>
    <message>
        <source>Search by order ID, trade ID, transaction hash or address</source>
        <translation>注文番号・取引ID・トランザクションハッシュ・アドレスで検索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>All chains</source>
        <translation>すべてのチェーン</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Date filter: orders created on or after this day.</extracomment>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Date filter: orders created on or before this day.</extracomment>
        <translation>終了日</translation>
    </message>
    <message>
        <source>any day</source>
        <extracomment>Shown in a date filter that is not set.</extracomment>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>支払済みにする…</translation>
    </message>
    <message>
        <source>Attach transfer…</source>
        <translation>送金を紐付ける…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>注文をキャンセル…</translation>
    </message>
    <message>
        <source>Resend callback</source>
        <translation>コールバックを再送</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Payment notices to the shop that gave up after every retry. Fix the shop, then resend.</source>
        <translation>すべての再試行の後も届かなかったネットショップへの支払い通知です。ショップを直してから再送してください。</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>注文を読み込んでいます…</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>この条件に合う注文はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 件の注文</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to see its timeline, transfers and callbacks.</source>
        <translation>注文を選ぶと、経過・送金・コールバックが表示されます。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>注文 %1</translation>
    </message>
    <message>
        <source>Trade ID</source>
        <translation>取引ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受取額</translation>
    </message>
    <message>
        <source>Rate</source>
        <extracomment>%1 = rate, %2 = fiat, %3 = asset, %4 = source (&quot;manual&quot;).</extracomment>
        <translation>レート</translation>
    </message>
    <message>
        <source>%1 %2 per %3 (%4)</source>
        <translation>1 %3 あたり %1 %2（%4）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払日時</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>送金</translation>
    </message>
    <message>
        <source>No transfer has reached this order.</source>
        <translation>この注文に届いた送金はまだありません。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <extracomment>A transfer in the order details: %1 amount, %2 outcome, %3 stage (&quot;Final&quot;), %4 tx hash.</extracomment>
        <translation>%1 — %2（%3）— %4</translation>
    </message>
    <message>
        <source>No callback for this order.</source>
        <translation>この注文のコールバックはありません。</translation>
    </message>
    <message>
        <source>%1 to %2 — %3 of %4 tries</source>
        <extracomment>%1 event (&quot;order.paid&quot;), %2 URL, %3 tries so far, %4 most tries.</extracomment>
        <translation>%1 → %2 — 試行 %3/%4 回</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>Mark order paid</source>
        <translation>注文を支払済みにする</translation>
    </message>
    <message>
        <source>Mark order %1 (%2) as paid? The shop is told it was paid. Only do this when the money arrived another way.</source>
        <translation>注文 %1（%2）を支払済みにしますか？ネットショップに支払済みと通知されます。別の方法で入金された場合にのみ行ってください。</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>支払済みにする</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>注文をキャンセル</translation>
    </message>
    <message>
        <source>Cancel order %1 (%2)? A payment that arrives later is kept for an operator.</source>
        <translation>注文 %1（%2）をキャンセルしますか？後から届いた支払いはオペレーターの対応待ちとして保持されます。</translation>
    </message>
    <message>
        <source>Attach a transfer</source>
        <translation>送金を紐付ける</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <extracomment>A transfer to choose: %1 amount, %2 sender, %3 tx hash.</extracomment>
        <translation>%1（送金元 %2、%3）</translation>
    </message>
    <message>
        <source>No unmatched, late or wrong-amount transfer to %1 is waiting for an operator.</source>
        <translation>%1 宛ての未照合・期限後・金額違いの送金で、オペレーターの対応を待っているものはありません。</translation>
    </message>
    <message>
        <source>Credit one of these transfers to order %1 (%2) and mark it paid?</source>
        <translation>これらの送金のいずれかを注文 %1（%2）に充てて、支払済みにしますか？</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>紐付ける</translation>
    </message>
    <message>
        <source>Send the %1 notice to %2 again?</source>
        <translation>%1 の通知を %2 に再送しますか？</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>注文をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to %1.</source>
        <translation>
            <numerusform>%n 件の注文を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>もう一度:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>%n 文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutApprovalDialog</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve payout</source>
        <translation>支払いの承認</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>チェーン：</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <source>%1 (contract %2)</source>
        <translation>%1（コントラクト %2）</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>送金先:</translation>
    </message>
    <message>
        <source>In the address book as “%1”, added or changed %2.</source>
        <translation>アドレス帳に「%1」として登録済み（追加または変更: %2）。</translation>
    </message>
    <message>
        <source>Not in the address book: this payout needs the highest approval tier.</source>
        <translation>アドレス帳にありません。この支払いには最上位の承認段階が必要です。</translation>
    </message>
    <message>
        <source>Address book:</source>
        <translation>アドレス帳:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金額:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>評価額:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>レート:</translation>
    </message>
    <message>
        <source>%1 %2 per %3 from %4, %5</source>
        <translation>1 %3 あたり %1 %2（%4、%5）</translation>
    </message>
    <message>
        <source>Network fee:</source>
        <translation>ネットワーク手数料:</translation>
    </message>
    <message>
        <source>Estimated when the payout is signed, within the fee cap; paid from the hot wallet.</source>
        <translation>署名時に手数料上限の範囲で見積もり、ホットウォレットから支払います。</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>申請者:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>目的:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参照番号:</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>%1 が承認（%2）</translation>
    </message>
    <message>
        <source>Rejected by %1, %2: %3</source>
        <translation>%1 が却下（%2）: %3</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>これまで:</translation>
    </message>
    <message>
        <source>No approvals yet.</source>
        <translation>まだ承認はありません。</translation>
    </message>
    <message>
        <source>Two approvers and an owner (%1 so far).</source>
        <translation>承認者 2 人とオーナー 1 人（現在 %1 人）。</translation>
    </message>
    <message>
        <source>Two different approvers (%1 so far).</source>
        <translation>異なる承認者 2 人（現在 %1 人）。</translation>
    </message>
    <message>
        <source>One approver.</source>
        <translation>承認者 1 人。</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>ポリシー:</translation>
    </message>
    <message>
        <source>Needed to reject</source>
        <translation>却下する場合は必須</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Say why you reject the payout.</source>
        <translation>支払いを却下する理由を入力してください。</translation>
    </message>
    <message>
        <source>Enter your password to confirm this decision.</source>
        <translation>この判断を確定するにはパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutsModel</name>
    <message>
        <source>Awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>自分の承認待ち</translation>
    </message>
    <message>
        <source>Awaiting others</source>
        <translation>他の人を待っています</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>送信準備完了</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed or rejected</source>
        <translation>失敗または却下</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutsPage</name>
    <message>
        <source>All payouts</source>
        <translation>すべての支払い</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新しい申請…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>確認…</translation>
    </message>
    <message>
        <source>Nothing in this queue.</source>
        <translation>このキューには何もありません。</translation>
    </message>
    <message>
        <source>No payout requests yet. A clerk or an owner can request one with New request.</source>
        <translation>支払い申請はまだありません。担当者かオーナーが「新しい申請」から申請できます。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>アドレス帳</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PendingTransfersModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorganised — waiting</source>
        <translation>再編成 — 待機中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The block with this transfer left the chain. It counts again once it is seen in a new block.</source>
        <translation>この送金を含むブロックがチェーンから外れました。新しいブロックで再び確認されると、もう一度数えられます。</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>確認数</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>Receive address</source>
        <extracomment>In the &quot;To&quot; column: one of the storefront&apos;s shared receive addresses.</extracomment>
        <translation>受取アドレス</translation>
    </message>
    <message>
        <source>Order address</source>
        <extracomment>In the &quot;To&quot; column: an address the storefront gave one order (or one deposit).</extracomment>
        <translation>注文用アドレス</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PolicyDialog</name>
    <message>
        <source>Payout policy</source>
        <translation>支払いポリシー</translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>Unit after a number of minutes.</extracomment>
        <translation>分</translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>Unit after a number of hours.</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <source>Two approvers from:</source>
        <translation>承認者 2 人が必要な金額:</translation>
    </message>
    <message>
        <source>Two approvers and an owner above:</source>
        <translation>承認者 2 人とオーナーが必要な金額（超過）:</translation>
    </message>
    <message>
        <source>Largest single payout:</source>
        <translation>1 回あたりの上限:</translation>
    </message>
    <message>
        <source>Per asset in 24 hours:</source>
        <translation>資産ごとの 24 時間上限:</translation>
    </message>
    <message>
        <source>Per requester in 24 hours:</source>
        <translation>申請者ごとの 24 時間上限:</translation>
    </message>
    <message>
        <source>Oldest exchange rate:</source>
        <translation>為替レートの有効期間:</translation>
    </message>
    <message>
        <source>New addresses wait:</source>
        <translation>新しいアドレスの待機時間:</translation>
    </message>
    <message>
        <source>Confirm the selected change</source>
        <translation>選択した変更を確定</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>ポリシーを保存</translation>
    </message>
    <message>
        <source>Changes waiting for another owner:</source>
        <translation>別のオーナーの確認待ちの変更:</translation>
    </message>
    <message>
        <source>%1, %2: two approvers from %3 %4, an owner above %5 %4</source>
        <extracomment>A proposed policy change: who, when, and the two tiers.</extracomment>
        <translation>%1、%2: %3 %4 から承認者 2 人、%5 %4 超でオーナーも必要</translation>
    </message>
    <message>
        <source>The new policy is in force.</source>
        <translation>新しいポリシーが適用されました。</translation>
    </message>
    <message>
        <source>Saved as a proposal: another owner has to confirm it before it applies.</source>
        <translation>提案として保存しました。適用するには別のオーナーの確認が必要です。</translation>
    </message>
    <message>
        <source>Reason, needed to reject</source>
        <translation>理由（却下する場合は必須）</translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation>選択した変更を却下</translation>
    </message>
    <message>
        <source>Give a reason for rejecting the change.</source>
        <translation>変更を却下する理由を入力してください。</translation>
    </message>
    <message>
        <source>Put the policy change proposed by %1 in force? Enter your password to confirm it is you.</source>
        <translation>%1 が提案したポリシー変更を適用しますか？本人確認のためパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Reject the policy change proposed by %1? Enter your password to confirm it is you.</source>
        <translation>%1 が提案したポリシー変更を却下しますか？本人確認のためパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Confirm policy change</source>
        <translation>ポリシー変更の承認</translation>
    </message>
    <message>
        <source>Reject policy change</source>
        <translation>ポリシー変更の却下</translation>
    </message>
    <message>
        <source>The policy change is rejected.</source>
        <translation>ポリシー変更を却下しました。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReasonDialog</name>
    <message>
        <source>Reason (kept in the audit log):</source>
        <extracomment>Label above the text box where an operator explains an action (kept in the audit log).</extracomment>
        <translation>理由（監査ログに記録されます）：</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation>表示言語：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The change takes effect immediately and is saved in the settings file.</source>
        <translation>変更はすぐに反映され、設定ファイルに保存されます。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>プロファイルフォルダー：</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>設定ファイル：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース：</translation>
    </message>
    <message>
        <source>Database version:</source>
        <translation>データベースのバージョン：</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>ログファイル：</translation>
    </message>
    <message>
        <source>Open profile folder</source>
        <translation>プロファイルフォルダーを開く</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>利用できません：%1</translation>
    </message>
    <message>
        <source>Logging to the terminal only</source>
        <translation>ターミナルにのみログを出力中</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SignInDialog</name>
    <message>
        <source>Sign in to Kassa</source>
        <translation>Kassa にサインイン</translation>
    </message>
    <message>
        <source>Kassa is locked. Sign in with your operator account to see orders, payouts and wallets.</source>
        <translation>Kassa はロックされています。注文、支払い、ウォレットを見るには、オペレーターのアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>ログイン名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>ワンタイムコード:</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>認証アプリに表示される 6 桁の数字</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Stay locked</source>
        <translation>ロックしたままにする</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StepUpFields</name>
    <message>
        <source>Your password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>ワンタイムコード:</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>認証アプリに表示される 6 桁の数字</translation>
    </message>
    <message>
        <source>Only if you use an authenticator app</source>
        <translation>認証アプリを使っている場合のみ</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TokenContractsModel</name>
    <message>
        <source>Symbol</source>
        <extracomment>Column of the token table in Settings → Chains: &quot;USDT&quot;</extracomment>
        <translation>シンボル</translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>Column of the token table: the token&apos;s contract address</extracomment>
        <translation>コントラクト</translation>
    </message>
    <message>
        <source>Decimals</source>
        <extracomment>Column of the token table: how many decimals the token has (USDT: 6)</extracomment>
        <translation>小数桁数</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletAddressesModel</name>
    <message>
        <source>—</source>
        <extracomment>No derivation index: an address from a watch-only list
----------
Balance not known yet</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Index</source>
        <extracomment>Column: the receive address&apos;s derivation index</extracomment>
        <translation>番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>reading…</source>
        <extracomment>The balance is being read from the chain&apos;s nodes</extracomment>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A token balance: %1 the amount, %2 the token symbol (&quot;12.5 USDT&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>? %1</source>
        <extracomment>A balance that could not be read; the tooltip says why</extracomment>
        <translation>? %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a chain&apos;s name, %2 a balance on it (&quot;Ethereum: 12.5 USDT&quot;)</extracomment>
        <translation>%1、%2 {1:?}</translation>
    </message>
    <message>
        <source>No chain of this wallet&apos;s family with tokens is enabled. Turn one on in Settings → Chains.</source>
        <translation>このウォレットの種類でトークンが設定されたチェーンが有効になっていません。「設定」→「チェーン」で有効にしてください。</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletWizard</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation>Kassa へようこそ</translation>
    </message>
    <message>
        <source>A few steps set up your first wallet. Nothing is saved until you press Finish.</source>
        <translation>いくつかの手順で最初のウォレットを設定します。「完了」を押すまで何も保存されません。</translation>
    </message>
    <message>
        <source>Choose the language for Kassa. You can change it later in Settings.</source>
        <translation>Kassa の表示言語を選んでください。後から設定で変更できます。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>パスワードは %n 文字以上必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>オーナーのパスワード</translation>
    </message>
    <message>
        <source>You are the owner of this Kassa: you approve payouts and add colleagues.</source>
        <translation>あなたはこの Kassa のオーナーです。支払いを承認し、同僚を追加します。</translation>
    </message>
    <message>
        <source>This password unlocks the console each time Kassa starts. It cannot be recovered, so keep it somewhere safe.</source>
        <translation>このパスワードは Kassa を起動するたびにコンソールのロック解除に使います。復旧できないので、安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>もう一度:</translation>
    </message>
    <message>
        <source>Give the wallet a name.</source>
        <translation>ウォレットに名前を付けてください。</translation>
    </message>
    <message>
        <source>Choose at least one chain family.</source>
        <translation>チェーンファミリーを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>A watch-only wallet cannot pay out: choose Receiving or Cold storage.</source>
        <translation>監視専用ウォレットは支払いができません。「受取」または「コールドストレージ」を選んでください。</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <source>Make a new wallet, or bring one you already have.</source>
        <translation>新しいウォレットを作るか、お持ちのウォレットを取り込みます。</translation>
    </message>
    <message>
        <source>Create a new wallet (new recovery words)</source>
        <translation>新しいウォレットを作成（新しいリカバリーフレーズ）</translation>
    </message>
    <message>
        <source>Import recovery words from another wallet</source>
        <translation>別のウォレットのリカバリーフレーズをインポート</translation>
    </message>
    <message>
        <source>Watch only: import an extended public key (xpub)</source>
        <translation>監視専用: 拡張公開鍵（xpub）をインポート</translation>
    </message>
    <message>
        <source>Watch only: list the addresses to watch</source>
        <translation>監視専用: 監視するアドレスを一覧で入力</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>e.g. Shop receipts</source>
        <translation>例: 店舗の売上</translation>
    </message>
    <message>
        <source>Main wallet</source>
        <translation>メインウォレット</translation>
    </message>
    <message>
        <source>Chains for the recovery words</source>
        <translation>リカバリーフレーズで使うチェーン</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>リカバリーフレーズ</translation>
    </message>
    <message>
        <source>Write these words on paper, in order. They are shown only now.</source>
        <translation>これらの単語を順番どおりに紙に書き写してください。表示されるのは今だけです。</translation>
    </message>
    <message>
        <source>These words are the wallet. Anyone who sees them can take its money, and if you lose them and this computer fails, the money is gone for good — Kassa cannot recover it. Write them on paper, keep the paper somewhere safe and never type them into a website, a chat or a photo.</source>
        <translation>これらの単語がウォレットそのものです。見た人は誰でも資金を持ち出せます。単語をなくし、このコンピューターが故障すれば、資金は永久に失われ、Kassa にも取り戻せません。紙に書いて安全な場所に保管し、ウェブサイトやチャットに入力したり写真に撮ったりしないでください。</translation>
    </message>
    <message>
        <source>Number of words:</source>
        <translation>単語の数:</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 語</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 語</translation>
    </message>
    <message>
        <source>I have written down all the words, in order</source>
        <translation>すべての単語を順番どおりに書き写しました</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>控えを確認</translation>
    </message>
    <message>
        <source>Type the words asked for from your paper copy.</source>
        <translation>紙の控えを見て、指定された単語を入力してください。</translation>
    </message>
    <message>
        <source>This makes sure the words on paper are right before the wallet holds money.</source>
        <translation>ウォレットに資金が入る前に、紙に書いた単語が正しいことを確かめます。</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>%1 番目の単語:</translation>
    </message>
    <message>
        <source>Word %1 does not match. Compare it with your paper copy; if the copy is wrong, go back and write the words again.</source>
        <translation>%1 番目の単語が一致しません。紙の控えと見比べてください。控えが間違っている場合は、戻って書き直してください。</translation>
    </message>
    <message>
        <source>Import recovery words</source>
        <translation>リカバリーフレーズをインポート</translation>
    </message>
    <message>
        <source>Type or paste the words in order. Each word is checked as you type.</source>
        <translation>単語を順番どおりに入力するか貼り付けてください。入力するたびに確認します。</translation>
    </message>
    <message>
        <source>The first four letters are enough: Kassa completes each word.</source>
        <translation>最初の 4 文字で十分です。Kassa が各単語を補完します。</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 is not in the recovery word list.</source>
        <translation>%1 番目の単語はリカバリーフレーズの単語リストにありません。</translation>
    </message>
    <message>
        <source>Word %1 is not in the recovery word list. Did you mean %2?</source>
        <translation>%1 番目の単語はリカバリーフレーズの単語リストにありません。%2 ではありませんか？</translation>
    </message>
    <message>
        <source>The words are valid.</source>
        <translation>単語は正しいです。</translation>
    </message>
    <message>
        <source>Watch an extended public key</source>
        <translation>拡張公開鍵を監視</translation>
    </message>
    <message>
        <source>Kassa derives receive addresses from it but can never spend.</source>
        <translation>Kassa はここから受取アドレスを導出しますが、送金は一切できません。</translation>
    </message>
    <message>
        <source>Export the account xpub (m/44&apos;/60&apos;/0&apos; for Ethereum, m/44&apos;/195&apos;/0&apos; for Tron) from your hardware or mobile wallet and paste it here.</source>
        <translation>ハードウェアウォレットやモバイルウォレットからアカウントの xpub（イーサリアムは m/44&apos;/60&apos;/0&apos;、Tron は m/44&apos;/195&apos;/0&apos;）を書き出し、ここに貼り付けてください。</translation>
    </message>
    <message>
        <source>Chains:</source>
        <translation>チェーン:</translation>
    </message>
    <message>
        <source>xpub:</source>
        <translation>xpub:</translation>
    </message>
    <message>
        <source>First receive address: %1. Check that your wallet app shows the same.</source>
        <extracomment>%1 is the first receive address, for the person to compare with their wallet app</extracomment>
        <translation>最初の受取アドレス: %1。ウォレットアプリに同じアドレスが表示されることを確認してください。</translation>
    </message>
    <message>
        <source>Watch addresses</source>
        <translation>アドレスを監視</translation>
    </message>
    <message>
        <source>One address per line. Kassa watches them but can never spend.</source>
        <translation>1 行に 1 つのアドレスを入力します。Kassa は監視しますが、送金は一切できません。</translation>
    </message>
    <message>
        <source>Use this for addresses of an exchange, a hardware wallet or a colleague&apos;s wallet that should count as yours.</source>
        <translation>取引所、ハードウェアウォレット、同僚のウォレットなど、自分のものとして数えるアドレスに使います。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) to watch.</source>
        <translation>
            <numerusform>%n 件のアドレスを監視します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chains to watch</source>
        <translation>監視するチェーン</translation>
    </message>
    <message>
        <source>Kassa watches these chains for payments to your addresses.</source>
        <translation>Kassa はこれらのチェーンで、あなたのアドレスへの入金を監視します。</translation>
    </message>
    <message>
        <source>The public nodes shown work out of the box; put your own node or provider first if you have one. You can change this later in Settings.</source>
        <translation>表示されている公開ノードはそのまま使えます。自分のノードやプロバイダーがあれば先頭に置いてください。後から設定で変更できます。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Press Finish to save. Until then nothing has been stored.</source>
        <translation>「完了」を押すと保存します。それまでは何も保存されていません。</translation>
    </message>
    <message>
        <source>Wallet: %1 (%2)</source>
        <translation>ウォレット: %1（%2）</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>Chain families: %1</source>
        <translation>チェーンファミリー: %1</translation>
    </message>
    <message>
        <source>Chains watched: %1</source>
        <translation>監視するチェーン: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>The recovery words go to the %1; Kassa&apos;s files never hold them.</source>
        <translation>リカバリーフレーズは%1に保管されます。Kassa のファイルには決して保存されません。</translation>
    </message>
    <message>
        <source>Set up Kassa</source>
        <translation>Kassa の設定</translation>
    </message>
    <message>
        <source>Add a wallet</source>
        <translation>ウォレットを追加</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletsModel</name>
    <message>
        <source>Watch-only: Kassa can receive to this wallet but holds no key to spend from it.</source>
        <translation>監視専用: Kassa はこのウォレットで受け取れますが、送金するための鍵は持っていません。</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>ウォレット</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletsPage</name>
    <message>
        <source>No wallets yet</source>
        <translation>ウォレットはまだありません</translation>
    </message>
    <message>
        <source>Your receiving and payout wallets appear here with their addresses, balances and QR codes.</source>
        <translation>入金用と支払い用のウォレットが、アドレス、残高、QR コードとともにここに表示されます。</translation>
    </message>
    <message>
        <source>Create a new wallet or import your recovery words, an extended public key or watch-only addresses. Secrets are kept in the system keychain, never in Kassa&apos;s files.</source>
        <translation>新しいウォレットを作成するか、リカバリーフレーズ、拡張公開鍵、または監視専用アドレスをインポートしてください。秘密情報はシステムのキーチェーンに保管され、Kassa のファイルに保存されることはありません。</translation>
    </message>
    <message>
        <source>Set up a wallet…</source>
        <translation>ウォレットを設定…</translation>
    </message>
    <message>
        <source>Add wallet…</source>
        <translation>ウォレットを追加…</translation>
    </message>
    <message>
        <source>New receive address</source>
        <translation>新しい受取アドレス</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>バックアップ…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <source>Show recovery words…</source>
        <translation>リカバリーフレーズを表示…</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <extracomment>%1 is where secrets are kept, e.g. &quot;system keychain&quot;</extracomment>
        <translation>秘密情報の保管先: %1</translation>
    </message>
    <message>
        <source>Receive to the selected address</source>
        <translation>選択したアドレスで受け取る</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>チェーン：</translation>
    </message>
    <message>
        <source>Amount (optional):</source>
        <translation>金額（任意）:</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>例: 12.50</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>Copy QR text</source>
        <translation>QR の内容をコピー</translation>
    </message>
    <message>
        <source>Large QR code</source>
        <translation>大きな QR コード</translation>
    </message>
    <message>
        <source>This chain has no token configured; the QR code shows the plain address.</source>
        <translation>このチェーンにはトークンが設定されていないため、QR コードにはアドレスだけを表示します。</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>スキャンして支払う</translation>
    </message>
    <message>
        <source>No new address</source>
        <translation>新しいアドレスを作れません</translation>
    </message>
    <message>
        <source>New receive address %1 is ready and watched on every chain of its family.</source>
        <extracomment>%1 is the new receive address</extracomment>
        <translation>新しい受取アドレス %1 の準備ができ、同じファミリーのすべてのチェーンで監視しています。</translation>
    </message>
    <message>
        <source>Back up wallets</source>
        <translation>ウォレットをバックアップ</translation>
    </message>
    <message>
        <source>Kassa backups (*.kassabackup)</source>
        <translation>Kassa バックアップ (*.kassabackup)</translation>
    </message>
    <message>
        <source>The backup holds the recovery phrases of your wallets. Anyone with the file and this passphrase can spend from them. Keep the passphrase apart from the file — without it the backup cannot be opened.</source>
        <translation>バックアップにはウォレットのリカバリーフレーズが含まれます。このファイルとパスフレーズの両方を持つ人は誰でも送金できます。パスフレーズはファイルとは別に保管してください。パスフレーズがなければバックアップは開けません。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>バックアップを書き出しています…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n wallet(s) to %1.</source>
        <translation>
            <numerusform>%n 個のウォレットを %1 にバックアップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore wallets</source>
        <translation>ウォレットを復元</translation>
    </message>
    <message>
        <source>Enter the passphrase the backup was made with.</source>
        <translation>バックアップ作成時のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n wallet(s).</source>
        <translation>
            <numerusform>%n 個のウォレットを復元しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) were already here.</source>
        <translation>
            <numerusform>%n 個のウォレットはすでにありました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show recovery words</source>
        <translation>リカバリーフレーズを表示</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take every coin in this wallet, now and later. Make sure no one is watching and no screen is being shared or recorded. Showing them is recorded in the audit log.

Show the words?</source>
        <translation>これらの単語を見た人は誰でも、このウォレットの資金を今もこれからもすべて持ち出せます。誰にも見られておらず、画面の共有や録画をしていないことを確認してください。表示したことは監査ログに記録されます。

単語を表示しますか？</translation>
    </message>
    <message>
        <source>Enter your operator password to confirm it is you.</source>
        <translation>本人確認のため、オペレーターのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>リカバリーフレーズ</translation>
    </message>
    <message>
        <source>Write them down in this order and close this window. It closes by itself after two minutes.</source>
        <translation>この順番どおりに書き写してから、このウィンドウを閉じてください。2 分後に自動で閉じます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation>残高を更新</translation>
    </message>
    <message>
        <source>Read the token balances of these addresses from the chain&apos;s nodes again.</source>
        <translation>これらのアドレスのトークン残高をチェーンのノードから読み直します。</translation>
    </message>
    <message>
        <source>The wallet was not renamed</source>
        <translation>ウォレットの名前を変更できませんでした</translation>
    </message>
    <message>
        <source>Enter your operator password and the 6-digit code from your authenticator app to confirm it is you.</source>
        <translation>本人確認のため、オペレーターのパスワードと認証アプリの 6 桁のコードを入力してください。</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::Backup</name>
    <message>
        <source>The backup file opened, but its contents are not a Kassa wallet backup (%1).</source>
        <translation>バックアップファイルは開けましたが、内容が Kassa のウォレットバックアップではありません（%1）。</translation>
    </message>
    <message>
        <source>Use a backup file Kassa wrote; nothing was changed.</source>
        <translation>Kassa が書き出したバックアップファイルを使ってください。何も変更されていません。</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Kassa.</source>
        <translation>このバックアップは新しいバージョンの Kassa で書き出されました。</translation>
    </message>
    <message>
        <source>Update Kassa, then restore it again.</source>
        <translation>Kassa を更新してから、もう一度復元してください。</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::PaymentUri</name>
    <message>
        <source>The amount does not match the token&apos;s decimals.</source>
        <translation>金額がトークンの小数桁数と一致しません。</translation>
    </message>
    <message>
        <source>This chain has no chain id yet; a payment request needs one.</source>
        <translation>このチェーンにはまだチェーン ID がありません。支払い請求には必要です。</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::WalletStore</name>
    <message>
        <source>The database refused a wallet change: %1</source>
        <translation>データベースがウォレットの変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>Wallet %1 was written by a newer version of Kassa.</source>
        <translation>ウォレット %1 は新しいバージョンの Kassa で書き込まれました。</translation>
    </message>
    <message>
        <source>The address %1 already belongs to a wallet.</source>
        <translation>アドレス %1 はすでに別のウォレットに属しています。</translation>
    </message>
    <message>
        <source>Each address can belong to one wallet only.</source>
        <translation>1 つのアドレスは 1 つのウォレットにしか属せません。</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::Wallets</name>
    <message>
        <source>Recovery phrase</source>
        <translation>リカバリーフレーズ</translation>
    </message>
    <message>
        <source>Watch-only (xpub)</source>
        <extracomment>A watch-only wallet known by its extended public key</extracomment>
        <translation>監視専用（xpub）</translation>
    </message>
    <message>
        <source>Watch-only (addresses)</source>
        <translation>監視専用（アドレス）</translation>
    </message>
    <message>
        <source>Receiving</source>
        <extracomment>Wallet role: customers pay into it</extracomment>
        <translation>受取</translation>
    </message>
    <message>
        <source>Payout</source>
        <extracomment>Wallet role: payouts are sent from it</extracomment>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Cold storage</source>
        <extracomment>Wallet role: cold storage, a destination only</extracomment>
        <translation>コールドストレージ</translation>
    </message>
    <message>
        <source>Tron</source>
        <extracomment>Chain family: Ethereum and the chains that share its addresses</extracomment>
        <translation>Tron</translation>
    </message>
    <message>
        <source>Ethereum and EVM chains</source>
        <translation>イーサリアムと EVM チェーン</translation>
    </message>
    <message>
        <source>A label needs 1 to 80 characters and no control characters.</source>
        <translation>名前は 1〜80 文字で、制御文字を含めないでください。</translation>
    </message>
    <message>
        <source>Use a short name you will recognise, such as “Shop receipts”.</source>
        <translation>「店舗の売上」など、分かりやすい短い名前にしてください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kassa cannot start</source>
        <translation>Kassa を起動できません</translation>
    </message>
    <message>
        <source>Kassa: a wallet-and-payment console for merchants.</source>
        <translation>Kassa：事業者向けのウォレット・決済コンソール。</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; instead of the default.</source>
        <translation>既定の代わりに &lt;フォルダー&gt; のプロファイルを使用します。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Show the console in &lt;language&gt; (en, zh_CN, ja, nl) for this run only.</source>
        <translation>今回の実行に限り、コンソールを &lt;言語&gt;（en、zh_CN、ja、nl）で表示します。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt; (dashboard, orders, payouts, wallets, settings, audit).</source>
        <translation>起動時に &lt;ページ&gt;（dashboard、orders、payouts、wallets、settings、audit）を開きます。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>不明な言語「%1」です。次のいずれかを選択してください：%2。</translation>
    </message>
    <message>
        <source>Kassa cannot open its database</source>
        <translation>Kassa のデータベースを開けません</translation>
    </message>
    <message>
        <source>Do not open the setup wizard on a profile without wallets.</source>
        <translation>ウォレットのないプロファイルでもセットアップウィザードを開かない。</translation>
    </message>
    <message>
        <source>Try Kassa on a local test network with play money, in a separate demo profile (needs anvil: make deps).</source>
        <translation>おもちゃのお金を使うローカルテストネットワーク上で、別のデモ用プロファイルで Kassa を試します（anvil が必要です：make deps）。</translation>
    </message>
    <message>
        <source>Starting the local test network for the demo…</source>
        <translation>デモ用のローカルテストネットワークを起動しています…</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>デモが起動しませんでした</translation>
    </message>
    <message>
        <source>Kassa could not start a second window for the demo.</source>
        <translation>Kassa はデモ用の 2 つ目のウィンドウを開けませんでした。</translation>
    </message>
    <message>
        <source>The test network stopped</source>
        <translation>テストネットワークが停止しました</translation>
    </message>
    <message>
        <source>The local test network of the demo has stopped. Restart Kassa with --demo to continue.</source>
        <translation>デモのローカルテストネットワークが停止しました。続けるには --demo を付けて Kassa を再起動してください。</translation>
    </message>
    <message>
        <source>The local test network of the demo has stopped.</source>
        <translation>デモのローカルテストネットワークが停止しました。</translation>
    </message>
    <message>
        <source>Retry, or quit.</source>
        <translation>再試行するか、終了してください。</translation>
    </message>
</context>
</TS>
