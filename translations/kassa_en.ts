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
    <name>kassa::chain::evm::EvmSettingsCheck</name>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>kassa::engine::ChainManager</name>
    <message>
        <source>Watching %1 is not available in this version of Kassa.</source>
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
</context>
</TS>
