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
    <name>kassa::chain::evm::EvmSettingsCheck</name>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>確認に時間がかかりすぎたため、中止しました。</translation>
    </message>
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
    <name>kassa::engine::ChainManager</name>
    <message>
        <source>Watching %1 is not available in this version of Kassa.</source>
        <translation>このバージョンの Kassa では %1 を監視できません。</translation>
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
