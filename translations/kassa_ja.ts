<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>kassa::Cli</name>
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
</context>
</TS>
