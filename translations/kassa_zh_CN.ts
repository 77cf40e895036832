<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kassa::Cli</name>
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
</context>
</TS>
