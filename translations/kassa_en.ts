<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kassa::Cli</name>
    <message>
        <source>Kassa without a window: scripting and headless use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print messages in &lt;language&gt; (en, zh_CN, ja, nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see Commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profile, its settings file, database and log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where this Kassa keeps its state and open its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes no arguments (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain (verify), list or export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the audit log&apos;s hash chain and name the first entry that was changed, removed or inserted. Exit status 0: intact; 1: broken or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked.</numerusform>
            <numerusform>The audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest entry&apos;s hash: %1 (note it down: a later check that shows an older or different hash means the log was rewritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write audit log entries as CSV (newest first) to a file or standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List audit log entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions starting with &lt;prefix&gt;, e.g. payout. or payout.approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries at or after &lt;time&gt; (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries before &lt;time&gt; (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &lt;n&gt; entries (default 200, export: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Placeholder in --help for a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli audit verify|list|export [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audit command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hash chain and name the first broken entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write entries as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2026-12-01 or 2026-12-01T08:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: other users on this computer can read “%1”. Keep recovery phrases and passphrases in files only you can read (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is too large to hold a recovery phrase or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file with only the words (or only the passphrase) in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown chain “%1”; use eth (Ethereum, BSC, Polygon and other EVM chains) or tron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery phrase and print it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery phrase (BIP-39) from the system&apos;s random number generator and print it once. Kassa does not store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>Placeholder in --help for the value of --words: how many words
----------
Placeholder in --help for the value of --count: how many addresses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of words: 12 or 24 (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallet new takes no arguments (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--words must be 12 or 24, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these words down on paper, in this order, and keep them somewhere safe and secret. Anyone who sees them can take the money in this wallet; without them a lost wallet cannot be recovered. Kassa has not stored them and will not show them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receive addresses of a recovery phrase or an account xpub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receive addresses: from a recovery phrase (path m/44&apos;/60&apos;/account&apos;/0/index for eth, m/44&apos;/195&apos;/account&apos;/0/index for tron), or from an account xpub alone (watch-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain</source>
        <extracomment>Placeholder in --help for the value of --chain (a blockchain): eth or tron</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>Placeholder in --help for the value of --account: a whole number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xpub</source>
        <extracomment>Placeholder in --help for the value of --xpub: an extended public key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <extracomment>Placeholder in --help for the value of --index: the position of an address (0, 1, 2, …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth or tron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the recovery phrase from &lt;file&gt; (only the words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the BIP-39 passphrase from &lt;file&gt; (one trailing line break is ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive from this account xpub instead of a recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First address index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of addresses (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON with index, path and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallet derive takes no arguments (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which chain with --chain eth or --chain tron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --mnemonic-file or --xpub (exactly one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-file and --account belong to --mnemonic-file; an xpub already is one account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which address with --index (the first one is 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--index must be a whole number from 0 to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last index would be beyond 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account must be a whole number from 0 to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether an address is valid, and why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an Ethereum (EVM) or Tron address: its form and its checksum. Exit status 0 if it is valid, 1 if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth or tron (default: recognised from the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: not an Ethereum address. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: Ethereum address with a correct EIP-55 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: Ethereum address without a checksum (all one case). With checksum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: not a Tron address. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: Tron address with a correct checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: Tron address in hex form. In Base58: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli wallet &lt;subcommand&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “kassa-cli wallet &lt;subcommand&gt; --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown wallet subcommand “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With [keys] store=file: read the key file&apos;s passphrase from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile keeps its secrets in the encrypted key file; give --key-passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --chain eth, tron or eth,tron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore wallets (recovery phrases, xpubs, addresses) from an encrypted backup file into this profile. Wallets already here are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every wallet, recovery phrases included, and the settings to an encrypted backup file. Orders and other records are not part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from &lt;file&gt; (at least 8 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys restore FILE --passphrase-file F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys backup --out FILE --passphrase-file F</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n wallet(s) from %1.</source>
        <translation>
            <numerusform>Restored %n wallet from %1.</numerusform>
            <numerusform>Restored %n wallets from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n wallet was already here and was left as it is.</numerusform>
            <numerusform>%n wallets were already here and were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n wallet(s) to %1.</source>
        <translation>
            <numerusform>Backed up %n wallet to %1.</numerusform>
            <numerusform>Backed up %n wallets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the file: anyone with both can spend from the wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup and restore of the wallets&apos; secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys backup|restore [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup of every wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore wallets from an encrypted backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown keys command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wallet to this profile from recovery words, an xpub or a list of addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the wallets of this profile and their addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a wallet&apos;s receive addresses, or hand out the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wallet to this profile. Recovery words go to the key store ([keys] store); the database keeps only public data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the recovery words in &lt;file&gt; (a hot wallet: it can pay out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch only: the account xpub (m/44&apos;/60&apos;/0&apos; or m/44&apos;/195&apos;/0&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch only: the addresses in &lt;file&gt;, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth, tron, or eth,tron for recovery words (default: eth,tron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving (default), payout or cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new wallets as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --mnemonic-file, --xpub and --addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role “%1”; use receiving, payout or cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet %1 “%2” (%3, %4) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First receive address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the wallets as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3, %4, %n address(es)</source>
        <extracomment>One wallet in `kassa-cli wallet list`: %1 name, %2 chains, %3 kind, %4 role, %n number of addresses</extracomment>
        <translation>
            <numerusform>%1 — %2, %3, %4, %n address</numerusform>
            <numerusform>%1 — %2, %3, %4, %n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>No wallets yet. Add one with “kassa-cli wallet import” or in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s number (see wallet list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand out the next receive address (it is watched from now on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the wallet&apos;s number with --wallet (see kassa-cli wallet list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read by other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the engine without a window: chain watchers, orders, callbacks and the storefront API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Epusdt API token from &lt;file&gt; (owner-only permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the native webhook secret from &lt;file&gt; (owner-only permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront API listening on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving. Stop with Ctrl+C or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and show orders, mark one paid or cancel it, set exchange rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli orders list|show|mark-paid|cancel|rate [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order with its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an order by hand (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an order (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how many FIAT one unit of the asset costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders in &lt;status&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &lt;n&gt; orders (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset the rate prices (default USDT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason with --reason; it is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate set: 1 %1 = %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown orders command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, list and revoke keys for the native REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli apikey create NAME --scope S… | list | revoke ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key may do (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 created. It is shown only this once; store it now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets: new recovery phrases, import, list, receive addresses, address checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a payout, list and show requests, approve, reject or cancel one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no key store; operators cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli payout request|list|show|approve|cancel [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &lt;login&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain to pay on (tron, ethereum, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset to pay (default USDT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount, e.g. 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for (or why it is rejected or cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice number or ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject instead of approving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List payout requests, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one request and its approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject the request shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are with --operator &lt;login&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a token Kassa knows on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 rate for %2; set one with “kassa-cli orders rate %1 RATE --asset %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 requested; it waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payout %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 approved; it will be signed and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your approval of payout %1 is recorded; it needs more approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rotate, set or remove the Epusdt token and the webhook secret (kept in the key store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kassa-cli api-token create|rotate|set|status|remove [--webhook] [--from-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new secret and show it once (refused if one exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the secret with a new one and show it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a secret you already have (your plugin&apos;s token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether each secret is set, without showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --webhook the command acts on the Epusdt token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the native webhook secret instead of the Epusdt token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret from &lt;file&gt; (owner-only permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epusdt token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Epusdt token. It is shown only this once; put it into your storefront plugin now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook secret. It is shown only this once; give it to your webhook receiver now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running kassa-cli serve or desktop keeps the old secret until it restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO: a local test network with play money, not real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test network %1, test USDT %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything a test shop needs is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the local demo network (anvil, play money) in the demo profile; writes demo.json there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storefront secrets could not be read from the key store; use --token-file and --webhook-secret-file on a machine without a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Epusdt token (kassa-cli api-token create, or --token-file): the storefront API will refuse every Epusdt request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO: payouts are off in this run; orders work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO: the demo operators&apos; logins and passwords are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::Config</name>
    <message>
        <source>The setting %1 in %2 has the invalid value “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1. See doc/config.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not create its settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not save the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::Profile</name>
    <message>
        <source>The profile path %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not create its profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not create its log folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix its permissions or choose another folder with --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Kassa (process %1) is already using the profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other Kassa window or stop kassa-cli serve, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::api::ApiKeys</name>
    <message>
        <source>The API keys in the database could not be read or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key a name of up to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the key may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active API key %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::api::ApiServer</name>
    <message>
        <source>The storefront API cannot listen on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program may be using the port; choose another one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::audit::AuditActions</name>
    <message>
        <source>Operator added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step sign-in turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step sign-in turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout policy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout policy change approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book entry added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book entry changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book entry removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book entry approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout request changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout sent to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout sped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery words shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order marked as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer attached to an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop notification sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator lockout cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront token or webhook secret set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront token or webhook secret removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator role change proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator role change rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout policy change rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::audit::AuditLog</name>
    <message>
        <source>The audit log could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the database is reachable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: an audit entry was incomplete, so the action was not carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing from the audit log: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the audit log does not follow entry %2: an entry was changed, removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest entries of the audit log were removed (it should have %1 entries, it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing: the database was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from a backup and run the audit check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::BalanceJob</name>
    <message>
        <source>Not an address of this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the balance took too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::ChainSettingsFile</name>
    <message>
        <source>At most %1 addresses are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local test network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a token entry of the form SYMBOL:CONTRACT:DECIMALS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid token symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 16 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid contract address (0x followed by 40 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid Tron contract address (starting with T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the contract address from the token&apos;s official page or a block explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid number of decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a whole number from 0 to %1 (USDT has 6, on BNB Smart Chain 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa does not know the chain “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain “%1” has the wrong kind of settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id must be a whole number from 1 to 9007199254740992.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the chain id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TronGrid settings belong to Tron only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tron nodes have no WebSocket subscriptions; leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key may only contain visible characters without spaces (at most 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tron has no chain id setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 tokens are allowed per chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tokens are called %1; give each a symbol of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll interval must be from %1 to %2 milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one node address to watch this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one token contract to watch on this chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 in %2 is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it in Settings → Chains or in the file; doc/config.md explains every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no chain “%1”; known chains are %2 and local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key is not known; allowed keys are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a chain id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed; use %2 or depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a whole number of milliseconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not save the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::SettingsCheckJob</name>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::Erc20Abi</name>
    <message>
        <source>The token contract gave an answer that is not valid for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token contract address in the chain settings, and the node you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contract returned nothing: there may be no contract at this address, or it does not have this function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token contract address in the chain settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call data is not a token transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed or sent. The transaction may have been altered; build it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token claims %1 decimal places, which no amount can be written with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmBalanceReader</name>
    <message>
        <source>The node did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token contract gave no balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmSettingsCheck</name>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like an Ethereum node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves another network (chain id %2, expected %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves chain id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the decimals of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no token contract at this address on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 decimals on this network, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept a WebSocket connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmTransaction</name>
    <message>
        <source>Nothing was signed or sent. Correct the transaction settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw transaction is invalid: its field “%1” is wrong.</source>
        <extracomment>%1 is a technical field name such as &quot;nonce&quot;, &quot;v&quot; or &quot;accessList&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is damaged or is not a transaction Kassa can send. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction type is not supported; Kassa sends legacy (EIP-155) and EIP-1559 transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ID %1 is not valid for a signed transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s transaction counter (nonce) has reached its maximum; this account cannot send any more transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas limit %1 is below %2, the minimum of any transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy transaction is priced by its gas price alone, but EIP-1559 fees were set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EIP-1559 transaction is priced by its maximum and priority fees, but a legacy gas price was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority fee is higher than the maximum fee per gas; nodes refuse such a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gas limit multiplied by the fee per gas is too large to be a fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction carries %1 bytes of call data; Kassa sends at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a transaction did not survive being read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmWatcher</name>
    <message>
        <source>The node %1 serves another network (chain id %2) than %3 (chain id %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the node addresses of %1 in Settings → Chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node of %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contract configured for %2 does not answer decimals(); it is not a token on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token contract in Settings → Chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contract on %2 has %3 decimals, but the settings say %4. Kassa does not watch the chain while amounts would be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the decimals (or the contract) in Settings → Chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced blocks that were already final. Kassa stopped watching it so that nothing is credited twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the node (is it on the right network and in sync?), then restart Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up with %1 failed; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s %1 chain does not contain block %2, which Kassa recorded as final. Kassa stopped watching it so that nothing is credited twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the node is on the right network and in sync, then restart Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node %1 sent a wrong answer; another node is asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::Rlp</name>
    <message>
        <source>The encoded transaction is malformed at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is damaged or is not an Ethereum transaction. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoded transaction has a malformed field “%1”.</source>
        <extracomment>%1 is a technical field name such as &quot;nonce&quot; or &quot;value&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronBalanceReader</name>
    <message>
        <source>The node did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token contract gave no balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronRefBlock</name>
    <message>
        <source>The reference block from the Tron node is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, use another Tron node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tron node returned a block whose ID does not belong to its number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronSettingsCheck</name>
    <message>
        <source>%1 does not answer as a Tron node: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves another Tron network than the first address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves %2 at block %3.</source>
        <extracomment>%1 is host:port, %2 the network (&quot;Tron mainnet&quot;), %3 a block number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers at block %2.</source>
        <extracomment>%1 is host:port, %2 a block number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract %1 does not answer decimals(); is it a TRC-20 token on this network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract %1 has %2 decimals, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 decimals.</source>
        <extracomment>%1 is a token symbol (USDT), %2 a number of decimals.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TronGrid at %1 answers.</source>
        <extracomment>%1 is host:port of TronGrid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TronGrid refuses the API key (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TronGrid at %1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronTransaction</name>
    <message>
        <source>The TRX amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TRX transfer cannot go to the sending address itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TRX transfer has no fee limit; only contract calls do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract call carries %1 bytes of call data; between 1 and %2 are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee limit must be between 0 and 15,000 TRX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has no valid creation time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction must expire after it is made and within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed or sent. Correct the payout and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not belong to the sending address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed. Check which wallet the payout is sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored Tron transaction is invalid (field “%1”).</source>
        <extracomment>%1 is a technical field name such as &quot;raw_data.fee_limit&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not sent. The stored data may be damaged; check the payout before building it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronTxChecker</name>
    <message>
        <source>The transaction the Tron node prepared does not match the payout (field “%1”), so it was not signed.</source>
        <extracomment>%1 is a technical field name such as &quot;raw_data.fee_limit&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node may be faulty or dishonest. Nothing was signed or sent; use another node, or let Kassa build the transaction itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronWatcher</name>
    <message>
        <source>No valid token contract is configured for Tron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the USDT contract in Settings → Chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tron nodes are not answering properly: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Base58</name>
    <message>
        <source>The Base58 text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the complete value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Base58 text is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that only one value was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is not allowed in Base58 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base58 uses digits and letters except 0, O, I and l, and no spaces. Check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Base58Check text is too short to hold a checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Base58Check checksum does not match: the text has a typo or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value again from its source; do not retype it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::DerivationPath</name>
    <message>
        <source>Write the path like m/44&apos;/60&apos;/0&apos;/0/5: “m”, then numbers separated by “/”, each followed by &apos; or h if it is hardened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derivation path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derivation path must start with “m/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derivation path is deeper than 255 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is not an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the derivation path has a leading zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is too large: indexes go up to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::EncryptedBlob</name>
    <message>
        <source>The encrypted file is incomplete: it was cut short while copying or saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a complete copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This encrypted file uses a format that this version of Kassa does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the Kassa version that created it, or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed because of an internal error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, the computer may be short of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember, for example several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Kassa encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file was changed: it has extra data after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an unmodified copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file asks for key-derivation settings outside the allowed limits (N = 2^%1, r = %2, p = %3), so Kassa will not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was damaged or not made by Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the passphrase (including capital letters and keyboard layout). If it is right, the file was damaged or tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::EthAddress</name>
    <message>
        <source>This is not an Ethereum address: it must be 0x followed by 40 hex digits (it has %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole address, including the 0x, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ethereum address has 20 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where the address came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Ethereum address: it contains a character that is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address checksum is wrong: the mix of capital and small letters does not match. The address has a typo or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use it. Copy the address again from a source you trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedKey</name>
    <message>
        <source>Copy the whole key again from the wallet that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid %1: it has %2 bytes instead of 78.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an extended private key (xprv), not an xpub. Never paste a private key where a public key is asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the account&apos;s extended public key (xpub) from your wallet instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an extended public key (xpub), but a private key (xprv) is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Bitcoin testnet key (tpub/tprv); Kassa needs a mainnet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Bitcoin SegWit key (ypub/zpub); Ethereum and Tron wallets use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the key in the %1 format from your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an extended key Kassa knows: its version bytes are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contradicts itself: it is a master key (depth 0) but names a parent or a child number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is damaged or was made by faulty software; export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is already 255 levels deep, the most BIP-32 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid %1: a character is wrong, missing or extra (the checksum does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data does not match its version: a private key must start with 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is outside the valid range (1 to n−1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key data does not match its version: a public key must start with 02 or 03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s public point is not on the secp256k1 curve.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedPrivateKey</name>
    <message>
        <source>The seed has %1 bytes; BIP-32 needs 16 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This seed gives no valid master key (this happens with probability below 1 in 2^127).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedPublicKey</name>
    <message>
        <source>A hardened index (%1&apos;) cannot be derived from an xpub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account xpub (for example m/44&apos;/60&apos;/0&apos;) and derive the non-hardened receive addresses below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Hex</name>
    <message>
        <source>The hex text must not start with 0x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the 0x at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex text must start with 0x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 0x before the hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the hex text is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only 0-9 and a-f, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex text has an odd number of digits (%1); every byte needs two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no digit is missing or extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex text holds %1 bytes; exactly %2 are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the value is complete and nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Mnemonic</name>
    <message>
        <source>The built-in list of recovery words is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall Kassa; if this persists, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 12 or 24 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed, so no recovery phrase was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if this persists, check the system&apos;s random number source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery phrase needs 16, 20, 24, 28 or 32 bytes of entropy, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in Kassa; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long to be a recovery phrase (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the 12 to 24 recovery words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1 contains a character that is not a letter from a to z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only the words, separated by spaces or line breaks: no numbers, punctuation or accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1, “%2”, is not in the English recovery word list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling against your written copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more than 24 words; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the recovery words, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery words were entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 12 to 24 words you wrote down, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n word(s); a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>There is %n word; a recovery phrase has 12, 15, 18, 21 or 24.</numerusform>
            <numerusform>There are %n words; a recovery phrase has 12, 15, 18, 21 or 24.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that no word is missing or doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All words are in the list, but together they do not form a valid recovery phrase (the checksum does not match): a word is wrong or two are swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every word and its position with your written copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the passphrase you chose when the wallet was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet seed could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::PublicKey</name>
    <message>
        <source>This is not a public key: it must be 33 bytes starting with 02 or 03, or 65 bytes starting with 04 (it has %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the whole key was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This public key is not a point on the secp256k1 curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the whole key was copied without changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ReceiveAddresses</name>
    <message>
        <source>This xpub is not an account key: it is at depth %1, but receive addresses come from an account xpub (m/44&apos;/60&apos;/0&apos; or m/44&apos;/195&apos;/0&apos;, depth 3) or its receive chain (…/0, depth 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the account&apos;s xpub from your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive index %1 is too large; indexes go up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Secp256k1</name>
    <message>
        <source>The signing engine could not initialise its protection against side-channel attacks, so it refuses to use private keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Kassa; if this persists, check the system&apos;s random number source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a private key was used after it was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature failed its self-check and was discarded; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it happens again, the key or the computer may be faulty; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This derivation index gives no valid key (this happens with probability below 1 in 2^127).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this index and use the next one, as BIP-32 prescribes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid signature: it must be 64 bytes (r and s) with a recovery id of 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where the signature came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid signature: r or s is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the public key of a private key could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is invalid: no public key can be recovered from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::SecretKey</name>
    <message>
        <source>This is not a valid private key: it is zero or not below the secp256k1 group order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the key was copied completely and correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private key has 32 bytes (64 hex digits); this one has %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed, so no key was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check the system&apos;s entropy source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::crypto::TronAddress</name>
    <message>
        <source>This is not a Tron address: it must be 34 characters starting with T, or 42 hex digits starting with 41 (it has %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole address without spaces. Ethereum-style 0x addresses are not Tron addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tron address: its version byte is 0x%1 instead of 0x41.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address belongs to the Tron network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Tron address has 21 bytes; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where the address came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tron address: it contains a character that is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole address without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tron address checksum does not match: the address has a typo or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use it. Copy the address again from a source you trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoNetwork</name>
    <message>
        <source>Close Kassa and start the demo again. If it keeps failing, delete the demo folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs anvil, the local test network, and it is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo token is missing from this build of Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not create the demo folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network stopped while starting (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network reports the wrong chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network did not answer within 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network refused a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test USDT could not be created on the local test network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network did not mine the test USDT within 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not write the demo settings %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network refused the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “make deps” (or “make”) in Kassa&apos;s source folder: it installs anvil from npm into %1. Or set KASSA_ANVIL to an anvil program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoPayouts</name>
    <message>
        <source>Kassa could not write the demo settings %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo payout wallet (play money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo payouts can only be set up in an open demo profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoSimulator</name>
    <message>
        <source>The storefront simulator could not open its callback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storefront refused a simulated order: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::AuditBackend</name>
    <message>
        <source>The audit log is not available yet: the database is still opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with enough free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::ChainManager</name>
    <message>
        <source>Watching %1 is not available in this version of Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key store to keep the API key in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::OperatorsBackend</name>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several wrong attempts in a row lock the account for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code is wrong or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the next code in your authenticator app and check the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked until %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until then, or ask an owner to clear the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an owner to enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator accounts are not available yet: the database is still opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner may change operator accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first owner was already created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last owner cannot lose the Owner role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make someone else an owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last owner cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again and scan the new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of this operator&apos;s roles already waits for another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm or reject that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer waiting: another owner decided it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another owner has to confirm the change you proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s roles changed since this was proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject it and propose the change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::OperatorsOwnerSetup</name>
    <message>
        <source>Only an owner can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an owner and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::OrdersBackend</name>
    <message>
        <source>Orders are not available yet: the database is still opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order totals could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutRates</name>
    <message>
        <source>The exchange rates cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate of %1 in %2 is known, so the payout cannot be valued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one with “kassa-cli orders rate %1 RATE --asset %2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutRunner</name>
    <message>
        <source>Approved payouts on %1 are not sent: %2</source>
        <extracomment>%1 is a chain name (&quot;Ethereum&quot;, &quot;Tron&quot;), %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutsBackend</name>
    <message>
        <source>Payouts are not available yet: the database is still opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::Storefront</name>
    <message>
        <source>The setting %1 in %2 is not valid: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1. See doc/config.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 token on %2 in the chain settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check [payments] chain and asset, and the chain&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::engine::WalletsBackend</name>
    <message>
        <source>The wallets are not available yet: the database is still opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch-only wallet belongs to one chain family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a wallet with its recovery phrase can pay out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the receiving or cold storage role for a watch-only wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery phrase is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet is a fixed list of addresses; it cannot make new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the wallet&apos;s xpub to get new receive addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has handed out every receive address it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch-only wallet has no recovery phrase in Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a long passphrase and keep it apart from the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to be a Kassa backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::keys::ApiSecretStore</name>
    <message>
        <source>The token must be 16 to 256 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the token your storefront plugin is configured with, or let Kassa make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may contain only printable ASCII characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has that secret already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use rotate to replace it; the storefront must then be given the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::keys::EncryptedFileStore</name>
    <message>
        <source>encrypted key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::keys::KeyStore</name>
    <message>
        <source>The %1 is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it (your desktop asks for your login password), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no %1 that Kassa can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keyring service, or choose the encrypted key file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Kassa when the keychain asks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret for this wallet is not in the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this profile was copied from another computer, restore the wallet from its backup file or recovery words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the passphrase, including capital letters and the keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the wallet from its backup file or recovery words. The damaged file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder and the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::keys::KeychainStore</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::keys::MemoryKeyStore</name>
    <message>
        <source>memory key store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::money::Amount</name>
    <message>
        <source>The currency “%1” with %2 decimals is not usable: Kassa supports 0 to %3 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the asset&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 (%2 decimals) and %3 (%4 decimals) cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in Kassa or in its settings; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is too large to represent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the amounts involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decimal places are not possible: use 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minus %2 would be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a signed amount where a result below zero is expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::money::Decimal</name>
    <message>
        <source>The number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number; no amount comes anywhere near this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number with the digits 0-9 and at most one decimal point, for example 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what was pasted into the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has more than one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minus sign at character %1 is out of place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minus sign may only stand in front of the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is negative; a negative value is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has a plus sign at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the plus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is written with an exponent (the “e” at character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write out all the digits, for example 1000000 instead of 1e6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number contains a separator (“%1”) at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out thousands separators and use a point for decimals, for example 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number contains a space or line break at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all spaces, also before and after the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number contains an invisible character at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number again instead of pasting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is a full-width digit or a digit from another script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number with the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (“%2”) does not belong in a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a zero in front of the point, for example 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number ends with a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write digits after the point or leave the point out, for example 5 or 5.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with a superfluous zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out leading zeros, for example 7.5 instead of 07.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number</source>
        <extracomment>Subject of “%1 has at most %n decimal place(s)” when no currency is named</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s); this number has %2.</source>
        <extracomment>%1 is a currency such as USDT or CNY, or “This number” / “A rate”; %2 is how many decimals were typed</extracomment>
        <translation>
            <numerusform>%1 has at most %n decimal place; this number has %2.</numerusform>
            <numerusform>%1 has at most %n decimal places; this number has %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round the number, or check that it is in the right currency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::money::ExchangeRate</name>
    <message>
        <source>The converted amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the amount and the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three capital letters such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate does not say which asset it prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate does not say where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate has no valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate</source>
        <extracomment>Subject of “%1 has at most %n decimal place(s)”: an exchange rate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange rate of zero cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many %1 one %2 costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange rate is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rate converts between %1 and %2, not %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot round to %1 decimal places: %2 has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::money::SignedAmount</name>
    <message>
        <source>The amount %1 %2 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only zero or more is possible here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::money::UInt256</name>
    <message>
        <source>The number is too large: it has %1 bytes, at most 32 are possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where the value came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the digits of the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the number is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the digits 0-9: no sign, spaces, separators or exponent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with a zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the number without leading zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large for 256 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number must be 0x followed by hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex number has a leading zero, which the JSON-RPC format does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the number is not a hex digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::money::WireNumber</name>
    <message>
        <source>This is not a JSON number: character %1 is unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a JSON number: it is empty or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send amounts as plain JSON numbers such as 100.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large for a 64-bit floating-point value, so a Go gateway cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::net::NetworkFactory</name>
    <message>
        <source>“%1” is not a valid address of a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full URL such as https://node.example.com/rpc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses %2, which is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a server must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put API keys in the field for them, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not encrypted, and %2 is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// or wss://; unencrypted connections are allowed only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use socks5://HOST:PORT (for example Tor at socks5://127.0.0.1:9050) or http://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::notify::EpusdtSignature</name>
    <message>
        <source>The field “%1” must be a string or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback could not be signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::notify::Outbox</name>
    <message>
        <source>The callback queue in the database could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the log file for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::notify::RawJson</name>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not a valid JSON object (at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::operators::OperatorStore</name>
    <message>
        <source>No such operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused an operator change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name has 2 to 64 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must have 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::operators::PasswordHash</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words make a long password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a control character (such as a tab or a line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and punctuation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the log file to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::operators::RoleNames</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::operators::Totp</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid one-time code settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payments::HdAddressSource</name>
    <message>
        <source>Kassa does not watch the chain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the chain in Settings → Chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receiving wallet for %1 that can make new addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an HD wallet or an xpub for this chain in Wallets, or use shared addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payments::Payments</name>
    <message>
        <source>The database refused a change to the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the log file for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order in the database is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order request is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order precision is more than the asset has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique-amount step in the settings is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receive address for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a receive address for this chain in Wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order with this order id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a current rate by hand, or configure a rate source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate for %1 to %2 is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the rate by hand, or check the rate source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment amount near %1 %2 is taken by open orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes, or add receive addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order cannot change from “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was changed by someone else; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason; it is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such transfer to a receive address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer is not final yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer already paid an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer went to another chain or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit address request is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payments::RateFeed</name>
    <message>
        <source>The rate source&apos;s answer does not hold a rate where its path points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the source&apos;s URL and path in [rates] of kassa.conf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payments::StaticAddressSource</name>
    <message>
        <source>There is no fresh receive address left for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wallet for this chain, or use shared addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payouts::EvmPayoutSender</name>
    <message>
        <source>The node did not answer as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a payout change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payouts::KeyRingPayoutSigner</name>
    <message>
        <source>Create or import a wallet with the payout role on the Wallets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout wallet “%1” is watch-only: it cannot sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the wallet with its recovery phrase to pay out from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery phrase of the payout wallet “%1” is not in the key store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the wallet from its backup on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store is locked: payouts cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain (or the key file) and the approved payouts go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payout wallet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payouts::PayoutPolicy</name>
    <message>
        <source>The payout is valued in %1, but the policy counts in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The exchange rate is too old (%n minute(s)); update the rate and edit the request.</source>
        <translation>
            <numerusform>The exchange rate is too old (%n minute); update the rate and edit the request.</numerusform>
            <numerusform>The exchange rate is too old (%n minutes); update the rate and edit the request.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payout is above the limit for a single payout (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination was added or changed recently; it can receive from %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination&apos;s address-book entry waits for a second person to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approver or an owner may approve or reject a payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You requested this payout, so you cannot approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another approver has to decide on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payout is no longer waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already decided on this version of the payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored payout policy is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first tier must not be above the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second tier must not be above the single-payout limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the rate to be at least one minute old.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payouts::PayoutSigner</name>
    <message>
        <source>This hot wallet has no Tron key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::payouts::Payouts</name>
    <message>
        <source>The database refused a payout change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payout has a state this version of Kassa does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored payout amount is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such address-book entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contract address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the payout is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvers see the reason; a clear one gets approved faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason or the reference is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout has no exchange rate to value it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid Tron address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Tron address starts with T and has 34 characters; copy it again from the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address again from the recipient; a mixed-case address must match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zero address cannot receive a payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner may change the payout policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy change is no longer pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another owner has to confirm your policy change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an owner may confirm an address-book entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address-book entry needs no confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another owner has to confirm the entry you made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk or an owner may request a payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may not request payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key the payouts:request scope in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requester or an owner may change a payout request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payout can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this payout in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payout was changed after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it again and check the new details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you reject the payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requester or an owner may cancel a payout request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payout can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payout is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout no longer has the approvals the policy asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot wallet holds %1, less than the payout&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot wallet cannot pay the network fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contract has blacklisted the destination; the transfer would fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contract has blacklisted the hot wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk, an approver or an owner may change the address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for rejecting the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::store::Database</name>
    <message>
        <source>Kassa could not open its database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the profile folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not connect to the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the PostgreSQL server is running and reachable, and that the user name, password and database name in the [database] url setting are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not create the folder for its database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Qt SQL driver package (libqt6sql6-sqlite or libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database is reachable; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error stopped a database change; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check free disk space and the database server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::store::DatabaseUrl</name>
    <message>
        <source>Use an empty value for the built-in SQLite file, or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL “%1” names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL “%1” cannot be read as a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL “%1” starts with “%2”, which Kassa does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL “%1” names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL “%1” has a port outside 1–65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL “%1” names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL “%1” has the option “%2”, which Kassa does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL “%1” has an invalid value for the option “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::store::Migrator</name>
    <message>
        <source>The database reported an error while updating its structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the database server is reachable and that the user may create tables, then start Kassa again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration %1 has an invalid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations are not numbered consecutively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was last used by a newer version of Kassa (database version %1; this Kassa understands up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer Kassa again, or open another profile. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; the database is still at version %1. Send the log file to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::store::TransferStore</name>
    <message>
        <source>The database refused to record a transfer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::AboutDialog</name>
    <message>
        <source>About Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet-and-payment console for merchants who take USDT on Tron and Ethereum-family chains, straight into their own addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via Qt SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa is free software under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full license texts are installed with Kassa in /usr/share/doc/kassa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::AccountDialog</name>
    <message>
        <source>Owner: add operators, change their roles and the payout policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver: approve or reject payouts requested by others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: request payouts and handle orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor: read the audit log and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of role names grows one at a time: %1 is the list so far, %2 the next role (&quot;Owner, Approver&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (login name: %2). Roles: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), or type the secret into it. Then enter the code the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: signing in and each approval ask for a 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only your password protects this account. Turn it on for payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>The new password needs at least %n character.</numerusform>
            <numerusform>The new password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step sign-in is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step sign-in is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::AddressBookWidget</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, once another owner confirms</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>%1 is a date and time: the end of the cool-down.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once another owner confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No addresses yet. Payouts to an address outside the book need the highest approval tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. It can receive payouts from %2.</source>
        <extracomment>%1 is the entry&apos;s name, %2 a date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the address book? Payouts to it will need the highest approval tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm “%1” (%2), added or changed by %3? Check the address with them on another channel first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::AddressEntryDialog</name>
    <message>
        <source>Rename address-book entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what it is, e.g. the supplier&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new name starts a new cool-down: payouts to this address wait %n hour(s) from now.</source>
        <translation>
            <numerusform>A new name starts a new cool-down: payouts to this address wait %n hour from now.</numerusform>
            <numerusform>A new name starts a new cool-down: payouts to this address wait %n hours from now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts to a new address wait %n hour(s) from now (the cool-down).</source>
        <translation>
            <numerusform>Payouts to a new address wait %n hour from now (the cool-down).</numerusform>
            <numerusform>Payouts to a new address wait %n hours from now (the cool-down).</numerusform>
        </translation>
    </message>
    <message>
        <source>With two or more owners, another owner has to confirm the entry too. The change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid; it is saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::Application</name>
    <message>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa ran into an internal error and stopped what it was doing. No payment or payout was changed by it. The details are in the log file; please send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::AuditLogModel</name>
    <message>
        <source>%1 (API key)</source>
        <extracomment>An action done by a storefront or script through an API key; %1 is the key&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa (automatic)</source>
        <extracomment>An action Kassa did by itself (a timer, a watcher).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column header: who did the action.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <extracomment>Column header: what the action was about (a payout, an order, a wallet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::AuditLogPage</name>
    <message>
        <source>The audit log is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every security-relevant action — sign-ins, approvals, payouts, exports and changes to settings — is recorded here in a log that cannot be quietly edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries appear as you and your colleagues use Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, subjects and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the chain of hashes that links every entry to the one before it and report the first entry that was changed, removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see everything it recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: all %n entries link up.</source>
        <translation>
            <numerusform>The audit log is intact: its %n entry is in place.</numerusform>
            <numerusform>The audit log is intact: all %n entries link up.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this computer and the database as they are and tell the owner of the business. Restore the database from a backup to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entry written to %1.</numerusform>
            <numerusform>%n entries written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ChainSettingsWidget</name>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the networks Kassa watches for payments to your addresses, and the nodes it asks. Kassa checks the nodes before it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch this chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, in order of preference. Kassa switches to the next when one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. With one, new blocks arrive within milliseconds; without, Kassa asks regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TronGrid address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TronGrid API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is final:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval (milliseconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (watching)</source>
        <extracomment>An entry of the chain list in Settings → Chains: &quot;Ethereum (watching)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id of your test node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed for this network; the nodes must report the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the network marks its block final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When its block is solidified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a number of confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback confirmations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is final after this many blocks (its own block counts as one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used only if the node does not report finality itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain id must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes of this chain cannot be checked before saving yet; watch the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Kassa is watching %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Kassa does not watch %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::DashboardPage</name>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard shows today&apos;s takings, payments waiting for confirmations and callbacks that need your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get started, add a wallet on the Wallets page, then choose the chains to watch in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments to your addresses that are on the chain but not final yet. An order counts as paid once its payment has every confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try It on a Local Test Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a separate demo profile on a private test chain with play money, so you can watch orders being paid. Your own settings are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::DemoSimulatorPanel</name>
    <message>
        <source>Storefront Simulator (DEMO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pretend shop creates an order every few seconds through the storefront API and pays most of them exactly, some with too little and some too late, from test accounts. Play money only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 created: %2 USDT to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid too little for order %1: %2 USDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid order %1 after it expired: %2 USDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid order %1 exactly: %2 USDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback for order %1: signature valid, status %2, transaction %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback for order %1 with an INVALID signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::DemoStartupWindow</name>
    <message>
        <source>Starting the local test network (anvil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the test USDT from the last demo on the saved test chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying the test USDT (6 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding the payout wallet and nine customer accounts with test USDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo profile&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the storefront listener on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the storefront simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The demo made no progress for %n second(s): “%1” did not finish.</source>
        <translation>
            <numerusform>The demo made no progress for %n second: “%1” did not finish.</numerusform>
            <numerusform>The demo made no progress for %n seconds: “%1” did not finish.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again. If it stalls again, quit and start “kassa --demo” from a terminal to read its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa — starting the DEMO (test network, not real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — a local test network with play money. Nothing here is real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This takes a few seconds (%n s so far).</source>
        <translation>
            <numerusform>This takes a few seconds (%n s so far).</numerusform>
            <numerusform>This takes a few seconds (%n s so far).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from your storefront appear here with their status, the payments that settled them and the callbacks sent to your shop. You can search, filter and export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the storefront listener in Settings and point your shop&apos;s Epusdt plugin at Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds, supplier payments and withdrawals appear here, with the approvals each one needs and its progress on chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts need a payout wallet and at least one colleague to approve them. Set up a payout wallet on the Wallets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chains are being watched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: block %2 via %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disconnected (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: block %2, %n block(s) behind</source>
        <translation>
            <numerusform>%1: block %2, %n block behind</numerusform>
            <numerusform>%1: block %2, %n blocks behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: block %2 via %3, %n block(s) behind</source>
        <translation>
            <numerusform>%1: block %2 via %3, %n block behind</numerusform>
            <numerusform>%1: block %2 via %3, %n blocks behind</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks not yet processed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout &amp;policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your operator account to see orders, payouts and wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa — DEMO (test network, not real money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — a local test network with play money. Nothing here is real money: never send real funds to these addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Test Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::NewPayoutDialog</name>
    <message>
        <source>New payout request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A token on a chain, e.g. &quot;USDT on Ethereum&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it for? Approvers read this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: invoice or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 %2 (rate %3, %4)</source>
        <extracomment>The fiat value of the payout and where the rate came from, e.g. &quot;≈ 1,234.50 USD (rate 1.0001, okx)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the payout is for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::OperatorDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::OperatorsPage</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changes waiting for another owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (proposed by %4, %5)</source>
        <extracomment>%1 operator&apos;s name, %2 roles now, %3 proposed roles, %4 the owner who proposed it, %5 date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the roles %2? Enter your password to confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the change of %1&apos;s roles proposed by %2? Enter your password to confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject role change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role change is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role change is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another owner has to confirm this change; it is listed above until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrdersModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Order status: reserved, nothing paid yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming</source>
        <extracomment>Order status: a payment was seen on the chain and is not final yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Order status: the payment window passed without a payment.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid late</source>
        <extracomment>Order status: paid after the window closed; an operator decides.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted</source>
        <extracomment>Order status: the paying transaction left the chain (reorg) after the order was paid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>An order&apos;s amount with its fiat price: %1 = &quot;12.5 USDT&quot;, %2 = &quot;88&quot;, %3 = &quot;CNY&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked %1, received %2</source>
        <extracomment>Tooltip of an order&apos;s amount: %1 asked, %2 received (exact amounts with the asset).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the order was created.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop order</source>
        <extracomment>Column header: the storefront&apos;s own order number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header: the receive address the customer pays to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade ID</source>
        <extracomment>Column header: Kassa&apos;s own id of the order (24 digits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen, not final</source>
        <extracomment>A transfer&apos;s stage: in a block, not enough confirmations yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <extracomment>A transfer&apos;s stage: it has all the confirmations it needs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned by a reorg</source>
        <extracomment>A transfer&apos;s stage: its block left the chain (a reorganisation).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed on chain</source>
        <extracomment>A transfer&apos;s stage: the transaction was mined but failed (reverted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrdersPage</name>
    <message>
        <source>Paid today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <extracomment>Tab: deliveries of payment notices to the shop that gave up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by order ID, trade ID, transaction hash or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Date filter: orders created on or after this day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Date filter: orders created on or before this day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <extracomment>Shown in a date filter that is not set.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment notices to the shop that gave up after every retry. Fix the shop, then resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to see its timeline, transfers and callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <extracomment>%1 = rate, %2 = fiat, %3 = asset, %4 = source (&quot;manual&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 per %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer has reached this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <extracomment>A transfer in the order details: %1 amount, %2 outcome, %3 stage (&quot;Final&quot;), %4 tx hash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 — %3 of %4 tries</source>
        <extracomment>%1 event (&quot;order.paid&quot;), %2 URL, %3 tries so far, %4 most tries.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark order paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark order %1 (%2) as paid? The shop is told it was paid. Only do this when the money arrived another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1 (%2)? A payment that arrives later is kept for an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <extracomment>A transfer to choose: %1 amount, %2 sender, %3 tx hash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unmatched, late or wrong-amount transfer to %1 is waiting for an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit one of these transfers to order %1 (%2) and mark it paid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the %1 notice to %2 again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to %1.</source>
        <translation>
            <numerusform>%n order written to %1.</numerusform>
            <numerusform>%n orders written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutApprovalDialog</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (contract %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the address book as “%1”, added or changed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the address book: this payout needs the highest approval tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 per %3 from %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated when the payout is signed, within the fee cap; paid from the hot wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approvals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two approvers and an owner (%1 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different approvers (%1 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you reject the payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to confirm this decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutsModel</name>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutsPage</name>
    <message>
        <source>All payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payout requests yet. A clerk or an owner can request one with New request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::PendingTransfersModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorganised — waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block with this transfer left the chain. It counts again once it is seen in a new block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive address</source>
        <extracomment>In the &quot;To&quot; column: one of the storefront&apos;s shared receive addresses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order address</source>
        <extracomment>In the &quot;To&quot; column: an address the storefront gave one order (or one deposit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::PolicyDialog</name>
    <message>
        <source>Payout policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>Unit after a number of minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>Unit after a number of hours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two approvers from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two approvers and an owner above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest single payout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per asset in 24 hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per requester in 24 hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest exchange rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New addresses wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting for another owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: two approvers from %3 %4, an owner above %5 %4</source>
        <extracomment>A proposed policy change: who, when, and the two tiers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new policy is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a proposal: another owner has to confirm it before it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, needed to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for rejecting the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the policy change proposed by %1 in force? Enter your password to confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the policy change proposed by %1? Enter your password to confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm policy change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject policy change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy change is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReasonDialog</name>
    <message>
        <source>Reason (kept in the audit log):</source>
        <extracomment>Label above the text box where an operator explains an action (kept in the audit log).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change takes effect immediately and is saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging to the terminal only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::SignInDialog</name>
    <message>
        <source>Sign in to Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa is locked. Sign in with your operator account to see orders, payouts and wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::StepUpFields</name>
    <message>
        <source>Your password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you use an authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::TokenContractsModel</name>
    <message>
        <source>Symbol</source>
        <extracomment>Column of the token table in Settings → Chains: &quot;USDT&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>Column of the token table: the token&apos;s contract address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals</source>
        <extracomment>Column of the token table: how many decimals the token has (USDT: 6)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletAddressesModel</name>
    <message>
        <source>—</source>
        <extracomment>No derivation index: an address from a watch-only list
----------
Balance not known yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <extracomment>Column: the receive address&apos;s derivation index</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <extracomment>The balance is being read from the chain&apos;s nodes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A token balance: %1 the amount, %2 the token symbol (&quot;12.5 USDT&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? %1</source>
        <extracomment>A balance that could not be read; the tooltip says why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a chain&apos;s name, %2 a balance on it (&quot;Ethereum: 12.5 USDT&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain of this wallet&apos;s family with tokens is enabled. Turn one on in Settings → Chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletWizard</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few steps set up your first wallet. Nothing is saved until you press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language for Kassa. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the owner of this Kassa: you approve payouts and add colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password unlocks the console each time Kassa starts. It cannot be recovered, so keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the wallet a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one chain family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch-only wallet cannot pay out: choose Receiving or Cold storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new wallet, or bring one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new wallet (new recovery words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import recovery words from another wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch only: import an extended public key (xpub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch only: list the addresses to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shop receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains for the recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these words on paper, in order. They are shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are the wallet. Anyone who sees them can take its money, and if you lose them and this computer fails, the money is gone for good — Kassa cannot recover it. Write them on paper, keep the paper somewhere safe and never type them into a website, a chat or a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down all the words, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words asked for from your paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes sure the words on paper are right before the wallet holds money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1 does not match. Compare it with your paper copy; if the copy is wrong, go back and write the words again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the words in order. Each word is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first four letters are enough: Kassa completes each word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 is not in the recovery word list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1 is not in the recovery word list. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch an extended public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa derives receive addresses from it but can never spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the account xpub (m/44&apos;/60&apos;/0&apos; for Ethereum, m/44&apos;/195&apos;/0&apos; for Tron) from your hardware or mobile wallet and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xpub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First receive address: %1. Check that your wallet app shows the same.</source>
        <extracomment>%1 is the first receive address, for the person to compare with their wallet app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line. Kassa watches them but can never spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this for addresses of an exchange, a hardware wallet or a colleague&apos;s wallet that should count as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) to watch.</source>
        <translation>
            <numerusform>%n address to watch.</numerusform>
            <numerusform>%n addresses to watch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chains to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa watches these chains for payments to your addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public nodes shown work out of the box; put your own node or provider first if you have one. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Finish to save. Until then nothing has been stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain families: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains watched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery words go to the %1; Kassa&apos;s files never hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletsModel</name>
    <message>
        <source>Watch-only: Kassa can receive to this wallet but holds no key to spend from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletsPage</name>
    <message>
        <source>No wallets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receiving and payout wallets appear here with their addresses, balances and QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new wallet or import your recovery words, an extended public key or watch-only addresses. Secrets are kept in the system keychain, never in Kassa&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New receive address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show recovery words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <extracomment>%1 is where secrets are kept, e.g. &quot;system keychain&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive to the selected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy QR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chain has no token configured; the QR code shows the plain address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New receive address %1 is ready and watched on every chain of its family.</source>
        <extracomment>%1 is the new receive address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa backups (*.kassabackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds the recovery phrases of your wallets. Anyone with the file and this passphrase can spend from them. Keep the passphrase apart from the file — without it the backup cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n wallet(s) to %1.</source>
        <translation>
            <numerusform>Backed up %n wallet to %1.</numerusform>
            <numerusform>Backed up %n wallets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n wallet(s).</source>
        <translation>
            <numerusform>Restored %n wallet.</numerusform>
            <numerusform>Restored %n wallets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) were already here.</source>
        <translation>
            <numerusform>%n wallet was already here.</numerusform>
            <numerusform>%n wallets were already here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees these words can take every coin in this wallet, now and later. Make sure no one is watching and no screen is being shared or recorded. Showing them is recorded in the audit log.

Show the words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator password to confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them down in this order and close this window. It closes by itself after two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token balances of these addresses from the chain&apos;s nodes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator password and the 6-digit code from your authenticator app to confirm it is you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::wallets::Backup</name>
    <message>
        <source>The backup file opened, but its contents are not a Kassa wallet backup (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a backup file Kassa wrote; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Kassa, then restore it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::wallets::PaymentUri</name>
    <message>
        <source>The amount does not match the token&apos;s decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chain has no chain id yet; a payment request needs one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::wallets::WalletStore</name>
    <message>
        <source>The database refused a wallet change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet %1 was written by a newer version of Kassa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 already belongs to a wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each address can belong to one wallet only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::wallets::Wallets</name>
    <message>
        <source>Recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only (xpub)</source>
        <extracomment>A watch-only wallet known by its extended public key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch-only (addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <extracomment>Wallet role: customers pay into it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <extracomment>Wallet role: payouts are sent from it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold storage</source>
        <extracomment>Wallet role: cold storage, a destination only</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tron</source>
        <extracomment>Chain family: Ethereum and the chains that share its addresses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethereum and EVM chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs 1 to 80 characters and no control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a short name you will recognise, such as “Shop receipts”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kassa cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa: a wallet-and-payment console for merchants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the console in &lt;language&gt; (en, zh_CN, ja, nl) for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on &lt;page&gt; (dashboard, orders, payouts, wallets, settings, audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the setup wizard on a profile without wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Kassa on a local test network with play money, in a separate demo profile (needs anvil: make deps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local test network for the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa could not start a second window for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test network stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network of the demo has stopped. Restart Kassa with --demo to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local test network of the demo has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
