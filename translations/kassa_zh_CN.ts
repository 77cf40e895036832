<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kassa::Cli</name>
    <message>
        <source>Kassa without a window: scripting and headless use.</source>
        <translation>无窗口运行的 Kassa：用于脚本和无界面环境。</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; instead of the default.</source>
        <translation>使用 &lt;文件夹&gt; 中的配置档案而非默认位置。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Print messages in &lt;language&gt; (en, zh_CN, ja, nl).</source>
        <translation>以 &lt;语言&gt; 输出消息（en、zh_CN、ja、nl）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The command to run (see Commands).</source>
        <translation>要运行的命令（见“命令”）。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>未知语言“%1”；请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Missing value after “%1”.</source>
        <translation>“%1”后面缺少值。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Show the profile, its settings file, database and log file.</source>
        <translation>显示配置档案及其设置文件、数据库和日志文件。</translation>
    </message>
    <message>
        <source>Show where this Kassa keeps its state and open its database.</source>
        <translation>显示此 Kassa 的状态保存位置，并打开其数据库。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>status takes no arguments (got “%1”).</source>
        <translation>status 不接受参数（收到了“%1”）。</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置档案：</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Database version:</source>
        <translation>数据库版本：</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain (verify), list or export it.</source>
        <translation>校验审计日志的哈希链（verify），或列出、导出审计日志。</translation>
    </message>
    <message>
        <source>Recompute the audit log&apos;s hash chain and name the first entry that was changed, removed or inserted. Exit status 0: intact; 1: broken or unreadable.</source>
        <translation>重新计算审计日志的哈希链，并指出第一条被修改、删除或插入的记录。退出状态 0：完好；1：已损坏或无法读取。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>审计日志完好：已检查 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest entry&apos;s hash: %1 (note it down: a later check that shows an older or different hash means the log was rewritten).</source>
        <translation>最新记录的哈希值：%1（请记下此值：如果日后检查时显示的哈希值较旧或与此不同，说明日志已被改写）。</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1.</source>
        <translation>审计日志在第 %1 条记录处损坏。</translation>
    </message>
    <message>
        <source>Write audit log entries as CSV (newest first) to a file or standard output.</source>
        <translation>将审计日志记录以 CSV 格式（最新的在前）写入文件或标准输出。</translation>
    </message>
    <message>
        <source>List audit log entries, newest first.</source>
        <translation>列出审计日志记录，最新的在前。</translation>
    </message>
    <message>
        <source>Only actions starting with &lt;prefix&gt;, e.g. payout. or payout.approve.</source>
        <translation>仅包含以 &lt;前缀&gt; 开头的操作，例如 payout. 或 payout.approve。</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Only entries at or after &lt;time&gt; (ISO 8601, UTC).</source>
        <translation>仅包含不早于 &lt;时间&gt; 的记录（ISO 8601、UTC）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Only entries before &lt;time&gt; (ISO 8601, UTC).</source>
        <translation>仅包含早于 &lt;时间&gt; 的记录（ISO 8601、UTC）。</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; entries (default 200, export: all).</source>
        <translation>最多 &lt;n&gt; 条记录（默认 200；export：全部）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>写入 &lt;文件&gt;，而非标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Placeholder in --help for a file name</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Usage: kassa-cli audit verify|list|export [options]</source>
        <translation>用法：kassa-cli audit verify|list|export [选项]</translation>
    </message>
    <message>
        <source>Unknown audit command “%1”.</source>
        <translation>未知的 audit 命令“%1”。</translation>
    </message>
    <message>
        <source>Check the hash chain and name the first broken entry.</source>
        <translation>校验哈希链，并指出第一条损坏的记录。</translation>
    </message>
    <message>
        <source>List entries, newest first.</source>
        <translation>列出记录，最新的在前。</translation>
    </message>
    <message>
        <source>Write entries as CSV.</source>
        <translation>以 CSV 格式写出记录。</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit 需要一个正整数。</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2026-12-01 or 2026-12-01T08:00:00Z.</source>
        <translation>“%1”不是有效的日期和时间，格式应类似 2026-12-01 或 2026-12-01T08:00:00Z。</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: %2.</source>
        <translation>无法读取文件“%1”：%2。</translation>
    </message>
    <message>
        <source>Check the file name and that you may read it.</source>
        <translation>请检查文件名以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>Warning: other users on this computer can read “%1”. Keep recovery phrases and passphrases in files only you can read (chmod 600).</source>
        <translation>警告：此计算机上的其他用户可以读取“%1”。请将助记词和密码短语保存在只有您能读取的文件中（chmod 600）。</translation>
    </message>
    <message>
        <source>The file “%1” is too large to hold a recovery phrase or passphrase.</source>
        <translation>文件“%1”太大，不可能只包含助记词或密码短语。</translation>
    </message>
    <message>
        <source>Give a file with only the words (or only the passphrase) in it.</source>
        <translation>请提供只包含单词（或只包含密码短语）的文件。</translation>
    </message>
    <message>
        <source>The file “%1” is not UTF-8 text.</source>
        <translation>文件“%1”不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text.</source>
        <translation>请将文件保存为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Unknown chain “%1”; use eth (Ethereum, BSC, Polygon and other EVM chains) or tron.</source>
        <translation>未知的链“%1”；请使用 eth（以太坊、BSC、Polygon 及其他 EVM 链）或 tron。</translation>
    </message>
    <message>
        <source>Make a new recovery phrase and print it once.</source>
        <translation>生成新的助记词并只显示一次。</translation>
    </message>
    <message>
        <source>Make a new recovery phrase (BIP-39) from the system&apos;s random number generator and print it once. Kassa does not store it.</source>
        <translation>使用系统随机数生成器生成新的助记词（BIP-39）并只显示一次。Kassa 不会保存它。</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>Placeholder in --help for the value of --words: how many words
----------
Placeholder in --help for the value of --count: how many addresses</extracomment>
        <translation>数量</translation>
    </message>
    <message>
        <source>Number of words: 12 or 24 (default 24).</source>
        <translation>单词数量：12 或 24（默认 24）。</translation>
    </message>
    <message>
        <source>wallet new takes no arguments (got “%1”).</source>
        <translation>wallet new 不接受参数（收到了“%1”）。</translation>
    </message>
    <message>
        <source>--words must be 12 or 24, not “%1”.</source>
        <translation>--words 必须是 12 或 24，而不是“%1”。</translation>
    </message>
    <message>
        <source>Write these words down on paper, in this order, and keep them somewhere safe and secret. Anyone who sees them can take the money in this wallet; without them a lost wallet cannot be recovered. Kassa has not stored them and will not show them again.</source>
        <translation>请按顺序将这些单词抄写在纸上，并妥善保密保存。任何看到它们的人都能取走此钱包中的资金；没有它们，丢失的钱包将无法恢复。Kassa 没有保存这些单词，也不会再次显示。</translation>
    </message>
    <message>
        <source>Print receive addresses of a recovery phrase or an account xpub.</source>
        <translation>显示助记词或账户 xpub 的收款地址。</translation>
    </message>
    <message>
        <source>Print receive addresses: from a recovery phrase (path m/44&apos;/60&apos;/account&apos;/0/index for eth, m/44&apos;/195&apos;/account&apos;/0/index for tron), or from an account xpub alone (watch-only).</source>
        <translation>显示收款地址：来自助记词（eth 路径为 m/44&apos;/60&apos;/account&apos;/0/index，tron 路径为 m/44&apos;/195&apos;/account&apos;/0/index），或仅来自账户 xpub（只读观察）。</translation>
    </message>
    <message>
        <source>chain</source>
        <extracomment>Placeholder in --help for the value of --chain (a blockchain): eth or tron</extracomment>
        <translation>链</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>Placeholder in --help for the value of --account: a whole number</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>xpub</source>
        <extracomment>Placeholder in --help for the value of --xpub: an extended public key</extracomment>
        <translation>xpub</translation>
    </message>
    <message>
        <source>index</source>
        <extracomment>Placeholder in --help for the value of --index: the position of an address (0, 1, 2, …)</extracomment>
        <translation>索引</translation>
    </message>
    <message>
        <source>eth or tron.</source>
        <translation>eth 或 tron。</translation>
    </message>
    <message>
        <source>Read the recovery phrase from &lt;file&gt; (only the words).</source>
        <translation>从 &lt;文件&gt; 读取助记词（只包含单词）。</translation>
    </message>
    <message>
        <source>Read the BIP-39 passphrase from &lt;file&gt; (one trailing line break is ignored).</source>
        <translation>从 &lt;文件&gt; 读取 BIP-39 密码短语（末尾的一个换行会被忽略）。</translation>
    </message>
    <message>
        <source>Account number (default 0).</source>
        <translation>账户编号（默认 0）。</translation>
    </message>
    <message>
        <source>Derive from this account xpub instead of a recovery phrase.</source>
        <translation>从此账户 xpub 而不是助记词派生。</translation>
    </message>
    <message>
        <source>First address index.</source>
        <translation>第一个地址的索引。</translation>
    </message>
    <message>
        <source>Number of addresses (default 1).</source>
        <translation>地址数量（默认 1）。</translation>
    </message>
    <message>
        <source>Print JSON with index, path and address.</source>
        <translation>以 JSON 格式输出索引、路径和地址。</translation>
    </message>
    <message>
        <source>wallet derive takes no arguments (got “%1”).</source>
        <translation>wallet derive 不接受参数（收到了“%1”）。</translation>
    </message>
    <message>
        <source>Say which chain with --chain eth or --chain tron.</source>
        <translation>请用 --chain eth 或 --chain tron 指定链。</translation>
    </message>
    <message>
        <source>Give either --mnemonic-file or --xpub (exactly one of them).</source>
        <translation>请提供 --mnemonic-file 或 --xpub（只能提供其中一个）。</translation>
    </message>
    <message>
        <source>--passphrase-file and --account belong to --mnemonic-file; an xpub already is one account.</source>
        <translation>--passphrase-file 和 --account 只能与 --mnemonic-file 一起使用；xpub 本身已对应一个账户。</translation>
    </message>
    <message>
        <source>Say which address with --index (the first one is 0).</source>
        <translation>请用 --index 指定地址（第一个为 0）。</translation>
    </message>
    <message>
        <source>--index must be a whole number from 0 to 2147483647.</source>
        <translation>--index 必须是 0 到 2147483647 之间的整数。</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 1000000.</source>
        <translation>--count 必须是 1 到 1000000 之间的整数。</translation>
    </message>
    <message>
        <source>The last index would be beyond 2147483647.</source>
        <translation>最后一个索引将超过 2147483647。</translation>
    </message>
    <message>
        <source>--account must be a whole number from 0 to 2147483647.</source>
        <translation>--account 必须是 0 到 2147483647 之间的整数。</translation>
    </message>
    <message>
        <source>Say whether an address is valid, and why not.</source>
        <translation>检查地址是否有效，以及无效的原因。</translation>
    </message>
    <message>
        <source>Check an Ethereum (EVM) or Tron address: its form and its checksum. Exit status 0 if it is valid, 1 if not.</source>
        <translation>检查以太坊（EVM）或波场地址的格式和校验和。有效时退出码为 0，无效时为 1。</translation>
    </message>
    <message>
        <source>eth or tron (default: recognised from the address).</source>
        <translation>eth 或 tron（默认：根据地址自动识别）。</translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation>要检查的地址。</translation>
    </message>
    <message>
        <source>Give exactly one address to check.</source>
        <translation>请只提供一个要检查的地址。</translation>
    </message>
    <message>
        <source>invalid: not an Ethereum address. %1</source>
        <translation>无效：不是以太坊地址。%1</translation>
    </message>
    <message>
        <source>valid: Ethereum address with a correct EIP-55 checksum.</source>
        <translation>有效：以太坊地址，EIP-55 校验和正确。</translation>
    </message>
    <message>
        <source>valid: Ethereum address without a checksum (all one case). With checksum: %1</source>
        <translation>有效：以太坊地址，不含校验和（全部大写或全部小写）。带校验和的形式：%1</translation>
    </message>
    <message>
        <source>invalid: not a Tron address. %1</source>
        <translation>无效：不是波场地址。%1</translation>
    </message>
    <message>
        <source>valid: Tron address with a correct checksum.</source>
        <translation>有效：波场地址，校验和正确。</translation>
    </message>
    <message>
        <source>valid: Tron address in hex form. In Base58: %1</source>
        <translation>有效：十六进制形式的波场地址。Base58 形式：%1</translation>
    </message>
    <message>
        <source>Usage: kassa-cli wallet &lt;subcommand&gt; [options]</source>
        <translation>用法：kassa-cli wallet &lt;子命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Run “kassa-cli wallet &lt;subcommand&gt; --help” for its options.</source>
        <translation>运行“kassa-cli wallet &lt;子命令&gt; --help”查看其选项。</translation>
    </message>
    <message>
        <source>Unknown wallet subcommand “%1”.</source>
        <translation>未知的 wallet 子命令“%1”。</translation>
    </message>
    <message>
        <source>With [keys] store=file: read the key file&apos;s passphrase from &lt;file&gt;.</source>
        <translation>使用 [keys] store=file 时：从 &lt;file&gt; 读取密钥文件的密码。</translation>
    </message>
    <message>
        <source>This profile keeps its secrets in the encrypted key file; give --key-passphrase-file.</source>
        <translation>此配置档案把机密保存在加密密钥文件中；请提供 --key-passphrase-file。</translation>
    </message>
    <message>
        <source>Give --chain eth, tron or eth,tron.</source>
        <translation>请提供 --chain eth、tron 或 eth,tron。</translation>
    </message>
    <message>
        <source>Restore wallets (recovery phrases, xpubs, addresses) from an encrypted backup file into this profile. Wallets already here are skipped.</source>
        <translation>从加密备份文件把钱包（助记词、xpub、地址）恢复到此配置档案。已存在的钱包会被跳过。</translation>
    </message>
    <message>
        <source>Write every wallet, recovery phrases included, and the settings to an encrypted backup file. Orders and other records are not part of it.</source>
        <translation>把所有钱包（含助记词）和设置写入加密备份文件。订单和其他记录不包含在内。</translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt;.</source>
        <translation>把备份写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from &lt;file&gt; (at least 8 characters).</source>
        <translation>从 &lt;file&gt; 读取备份密码（至少 8 个字符）。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys restore FILE --passphrase-file F</source>
        <translation>用法：kassa-cli keys restore FILE --passphrase-file F</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys backup --out FILE --passphrase-file F</source>
        <translation>用法：kassa-cli keys backup --out FILE --passphrase-file F</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n wallet(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 恢复 %n 个钱包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n 个钱包已存在，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n wallet(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个钱包备份到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the file: anyone with both can spend from the wallets.</source>
        <translation>请把密码与文件分开保管：同时拥有两者的人都能动用钱包中的资金。</translation>
    </message>
    <message>
        <source>Encrypted backup and restore of the wallets&apos; secrets.</source>
        <translation>钱包机密的加密备份与恢复。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys backup|restore [options]</source>
        <translation>用法：kassa-cli keys backup|restore [选项]</translation>
    </message>
    <message>
        <source>Write an encrypted backup of every wallet.</source>
        <translation>为所有钱包写入加密备份。</translation>
    </message>
    <message>
        <source>Restore wallets from an encrypted backup.</source>
        <translation>从加密备份恢复钱包。</translation>
    </message>
    <message>
        <source>Unknown keys command “%1”.</source>
        <translation>未知的 keys 命令“%1”。</translation>
    </message>
    <message>
        <source>Add a wallet to this profile from recovery words, an xpub or a list of addresses.</source>
        <translation>用助记词、xpub 或地址列表向此配置档案添加钱包。</translation>
    </message>
    <message>
        <source>List the wallets of this profile and their addresses.</source>
        <translation>列出此配置档案的钱包及其地址。</translation>
    </message>
    <message>
        <source>Show a wallet&apos;s receive addresses, or hand out the next one.</source>
        <translation>显示钱包的收款地址，或分配下一个地址。</translation>
    </message>
    <message>
        <source>Add a wallet to this profile. Recovery words go to the key store ([keys] store); the database keeps only public data.</source>
        <translation>向此配置档案添加钱包。助记词保存到密钥存储（[keys] store）；数据库只保存公开数据。</translation>
    </message>
    <message>
        <source>Import the recovery words in &lt;file&gt; (a hot wallet: it can pay out).</source>
        <translation>导入 &lt;file&gt; 中的助记词（热钱包：可以付款）。</translation>
    </message>
    <message>
        <source>Watch only: the account xpub (m/44&apos;/60&apos;/0&apos; or m/44&apos;/195&apos;/0&apos;).</source>
        <translation>仅观察：账户 xpub（m/44&apos;/60&apos;/0&apos; 或 m/44&apos;/195&apos;/0&apos;）。</translation>
    </message>
    <message>
        <source>Watch only: the addresses in &lt;file&gt;, one per line.</source>
        <translation>仅观察：&lt;file&gt; 中的地址，每行一个。</translation>
    </message>
    <message>
        <source>eth, tron, or eth,tron for recovery words (default: eth,tron).</source>
        <translation>eth、tron，或助记词使用 eth,tron（默认：eth,tron）。</translation>
    </message>
    <message>
        <source>The wallet&apos;s name.</source>
        <translation>钱包名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>receiving (default), payout or cold.</source>
        <translation>receiving（默认）、payout 或 cold。</translation>
    </message>
    <message>
        <source>Print the new wallets as JSON.</source>
        <translation>以 JSON 输出新钱包。</translation>
    </message>
    <message>
        <source>Give exactly one of --mnemonic-file, --xpub and --addresses.</source>
        <translation>请在 --mnemonic-file、--xpub 和 --addresses 中只提供一个。</translation>
    </message>
    <message>
        <source>Imported wallet</source>
        <translation>导入的钱包</translation>
    </message>
    <message>
        <source>Unknown role “%1”; use receiving, payout or cold.</source>
        <translation>未知的角色“%1”；请使用 receiving、payout 或 cold。</translation>
    </message>
    <message>
        <source>Wallet %1 “%2” (%3, %4) added.</source>
        <translation>已添加钱包 %1“%2”（%3，%4）。</translation>
    </message>
    <message>
        <source>First receive address: %1</source>
        <translation>第一个收款地址：%1</translation>
    </message>
    <message>
        <source>Print the wallets as JSON.</source>
        <translation>以 JSON 输出钱包。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3, %4, %n address(es)</source>
        <extracomment>One wallet in `kassa-cli wallet list`: %1 name, %2 chains, %3 kind, %4 role, %n number of addresses</extracomment>
        <translation>
            <numerusform>%1 — %2，%3，%4，%n 个地址</numerusform>
        </translation>
    </message>
    <message>
        <source>No wallets yet. Add one with “kassa-cli wallet import” or in the console.</source>
        <translation>还没有钱包。请用“kassa-cli wallet import”或在控制台中添加。</translation>
    </message>
    <message>
        <source>The wallet&apos;s number (see wallet list).</source>
        <translation>钱包编号（见 wallet list）。</translation>
    </message>
    <message>
        <source>Hand out the next receive address (it is watched from now on).</source>
        <translation>分配下一个收款地址（从现在起受到监控）。</translation>
    </message>
    <message>
        <source>Give the wallet&apos;s number with --wallet (see kassa-cli wallet list).</source>
        <translation>请用 --wallet 提供钱包编号（见 kassa-cli wallet list）。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 can be read by other users.</source>
        <translation>%1 可被其他用户读取。</translation>
    </message>
    <message>
        <source>Run: chmod 600 %1</source>
        <translation>请运行：chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>Run the engine without a window: chain watchers, orders, callbacks and the storefront API.</source>
        <translation>无窗口运行引擎：链监听、订单、回调和网店 API。</translation>
    </message>
    <message>
        <source>Read the Epusdt API token from &lt;file&gt; (owner-only permissions).</source>
        <translation>从 &lt;file&gt; 读取 Epusdt API 令牌（仅限所有者权限）。</translation>
    </message>
    <message>
        <source>Read the native webhook secret from &lt;file&gt; (owner-only permissions).</source>
        <translation>从 &lt;file&gt; 读取原生 webhook 密钥（仅限所有者权限）。</translation>
    </message>
    <message>
        <source>Storefront API listening on %1 port %2.</source>
        <translation>网店 API 正在 %1 的端口 %2 上监听。</translation>
    </message>
    <message>
        <source>Serving. Stop with Ctrl+C or SIGTERM.</source>
        <translation>正在运行。按 Ctrl+C 或发送 SIGTERM 停止。</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>正在停止。</translation>
    </message>
    <message>
        <source>List and show orders, mark one paid or cancel it, set exchange rates.</source>
        <translation>列出和查看订单，将订单标记为已付或取消，设置汇率。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli orders list|show|mark-paid|cancel|rate [options]</source>
        <translation>用法：kassa-cli orders list|show|mark-paid|cancel|rate [选项]</translation>
    </message>
    <message>
        <source>Orders, newest first.</source>
        <translation>订单，最新的在前。</translation>
    </message>
    <message>
        <source>One order with its timeline.</source>
        <translation>单个订单及其时间线。</translation>
    </message>
    <message>
        <source>Accept an order by hand (audited).</source>
        <translation>手动确认订单（记入审计日志）。</translation>
    </message>
    <message>
        <source>Cancel an order (audited).</source>
        <translation>取消订单（记入审计日志）。</translation>
    </message>
    <message>
        <source>Set how many FIAT one unit of the asset costs.</source>
        <translation>设置一个资产单位值多少 FIAT。</translation>
    </message>
    <message>
        <source>Only orders in &lt;status&gt;.</source>
        <translation>仅限状态为 &lt;status&gt; 的订单。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; orders (default 50).</source>
        <translation>最多 &lt;n&gt; 个订单（默认 50）。</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>原因（记入审计日志）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The asset the rate prices (default USDT).</source>
        <translation>汇率所对应的资产（默认 USDT）。</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>不存在订单 %1。</translation>
    </message>
    <message>
        <source>Give a reason with --reason; it is kept in the audit log.</source>
        <translation>请用 --reason 填写原因，它将记录在审计日志中。</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>订单 %1 现在的状态为 %2。</translation>
    </message>
    <message>
        <source>Rate set: 1 %1 = %2 %3.</source>
        <translation>已设置汇率：1 %1 = %2 %3。</translation>
    </message>
    <message>
        <source>Unknown orders command “%1”.</source>
        <translation>未知的 orders 命令“%1”。</translation>
    </message>
    <message>
        <source>Create, list and revoke keys for the native REST API.</source>
        <translation>创建、列出和吊销原生 REST API 的密钥。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli apikey create NAME --scope S… | list | revoke ID</source>
        <translation>用法：kassa-cli apikey create 名称 --scope S… | list | revoke ID</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>权限范围：%1</translation>
    </message>
    <message>
        <source>What the key may do (repeat for several).</source>
        <translation>该密钥允许的操作（可重复指定多个）。</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>API key %1 created. It is shown only this once; store it now:</source>
        <translation>已创建 API 密钥 %1。它只显示这一次，请立即保存：</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>API key %1 revoked.</source>
        <translation>已吊销 API 密钥 %1。</translation>
    </message>
    <message>
        <source>Wallets: new recovery phrases, import, list, receive addresses, address checks.</source>
        <translation>钱包：新助记词、导入、列表、收款地址、地址检查。</translation>
    </message>
    <message>
        <source>Ask for a payout, list and show requests, approve, reject or cancel one.</source>
        <translation>申请付款，列出和查看付款申请，审批、拒绝或取消付款申请。</translation>
    </message>
    <message>
        <source>This profile has no key store; operators cannot sign in.</source>
        <translation>此配置文件没有密钥存储；操作员无法登录。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>一次性验证码：</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Token contract</source>
        <translation>代币合约</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1，汇率 %2（%3）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>拒绝人</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Usage: kassa-cli payout request|list|show|approve|cancel [options]</source>
        <translation>用法：kassa-cli payout request|list|show|approve|cancel [选项]</translation>
    </message>
    <message>
        <source>Sign in as &lt;login&gt;.</source>
        <translation>以 &lt;login&gt; 身份登录。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>The chain to pay on (tron, ethereum, …).</source>
        <translation>付款所用的链（tron、ethereum 等）。</translation>
    </message>
    <message>
        <source>The asset to pay (default USDT).</source>
        <translation>要支付的资产（默认为 USDT）。</translation>
    </message>
    <message>
        <source>The amount, e.g. 12.50.</source>
        <translation>金额，例如 12.50。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The destination address.</source>
        <translation>收款地址。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>What it is for (or why it is rejected or cancelled).</source>
        <translation>付款用途（或拒绝、取消的原因）。</translation>
    </message>
    <message>
        <source>An invoice number or ticket.</source>
        <translation>发票号或工单号。</translation>
    </message>
    <message>
        <source>Reject instead of approving.</source>
        <translation>拒绝而不是审批通过。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Ask for a payout.</source>
        <translation>申请付款。</translation>
    </message>
    <message>
        <source>List payout requests, newest first.</source>
        <translation>列出付款申请，最新的在前。</translation>
    </message>
    <message>
        <source>Show one request and its approvals.</source>
        <translation>显示一个付款申请及其审批记录。</translation>
    </message>
    <message>
        <source>Approve or reject the request shown.</source>
        <translation>审批通过或拒绝所显示的申请。</translation>
    </message>
    <message>
        <source>Withdraw a request.</source>
        <translation>撤回一个申请。</translation>
    </message>
    <message>
        <source>Say who you are with --operator &lt;login&gt;.</source>
        <translation>请用 --operator &lt;login&gt; 说明您的身份。</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>缺少 --%1。</translation>
    </message>
    <message>
        <source>%1 is not a token Kassa knows on %2.</source>
        <translation>Kassa 不认识 %2 上的代币 %1。</translation>
    </message>
    <message>
        <source>There is no %1 rate for %2; set one with “kassa-cli orders rate %1 RATE --asset %2”.</source>
        <translation>没有 %2 的 %1 汇率；请用“kassa-cli orders rate %1 RATE --asset %2”设置。</translation>
    </message>
    <message>
        <source>Payout %1 requested; it waits for approval.</source>
        <translation>已申请付款 %1；正在等待审批。</translation>
    </message>
    <message>
        <source>There is no payout %1.</source>
        <translation>没有付款 %1。</translation>
    </message>
    <message>
        <source>Payout %1 cancelled.</source>
        <translation>付款 %1 已取消。</translation>
    </message>
    <message>
        <source>Payout %1 rejected.</source>
        <translation>付款 %1 已被拒绝。</translation>
    </message>
    <message>
        <source>Payout %1 approved; it will be signed and sent.</source>
        <translation>付款 %1 已审批通过；将被签名并发送。</translation>
    </message>
    <message>
        <source>Your approval of payout %1 is recorded; it needs more approvals.</source>
        <translation>您对付款 %1 的审批已记录；还需要更多审批。</translation>
    </message>
    <message>
        <source>Create, rotate, set or remove the Epusdt token and the webhook secret (kept in the key store).</source>
        <translation>创建、轮换、设置或删除 Epusdt 令牌和 webhook 密钥（保存在密钥存储中）。</translation>
    </message>
    <message>
        <source>Usage: kassa-cli api-token create|rotate|set|status|remove [--webhook] [--from-file F]</source>
        <translation>用法：kassa-cli api-token create|rotate|set|status|remove [--webhook] [--from-file F]</translation>
    </message>
    <message>
        <source>Make a new secret and show it once (refused if one exists).</source>
        <translation>生成新的密钥并只显示一次（已有密钥时拒绝）。</translation>
    </message>
    <message>
        <source>Replace the secret with a new one and show it once.</source>
        <translation>用新的密钥替换现有密钥，并只显示一次。</translation>
    </message>
    <message>
        <source>Store a secret you already have (your plugin&apos;s token).</source>
        <translation>保存您已有的密钥（插件中配置的令牌）。</translation>
    </message>
    <message>
        <source>Say whether each secret is set, without showing it.</source>
        <translation>显示每个密钥是否已设置，但不显示其内容。</translation>
    </message>
    <message>
        <source>Delete the secret.</source>
        <translation>删除该密钥。</translation>
    </message>
    <message>
        <source>Without --webhook the command acts on the Epusdt token.</source>
        <translation>不带 --webhook 时，命令作用于 Epusdt 令牌。</translation>
    </message>
    <message>
        <source>Act on the native webhook secret instead of the Epusdt token.</source>
        <translation>作用于原生 webhook 密钥，而不是 Epusdt 令牌。</translation>
    </message>
    <message>
        <source>Read the secret from &lt;file&gt; (owner-only permissions).</source>
        <translation>从 &lt;file&gt; 读取密钥（仅限所有者权限）。</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Epusdt token</source>
        <translation>Epusdt 令牌</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook 密钥</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>密钥存储</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Stored in the %1.</source>
        <translation>已保存到%1。</translation>
    </message>
    <message>
        <source>New Epusdt token. It is shown only this once; put it into your storefront plugin now:</source>
        <translation>新的 Epusdt 令牌。它只显示这一次，请立即填入您的网店插件：</translation>
    </message>
    <message>
        <source>New webhook secret. It is shown only this once; give it to your webhook receiver now:</source>
        <translation>新的 webhook 密钥。它只显示这一次，请立即交给您的 webhook 接收端：</translation>
    </message>
    <message>
        <source>A running kassa-cli serve or desktop keeps the old secret until it restarts.</source>
        <translation>正在运行的 kassa-cli serve 或桌面程序在重启之前仍使用旧密钥。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>DEMO: a local test network with play money, not real money.</source>
        <translation>演示：使用游戏币的本地测试网络，不是真实资金。</translation>
    </message>
    <message>
        <source>Test network %1, test USDT %2.</source>
        <translation>测试网络 %1，测试 USDT %2。</translation>
    </message>
    <message>
        <source>Everything a test shop needs is in %1.</source>
        <translation>测试网店所需的全部信息都在 %1 中。</translation>
    </message>
    <message>
        <source>Run on the local demo network (anvil, play money) in the demo profile; writes demo.json there.</source>
        <translation>在演示配置档案中运行于本地演示网络（anvil，游戏币）；并在其中写入 demo.json。</translation>
    </message>
    <message>
        <source>The storefront secrets could not be read from the key store; use --token-file and --webhook-secret-file on a machine without a keychain.</source>
        <translation>无法从密钥存储读取网店密钥；在没有钥匙串的机器上，请使用 --token-file 和 --webhook-secret-file。</translation>
    </message>
    <message>
        <source>No Epusdt token (kassa-cli api-token create, or --token-file): the storefront API will refuse every Epusdt request.</source>
        <translation>没有 Epusdt 令牌（kassa-cli api-token create 或 --token-file）：网店 API 将拒绝所有 Epusdt 请求。</translation>
    </message>
    <message>
        <source>DEMO: payouts are off in this run; orders work as usual.</source>
        <translation>演示：本次运行不进行付款；订单照常处理。</translation>
    </message>
    <message>
        <source>DEMO: the demo operators&apos; logins and passwords are in %1.</source>
        <translation>演示：演示操作员的登录名和密码在 %1 中。</translation>
    </message>
</context>
<context>
    <name>kassa::Config</name>
    <message>
        <source>The setting %1 in %2 has the invalid value “%3”.</source>
        <translation>%2 中的设置项 %1 的值“%3”无效。</translation>
    </message>
    <message>
        <source>Allowed: %1. See doc/config.md.</source>
        <translation>允许的值：%1。请参阅 doc/config.md。</translation>
    </message>
    <message>
        <source>Kassa could not create its settings file %1.</source>
        <translation>Kassa 无法创建设置文件 %1。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>请检查配置档案文件夹的权限。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>无法读取设置文件 %1。</translation>
    </message>
    <message>
        <source>Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults.</source>
        <translation>请修正语法（INI 格式：[section] 和 key=value 行），或将该文件移走，以默认设置启动。</translation>
    </message>
    <message>
        <source>Kassa could not save the settings file %1.</source>
        <translation>Kassa 无法保存设置文件 %1。</translation>
    </message>
</context>
<context>
    <name>kassa::Profile</name>
    <message>
        <source>The profile path %1 is a file, not a folder.</source>
        <translation>配置档案路径 %1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>Choose another folder with --profile.</source>
        <translation>请使用 --profile 选择其他文件夹。</translation>
    </message>
    <message>
        <source>Kassa could not create its profile folder %1.</source>
        <translation>Kassa 无法创建配置档案文件夹 %1。</translation>
    </message>
    <message>
        <source>Check that the parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation>请检查上级文件夹是否存在且可写，或使用 --profile 选择其他文件夹。</translation>
    </message>
    <message>
        <source>Kassa could not create its log folder %1.</source>
        <translation>Kassa 无法创建日志文件夹 %1。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>请检查配置档案文件夹的权限。</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable.</source>
        <translation>配置档案文件夹 %1 不可写。</translation>
    </message>
    <message>
        <source>Fix its permissions or choose another folder with --profile.</source>
        <translation>请修正其权限，或使用 --profile 选择其他文件夹。</translation>
    </message>
    <message>
        <source>Another Kassa (process %1) is already using the profile %2.</source>
        <translation>另一个 Kassa（进程 %1）正在使用配置档案 %2。</translation>
    </message>
    <message>
        <source>Close the other Kassa window or stop kassa-cli serve, then try again.</source>
        <translation>请关闭另一个 Kassa 窗口或停止 kassa-cli serve，然后重试。</translation>
    </message>
</context>
<context>
    <name>kassa::api::ApiKeys</name>
    <message>
        <source>The API keys in the database could not be read or changed.</source>
        <translation>无法读取或修改数据库中的 API 密钥。</translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation>API 密钥无效。</translation>
    </message>
    <message>
        <source>Give the key a name of up to 100 characters.</source>
        <translation>请为密钥指定一个不超过 100 个字符的名称。</translation>
    </message>
    <message>
        <source>Choose what the key may do.</source>
        <translation>请选择该密钥允许的操作。</translation>
    </message>
    <message>
        <source>“%1” is not a known permission.</source>
        <translation>“%1”不是已知的权限。</translation>
    </message>
    <message>
        <source>There is no active API key %1.</source>
        <translation>不存在有效的 API 密钥 %1。</translation>
    </message>
</context>
<context>
    <name>kassa::api::ApiServer</name>
    <message>
        <source>The storefront API cannot listen on %1 port %2.</source>
        <translation>网店 API 无法在 %1 的端口 %2 上监听。</translation>
    </message>
    <message>
        <source>Another program may be using the port; choose another one in the settings.</source>
        <translation>可能有其他程序正在使用该端口，请在设置中选择其他端口。</translation>
    </message>
</context>
<context>
    <name>kassa::audit::AuditActions</name>
    <message>
        <source>Operator added</source>
        <translation>操作员已添加</translation>
    </message>
    <message>
        <source>Operator changed</source>
        <translation>操作员已更改</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>操作员已停用</translation>
    </message>
    <message>
        <source>Operator roles changed</source>
        <translation>操作员角色已更改</translation>
    </message>
    <message>
        <source>Operator password changed</source>
        <translation>操作员密码已更改</translation>
    </message>
    <message>
        <source>Two-step sign-in turned on</source>
        <translation>两步登录已开启</translation>
    </message>
    <message>
        <source>Two-step sign-in turned off</source>
        <translation>两步登录已关闭</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>控制台已解锁</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>解锁尝试失败</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <source>Payout policy changed</source>
        <translation>付款策略已更改</translation>
    </message>
    <message>
        <source>Payout policy change approved</source>
        <translation>付款策略更改已审批</translation>
    </message>
    <message>
        <source>Address book entry added</source>
        <translation>地址簿条目已添加</translation>
    </message>
    <message>
        <source>Address book entry changed</source>
        <translation>地址簿条目已更改</translation>
    </message>
    <message>
        <source>Address book entry removed</source>
        <translation>地址簿条目已删除</translation>
    </message>
    <message>
        <source>Address book entry approved</source>
        <translation>地址簿条目已审批</translation>
    </message>
    <message>
        <source>Payout requested</source>
        <translation>付款申请已提交</translation>
    </message>
    <message>
        <source>Payout request changed</source>
        <translation>付款申请已更改</translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation>付款已审批</translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation>付款已驳回</translation>
    </message>
    <message>
        <source>Payout cancelled</source>
        <translation>付款已取消</translation>
    </message>
    <message>
        <source>Payout signed</source>
        <translation>付款已签名</translation>
    </message>
    <message>
        <source>Payout sent to the network</source>
        <translation>付款已发送到网络</translation>
    </message>
    <message>
        <source>Payout completed</source>
        <translation>付款已完成</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>付款失败</translation>
    </message>
    <message>
        <source>Payout sped up</source>
        <translation>付款已加速</translation>
    </message>
    <message>
        <source>Wallet created</source>
        <translation>钱包已创建</translation>
    </message>
    <message>
        <source>Wallet imported</source>
        <translation>钱包已导入</translation>
    </message>
    <message>
        <source>Wallet changed</source>
        <translation>钱包已更改</translation>
    </message>
    <message>
        <source>Wallet removed</source>
        <translation>钱包已移除</translation>
    </message>
    <message>
        <source>Recovery words shown</source>
        <translation>助记词已显示</translation>
    </message>
    <message>
        <source>Signing key used</source>
        <translation>签名密钥已使用</translation>
    </message>
    <message>
        <source>Backup exported</source>
        <translation>备份已导出</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Order marked as paid</source>
        <translation>订单已标记为已支付</translation>
    </message>
    <message>
        <source>Transfer attached to an order</source>
        <translation>转账已关联到订单</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <source>Shop notification sent again</source>
        <translation>网店通知已重新发送</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>API 密钥已创建</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>API 密钥已吊销</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>审计日志已导出</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Payout policy</source>
        <translation>付款策略</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>地址簿</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Operator lockout cleared</source>
        <translation>操作员锁定已解除</translation>
    </message>
    <message>
        <source>Storefront token or webhook secret set</source>
        <translation>已设置网店令牌或 webhook 密钥</translation>
    </message>
    <message>
        <source>Storefront token or webhook secret removed</source>
        <translation>已删除网店令牌或 webhook 密钥</translation>
    </message>
    <message>
        <source>Operator role change proposed</source>
        <translation>已提议更改操作员角色</translation>
    </message>
    <message>
        <source>Operator role change rejected</source>
        <translation>已拒绝操作员角色更改</translation>
    </message>
    <message>
        <source>Payout policy change rejected</source>
        <translation>付款策略更改已拒绝</translation>
    </message>
</context>
<context>
    <name>kassa::audit::AuditLog</name>
    <message>
        <source>The audit log could not be read or written: %1</source>
        <translation>无法读取或写入审计日志：%1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the database is reachable, then try again.</source>
        <translation>未做任何更改。请检查数据库是否可以访问，然后重试。</translation>
    </message>
    <message>
        <source>Internal error: an audit entry was incomplete, so the action was not carried out.</source>
        <translation>内部错误：审计记录不完整，因此未执行该操作。</translation>
    </message>
    <message>
        <source>Entry %1 is missing from the audit log: it was deleted.</source>
        <translation>审计日志中缺少第 %1 条记录：该记录已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed.</source>
        <translation>审计日志的第 %1 条记录已被修改。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log does not follow entry %2: an entry was changed, removed or inserted.</source>
        <translation>审计日志的第 %1 条记录与第 %2 条记录衔接不上：有记录被修改、删除或插入。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed after it was written.</source>
        <translation>审计日志的第 %1 条记录在写入后被修改。</translation>
    </message>
    <message>
        <source>The newest entries of the audit log were removed (it should have %1 entries, it has %2).</source>
        <translation>审计日志中最新的记录已被删除（应有 %1 条记录，实际只有 %2 条）。</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing: the database was tampered with.</source>
        <translation>审计日志的链头记录缺失：数据库已被篡改。</translation>
    </message>
    <message>
        <source>Restore the database from a backup and run the audit check again.</source>
        <translation>请从备份恢复数据库，然后重新运行审计检查。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::BalanceJob</name>
    <message>
        <source>Not an address of this chain.</source>
        <translation>不是此链的地址。</translation>
    </message>
    <message>
        <source>Reading the balance took too long.</source>
        <translation>读取余额耗时过长。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::ChainSettingsFile</name>
    <message>
        <source>At most %1 addresses are allowed here.</source>
        <translation>此处最多允许 %1 个地址。</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>Local test network</source>
        <translation>本地测试网络</translation>
    </message>
    <message>
        <source>“%1” is not a token entry of the form SYMBOL:CONTRACT:DECIMALS.</source>
        <translation>“%1”不是“符号:合约:小数位数”格式的代币条目。</translation>
    </message>
    <message>
        <source>For example %1.</source>
        <translation>例如 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a valid token symbol.</source>
        <translation>“%1”不是有效的代币符号。</translation>
    </message>
    <message>
        <source>Use up to 16 letters, digits, dots, dashes or underscores.</source>
        <translation>请使用最多 16 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>“%1” is not a valid contract address (0x followed by 40 hexadecimal digits).</source>
        <translation>“%1”不是有效的合约地址（0x 后跟 40 位十六进制数字）。</translation>
    </message>
    <message>
        <source>“%1” is not a valid Tron contract address (starting with T).</source>
        <translation>“%1”不是有效的 Tron 合约地址（以 T 开头）。</translation>
    </message>
    <message>
        <source>Copy the contract address from the token&apos;s official page or a block explorer.</source>
        <translation>请从代币的官方页面或区块浏览器复制合约地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid number of decimals.</source>
        <translation>“%1”不是有效的小数位数。</translation>
    </message>
    <message>
        <source>Use a whole number from 0 to %1 (USDT has 6, on BNB Smart Chain 18).</source>
        <translation>请使用 0 到 %1 之间的整数（USDT 为 6，在 BNB Smart Chain 上为 18）。</translation>
    </message>
    <message>
        <source>Kassa does not know the chain “%1”.</source>
        <translation>Kassa 不认识链“%1”。</translation>
    </message>
    <message>
        <source>The chain “%1” has the wrong kind of settings.</source>
        <translation>链“%1”的设置类型不正确。</translation>
    </message>
    <message>
        <source>The chain id must be a whole number from 1 to 9007199254740992.</source>
        <translation>链 ID 必须是 1 到 9007199254740992 之间的整数。</translation>
    </message>
    <message>
        <source>%1 has the chain id %2.</source>
        <translation>%1 的链 ID 为 %2。</translation>
    </message>
    <message>
        <source>TronGrid settings belong to Tron only.</source>
        <translation>TronGrid 设置仅适用于 Tron。</translation>
    </message>
    <message>
        <source>Tron nodes have no WebSocket subscriptions; leave this empty.</source>
        <translation>Tron 节点不支持 WebSocket 订阅，请将此项留空。</translation>
    </message>
    <message>
        <source>The API key may only contain visible characters without spaces (at most 128).</source>
        <translation>API 密钥只能包含不含空格的可见字符（最多 128 个）。</translation>
    </message>
    <message>
        <source>Tron has no chain id setting.</source>
        <translation>Tron 没有链 ID 设置。</translation>
    </message>
    <message>
        <source>At most %1 tokens are allowed per chain.</source>
        <translation>每条链最多允许 %1 种代币。</translation>
    </message>
    <message>
        <source>The contract %1 is listed twice.</source>
        <translation>合约 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>Two tokens are called %1; give each a symbol of its own.</source>
        <translation>有两种代币都叫 %1，请为每种代币指定不同的符号。</translation>
    </message>
    <message>
        <source>Confirmations must be a whole number from %1 to %2.</source>
        <translation>确认数必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>The poll interval must be from %1 to %2 milliseconds.</source>
        <translation>轮询间隔必须在 %1 到 %2 毫秒之间。</translation>
    </message>
    <message>
        <source>Enter at least one node address to watch this chain.</source>
        <translation>要监控此链，请至少输入一个节点地址。</translation>
    </message>
    <message>
        <source>Enter at least one token contract to watch on this chain.</source>
        <translation>请至少输入一个要在此链上监控的代币合约。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>无法读取设置文件 %1。</translation>
    </message>
    <message>
        <source>Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults.</source>
        <translation>请修正语法（INI 格式：[section] 和 key=value 行），或将该文件移走，以默认设置启动。</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is not valid: %3</source>
        <translation>%2 中的设置项 %1 无效：%3</translation>
    </message>
    <message>
        <source>Fix it in Settings → Chains or in the file; doc/config.md explains every key.</source>
        <translation>请在“设置”→“链”中或直接在文件中修正；doc/config.md 说明了每个设置项。</translation>
    </message>
    <message>
        <source>there is no chain “%1”; known chains are %2 and local.</source>
        <translation>不存在链“%1”；已知的链为 %2 和 local。</translation>
    </message>
    <message>
        <source>this key is not known; allowed keys are %1.</source>
        <translation>此设置项未知；允许的设置项为 %1。</translation>
    </message>
    <message>
        <source>“%1” is not true or false.</source>
        <translation>“%1”不是 true 或 false。</translation>
    </message>
    <message>
        <source>“%1” is not a chain id.</source>
        <translation>“%1”不是链 ID。</translation>
    </message>
    <message>
        <source>“%1” is not allowed; use %2 or depth.</source>
        <translation>不允许使用“%1”；请使用 %2 或 depth。</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>请使用 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>use a whole number of milliseconds from %1 to %2.</source>
        <translation>请使用 %1 到 %2 之间的整数毫秒数。</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>请修正标记的字段后再次保存。</translation>
    </message>
    <message>
        <source>Kassa could not save the settings file %1.</source>
        <translation>Kassa 无法保存设置文件 %1。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>请检查配置档案文件夹的权限。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::SettingsCheckJob</name>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>检查耗时过长，已停止。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::Erc20Abi</name>
    <message>
        <source>The token contract gave an answer that is not valid for this call.</source>
        <translation>代币合约返回的结果对此调用无效。</translation>
    </message>
    <message>
        <source>Check the token contract address in the chain settings, and the node you use.</source>
        <translation>请检查链设置中的代币合约地址以及您使用的节点。</translation>
    </message>
    <message>
        <source>The token contract returned nothing: there may be no contract at this address, or it does not have this function.</source>
        <translation>代币合约没有返回任何内容：此地址可能没有合约，或者合约没有此函数。</translation>
    </message>
    <message>
        <source>Check the token contract address in the chain settings.</source>
        <translation>请检查链设置中的代币合约地址。</translation>
    </message>
    <message>
        <source>The call data is not a token transfer.</source>
        <translation>调用数据不是代币转账。</translation>
    </message>
    <message>
        <source>Nothing was signed or sent. The transaction may have been altered; build it again.</source>
        <translation>未签名也未发送任何内容。交易可能已被篡改，请重新创建。</translation>
    </message>
    <message>
        <source>The token claims %1 decimal places, which no amount can be written with.</source>
        <translation>该代币声称有 %1 位小数，任何金额都无法用这么多位小数表示。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmBalanceReader</name>
    <message>
        <source>The node did not answer.</source>
        <translation>节点没有响应。</translation>
    </message>
    <message>
        <source>The node did not answer: %1</source>
        <translation>节点没有响应：%1</translation>
    </message>
    <message>
        <source>%1: the token contract gave no balance.</source>
        <translation>%1：代币合约没有返回余额。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmSettingsCheck</name>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 无响应：%2</translation>
    </message>
    <message>
        <source>%1 does not answer like an Ethereum node.</source>
        <translation>%1 的应答不像以太坊节点。</translation>
    </message>
    <message>
        <source>%1 serves another network (chain id %2, expected %3).</source>
        <translation>%1 服务于另一个网络（链 ID %2，应为 %3）。</translation>
    </message>
    <message>
        <source>%1 serves chain id %2.</source>
        <translation>%1 服务于链 ID %2。</translation>
    </message>
    <message>
        <source>Could not read the decimals of %1: %2</source>
        <translation>无法读取 %1 的小数位数：%2</translation>
    </message>
    <message>
        <source>%1: there is no token contract at this address on this network.</source>
        <translation>%1：此网络上该地址没有代币合约。</translation>
    </message>
    <message>
        <source>%1 has %2 decimals on this network, not %3.</source>
        <translation>%1 在此网络上有 %2 位小数，而不是 %3 位。</translation>
    </message>
    <message>
        <source>%1 has %2 decimals.</source>
        <translation>%1 有 %2 位小数。</translation>
    </message>
    <message>
        <source>%1 does not accept a WebSocket connection.</source>
        <translation>%1 不接受 WebSocket 连接。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmTransaction</name>
    <message>
        <source>Nothing was signed or sent. Correct the transaction settings and try again.</source>
        <translation>未签名也未发送任何内容。请更正交易设置后重试。</translation>
    </message>
    <message>
        <source>The raw transaction is invalid: its field “%1” is wrong.</source>
        <extracomment>%1 is a technical field name such as &quot;nonce&quot;, &quot;v&quot; or &quot;accessList&quot;.</extracomment>
        <translation>原始交易无效：其字段“%1”有误。</translation>
    </message>
    <message>
        <source>The data is damaged or is not a transaction Kassa can send. Nothing was sent.</source>
        <translation>数据已损坏，或不是 Kassa 可以发送的交易。未发送任何内容。</translation>
    </message>
    <message>
        <source>This transaction type is not supported; Kassa sends legacy (EIP-155) and EIP-1559 transactions.</source>
        <translation>不支持此交易类型；Kassa 发送传统（EIP-155）和 EIP-1559 交易。</translation>
    </message>
    <message>
        <source>The chain ID %1 is not valid for a signed transaction.</source>
        <translation>链 ID %1 对已签名交易无效。</translation>
    </message>
    <message>
        <source>The account&apos;s transaction counter (nonce) has reached its maximum; this account cannot send any more transactions.</source>
        <translation>该账户的交易计数器（nonce）已达到上限；此账户无法再发送任何交易。</translation>
    </message>
    <message>
        <source>The gas limit %1 is below %2, the minimum of any transaction.</source>
        <translation>Gas 上限 %1 低于任何交易所需的最低值 %2。</translation>
    </message>
    <message>
        <source>A legacy transaction is priced by its gas price alone, but EIP-1559 fees were set.</source>
        <translation>传统交易只按 gas 价格计费，但设置了 EIP-1559 费用。</translation>
    </message>
    <message>
        <source>An EIP-1559 transaction is priced by its maximum and priority fees, but a legacy gas price was set.</source>
        <translation>EIP-1559 交易按最高费用和优先费用计费，但设置了传统的 gas 价格。</translation>
    </message>
    <message>
        <source>The priority fee is higher than the maximum fee per gas; nodes refuse such a transaction.</source>
        <translation>优先费用高于每单位 gas 的最高费用；节点会拒绝这样的交易。</translation>
    </message>
    <message>
        <source>The gas limit multiplied by the fee per gas is too large to be a fee.</source>
        <translation>Gas 上限乘以每单位 gas 的费用后数值过大，不可能是手续费。</translation>
    </message>
    <message>
        <source>The transaction carries %1 bytes of call data; Kassa sends at most %2.</source>
        <translation>该交易包含 %1 字节的调用数据；Kassa 最多发送 %2 字节。</translation>
    </message>
    <message>
        <source>Internal error: a transaction did not survive being read back.</source>
        <translation>内部错误：交易在读回时未能保持一致。</translation>
    </message>
    <message>
        <source>Nothing was sent. Please report this problem.</source>
        <translation>未发送任何内容。请报告此问题。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmWatcher</name>
    <message>
        <source>The node %1 serves another network (chain id %2) than %3 (chain id %4).</source>
        <translation>节点 %1 服务于另一个网络（链 ID %2），而不是 %3（链 ID %4）。</translation>
    </message>
    <message>
        <source>Correct the node addresses of %1 in Settings → Chains.</source>
        <translation>请在“设置”→“链”中更正 %1 的节点地址。</translation>
    </message>
    <message>
        <source>No node of %1 answers.</source>
        <translation>%1 的节点均无响应。</translation>
    </message>
    <message>
        <source>The %1 contract configured for %2 does not answer decimals(); it is not a token on this network.</source>
        <translation>为 %2 配置的 %1 合约不响应 decimals()；它在此网络上不是代币。</translation>
    </message>
    <message>
        <source>Check the token contract in Settings → Chains.</source>
        <translation>请在“设置”→“链”中检查代币合约。</translation>
    </message>
    <message>
        <source>The %1 contract on %2 has %3 decimals, but the settings say %4. Kassa does not watch the chain while amounts would be wrong.</source>
        <translation>%2 上的 %1 合约有 %3 位小数，但设置中为 %4 位。在金额可能出错的情况下，Kassa 不会监控此链。</translation>
    </message>
    <message>
        <source>Correct the decimals (or the contract) in Settings → Chains.</source>
        <translation>请在“设置”→“链”中更正小数位数（或合约）。</translation>
    </message>
    <message>
        <source>%1 replaced blocks that were already final. Kassa stopped watching it so that nothing is credited twice.</source>
        <translation>%1 替换了已经最终确认的区块。Kassa 已停止监控此链，以免任何款项被重复入账。</translation>
    </message>
    <message>
        <source>Check the node (is it on the right network and in sync?), then restart Kassa.</source>
        <translation>请检查节点（是否在正确的网络上并已同步？），然后重新启动 Kassa。</translation>
    </message>
    <message>
        <source>Catching up with %1 failed; trying again.</source>
        <translation>同步 %1 失败，正在重试。</translation>
    </message>
    <message>
        <source>The node&apos;s %1 chain does not contain block %2, which Kassa recorded as final. Kassa stopped watching it so that nothing is credited twice.</source>
        <translation>节点的 %1 链中没有区块 %2，而 Kassa 已将其记录为最终确认。Kassa 已停止监控此链，以免任何款项被重复入账。</translation>
    </message>
    <message>
        <source>Check that the node is on the right network and in sync, then restart Kassa.</source>
        <translation>请检查节点是否在正确的网络上并已同步，然后重新启动 Kassa。</translation>
    </message>
    <message>
        <source>The node %1 sent a wrong answer; another node is asked.</source>
        <translation>节点 %1 返回了错误的应答，正在询问另一个节点。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::Rlp</name>
    <message>
        <source>The encoded transaction is malformed at byte %1.</source>
        <translation>编码后的交易在第 %1 字节处格式错误。</translation>
    </message>
    <message>
        <source>The data is damaged or is not an Ethereum transaction. Nothing was sent.</source>
        <translation>数据已损坏，或不是 Ethereum 交易。未发送任何内容。</translation>
    </message>
    <message>
        <source>The encoded transaction has a malformed field “%1”.</source>
        <extracomment>%1 is a technical field name such as &quot;nonce&quot; or &quot;value&quot;.</extracomment>
        <translation>编码后的交易中字段“%1”格式错误。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronBalanceReader</name>
    <message>
        <source>The node did not answer: %1</source>
        <translation>节点没有响应：%1</translation>
    </message>
    <message>
        <source>%1: the token contract gave no balance.</source>
        <translation>%1：代币合约没有返回余额。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronRefBlock</name>
    <message>
        <source>The reference block from the Tron node is not valid.</source>
        <translation>Tron 节点提供的参考区块无效。</translation>
    </message>
    <message>
        <source>Try again; if it persists, use another Tron node.</source>
        <translation>请重试；如果问题仍然存在，请使用其他 Tron 节点。</translation>
    </message>
    <message>
        <source>The Tron node returned a block whose ID does not belong to its number.</source>
        <translation>Tron 节点返回的区块 ID 与其区块号不符。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronSettingsCheck</name>
    <message>
        <source>%1 does not answer as a Tron node: %2</source>
        <translation>%1 没有像 Tron 节点那样响应：%2</translation>
    </message>
    <message>
        <source>%1 serves another Tron network than the first address.</source>
        <translation>%1 提供的 Tron 网络与第一个地址不同。</translation>
    </message>
    <message>
        <source>%1 serves %2 at block %3.</source>
        <extracomment>%1 is host:port, %2 the network (&quot;Tron mainnet&quot;), %3 a block number.</extracomment>
        <translation>%1 提供 %2，当前区块 %3。</translation>
    </message>
    <message>
        <source>%1 answers at block %2.</source>
        <extracomment>%1 is host:port, %2 a block number.</extracomment>
        <translation>%1 已响应，当前区块 %2。</translation>
    </message>
    <message>
        <source>The contract %1 does not answer decimals(); is it a TRC-20 token on this network?</source>
        <translation>合约 %1 没有响应 decimals()；它是此网络上的 TRC-20 代币吗？</translation>
    </message>
    <message>
        <source>The contract %1 has %2 decimals, not %3.</source>
        <translation>合约 %1 的小数位数是 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 has %2 decimals.</source>
        <extracomment>%1 is a token symbol (USDT), %2 a number of decimals.</extracomment>
        <translation>%1 有 %2 位小数。</translation>
    </message>
    <message>
        <source>TronGrid at %1 answers.</source>
        <extracomment>%1 is host:port of TronGrid.</extracomment>
        <translation>%1 上的 TronGrid 已响应。</translation>
    </message>
    <message>
        <source>TronGrid refuses the API key (HTTP %1).</source>
        <translation>TronGrid 拒绝了该 API 密钥（HTTP %1）。</translation>
    </message>
    <message>
        <source>TronGrid at %1 does not answer: %2</source>
        <translation>%1 上的 TronGrid 没有响应：%2</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronTransaction</name>
    <message>
        <source>The TRX amount must be more than zero.</source>
        <translation>TRX 金额必须大于零。</translation>
    </message>
    <message>
        <source>A TRX transfer cannot go to the sending address itself.</source>
        <translation>TRX 转账不能转给发送地址本身。</translation>
    </message>
    <message>
        <source>A TRX transfer has no fee limit; only contract calls do.</source>
        <translation>TRX 转账没有手续费上限；只有合约调用才有。</translation>
    </message>
    <message>
        <source>The contract call carries %1 bytes of call data; between 1 and %2 are possible.</source>
        <translation>该合约调用包含 %1 字节的调用数据；允许的范围是 1 到 %2 字节。</translation>
    </message>
    <message>
        <source>The fee limit must be between 0 and 15,000 TRX.</source>
        <translation>手续费上限必须在 0 到 15,000 TRX 之间。</translation>
    </message>
    <message>
        <source>The transaction has no valid creation time.</source>
        <translation>该交易没有有效的创建时间。</translation>
    </message>
    <message>
        <source>The transaction must expire after it is made and within 24 hours.</source>
        <translation>交易的过期时间必须晚于创建时间，且在 24 小时之内。</translation>
    </message>
    <message>
        <source>Nothing was signed or sent. Correct the payout and try again.</source>
        <translation>未签名也未发送任何内容。请更正付款后重试。</translation>
    </message>
    <message>
        <source>The key does not belong to the sending address %1.</source>
        <translation>该密钥不属于发送地址 %1。</translation>
    </message>
    <message>
        <source>Nothing was signed. Check which wallet the payout is sent from.</source>
        <translation>未签名任何内容。请检查此付款从哪个钱包发出。</translation>
    </message>
    <message>
        <source>The stored Tron transaction is invalid (field “%1”).</source>
        <extracomment>%1 is a technical field name such as &quot;raw_data.fee_limit&quot;.</extracomment>
        <translation>已保存的 Tron 交易无效（字段“%1”）。</translation>
    </message>
    <message>
        <source>It was not sent. The stored data may be damaged; check the payout before building it again.</source>
        <translation>该交易未发送。已保存的数据可能已损坏；请先检查此付款，再重新创建交易。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronTxChecker</name>
    <message>
        <source>The transaction the Tron node prepared does not match the payout (field “%1”), so it was not signed.</source>
        <extracomment>%1 is a technical field name such as &quot;raw_data.fee_limit&quot;.</extracomment>
        <translation>Tron 节点准备的交易与此付款不符（字段“%1”），因此未签名。</translation>
    </message>
    <message>
        <source>The node may be faulty or dishonest. Nothing was signed or sent; use another node, or let Kassa build the transaction itself.</source>
        <translation>该节点可能有故障或不可信。未签名也未发送任何内容；请使用其他节点，或让 Kassa 自行创建交易。</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronWatcher</name>
    <message>
        <source>No valid token contract is configured for Tron.</source>
        <translation>Tron 未配置有效的代币合约。</translation>
    </message>
    <message>
        <source>Add the USDT contract in Settings → Chains.</source>
        <translation>请在“设置 → 链”中添加 USDT 合约。</translation>
    </message>
    <message>
        <source>The Tron nodes are not answering properly: %1</source>
        <translation>Tron 节点未正常响应：%1</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Base58</name>
    <message>
        <source>The Base58 text is empty.</source>
        <translation>Base58 文本为空。</translation>
    </message>
    <message>
        <source>Paste the complete value.</source>
        <translation>请粘贴完整的值。</translation>
    </message>
    <message>
        <source>The Base58 text is too long (%1 characters; at most %2).</source>
        <translation>Base58 文本过长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>Check that only one value was pasted.</source>
        <translation>请检查是否只粘贴了一个值。</translation>
    </message>
    <message>
        <source>Character %1 is not allowed in Base58 text.</source>
        <translation>第 %1 个字符不是 Base58 文本允许的字符。</translation>
    </message>
    <message>
        <source>Base58 uses digits and letters except 0, O, I and l, and no spaces. Check for a typo.</source>
        <translation>Base58 使用数字和字母，但不包括 0、O、I 和 l，也不含空格。请检查是否有输入错误。</translation>
    </message>
    <message>
        <source>The Base58Check text is too short to hold a checksum.</source>
        <translation>Base58Check 文本太短，无法包含校验和。</translation>
    </message>
    <message>
        <source>The Base58Check checksum does not match: the text has a typo or was changed.</source>
        <translation>Base58Check 校验和不匹配：文本有输入错误或已被更改。</translation>
    </message>
    <message>
        <source>Copy the value again from its source; do not retype it.</source>
        <translation>请从来源处重新复制该值，不要手动重新输入。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::DerivationPath</name>
    <message>
        <source>Write the path like m/44&apos;/60&apos;/0&apos;/0/5: “m”, then numbers separated by “/”, each followed by &apos; or h if it is hardened.</source>
        <translation>请按 m/44&apos;/60&apos;/0&apos;/0/5 的格式书写路径：先写“m”，然后是用“/”分隔的数字，强化（hardened）的数字后面加 &apos; 或 h。</translation>
    </message>
    <message>
        <source>The derivation path is empty.</source>
        <translation>派生路径为空。</translation>
    </message>
    <message>
        <source>The derivation path must start with “m/”.</source>
        <translation>派生路径必须以“m/”开头。</translation>
    </message>
    <message>
        <source>The derivation path is deeper than 255 levels.</source>
        <translation>派生路径超过 255 层。</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is empty.</source>
        <translation>派生路径的第 %1 部分为空。</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is not an index.</source>
        <translation>派生路径的第 %1 部分不是索引号。</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path has a leading zero.</source>
        <translation>派生路径的第 %1 部分以多余的 0 开头。</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is too large: indexes go up to 2147483647.</source>
        <translation>派生路径的第 %1 部分太大：索引号最大为 2147483647。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::EncryptedBlob</name>
    <message>
        <source>The encrypted file is incomplete: it was cut short while copying or saving.</source>
        <translation>加密文件不完整：在复制或保存时被截断了。</translation>
    </message>
    <message>
        <source>Use a complete copy of the file.</source>
        <translation>请使用该文件的完整副本。</translation>
    </message>
    <message>
        <source>This encrypted file uses a format that this version of Kassa does not support.</source>
        <translation>此版本的 Kassa 不支持该加密文件所用的格式。</translation>
    </message>
    <message>
        <source>Open it with the Kassa version that created it, or a newer one.</source>
        <translation>请使用创建该文件的 Kassa 版本或更新的版本打开它。</translation>
    </message>
    <message>
        <source>Encryption failed because of an internal error (%1).</source>
        <translation>由于内部错误（%1），加密失败。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, the computer may be short of memory.</source>
        <translation>请重试；如果仍然失败，可能是计算机内存不足。</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the file.</source>
        <translation>请设置一个密码短语来保护该文件。</translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember, for example several unrelated words.</source>
        <translation>请使用一个您记得住的长密码短语，例如几个互不相关的单词。</translation>
    </message>
    <message>
        <source>This is not a Kassa encrypted file.</source>
        <translation>这不是 Kassa 加密文件。</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>请检查是否选择了正确的文件。</translation>
    </message>
    <message>
        <source>The encrypted file was changed: it has extra data after its end.</source>
        <translation>加密文件已被更改：文件末尾之后还有多余的数据。</translation>
    </message>
    <message>
        <source>Use an unmodified copy of the file.</source>
        <translation>请使用该文件未经修改的副本。</translation>
    </message>
    <message>
        <source>The encrypted file asks for key-derivation settings outside the allowed limits (N = 2^%1, r = %2, p = %3), so Kassa will not open it.</source>
        <translation>该加密文件要求的密钥派生参数超出允许范围（N = 2^%1，r = %2，p = %3），因此 Kassa 不会打开它。</translation>
    </message>
    <message>
        <source>The file was damaged or not made by Kassa.</source>
        <translation>该文件已损坏，或不是由 Kassa 创建的。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed.</source>
        <translation>密码短语错误，或文件已被更改。</translation>
    </message>
    <message>
        <source>Check the passphrase (including capital letters and keyboard layout). If it is right, the file was damaged or tampered with.</source>
        <translation>请检查密码短语（包括大小写和键盘布局）。如果密码短语正确，则文件已损坏或被篡改。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::EthAddress</name>
    <message>
        <source>This is not an Ethereum address: it must be 0x followed by 40 hex digits (it has %1 characters).</source>
        <translation>这不是 Ethereum 地址：地址必须是 0x 后跟 40 位 hex 数字（此值有 %1 个字符）。</translation>
    </message>
    <message>
        <source>Copy the whole address, including the 0x, without spaces.</source>
        <translation>请复制完整地址（包括 0x），不要包含空格。</translation>
    </message>
    <message>
        <source>An Ethereum address has 20 bytes; this one has %1.</source>
        <translation>Ethereum 地址为 20 字节；此地址有 %1 字节。</translation>
    </message>
    <message>
        <source>Check where the address came from.</source>
        <translation>请检查该地址的来源。</translation>
    </message>
    <message>
        <source>This is not an Ethereum address: it contains a character that is not a hex digit.</source>
        <translation>这不是 Ethereum 地址：其中包含不是 hex 数字的字符。</translation>
    </message>
    <message>
        <source>The address checksum is wrong: the mix of capital and small letters does not match. The address has a typo or was tampered with.</source>
        <translation>地址校验和错误：大小写字母的组合不匹配。该地址有输入错误或已被篡改。</translation>
    </message>
    <message>
        <source>Do not use it. Copy the address again from a source you trust.</source>
        <translation>请勿使用该地址。请从您信任的来源重新复制地址。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedKey</name>
    <message>
        <source>Copy the whole key again from the wallet that made it.</source>
        <translation>请从生成该密钥的钱包重新复制完整的密钥。</translation>
    </message>
    <message>
        <source>This is not a valid %1: it has %2 bytes instead of 78.</source>
        <translation>这不是有效的 %1：它有 %2 个字节，而不是 78 个。</translation>
    </message>
    <message>
        <source>This is an extended private key (xprv), not an xpub. Never paste a private key where a public key is asked for.</source>
        <translation>这是扩展私钥（xprv），不是 xpub。切勿在要求公钥的地方粘贴私钥。</translation>
    </message>
    <message>
        <source>Export the account&apos;s extended public key (xpub) from your wallet instead.</source>
        <translation>请改为从您的钱包导出该账户的扩展公钥（xpub）。</translation>
    </message>
    <message>
        <source>This is an extended public key (xpub), but a private key (xprv) is needed here.</source>
        <translation>这是扩展公钥（xpub），但此处需要私钥（xprv）。</translation>
    </message>
    <message>
        <source>This is a Bitcoin testnet key (tpub/tprv); Kassa needs a mainnet %1.</source>
        <translation>这是比特币测试网密钥（tpub/tprv）；Kassa 需要主网 %1。</translation>
    </message>
    <message>
        <source>This is a Bitcoin SegWit key (ypub/zpub); Ethereum and Tron wallets use %1.</source>
        <translation>这是比特币 SegWit 密钥（ypub/zpub）；以太坊和波场钱包使用 %1。</translation>
    </message>
    <message>
        <source>Export the key in the %1 format from your wallet.</source>
        <translation>请从您的钱包以 %1 格式导出密钥。</translation>
    </message>
    <message>
        <source>This is not an extended key Kassa knows: its version bytes are %1.</source>
        <translation>这不是 Kassa 能识别的扩展密钥：其版本字节为 %1。</translation>
    </message>
    <message>
        <source>The key contradicts itself: it is a master key (depth 0) but names a parent or a child number.</source>
        <translation>该密钥自相矛盾：它是主密钥（深度 0），却带有父密钥或子编号。</translation>
    </message>
    <message>
        <source>The key is damaged or was made by faulty software; export it again.</source>
        <translation>该密钥已损坏或由有缺陷的软件生成；请重新导出。</translation>
    </message>
    <message>
        <source>The key is already 255 levels deep, the most BIP-32 allows.</source>
        <translation>该密钥已达到 255 层深度，这是 BIP-32 允许的最大值。</translation>
    </message>
    <message>
        <source>This is not a valid %1: a character is wrong, missing or extra (the checksum does not match).</source>
        <translation>这不是有效的 %1：有字符错误、缺失或多余（校验和不匹配）。</translation>
    </message>
    <message>
        <source>The key data does not match its version: a private key must start with 00.</source>
        <translation>密钥数据与其版本不符：私钥必须以 00 开头。</translation>
    </message>
    <message>
        <source>The private key is outside the valid range (1 to n−1).</source>
        <translation>私钥超出有效范围（1 到 n−1）。</translation>
    </message>
    <message>
        <source>The key data does not match its version: a public key must start with 02 or 03.</source>
        <translation>密钥数据与其版本不符：公钥必须以 02 或 03 开头。</translation>
    </message>
    <message>
        <source>The key&apos;s public point is not on the secp256k1 curve.</source>
        <translation>该密钥的公钥点不在 secp256k1 曲线上。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedPrivateKey</name>
    <message>
        <source>The seed has %1 bytes; BIP-32 needs 16 to 64.</source>
        <translation>种子有 %1 个字节；BIP-32 需要 16 到 64 个字节。</translation>
    </message>
    <message>
        <source>This seed gives no valid master key (this happens with probability below 1 in 2^127).</source>
        <translation>此种子无法生成有效的主密钥（发生概率低于 2^127 分之一）。</translation>
    </message>
    <message>
        <source>Make a new recovery phrase.</source>
        <translation>请生成新的助记词。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedPublicKey</name>
    <message>
        <source>A hardened index (%1&apos;) cannot be derived from an xpub.</source>
        <translation>无法从 xpub 派生强化索引（%1&apos;）。</translation>
    </message>
    <message>
        <source>Use the account xpub (for example m/44&apos;/60&apos;/0&apos;) and derive the non-hardened receive addresses below it.</source>
        <translation>请使用账户 xpub（例如 m/44&apos;/60&apos;/0&apos;），并从它派生非强化的收款地址。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Hex</name>
    <message>
        <source>The hex text must not start with 0x.</source>
        <translation>hex 文本不能以 0x 开头。</translation>
    </message>
    <message>
        <source>Remove the 0x at the start.</source>
        <translation>请删除开头的 0x。</translation>
    </message>
    <message>
        <source>The hex text must start with 0x.</source>
        <translation>hex 文本必须以 0x 开头。</translation>
    </message>
    <message>
        <source>Write 0x before the hex digits.</source>
        <translation>请在 hex 数字前加上 0x。</translation>
    </message>
    <message>
        <source>Character %1 of the hex text is not a hex digit.</source>
        <translation>hex 文本的第 %1 个字符不是 hex 数字。</translation>
    </message>
    <message>
        <source>Use only 0-9 and a-f, without spaces.</source>
        <translation>只能使用 0-9 和 a-f，不要包含空格。</translation>
    </message>
    <message>
        <source>The hex text has an odd number of digits (%1); every byte needs two.</source>
        <translation>hex 文本的位数为奇数（%1 位）；每个字节需要两位。</translation>
    </message>
    <message>
        <source>Check that no digit is missing or extra.</source>
        <translation>请检查是否缺少或多出了数字。</translation>
    </message>
    <message>
        <source>The hex text holds %1 bytes; exactly %2 are expected.</source>
        <translation>hex 文本包含 %1 字节；应恰好为 %2 字节。</translation>
    </message>
    <message>
        <source>Check that the value is complete and nothing was added.</source>
        <translation>请检查该值是否完整，且没有多余内容。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Mnemonic</name>
    <message>
        <source>The built-in list of recovery words is damaged.</source>
        <translation>内置的助记词单词表已损坏。</translation>
    </message>
    <message>
        <source>Reinstall Kassa; if this persists, please report it.</source>
        <translation>请重新安装 Kassa；如果问题仍然存在，请报告。</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words, not %1.</source>
        <translation>助记词由 12、15、18、21 或 24 个单词组成，不能是 %1 个。</translation>
    </message>
    <message>
        <source>Choose 12 or 24 words.</source>
        <translation>请选择 12 或 24 个单词。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed, so no recovery phrase was made.</source>
        <translation>系统随机数生成器出错，未能生成助记词。</translation>
    </message>
    <message>
        <source>Try again; if this persists, check the system&apos;s random number source.</source>
        <translation>请重试；如果问题仍然存在，请检查系统的随机数来源。</translation>
    </message>
    <message>
        <source>A recovery phrase needs 16, 20, 24, 28 or 32 bytes of entropy, not %1.</source>
        <translation>助记词需要 16、20、24、28 或 32 字节的熵，而不是 %1 字节。</translation>
    </message>
    <message>
        <source>This is a bug in Kassa; please report it.</source>
        <translation>这是 Kassa 的错误，请报告此问题。</translation>
    </message>
    <message>
        <source>This text is too long to be a recovery phrase (%1 characters).</source>
        <translation>此文本太长，不可能是助记词（%1 个字符）。</translation>
    </message>
    <message>
        <source>Enter only the 12 to 24 recovery words.</source>
        <translation>请只输入 12 到 24 个助记词。</translation>
    </message>
    <message>
        <source>Word %1 contains a character that is not a letter from a to z.</source>
        <translation>第 %1 个单词包含 a 到 z 以外的字符。</translation>
    </message>
    <message>
        <source>Write only the words, separated by spaces or line breaks: no numbers, punctuation or accents.</source>
        <translation>请只写单词，用空格或换行分隔：不要数字、标点或重音符号。</translation>
    </message>
    <message>
        <source>Word %1, “%2”, is not in the English recovery word list.</source>
        <translation>第 %1 个单词“%2”不在英文助记词单词表中。</translation>
    </message>
    <message>
        <source>Check the spelling against your written copy.</source>
        <translation>请对照您的书面备份检查拼写。</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>您是不是要输入：%1？</translation>
    </message>
    <message>
        <source>There are more than 24 words; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>单词超过 24 个；助记词由 12、15、18、21 或 24 个单词组成。</translation>
    </message>
    <message>
        <source>Enter only the recovery words, nothing else.</source>
        <translation>请只输入助记词，不要输入其他内容。</translation>
    </message>
    <message>
        <source>No recovery words were entered.</source>
        <translation>未输入任何助记词。</translation>
    </message>
    <message>
        <source>Enter the 12 to 24 words you wrote down, separated by spaces.</source>
        <translation>请输入您记下的 12 到 24 个单词，用空格分隔。</translation>
    </message>
    <message numerus="yes">
        <source>There are %n word(s); a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>共有 %n 个单词；助记词由 12、15、18、21 或 24 个单词组成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that no word is missing or doubled.</source>
        <translation>请检查是否有单词遗漏或重复。</translation>
    </message>
    <message>
        <source>All words are in the list, but together they do not form a valid recovery phrase (the checksum does not match): a word is wrong or two are swapped.</source>
        <translation>所有单词都在单词表中，但组合起来不是有效的助记词（校验和不匹配）：有单词错误或有两个单词顺序颠倒。</translation>
    </message>
    <message>
        <source>Compare every word and its position with your written copy.</source>
        <translation>请将每个单词及其位置与您的书面备份逐一核对。</translation>
    </message>
    <message>
        <source>The passphrase is too long (%1 characters; at most %2).</source>
        <translation>密码短语太长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>Use the passphrase you chose when the wallet was made.</source>
        <translation>请使用创建钱包时设定的密码短语。</translation>
    </message>
    <message>
        <source>The wallet seed could not be computed.</source>
        <translation>无法计算钱包种子。</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>请报告此问题。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::PublicKey</name>
    <message>
        <source>This is not a public key: it must be 33 bytes starting with 02 or 03, or 65 bytes starting with 04 (it has %1 bytes).</source>
        <translation>这不是公钥：公钥必须是以 02 或 03 开头的 33 字节，或以 04 开头的 65 字节（此值有 %1 字节）。</translation>
    </message>
    <message>
        <source>Check that the whole key was copied.</source>
        <translation>请检查是否复制了完整的密钥。</translation>
    </message>
    <message>
        <source>This public key is not a point on the secp256k1 curve.</source>
        <translation>此公钥不是 secp256k1 曲线上的点。</translation>
    </message>
    <message>
        <source>Check that the whole key was copied without changes.</source>
        <translation>请检查是否完整复制了密钥且未做任何更改。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ReceiveAddresses</name>
    <message>
        <source>This xpub is not an account key: it is at depth %1, but receive addresses come from an account xpub (m/44&apos;/60&apos;/0&apos; or m/44&apos;/195&apos;/0&apos;, depth 3) or its receive chain (…/0, depth 4).</source>
        <translation>此 xpub 不是账户密钥：它位于深度 %1，而收款地址应来自账户 xpub（m/44&apos;/60&apos;/0&apos; 或 m/44&apos;/195&apos;/0&apos;，深度 3）或其收款链（…/0，深度 4）。</translation>
    </message>
    <message>
        <source>Export the account&apos;s xpub from your wallet.</source>
        <translation>请从您的钱包导出该账户的 xpub。</translation>
    </message>
    <message>
        <source>Receive index %1 is too large; indexes go up to %2.</source>
        <translation>收款索引 %1 太大；索引最大为 %2。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Secp256k1</name>
    <message>
        <source>The signing engine could not initialise its protection against side-channel attacks, so it refuses to use private keys.</source>
        <translation>签名引擎无法初始化侧信道攻击防护，因此拒绝使用私钥。</translation>
    </message>
    <message>
        <source>Restart Kassa; if this persists, check the system&apos;s random number source.</source>
        <translation>请重启 Kassa；如果问题仍然存在，请检查系统的随机数来源。</translation>
    </message>
    <message>
        <source>Internal error: a private key was used after it was discarded.</source>
        <translation>内部错误：私钥在被丢弃后仍被使用。</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>请报告此问题。</translation>
    </message>
    <message>
        <source>A signature failed its self-check and was discarded; nothing was sent.</source>
        <translation>签名未通过自检，已被丢弃；未发送任何内容。</translation>
    </message>
    <message>
        <source>Try again. If it happens again, the key or the computer may be faulty; please report it.</source>
        <translation>请重试。如果再次发生，可能是密钥或计算机有故障；请报告此问题。</translation>
    </message>
    <message>
        <source>This derivation index gives no valid key (this happens with probability below 1 in 2^127).</source>
        <translation>此派生索引无法生成有效密钥（这种情况的发生概率低于 2^127 分之一）。</translation>
    </message>
    <message>
        <source>Skip this index and use the next one, as BIP-32 prescribes.</source>
        <translation>请按照 BIP-32 的规定跳过此索引，改用下一个。</translation>
    </message>
    <message>
        <source>This is not a valid signature: it must be 64 bytes (r and s) with a recovery id of 0 or 1.</source>
        <translation>这不是有效的签名：签名必须为 64 字节（r 和 s），且恢复 ID 为 0 或 1。</translation>
    </message>
    <message>
        <source>Check where the signature came from.</source>
        <translation>请检查该签名的来源。</translation>
    </message>
    <message>
        <source>This is not a valid signature: r or s is out of range.</source>
        <translation>这不是有效的签名：r 或 s 超出范围。</translation>
    </message>
    <message>
        <source>Internal error: the public key of a private key could not be computed.</source>
        <translation>内部错误：无法计算私钥对应的公钥。</translation>
    </message>
    <message>
        <source>The signature is invalid: no public key can be recovered from it.</source>
        <translation>签名无效：无法从中恢复出公钥。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::SecretKey</name>
    <message>
        <source>This is not a valid private key: it is zero or not below the secp256k1 group order.</source>
        <translation>这不是有效的私钥：其值为零，或不小于 secp256k1 的群阶。</translation>
    </message>
    <message>
        <source>Check that the key was copied completely and correctly.</source>
        <translation>请检查密钥是否已完整、正确地复制。</translation>
    </message>
    <message>
        <source>A private key has 32 bytes (64 hex digits); this one has %1 bytes.</source>
        <translation>私钥为 32 字节（64 位 hex 数字）；此密钥有 %1 字节。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed, so no key was created.</source>
        <translation>系统的随机数生成器出现故障，因此未创建任何密钥。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check the system&apos;s entropy source.</source>
        <translation>请重试；如果仍然失败，请检查系统的熵源。</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::TronAddress</name>
    <message>
        <source>This is not a Tron address: it must be 34 characters starting with T, or 42 hex digits starting with 41 (it has %1 characters).</source>
        <translation>这不是 Tron 地址：地址必须是以 T 开头的 34 个字符，或以 41 开头的 42 位 hex 数字（此值有 %1 个字符）。</translation>
    </message>
    <message>
        <source>Copy the whole address without spaces. Ethereum-style 0x addresses are not Tron addresses.</source>
        <translation>请复制完整地址，不要包含空格。Ethereum 格式的 0x 地址不是 Tron 地址。</translation>
    </message>
    <message>
        <source>This is not a Tron address: its version byte is 0x%1 instead of 0x41.</source>
        <translation>这不是 Tron 地址：其版本字节为 0x%1，而不是 0x41。</translation>
    </message>
    <message>
        <source>Check that the address belongs to the Tron network.</source>
        <translation>请检查该地址是否属于 Tron 网络。</translation>
    </message>
    <message>
        <source>A Tron address has 21 bytes; this one has %1.</source>
        <translation>Tron 地址为 21 字节；此地址有 %1 字节。</translation>
    </message>
    <message>
        <source>Check where the address came from.</source>
        <translation>请检查该地址的来源。</translation>
    </message>
    <message>
        <source>This is not a Tron address: it contains a character that is not a hex digit.</source>
        <translation>这不是 Tron 地址：其中包含不是 hex 数字的字符。</translation>
    </message>
    <message>
        <source>Copy the whole address without spaces.</source>
        <translation>请复制完整地址，不要包含空格。</translation>
    </message>
    <message>
        <source>The Tron address checksum does not match: the address has a typo or was tampered with.</source>
        <translation>Tron 地址校验和不匹配：该地址有输入错误或已被篡改。</translation>
    </message>
    <message>
        <source>Do not use it. Copy the address again from a source you trust.</source>
        <translation>请勿使用该地址。请从您信任的来源重新复制地址。</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoNetwork</name>
    <message>
        <source>Close Kassa and start the demo again. If it keeps failing, delete the demo folder %1.</source>
        <translation>请关闭 Kassa 并重新启动演示。如果仍然失败，请删除演示文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo needs anvil, the local test network, and it is not installed.</source>
        <translation>演示需要本地测试网络 anvil，但它尚未安装。</translation>
    </message>
    <message>
        <source>The demo token is missing from this build of Kassa.</source>
        <translation>此版本的 Kassa 缺少演示代币。</translation>
    </message>
    <message>
        <source>Kassa could not create the demo folder %1.</source>
        <translation>Kassa 无法创建演示文件夹 %1。</translation>
    </message>
    <message>
        <source>The local test network did not start: %1</source>
        <translation>本地测试网络未能启动：%1</translation>
    </message>
    <message>
        <source>The local test network stopped while starting (exit code %1).</source>
        <translation>本地测试网络在启动过程中停止了（退出代码 %1）。</translation>
    </message>
    <message>
        <source>The local test network reports the wrong chain.</source>
        <translation>本地测试网络报告的链不正确。</translation>
    </message>
    <message>
        <source>The local test network did not answer within 30 seconds.</source>
        <translation>本地测试网络在 30 秒内没有响应。</translation>
    </message>
    <message>
        <source>The local test network refused a request.</source>
        <translation>本地测试网络拒绝了一个请求。</translation>
    </message>
    <message>
        <source>The test USDT could not be created on the local test network.</source>
        <translation>无法在本地测试网络上创建测试 USDT。</translation>
    </message>
    <message>
        <source>The local test network did not mine the test USDT within 30 seconds.</source>
        <translation>本地测试网络未在 30 秒内打包测试 USDT 的交易。</translation>
    </message>
    <message>
        <source>The local test network did not start in time.</source>
        <translation>本地测试网络未能及时启动。</translation>
    </message>
    <message>
        <source>Kassa could not write the demo settings %1.</source>
        <translation>Kassa 无法写入演示设置 %1。</translation>
    </message>
    <message>
        <source>The local test network is not running.</source>
        <translation>本地测试网络未在运行。</translation>
    </message>
    <message>
        <source>The local test network refused the payment: %1</source>
        <translation>本地测试网络拒绝了这笔付款：%1</translation>
    </message>
    <message>
        <source>Run “make deps” (or “make”) in Kassa&apos;s source folder: it installs anvil from npm into %1. Or set KASSA_ANVIL to an anvil program.</source>
        <translation>请在 Kassa 的源代码文件夹中运行“make deps”（或“make”）：它会从 npm 将 anvil 安装到 %1。也可以将 KASSA_ANVIL 设置为某个 anvil 程序。</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoPayouts</name>
    <message>
        <source>Kassa could not write the demo settings %1.</source>
        <translation>Kassa 无法写入演示设置 %1。</translation>
    </message>
    <message>
        <source>Demo payout wallet (play money)</source>
        <translation>演示付款钱包（游戏币）</translation>
    </message>
    <message>
        <source>The demo payouts can only be set up in an open demo profile.</source>
        <translation>演示付款只能在已打开的演示配置档案中设置。</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoSimulator</name>
    <message>
        <source>The storefront simulator could not open its callback address.</source>
        <translation>网店模拟器无法打开其回调地址。</translation>
    </message>
    <message>
        <source>The storefront refused a simulated order: %1</source>
        <translation>网店拒绝了一个模拟订单：%1</translation>
    </message>
</context>
<context>
    <name>kassa::engine::AuditBackend</name>
    <message>
        <source>The audit log is not available yet: the database is still opening.</source>
        <translation>审计日志暂时不可用：数据库仍在打开中。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with enough free space.</source>
        <translation>请选择一个您有写入权限且空间充足的文件夹。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::ChainManager</name>
    <message>
        <source>Watching %1 is not available in this version of Kassa.</source>
        <translation>此版本的 Kassa 尚不支持监控 %1。</translation>
    </message>
    <message>
        <source>There is no key store to keep the API key in.</source>
        <translation>没有可用于保存 API 密钥的密钥存储。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OperatorsBackend</name>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>Several wrong attempts in a row lock the account for a while.</source>
        <translation>连续多次输错会使账户被锁定一段时间。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>The one-time code is wrong or was already used.</source>
        <translation>一次性验证码错误或已被使用。</translation>
    </message>
    <message>
        <source>Wait for the next code in your authenticator app and check the computer&apos;s clock.</source>
        <translation>请等待身份验证器应用显示下一个验证码，并检查电脑的时钟。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked until %1 (UTC).</source>
        <translation>错误尝试次数过多：此账户已锁定至 %1（UTC）。</translation>
    </message>
    <message>
        <source>Wait until then, or ask an owner to clear the lock.</source>
        <translation>请等到该时间，或请所有者解除锁定。</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>此操作员账户已停用。</translation>
    </message>
    <message>
        <source>Ask an owner to enable it again.</source>
        <translation>请所有者重新启用它。</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Operator accounts are not available yet: the database is still opening.</source>
        <translation>操作员账户暂不可用：数据库仍在打开中。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>Only an owner may change operator accounts.</source>
        <translation>只有所有者可以更改操作员账户。</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>内部错误。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>The first owner was already created.</source>
        <translation>第一个所有者已经创建。</translation>
    </message>
    <message>
        <source>Sign in instead.</source>
        <translation>请直接登录。</translation>
    </message>
    <message>
        <source>The last owner cannot lose the Owner role.</source>
        <translation>最后一个所有者不能失去所有者角色。</translation>
    </message>
    <message>
        <source>Make someone else an owner first.</source>
        <translation>请先将其他人设为所有者。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>The last owner cannot be disabled.</source>
        <translation>不能停用最后一个所有者。</translation>
    </message>
    <message>
        <source>This enrolment has expired.</source>
        <translation>此次注册已过期。</translation>
    </message>
    <message>
        <source>Start again and scan the new code.</source>
        <translation>请重新开始并扫描新的二维码。</translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation>无法读取或写入数据库。</translation>
    </message>
    <message>
        <source>A change of this operator&apos;s roles already waits for another owner.</source>
        <translation>此操作员的一项角色更改已在等待另一位所有者确认。</translation>
    </message>
    <message>
        <source>Confirm or reject that one first.</source>
        <translation>请先确认或拒绝该更改。</translation>
    </message>
    <message>
        <source>This change is no longer waiting: another owner decided it.</source>
        <translation>此更改已不再等待：另一位所有者已作出决定。</translation>
    </message>
    <message>
        <source>Another owner has to confirm the change you proposed.</source>
        <translation>您提议的更改必须由另一位所有者确认。</translation>
    </message>
    <message>
        <source>The operator&apos;s roles changed since this was proposed.</source>
        <translation>自提议以来，该操作员的角色已发生变化。</translation>
    </message>
    <message>
        <source>Reject it and propose the change again.</source>
        <translation>请拒绝它，然后重新提议更改。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OperatorsOwnerSetup</name>
    <message>
        <source>Only an owner can do this.</source>
        <translation>只有所有者才能执行此操作。</translation>
    </message>
    <message>
        <source>Sign in as an owner and try again.</source>
        <translation>请以所有者身份登录后重试。</translation>
    </message>
    <message>
        <source>Sign in to the console first.</source>
        <translation>请先登录控制台。</translation>
    </message>
    <message>
        <source>Then try again.</source>
        <translation>然后重试。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OrdersBackend</name>
    <message>
        <source>Orders are not available yet: the database is still opening.</source>
        <translation>订单暂不可用：数据库仍在打开中。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>不存在订单 %1。</translation>
    </message>
    <message>
        <source>The callback is gone.</source>
        <translation>该回调已不存在。</translation>
    </message>
    <message>
        <source>The order totals could not be read.</source>
        <translation>无法读取订单合计。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutRates</name>
    <message>
        <source>The exchange rates cannot be read.</source>
        <translation>无法读取汇率。</translation>
    </message>
    <message>
        <source>No exchange rate of %1 in %2 is known, so the payout cannot be valued.</source>
        <translation>没有 %1 兑 %2 的汇率，因此无法估算这笔付款的价值。</translation>
    </message>
    <message>
        <source>Set one with “kassa-cli orders rate %1 RATE --asset %2”.</source>
        <translation>请用“kassa-cli orders rate %1 RATE --asset %2”设置汇率。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutRunner</name>
    <message>
        <source>Approved payouts on %1 are not sent: %2</source>
        <extracomment>%1 is a chain name (&quot;Ethereum&quot;, &quot;Tron&quot;), %2 the reason</extracomment>
        <translation>%1 上已审批的付款未发出：%2</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutsBackend</name>
    <message>
        <source>Payouts are not available yet: the database is still opening.</source>
        <translation>付款暂不可用：数据库仍在打开中。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>请稍候再试。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::Storefront</name>
    <message>
        <source>The setting %1 in %2 is not valid: “%3”.</source>
        <translation>%2 中的设置 %1 无效：“%3”。</translation>
    </message>
    <message>
        <source>Expected: %1. See doc/config.md.</source>
        <translation>应为：%1。参见 doc/config.md。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>There is no %1 token on %2 in the chain settings.</source>
        <translation>链设置中 %2 上没有 %1 代币。</translation>
    </message>
    <message>
        <source>Check [payments] chain and asset, and the chain&apos;s tokens.</source>
        <translation>请检查 [payments] 的 chain 和 asset，以及该链的代币设置。</translation>
    </message>
</context>
<context>
    <name>kassa::engine::WalletsBackend</name>
    <message>
        <source>The wallets are not available yet: the database is still opening.</source>
        <translation>钱包暂不可用：数据库仍在打开中。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>This wallet no longer exists.</source>
        <translation>该钱包已不存在。</translation>
    </message>
    <message>
        <source>Choose at least one chain.</source>
        <translation>请至少选择一条链。</translation>
    </message>
    <message>
        <source>A watch-only wallet belongs to one chain family.</source>
        <translation>观察钱包只能属于一个链族。</translation>
    </message>
    <message>
        <source>Only a wallet with its recovery phrase can pay out.</source>
        <translation>只有持有助记词的钱包才能付款。</translation>
    </message>
    <message>
        <source>Choose the receiving or cold storage role for a watch-only wallet.</source>
        <translation>请为观察钱包选择“收款”或“冷存储”角色。</translation>
    </message>
    <message>
        <source>The account number is too large.</source>
        <translation>账户编号过大。</translation>
    </message>
    <message>
        <source>The recovery phrase is missing.</source>
        <translation>缺少助记词。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation>请至少输入一个地址。</translation>
    </message>
    <message>
        <source>This wallet is a fixed list of addresses; it cannot make new ones.</source>
        <translation>该钱包是固定的地址列表，无法生成新地址。</translation>
    </message>
    <message>
        <source>Import the wallet&apos;s xpub to get new receive addresses.</source>
        <translation>导入该钱包的 xpub 即可获得新的收款地址。</translation>
    </message>
    <message>
        <source>This wallet has handed out every receive address it has.</source>
        <translation>该钱包的收款地址已全部分配完毕。</translation>
    </message>
    <message>
        <source>A watch-only wallet has no recovery phrase in Kassa.</source>
        <translation>观察钱包在 Kassa 中没有助记词。</translation>
    </message>
    <message>
        <source>The backup passphrase needs at least 8 characters.</source>
        <translation>备份密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Choose a long passphrase and keep it apart from the backup file.</source>
        <translation>请选择较长的密码，并与备份文件分开保管。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: %2</source>
        <translation>无法写入备份文件 %1：%2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as a USB stick.</source>
        <translation>请选择有写入权限的文件夹，例如 U 盘。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read: %2</source>
        <translation>无法读取备份文件 %1：%2</translation>
    </message>
    <message>
        <source>This file is too large to be a Kassa backup.</source>
        <translation>该文件过大，不可能是 Kassa 备份。</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>备份文件</translation>
    </message>
</context>
<context>
    <name>kassa::keys::ApiSecretStore</name>
    <message>
        <source>The token must be 16 to 256 characters long.</source>
        <translation>令牌长度必须为 16 到 256 个字符。</translation>
    </message>
    <message>
        <source>Use the token your storefront plugin is configured with, or let Kassa make one.</source>
        <translation>请使用网店插件中配置的令牌，或让 Kassa 生成一个。</translation>
    </message>
    <message>
        <source>The token may contain only printable ASCII characters without spaces.</source>
        <translation>令牌只能包含可打印的 ASCII 字符，不能有空格。</translation>
    </message>
    <message>
        <source>The key store was closed.</source>
        <translation>密钥存储已关闭。</translation>
    </message>
    <message>
        <source>This profile has that secret already.</source>
        <translation>此配置档案已有该密钥。</translation>
    </message>
    <message>
        <source>Use rotate to replace it; the storefront must then be given the new one.</source>
        <translation>请使用 rotate 替换它；之后必须把新密钥提供给网店。</translation>
    </message>
</context>
<context>
    <name>kassa::keys::EncryptedFileStore</name>
    <message>
        <source>encrypted key file</source>
        <translation>加密密钥文件</translation>
    </message>
</context>
<context>
    <name>kassa::keys::KeyStore</name>
    <message>
        <source>The %1 is locked.</source>
        <translation>%1已锁定。</translation>
    </message>
    <message>
        <source>Unlock it (your desktop asks for your login password), then try again.</source>
        <translation>请将其解锁（桌面环境会要求您输入登录密码），然后重试。</translation>
    </message>
    <message>
        <source>This computer has no %1 that Kassa can use.</source>
        <translation>此计算机上没有 Kassa 可以使用的%1。</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keyring service, or choose the encrypted key file in Settings.</source>
        <translation>请启动桌面环境的密钥环服务，或在“设置”中选择加密密钥文件。</translation>
    </message>
    <message>
        <source>Access to the %1 was refused.</source>
        <translation>对%1的访问被拒绝。</translation>
    </message>
    <message>
        <source>Allow Kassa when the keychain asks, then try again.</source>
        <translation>当钥匙串请求确认时，请允许 Kassa 访问，然后重试。</translation>
    </message>
    <message>
        <source>The secret for this wallet is not in the %1.</source>
        <translation>%1中没有此钱包的机密信息。</translation>
    </message>
    <message>
        <source>If this profile was copied from another computer, restore the wallet from its backup file or recovery words.</source>
        <translation>如果此配置档案是从另一台计算机复制过来的，请通过钱包的备份文件或助记词恢复钱包。</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file.</source>
        <translation>该密码短语无法打开密钥文件。</translation>
    </message>
    <message>
        <source>Check the passphrase, including capital letters and the keyboard layout.</source>
        <translation>请检查密码短语，包括大小写和键盘布局。</translation>
    </message>
    <message>
        <source>The key file is damaged or was changed.</source>
        <translation>密钥文件已损坏或已被更改。</translation>
    </message>
    <message>
        <source>Restore the wallet from its backup file or recovery words. The damaged file was left as it is.</source>
        <translation>请通过钱包的备份文件或助记词恢复钱包。已损坏的文件保持原样，未做改动。</translation>
    </message>
    <message>
        <source>The key file cannot be read or written: %1</source>
        <translation>无法读取或写入密钥文件：%1</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder and the free disk space.</source>
        <translation>请检查配置档案文件夹的权限和磁盘剩余空间。</translation>
    </message>
    <message>
        <source>The %1 reported an error: %2</source>
        <translation>%1报告了错误：%2</translation>
    </message>
</context>
<context>
    <name>kassa::keys::KeychainStore</name>
    <message>
        <source>system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
</context>
<context>
    <name>kassa::keys::MemoryKeyStore</name>
    <message>
        <source>memory key store</source>
        <translation>内存密钥存储</translation>
    </message>
</context>
<context>
    <name>kassa::money::Amount</name>
    <message>
        <source>The currency “%1” with %2 decimals is not usable: Kassa supports 0 to %3 decimals.</source>
        <translation>币种“%1”有 %2 位小数，无法使用：Kassa 支持 0 到 %3 位小数。</translation>
    </message>
    <message>
        <source>Check the asset&apos;s settings.</source>
        <translation>请检查该资产的设置。</translation>
    </message>
    <message>
        <source>Amounts in %1 (%2 decimals) and %3 (%4 decimals) cannot be combined.</source>
        <translation>%1（%2 位小数）和 %3（%4 位小数）的金额不能合并计算。</translation>
    </message>
    <message>
        <source>This is a bug in Kassa or in its settings; please report it.</source>
        <translation>这是 Kassa 或其设置中的错误，请报告此问题。</translation>
    </message>
    <message>
        <source>The result is too large to represent.</source>
        <translation>结果太大，无法表示。</translation>
    </message>
    <message>
        <source>Check the amounts involved.</source>
        <translation>请检查相关金额。</translation>
    </message>
    <message>
        <source>%1 decimal places are not possible: use 0 to %2.</source>
        <translation>不能使用 %1 位小数：请使用 0 到 %2 位。</translation>
    </message>
    <message>
        <source>%1 minus %2 would be negative.</source>
        <translation>%1 减去 %2 将为负数。</translation>
    </message>
    <message>
        <source>Use a signed amount where a result below zero is expected.</source>
        <translation>如果结果可能小于零，请使用带符号的金额。</translation>
    </message>
</context>
<context>
    <name>kassa::money::Decimal</name>
    <message>
        <source>The number is too large.</source>
        <translation>数字太大。</translation>
    </message>
    <message>
        <source>Check the number; no amount comes anywhere near this size.</source>
        <translation>请检查该数字；任何金额都不会接近这个大小。</translation>
    </message>
    <message>
        <source>Write the number with the digits 0-9 and at most one decimal point, for example 1234.56.</source>
        <translation>请只用数字 0-9 和最多一个小数点书写，例如 1234.56。</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>数字为空。</translation>
    </message>
    <message>
        <source>Enter a number such as 12.50.</source>
        <translation>请输入一个数字，例如 12.50。</translation>
    </message>
    <message>
        <source>The number is too long (%1 characters).</source>
        <translation>数字太长（%1 个字符）。</translation>
    </message>
    <message>
        <source>Check what was pasted into the field.</source>
        <translation>请检查粘贴到该字段中的内容。</translation>
    </message>
    <message>
        <source>The number has more than one decimal point.</source>
        <translation>数字中有多个小数点。</translation>
    </message>
    <message>
        <source>The minus sign at character %1 is out of place.</source>
        <translation>第 %1 个字符处的负号位置不对。</translation>
    </message>
    <message>
        <source>A minus sign may only stand in front of the number.</source>
        <translation>负号只能放在数字前面。</translation>
    </message>
    <message>
        <source>The number is negative; a negative value is not allowed here.</source>
        <translation>该数字为负数；此处不允许负值。</translation>
    </message>
    <message>
        <source>Leave out the minus sign.</source>
        <translation>请去掉负号。</translation>
    </message>
    <message>
        <source>The number has a plus sign at character %1.</source>
        <translation>数字的第 %1 个字符是加号。</translation>
    </message>
    <message>
        <source>Leave out the plus sign.</source>
        <translation>请去掉加号。</translation>
    </message>
    <message>
        <source>The number is written with an exponent (the “e” at character %1).</source>
        <translation>该数字使用了指数写法（第 %1 个字符处的“e”）。</translation>
    </message>
    <message>
        <source>Write out all the digits, for example 1000000 instead of 1e6.</source>
        <translation>请写出所有位数，例如写 1000000 而不是 1e6。</translation>
    </message>
    <message>
        <source>The number contains a separator (“%1”) at character %2.</source>
        <translation>数字的第 %2 个字符处有分隔符（“%1”）。</translation>
    </message>
    <message>
        <source>Leave out thousands separators and use a point for decimals, for example 1234.56.</source>
        <translation>请不要使用千位分隔符，并用小数点表示小数，例如 1234.56。</translation>
    </message>
    <message>
        <source>The number contains a space or line break at character %1.</source>
        <translation>数字的第 %1 个字符处有空格或换行。</translation>
    </message>
    <message>
        <source>Remove all spaces, also before and after the number.</source>
        <translation>请删除所有空格，包括数字前后的空格。</translation>
    </message>
    <message>
        <source>The number contains an invisible character at character %1.</source>
        <translation>数字的第 %1 个字符是不可见字符。</translation>
    </message>
    <message>
        <source>Type the number again instead of pasting it.</source>
        <translation>请手动重新输入该数字，不要粘贴。</translation>
    </message>
    <message>
        <source>Character %1 is a full-width digit or a digit from another script.</source>
        <translation>第 %1 个字符是全角数字或其他文字的数字。</translation>
    </message>
    <message>
        <source>Type the number with the digits 0-9.</source>
        <translation>请用数字 0-9 输入。</translation>
    </message>
    <message>
        <source>Character %1 (“%2”) does not belong in a number.</source>
        <translation>第 %1 个字符（“%2”）不应出现在数字中。</translation>
    </message>
    <message>
        <source>The number has no digits.</source>
        <translation>该数字没有任何数字位。</translation>
    </message>
    <message>
        <source>The number starts with a decimal point.</source>
        <translation>数字以小数点开头。</translation>
    </message>
    <message>
        <source>Write a zero in front of the point, for example 0.5.</source>
        <translation>请在小数点前写 0，例如 0.5。</translation>
    </message>
    <message>
        <source>The number ends with a decimal point.</source>
        <translation>数字以小数点结尾。</translation>
    </message>
    <message>
        <source>Write digits after the point or leave the point out, for example 5 or 5.0.</source>
        <translation>请在小数点后写数字，或去掉小数点，例如 5 或 5.0。</translation>
    </message>
    <message>
        <source>The number starts with a superfluous zero.</source>
        <translation>数字开头有多余的 0。</translation>
    </message>
    <message>
        <source>Leave out leading zeros, for example 7.5 instead of 07.5.</source>
        <translation>请去掉开头的 0，例如写 7.5 而不是 07.5。</translation>
    </message>
    <message>
        <source>This number</source>
        <extracomment>Subject of “%1 has at most %n decimal place(s)” when no currency is named</extracomment>
        <translation>该数字</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s); this number has %2.</source>
        <extracomment>%1 is a currency such as USDT or CNY, or “This number” / “A rate”; %2 is how many decimals were typed</extracomment>
        <translation>
            <numerusform>%1 最多有 %n 位小数；该数字有 %2 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round the number, or check that it is in the right currency.</source>
        <translation>请对数字进行舍入，或检查币种是否正确。</translation>
    </message>
</context>
<context>
    <name>kassa::money::ExchangeRate</name>
    <message>
        <source>The converted amount is too large.</source>
        <translation>换算后的金额太大。</translation>
    </message>
    <message>
        <source>Check the amount and the rate.</source>
        <translation>请检查金额和汇率。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three capital letters such as CNY or USD.</source>
        <translation>“%1”不是币种代码；请使用三个大写字母，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>The exchange rate does not say which asset it prices.</source>
        <translation>该汇率未说明针对哪种资产。</translation>
    </message>
    <message>
        <source>The exchange rate does not say where it comes from.</source>
        <translation>该汇率未说明来源。</translation>
    </message>
    <message>
        <source>The exchange rate has no valid time.</source>
        <translation>该汇率没有有效的时间。</translation>
    </message>
    <message>
        <source>A rate</source>
        <extracomment>Subject of “%1 has at most %n decimal place(s)”: an exchange rate</extracomment>
        <translation>汇率</translation>
    </message>
    <message>
        <source>An exchange rate of zero cannot be used.</source>
        <translation>汇率不能为零。</translation>
    </message>
    <message>
        <source>Enter how many %1 one %2 costs.</source>
        <translation>请输入 1 %2 值多少 %1。</translation>
    </message>
    <message>
        <source>No exchange rate is set.</source>
        <translation>尚未设置汇率。</translation>
    </message>
    <message>
        <source>This rate converts between %1 and %2, not %3 and %4.</source>
        <translation>此汇率用于 %1 与 %2 之间的换算，而不是 %3 与 %4。</translation>
    </message>
    <message>
        <source>Cannot round to %1 decimal places: %2 has %3.</source>
        <translation>无法舍入到 %1 位小数：%2 只有 %3 位。</translation>
    </message>
</context>
<context>
    <name>kassa::money::SignedAmount</name>
    <message>
        <source>The amount %1 %2 is negative.</source>
        <translation>金额 %1 %2 为负数。</translation>
    </message>
    <message>
        <source>Only zero or more is possible here.</source>
        <translation>此处只能为零或更大。</translation>
    </message>
</context>
<context>
    <name>kassa::money::UInt256</name>
    <message>
        <source>The number is too large: it has %1 bytes, at most 32 are possible.</source>
        <translation>数字太大：它有 %1 个字节，最多只能有 32 个。</translation>
    </message>
    <message>
        <source>Check where the value came from.</source>
        <translation>请检查该值的来源。</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>数字为空。</translation>
    </message>
    <message>
        <source>Enter the digits of the number.</source>
        <translation>请输入该数字的各位数字。</translation>
    </message>
    <message>
        <source>Character %1 of the number is not a digit.</source>
        <translation>数字的第 %1 个字符不是数字。</translation>
    </message>
    <message>
        <source>Use only the digits 0-9: no sign, spaces, separators or exponent.</source>
        <translation>只能使用数字 0-9：不能有正负号、空格、分隔符或指数。</translation>
    </message>
    <message>
        <source>The number starts with a zero.</source>
        <translation>数字以零开头。</translation>
    </message>
    <message>
        <source>Write the number without leading zeros.</source>
        <translation>请去掉开头的零。</translation>
    </message>
    <message>
        <source>The number is too large for 256 bits.</source>
        <translation>数字太大，超出了 256 位。</translation>
    </message>
    <message>
        <source>The number must be 0x followed by hex digits.</source>
        <translation>数字必须是 0x 后跟 hex 数字。</translation>
    </message>
    <message>
        <source>The hex number has a leading zero, which the JSON-RPC format does not allow.</source>
        <translation>该 hex 数字以零开头，JSON-RPC 格式不允许这样。</translation>
    </message>
    <message>
        <source>Character %1 of the number is not a hex digit.</source>
        <translation>数字的第 %1 个字符不是 hex 数字。</translation>
    </message>
</context>
<context>
    <name>kassa::money::WireNumber</name>
    <message>
        <source>This is not a JSON number: character %1 is unexpected.</source>
        <translation>这不是 JSON 数字：第 %1 个字符不符合预期。</translation>
    </message>
    <message>
        <source>This is not a JSON number: it is empty or incomplete.</source>
        <translation>这不是 JSON 数字：它为空或不完整。</translation>
    </message>
    <message>
        <source>Send amounts as plain JSON numbers such as 100.5.</source>
        <translation>请以普通 JSON 数字发送金额，例如 100.5。</translation>
    </message>
    <message>
        <source>The number is too long (%1 characters).</source>
        <translation>数字太长（%1 个字符）。</translation>
    </message>
    <message>
        <source>The number is too large for a 64-bit floating-point value, so a Go gateway cannot read it.</source>
        <translation>该数字超出 64 位浮点数的范围，Go 网关无法读取。</translation>
    </message>
</context>
<context>
    <name>kassa::net::NetworkFactory</name>
    <message>
        <source>“%1” is not a valid address of a server.</source>
        <translation>“%1”不是有效的服务器地址。</translation>
    </message>
    <message>
        <source>Enter a full URL such as https://node.example.com/rpc.</source>
        <translation>请输入完整的 URL，例如 https://node.example.com/rpc。</translation>
    </message>
    <message>
        <source>“%1” uses %2, which is not allowed here.</source>
        <translation>“%1”使用了 %2，此处不允许。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下之一：%1。</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>“%1”未指定服务器。</translation>
    </message>
    <message>
        <source>The address of a server must not contain a user name or password.</source>
        <translation>服务器地址中不得包含用户名或密码。</translation>
    </message>
    <message>
        <source>Put API keys in the field for them, not in the URL.</source>
        <translation>请将 API 密钥填入专用字段，不要写在 URL 中。</translation>
    </message>
    <message>
        <source>“%1” is not encrypted, and %2 is not this computer.</source>
        <translation>“%1”未加密，而 %2 不是本机。</translation>
    </message>
    <message>
        <source>Use https:// or wss://; unencrypted connections are allowed only to this computer.</source>
        <translation>请使用 https:// 或 wss://；只有连接本机时才允许不加密。</translation>
    </message>
    <message>
        <source>The proxy “%1” is not valid.</source>
        <translation>代理“%1”无效。</translation>
    </message>
    <message>
        <source>Use socks5://HOST:PORT (for example Tor at socks5://127.0.0.1:9050) or http://HOST:PORT.</source>
        <translation>请使用 socks5://HOST:PORT（例如 Tor：socks5://127.0.0.1:9050）或 http://HOST:PORT。</translation>
    </message>
</context>
<context>
    <name>kassa::notify::EpusdtSignature</name>
    <message>
        <source>The field “%1” must be a string or a number.</source>
        <translation>字段“%1”必须是字符串或数字。</translation>
    </message>
    <message>
        <source>A callback could not be signed.</source>
        <translation>无法为回调签名。</translation>
    </message>
</context>
<context>
    <name>kassa::notify::Outbox</name>
    <message>
        <source>The callback queue in the database could not be changed.</source>
        <translation>无法修改数据库中的回调队列。</translation>
    </message>
    <message>
        <source>See the log file for details.</source>
        <translation>详情请查看日志文件。</translation>
    </message>
    <message>
        <source>The callback is gone.</source>
        <translation>该回调已不存在。</translation>
    </message>
</context>
<context>
    <name>kassa::notify::RawJson</name>
    <message>
        <source>The request is too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <source>The request is not a valid JSON object (at byte %1).</source>
        <translation>请求不是有效的 JSON 对象（位于第 %1 字节）。</translation>
    </message>
</context>
<context>
    <name>kassa::operators::OperatorStore</name>
    <message>
        <source>No such operator.</source>
        <translation>没有此操作员。</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is already taken.</source>
        <translation>登录名“%1”已被使用。</translation>
    </message>
    <message>
        <source>The database refused an operator change: %1</source>
        <translation>数据库拒绝了操作员变更：%1</translation>
    </message>
    <message>
        <source>A login name has 2 to 64 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>登录名由 2 到 64 个字符组成：字母 a–z、数字、“.”、“_”和“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The name must have 1 to 100 characters.</source>
        <translation>名称须为 1 到 100 个字符。</translation>
    </message>
</context>
<context>
    <name>kassa::operators::PasswordHash</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A few unrelated words make a long password that is easy to remember.</source>
        <translation>几个互不相关的词可以组成既长又好记的密码。</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The password contains a control character (such as a tab or a line break).</source>
        <translation>密码包含控制字符（例如制表符或换行符）。</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and punctuation only.</source>
        <translation>请只使用字母、数字、空格和标点符号。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>系统的随机数生成器出错。</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>无法对密码进行哈希处理。</translation>
    </message>
    <message>
        <source>Send the log file to support.</source>
        <translation>请将日志文件发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>kassa::operators::RoleNames</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>办事员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>kassa::operators::Totp</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>系统的随机数生成器出错。</translation>
    </message>
    <message>
        <source>Invalid one-time code settings.</source>
        <translation>一次性验证码设置无效。</translation>
    </message>
    <message>
        <source>The one-time code could not be computed.</source>
        <translation>无法计算一次性验证码。</translation>
    </message>
    <message>
        <source>This is not a valid secret.</source>
        <translation>这不是有效的密钥。</translation>
    </message>
</context>
<context>
    <name>kassa::payments::HdAddressSource</name>
    <message>
        <source>Kassa does not watch the chain %1.</source>
        <translation>Kassa 没有监视链 %1。</translation>
    </message>
    <message>
        <source>Enable the chain in Settings → Chains.</source>
        <translation>请在“设置 → 链”中启用该链。</translation>
    </message>
    <message>
        <source>There is no receiving wallet for %1 that can make new addresses.</source>
        <translation>%1 没有可以生成新地址的收款钱包。</translation>
    </message>
    <message>
        <source>Add an HD wallet or an xpub for this chain in Wallets, or use shared addresses.</source>
        <translation>请在“钱包”中为此链添加 HD 钱包或 xpub，或使用共享地址。</translation>
    </message>
</context>
<context>
    <name>kassa::payments::Payments</name>
    <message>
        <source>The database refused a change to the orders.</source>
        <translation>数据库拒绝了对订单的修改。</translation>
    </message>
    <message>
        <source>See the log file for details.</source>
        <translation>详情请查看日志文件。</translation>
    </message>
    <message>
        <source>An order in the database is not readable.</source>
        <translation>数据库中有一个订单无法读取。</translation>
    </message>
    <message>
        <source>The order request is incomplete.</source>
        <translation>订单请求不完整。</translation>
    </message>
    <message>
        <source>The order precision is more than the asset has.</source>
        <translation>订单精度超过了该资产的小数位数。</translation>
    </message>
    <message>
        <source>The unique-amount step in the settings is not valid.</source>
        <translation>设置中的唯一金额步长无效。</translation>
    </message>
    <message>
        <source>The amount is not in %1.</source>
        <translation>金额不是以 %1 计价。</translation>
    </message>
    <message>
        <source>There is no receive address for %1 on %2.</source>
        <translation>%2 上没有 %1 的收款地址。</translation>
    </message>
    <message>
        <source>Enable a receive address for this chain in Wallets.</source>
        <translation>请在“钱包”中为此链启用收款地址。</translation>
    </message>
    <message>
        <source>An order with this order id exists already.</source>
        <translation>已存在使用此订单号的订单。</translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 to %2.</source>
        <translation>没有 %1 兑 %2 的汇率。</translation>
    </message>
    <message>
        <source>Set a current rate by hand, or configure a rate source.</source>
        <translation>请手动设置当前汇率，或配置汇率来源。</translation>
    </message>
    <message>
        <source>The exchange rate for %1 to %2 is out of date.</source>
        <translation>%1 兑 %2 的汇率已过期。</translation>
    </message>
    <message>
        <source>Update the rate by hand, or check the rate source.</source>
        <translation>请手动更新汇率，或检查汇率来源。</translation>
    </message>
    <message>
        <source>The amount must be more than %1 %2.</source>
        <translation>金额必须大于 %1 %2。</translation>
    </message>
    <message>
        <source>Every payment amount near %1 %2 is taken by open orders.</source>
        <translation>%1 %2 附近的所有付款金额都已被未完成的订单占用。</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or add receive addresses.</source>
        <translation>请几分钟后重试，或添加收款地址。</translation>
    </message>
    <message>
        <source>The order was not stored.</source>
        <translation>订单未能保存。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>This order cannot change from “%1” to “%2”.</source>
        <translation>此订单不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>The order was changed by someone else; try again.</source>
        <translation>订单已被他人修改，请重试。</translation>
    </message>
    <message>
        <source>Give a reason; it is kept in the audit log.</source>
        <translation>请填写原因，它将记录在审计日志中。</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>不存在订单 %1。</translation>
    </message>
    <message>
        <source>There is no such transfer to a receive address.</source>
        <translation>没有这笔转入收款地址的转账。</translation>
    </message>
    <message>
        <source>This transfer is not final yet.</source>
        <translation>这笔转账尚未最终确认。</translation>
    </message>
    <message>
        <source>This transfer already paid an order.</source>
        <translation>这笔转账已用于支付某个订单。</translation>
    </message>
    <message>
        <source>This transfer went to another chain or address.</source>
        <translation>这笔转账发往了其他链或地址。</translation>
    </message>
    <message>
        <source>The deposit address request is incomplete.</source>
        <translation>充值地址请求不完整。</translation>
    </message>
</context>
<context>
    <name>kassa::payments::RateFeed</name>
    <message>
        <source>The rate source&apos;s answer does not hold a rate where its path points: %1</source>
        <translation>汇率来源的响应中，路径所指的位置没有汇率：%1</translation>
    </message>
    <message>
        <source>Check the source&apos;s URL and path in [rates] of kassa.conf.</source>
        <translation>请检查 kassa.conf 的 [rates] 中该来源的 URL 和路径。</translation>
    </message>
</context>
<context>
    <name>kassa::payments::StaticAddressSource</name>
    <message>
        <source>There is no fresh receive address left for %1.</source>
        <translation>%1 已没有可用的新收款地址。</translation>
    </message>
    <message>
        <source>Add a wallet for this chain, or use shared addresses.</source>
        <translation>请为此链添加钱包，或使用共享地址。</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::EvmPayoutSender</name>
    <message>
        <source>The node did not answer as expected.</source>
        <translation>节点的应答不符合预期。</translation>
    </message>
    <message>
        <source>The database refused a payout change: %1</source>
        <translation>数据库拒绝了付款变更：%1</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::KeyRingPayoutSigner</name>
    <message>
        <source>Create or import a wallet with the payout role on the Wallets page.</source>
        <translation>请在“钱包”页面创建或导入一个用途为付款的钱包。</translation>
    </message>
    <message>
        <source>The payout wallet “%1” is watch-only: it cannot sign.</source>
        <translation>付款钱包“%1”是观察钱包，无法签名。</translation>
    </message>
    <message>
        <source>Import the wallet with its recovery phrase to pay out from it.</source>
        <translation>请用助记词导入该钱包，才能从中付款。</translation>
    </message>
    <message>
        <source>The recovery phrase of the payout wallet “%1” is not in the key store.</source>
        <translation>密钥存储中没有付款钱包“%1”的助记词。</translation>
    </message>
    <message>
        <source>Restore the wallet from its backup on this computer.</source>
        <translation>请在此计算机上从备份恢复该钱包。</translation>
    </message>
    <message>
        <source>The key store is locked: payouts cannot be signed.</source>
        <translation>密钥存储已锁定，无法为付款签名。</translation>
    </message>
    <message>
        <source>Unlock the keychain (or the key file) and the approved payouts go out.</source>
        <translation>解锁钥匙串（或密钥文件）后，已审批的付款就会发出。</translation>
    </message>
    <message>
        <source>There is no payout wallet for %1.</source>
        <translation>%1 没有付款钱包。</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::PayoutPolicy</name>
    <message>
        <source>The payout is valued in %1, but the policy counts in %2.</source>
        <translation>此付款以 %1 计价，但策略以 %2 计算。</translation>
    </message>
    <message numerus="yes">
        <source>The exchange rate is too old (%n minute(s)); update the rate and edit the request.</source>
        <translation>
            <numerusform>汇率已过时（%n 分钟）；请更新汇率并编辑该申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>The payout is above the limit for a single payout (%1 %2).</source>
        <translation>此付款超过单笔付款上限（%1 %2）。</translation>
    </message>
    <message>
        <source>The destination was added or changed recently; it can receive from %1 (UTC).</source>
        <translation>收款地址是最近添加或修改的；从 %1（UTC）起才能收款。</translation>
    </message>
    <message>
        <source>The destination&apos;s address-book entry waits for a second person to confirm it.</source>
        <translation>收款地址的地址簿条目正在等待另一人确认。</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>此操作员账户已停用。</translation>
    </message>
    <message>
        <source>Only an approver or an owner may approve or reject a payout.</source>
        <translation>只有审批人或所有者可以审批或拒绝付款。</translation>
    </message>
    <message>
        <source>You requested this payout, so you cannot approve or reject it.</source>
        <translation>此付款是您申请的，因此您不能审批或拒绝它。</translation>
    </message>
    <message>
        <source>Another approver has to decide on it.</source>
        <translation>需要由另一位审批人决定。</translation>
    </message>
    <message>
        <source>This payout is no longer waiting for approval.</source>
        <translation>此付款已不再等待审批。</translation>
    </message>
    <message>
        <source>You already decided on this version of the payout.</source>
        <translation>您已对此版本的付款作出决定。</translation>
    </message>
    <message>
        <source>The stored payout policy is damaged (%1).</source>
        <translation>已保存的付款策略已损坏（%1）。</translation>
    </message>
    <message>
        <source>The first tier must not be above the second.</source>
        <translation>第一档不能高于第二档。</translation>
    </message>
    <message>
        <source>The second tier must not be above the single-payout limit.</source>
        <translation>第二档不能高于单笔付款上限。</translation>
    </message>
    <message>
        <source>Limits must be above zero.</source>
        <translation>限额必须大于零。</translation>
    </message>
    <message>
        <source>Allow the rate to be at least one minute old.</source>
        <translation>汇率的有效期至少应为一分钟。</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::PayoutSigner</name>
    <message>
        <source>This hot wallet has no Tron key.</source>
        <translation>此热钱包没有 Tron 密钥。</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::Payouts</name>
    <message>
        <source>The database refused a payout change: %1</source>
        <translation>数据库拒绝了付款变更：%1</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>此操作员账户已停用。</translation>
    </message>
    <message>
        <source>A payout has a state this version of Kassa does not know.</source>
        <translation>某笔付款的状态是此版本 Kassa 无法识别的。</translation>
    </message>
    <message>
        <source>A stored payout amount is damaged.</source>
        <translation>已保存的付款金额已损坏。</translation>
    </message>
    <message>
        <source>No such address-book entry.</source>
        <translation>没有此地址簿条目。</translation>
    </message>
    <message>
        <source>No such payout.</source>
        <translation>没有此付款。</translation>
    </message>
    <message>
        <source>Choose a chain.</source>
        <translation>请选择一条链。</translation>
    </message>
    <message>
        <source>The token contract address is not valid.</source>
        <translation>代币合约地址无效。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Say what the payout is for.</source>
        <translation>请说明这笔付款的用途。</translation>
    </message>
    <message>
        <source>Approvers see the reason; a clear one gets approved faster.</source>
        <translation>审批人会看到用途；写清楚能更快获批。</translation>
    </message>
    <message>
        <source>The reason or the reference is too long.</source>
        <translation>用途或参考号太长。</translation>
    </message>
    <message>
        <source>The payout has no exchange rate to value it.</source>
        <translation>这笔付款没有可用于估值的汇率。</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>内部错误。</translation>
    </message>
    <message>
        <source>This is not a valid Tron address.</source>
        <translation>这不是有效的 Tron 地址。</translation>
    </message>
    <message>
        <source>A Tron address starts with T and has 34 characters; copy it again from the recipient.</source>
        <translation>Tron 地址以 T 开头，共 34 个字符；请从收款人处重新复制。</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>这不是有效的地址：%1</translation>
    </message>
    <message>
        <source>Copy the address again from the recipient; a mixed-case address must match its checksum.</source>
        <translation>请从收款人处重新复制地址；大小写混合的地址必须与其校验和一致。</translation>
    </message>
    <message>
        <source>The zero address cannot receive a payout.</source>
        <translation>零地址不能接收付款。</translation>
    </message>
    <message>
        <source>Only an owner may change the payout policy.</source>
        <translation>只有所有者可以更改付款策略。</translation>
    </message>
    <message>
        <source>This policy change is no longer pending.</source>
        <translation>此策略变更已不再待处理。</translation>
    </message>
    <message>
        <source>Another owner has to confirm your policy change.</source>
        <translation>需要另一位所有者确认您的策略变更。</translation>
    </message>
    <message>
        <source>Give the address a name of 1 to 100 characters.</source>
        <translation>请为地址起一个 1 到 100 个字符的名称。</translation>
    </message>
    <message>
        <source>Only an owner may confirm an address-book entry.</source>
        <translation>只有所有者可以确认地址簿条目。</translation>
    </message>
    <message>
        <source>This address-book entry needs no confirmation.</source>
        <translation>此地址簿条目无需确认。</translation>
    </message>
    <message>
        <source>Another owner has to confirm the entry you made.</source>
        <translation>需要另一位所有者确认您添加的条目。</translation>
    </message>
    <message>
        <source>Only a clerk or an owner may request a payout.</source>
        <translation>只有办事员或所有者可以申请付款。</translation>
    </message>
    <message>
        <source>This API key may not request payouts.</source>
        <translation>此 API 密钥不能申请付款。</translation>
    </message>
    <message>
        <source>Give the key the payouts:request scope in Settings.</source>
        <translation>请在设置中为该密钥授予 payouts:request 权限。</translation>
    </message>
    <message>
        <source>Only the requester or an owner may change a payout request.</source>
        <translation>只有申请人或所有者可以更改付款申请。</translation>
    </message>
    <message>
        <source>This payout can no longer be changed.</source>
        <translation>这笔付款已不能再更改。</translation>
    </message>
    <message>
        <source>Someone changed this payout in the meantime.</source>
        <translation>在此期间有人更改了这笔付款。</translation>
    </message>
    <message>
        <source>Open it again.</source>
        <translation>请重新打开。</translation>
    </message>
    <message>
        <source>This payout was changed after you opened it.</source>
        <translation>您打开后这笔付款已被更改。</translation>
    </message>
    <message>
        <source>Open it again and check the new details.</source>
        <translation>请重新打开并核对新的详细信息。</translation>
    </message>
    <message>
        <source>Say why you reject the payout.</source>
        <translation>请说明拒绝这笔付款的原因。</translation>
    </message>
    <message>
        <source>Only the requester or an owner may cancel a payout request.</source>
        <translation>只有申请人或所有者可以取消付款申请。</translation>
    </message>
    <message>
        <source>This payout can no longer be cancelled.</source>
        <translation>这笔付款已不能再取消。</translation>
    </message>
    <message>
        <source>This payout is not approved.</source>
        <translation>这笔付款尚未审批通过。</translation>
    </message>
    <message>
        <source>The payout no longer has the approvals the policy asks for.</source>
        <translation>这笔付款已不再具备策略要求的审批。</translation>
    </message>
    <message>
        <source>The hot wallet holds %1, less than the payout&apos;s %2.</source>
        <translation>热钱包余额为 %1，少于付款金额 %2。</translation>
    </message>
    <message>
        <source>The hot wallet cannot pay the network fee.</source>
        <translation>热钱包无法支付网络手续费。</translation>
    </message>
    <message>
        <source>The token contract has blacklisted the destination; the transfer would fail.</source>
        <translation>代币合约已将收款地址列入黑名单；转账将会失败。</translation>
    </message>
    <message>
        <source>The token contract has blacklisted the hot wallet.</source>
        <translation>代币合约已将热钱包列入黑名单。</translation>
    </message>
    <message>
        <source>Only a clerk, an approver or an owner may change the address book.</source>
        <translation>只有办事员、审批人或所有者可以更改地址簿。</translation>
    </message>
    <message>
        <source>Give a reason for rejecting the change.</source>
        <translation>请填写拒绝此变更的原因。</translation>
    </message>
</context>
<context>
    <name>kassa::store::Database</name>
    <message>
        <source>Kassa could not open its database file %1: %2</source>
        <translation>Kassa 无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>Check that the profile folder is writable and the disk is not full.</source>
        <translation>请检查配置档案文件夹是否可写，以及磁盘是否已满。</translation>
    </message>
    <message>
        <source>Kassa could not connect to the database %1: %2</source>
        <translation>Kassa 无法连接到数据库 %1：%2</translation>
    </message>
    <message>
        <source>Check that the PostgreSQL server is running and reachable, and that the user name, password and database name in the [database] url setting are right.</source>
        <translation>请检查 PostgreSQL 服务器是否正在运行且可以访问，并确认 [database] url 设置中的用户名、密码和数据库名称是否正确。</translation>
    </message>
    <message>
        <source>Kassa could not create the folder for its database %1.</source>
        <translation>Kassa 无法创建数据库 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>请检查配置档案文件夹的权限。</translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed.</source>
        <translation>未安装 %1 的数据库驱动。</translation>
    </message>
    <message>
        <source>Install the Qt SQL driver package (libqt6sql6-sqlite or libqt6sql6-psql).</source>
        <translation>请安装 Qt SQL 驱动程序包（libqt6sql6-sqlite 或 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>数据库无法开始事务：%1</translation>
    </message>
    <message>
        <source>Check that the database is reachable; nothing was changed.</source>
        <translation>请检查数据库是否可以访问；未做任何更改。</translation>
    </message>
    <message>
        <source>An internal error stopped a database change; nothing was changed.</source>
        <translation>内部错误中止了数据库更改；未做任何更改。</translation>
    </message>
    <message>
        <source>The database could not save a change: %1</source>
        <translation>数据库无法保存更改：%1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check free disk space and the database server.</source>
        <translation>未做任何更改。请检查磁盘剩余空间和数据库服务器。</translation>
    </message>
</context>
<context>
    <name>kassa::store::DatabaseUrl</name>
    <message>
        <source>Use an empty value for the built-in SQLite file, or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>留空以使用内置的 SQLite 文件，或填写 postgresql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>The database URL “%1” names no file.</source>
        <translation>数据库 URL“%1”未指定文件。</translation>
    </message>
    <message>
        <source>The database URL “%1” cannot be read as a URL.</source>
        <translation>数据库 URL“%1”无法解析为 URL。</translation>
    </message>
    <message>
        <source>The database URL “%1” starts with “%2”, which Kassa does not support.</source>
        <translation>数据库 URL“%1”以“%2”开头，Kassa 不支持此类型。</translation>
    </message>
    <message>
        <source>The database URL “%1” names no server.</source>
        <translation>数据库 URL“%1”未指定服务器。</translation>
    </message>
    <message>
        <source>The database URL “%1” has a port outside 1–65535.</source>
        <translation>数据库 URL“%1”中的端口不在 1–65535 范围内。</translation>
    </message>
    <message>
        <source>The database URL “%1” names no database.</source>
        <translation>数据库 URL“%1”未指定数据库。</translation>
    </message>
    <message>
        <source>The database URL “%1” has the option “%2”, which Kassa does not support.</source>
        <translation>数据库 URL“%1”包含 Kassa 不支持的选项“%2”。</translation>
    </message>
    <message>
        <source>The database URL “%1” has an invalid value for the option “%2”.</source>
        <translation>数据库 URL“%1”中选项“%2”的值无效。</translation>
    </message>
</context>
<context>
    <name>kassa::store::Migrator</name>
    <message>
        <source>The database reported an error while updating its structure: %1</source>
        <translation>数据库在更新结构时报告错误：%1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the database server is reachable and that the user may create tables, then start Kassa again.</source>
        <translation>未做任何更改。请检查数据库服务器是否可以访问、该用户是否有建表权限，然后重新启动 Kassa。</translation>
    </message>
    <message>
        <source>The migration %1 has an invalid name.</source>
        <translation>迁移脚本 %1 的名称无效。</translation>
    </message>
    <message>
        <source>The migration %1 cannot be read.</source>
        <translation>无法读取迁移脚本 %1。</translation>
    </message>
    <message>
        <source>The migrations are not numbered consecutively.</source>
        <translation>迁移脚本的编号不连续。</translation>
    </message>
    <message>
        <source>This database was last used by a newer version of Kassa (database version %1; this Kassa understands up to %2).</source>
        <translation>此数据库上次由更新版本的 Kassa 使用（数据库版本 %1；当前 Kassa 最高支持版本 %2）。</translation>
    </message>
    <message>
        <source>Install the newer Kassa again, or open another profile. The database was not changed.</source>
        <translation>请重新安装较新版本的 Kassa，或打开其他配置档案。数据库未做任何更改。</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>将数据库更新到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Nothing was changed; the database is still at version %1. Send the log file to support.</source>
        <translation>未做任何更改；数据库仍为版本 %1。请将日志文件发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>kassa::store::TransferStore</name>
    <message>
        <source>The database refused to record a transfer: %1</source>
        <translation>数据库拒绝记录这笔转账：%1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AboutDialog</name>
    <message>
        <source>About Kassa</source>
        <translation>关于 Kassa</translation>
    </message>
    <message>
        <source>Kassa %1</source>
        <translation>Kassa %1</translation>
    </message>
    <message>
        <source>A wallet-and-payment console for merchants who take USDT on Tron and Ethereum-family chains, straight into their own addresses.</source>
        <translation>面向商户的钱包与支付控制台：在 Tron 及 Ethereum 系列链上收取 USDT，款项直接进入商户自己的地址。</translation>
    </message>
    <message>
        <source>via Qt SQL</source>
        <translation>通过 Qt SQL</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>Kassa is free software under the MIT License.</source>
        <translation>Kassa 是基于 MIT 许可证发布的自由软件。</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>构建所用组件</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The full license texts are installed with Kassa in /usr/share/doc/kassa.</source>
        <translation>完整的许可证文本已随 Kassa 安装在 /usr/share/doc/kassa 中。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AccountDialog</name>
    <message>
        <source>Owner: add operators, change their roles and the payout policy.</source>
        <translation>所有者：添加操作员，更改其角色和付款策略。</translation>
    </message>
    <message>
        <source>Approver: approve or reject payouts requested by others.</source>
        <translation>审批人：审批或拒绝他人申请的付款。</translation>
    </message>
    <message>
        <source>Clerk: request payouts and handle orders.</source>
        <translation>办事员：申请付款并处理订单。</translation>
    </message>
    <message>
        <source>Auditor: read the audit log and export it.</source>
        <translation>审计员：查看并导出审计日志。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of role names grows one at a time: %1 is the list so far, %2 the next role (&quot;Owner, Approver&quot;).</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Signed in as %1 (login name: %2). Roles: %3.</source>
        <translation>已登录为 %1（登录名：%2）。角色：%3。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>两步登录</translation>
    </message>
    <message>
        <source>Set up again…</source>
        <translation>重新设置…</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), or type the secret into it. Then enter the code the app shows.</source>
        <translation>请用身份验证器应用（例如 FreeOTP、Aegis 或 Google Authenticator）扫描此二维码，或在应用中输入密钥。然后输入应用显示的验证码。</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>应用中的验证码：</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>On: signing in and each approval ask for a 6-digit code from your authenticator app.</source>
        <translation>已开启：登录和每次审批都需要身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>Off: only your password protects this account. Turn it on for payouts.</source>
        <translation>已关闭：只有密码保护此账户。处理付款时请开启。</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>新密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>密码已更改。今后请使用新密码。</translation>
    </message>
    <message>
        <source>Two-step sign-in is on.</source>
        <translation>两步登录已开启。</translation>
    </message>
    <message>
        <source>Two-step sign-in is off.</source>
        <translation>两步登录已关闭。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AddressBookWidget</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation>可收款</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>更改人</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>From %1, once another owner confirms</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>自 %1 起，且需另一位所有者确认</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>%1 is a date and time: the end of the cool-down.</extracomment>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Once another owner confirms</source>
        <translation>待另一位所有者确认后</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No addresses yet. Payouts to an address outside the book need the highest approval tier.</source>
        <translation>暂无地址。向地址簿以外的地址付款需要最高审批级别。</translation>
    </message>
    <message>
        <source>Saved “%1”. It can receive payouts from %2.</source>
        <extracomment>%1 is the entry&apos;s name, %2 a date and time.</extracomment>
        <translation>已保存“%1”。它自 %2 起可以接收付款。</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>删除地址</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the address book? Payouts to it will need the highest approval tier.</source>
        <translation>要从地址簿中删除“%1”（%2）吗？之后向它付款将需要最高审批级别。</translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation>确认地址</translation>
    </message>
    <message>
        <source>Confirm “%1” (%2), added or changed by %3? Check the address with them on another channel first.</source>
        <translation>确认由 %3 添加或更改的“%1”（%2）吗？请先通过其他渠道与对方核对地址。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AddressEntryDialog</name>
    <message>
        <source>Rename address-book entry</source>
        <translation>重命名地址簿条目</translation>
    </message>
    <message>
        <source>Add to the address book</source>
        <translation>添加到地址簿</translation>
    </message>
    <message>
        <source>Who or what it is, e.g. the supplier&apos;s name</source>
        <translation>是谁或是什么，例如供应商名称</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>链：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message numerus="yes">
        <source>A new name starts a new cool-down: payouts to this address wait %n hour(s) from now.</source>
        <translation>
            <numerusform>新名称会重新开始冷却期：向此地址付款需从现在起等待 %n 小时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts to a new address wait %n hour(s) from now (the cool-down).</source>
        <translation>
            <numerusform>向新地址付款需从现在起等待 %n 小时（冷却期）。</numerusform>
        </translation>
    </message>
    <message>
        <source>With two or more owners, another owner has to confirm the entry too. The change is recorded in the audit log.</source>
        <translation>有两位或更多所有者时，还需另一位所有者确认该条目。此更改会记录在审计日志中。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>The address is valid.</source>
        <translation>地址有效。</translation>
    </message>
    <message>
        <source>Valid; it is saved as %1</source>
        <translation>有效；将保存为 %1</translation>
    </message>
    <message>
        <source>Give the address a name.</source>
        <translation>请为地址命名。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Application</name>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Kassa ran into an internal error and stopped what it was doing. No payment or payout was changed by it. The details are in the log file; please send it to support.</source>
        <translation>Kassa 遇到内部错误，已停止当前操作。此错误未更改任何收款或付款。详细信息已记录在日志文件中，请将其发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AuditLogModel</name>
    <message>
        <source>%1 (API key)</source>
        <extracomment>An action done by a storefront or script through an API key; %1 is the key&apos;s name.</extracomment>
        <translation>%1（API 密钥）</translation>
    </message>
    <message>
        <source>Kassa (automatic)</source>
        <extracomment>An action Kassa did by itself (a timer, a watcher).</extracomment>
        <translation>Kassa（自动）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column header: who did the action.</extracomment>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerning</source>
        <extracomment>Column header: what the action was about (a payout, an order, a wallet).</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AuditLogPage</name>
    <message>
        <source>The audit log is empty</source>
        <translation>审计日志为空</translation>
    </message>
    <message>
        <source>Every security-relevant action — sign-ins, approvals, payouts, exports and changes to settings — is recorded here in a log that cannot be quietly edited.</source>
        <translation>所有与安全相关的操作（登录、审批、付款、导出及设置更改）都会记录在此处，日志无法被暗中篡改。</translation>
    </message>
    <message>
        <source>Entries appear as you and your colleagues use Kassa.</source>
        <translation>您和同事使用 Kassa 时，记录将显示在此处。</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合这些筛选条件的记录。</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Search names, subjects and details</source>
        <translation>搜索名称、对象和详情</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>Recompute the chain of hashes that links every entry to the one before it and report the first entry that was changed, removed or inserted.</source>
        <translation>重新计算将每条记录与前一条相连的哈希链，并报告第一条被修改、删除或插入的记录。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>所选记录</translation>
    </message>
    <message>
        <source>Select an entry to see everything it recorded.</source>
        <translation>选择一条记录以查看其全部内容。</translation>
    </message>
    <message>
        <source>Entry %1, %2 (UTC)</source>
        <translation>记录 %1，%2（UTC）</translation>
    </message>
    <message>
        <source>By: %1 (%2)</source>
        <translation>操作人：%1（%2）</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>操作：%1（%2）</translation>
    </message>
    <message>
        <source>Concerning: %1 %2</source>
        <translation>对象：%1 %2</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>前一哈希：%1</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>正在检查审计日志的每一条记录…</translation>
    </message>
    <message>
        <source>Audit log check</source>
        <translation>审计日志检查</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: all %n entries link up.</source>
        <translation>
            <numerusform>审计日志完好：全部 %n 条记录均相互衔接。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with. %1</source>
        <translation>审计日志已被篡改。%1</translation>
    </message>
    <message>
        <source>Keep this computer and the database as they are and tell the owner of the business. Restore the database from a backup to compare.</source>
        <translation>请保持这台电脑和数据库的现状，并告知企业负责人。可从备份恢复数据库进行比对。</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ChainSettingsWidget</name>
    <message>
        <source>Chains</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Choose the networks Kassa watches for payments to your addresses, and the nodes it asks. Kassa checks the nodes before it saves.</source>
        <translation>选择 Kassa 监控哪些网络上转入您地址的付款，以及向哪些节点查询。保存前 Kassa 会先检查这些节点。</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>链：</translation>
    </message>
    <message>
        <source>Watch this chain</source>
        <translation>监控此链</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>链 ID：</translation>
    </message>
    <message>
        <source>Node addresses:</source>
        <translation>节点地址：</translation>
    </message>
    <message>
        <source>One per line, in order of preference. Kassa switches to the next when one fails.</source>
        <translation>每行一个，按优先顺序排列。某个节点出错时，Kassa 会切换到下一个。</translation>
    </message>
    <message>
        <source>WebSocket addresses:</source>
        <translation>WebSocket 地址：</translation>
    </message>
    <message>
        <source>Optional. With one, new blocks arrive within milliseconds; without, Kassa asks regularly.</source>
        <translation>可选。设置后，新区块会在几毫秒内到达；不设置时，Kassa 会定期查询。</translation>
    </message>
    <message>
        <source>TronGrid address:</source>
        <translation>TronGrid 地址：</translation>
    </message>
    <message>
        <source>TronGrid API key:</source>
        <translation>TronGrid API 密钥：</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>代币：</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>添加代币</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>移除代币</translation>
    </message>
    <message>
        <source>A payment is final:</source>
        <translation>付款最终确认：</translation>
    </message>
    <message>
        <source>Poll interval (milliseconds):</source>
        <translation>轮询间隔（毫秒）：</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>检查并保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>%1 (watching)</source>
        <extracomment>An entry of the chain list in Settings → Chains: &quot;Ethereum (watching)&quot;</extracomment>
        <translation>%1（监控中）</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1（关闭）</translation>
    </message>
    <message>
        <source>The chain id of your test node.</source>
        <translation>您的测试节点的链 ID。</translation>
    </message>
    <message>
        <source>Fixed for this network; the nodes must report the same.</source>
        <translation>此网络的链 ID 是固定的；节点必须报告相同的值。</translation>
    </message>
    <message>
        <source>When the network marks its block final</source>
        <translation>当网络将其区块标记为最终确认时</translation>
    </message>
    <message>
        <source>When its block is solidified</source>
        <translation>当其区块固化时</translation>
    </message>
    <message>
        <source>After a number of confirmations</source>
        <translation>达到一定确认数后</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>确认数：</translation>
    </message>
    <message>
        <source>Fallback confirmations:</source>
        <translation>备用确认数：</translation>
    </message>
    <message>
        <source>A payment is final after this many blocks (its own block counts as one).</source>
        <translation>经过这么多个区块后付款即最终确认（其所在区块计为一个）。</translation>
    </message>
    <message>
        <source>Used only if the node does not report finality itself.</source>
        <translation>仅在节点本身不报告最终确认时使用。</translation>
    </message>
    <message>
        <source>The chain id must be a whole number.</source>
        <translation>链 ID 必须是整数。</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>未保存：请修正标记的字段。</translation>
    </message>
    <message>
        <source>Checking the nodes…</source>
        <translation>正在检查节点…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>The nodes of this chain cannot be checked before saving yet; watch the status bar.</source>
        <translation>目前还无法在保存前检查此链的节点；请留意状态栏。</translation>
    </message>
    <message>
        <source>Saved. Kassa is watching %1.</source>
        <translation>已保存。Kassa 正在监控 %1。</translation>
    </message>
    <message>
        <source>Saved. Kassa does not watch %1.</source>
        <translation>已保存。Kassa 不再监控 %1。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DashboardPage</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>暂无内容</translation>
    </message>
    <message>
        <source>The dashboard shows today&apos;s takings, payments waiting for confirmations and callbacks that need your attention.</source>
        <translation>仪表板显示今日营收、尚未达到所需确认数的收款，以及需要您关注的回调。</translation>
    </message>
    <message>
        <source>To get started, add a wallet on the Wallets page, then choose the chains to watch in Settings.</source>
        <translation>开始使用前，请先在“钱包”页面添加钱包，然后在“设置”中选择要监控的链。</translation>
    </message>
    <message>
        <source>Waiting for confirmations</source>
        <translation>等待确认</translation>
    </message>
    <message>
        <source>Payments to your addresses that are on the chain but not final yet. An order counts as paid once its payment has every confirmation.</source>
        <translation>已上链但尚未最终确认的、转入您地址的收款。收款达到全部确认数后，订单才算已支付。</translation>
    </message>
    <message>
        <source>Try It on a Local Test Network</source>
        <translation>在本地测试网络上试用</translation>
    </message>
    <message>
        <source>Starts a separate demo profile on a private test chain with play money, so you can watch orders being paid. Your own settings are not touched.</source>
        <translation>在私有测试链上用游戏币启动一个独立的演示配置档案，让您观看订单被支付的过程。您自己的设置不会被改动。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DemoSimulatorPanel</name>
    <message>
        <source>Storefront Simulator (DEMO)</source>
        <translation>网店模拟器（演示）</translation>
    </message>
    <message>
        <source>A pretend shop creates an order every few seconds through the storefront API and pays most of them exactly, some with too little and some too late, from test accounts. Play money only.</source>
        <translation>一个模拟商店每隔几秒通过网店 API 创建一个订单，并从测试账户付款：大多数按精确金额支付，有些付款不足，有些逾期付款。仅使用游戏币。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Order %1 created: %2 USDT to %3</source>
        <translation>已创建订单 %1：%2 USDT，付至 %3</translation>
    </message>
    <message>
        <source>Paid too little for order %1: %2 USDT</source>
        <translation>订单 %1 付款不足：%2 USDT</translation>
    </message>
    <message>
        <source>Paid order %1 after it expired: %2 USDT</source>
        <translation>订单 %1 在过期后付款：%2 USDT</translation>
    </message>
    <message>
        <source>Paid order %1 exactly: %2 USDT</source>
        <translation>订单 %1 已按精确金额付款：%2 USDT</translation>
    </message>
    <message>
        <source>Callback for order %1: signature valid, status %2, transaction %3</source>
        <translation>订单 %1 的回调：签名有效，状态 %2，交易 %3</translation>
    </message>
    <message>
        <source>Callback for order %1 with an INVALID signature</source>
        <translation>订单 %1 的回调签名无效</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DemoStartupWindow</name>
    <message>
        <source>Starting the local test network (anvil)</source>
        <translation>正在启动本地测试网络（anvil）</translation>
    </message>
    <message>
        <source>Found the test USDT from the last demo on the saved test chain</source>
        <translation>在已保存的测试链上找到了上次演示的测试 USDT</translation>
    </message>
    <message>
        <source>Deploying the test USDT (6 decimals)</source>
        <translation>正在部署测试 USDT（6 位小数）</translation>
    </message>
    <message>
        <source>Funding the payout wallet and nine customer accounts with test USDT</source>
        <translation>正在向付款钱包和九个客户账户充入测试 USDT</translation>
    </message>
    <message>
        <source>Writing the demo profile&apos;s settings</source>
        <translation>正在写入演示配置档案的设置</translation>
    </message>
    <message>
        <source>Opening the demo profile</source>
        <translation>正在打开演示配置档案</translation>
    </message>
    <message>
        <source>Starting the storefront listener on 127.0.0.1</source>
        <translation>正在 127.0.0.1 上启动网店监听服务</translation>
    </message>
    <message>
        <source>Starting the storefront simulator</source>
        <translation>正在启动网店模拟器</translation>
    </message>
    <message>
        <source>Starting the demo</source>
        <translation>正在启动演示</translation>
    </message>
    <message numerus="yes">
        <source>The demo made no progress for %n second(s): “%1” did not finish.</source>
        <translation>
            <numerusform>演示已有 %n 秒没有进展：“%1”未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again. If it stalls again, quit and start “kassa --demo” from a terminal to read its messages.</source>
        <translation>请重试。如果再次停滞，请退出并在终端中运行“kassa --demo”以查看其消息。</translation>
    </message>
    <message>
        <source>Kassa — starting the DEMO (test network, not real money)</source>
        <translation>Kassa — 正在启动演示（测试网络，非真实资金）</translation>
    </message>
    <message>
        <source>DEMO — a local test network with play money. Nothing here is real money.</source>
        <translation>演示 — 使用游戏币的本地测试网络。这里的一切都不是真实资金。</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>演示未能启动</translation>
    </message>
    <message numerus="yes">
        <source>This takes a few seconds (%n s so far).</source>
        <translation>
            <numerusform>这需要几秒钟（已用 %n 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>暂无订单</translation>
    </message>
    <message>
        <source>Orders from your storefront appear here with their status, the payments that settled them and the callbacks sent to your shop. You can search, filter and export them.</source>
        <translation>来自网店的订单将显示在此处，包括订单状态、完成结算的收款，以及发送给网店的回调。您可以搜索、筛选和导出订单。</translation>
    </message>
    <message>
        <source>Turn on the storefront listener in Settings and point your shop&apos;s Epusdt plugin at Kassa.</source>
        <translation>请在“设置”中开启网店监听服务，并将网店的 Epusdt 插件指向 Kassa。</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>暂无付款</translation>
    </message>
    <message>
        <source>Refunds, supplier payments and withdrawals appear here, with the approvals each one needs and its progress on chain.</source>
        <translation>退款、供应商付款和提现将显示在此处，并列出每笔所需的审批及其链上进度。</translation>
    </message>
    <message>
        <source>Payouts need a payout wallet and at least one colleague to approve them. Set up a payout wallet on the Wallets page.</source>
        <translation>付款需要一个付款钱包，并至少由一位同事审批。请在“钱包”页面设置付款钱包。</translation>
    </message>
    <message>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kassa</source>
        <translation>关于 Kassa(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Show Kassa</source>
        <translation>显示 Kassa</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>No chains are being watched yet.</source>
        <translation>尚未监控任何链。</translation>
    </message>
    <message>
        <source>%1: block %2 via %3</source>
        <translation>%1：区块 %2（通过 %3）</translation>
    </message>
    <message>
        <source>%1: disconnected (%2)</source>
        <translation>%1：已断开（%2）</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Database ready</source>
        <translation>数据库已就绪</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1：正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>%1: block %2, %n block(s) behind</source>
        <translation>
            <numerusform>%1：区块 %2，落后 %n 个区块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: block %2 via %3, %n block(s) behind</source>
        <translation>
            <numerusform>%1：区块 %2（通过 %3），落后 %n 个区块</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: block %2</source>
        <translation>%1：区块 %2</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <source>Newest block: %1</source>
        <translation>最新区块：%1</translation>
    </message>
    <message>
        <source>Blocks not yet processed: %1</source>
        <translation>尚未处理的区块：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>我的账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Payout &amp;policy…</source>
        <translation>付款策略(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Kassa is locked</source>
        <translation>Kassa 已锁定</translation>
    </message>
    <message>
        <source>Sign in with your operator account to see orders, payouts and wallets.</source>
        <translation>请用您的操作员账户登录，以查看订单、付款和钱包。</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Kassa — DEMO (test network, not real money)</source>
        <translation>Kassa — 演示（测试网络，非真实资金）</translation>
    </message>
    <message>
        <source>DEMO — a local test network with play money. Nothing here is real money: never send real funds to these addresses.</source>
        <translation>演示 — 使用游戏币的本地测试网络。这里的一切都不是真实资金：切勿向这些地址发送真实资金。</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Test Network</source>
        <translation>在本地测试网络上试用(&amp;L)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NewPayoutDialog</name>
    <message>
        <source>New payout request</source>
        <translation>新付款申请</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A token on a chain, e.g. &quot;USDT on Ethereum&quot;.</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>What is it for? Approvers read this.</source>
        <translation>用途是什么？审批人会看到。</translation>
    </message>
    <message>
        <source>Optional: invoice or ticket number</source>
        <translation>可选：发票号或工单号</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>资产：</translation>
    </message>
    <message>
        <source>To address:</source>
        <translation>收款地址：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>价值：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参考号：</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>申请付款</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>≈ %1 %2 (rate %3, %4)</source>
        <extracomment>The fiat value of the payout and where the rate came from, e.g. &quot;≈ 1,234.50 USD (rate 1.0001, okx)&quot;.</extracomment>
        <translation>≈ %1 %2（汇率 %3，%4）</translation>
    </message>
    <message>
        <source>Say what the payout is for.</source>
        <translation>请说明这笔付款的用途。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OperatorDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OperatorsPage</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>两步登录</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <source>Clear lockout</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Role changes waiting for another owner</source>
        <translation>等待另一位所有者确认的角色更改</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (proposed by %4, %5)</source>
        <extracomment>%1 operator&apos;s name, %2 roles now, %3 proposed roles, %4 the owner who proposed it, %5 date and time.</extracomment>
        <translation>%1：%2 → %3（由 %4 提议，%5）</translation>
    </message>
    <message>
        <source>Give %1 the roles %2? Enter your password to confirm it is you.</source>
        <translation>授予 %1 角色“%2”吗？请输入您的密码以确认是您本人。</translation>
    </message>
    <message>
        <source>Reject the change of %1&apos;s roles proposed by %2? Enter your password to confirm it is you.</source>
        <translation>拒绝 %2 提议的 %1 角色更改吗？请输入您的密码以确认是您本人。</translation>
    </message>
    <message>
        <source>Confirm role change</source>
        <translation>确认角色更改</translation>
    </message>
    <message>
        <source>Reject role change</source>
        <translation>拒绝角色更改</translation>
    </message>
    <message>
        <source>The role change is applied.</source>
        <translation>角色更改已生效。</translation>
    </message>
    <message>
        <source>The role change is rejected.</source>
        <translation>角色更改已被拒绝。</translation>
    </message>
    <message>
        <source>Another owner has to confirm this change; it is listed above until then.</source>
        <translation>此更改需要另一位所有者确认；在此之前它会显示在上方列表中。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrdersModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Order status: reserved, nothing paid yet.</extracomment>
        <translation>等待付款</translation>
    </message>
    <message>
        <source>Confirming</source>
        <extracomment>Order status: a payment was seen on the chain and is not final yet.</extracomment>
        <translation>确认中</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Order status: the payment window passed without a payment.</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Paid late</source>
        <extracomment>Order status: paid after the window closed; an operator decides.</extracomment>
        <translation>逾期支付</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>少付</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>多付</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Reverted</source>
        <extracomment>Order status: the paying transaction left the chain (reorg) after the order was paid.</extracomment>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>An order&apos;s amount with its fiat price: %1 = &quot;12.5 USDT&quot;, %2 = &quot;88&quot;, %3 = &quot;CNY&quot;.</extracomment>
        <translation>%1（%2） {1 ?} {2 %3)?}</translation>
    </message>
    <message>
        <source>Asked %1, received %2</source>
        <extracomment>Tooltip of an order&apos;s amount: %1 asked, %2 received (exact amounts with the asset).</extracomment>
        <translation>应付 %1，已收 %2</translation>
    </message>
    <message>
        <source>Needs an operator</source>
        <translation>需要操作员处理</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the order was created.</extracomment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Shop order</source>
        <extracomment>Column header: the storefront&apos;s own order number.</extracomment>
        <translation>网店订单号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header: the receive address the customer pays to.</extracomment>
        <translation>地址</translation>
    </message>
    <message>
        <source>Trade ID</source>
        <extracomment>Column header: Kassa&apos;s own id of the order (24 digits).</extracomment>
        <translation>交易号</translation>
    </message>
    <message>
        <source>Seen, not final</source>
        <extracomment>A transfer&apos;s stage: in a block, not enough confirmations yet.</extracomment>
        <translation>已上链，尚未最终确认</translation>
    </message>
    <message>
        <source>Final</source>
        <extracomment>A transfer&apos;s stage: it has all the confirmations it needs.</extracomment>
        <translation>已最终确认</translation>
    </message>
    <message>
        <source>Orphaned by a reorg</source>
        <extracomment>A transfer&apos;s stage: its block left the chain (a reorganisation).</extracomment>
        <translation>因链重组而失效</translation>
    </message>
    <message>
        <source>Failed on chain</source>
        <extracomment>A transfer&apos;s stage: the transaction was mined but failed (reverted).</extracomment>
        <translation>链上执行失败</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrdersPage</name>
    <message>
        <source>Paid today</source>
        <translation>今日已收</translation>
    </message>
    <message>
        <source>Orders waiting</source>
        <translation>待付款订单</translation>
    </message>
    <message>
        <source>Callbacks failing</source>
        <translation>回调失败</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <extracomment>Tab: deliveries of payment notices to the shop that gave up.</extracomment>
        <translation>回调</translation>
    </message>
    <message>
        <source>Search by order ID, trade ID, transaction hash or address</source>
        <translation>按订单号、交易号、交易哈希或地址搜索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All chains</source>
        <translation>全部链</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Date filter: orders created on or after this day.</extracomment>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Date filter: orders created on or before this day.</extracomment>
        <translation>到</translation>
    </message>
    <message>
        <source>any day</source>
        <extracomment>Shown in a date filter that is not set.</extracomment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>标记为已支付…</translation>
    </message>
    <message>
        <source>Attach transfer…</source>
        <translation>关联转账…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Resend callback</source>
        <translation>重新发送回调</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最后错误</translation>
    </message>
    <message>
        <source>Payment notices to the shop that gave up after every retry. Fix the shop, then resend.</source>
        <translation>所有重试后仍未送达网店的付款通知。请先修复网店，然后重新发送。</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>正在加载订单…</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>没有符合这些筛选条件的订单。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to see its timeline, transfers and callbacks.</source>
        <translation>选择一个订单以查看其时间线、转账和回调。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Trade ID</source>
        <translation>交易号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Rate</source>
        <extracomment>%1 = rate, %2 = fiat, %3 = asset, %4 = source (&quot;manual&quot;).</extracomment>
        <translation>汇率</translation>
    </message>
    <message>
        <source>%1 %2 per %3 (%4)</source>
        <translation>每 %3 %1 %2（%4）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>No transfer has reached this order.</source>
        <translation>还没有转账到达此订单。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <extracomment>A transfer in the order details: %1 amount, %2 outcome, %3 stage (&quot;Final&quot;), %4 tx hash.</extracomment>
        <translation>%1 — %2（%3）— %4</translation>
    </message>
    <message>
        <source>No callback for this order.</source>
        <translation>此订单没有回调。</translation>
    </message>
    <message>
        <source>%1 to %2 — %3 of %4 tries</source>
        <extracomment>%1 event (&quot;order.paid&quot;), %2 URL, %3 tries so far, %4 most tries.</extracomment>
        <translation>%1 发往 %2 — 已尝试 %3/%4 次</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>Mark order paid</source>
        <translation>将订单标记为已支付</translation>
    </message>
    <message>
        <source>Mark order %1 (%2) as paid? The shop is told it was paid. Only do this when the money arrived another way.</source>
        <translation>将订单 %1（%2）标记为已支付？网店会收到已支付通知。仅在款项通过其他方式到账时这样做。</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>标记为已支付</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Cancel order %1 (%2)? A payment that arrives later is kept for an operator.</source>
        <translation>取消订单 %1（%2）？之后到达的付款会保留给操作员处理。</translation>
    </message>
    <message>
        <source>Attach a transfer</source>
        <translation>关联转账</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <extracomment>A transfer to choose: %1 amount, %2 sender, %3 tx hash.</extracomment>
        <translation>%1，来自 %2（%3）</translation>
    </message>
    <message>
        <source>No unmatched, late or wrong-amount transfer to %1 is waiting for an operator.</source>
        <translation>没有发往 %1 的未匹配、逾期或金额不符的转账等待操作员处理。</translation>
    </message>
    <message>
        <source>Credit one of these transfers to order %1 (%2) and mark it paid?</source>
        <translation>将其中一笔转账计入订单 %1（%2）并标记为已支付？</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Send the %1 notice to %2 again?</source>
        <translation>再次向 %2 发送 %1 通知？</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个订单写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>请至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutApprovalDialog</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve payout</source>
        <translation>审批付款</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>链：</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>资产：</translation>
    </message>
    <message>
        <source>%1 (contract %2)</source>
        <translation>%1（合约 %2）</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收款方：</translation>
    </message>
    <message>
        <source>In the address book as “%1”, added or changed %2.</source>
        <translation>在地址簿中名为“%1”，添加或修改于%2。</translation>
    </message>
    <message>
        <source>Not in the address book: this payout needs the highest approval tier.</source>
        <translation>不在地址簿中：这笔付款需要最高审批级别。</translation>
    </message>
    <message>
        <source>Address book:</source>
        <translation>地址簿：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>价值：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>汇率：</translation>
    </message>
    <message>
        <source>%1 %2 per %3 from %4, %5</source>
        <translation>每 %3 合 %1 %2，来源 %4，%5</translation>
    </message>
    <message>
        <source>Network fee:</source>
        <translation>网络手续费：</translation>
    </message>
    <message>
        <source>Estimated when the payout is signed, within the fee cap; paid from the hot wallet.</source>
        <translation>在签名时估算，不超过手续费上限；由热钱包支付。</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参考号：</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>%1 已审批，%2</translation>
    </message>
    <message>
        <source>Rejected by %1, %2: %3</source>
        <translation>%1 已拒绝，%2：%3</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>目前：</translation>
    </message>
    <message>
        <source>No approvals yet.</source>
        <translation>尚无审批。</translation>
    </message>
    <message>
        <source>Two approvers and an owner (%1 so far).</source>
        <translation>需要两位审批人和一位所有者（目前 %1 位）。</translation>
    </message>
    <message>
        <source>Two different approvers (%1 so far).</source>
        <translation>需要两位不同的审批人（目前 %1 位）。</translation>
    </message>
    <message>
        <source>One approver.</source>
        <translation>需要一位审批人。</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>策略：</translation>
    </message>
    <message>
        <source>Needed to reject</source>
        <translation>拒绝时必填</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Say why you reject the payout.</source>
        <translation>请说明拒绝这笔付款的原因。</translation>
    </message>
    <message>
        <source>Enter your password to confirm this decision.</source>
        <translation>请输入密码以确认此决定。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutsModel</name>
    <message>
        <source>Awaiting approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>等待我审批</translation>
    </message>
    <message>
        <source>Awaiting others</source>
        <translation>等待他人</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>可以发送</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed or rejected</source>
        <translation>失败或已拒绝</translation>
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
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutsPage</name>
    <message>
        <source>All payouts</source>
        <translation>全部付款</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新申请…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Nothing in this queue.</source>
        <translation>此队列为空。</translation>
    </message>
    <message>
        <source>No payout requests yet. A clerk or an owner can request one with New request.</source>
        <translation>还没有付款申请。办事员或所有者可以通过“新申请”提交。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>地址簿</translation>
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
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorganised — waiting</source>
        <translation>链已重组 — 等待中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The block with this transfer left the chain. It counts again once it is seen in a new block.</source>
        <translation>包含这笔转账的区块已被移出链。在新的区块中再次出现后才会重新计入。</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>确认数</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>发现于</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Receive address</source>
        <extracomment>In the &quot;To&quot; column: one of the storefront&apos;s shared receive addresses.</extracomment>
        <translation>收款地址</translation>
    </message>
    <message>
        <source>Order address</source>
        <extracomment>In the &quot;To&quot; column: an address the storefront gave one order (or one deposit).</extracomment>
        <translation>订单地址</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PolicyDialog</name>
    <message>
        <source>Payout policy</source>
        <translation>付款策略</translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>Unit after a number of minutes.</extracomment>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>Unit after a number of hours.</extracomment>
        <translation>小时</translation>
    </message>
    <message>
        <source>Two approvers from:</source>
        <translation>两位审批人，自：</translation>
    </message>
    <message>
        <source>Two approvers and an owner above:</source>
        <translation>两位审批人加一位所有者，高于：</translation>
    </message>
    <message>
        <source>Largest single payout:</source>
        <translation>单笔付款上限：</translation>
    </message>
    <message>
        <source>Per asset in 24 hours:</source>
        <translation>每种资产 24 小时内：</translation>
    </message>
    <message>
        <source>Per requester in 24 hours:</source>
        <translation>每位申请人 24 小时内：</translation>
    </message>
    <message>
        <source>Oldest exchange rate:</source>
        <translation>汇率最长有效期：</translation>
    </message>
    <message>
        <source>New addresses wait:</source>
        <translation>新地址等待：</translation>
    </message>
    <message>
        <source>Confirm the selected change</source>
        <translation>确认所选变更</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <source>Changes waiting for another owner:</source>
        <translation>等待另一位所有者确认的变更：</translation>
    </message>
    <message>
        <source>%1, %2: two approvers from %3 %4, an owner above %5 %4</source>
        <extracomment>A proposed policy change: who, when, and the two tiers.</extracomment>
        <translation>%1，%2：自 %3 %4 起需两位审批人，高于 %5 %4 需所有者</translation>
    </message>
    <message>
        <source>The new policy is in force.</source>
        <translation>新策略已生效。</translation>
    </message>
    <message>
        <source>Saved as a proposal: another owner has to confirm it before it applies.</source>
        <translation>已保存为提案：需另一位所有者确认后才生效。</translation>
    </message>
    <message>
        <source>Reason, needed to reject</source>
        <translation>原因（拒绝时必填）</translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation>拒绝所选变更</translation>
    </message>
    <message>
        <source>Give a reason for rejecting the change.</source>
        <translation>请填写拒绝此变更的原因。</translation>
    </message>
    <message>
        <source>Put the policy change proposed by %1 in force? Enter your password to confirm it is you.</source>
        <translation>让 %1 提议的策略变更生效吗？请输入您的密码以确认是您本人。</translation>
    </message>
    <message>
        <source>Reject the policy change proposed by %1? Enter your password to confirm it is you.</source>
        <translation>拒绝 %1 提议的策略变更吗？请输入您的密码以确认是您本人。</translation>
    </message>
    <message>
        <source>Confirm policy change</source>
        <translation>确认策略变更</translation>
    </message>
    <message>
        <source>Reject policy change</source>
        <translation>拒绝策略变更</translation>
    </message>
    <message>
        <source>The policy change is rejected.</source>
        <translation>策略变更已被拒绝。</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReasonDialog</name>
    <message>
        <source>Reason (kept in the audit log):</source>
        <extracomment>Label above the text box where an operator explains an action (kept in the audit log).</extracomment>
        <translation>原因（记录在审计日志中）：</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation>显示语言：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The change takes effect immediately and is saved in the settings file.</source>
        <translation>更改立即生效，并保存在设置文件中。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>配置档案文件夹：</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Database version:</source>
        <translation>数据库版本：</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <source>Open profile folder</source>
        <translation>打开配置档案文件夹</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Logging to the terminal only</source>
        <translation>日志仅输出到终端</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SignInDialog</name>
    <message>
        <source>Sign in to Kassa</source>
        <translation>登录 Kassa</translation>
    </message>
    <message>
        <source>Kassa is locked. Sign in with your operator account to see orders, payouts and wallets.</source>
        <translation>Kassa 已锁定。请用您的操作员账户登录，以查看订单、付款和钱包。</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>一次性验证码：</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>身份验证器应用中的 6 位数字</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Stay locked</source>
        <translation>保持锁定</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StepUpFields</name>
    <message>
        <source>Your password:</source>
        <translation>您的密码：</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>一次性验证码：</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>身份验证器应用中的 6 位数字</translation>
    </message>
    <message>
        <source>Only if you use an authenticator app</source>
        <translation>仅在您使用身份验证器应用时填写</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TokenContractsModel</name>
    <message>
        <source>Symbol</source>
        <extracomment>Column of the token table in Settings → Chains: &quot;USDT&quot;</extracomment>
        <translation>符号</translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>Column of the token table: the token&apos;s contract address</extracomment>
        <translation>合约</translation>
    </message>
    <message>
        <source>Decimals</source>
        <extracomment>Column of the token table: how many decimals the token has (USDT: 6)</extracomment>
        <translation>小数位数</translation>
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
        <translation>序号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>reading…</source>
        <extracomment>The balance is being read from the chain&apos;s nodes</extracomment>
        <translation>读取中…</translation>
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
        <translation>%1，%2 {1:?}</translation>
    </message>
    <message>
        <source>No chain of this wallet&apos;s family with tokens is enabled. Turn one on in Settings → Chains.</source>
        <translation>没有启用此钱包所属类型且配置了代币的链。请在“设置”→“链”中启用一条。</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1：%3</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletWizard</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation>欢迎使用 Kassa</translation>
    </message>
    <message>
        <source>A few steps set up your first wallet. Nothing is saved until you press Finish.</source>
        <translation>只需几步即可设置您的第一个钱包。在您按下“完成”之前，不会保存任何内容。</translation>
    </message>
    <message>
        <source>Choose the language for Kassa. You can change it later in Settings.</source>
        <translation>选择 Kassa 的语言。之后可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>所有者密码</translation>
    </message>
    <message>
        <source>You are the owner of this Kassa: you approve payouts and add colleagues.</source>
        <translation>您是此 Kassa 的所有者：您负责审批付款并添加同事。</translation>
    </message>
    <message>
        <source>This password unlocks the console each time Kassa starts. It cannot be recovered, so keep it somewhere safe.</source>
        <translation>每次启动 Kassa 时都需要用此密码解锁控制台。密码无法找回，请妥善保管。</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Give the wallet a name.</source>
        <translation>请为钱包命名。</translation>
    </message>
    <message>
        <source>Choose at least one chain family.</source>
        <translation>请至少选择一个链族。</translation>
    </message>
    <message>
        <source>A watch-only wallet cannot pay out: choose Receiving or Cold storage.</source>
        <translation>观察钱包无法付款：请选择“收款”或“冷存储”。</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>您的钱包</translation>
    </message>
    <message>
        <source>Make a new wallet, or bring one you already have.</source>
        <translation>创建新钱包，或导入已有的钱包。</translation>
    </message>
    <message>
        <source>Create a new wallet (new recovery words)</source>
        <translation>创建新钱包（新的助记词）</translation>
    </message>
    <message>
        <source>Import recovery words from another wallet</source>
        <translation>从其他钱包导入助记词</translation>
    </message>
    <message>
        <source>Watch only: import an extended public key (xpub)</source>
        <translation>仅观察：导入扩展公钥（xpub）</translation>
    </message>
    <message>
        <source>Watch only: list the addresses to watch</source>
        <translation>仅观察：列出要观察的地址</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>e.g. Shop receipts</source>
        <translation>例如 店铺收款</translation>
    </message>
    <message>
        <source>Main wallet</source>
        <translation>主钱包</translation>
    </message>
    <message>
        <source>Chains for the recovery words</source>
        <translation>助记词适用的链</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>您的助记词</translation>
    </message>
    <message>
        <source>Write these words on paper, in order. They are shown only now.</source>
        <translation>请按顺序把这些词抄在纸上。它们只会显示这一次。</translation>
    </message>
    <message>
        <source>These words are the wallet. Anyone who sees them can take its money, and if you lose them and this computer fails, the money is gone for good — Kassa cannot recover it. Write them on paper, keep the paper somewhere safe and never type them into a website, a chat or a photo.</source>
        <translation>这些词就是钱包本身。任何看到它们的人都能拿走其中的资金；如果您丢失了它们而这台电脑又出了故障，资金将永远无法找回——Kassa 也无能为力。请把它们写在纸上，妥善保管，切勿输入到网站、聊天或照片中。</translation>
    </message>
    <message>
        <source>Number of words:</source>
        <translation>单词数量：</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 个词</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 个词</translation>
    </message>
    <message>
        <source>I have written down all the words, in order</source>
        <translation>我已按顺序抄下所有单词</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>核对您的抄本</translation>
    </message>
    <message>
        <source>Type the words asked for from your paper copy.</source>
        <translation>请根据纸质抄本输入所要求的单词。</translation>
    </message>
    <message>
        <source>This makes sure the words on paper are right before the wallet holds money.</source>
        <translation>这样可以在钱包收到资金之前，确认纸上的单词无误。</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>第 %1 个词：</translation>
    </message>
    <message>
        <source>Word %1 does not match. Compare it with your paper copy; if the copy is wrong, go back and write the words again.</source>
        <translation>第 %1 个词不匹配。请与纸质抄本核对；如果抄本有误，请返回重新抄写。</translation>
    </message>
    <message>
        <source>Import recovery words</source>
        <translation>导入助记词</translation>
    </message>
    <message>
        <source>Type or paste the words in order. Each word is checked as you type.</source>
        <translation>请按顺序输入或粘贴单词。每个词在输入时都会被检查。</translation>
    </message>
    <message>
        <source>The first four letters are enough: Kassa completes each word.</source>
        <translation>只需输入前四个字母：Kassa 会自动补全每个词。</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 is not in the recovery word list.</source>
        <translation>第 %1 个词不在助记词词表中。</translation>
    </message>
    <message>
        <source>Word %1 is not in the recovery word list. Did you mean %2?</source>
        <translation>第 %1 个词不在助记词词表中。您是否想输入 %2？</translation>
    </message>
    <message>
        <source>The words are valid.</source>
        <translation>这些单词有效。</translation>
    </message>
    <message>
        <source>Watch an extended public key</source>
        <translation>观察扩展公钥</translation>
    </message>
    <message>
        <source>Kassa derives receive addresses from it but can never spend.</source>
        <translation>Kassa 会用它生成收款地址，但永远无法动用资金。</translation>
    </message>
    <message>
        <source>Export the account xpub (m/44&apos;/60&apos;/0&apos; for Ethereum, m/44&apos;/195&apos;/0&apos; for Tron) from your hardware or mobile wallet and paste it here.</source>
        <translation>从您的硬件钱包或手机钱包导出账户 xpub（以太坊为 m/44&apos;/60&apos;/0&apos;，Tron 为 m/44&apos;/195&apos;/0&apos;），并粘贴到这里。</translation>
    </message>
    <message>
        <source>Chains:</source>
        <translation>链：</translation>
    </message>
    <message>
        <source>xpub:</source>
        <translation>xpub：</translation>
    </message>
    <message>
        <source>First receive address: %1. Check that your wallet app shows the same.</source>
        <extracomment>%1 is the first receive address, for the person to compare with their wallet app</extracomment>
        <translation>第一个收款地址：%1。请确认您的钱包应用显示的是同一个地址。</translation>
    </message>
    <message>
        <source>Watch addresses</source>
        <translation>观察地址</translation>
    </message>
    <message>
        <source>One address per line. Kassa watches them but can never spend.</source>
        <translation>每行一个地址。Kassa 会观察这些地址，但永远无法动用资金。</translation>
    </message>
    <message>
        <source>Use this for addresses of an exchange, a hardware wallet or a colleague&apos;s wallet that should count as yours.</source>
        <translation>适用于交易所、硬件钱包或同事钱包中应计入您名下的地址。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) to watch.</source>
        <translation>
            <numerusform>要观察 %n 个地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chains to watch</source>
        <translation>要观察的链</translation>
    </message>
    <message>
        <source>Kassa watches these chains for payments to your addresses.</source>
        <translation>Kassa 会在这些链上监控付给您地址的款项。</translation>
    </message>
    <message>
        <source>The public nodes shown work out of the box; put your own node or provider first if you have one. You can change this later in Settings.</source>
        <translation>所示的公共节点可直接使用；如果您有自己的节点或服务商，请将其放在首位。之后可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Press Finish to save. Until then nothing has been stored.</source>
        <translation>按“完成”保存。在此之前不会存储任何内容。</translation>
    </message>
    <message>
        <source>Wallet: %1 (%2)</source>
        <translation>钱包：%1（%2）</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Chain families: %1</source>
        <translation>链族：%1</translation>
    </message>
    <message>
        <source>Chains watched: %1</source>
        <translation>监控的链：%1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>The recovery words go to the %1; Kassa&apos;s files never hold them.</source>
        <translation>助记词将保存到%1；Kassa 的文件中绝不会保存它们。</translation>
    </message>
    <message>
        <source>Set up Kassa</source>
        <translation>设置 Kassa</translation>
    </message>
    <message>
        <source>Add a wallet</source>
        <translation>添加钱包</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletsModel</name>
    <message>
        <source>Watch-only: Kassa can receive to this wallet but holds no key to spend from it.</source>
        <translation>观察钱包：Kassa 可以向此钱包收款，但不持有花费其资金的密钥。</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletsPage</name>
    <message>
        <source>No wallets yet</source>
        <translation>暂无钱包</translation>
    </message>
    <message>
        <source>Your receiving and payout wallets appear here with their addresses, balances and QR codes.</source>
        <translation>您的收款钱包和付款钱包将显示在此处，包括地址、余额和二维码。</translation>
    </message>
    <message>
        <source>Create a new wallet or import your recovery words, an extended public key or watch-only addresses. Secrets are kept in the system keychain, never in Kassa&apos;s files.</source>
        <translation>您可以新建钱包，或导入助记词、扩展公钥或仅观察地址。机密信息保存在系统钥匙串中，绝不会写入 Kassa 的文件。</translation>
    </message>
    <message>
        <source>Set up a wallet…</source>
        <translation>设置钱包…</translation>
    </message>
    <message>
        <source>Add wallet…</source>
        <translation>添加钱包…</translation>
    </message>
    <message>
        <source>New receive address</source>
        <translation>新收款地址</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Show recovery words…</source>
        <translation>显示助记词…</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <extracomment>%1 is where secrets are kept, e.g. &quot;system keychain&quot;</extracomment>
        <translation>机密存储：%1</translation>
    </message>
    <message>
        <source>Receive to the selected address</source>
        <translation>收款到所选地址</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>链：</translation>
    </message>
    <message>
        <source>Amount (optional):</source>
        <translation>金额（可选）：</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>例如 12.50</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Copy QR text</source>
        <translation>复制二维码内容</translation>
    </message>
    <message>
        <source>Large QR code</source>
        <translation>大二维码</translation>
    </message>
    <message>
        <source>This chain has no token configured; the QR code shows the plain address.</source>
        <translation>此链未配置代币；二维码只显示地址。</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>扫码付款</translation>
    </message>
    <message>
        <source>No new address</source>
        <translation>无法生成新地址</translation>
    </message>
    <message>
        <source>New receive address %1 is ready and watched on every chain of its family.</source>
        <extracomment>%1 is the new receive address</extracomment>
        <translation>新收款地址 %1 已就绪，并在其链族的所有链上受到监控。</translation>
    </message>
    <message>
        <source>Back up wallets</source>
        <translation>备份钱包</translation>
    </message>
    <message>
        <source>Kassa backups (*.kassabackup)</source>
        <translation>Kassa 备份 (*.kassabackup)</translation>
    </message>
    <message>
        <source>The backup holds the recovery phrases of your wallets. Anyone with the file and this passphrase can spend from them. Keep the passphrase apart from the file — without it the backup cannot be opened.</source>
        <translation>备份包含您钱包的助记词。任何同时拥有该文件和此密码的人都能动用其中的资金。请将密码与文件分开保管——没有密码，备份将无法打开。</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n wallet(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个钱包备份到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore wallets</source>
        <translation>恢复钱包</translation>
    </message>
    <message>
        <source>Enter the passphrase the backup was made with.</source>
        <translation>请输入创建备份时使用的密码。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n wallet(s).</source>
        <translation>
            <numerusform>已恢复 %n 个钱包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) were already here.</source>
        <translation>
            <numerusform>%n 个钱包此前已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show recovery words</source>
        <translation>显示助记词</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take every coin in this wallet, now and later. Make sure no one is watching and no screen is being shared or recorded. Showing them is recorded in the audit log.

Show the words?</source>
        <translation>任何看到这些词的人都能拿走此钱包中现在和将来的全部资金。请确保没有人在旁观看，也没有屏幕正在共享或录制。显示操作会记录在审计日志中。

要显示这些词吗？</translation>
    </message>
    <message>
        <source>Enter your operator password to confirm it is you.</source>
        <translation>请输入您的操作员密码以确认是您本人。</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Write them down in this order and close this window. It closes by itself after two minutes.</source>
        <translation>请按此顺序抄下后关闭此窗口。窗口会在两分钟后自动关闭。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation>刷新余额</translation>
    </message>
    <message>
        <source>Read the token balances of these addresses from the chain&apos;s nodes again.</source>
        <translation>重新从链的节点读取这些地址的代币余额。</translation>
    </message>
    <message>
        <source>The wallet was not renamed</source>
        <translation>钱包未能重命名</translation>
    </message>
    <message>
        <source>Enter your operator password and the 6-digit code from your authenticator app to confirm it is you.</source>
        <translation>请输入您的操作员密码和身份验证器应用中的 6 位验证码，以确认是您本人。</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::Backup</name>
    <message>
        <source>The backup file opened, but its contents are not a Kassa wallet backup (%1).</source>
        <translation>备份文件已打开，但其内容不是 Kassa 钱包备份（%1）。</translation>
    </message>
    <message>
        <source>Use a backup file Kassa wrote; nothing was changed.</source>
        <translation>请使用由 Kassa 生成的备份文件；未做任何更改。</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Kassa.</source>
        <translation>此备份由更新版本的 Kassa 生成。</translation>
    </message>
    <message>
        <source>Update Kassa, then restore it again.</source>
        <translation>请更新 Kassa 后再次恢复。</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::PaymentUri</name>
    <message>
        <source>The amount does not match the token&apos;s decimals.</source>
        <translation>金额与代币的小数位数不符。</translation>
    </message>
    <message>
        <source>This chain has no chain id yet; a payment request needs one.</source>
        <translation>此链尚无链 ID；付款请求需要链 ID。</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::WalletStore</name>
    <message>
        <source>The database refused a wallet change: %1</source>
        <translation>数据库拒绝了钱包更改：%1</translation>
    </message>
    <message>
        <source>Wallet %1 was written by a newer version of Kassa.</source>
        <translation>钱包 %1 由更新版本的 Kassa 写入。</translation>
    </message>
    <message>
        <source>The address %1 already belongs to a wallet.</source>
        <translation>地址 %1 已属于某个钱包。</translation>
    </message>
    <message>
        <source>Each address can belong to one wallet only.</source>
        <translation>每个地址只能属于一个钱包。</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::Wallets</name>
    <message>
        <source>Recovery phrase</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Watch-only (xpub)</source>
        <extracomment>A watch-only wallet known by its extended public key</extracomment>
        <translation>观察钱包（xpub）</translation>
    </message>
    <message>
        <source>Watch-only (addresses)</source>
        <translation>观察钱包（地址）</translation>
    </message>
    <message>
        <source>Receiving</source>
        <extracomment>Wallet role: customers pay into it</extracomment>
        <translation>收款</translation>
    </message>
    <message>
        <source>Payout</source>
        <extracomment>Wallet role: payouts are sent from it</extracomment>
        <translation>付款</translation>
    </message>
    <message>
        <source>Cold storage</source>
        <extracomment>Wallet role: cold storage, a destination only</extracomment>
        <translation>冷存储</translation>
    </message>
    <message>
        <source>Tron</source>
        <extracomment>Chain family: Ethereum and the chains that share its addresses</extracomment>
        <translation>Tron</translation>
    </message>
    <message>
        <source>Ethereum and EVM chains</source>
        <translation>以太坊及 EVM 链</translation>
    </message>
    <message>
        <source>A label needs 1 to 80 characters and no control characters.</source>
        <translation>名称须为 1 到 80 个字符，且不含控制字符。</translation>
    </message>
    <message>
        <source>Use a short name you will recognise, such as “Shop receipts”.</source>
        <translation>请使用便于识别的简短名称，例如“店铺收款”。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kassa cannot start</source>
        <translation>Kassa 无法启动</translation>
    </message>
    <message>
        <source>Kassa: a wallet-and-payment console for merchants.</source>
        <translation>Kassa：面向商户的钱包与支付控制台。</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; instead of the default.</source>
        <translation>使用 &lt;文件夹&gt; 中的配置档案而非默认位置。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Show the console in &lt;language&gt; (en, zh_CN, ja, nl) for this run only.</source>
        <translation>仅在本次运行中以 &lt;语言&gt; 显示控制台（en、zh_CN、ja、nl）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt; (dashboard, orders, payouts, wallets, settings, audit).</source>
        <translation>启动时打开 &lt;页面&gt;（dashboard、orders、payouts、wallets、settings、audit）。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>未知语言“%1”；请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>Kassa cannot open its database</source>
        <translation>Kassa 无法打开数据库</translation>
    </message>
    <message>
        <source>Do not open the setup wizard on a profile without wallets.</source>
        <translation>在没有钱包的配置档案上不打开设置向导。</translation>
    </message>
    <message>
        <source>Try Kassa on a local test network with play money, in a separate demo profile (needs anvil: make deps).</source>
        <translation>在本地测试网络上用游戏币试用 Kassa，使用独立的演示配置档案（需要 anvil：make deps）。</translation>
    </message>
    <message>
        <source>Starting the local test network for the demo…</source>
        <translation>正在为演示启动本地测试网络…</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>演示未能启动</translation>
    </message>
    <message>
        <source>Kassa could not start a second window for the demo.</source>
        <translation>Kassa 无法为演示打开第二个窗口。</translation>
    </message>
    <message>
        <source>The test network stopped</source>
        <translation>测试网络已停止</translation>
    </message>
    <message>
        <source>The local test network of the demo has stopped. Restart Kassa with --demo to continue.</source>
        <translation>演示的本地测试网络已停止。请使用 --demo 重新启动 Kassa 以继续。</translation>
    </message>
    <message>
        <source>The local test network of the demo has stopped.</source>
        <translation>演示的本地测试网络已停止。</translation>
    </message>
    <message>
        <source>Retry, or quit.</source>
        <translation>请重试，或退出。</translation>
    </message>
</context>
</TS>
