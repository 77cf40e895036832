<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>kassa::Cli</name>
    <message>
        <source>Kassa without a window: scripting and headless use.</source>
        <translation>Kassa zonder venster: voor scripts en gebruik zonder grafische omgeving.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; instead of the default.</source>
        <translation>Gebruik het profiel in &lt;map&gt; in plaats van het standaardprofiel.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Print messages in &lt;language&gt; (en, zh_CN, ja, nl).</source>
        <translation>Toon meldingen in &lt;taal&gt; (en, zh_CN, ja, nl).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>The command to run (see Commands).</source>
        <translation>De uit te voeren opdracht (zie Opdrachten).</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Onbekende taal “%1”; kies uit: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht “%1”.</translation>
    </message>
    <message>
        <source>Missing value after “%1”.</source>
        <translation>Er ontbreekt een waarde na “%1”.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Show the profile, its settings file, database and log file.</source>
        <translation>Toon het profiel, het instellingenbestand, de database en het logbestand.</translation>
    </message>
    <message>
        <source>Show where this Kassa keeps its state and open its database.</source>
        <translation>Toon waar deze Kassa zijn gegevens bewaart en open de database.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Geef het resultaat weer als JSON.</translation>
    </message>
    <message>
        <source>status takes no arguments (got “%1”).</source>
        <translation>status accepteert geen argumenten (ontvangen: “%1”).</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Instellingenbestand:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Database version:</source>
        <translation>Databaseversie:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Logbestand:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain (verify), list or export it.</source>
        <translation>Controleer de hashketen van het auditlog (verify), of toon of exporteer het.</translation>
    </message>
    <message>
        <source>Recompute the audit log&apos;s hash chain and name the first entry that was changed, removed or inserted. Exit status 0: intact; 1: broken or unreadable.</source>
        <translation>Bereken de hashketen van het auditlog opnieuw en noem de eerste vermelding die is gewijzigd, verwijderd of ingevoegd. Afsluitstatus 0: intact; 1: beschadigd of onleesbaar.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Het auditlog is intact: %n vermelding gecontroleerd.</numerusform>
            <numerusform>Het auditlog is intact: %n vermeldingen gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest entry&apos;s hash: %1 (note it down: a later check that shows an older or different hash means the log was rewritten).</source>
        <translation>Hash van de nieuwste vermelding: %1 (noteer deze: toont een latere controle een oudere of andere hash, dan is het log herschreven).</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1.</source>
        <translation>Het auditlog is beschadigd bij vermelding %1.</translation>
    </message>
    <message>
        <source>Write audit log entries as CSV (newest first) to a file or standard output.</source>
        <translation>Schrijf vermeldingen uit het auditlog als CSV (nieuwste eerst) naar een bestand of naar standaarduitvoer.</translation>
    </message>
    <message>
        <source>List audit log entries, newest first.</source>
        <translation>Toon de vermeldingen in het auditlog, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Only actions starting with &lt;prefix&gt;, e.g. payout. or payout.approve.</source>
        <translation>Alleen handelingen die beginnen met &lt;prefix&gt;, bijv. payout. of payout.approve.</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>prefix</translation>
    </message>
    <message>
        <source>Only entries at or after &lt;time&gt; (ISO 8601, UTC).</source>
        <translation>Alleen vermeldingen op of na &lt;tijd&gt; (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <source>Only entries before &lt;time&gt; (ISO 8601, UTC).</source>
        <translation>Alleen vermeldingen vóór &lt;tijd&gt; (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; entries (default 200, export: all).</source>
        <translation>Hoogstens &lt;n&gt; vermeldingen (standaard 200, export: alle).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>Schrijf naar &lt;bestand&gt; in plaats van naar standaarduitvoer.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>Placeholder in --help for a file name</extracomment>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Usage: kassa-cli audit verify|list|export [options]</source>
        <translation>Gebruik: kassa-cli audit verify|list|export [opties]</translation>
    </message>
    <message>
        <source>Unknown audit command “%1”.</source>
        <translation>Onbekende audit-opdracht “%1”.</translation>
    </message>
    <message>
        <source>Check the hash chain and name the first broken entry.</source>
        <translation>Controleer de hashketen en noem de eerste beschadigde vermelding.</translation>
    </message>
    <message>
        <source>List entries, newest first.</source>
        <translation>Toon vermeldingen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Write entries as CSV.</source>
        <translation>Schrijf vermeldingen als CSV.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number.</source>
        <translation>--limit heeft een positief geheel getal nodig.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2026-12-01 or 2026-12-01T08:00:00Z.</source>
        <translation>“%1” is geen datum en tijd zoals 2026-12-01 of 2026-12-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>Cannot read the file “%1”: %2.</source>
        <translation>Kan het bestand ‘%1’ niet lezen: %2.</translation>
    </message>
    <message>
        <source>Check the file name and that you may read it.</source>
        <translation>Controleer de bestandsnaam en of je het mag lezen.</translation>
    </message>
    <message>
        <source>Warning: other users on this computer can read “%1”. Keep recovery phrases and passphrases in files only you can read (chmod 600).</source>
        <translation>Waarschuwing: andere gebruikers op deze computer kunnen ‘%1’ lezen. Bewaar herstelzinnen en wachtwoordzinnen in bestanden die alleen jij kunt lezen (chmod 600).</translation>
    </message>
    <message>
        <source>The file “%1” is too large to hold a recovery phrase or passphrase.</source>
        <translation>Het bestand ‘%1’ is te groot voor een herstelzin of wachtwoordzin.</translation>
    </message>
    <message>
        <source>Give a file with only the words (or only the passphrase) in it.</source>
        <translation>Geef een bestand met alleen de woorden (of alleen de wachtwoordzin) erin.</translation>
    </message>
    <message>
        <source>The file “%1” is not UTF-8 text.</source>
        <translation>Het bestand ‘%1’ is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text.</source>
        <translation>Sla het bestand op als UTF-8-tekst.</translation>
    </message>
    <message>
        <source>Unknown chain “%1”; use eth (Ethereum, BSC, Polygon and other EVM chains) or tron.</source>
        <translation>Onbekende chain ‘%1’; gebruik eth (Ethereum, BSC, Polygon en andere EVM-chains) of tron.</translation>
    </message>
    <message>
        <source>Make a new recovery phrase and print it once.</source>
        <translation>Maak een nieuwe herstelzin en toon die één keer.</translation>
    </message>
    <message>
        <source>Make a new recovery phrase (BIP-39) from the system&apos;s random number generator and print it once. Kassa does not store it.</source>
        <translation>Maak een nieuwe herstelzin (BIP-39) met de toevalsgenerator van het systeem en toon die één keer. Kassa bewaart hem niet.</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>Placeholder in --help for the value of --words: how many words
----------
Placeholder in --help for the value of --count: how many addresses</extracomment>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Number of words: 12 or 24 (default 24).</source>
        <translation>Aantal woorden: 12 of 24 (standaard 24).</translation>
    </message>
    <message>
        <source>wallet new takes no arguments (got “%1”).</source>
        <translation>wallet new neemt geen argumenten (kreeg ‘%1’).</translation>
    </message>
    <message>
        <source>--words must be 12 or 24, not “%1”.</source>
        <translation>--words moet 12 of 24 zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>Write these words down on paper, in this order, and keep them somewhere safe and secret. Anyone who sees them can take the money in this wallet; without them a lost wallet cannot be recovered. Kassa has not stored them and will not show them again.</source>
        <translation>Schrijf deze woorden in deze volgorde op papier en bewaar ze veilig en geheim. Iedereen die ze ziet, kan het geld in deze wallet weghalen; zonder de woorden is een verloren wallet niet te herstellen. Kassa heeft ze niet bewaard en toont ze niet nog een keer.</translation>
    </message>
    <message>
        <source>Print receive addresses of a recovery phrase or an account xpub.</source>
        <translation>Toon ontvangstadressen van een herstelzin of een account-xpub.</translation>
    </message>
    <message>
        <source>Print receive addresses: from a recovery phrase (path m/44&apos;/60&apos;/account&apos;/0/index for eth, m/44&apos;/195&apos;/account&apos;/0/index for tron), or from an account xpub alone (watch-only).</source>
        <translation>Toon ontvangstadressen: uit een herstelzin (pad m/44&apos;/60&apos;/account&apos;/0/index voor eth, m/44&apos;/195&apos;/account&apos;/0/index voor tron), of alleen uit een account-xpub (alleen-kijken).</translation>
    </message>
    <message>
        <source>chain</source>
        <extracomment>Placeholder in --help for the value of --chain (a blockchain): eth or tron</extracomment>
        <translation>chain</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>Placeholder in --help for the value of --account: a whole number</extracomment>
        <translation>nummer</translation>
    </message>
    <message>
        <source>xpub</source>
        <extracomment>Placeholder in --help for the value of --xpub: an extended public key</extracomment>
        <translation>xpub</translation>
    </message>
    <message>
        <source>index</source>
        <extracomment>Placeholder in --help for the value of --index: the position of an address (0, 1, 2, …)</extracomment>
        <translation>index</translation>
    </message>
    <message>
        <source>eth or tron.</source>
        <translation>eth of tron.</translation>
    </message>
    <message>
        <source>Read the recovery phrase from &lt;file&gt; (only the words).</source>
        <translation>Lees de herstelzin uit &lt;bestand&gt; (alleen de woorden).</translation>
    </message>
    <message>
        <source>Read the BIP-39 passphrase from &lt;file&gt; (one trailing line break is ignored).</source>
        <translation>Lees de BIP-39-wachtwoordzin uit &lt;bestand&gt; (één regeleinde aan het eind wordt genegeerd).</translation>
    </message>
    <message>
        <source>Account number (default 0).</source>
        <translation>Accountnummer (standaard 0).</translation>
    </message>
    <message>
        <source>Derive from this account xpub instead of a recovery phrase.</source>
        <translation>Leid af uit deze account-xpub in plaats van uit een herstelzin.</translation>
    </message>
    <message>
        <source>First address index.</source>
        <translation>Index van het eerste adres.</translation>
    </message>
    <message>
        <source>Number of addresses (default 1).</source>
        <translation>Aantal adressen (standaard 1).</translation>
    </message>
    <message>
        <source>Print JSON with index, path and address.</source>
        <translation>Toon JSON met index, pad en adres.</translation>
    </message>
    <message>
        <source>wallet derive takes no arguments (got “%1”).</source>
        <translation>wallet derive neemt geen argumenten (kreeg ‘%1’).</translation>
    </message>
    <message>
        <source>Say which chain with --chain eth or --chain tron.</source>
        <translation>Geef de chain aan met --chain eth of --chain tron.</translation>
    </message>
    <message>
        <source>Give either --mnemonic-file or --xpub (exactly one of them).</source>
        <translation>Geef --mnemonic-file of --xpub (precies één van de twee).</translation>
    </message>
    <message>
        <source>--passphrase-file and --account belong to --mnemonic-file; an xpub already is one account.</source>
        <translation>--passphrase-file en --account horen bij --mnemonic-file; een xpub is al één account.</translation>
    </message>
    <message>
        <source>Say which address with --index (the first one is 0).</source>
        <translation>Geef het adres aan met --index (het eerste is 0).</translation>
    </message>
    <message>
        <source>--index must be a whole number from 0 to 2147483647.</source>
        <translation>--index moet een geheel getal van 0 tot 2147483647 zijn.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 1000000.</source>
        <translation>--count moet een geheel getal van 1 tot 1000000 zijn.</translation>
    </message>
    <message>
        <source>The last index would be beyond 2147483647.</source>
        <translation>De laatste index zou voorbij 2147483647 liggen.</translation>
    </message>
    <message>
        <source>--account must be a whole number from 0 to 2147483647.</source>
        <translation>--account moet een geheel getal van 0 tot 2147483647 zijn.</translation>
    </message>
    <message>
        <source>Say whether an address is valid, and why not.</source>
        <translation>Zeg of een adres geldig is, en zo niet, waarom.</translation>
    </message>
    <message>
        <source>Check an Ethereum (EVM) or Tron address: its form and its checksum. Exit status 0 if it is valid, 1 if not.</source>
        <translation>Controleer een Ethereum- (EVM) of Tron-adres: de vorm en de controlesom. Afsluitstatus 0 als het geldig is, 1 als het dat niet is.</translation>
    </message>
    <message>
        <source>eth or tron (default: recognised from the address).</source>
        <translation>eth of tron (standaard: herkend aan het adres).</translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation>Het te controleren adres.</translation>
    </message>
    <message>
        <source>Give exactly one address to check.</source>
        <translation>Geef precies één adres om te controleren.</translation>
    </message>
    <message>
        <source>invalid: not an Ethereum address. %1</source>
        <translation>ongeldig: geen Ethereum-adres. %1</translation>
    </message>
    <message>
        <source>valid: Ethereum address with a correct EIP-55 checksum.</source>
        <translation>geldig: Ethereum-adres met een juiste EIP-55-controlesom.</translation>
    </message>
    <message>
        <source>valid: Ethereum address without a checksum (all one case). With checksum: %1</source>
        <translation>geldig: Ethereum-adres zonder controlesom (alles in één soort letters). Met controlesom: %1</translation>
    </message>
    <message>
        <source>invalid: not a Tron address. %1</source>
        <translation>ongeldig: geen Tron-adres. %1</translation>
    </message>
    <message>
        <source>valid: Tron address with a correct checksum.</source>
        <translation>geldig: Tron-adres met een juiste controlesom.</translation>
    </message>
    <message>
        <source>valid: Tron address in hex form. In Base58: %1</source>
        <translation>geldig: Tron-adres in hex-vorm. In Base58: %1</translation>
    </message>
    <message>
        <source>Usage: kassa-cli wallet &lt;subcommand&gt; [options]</source>
        <translation>Gebruik: kassa-cli wallet &lt;subopdracht&gt; [opties]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subopdrachten:</translation>
    </message>
    <message>
        <source>Run “kassa-cli wallet &lt;subcommand&gt; --help” for its options.</source>
        <translation>Voer ‘kassa-cli wallet &lt;subopdracht&gt; --help’ uit voor de opties.</translation>
    </message>
    <message>
        <source>Unknown wallet subcommand “%1”.</source>
        <translation>Onbekende wallet-subopdracht ‘%1’.</translation>
    </message>
    <message>
        <source>With [keys] store=file: read the key file&apos;s passphrase from &lt;file&gt;.</source>
        <translation>Met [keys] store=file: lees het wachtwoord van het sleutelbestand uit &lt;file&gt;.</translation>
    </message>
    <message>
        <source>This profile keeps its secrets in the encrypted key file; give --key-passphrase-file.</source>
        <translation>Dit profiel bewaart zijn geheimen in het versleutelde sleutelbestand; geef --key-passphrase-file op.</translation>
    </message>
    <message>
        <source>Give --chain eth, tron or eth,tron.</source>
        <translation>Geef --chain eth, tron of eth,tron op.</translation>
    </message>
    <message>
        <source>Restore wallets (recovery phrases, xpubs, addresses) from an encrypted backup file into this profile. Wallets already here are skipped.</source>
        <translation>Zet wallets (herstelwoorden, xpubs, adressen) uit een versleuteld back-upbestand terug in dit profiel. Wallets die er al zijn, worden overgeslagen.</translation>
    </message>
    <message>
        <source>Write every wallet, recovery phrases included, and the settings to an encrypted backup file. Orders and other records are not part of it.</source>
        <translation>Schrijf alle wallets, met herstelwoorden, en de instellingen naar een versleuteld back-upbestand. Bestellingen en andere gegevens horen er niet bij.</translation>
    </message>
    <message>
        <source>Write the backup to &lt;file&gt;.</source>
        <translation>Schrijf de back-up naar &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Read the backup&apos;s passphrase from &lt;file&gt; (at least 8 characters).</source>
        <translation>Lees het wachtwoord van de back-up uit &lt;file&gt; (minstens 8 tekens).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Het back-upbestand.</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys restore FILE --passphrase-file F</source>
        <translation>Gebruik: kassa-cli keys restore FILE --passphrase-file F</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys backup --out FILE --passphrase-file F</source>
        <translation>Gebruik: kassa-cli keys backup --out FILE --passphrase-file F</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n wallet(s) from %1.</source>
        <translation>
            <numerusform>%n wallet teruggezet uit %1.</numerusform>
            <numerusform>%n wallets teruggezet uit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n wallet was er al en is ongewijzigd gelaten.</numerusform>
            <numerusform>%n wallets waren er al en zijn ongewijzigd gelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n wallet(s) to %1.</source>
        <translation>
            <numerusform>%n wallet opgeslagen in %1.</numerusform>
            <numerusform>%n wallets opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the passphrase apart from the file: anyone with both can spend from the wallets.</source>
        <translation>Bewaar het wachtwoord apart van het bestand: wie beide heeft, kan uit de wallets betalen.</translation>
    </message>
    <message>
        <source>Encrypted backup and restore of the wallets&apos; secrets.</source>
        <translation>Versleutelde back-up en terugzetten van de geheimen van de wallets.</translation>
    </message>
    <message>
        <source>Usage: kassa-cli keys backup|restore [options]</source>
        <translation>Gebruik: kassa-cli keys backup|restore [opties]</translation>
    </message>
    <message>
        <source>Write an encrypted backup of every wallet.</source>
        <translation>Schrijf een versleutelde back-up van alle wallets.</translation>
    </message>
    <message>
        <source>Restore wallets from an encrypted backup.</source>
        <translation>Zet wallets terug uit een versleutelde back-up.</translation>
    </message>
    <message>
        <source>Unknown keys command “%1”.</source>
        <translation>Onbekend keys-commando ‘%1’.</translation>
    </message>
    <message>
        <source>Add a wallet to this profile from recovery words, an xpub or a list of addresses.</source>
        <translation>Voeg een wallet aan dit profiel toe vanuit herstelwoorden, een xpub of een lijst adressen.</translation>
    </message>
    <message>
        <source>List the wallets of this profile and their addresses.</source>
        <translation>Toon de wallets van dit profiel en hun adressen.</translation>
    </message>
    <message>
        <source>Show a wallet&apos;s receive addresses, or hand out the next one.</source>
        <translation>Toon de ontvangstadressen van een wallet, of geef het volgende uit.</translation>
    </message>
    <message>
        <source>Add a wallet to this profile. Recovery words go to the key store ([keys] store); the database keeps only public data.</source>
        <translation>Voeg een wallet toe aan dit profiel. Herstelwoorden gaan naar de sleutelopslag ([keys] store); de database bewaart alleen openbare gegevens.</translation>
    </message>
    <message>
        <source>Import the recovery words in &lt;file&gt; (a hot wallet: it can pay out).</source>
        <translation>Importeer de herstelwoorden in &lt;file&gt; (een hot wallet: die kan uitbetalen).</translation>
    </message>
    <message>
        <source>Watch only: the account xpub (m/44&apos;/60&apos;/0&apos; or m/44&apos;/195&apos;/0&apos;).</source>
        <translation>Alleen-lezen: de account-xpub (m/44&apos;/60&apos;/0&apos; of m/44&apos;/195&apos;/0&apos;).</translation>
    </message>
    <message>
        <source>Watch only: the addresses in &lt;file&gt;, one per line.</source>
        <translation>Alleen-lezen: de adressen in &lt;file&gt;, één per regel.</translation>
    </message>
    <message>
        <source>eth, tron, or eth,tron for recovery words (default: eth,tron).</source>
        <translation>eth, tron, of eth,tron voor herstelwoorden (standaard: eth,tron).</translation>
    </message>
    <message>
        <source>The wallet&apos;s name.</source>
        <translation>De naam van de wallet.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>receiving (default), payout or cold.</source>
        <translation>receiving (standaard), payout of cold.</translation>
    </message>
    <message>
        <source>Print the new wallets as JSON.</source>
        <translation>Toon de nieuwe wallets als JSON.</translation>
    </message>
    <message>
        <source>Give exactly one of --mnemonic-file, --xpub and --addresses.</source>
        <translation>Geef precies één van --mnemonic-file, --xpub en --addresses op.</translation>
    </message>
    <message>
        <source>Imported wallet</source>
        <translation>Geïmporteerde wallet</translation>
    </message>
    <message>
        <source>Unknown role “%1”; use receiving, payout or cold.</source>
        <translation>Onbekende rol ‘%1’; gebruik receiving, payout of cold.</translation>
    </message>
    <message>
        <source>Wallet %1 “%2” (%3, %4) added.</source>
        <translation>Wallet %1 ‘%2’ (%3, %4) toegevoegd.</translation>
    </message>
    <message>
        <source>First receive address: %1</source>
        <translation>Eerste ontvangstadres: %1</translation>
    </message>
    <message>
        <source>Print the wallets as JSON.</source>
        <translation>Toon de wallets als JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3, %4, %n address(es)</source>
        <extracomment>One wallet in `kassa-cli wallet list`: %1 name, %2 chains, %3 kind, %4 role, %n number of addresses</extracomment>
        <translation>
            <numerusform>%1 — %2, %3, %4, %n adres</numerusform>
            <numerusform>%1 — %2, %3, %4, %n adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>No wallets yet. Add one with “kassa-cli wallet import” or in the console.</source>
        <translation>Nog geen wallets. Voeg er een toe met ‘kassa-cli wallet import’ of in de console.</translation>
    </message>
    <message>
        <source>The wallet&apos;s number (see wallet list).</source>
        <translation>Het nummer van de wallet (zie wallet list).</translation>
    </message>
    <message>
        <source>Hand out the next receive address (it is watched from now on).</source>
        <translation>Geef het volgende ontvangstadres uit (het wordt vanaf nu gevolgd).</translation>
    </message>
    <message>
        <source>Give the wallet&apos;s number with --wallet (see kassa-cli wallet list).</source>
        <translation>Geef het nummer van de wallet met --wallet (zie kassa-cli wallet list).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message>
        <source>%1 can be read by other users.</source>
        <translation>%1 is leesbaar voor andere gebruikers.</translation>
    </message>
    <message>
        <source>Run: chmod 600 %1</source>
        <translation>Voer uit: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>Run the engine without a window: chain watchers, orders, callbacks and the storefront API.</source>
        <translation>Draai de engine zonder venster: chainbewaking, bestellingen, callbacks en de webwinkel-API.</translation>
    </message>
    <message>
        <source>Read the Epusdt API token from &lt;file&gt; (owner-only permissions).</source>
        <translation>Lees de Epusdt-API-token uit &lt;file&gt; (alleen rechten voor de eigenaar).</translation>
    </message>
    <message>
        <source>Read the native webhook secret from &lt;file&gt; (owner-only permissions).</source>
        <translation>Lees het geheim voor native webhooks uit &lt;file&gt; (alleen rechten voor de eigenaar).</translation>
    </message>
    <message>
        <source>Storefront API listening on %1 port %2.</source>
        <translation>Webwinkel-API luistert op %1 poort %2.</translation>
    </message>
    <message>
        <source>Serving. Stop with Ctrl+C or SIGTERM.</source>
        <translation>Actief. Stop met Ctrl+C of SIGTERM.</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Bezig met stoppen.</translation>
    </message>
    <message>
        <source>List and show orders, mark one paid or cancel it, set exchange rates.</source>
        <translation>Bestellingen tonen, als betaald markeren of annuleren, wisselkoersen instellen.</translation>
    </message>
    <message>
        <source>Usage: kassa-cli orders list|show|mark-paid|cancel|rate [options]</source>
        <translation>Gebruik: kassa-cli orders list|show|mark-paid|cancel|rate [opties]</translation>
    </message>
    <message>
        <source>Orders, newest first.</source>
        <translation>Bestellingen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>One order with its timeline.</source>
        <translation>Eén bestelling met haar tijdlijn.</translation>
    </message>
    <message>
        <source>Accept an order by hand (audited).</source>
        <translation>Een bestelling handmatig accepteren (geaudit).</translation>
    </message>
    <message>
        <source>Cancel an order (audited).</source>
        <translation>Een bestelling annuleren (geaudit).</translation>
    </message>
    <message>
        <source>Set how many FIAT one unit of the asset costs.</source>
        <translation>Stel in hoeveel FIAT één eenheid van het activum kost.</translation>
    </message>
    <message>
        <source>Only orders in &lt;status&gt;.</source>
        <translation>Alleen bestellingen met &lt;status&gt;.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; orders (default 50).</source>
        <translation>Hoogstens &lt;n&gt; bestellingen (standaard 50).</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>Waarom (wordt in het auditlog bewaard).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>The asset the rate prices (default USDT).</source>
        <translation>Het activum waarvoor de koers geldt (standaard USDT).</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>symbool</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Onbekende status ‘%1’.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Er is geen bestelling %1.</translation>
    </message>
    <message>
        <source>Give a reason with --reason; it is kept in the audit log.</source>
        <translation>Geef een reden op met --reason; die wordt in het auditlog bewaard.</translation>
    </message>
    <message>
        <source>Order %1 is now %2.</source>
        <translation>Bestelling %1 is nu %2.</translation>
    </message>
    <message>
        <source>Rate set: 1 %1 = %2 %3.</source>
        <translation>Koers ingesteld: 1 %1 = %2 %3.</translation>
    </message>
    <message>
        <source>Unknown orders command “%1”.</source>
        <translation>Onbekende orders-opdracht ‘%1’.</translation>
    </message>
    <message>
        <source>Create, list and revoke keys for the native REST API.</source>
        <translation>Sleutels voor de native REST-API aanmaken, tonen en intrekken.</translation>
    </message>
    <message>
        <source>Usage: kassa-cli apikey create NAME --scope S… | list | revoke ID</source>
        <translation>Gebruik: kassa-cli apikey create NAAM --scope S… | list | revoke ID</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Bereiken: %1</translation>
    </message>
    <message>
        <source>What the key may do (repeat for several).</source>
        <translation>Wat de sleutel mag doen (herhaal voor meerdere).</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>bereik</translation>
    </message>
    <message>
        <source>API key %1 created. It is shown only this once; store it now:</source>
        <translation>API-sleutel %1 aangemaakt. Hij wordt alleen nu getoond; bewaar hem meteen:</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>API key %1 revoked.</source>
        <translation>API-sleutel %1 ingetrokken.</translation>
    </message>
    <message>
        <source>Wallets: new recovery phrases, import, list, receive addresses, address checks.</source>
        <translation>Wallets: nieuwe herstelwoorden, importeren, tonen, ontvangstadressen, adressen controleren.</translation>
    </message>
    <message>
        <source>Ask for a payout, list and show requests, approve, reject or cancel one.</source>
        <translation>Een uitbetaling aanvragen, aanvragen tonen, en er een goedkeuren, afwijzen of annuleren.</translation>
    </message>
    <message>
        <source>This profile has no key store; operators cannot sign in.</source>
        <translation>Dit profiel heeft geen sleutelopslag; operators kunnen niet inloggen.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Eenmalige code:</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Uitbetaling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Token contract</source>
        <translation>Tokencontract</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 tegen %2 (%3)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>Afgewezen door</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Usage: kassa-cli payout request|list|show|approve|cancel [options]</source>
        <translation>Gebruik: kassa-cli payout request|list|show|approve|cancel [opties]</translation>
    </message>
    <message>
        <source>Sign in as &lt;login&gt;.</source>
        <translation>Inloggen als &lt;login&gt;.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>The chain to pay on (tron, ethereum, …).</source>
        <translation>De chain waarop betaald wordt (tron, ethereum, …).</translation>
    </message>
    <message>
        <source>The asset to pay (default USDT).</source>
        <translation>Het te betalen asset (standaard USDT).</translation>
    </message>
    <message>
        <source>The amount, e.g. 12.50.</source>
        <translation>Het bedrag, bijvoorbeeld 12.50.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>The destination address.</source>
        <translation>Het bestemmingsadres.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>What it is for (or why it is rejected or cancelled).</source>
        <translation>Waarvoor het is (of waarom het wordt afgewezen of geannuleerd).</translation>
    </message>
    <message>
        <source>An invoice number or ticket.</source>
        <translation>Een factuur- of ticketnummer.</translation>
    </message>
    <message>
        <source>Reject instead of approving.</source>
        <translation>Afwijzen in plaats van goedkeuren.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON afdrukken.</translation>
    </message>
    <message>
        <source>Ask for a payout.</source>
        <translation>Een uitbetaling aanvragen.</translation>
    </message>
    <message>
        <source>List payout requests, newest first.</source>
        <translation>Uitbetalingsaanvragen tonen, nieuwste eerst.</translation>
    </message>
    <message>
        <source>Show one request and its approvals.</source>
        <translation>Eén aanvraag met haar goedkeuringen tonen.</translation>
    </message>
    <message>
        <source>Approve or reject the request shown.</source>
        <translation>De getoonde aanvraag goedkeuren of afwijzen.</translation>
    </message>
    <message>
        <source>Withdraw a request.</source>
        <translation>Een aanvraag intrekken.</translation>
    </message>
    <message>
        <source>Say who you are with --operator &lt;login&gt;.</source>
        <translation>Zeg wie u bent met --operator &lt;login&gt;.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>--%1 ontbreekt.</translation>
    </message>
    <message>
        <source>%1 is not a token Kassa knows on %2.</source>
        <translation>%1 is geen token dat Kassa kent op %2.</translation>
    </message>
    <message>
        <source>There is no %1 rate for %2; set one with “kassa-cli orders rate %1 RATE --asset %2”.</source>
        <translation>Er is geen %1-koers voor %2; stel er een in met „kassa-cli orders rate %1 RATE --asset %2”.</translation>
    </message>
    <message>
        <source>Payout %1 requested; it waits for approval.</source>
        <translation>Uitbetaling %1 aangevraagd; ze wacht op goedkeuring.</translation>
    </message>
    <message>
        <source>There is no payout %1.</source>
        <translation>Er is geen uitbetaling %1.</translation>
    </message>
    <message>
        <source>Payout %1 cancelled.</source>
        <translation>Uitbetaling %1 geannuleerd.</translation>
    </message>
    <message>
        <source>Payout %1 rejected.</source>
        <translation>Uitbetaling %1 afgewezen.</translation>
    </message>
    <message>
        <source>Payout %1 approved; it will be signed and sent.</source>
        <translation>Uitbetaling %1 goedgekeurd; ze wordt ondertekend en verzonden.</translation>
    </message>
    <message>
        <source>Your approval of payout %1 is recorded; it needs more approvals.</source>
        <translation>Uw goedkeuring van uitbetaling %1 is vastgelegd; er zijn meer goedkeuringen nodig.</translation>
    </message>
    <message>
        <source>Create, rotate, set or remove the Epusdt token and the webhook secret (kept in the key store).</source>
        <translation>Maak, vervang, stel in of verwijder de Epusdt-token en het webhookgeheim (bewaard in de sleutelopslag).</translation>
    </message>
    <message>
        <source>Usage: kassa-cli api-token create|rotate|set|status|remove [--webhook] [--from-file F]</source>
        <translation>Gebruik: kassa-cli api-token create|rotate|set|status|remove [--webhook] [--from-file F]</translation>
    </message>
    <message>
        <source>Make a new secret and show it once (refused if one exists).</source>
        <translation>Maak een nieuw geheim en toon het één keer (geweigerd als er al een is).</translation>
    </message>
    <message>
        <source>Replace the secret with a new one and show it once.</source>
        <translation>Vervang het geheim door een nieuw en toon dat één keer.</translation>
    </message>
    <message>
        <source>Store a secret you already have (your plugin&apos;s token).</source>
        <translation>Bewaar een geheim dat u al hebt (de token van uw plug-in).</translation>
    </message>
    <message>
        <source>Say whether each secret is set, without showing it.</source>
        <translation>Meld of elk geheim is ingesteld, zonder het te tonen.</translation>
    </message>
    <message>
        <source>Delete the secret.</source>
        <translation>Verwijder het geheim.</translation>
    </message>
    <message>
        <source>Without --webhook the command acts on the Epusdt token.</source>
        <translation>Zonder --webhook werkt de opdracht op de Epusdt-token.</translation>
    </message>
    <message>
        <source>Act on the native webhook secret instead of the Epusdt token.</source>
        <translation>Werk op het geheim voor native webhooks in plaats van op de Epusdt-token.</translation>
    </message>
    <message>
        <source>Read the secret from &lt;file&gt; (owner-only permissions).</source>
        <translation>Lees het geheim uit &lt;file&gt; (alleen rechten voor de eigenaar).</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>Epusdt token</source>
        <translation>Epusdt-token</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhookgeheim</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Sleutelopslag</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Stored in the %1.</source>
        <translation>Bewaard in: %1.</translation>
    </message>
    <message>
        <source>New Epusdt token. It is shown only this once; put it into your storefront plugin now:</source>
        <translation>Nieuwe Epusdt-token. Hij wordt alleen nu getoond; zet hem meteen in de plug-in van uw webwinkel:</translation>
    </message>
    <message>
        <source>New webhook secret. It is shown only this once; give it to your webhook receiver now:</source>
        <translation>Nieuw webhookgeheim. Het wordt alleen nu getoond; geef het meteen aan de ontvanger van uw webhooks:</translation>
    </message>
    <message>
        <source>A running kassa-cli serve or desktop keeps the old secret until it restarts.</source>
        <translation>Een draaiende kassa-cli serve of desktop houdt het oude geheim tot hij opnieuw start.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>DEMO: a local test network with play money, not real money.</source>
        <translation>DEMO: een lokaal testnetwerk met speelgeld, geen echt geld.</translation>
    </message>
    <message>
        <source>Test network %1, test USDT %2.</source>
        <translation>Testnetwerk %1, test-USDT %2.</translation>
    </message>
    <message>
        <source>Everything a test shop needs is in %1.</source>
        <translation>Alles wat een testwebwinkel nodig heeft, staat in %1.</translation>
    </message>
    <message>
        <source>Run on the local demo network (anvil, play money) in the demo profile; writes demo.json there.</source>
        <translation>Draaien op het lokale demonetwerk (anvil, speelgeld) in het demoprofiel; schrijft daar demo.json.</translation>
    </message>
    <message>
        <source>The storefront secrets could not be read from the key store; use --token-file and --webhook-secret-file on a machine without a keychain.</source>
        <translation>De geheimen van de webwinkel konden niet uit de sleutelopslag worden gelezen; gebruik --token-file en --webhook-secret-file op een machine zonder sleutelbos.</translation>
    </message>
    <message>
        <source>No Epusdt token (kassa-cli api-token create, or --token-file): the storefront API will refuse every Epusdt request.</source>
        <translation>Geen Epusdt-token (kassa-cli api-token create, of --token-file): de webwinkel-API weigert elk Epusdt-verzoek.</translation>
    </message>
    <message>
        <source>DEMO: payouts are off in this run; orders work as usual.</source>
        <translation>DEMO: in deze sessie worden geen uitbetalingen gedaan; bestellingen werken zoals gewoonlijk.</translation>
    </message>
    <message>
        <source>DEMO: the demo operators&apos; logins and passwords are in %1.</source>
        <translation>DEMO: de inlognamen en wachtwoorden van de demo-operators staan in %1.</translation>
    </message>
</context>
<context>
    <name>kassa::Config</name>
    <message>
        <source>The setting %1 in %2 has the invalid value “%3”.</source>
        <translation>De instelling %1 in %2 heeft de ongeldige waarde “%3”.</translation>
    </message>
    <message>
        <source>Allowed: %1. See doc/config.md.</source>
        <translation>Toegestaan: %1. Zie doc/config.md.</translation>
    </message>
    <message>
        <source>Kassa could not create its settings file %1.</source>
        <translation>Kassa kon het instellingenbestand %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>Controleer de rechten van de profielmap.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Het instellingenbestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults.</source>
        <translation>Herstel de syntaxis (INI: regels met [sectie] en sleutel=waarde) of verplaats het bestand om met de standaardinstellingen te beginnen.</translation>
    </message>
    <message>
        <source>Kassa could not save the settings file %1.</source>
        <translation>Kassa kon het instellingenbestand %1 niet opslaan.</translation>
    </message>
</context>
<context>
    <name>kassa::Profile</name>
    <message>
        <source>The profile path %1 is a file, not a folder.</source>
        <translation>Het profielpad %1 is een bestand, geen map.</translation>
    </message>
    <message>
        <source>Choose another folder with --profile.</source>
        <translation>Kies een andere map met --profile.</translation>
    </message>
    <message>
        <source>Kassa could not create its profile folder %1.</source>
        <translation>Kassa kon de profielmap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Check that the parent folder exists and is writable, or choose another folder with --profile.</source>
        <translation>Controleer of de bovenliggende map bestaat en beschrijfbaar is, of kies een andere map met --profile.</translation>
    </message>
    <message>
        <source>Kassa could not create its log folder %1.</source>
        <translation>Kassa kon de logmap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>Controleer de rechten van de profielmap.</translation>
    </message>
    <message>
        <source>The profile folder %1 is not writable.</source>
        <translation>De profielmap %1 is niet beschrijfbaar.</translation>
    </message>
    <message>
        <source>Fix its permissions or choose another folder with --profile.</source>
        <translation>Pas de rechten aan of kies een andere map met --profile.</translation>
    </message>
    <message>
        <source>Another Kassa (process %1) is already using the profile %2.</source>
        <translation>Een andere Kassa (proces %1) gebruikt het profiel %2 al.</translation>
    </message>
    <message>
        <source>Close the other Kassa window or stop kassa-cli serve, then try again.</source>
        <translation>Sluit het andere Kassa-venster of stop kassa-cli serve en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>kassa::api::ApiKeys</name>
    <message>
        <source>The API keys in the database could not be read or changed.</source>
        <translation>De API-sleutels in de database konden niet worden gelezen of gewijzigd.</translation>
    </message>
    <message>
        <source>The API key is not valid.</source>
        <translation>De API-sleutel is ongeldig.</translation>
    </message>
    <message>
        <source>Give the key a name of up to 100 characters.</source>
        <translation>Geef de sleutel een naam van hoogstens 100 tekens.</translation>
    </message>
    <message>
        <source>Choose what the key may do.</source>
        <translation>Kies wat de sleutel mag doen.</translation>
    </message>
    <message>
        <source>“%1” is not a known permission.</source>
        <translation>‘%1’ is geen bekende bevoegdheid.</translation>
    </message>
    <message>
        <source>There is no active API key %1.</source>
        <translation>Er is geen actieve API-sleutel %1.</translation>
    </message>
</context>
<context>
    <name>kassa::api::ApiServer</name>
    <message>
        <source>The storefront API cannot listen on %1 port %2.</source>
        <translation>De webwinkel-API kan niet luisteren op %1 poort %2.</translation>
    </message>
    <message>
        <source>Another program may be using the port; choose another one in the settings.</source>
        <translation>Mogelijk gebruikt een ander programma de poort; kies in de instellingen een andere.</translation>
    </message>
</context>
<context>
    <name>kassa::audit::AuditActions</name>
    <message>
        <source>Operator added</source>
        <translation>Operator toegevoegd</translation>
    </message>
    <message>
        <source>Operator changed</source>
        <translation>Operator gewijzigd</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>Operator uitgeschakeld</translation>
    </message>
    <message>
        <source>Operator roles changed</source>
        <translation>Rollen van operator gewijzigd</translation>
    </message>
    <message>
        <source>Operator password changed</source>
        <translation>Wachtwoord van operator gewijzigd</translation>
    </message>
    <message>
        <source>Two-step sign-in turned on</source>
        <translation>Tweestapsaanmelding ingeschakeld</translation>
    </message>
    <message>
        <source>Two-step sign-in turned off</source>
        <translation>Tweestapsaanmelding uitgeschakeld</translation>
    </message>
    <message>
        <source>Console unlocked</source>
        <translation>Console ontgrendeld</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>Mislukte ontgrendelpoging</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>Console vergrendeld</translation>
    </message>
    <message>
        <source>Payout policy changed</source>
        <translation>Uitbetalingsbeleid gewijzigd</translation>
    </message>
    <message>
        <source>Payout policy change approved</source>
        <translation>Wijziging uitbetalingsbeleid goedgekeurd</translation>
    </message>
    <message>
        <source>Address book entry added</source>
        <translation>Adresboekvermelding toegevoegd</translation>
    </message>
    <message>
        <source>Address book entry changed</source>
        <translation>Adresboekvermelding gewijzigd</translation>
    </message>
    <message>
        <source>Address book entry removed</source>
        <translation>Adresboekvermelding verwijderd</translation>
    </message>
    <message>
        <source>Address book entry approved</source>
        <translation>Adresboekvermelding goedgekeurd</translation>
    </message>
    <message>
        <source>Payout requested</source>
        <translation>Uitbetaling aangevraagd</translation>
    </message>
    <message>
        <source>Payout request changed</source>
        <translation>Uitbetalingsaanvraag gewijzigd</translation>
    </message>
    <message>
        <source>Payout approved</source>
        <translation>Uitbetaling goedgekeurd</translation>
    </message>
    <message>
        <source>Payout rejected</source>
        <translation>Uitbetaling afgewezen</translation>
    </message>
    <message>
        <source>Payout cancelled</source>
        <translation>Uitbetaling geannuleerd</translation>
    </message>
    <message>
        <source>Payout signed</source>
        <translation>Uitbetaling ondertekend</translation>
    </message>
    <message>
        <source>Payout sent to the network</source>
        <translation>Uitbetaling naar het netwerk verzonden</translation>
    </message>
    <message>
        <source>Payout completed</source>
        <translation>Uitbetaling voltooid</translation>
    </message>
    <message>
        <source>Payout failed</source>
        <translation>Uitbetaling mislukt</translation>
    </message>
    <message>
        <source>Payout sped up</source>
        <translation>Uitbetaling versneld</translation>
    </message>
    <message>
        <source>Wallet created</source>
        <translation>Wallet aangemaakt</translation>
    </message>
    <message>
        <source>Wallet imported</source>
        <translation>Wallet geïmporteerd</translation>
    </message>
    <message>
        <source>Wallet changed</source>
        <translation>Wallet gewijzigd</translation>
    </message>
    <message>
        <source>Wallet removed</source>
        <translation>Wallet verwijderd</translation>
    </message>
    <message>
        <source>Recovery words shown</source>
        <translation>Herstelwoorden getoond</translation>
    </message>
    <message>
        <source>Signing key used</source>
        <translation>Ondertekeningssleutel gebruikt</translation>
    </message>
    <message>
        <source>Backup exported</source>
        <translation>Back-up geëxporteerd</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Order marked as paid</source>
        <translation>Bestelling als betaald gemarkeerd</translation>
    </message>
    <message>
        <source>Transfer attached to an order</source>
        <translation>Overboeking aan bestelling gekoppeld</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Bestelling geannuleerd</translation>
    </message>
    <message>
        <source>Shop notification sent again</source>
        <translation>Winkelmelding opnieuw verzonden</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>API-sleutel aangemaakt</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <translation>API-sleutel ingetrokken</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Instellingen gewijzigd</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Auditlog geëxporteerd</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Payout policy</source>
        <translation>Uitbetalingsbeleid</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Uitbetalingen</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-sleutels</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Uitbetaling</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Operator lockout cleared</source>
        <translation>Blokkering van operator opgeheven</translation>
    </message>
    <message>
        <source>Storefront token or webhook secret set</source>
        <translation>Webwinkeltoken of webhookgeheim ingesteld</translation>
    </message>
    <message>
        <source>Storefront token or webhook secret removed</source>
        <translation>Webwinkeltoken of webhookgeheim verwijderd</translation>
    </message>
    <message>
        <source>Operator role change proposed</source>
        <translation>Rolwijziging van operator voorgesteld</translation>
    </message>
    <message>
        <source>Operator role change rejected</source>
        <translation>Rolwijziging van operator afgewezen</translation>
    </message>
    <message>
        <source>Payout policy change rejected</source>
        <translation>Wijziging uitbetalingsbeleid afgewezen</translation>
    </message>
</context>
<context>
    <name>kassa::audit::AuditLog</name>
    <message>
        <source>The audit log could not be read or written: %1</source>
        <translation>Het auditlog kon niet worden gelezen of geschreven: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the database is reachable, then try again.</source>
        <translation>Er is niets gewijzigd. Controleer of de database bereikbaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Internal error: an audit entry was incomplete, so the action was not carried out.</source>
        <translation>Interne fout: een auditvermelding was onvolledig, dus de handeling is niet uitgevoerd.</translation>
    </message>
    <message>
        <source>Entry %1 is missing from the audit log: it was deleted.</source>
        <translation>Vermelding %1 ontbreekt in het auditlog: die is verwijderd.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed.</source>
        <translation>Vermelding %1 van het auditlog is gewijzigd.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log does not follow entry %2: an entry was changed, removed or inserted.</source>
        <translation>Vermelding %1 van het auditlog sluit niet aan op vermelding %2: er is een vermelding gewijzigd, verwijderd of ingevoegd.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit log was changed after it was written.</source>
        <translation>Vermelding %1 van het auditlog is gewijzigd nadat die was geschreven.</translation>
    </message>
    <message>
        <source>The newest entries of the audit log were removed (it should have %1 entries, it has %2).</source>
        <translation>De nieuwste vermeldingen van het auditlog zijn verwijderd (het zou er %1 moeten hebben, het heeft er %2).</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record is missing: the database was tampered with.</source>
        <translation>Het head-record van het auditlog ontbreekt: de database is gemanipuleerd.</translation>
    </message>
    <message>
        <source>Restore the database from a backup and run the audit check again.</source>
        <translation>Zet de database terug vanuit een back-up en voer de auditcontrole opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::BalanceJob</name>
    <message>
        <source>Not an address of this chain.</source>
        <translation>Geen adres van deze chain.</translation>
    </message>
    <message>
        <source>Reading the balance took too long.</source>
        <translation>Het saldo lezen duurde te lang.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::ChainSettingsFile</name>
    <message>
        <source>At most %1 addresses are allowed here.</source>
        <translation>Hier zijn maximaal %1 adressen toegestaan.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1” staat er twee keer in.</translation>
    </message>
    <message>
        <source>Local test network</source>
        <translation>Lokaal testnetwerk</translation>
    </message>
    <message>
        <source>“%1” is not a token entry of the form SYMBOL:CONTRACT:DECIMALS.</source>
        <translation>“%1” is geen tokenregel van de vorm SYMBOOL:CONTRACT:DECIMALEN.</translation>
    </message>
    <message>
        <source>For example %1.</source>
        <translation>Bijvoorbeeld %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid token symbol.</source>
        <translation>“%1” is geen geldig tokensymbool.</translation>
    </message>
    <message>
        <source>Use up to 16 letters, digits, dots, dashes or underscores.</source>
        <translation>Gebruik maximaal 16 letters, cijfers, punten, streepjes of liggende streepjes.</translation>
    </message>
    <message>
        <source>“%1” is not a valid contract address (0x followed by 40 hexadecimal digits).</source>
        <translation>“%1” is geen geldig contractadres (0x gevolgd door 40 hexadecimale cijfers).</translation>
    </message>
    <message>
        <source>“%1” is not a valid Tron contract address (starting with T).</source>
        <translation>“%1” is geen geldig Tron-contractadres (dat begint met T).</translation>
    </message>
    <message>
        <source>Copy the contract address from the token&apos;s official page or a block explorer.</source>
        <translation>Kopieer het contractadres van de officiële pagina van de token of uit een blockexplorer.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number of decimals.</source>
        <translation>“%1” is geen geldig aantal decimalen.</translation>
    </message>
    <message>
        <source>Use a whole number from 0 to %1 (USDT has 6, on BNB Smart Chain 18).</source>
        <translation>Gebruik een geheel getal van 0 tot en met %1 (USDT heeft er 6, op BNB Smart Chain 18).</translation>
    </message>
    <message>
        <source>Kassa does not know the chain “%1”.</source>
        <translation>Kassa kent de chain “%1” niet.</translation>
    </message>
    <message>
        <source>The chain “%1” has the wrong kind of settings.</source>
        <translation>De chain “%1” heeft het verkeerde soort instellingen.</translation>
    </message>
    <message>
        <source>The chain id must be a whole number from 1 to 9007199254740992.</source>
        <translation>De chain-id moet een geheel getal van 1 tot en met 9007199254740992 zijn.</translation>
    </message>
    <message>
        <source>%1 has the chain id %2.</source>
        <translation>%1 heeft chain-id %2.</translation>
    </message>
    <message>
        <source>TronGrid settings belong to Tron only.</source>
        <translation>TronGrid-instellingen horen alleen bij Tron.</translation>
    </message>
    <message>
        <source>Tron nodes have no WebSocket subscriptions; leave this empty.</source>
        <translation>Tron-nodes hebben geen WebSocket-abonnementen; laat dit leeg.</translation>
    </message>
    <message>
        <source>The API key may only contain visible characters without spaces (at most 128).</source>
        <translation>De API-sleutel mag alleen zichtbare tekens zonder spaties bevatten (maximaal 128).</translation>
    </message>
    <message>
        <source>Tron has no chain id setting.</source>
        <translation>Tron heeft geen instelling voor een chain-id.</translation>
    </message>
    <message>
        <source>At most %1 tokens are allowed per chain.</source>
        <translation>Per chain zijn maximaal %1 tokens toegestaan.</translation>
    </message>
    <message>
        <source>The contract %1 is listed twice.</source>
        <translation>Het contract %1 staat er twee keer in.</translation>
    </message>
    <message>
        <source>Two tokens are called %1; give each a symbol of its own.</source>
        <translation>Twee tokens heten %1; geef elk een eigen symbool.</translation>
    </message>
    <message>
        <source>Confirmations must be a whole number from %1 to %2.</source>
        <translation>Het aantal bevestigingen moet een geheel getal van %1 tot en met %2 zijn.</translation>
    </message>
    <message>
        <source>The poll interval must be from %1 to %2 milliseconds.</source>
        <translation>Het pollinterval moet tussen %1 en %2 milliseconden liggen.</translation>
    </message>
    <message>
        <source>Enter at least one node address to watch this chain.</source>
        <translation>Voer minstens één node-adres in om deze chain te volgen.</translation>
    </message>
    <message>
        <source>Enter at least one token contract to watch on this chain.</source>
        <translation>Voer minstens één tokencontract in om op deze chain te volgen.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>Het instellingenbestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Fix the syntax (INI: [section] and key=value lines) or move the file away to start with defaults.</source>
        <translation>Herstel de syntaxis (INI: regels met [sectie] en sleutel=waarde) of verplaats het bestand om met de standaardinstellingen te beginnen.</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is not valid: %3</source>
        <translation>De instelling %1 in %2 is ongeldig: %3</translation>
    </message>
    <message>
        <source>Fix it in Settings → Chains or in the file; doc/config.md explains every key.</source>
        <translation>Corrigeer dit in Instellingen → Chains of in het bestand; doc/config.md legt elke sleutel uit.</translation>
    </message>
    <message>
        <source>there is no chain “%1”; known chains are %2 and local.</source>
        <translation>er bestaat geen chain “%1”; bekende chains zijn %2 en local.</translation>
    </message>
    <message>
        <source>this key is not known; allowed keys are %1.</source>
        <translation>deze sleutel is onbekend; toegestane sleutels zijn %1.</translation>
    </message>
    <message>
        <source>“%1” is not true or false.</source>
        <translation>“%1” is niet true of false.</translation>
    </message>
    <message>
        <source>“%1” is not a chain id.</source>
        <translation>“%1” is geen chain-id.</translation>
    </message>
    <message>
        <source>“%1” is not allowed; use %2 or depth.</source>
        <translation>“%1” is niet toegestaan; gebruik %2 of depth.</translation>
    </message>
    <message>
        <source>use a whole number from %1 to %2.</source>
        <translation>gebruik een geheel getal van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>use a whole number of milliseconds from %1 to %2.</source>
        <translation>gebruik een geheel aantal milliseconden van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>Corrigeer de gemarkeerde velden en sla opnieuw op.</translation>
    </message>
    <message>
        <source>Kassa could not save the settings file %1.</source>
        <translation>Kassa kon het instellingenbestand %1 niet opslaan.</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>Controleer de rechten van de profielmap.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::SettingsCheckJob</name>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>De controle duurde te lang en is gestopt.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::Erc20Abi</name>
    <message>
        <source>The token contract gave an answer that is not valid for this call.</source>
        <translation>Het tokencontract gaf een antwoord dat niet geldig is voor deze aanroep.</translation>
    </message>
    <message>
        <source>Check the token contract address in the chain settings, and the node you use.</source>
        <translation>Controleer het adres van het tokencontract in de keteninstellingen en de node die je gebruikt.</translation>
    </message>
    <message>
        <source>The token contract returned nothing: there may be no contract at this address, or it does not have this function.</source>
        <translation>Het tokencontract gaf niets terug: misschien staat er geen contract op dit adres, of heeft het deze functie niet.</translation>
    </message>
    <message>
        <source>Check the token contract address in the chain settings.</source>
        <translation>Controleer het adres van het tokencontract in de keteninstellingen.</translation>
    </message>
    <message>
        <source>The call data is not a token transfer.</source>
        <translation>De aanroepgegevens zijn geen tokenoverdracht.</translation>
    </message>
    <message>
        <source>Nothing was signed or sent. The transaction may have been altered; build it again.</source>
        <translation>Er is niets ondertekend of verzonden. De transactie is mogelijk gewijzigd; stel hem opnieuw op.</translation>
    </message>
    <message>
        <source>The token claims %1 decimal places, which no amount can be written with.</source>
        <translation>Het token claimt %1 decimalen; daarmee is geen enkel bedrag te schrijven.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmBalanceReader</name>
    <message>
        <source>The node did not answer.</source>
        <translation>De node antwoordde niet.</translation>
    </message>
    <message>
        <source>The node did not answer: %1</source>
        <translation>De node antwoordde niet: %1</translation>
    </message>
    <message>
        <source>%1: the token contract gave no balance.</source>
        <translation>%1: het tokencontract gaf geen saldo.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmSettingsCheck</name>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwoordt niet: %2</translation>
    </message>
    <message>
        <source>%1 does not answer like an Ethereum node.</source>
        <translation>%1 antwoordt niet zoals een Ethereum-node.</translation>
    </message>
    <message>
        <source>%1 serves another network (chain id %2, expected %3).</source>
        <translation>%1 hoort bij een ander netwerk (chain-id %2, verwacht %3).</translation>
    </message>
    <message>
        <source>%1 serves chain id %2.</source>
        <translation>%1 hoort bij chain-id %2.</translation>
    </message>
    <message>
        <source>Could not read the decimals of %1: %2</source>
        <translation>De decimalen van %1 konden niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: there is no token contract at this address on this network.</source>
        <translation>%1: op dit adres staat op dit netwerk geen tokencontract.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals on this network, not %3.</source>
        <translation>%1 heeft op dit netwerk %2 decimalen, niet %3.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals.</source>
        <translation>%1 heeft %2 decimalen.</translation>
    </message>
    <message>
        <source>%1 does not accept a WebSocket connection.</source>
        <translation>%1 accepteert geen WebSocket-verbinding.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmTransaction</name>
    <message>
        <source>Nothing was signed or sent. Correct the transaction settings and try again.</source>
        <translation>Er is niets ondertekend of verzonden. Corrigeer de transactie-instellingen en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The raw transaction is invalid: its field “%1” is wrong.</source>
        <extracomment>%1 is a technical field name such as &quot;nonce&quot;, &quot;v&quot; or &quot;accessList&quot;.</extracomment>
        <translation>De ruwe transactie is ongeldig: het veld “%1” klopt niet.</translation>
    </message>
    <message>
        <source>The data is damaged or is not a transaction Kassa can send. Nothing was sent.</source>
        <translation>De gegevens zijn beschadigd of vormen geen transactie die Kassa kan verzenden. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>This transaction type is not supported; Kassa sends legacy (EIP-155) and EIP-1559 transactions.</source>
        <translation>Dit transactietype wordt niet ondersteund; Kassa verzendt legacy- (EIP-155) en EIP-1559-transacties.</translation>
    </message>
    <message>
        <source>The chain ID %1 is not valid for a signed transaction.</source>
        <translation>Het keten-ID %1 is niet geldig voor een ondertekende transactie.</translation>
    </message>
    <message>
        <source>The account&apos;s transaction counter (nonce) has reached its maximum; this account cannot send any more transactions.</source>
        <translation>De transactieteller (nonce) van het account heeft zijn maximum bereikt; dit account kan geen transacties meer verzenden.</translation>
    </message>
    <message>
        <source>The gas limit %1 is below %2, the minimum of any transaction.</source>
        <translation>De gaslimiet %1 ligt onder %2, het minimum van elke transactie.</translation>
    </message>
    <message>
        <source>A legacy transaction is priced by its gas price alone, but EIP-1559 fees were set.</source>
        <translation>Een legacy-transactie wordt alleen door de gasprijs geprijsd, maar er zijn EIP-1559-kosten ingesteld.</translation>
    </message>
    <message>
        <source>An EIP-1559 transaction is priced by its maximum and priority fees, but a legacy gas price was set.</source>
        <translation>Een EIP-1559-transactie wordt geprijsd door de maximale kosten en de prioriteitskosten, maar er is een legacy-gasprijs ingesteld.</translation>
    </message>
    <message>
        <source>The priority fee is higher than the maximum fee per gas; nodes refuse such a transaction.</source>
        <translation>De prioriteitskosten zijn hoger dan de maximale kosten per gas; nodes weigeren zo&apos;n transactie.</translation>
    </message>
    <message>
        <source>The gas limit multiplied by the fee per gas is too large to be a fee.</source>
        <translation>De gaslimiet vermenigvuldigd met de kosten per gas is te groot om een vergoeding te zijn.</translation>
    </message>
    <message>
        <source>The transaction carries %1 bytes of call data; Kassa sends at most %2.</source>
        <translation>De transactie bevat %1 bytes aan aanroepgegevens; Kassa verzendt er hoogstens %2.</translation>
    </message>
    <message>
        <source>Internal error: a transaction did not survive being read back.</source>
        <translation>Interne fout: een transactie kwam niet ongeschonden terug bij het teruglezen.</translation>
    </message>
    <message>
        <source>Nothing was sent. Please report this problem.</source>
        <translation>Er is niets verzonden. Meld dit probleem.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::EvmWatcher</name>
    <message>
        <source>The node %1 serves another network (chain id %2) than %3 (chain id %4).</source>
        <translation>De node %1 hoort bij een ander netwerk (chain-id %2) dan %3 (chain-id %4).</translation>
    </message>
    <message>
        <source>Correct the node addresses of %1 in Settings → Chains.</source>
        <translation>Corrigeer de node-adressen van %1 in Instellingen → Chains.</translation>
    </message>
    <message>
        <source>No node of %1 answers.</source>
        <translation>Geen enkele node van %1 antwoordt.</translation>
    </message>
    <message>
        <source>The %1 contract configured for %2 does not answer decimals(); it is not a token on this network.</source>
        <translation>Het %1-contract dat voor %2 is ingesteld, antwoordt niet op decimals(); het is geen token op dit netwerk.</translation>
    </message>
    <message>
        <source>Check the token contract in Settings → Chains.</source>
        <translation>Controleer het tokencontract in Instellingen → Chains.</translation>
    </message>
    <message>
        <source>The %1 contract on %2 has %3 decimals, but the settings say %4. Kassa does not watch the chain while amounts would be wrong.</source>
        <translation>Het %1-contract op %2 heeft %3 decimalen, maar de instellingen zeggen %4. Kassa volgt de chain niet zolang bedragen fout zouden zijn.</translation>
    </message>
    <message>
        <source>Correct the decimals (or the contract) in Settings → Chains.</source>
        <translation>Corrigeer de decimalen (of het contract) in Instellingen → Chains.</translation>
    </message>
    <message>
        <source>%1 replaced blocks that were already final. Kassa stopped watching it so that nothing is credited twice.</source>
        <translation>%1 heeft blokken vervangen die al definitief waren. Kassa volgt deze chain niet meer, zodat niets twee keer wordt bijgeschreven.</translation>
    </message>
    <message>
        <source>Check the node (is it on the right network and in sync?), then restart Kassa.</source>
        <translation>Controleer de node (zit hij op het juiste netwerk en is hij bijgewerkt?) en start Kassa daarna opnieuw.</translation>
    </message>
    <message>
        <source>Catching up with %1 failed; trying again.</source>
        <translation>Bijwerken met %1 is mislukt; er wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The node&apos;s %1 chain does not contain block %2, which Kassa recorded as final. Kassa stopped watching it so that nothing is credited twice.</source>
        <translation>De %1-chain van de node bevat blok %2 niet, dat Kassa als definitief heeft vastgelegd. Kassa volgt deze chain niet meer, zodat niets twee keer wordt bijgeschreven.</translation>
    </message>
    <message>
        <source>Check that the node is on the right network and in sync, then restart Kassa.</source>
        <translation>Controleer of de node op het juiste netwerk zit en bijgewerkt is, en start Kassa daarna opnieuw.</translation>
    </message>
    <message>
        <source>The node %1 sent a wrong answer; another node is asked.</source>
        <translation>De node %1 gaf een fout antwoord; een andere node wordt gevraagd.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::evm::Rlp</name>
    <message>
        <source>The encoded transaction is malformed at byte %1.</source>
        <translation>De gecodeerde transactie is ongeldig bij byte %1.</translation>
    </message>
    <message>
        <source>The data is damaged or is not an Ethereum transaction. Nothing was sent.</source>
        <translation>De gegevens zijn beschadigd of vormen geen Ethereum-transactie. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>The encoded transaction has a malformed field “%1”.</source>
        <extracomment>%1 is a technical field name such as &quot;nonce&quot; or &quot;value&quot;.</extracomment>
        <translation>De gecodeerde transactie heeft een ongeldig veld “%1”.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronBalanceReader</name>
    <message>
        <source>The node did not answer: %1</source>
        <translation>De node antwoordde niet: %1</translation>
    </message>
    <message>
        <source>%1: the token contract gave no balance.</source>
        <translation>%1: het tokencontract gaf geen saldo.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronRefBlock</name>
    <message>
        <source>The reference block from the Tron node is not valid.</source>
        <translation>Het referentieblok van de Tron-node is niet geldig.</translation>
    </message>
    <message>
        <source>Try again; if it persists, use another Tron node.</source>
        <translation>Probeer het opnieuw; als het probleem blijft, gebruik dan een andere Tron-node.</translation>
    </message>
    <message>
        <source>The Tron node returned a block whose ID does not belong to its number.</source>
        <translation>De Tron-node gaf een blok terug waarvan de ID niet bij het bloknummer hoort.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronSettingsCheck</name>
    <message>
        <source>%1 does not answer as a Tron node: %2</source>
        <translation>%1 antwoordt niet als een Tron-node: %2</translation>
    </message>
    <message>
        <source>%1 serves another Tron network than the first address.</source>
        <translation>%1 bedient een ander Tron-netwerk dan het eerste adres.</translation>
    </message>
    <message>
        <source>%1 serves %2 at block %3.</source>
        <extracomment>%1 is host:port, %2 the network (&quot;Tron mainnet&quot;), %3 a block number.</extracomment>
        <translation>%1 bedient %2 op blok %3.</translation>
    </message>
    <message>
        <source>%1 answers at block %2.</source>
        <extracomment>%1 is host:port, %2 a block number.</extracomment>
        <translation>%1 antwoordt op blok %2.</translation>
    </message>
    <message>
        <source>The contract %1 does not answer decimals(); is it a TRC-20 token on this network?</source>
        <translation>Het contract %1 antwoordt niet op decimals(); is het wel een TRC-20-token op dit netwerk?</translation>
    </message>
    <message>
        <source>The contract %1 has %2 decimals, not %3.</source>
        <translation>Het contract %1 heeft %2 decimalen, niet %3.</translation>
    </message>
    <message>
        <source>%1 has %2 decimals.</source>
        <extracomment>%1 is a token symbol (USDT), %2 a number of decimals.</extracomment>
        <translation>%1 heeft %2 decimalen.</translation>
    </message>
    <message>
        <source>TronGrid at %1 answers.</source>
        <extracomment>%1 is host:port of TronGrid.</extracomment>
        <translation>TronGrid op %1 antwoordt.</translation>
    </message>
    <message>
        <source>TronGrid refuses the API key (HTTP %1).</source>
        <translation>TronGrid weigert de API-sleutel (HTTP %1).</translation>
    </message>
    <message>
        <source>TronGrid at %1 does not answer: %2</source>
        <translation>TronGrid op %1 antwoordt niet: %2</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronTransaction</name>
    <message>
        <source>The TRX amount must be more than zero.</source>
        <translation>Het TRX-bedrag moet groter zijn dan nul.</translation>
    </message>
    <message>
        <source>A TRX transfer cannot go to the sending address itself.</source>
        <translation>Een TRX-overdracht kan niet naar het verzendende adres zelf gaan.</translation>
    </message>
    <message>
        <source>A TRX transfer has no fee limit; only contract calls do.</source>
        <translation>Een TRX-overdracht heeft geen kostenlimiet; alleen contractaanroepen hebben die.</translation>
    </message>
    <message>
        <source>The contract call carries %1 bytes of call data; between 1 and %2 are possible.</source>
        <translation>De contractaanroep bevat %1 bytes aan aanroepgegevens; tussen 1 en %2 is mogelijk.</translation>
    </message>
    <message>
        <source>The fee limit must be between 0 and 15,000 TRX.</source>
        <translation>De kostenlimiet moet tussen 0 en 15.000 TRX liggen.</translation>
    </message>
    <message>
        <source>The transaction has no valid creation time.</source>
        <translation>De transactie heeft geen geldig aanmaaktijdstip.</translation>
    </message>
    <message>
        <source>The transaction must expire after it is made and within 24 hours.</source>
        <translation>De transactie moet verlopen na het aanmaken en binnen 24 uur.</translation>
    </message>
    <message>
        <source>Nothing was signed or sent. Correct the payout and try again.</source>
        <translation>Er is niets ondertekend of verzonden. Corrigeer de uitbetaling en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The key does not belong to the sending address %1.</source>
        <translation>De sleutel hoort niet bij het verzendende adres %1.</translation>
    </message>
    <message>
        <source>Nothing was signed. Check which wallet the payout is sent from.</source>
        <translation>Er is niets ondertekend. Controleer vanuit welke wallet de uitbetaling wordt verzonden.</translation>
    </message>
    <message>
        <source>The stored Tron transaction is invalid (field “%1”).</source>
        <extracomment>%1 is a technical field name such as &quot;raw_data.fee_limit&quot;.</extracomment>
        <translation>De opgeslagen Tron-transactie is ongeldig (veld “%1”).</translation>
    </message>
    <message>
        <source>It was not sent. The stored data may be damaged; check the payout before building it again.</source>
        <translation>De transactie is niet verzonden. De opgeslagen gegevens zijn mogelijk beschadigd; controleer de uitbetaling voordat je hem opnieuw opstelt.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronTxChecker</name>
    <message>
        <source>The transaction the Tron node prepared does not match the payout (field “%1”), so it was not signed.</source>
        <extracomment>%1 is a technical field name such as &quot;raw_data.fee_limit&quot;.</extracomment>
        <translation>De transactie die de Tron-node heeft voorbereid, komt niet overeen met de uitbetaling (veld “%1”) en is daarom niet ondertekend.</translation>
    </message>
    <message>
        <source>The node may be faulty or dishonest. Nothing was signed or sent; use another node, or let Kassa build the transaction itself.</source>
        <translation>De node is mogelijk defect of oneerlijk. Er is niets ondertekend of verzonden; gebruik een andere node, of laat Kassa de transactie zelf opstellen.</translation>
    </message>
</context>
<context>
    <name>kassa::chain::tron::TronWatcher</name>
    <message>
        <source>No valid token contract is configured for Tron.</source>
        <translation>Er is geen geldig tokencontract voor Tron ingesteld.</translation>
    </message>
    <message>
        <source>Add the USDT contract in Settings → Chains.</source>
        <translation>Voeg het USDT-contract toe via Instellingen → Chains.</translation>
    </message>
    <message>
        <source>The Tron nodes are not answering properly: %1</source>
        <translation>De Tron-nodes antwoorden niet correct: %1</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Base58</name>
    <message>
        <source>The Base58 text is empty.</source>
        <translation>De Base58-tekst is leeg.</translation>
    </message>
    <message>
        <source>Paste the complete value.</source>
        <translation>Plak de volledige waarde.</translation>
    </message>
    <message>
        <source>The Base58 text is too long (%1 characters; at most %2).</source>
        <translation>De Base58-tekst is te lang (%1 tekens; hoogstens %2).</translation>
    </message>
    <message>
        <source>Check that only one value was pasted.</source>
        <translation>Controleer of je maar één waarde hebt geplakt.</translation>
    </message>
    <message>
        <source>Character %1 is not allowed in Base58 text.</source>
        <translation>Teken %1 is niet toegestaan in Base58-tekst.</translation>
    </message>
    <message>
        <source>Base58 uses digits and letters except 0, O, I and l, and no spaces. Check for a typo.</source>
        <translation>Base58 gebruikt cijfers en letters behalve 0, O, I en l, en geen spaties. Controleer op een typefout.</translation>
    </message>
    <message>
        <source>The Base58Check text is too short to hold a checksum.</source>
        <translation>De Base58Check-tekst is te kort om een controlesom te bevatten.</translation>
    </message>
    <message>
        <source>The Base58Check checksum does not match: the text has a typo or was changed.</source>
        <translation>De Base58Check-controlesom klopt niet: de tekst bevat een typefout of is gewijzigd.</translation>
    </message>
    <message>
        <source>Copy the value again from its source; do not retype it.</source>
        <translation>Kopieer de waarde opnieuw uit de bron; typ hem niet over.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::DerivationPath</name>
    <message>
        <source>Write the path like m/44&apos;/60&apos;/0&apos;/0/5: “m”, then numbers separated by “/”, each followed by &apos; or h if it is hardened.</source>
        <translation>Schrijf het pad zoals m/44&apos;/60&apos;/0&apos;/0/5: ‘m’, dan getallen gescheiden door ‘/’, elk gevolgd door &apos; of h als het gehard (hardened) is.</translation>
    </message>
    <message>
        <source>The derivation path is empty.</source>
        <translation>Het afleidingspad is leeg.</translation>
    </message>
    <message>
        <source>The derivation path must start with “m/”.</source>
        <translation>Het afleidingspad moet beginnen met ‘m/’.</translation>
    </message>
    <message>
        <source>The derivation path is deeper than 255 levels.</source>
        <translation>Het afleidingspad is dieper dan 255 niveaus.</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is empty.</source>
        <translation>Deel %1 van het afleidingspad is leeg.</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is not an index.</source>
        <translation>Deel %1 van het afleidingspad is geen index.</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path has a leading zero.</source>
        <translation>Deel %1 van het afleidingspad begint met een overbodige nul.</translation>
    </message>
    <message>
        <source>Part %1 of the derivation path is too large: indexes go up to 2147483647.</source>
        <translation>Deel %1 van het afleidingspad is te groot: indexen gaan tot 2147483647.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::EncryptedBlob</name>
    <message>
        <source>The encrypted file is incomplete: it was cut short while copying or saving.</source>
        <translation>Het versleutelde bestand is onvolledig: het is afgebroken tijdens het kopiëren of opslaan.</translation>
    </message>
    <message>
        <source>Use a complete copy of the file.</source>
        <translation>Gebruik een volledige kopie van het bestand.</translation>
    </message>
    <message>
        <source>This encrypted file uses a format that this version of Kassa does not support.</source>
        <translation>Dit versleutelde bestand gebruikt een indeling die deze versie van Kassa niet ondersteunt.</translation>
    </message>
    <message>
        <source>Open it with the Kassa version that created it, or a newer one.</source>
        <translation>Open het met de versie van Kassa waarmee het is gemaakt, of met een nieuwere.</translation>
    </message>
    <message>
        <source>Encryption failed because of an internal error (%1).</source>
        <translation>Versleutelen is mislukt door een interne fout (%1).</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, the computer may be short of memory.</source>
        <translation>Probeer het opnieuw; als het blijft mislukken, heeft de computer misschien te weinig geheugen.</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect the file.</source>
        <translation>Kies een wachtwoordzin om het bestand te beveiligen.</translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember, for example several unrelated words.</source>
        <translation>Gebruik een lange wachtwoordzin die je kunt onthouden, bijvoorbeeld enkele woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <source>This is not a Kassa encrypted file.</source>
        <translation>Dit is geen versleuteld bestand van Kassa.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>Controleer of je het juiste bestand hebt gekozen.</translation>
    </message>
    <message>
        <source>The encrypted file was changed: it has extra data after its end.</source>
        <translation>Het versleutelde bestand is gewijzigd: er staan extra gegevens achter het einde.</translation>
    </message>
    <message>
        <source>Use an unmodified copy of the file.</source>
        <translation>Gebruik een ongewijzigde kopie van het bestand.</translation>
    </message>
    <message>
        <source>The encrypted file asks for key-derivation settings outside the allowed limits (N = 2^%1, r = %2, p = %3), so Kassa will not open it.</source>
        <translation>Het versleutelde bestand vraagt om instellingen voor sleutelafleiding buiten de toegestane grenzen (N = 2^%1, r = %2, p = %3), dus Kassa opent het niet.</translation>
    </message>
    <message>
        <source>The file was damaged or not made by Kassa.</source>
        <translation>Het bestand is beschadigd of niet door Kassa gemaakt.</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed.</source>
        <translation>Verkeerde wachtwoordzin, of het bestand is gewijzigd.</translation>
    </message>
    <message>
        <source>Check the passphrase (including capital letters and keyboard layout). If it is right, the file was damaged or tampered with.</source>
        <translation>Controleer de wachtwoordzin (ook hoofdletters en toetsenbordindeling). Als die klopt, is het bestand beschadigd of gemanipuleerd.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::EthAddress</name>
    <message>
        <source>This is not an Ethereum address: it must be 0x followed by 40 hex digits (it has %1 characters).</source>
        <translation>Dit is geen Ethereum-adres: het moet bestaan uit 0x gevolgd door 40 hex-cijfers (het heeft %1 tekens).</translation>
    </message>
    <message>
        <source>Copy the whole address, including the 0x, without spaces.</source>
        <translation>Kopieer het hele adres, inclusief de 0x, zonder spaties.</translation>
    </message>
    <message>
        <source>An Ethereum address has 20 bytes; this one has %1.</source>
        <translation>Een Ethereum-adres heeft 20 bytes; dit adres heeft er %1.</translation>
    </message>
    <message>
        <source>Check where the address came from.</source>
        <translation>Controleer waar het adres vandaan komt.</translation>
    </message>
    <message>
        <source>This is not an Ethereum address: it contains a character that is not a hex digit.</source>
        <translation>Dit is geen Ethereum-adres: het bevat een teken dat geen hex-cijfer is.</translation>
    </message>
    <message>
        <source>The address checksum is wrong: the mix of capital and small letters does not match. The address has a typo or was tampered with.</source>
        <translation>De controlesom van het adres klopt niet: de verdeling van hoofdletters en kleine letters komt niet overeen. Het adres bevat een typefout of is gemanipuleerd.</translation>
    </message>
    <message>
        <source>Do not use it. Copy the address again from a source you trust.</source>
        <translation>Gebruik het niet. Kopieer het adres opnieuw uit een bron die je vertrouwt.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedKey</name>
    <message>
        <source>Copy the whole key again from the wallet that made it.</source>
        <translation>Kopieer de hele sleutel opnieuw uit de wallet die hem maakte.</translation>
    </message>
    <message>
        <source>This is not a valid %1: it has %2 bytes instead of 78.</source>
        <translation>Dit is geen geldige %1: hij heeft %2 bytes in plaats van 78.</translation>
    </message>
    <message>
        <source>This is an extended private key (xprv), not an xpub. Never paste a private key where a public key is asked for.</source>
        <translation>Dit is een uitgebreide privésleutel (xprv), geen xpub. Plak nooit een privésleutel waar om een publieke sleutel wordt gevraagd.</translation>
    </message>
    <message>
        <source>Export the account&apos;s extended public key (xpub) from your wallet instead.</source>
        <translation>Exporteer in plaats daarvan de uitgebreide publieke sleutel (xpub) van het account uit je wallet.</translation>
    </message>
    <message>
        <source>This is an extended public key (xpub), but a private key (xprv) is needed here.</source>
        <translation>Dit is een uitgebreide publieke sleutel (xpub), maar hier is een privésleutel (xprv) nodig.</translation>
    </message>
    <message>
        <source>This is a Bitcoin testnet key (tpub/tprv); Kassa needs a mainnet %1.</source>
        <translation>Dit is een Bitcoin-testnetsleutel (tpub/tprv); Kassa heeft een mainnet-%1 nodig.</translation>
    </message>
    <message>
        <source>This is a Bitcoin SegWit key (ypub/zpub); Ethereum and Tron wallets use %1.</source>
        <translation>Dit is een Bitcoin-SegWit-sleutel (ypub/zpub); Ethereum- en Tron-wallets gebruiken %1.</translation>
    </message>
    <message>
        <source>Export the key in the %1 format from your wallet.</source>
        <translation>Exporteer de sleutel in %1-formaat uit je wallet.</translation>
    </message>
    <message>
        <source>This is not an extended key Kassa knows: its version bytes are %1.</source>
        <translation>Dit is geen uitgebreide sleutel die Kassa kent: de versiebytes zijn %1.</translation>
    </message>
    <message>
        <source>The key contradicts itself: it is a master key (depth 0) but names a parent or a child number.</source>
        <translation>De sleutel spreekt zichzelf tegen: het is een hoofdsleutel (diepte 0), maar hij noemt een ouder of een kindnummer.</translation>
    </message>
    <message>
        <source>The key is damaged or was made by faulty software; export it again.</source>
        <translation>De sleutel is beschadigd of door foute software gemaakt; exporteer hem opnieuw.</translation>
    </message>
    <message>
        <source>The key is already 255 levels deep, the most BIP-32 allows.</source>
        <translation>De sleutel ligt al 255 niveaus diep, het maximum dat BIP-32 toestaat.</translation>
    </message>
    <message>
        <source>This is not a valid %1: a character is wrong, missing or extra (the checksum does not match).</source>
        <translation>Dit is geen geldige %1: een teken is fout, ontbreekt of is te veel (de controlesom klopt niet).</translation>
    </message>
    <message>
        <source>The key data does not match its version: a private key must start with 00.</source>
        <translation>De sleutelgegevens passen niet bij de versie: een privésleutel moet met 00 beginnen.</translation>
    </message>
    <message>
        <source>The private key is outside the valid range (1 to n−1).</source>
        <translation>De privésleutel valt buiten het geldige bereik (1 tot n−1).</translation>
    </message>
    <message>
        <source>The key data does not match its version: a public key must start with 02 or 03.</source>
        <translation>De sleutelgegevens passen niet bij de versie: een publieke sleutel moet met 02 of 03 beginnen.</translation>
    </message>
    <message>
        <source>The key&apos;s public point is not on the secp256k1 curve.</source>
        <translation>Het publieke punt van de sleutel ligt niet op de secp256k1-curve.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedPrivateKey</name>
    <message>
        <source>The seed has %1 bytes; BIP-32 needs 16 to 64.</source>
        <translation>De seed heeft %1 bytes; BIP-32 heeft 16 tot 64 nodig.</translation>
    </message>
    <message>
        <source>This seed gives no valid master key (this happens with probability below 1 in 2^127).</source>
        <translation>Deze seed geeft geen geldige hoofdsleutel (de kans hierop is kleiner dan 1 op 2^127).</translation>
    </message>
    <message>
        <source>Make a new recovery phrase.</source>
        <translation>Maak een nieuwe herstelzin.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ExtendedPublicKey</name>
    <message>
        <source>A hardened index (%1&apos;) cannot be derived from an xpub.</source>
        <translation>Een geharde index (%1&apos;) kan niet uit een xpub worden afgeleid.</translation>
    </message>
    <message>
        <source>Use the account xpub (for example m/44&apos;/60&apos;/0&apos;) and derive the non-hardened receive addresses below it.</source>
        <translation>Gebruik de account-xpub (bijvoorbeeld m/44&apos;/60&apos;/0&apos;) en leid daaronder de niet-geharde ontvangstadressen af.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Hex</name>
    <message>
        <source>The hex text must not start with 0x.</source>
        <translation>De hex-tekst mag niet met 0x beginnen.</translation>
    </message>
    <message>
        <source>Remove the 0x at the start.</source>
        <translation>Verwijder de 0x aan het begin.</translation>
    </message>
    <message>
        <source>The hex text must start with 0x.</source>
        <translation>De hex-tekst moet met 0x beginnen.</translation>
    </message>
    <message>
        <source>Write 0x before the hex digits.</source>
        <translation>Zet 0x voor de hex-cijfers.</translation>
    </message>
    <message>
        <source>Character %1 of the hex text is not a hex digit.</source>
        <translation>Teken %1 van de hex-tekst is geen hex-cijfer.</translation>
    </message>
    <message>
        <source>Use only 0-9 and a-f, without spaces.</source>
        <translation>Gebruik alleen 0-9 en a-f, zonder spaties.</translation>
    </message>
    <message>
        <source>The hex text has an odd number of digits (%1); every byte needs two.</source>
        <translation>De hex-tekst heeft een oneven aantal cijfers (%1); elke byte heeft er twee nodig.</translation>
    </message>
    <message>
        <source>Check that no digit is missing or extra.</source>
        <translation>Controleer of er geen cijfer ontbreekt of te veel is.</translation>
    </message>
    <message>
        <source>The hex text holds %1 bytes; exactly %2 are expected.</source>
        <translation>De hex-tekst bevat %1 bytes; er worden er precies %2 verwacht.</translation>
    </message>
    <message>
        <source>Check that the value is complete and nothing was added.</source>
        <translation>Controleer of de waarde volledig is en er niets aan is toegevoegd.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Mnemonic</name>
    <message>
        <source>The built-in list of recovery words is damaged.</source>
        <translation>De ingebouwde lijst met herstelwoorden is beschadigd.</translation>
    </message>
    <message>
        <source>Reinstall Kassa; if this persists, please report it.</source>
        <translation>Installeer Kassa opnieuw; meld het als het probleem blijft.</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words, not %1.</source>
        <translation>Een herstelzin heeft 12, 15, 18, 21 of 24 woorden, niet %1.</translation>
    </message>
    <message>
        <source>Choose 12 or 24 words.</source>
        <translation>Kies 12 of 24 woorden.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed, so no recovery phrase was made.</source>
        <translation>De toevalsgenerator van het systeem faalde, dus er is geen herstelzin gemaakt.</translation>
    </message>
    <message>
        <source>Try again; if this persists, check the system&apos;s random number source.</source>
        <translation>Probeer het opnieuw; controleer de toevalsbron van het systeem als het probleem blijft.</translation>
    </message>
    <message>
        <source>A recovery phrase needs 16, 20, 24, 28 or 32 bytes of entropy, not %1.</source>
        <translation>Een herstelzin heeft 16, 20, 24, 28 of 32 bytes entropie nodig, niet %1.</translation>
    </message>
    <message>
        <source>This is a bug in Kassa; please report it.</source>
        <translation>Dit is een fout in Kassa; meld het alsjeblieft.</translation>
    </message>
    <message>
        <source>This text is too long to be a recovery phrase (%1 characters).</source>
        <translation>Deze tekst is te lang voor een herstelzin (%1 tekens).</translation>
    </message>
    <message>
        <source>Enter only the 12 to 24 recovery words.</source>
        <translation>Voer alleen de 12 tot 24 herstelwoorden in.</translation>
    </message>
    <message>
        <source>Word %1 contains a character that is not a letter from a to z.</source>
        <translation>Woord %1 bevat een teken dat geen letter van a tot z is.</translation>
    </message>
    <message>
        <source>Write only the words, separated by spaces or line breaks: no numbers, punctuation or accents.</source>
        <translation>Schrijf alleen de woorden, gescheiden door spaties of regeleinden: geen nummers, leestekens of accenten.</translation>
    </message>
    <message>
        <source>Word %1, “%2”, is not in the English recovery word list.</source>
        <translation>Woord %1, ‘%2’, staat niet in de Engelse lijst met herstelwoorden.</translation>
    </message>
    <message>
        <source>Check the spelling against your written copy.</source>
        <translation>Controleer de spelling aan de hand van je geschreven kopie.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Bedoelde je: %1?</translation>
    </message>
    <message>
        <source>There are more than 24 words; a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>Er zijn meer dan 24 woorden; een herstelzin heeft er 12, 15, 18, 21 of 24.</translation>
    </message>
    <message>
        <source>Enter only the recovery words, nothing else.</source>
        <translation>Voer alleen de herstelwoorden in, verder niets.</translation>
    </message>
    <message>
        <source>No recovery words were entered.</source>
        <translation>Er zijn geen herstelwoorden ingevoerd.</translation>
    </message>
    <message>
        <source>Enter the 12 to 24 words you wrote down, separated by spaces.</source>
        <translation>Voer de 12 tot 24 woorden in die je hebt opgeschreven, gescheiden door spaties.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n word(s); a recovery phrase has 12, 15, 18, 21 or 24.</source>
        <translation>
            <numerusform>Er is %n woord; een herstelzin heeft er 12, 15, 18, 21 of 24.</numerusform>
            <numerusform>Er zijn %n woorden; een herstelzin heeft er 12, 15, 18, 21 of 24.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that no word is missing or doubled.</source>
        <translation>Controleer of er geen woord ontbreekt of dubbel staat.</translation>
    </message>
    <message>
        <source>All words are in the list, but together they do not form a valid recovery phrase (the checksum does not match): a word is wrong or two are swapped.</source>
        <translation>Alle woorden staan in de lijst, maar samen vormen ze geen geldige herstelzin (de controlesom klopt niet): een woord is fout of twee woorden zijn verwisseld.</translation>
    </message>
    <message>
        <source>Compare every word and its position with your written copy.</source>
        <translation>Vergelijk elk woord en zijn plaats met je geschreven kopie.</translation>
    </message>
    <message>
        <source>The passphrase is too long (%1 characters; at most %2).</source>
        <translation>De wachtwoordzin is te lang (%1 tekens; hoogstens %2).</translation>
    </message>
    <message>
        <source>Use the passphrase you chose when the wallet was made.</source>
        <translation>Gebruik de wachtwoordzin die je koos toen de wallet werd gemaakt.</translation>
    </message>
    <message>
        <source>The wallet seed could not be computed.</source>
        <translation>De seed van de wallet kon niet worden berekend.</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>Meld dit probleem.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::PublicKey</name>
    <message>
        <source>This is not a public key: it must be 33 bytes starting with 02 or 03, or 65 bytes starting with 04 (it has %1 bytes).</source>
        <translation>Dit is geen publieke sleutel: die moet 33 bytes lang zijn en met 02 of 03 beginnen, of 65 bytes lang zijn en met 04 beginnen (deze heeft %1 bytes).</translation>
    </message>
    <message>
        <source>Check that the whole key was copied.</source>
        <translation>Controleer of de hele sleutel is gekopieerd.</translation>
    </message>
    <message>
        <source>This public key is not a point on the secp256k1 curve.</source>
        <translation>Deze publieke sleutel is geen punt op de secp256k1-curve.</translation>
    </message>
    <message>
        <source>Check that the whole key was copied without changes.</source>
        <translation>Controleer of de hele sleutel ongewijzigd is gekopieerd.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::ReceiveAddresses</name>
    <message>
        <source>This xpub is not an account key: it is at depth %1, but receive addresses come from an account xpub (m/44&apos;/60&apos;/0&apos; or m/44&apos;/195&apos;/0&apos;, depth 3) or its receive chain (…/0, depth 4).</source>
        <translation>Deze xpub is geen accountsleutel: hij ligt op diepte %1, maar ontvangstadressen komen van een account-xpub (m/44&apos;/60&apos;/0&apos; of m/44&apos;/195&apos;/0&apos;, diepte 3) of de ontvangstketen daarvan (…/0, diepte 4).</translation>
    </message>
    <message>
        <source>Export the account&apos;s xpub from your wallet.</source>
        <translation>Exporteer de xpub van het account uit je wallet.</translation>
    </message>
    <message>
        <source>Receive index %1 is too large; indexes go up to %2.</source>
        <translation>Ontvangstindex %1 is te groot; indexen gaan tot %2.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::Secp256k1</name>
    <message>
        <source>The signing engine could not initialise its protection against side-channel attacks, so it refuses to use private keys.</source>
        <translation>De ondertekeningsmodule kon de bescherming tegen side-channelaanvallen niet initialiseren en weigert daarom privésleutels te gebruiken.</translation>
    </message>
    <message>
        <source>Restart Kassa; if this persists, check the system&apos;s random number source.</source>
        <translation>Start Kassa opnieuw; als dit blijft gebeuren, controleer dan de toevalsbron van het systeem.</translation>
    </message>
    <message>
        <source>Internal error: a private key was used after it was discarded.</source>
        <translation>Interne fout: een privésleutel is gebruikt nadat die was gewist.</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>Meld dit probleem.</translation>
    </message>
    <message>
        <source>A signature failed its self-check and was discarded; nothing was sent.</source>
        <translation>Een handtekening kwam niet door de zelfcontrole en is weggegooid; er is niets verzonden.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, the key or the computer may be faulty; please report it.</source>
        <translation>Probeer het opnieuw. Als het weer gebeurt, is de sleutel of de computer mogelijk defect; meld het dan.</translation>
    </message>
    <message>
        <source>This derivation index gives no valid key (this happens with probability below 1 in 2^127).</source>
        <translation>Deze afleidingsindex levert geen geldige sleutel op (de kans hierop is kleiner dan 1 op 2^127).</translation>
    </message>
    <message>
        <source>Skip this index and use the next one, as BIP-32 prescribes.</source>
        <translation>Sla deze index over en gebruik de volgende, zoals BIP-32 voorschrijft.</translation>
    </message>
    <message>
        <source>This is not a valid signature: it must be 64 bytes (r and s) with a recovery id of 0 or 1.</source>
        <translation>Dit is geen geldige handtekening: die moet 64 bytes lang zijn (r en s) met een herstel-id van 0 of 1.</translation>
    </message>
    <message>
        <source>Check where the signature came from.</source>
        <translation>Controleer waar de handtekening vandaan komt.</translation>
    </message>
    <message>
        <source>This is not a valid signature: r or s is out of range.</source>
        <translation>Dit is geen geldige handtekening: r of s valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Internal error: the public key of a private key could not be computed.</source>
        <translation>Interne fout: de publieke sleutel van een privésleutel kon niet worden berekend.</translation>
    </message>
    <message>
        <source>The signature is invalid: no public key can be recovered from it.</source>
        <translation>De handtekening is ongeldig: er kan geen publieke sleutel uit worden hersteld.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::SecretKey</name>
    <message>
        <source>This is not a valid private key: it is zero or not below the secp256k1 group order.</source>
        <translation>Dit is geen geldige privésleutel: hij is nul of niet kleiner dan de groepsorde van secp256k1.</translation>
    </message>
    <message>
        <source>Check that the key was copied completely and correctly.</source>
        <translation>Controleer of de sleutel volledig en correct is gekopieerd.</translation>
    </message>
    <message>
        <source>A private key has 32 bytes (64 hex digits); this one has %1 bytes.</source>
        <translation>Een privésleutel heeft 32 bytes (64 hex-cijfers); deze heeft %1 bytes.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed, so no key was created.</source>
        <translation>De toevalsgenerator van het systeem werkte niet, dus er is geen sleutel aangemaakt.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check the system&apos;s entropy source.</source>
        <translation>Probeer het opnieuw; als het blijft mislukken, controleer dan de entropiebron van het systeem.</translation>
    </message>
</context>
<context>
    <name>kassa::crypto::TronAddress</name>
    <message>
        <source>This is not a Tron address: it must be 34 characters starting with T, or 42 hex digits starting with 41 (it has %1 characters).</source>
        <translation>Dit is geen Tron-adres: het moet 34 tekens lang zijn en met T beginnen, of uit 42 hex-cijfers bestaan die met 41 beginnen (het heeft %1 tekens).</translation>
    </message>
    <message>
        <source>Copy the whole address without spaces. Ethereum-style 0x addresses are not Tron addresses.</source>
        <translation>Kopieer het hele adres zonder spaties. 0x-adressen in Ethereum-stijl zijn geen Tron-adressen.</translation>
    </message>
    <message>
        <source>This is not a Tron address: its version byte is 0x%1 instead of 0x41.</source>
        <translation>Dit is geen Tron-adres: de versiebyte is 0x%1 in plaats van 0x41.</translation>
    </message>
    <message>
        <source>Check that the address belongs to the Tron network.</source>
        <translation>Controleer of het adres bij het Tron-netwerk hoort.</translation>
    </message>
    <message>
        <source>A Tron address has 21 bytes; this one has %1.</source>
        <translation>Een Tron-adres heeft 21 bytes; dit adres heeft er %1.</translation>
    </message>
    <message>
        <source>Check where the address came from.</source>
        <translation>Controleer waar het adres vandaan komt.</translation>
    </message>
    <message>
        <source>This is not a Tron address: it contains a character that is not a hex digit.</source>
        <translation>Dit is geen Tron-adres: het bevat een teken dat geen hex-cijfer is.</translation>
    </message>
    <message>
        <source>Copy the whole address without spaces.</source>
        <translation>Kopieer het hele adres zonder spaties.</translation>
    </message>
    <message>
        <source>The Tron address checksum does not match: the address has a typo or was tampered with.</source>
        <translation>De controlesom van het Tron-adres klopt niet: het adres bevat een typefout of is gemanipuleerd.</translation>
    </message>
    <message>
        <source>Do not use it. Copy the address again from a source you trust.</source>
        <translation>Gebruik het niet. Kopieer het adres opnieuw uit een bron die je vertrouwt.</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoNetwork</name>
    <message>
        <source>Close Kassa and start the demo again. If it keeps failing, delete the demo folder %1.</source>
        <translation>Sluit Kassa en start de demo opnieuw. Blijft het misgaan, verwijder dan de demomap %1.</translation>
    </message>
    <message>
        <source>The demo needs anvil, the local test network, and it is not installed.</source>
        <translation>De demo heeft anvil nodig, het lokale testnetwerk, en dat is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The demo token is missing from this build of Kassa.</source>
        <translation>De demotoken ontbreekt in deze build van Kassa.</translation>
    </message>
    <message>
        <source>Kassa could not create the demo folder %1.</source>
        <translation>Kassa kon de demomap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>The local test network did not start: %1</source>
        <translation>Het lokale testnetwerk is niet gestart: %1</translation>
    </message>
    <message>
        <source>The local test network stopped while starting (exit code %1).</source>
        <translation>Het lokale testnetwerk stopte tijdens het starten (afsluitcode %1).</translation>
    </message>
    <message>
        <source>The local test network reports the wrong chain.</source>
        <translation>Het lokale testnetwerk meldt de verkeerde chain.</translation>
    </message>
    <message>
        <source>The local test network did not answer within 30 seconds.</source>
        <translation>Het lokale testnetwerk antwoordde niet binnen 30 seconden.</translation>
    </message>
    <message>
        <source>The local test network refused a request.</source>
        <translation>Het lokale testnetwerk weigerde een verzoek.</translation>
    </message>
    <message>
        <source>The test USDT could not be created on the local test network.</source>
        <translation>De test-USDT kon niet worden aangemaakt op het lokale testnetwerk.</translation>
    </message>
    <message>
        <source>The local test network did not mine the test USDT within 30 seconds.</source>
        <translation>Het lokale testnetwerk heeft de test-USDT niet binnen 30 seconden in een blok opgenomen.</translation>
    </message>
    <message>
        <source>The local test network did not start in time.</source>
        <translation>Het lokale testnetwerk is niet op tijd gestart.</translation>
    </message>
    <message>
        <source>Kassa could not write the demo settings %1.</source>
        <translation>Kassa kon de demo-instellingen %1 niet schrijven.</translation>
    </message>
    <message>
        <source>The local test network is not running.</source>
        <translation>Het lokale testnetwerk draait niet.</translation>
    </message>
    <message>
        <source>The local test network refused the payment: %1</source>
        <translation>Het lokale testnetwerk weigerde de betaling: %1</translation>
    </message>
    <message>
        <source>Run “make deps” (or “make”) in Kassa&apos;s source folder: it installs anvil from npm into %1. Or set KASSA_ANVIL to an anvil program.</source>
        <translation>Voer “make deps” (of “make”) uit in de bronmap van Kassa: dat installeert anvil vanuit npm in %1. Of zet KASSA_ANVIL op een anvil-programma.</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoPayouts</name>
    <message>
        <source>Kassa could not write the demo settings %1.</source>
        <translation>Kassa kon de demo-instellingen %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Demo payout wallet (play money)</source>
        <translation>Demo-uitbetalingswallet (speelgeld)</translation>
    </message>
    <message>
        <source>The demo payouts can only be set up in an open demo profile.</source>
        <translation>De demo-uitbetalingen kunnen alleen in een geopend demoprofiel worden ingesteld.</translation>
    </message>
</context>
<context>
    <name>kassa::demo::DemoSimulator</name>
    <message>
        <source>The storefront simulator could not open its callback address.</source>
        <translation>De webwinkelsimulator kon zijn callbackadres niet openen.</translation>
    </message>
    <message>
        <source>The storefront refused a simulated order: %1</source>
        <translation>De webwinkel weigerde een gesimuleerde bestelling: %1</translation>
    </message>
</context>
<context>
    <name>kassa::engine::AuditBackend</name>
    <message>
        <source>The audit log is not available yet: the database is still opening.</source>
        <translation>Het auditlog is nog niet beschikbaar: de database wordt nog geopend.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Het bestand %1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, with enough free space.</source>
        <translation>Kies een map waarin je mag schrijven en waar genoeg ruimte vrij is.</translation>
    </message>
</context>
<context>
    <name>kassa::engine::ChainManager</name>
    <message>
        <source>Watching %1 is not available in this version of Kassa.</source>
        <translation>Het volgen van %1 is in deze versie van Kassa niet beschikbaar.</translation>
    </message>
    <message>
        <source>There is no key store to keep the API key in.</source>
        <translation>Er is geen sleutelopslag om de API-sleutel in te bewaren.</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OperatorsBackend</name>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>De inlognaam of het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>Several wrong attempts in a row lock the account for a while.</source>
        <translation>Na meerdere onjuiste pogingen achter elkaar wordt het account een tijd geblokkeerd.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Voer de 6-cijferige code uit je authenticator-app in.</translation>
    </message>
    <message>
        <source>The one-time code is wrong or was already used.</source>
        <translation>De eenmalige code is onjuist of al gebruikt.</translation>
    </message>
    <message>
        <source>Wait for the next code in your authenticator app and check the computer&apos;s clock.</source>
        <translation>Wacht op de volgende code in je authenticator-app en controleer de klok van de computer.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked until %1 (UTC).</source>
        <translation>Te veel onjuiste pogingen: dit account is geblokkeerd tot %1 (UTC).</translation>
    </message>
    <message>
        <source>Wait until then, or ask an owner to clear the lock.</source>
        <translation>Wacht tot dan, of vraag een eigenaar de blokkering op te heffen.</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>Dit operatoraccount is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Ask an owner to enable it again.</source>
        <translation>Vraag een eigenaar het weer in te schakelen.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Aanmelden is mislukt.</translation>
    </message>
    <message>
        <source>Operator accounts are not available yet: the database is still opening.</source>
        <translation>Operatoraccounts zijn nog niet beschikbaar: de database wordt nog geopend.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Only an owner may change operator accounts.</source>
        <translation>Alleen een eigenaar mag operatoraccounts wijzigen.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interne fout.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Kies minstens één rol.</translation>
    </message>
    <message>
        <source>The first owner was already created.</source>
        <translation>De eerste eigenaar is al aangemaakt.</translation>
    </message>
    <message>
        <source>Sign in instead.</source>
        <translation>Meld je in plaats daarvan aan.</translation>
    </message>
    <message>
        <source>The last owner cannot lose the Owner role.</source>
        <translation>De laatste eigenaar kan de rol Eigenaar niet verliezen.</translation>
    </message>
    <message>
        <source>Make someone else an owner first.</source>
        <translation>Maak eerst iemand anders eigenaar.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Je kunt je eigen account niet uitschakelen.</translation>
    </message>
    <message>
        <source>The last owner cannot be disabled.</source>
        <translation>De laatste eigenaar kan niet worden uitgeschakeld.</translation>
    </message>
    <message>
        <source>This enrolment has expired.</source>
        <translation>Deze registratie is verlopen.</translation>
    </message>
    <message>
        <source>Start again and scan the new code.</source>
        <translation>Begin opnieuw en scan de nieuwe code.</translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation>De database kon niet worden gelezen of beschreven.</translation>
    </message>
    <message>
        <source>A change of this operator&apos;s roles already waits for another owner.</source>
        <translation>Een wijziging van de rollen van deze operator wacht al op een andere eigenaar.</translation>
    </message>
    <message>
        <source>Confirm or reject that one first.</source>
        <translation>Bevestig of weiger die eerst.</translation>
    </message>
    <message>
        <source>This change is no longer waiting: another owner decided it.</source>
        <translation>Deze wijziging wacht niet meer: een andere eigenaar heeft erover beslist.</translation>
    </message>
    <message>
        <source>Another owner has to confirm the change you proposed.</source>
        <translation>Een andere eigenaar moet de wijziging bevestigen die jij hebt voorgesteld.</translation>
    </message>
    <message>
        <source>The operator&apos;s roles changed since this was proposed.</source>
        <translation>De rollen van de operator zijn gewijzigd sinds dit werd voorgesteld.</translation>
    </message>
    <message>
        <source>Reject it and propose the change again.</source>
        <translation>Weiger het en stel de wijziging opnieuw voor.</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OperatorsOwnerSetup</name>
    <message>
        <source>Only an owner can do this.</source>
        <translation>Alleen een eigenaar kan dit doen.</translation>
    </message>
    <message>
        <source>Sign in as an owner and try again.</source>
        <translation>Meld je aan als eigenaar en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Sign in to the console first.</source>
        <translation>Meld je eerst aan bij de console.</translation>
    </message>
    <message>
        <source>Then try again.</source>
        <translation>Probeer het daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>kassa::engine::OrdersBackend</name>
    <message>
        <source>Orders are not available yet: the database is still opening.</source>
        <translation>Bestellingen zijn nog niet beschikbaar: de database wordt nog geopend.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Er is geen bestelling %1.</translation>
    </message>
    <message>
        <source>The callback is gone.</source>
        <translation>De callback bestaat niet meer.</translation>
    </message>
    <message>
        <source>The order totals could not be read.</source>
        <translation>De totalen van de bestellingen konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Het bestand %1 kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutRates</name>
    <message>
        <source>The exchange rates cannot be read.</source>
        <translation>De wisselkoersen kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>No exchange rate of %1 in %2 is known, so the payout cannot be valued.</source>
        <translation>Er is geen wisselkoers van %1 in %2 bekend, dus de uitbetaling kan niet worden gewaardeerd.</translation>
    </message>
    <message>
        <source>Set one with “kassa-cli orders rate %1 RATE --asset %2”.</source>
        <translation>Stel er een in met ‘kassa-cli orders rate %1 RATE --asset %2’.</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutRunner</name>
    <message>
        <source>Approved payouts on %1 are not sent: %2</source>
        <extracomment>%1 is a chain name (&quot;Ethereum&quot;, &quot;Tron&quot;), %2 the reason</extracomment>
        <translation>Goedgekeurde uitbetalingen op %1 worden niet verzonden: %2</translation>
    </message>
</context>
<context>
    <name>kassa::engine::PayoutsBackend</name>
    <message>
        <source>Payouts are not available yet: the database is still opening.</source>
        <translation>Uitbetalingen zijn nog niet beschikbaar: de database wordt nog geopend.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Wacht even en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>kassa::engine::Storefront</name>
    <message>
        <source>The setting %1 in %2 is not valid: “%3”.</source>
        <translation>De instelling %1 in %2 is ongeldig: ‘%3’.</translation>
    </message>
    <message>
        <source>Expected: %1. See doc/config.md.</source>
        <translation>Verwacht: %1. Zie doc/config.md.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>There is no %1 token on %2 in the chain settings.</source>
        <translation>Er is geen %1-token op %2 in de chaininstellingen.</translation>
    </message>
    <message>
        <source>Check [payments] chain and asset, and the chain&apos;s tokens.</source>
        <translation>Controleer chain en asset in [payments] en de tokens van de chain.</translation>
    </message>
</context>
<context>
    <name>kassa::engine::WalletsBackend</name>
    <message>
        <source>The wallets are not available yet: the database is still opening.</source>
        <translation>De wallets zijn nog niet beschikbaar: de database wordt nog geopend.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This wallet no longer exists.</source>
        <translation>Deze wallet bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose at least one chain.</source>
        <translation>Kies ten minste één chain.</translation>
    </message>
    <message>
        <source>A watch-only wallet belongs to one chain family.</source>
        <translation>Een alleen-lezen wallet hoort bij één chainfamilie.</translation>
    </message>
    <message>
        <source>Only a wallet with its recovery phrase can pay out.</source>
        <translation>Alleen een wallet met herstelwoorden kan uitbetalen.</translation>
    </message>
    <message>
        <source>Choose the receiving or cold storage role for a watch-only wallet.</source>
        <translation>Kies voor een alleen-lezen wallet de rol ontvangen of koude opslag.</translation>
    </message>
    <message>
        <source>The account number is too large.</source>
        <translation>Het accountnummer is te groot.</translation>
    </message>
    <message>
        <source>The recovery phrase is missing.</source>
        <translation>De herstelwoorden ontbreken.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Enter at least one address.</source>
        <translation>Voer ten minste één adres in.</translation>
    </message>
    <message>
        <source>This wallet is a fixed list of addresses; it cannot make new ones.</source>
        <translation>Deze wallet is een vaste lijst adressen; er kunnen geen nieuwe bij worden gemaakt.</translation>
    </message>
    <message>
        <source>Import the wallet&apos;s xpub to get new receive addresses.</source>
        <translation>Importeer de xpub van de wallet om nieuwe ontvangstadressen te krijgen.</translation>
    </message>
    <message>
        <source>This wallet has handed out every receive address it has.</source>
        <translation>Deze wallet heeft al zijn ontvangstadressen al uitgegeven.</translation>
    </message>
    <message>
        <source>A watch-only wallet has no recovery phrase in Kassa.</source>
        <translation>Een alleen-lezen wallet heeft in Kassa geen herstelwoorden.</translation>
    </message>
    <message>
        <source>The backup passphrase needs at least 8 characters.</source>
        <translation>Het back-upwachtwoord moet minstens 8 tekens hebben.</translation>
    </message>
    <message>
        <source>Choose a long passphrase and keep it apart from the backup file.</source>
        <translation>Kies een lang wachtwoord en bewaar het apart van het back-upbestand.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: %2</source>
        <translation>Het back-upbestand %1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, such as a USB stick.</source>
        <translation>Kies een map waarin u mag schrijven, zoals een USB-stick.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read: %2</source>
        <translation>Het back-upbestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>This file is too large to be a Kassa backup.</source>
        <translation>Dit bestand is te groot voor een Kassa-back-up.</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>back-upbestand</translation>
    </message>
</context>
<context>
    <name>kassa::keys::ApiSecretStore</name>
    <message>
        <source>The token must be 16 to 256 characters long.</source>
        <translation>De token moet 16 tot 256 tekens lang zijn.</translation>
    </message>
    <message>
        <source>Use the token your storefront plugin is configured with, or let Kassa make one.</source>
        <translation>Gebruik de token waarmee de plug-in van uw webwinkel is ingesteld, of laat Kassa er een maken.</translation>
    </message>
    <message>
        <source>The token may contain only printable ASCII characters without spaces.</source>
        <translation>De token mag alleen afdrukbare ASCII-tekens bevatten, zonder spaties.</translation>
    </message>
    <message>
        <source>The key store was closed.</source>
        <translation>De sleutelopslag is gesloten.</translation>
    </message>
    <message>
        <source>This profile has that secret already.</source>
        <translation>Dit profiel heeft dat geheim al.</translation>
    </message>
    <message>
        <source>Use rotate to replace it; the storefront must then be given the new one.</source>
        <translation>Gebruik rotate om het te vervangen; de webwinkel moet daarna het nieuwe krijgen.</translation>
    </message>
</context>
<context>
    <name>kassa::keys::EncryptedFileStore</name>
    <message>
        <source>encrypted key file</source>
        <translation>sleutelopslag in een versleuteld bestand</translation>
    </message>
</context>
<context>
    <name>kassa::keys::KeyStore</name>
    <message>
        <source>The %1 is locked.</source>
        <translation>De %1 is vergrendeld.</translation>
    </message>
    <message>
        <source>Unlock it (your desktop asks for your login password), then try again.</source>
        <translation>Ontgrendel deze (je bureaublad vraagt om je inlogwachtwoord) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This computer has no %1 that Kassa can use.</source>
        <translation>Deze computer heeft geen %1 die Kassa kan gebruiken.</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keyring service, or choose the encrypted key file in Settings.</source>
        <translation>Start de sleutelbosdienst van je bureaublad, of kies in Instellingen voor de sleutelopslag in een versleuteld bestand.</translation>
    </message>
    <message>
        <source>Access to the %1 was refused.</source>
        <translation>De toegang tot de %1 is geweigerd.</translation>
    </message>
    <message>
        <source>Allow Kassa when the keychain asks, then try again.</source>
        <translation>Sta Kassa toe wanneer de sleutelhanger erom vraagt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The secret for this wallet is not in the %1.</source>
        <translation>Het geheim van deze wallet staat niet in de %1.</translation>
    </message>
    <message>
        <source>If this profile was copied from another computer, restore the wallet from its backup file or recovery words.</source>
        <translation>Als dit profiel van een andere computer is gekopieerd, herstel de wallet dan met het back-upbestand of de herstelwoorden.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file.</source>
        <translation>De wachtwoordzin opent het sleutelbestand niet.</translation>
    </message>
    <message>
        <source>Check the passphrase, including capital letters and the keyboard layout.</source>
        <translation>Controleer de wachtwoordzin, ook de hoofdletters en de toetsenbordindeling.</translation>
    </message>
    <message>
        <source>The key file is damaged or was changed.</source>
        <translation>Het sleutelbestand is beschadigd of gewijzigd.</translation>
    </message>
    <message>
        <source>Restore the wallet from its backup file or recovery words. The damaged file was left as it is.</source>
        <translation>Herstel de wallet met het back-upbestand of de herstelwoorden. Het beschadigde bestand is ongemoeid gelaten.</translation>
    </message>
    <message>
        <source>The key file cannot be read or written: %1</source>
        <translation>Het sleutelbestand kan niet worden gelezen of geschreven: %1</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder and the free disk space.</source>
        <translation>Controleer de rechten van de profielmap en de vrije schijfruimte.</translation>
    </message>
    <message>
        <source>The %1 reported an error: %2</source>
        <translation>De %1 meldde een fout: %2</translation>
    </message>
</context>
<context>
    <name>kassa::keys::KeychainStore</name>
    <message>
        <source>system keychain</source>
        <translation>sleutelhanger van het systeem</translation>
    </message>
</context>
<context>
    <name>kassa::keys::MemoryKeyStore</name>
    <message>
        <source>memory key store</source>
        <translation>sleutelopslag in het geheugen</translation>
    </message>
</context>
<context>
    <name>kassa::money::Amount</name>
    <message>
        <source>The currency “%1” with %2 decimals is not usable: Kassa supports 0 to %3 decimals.</source>
        <translation>De munteenheid ‘%1’ met %2 decimalen is niet bruikbaar: Kassa ondersteunt 0 tot %3 decimalen.</translation>
    </message>
    <message>
        <source>Check the asset&apos;s settings.</source>
        <translation>Controleer de instellingen van het activum.</translation>
    </message>
    <message>
        <source>Amounts in %1 (%2 decimals) and %3 (%4 decimals) cannot be combined.</source>
        <translation>Bedragen in %1 (%2 decimalen) en %3 (%4 decimalen) kunnen niet worden gecombineerd.</translation>
    </message>
    <message>
        <source>This is a bug in Kassa or in its settings; please report it.</source>
        <translation>Dit is een fout in Kassa of in de instellingen; meld het alsjeblieft.</translation>
    </message>
    <message>
        <source>The result is too large to represent.</source>
        <translation>Het resultaat is te groot om weer te geven.</translation>
    </message>
    <message>
        <source>Check the amounts involved.</source>
        <translation>Controleer de betrokken bedragen.</translation>
    </message>
    <message>
        <source>%1 decimal places are not possible: use 0 to %2.</source>
        <translation>%1 decimalen is niet mogelijk: gebruik 0 tot %2.</translation>
    </message>
    <message>
        <source>%1 minus %2 would be negative.</source>
        <translation>%1 min %2 zou negatief zijn.</translation>
    </message>
    <message>
        <source>Use a signed amount where a result below zero is expected.</source>
        <translation>Gebruik een bedrag met teken waar een resultaat onder nul verwacht wordt.</translation>
    </message>
</context>
<context>
    <name>kassa::money::Decimal</name>
    <message>
        <source>The number is too large.</source>
        <translation>Het getal is te groot.</translation>
    </message>
    <message>
        <source>Check the number; no amount comes anywhere near this size.</source>
        <translation>Controleer het getal; geen enkel bedrag komt ook maar in de buurt van deze grootte.</translation>
    </message>
    <message>
        <source>Write the number with the digits 0-9 and at most one decimal point, for example 1234.56.</source>
        <translation>Schrijf het getal met de cijfers 0-9 en hoogstens één decimale punt, bijvoorbeeld 1234.56.</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>Het getal is leeg.</translation>
    </message>
    <message>
        <source>Enter a number such as 12.50.</source>
        <translation>Voer een getal in, zoals 12.50.</translation>
    </message>
    <message>
        <source>The number is too long (%1 characters).</source>
        <translation>Het getal is te lang (%1 tekens).</translation>
    </message>
    <message>
        <source>Check what was pasted into the field.</source>
        <translation>Controleer wat er in het veld is geplakt.</translation>
    </message>
    <message>
        <source>The number has more than one decimal point.</source>
        <translation>Het getal heeft meer dan één decimale punt.</translation>
    </message>
    <message>
        <source>The minus sign at character %1 is out of place.</source>
        <translation>Het minteken bij teken %1 staat op de verkeerde plek.</translation>
    </message>
    <message>
        <source>A minus sign may only stand in front of the number.</source>
        <translation>Een minteken mag alleen vóór het getal staan.</translation>
    </message>
    <message>
        <source>The number is negative; a negative value is not allowed here.</source>
        <translation>Het getal is negatief; een negatieve waarde is hier niet toegestaan.</translation>
    </message>
    <message>
        <source>Leave out the minus sign.</source>
        <translation>Laat het minteken weg.</translation>
    </message>
    <message>
        <source>The number has a plus sign at character %1.</source>
        <translation>Het getal heeft een plusteken bij teken %1.</translation>
    </message>
    <message>
        <source>Leave out the plus sign.</source>
        <translation>Laat het plusteken weg.</translation>
    </message>
    <message>
        <source>The number is written with an exponent (the “e” at character %1).</source>
        <translation>Het getal is geschreven met een exponent (de ‘e’ bij teken %1).</translation>
    </message>
    <message>
        <source>Write out all the digits, for example 1000000 instead of 1e6.</source>
        <translation>Schrijf alle cijfers uit, bijvoorbeeld 1000000 in plaats van 1e6.</translation>
    </message>
    <message>
        <source>The number contains a separator (“%1”) at character %2.</source>
        <translation>Het getal bevat een scheidingsteken (‘%1’) bij teken %2.</translation>
    </message>
    <message>
        <source>Leave out thousands separators and use a point for decimals, for example 1234.56.</source>
        <translation>Laat scheidingstekens voor duizendtallen weg en gebruik een punt voor decimalen, bijvoorbeeld 1234.56.</translation>
    </message>
    <message>
        <source>The number contains a space or line break at character %1.</source>
        <translation>Het getal bevat een spatie of regeleinde bij teken %1.</translation>
    </message>
    <message>
        <source>Remove all spaces, also before and after the number.</source>
        <translation>Verwijder alle spaties, ook vóór en na het getal.</translation>
    </message>
    <message>
        <source>The number contains an invisible character at character %1.</source>
        <translation>Het getal bevat een onzichtbaar teken bij teken %1.</translation>
    </message>
    <message>
        <source>Type the number again instead of pasting it.</source>
        <translation>Typ het getal opnieuw in in plaats van het te plakken.</translation>
    </message>
    <message>
        <source>Character %1 is a full-width digit or a digit from another script.</source>
        <translation>Teken %1 is een cijfer in volle breedte of een cijfer uit een ander schrift.</translation>
    </message>
    <message>
        <source>Type the number with the digits 0-9.</source>
        <translation>Typ het getal met de cijfers 0-9.</translation>
    </message>
    <message>
        <source>Character %1 (“%2”) does not belong in a number.</source>
        <translation>Teken %1 (‘%2’) hoort niet in een getal.</translation>
    </message>
    <message>
        <source>The number has no digits.</source>
        <translation>Het getal bevat geen cijfers.</translation>
    </message>
    <message>
        <source>The number starts with a decimal point.</source>
        <translation>Het getal begint met een decimale punt.</translation>
    </message>
    <message>
        <source>Write a zero in front of the point, for example 0.5.</source>
        <translation>Schrijf een nul vóór de punt, bijvoorbeeld 0.5.</translation>
    </message>
    <message>
        <source>The number ends with a decimal point.</source>
        <translation>Het getal eindigt op een decimale punt.</translation>
    </message>
    <message>
        <source>Write digits after the point or leave the point out, for example 5 or 5.0.</source>
        <translation>Schrijf cijfers na de punt of laat de punt weg, bijvoorbeeld 5 of 5.0.</translation>
    </message>
    <message>
        <source>The number starts with a superfluous zero.</source>
        <translation>Het getal begint met een overbodige nul.</translation>
    </message>
    <message>
        <source>Leave out leading zeros, for example 7.5 instead of 07.5.</source>
        <translation>Laat voorloopnullen weg, bijvoorbeeld 7.5 in plaats van 07.5.</translation>
    </message>
    <message>
        <source>This number</source>
        <extracomment>Subject of “%1 has at most %n decimal place(s)” when no currency is named</extracomment>
        <translation>Dit getal</translation>
    </message>
    <message numerus="yes">
        <source>%1 has at most %n decimal place(s); this number has %2.</source>
        <extracomment>%1 is a currency such as USDT or CNY, or “This number” / “A rate”; %2 is how many decimals were typed</extracomment>
        <translation>
            <numerusform>%1 heeft hoogstens %n decimaal; dit getal heeft er %2.</numerusform>
            <numerusform>%1 heeft hoogstens %n decimalen; dit getal heeft er %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Round the number, or check that it is in the right currency.</source>
        <translation>Rond het getal af, of controleer of het in de juiste munteenheid is.</translation>
    </message>
</context>
<context>
    <name>kassa::money::ExchangeRate</name>
    <message>
        <source>The converted amount is too large.</source>
        <translation>Het omgerekende bedrag is te groot.</translation>
    </message>
    <message>
        <source>Check the amount and the rate.</source>
        <translation>Controleer het bedrag en de koers.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three capital letters such as CNY or USD.</source>
        <translation>‘%1’ is geen valutacode; gebruik drie hoofdletters, zoals CNY of USD.</translation>
    </message>
    <message>
        <source>The exchange rate does not say which asset it prices.</source>
        <translation>De wisselkoers vermeldt niet voor welk activum hij geldt.</translation>
    </message>
    <message>
        <source>The exchange rate does not say where it comes from.</source>
        <translation>De wisselkoers vermeldt niet waar hij vandaan komt.</translation>
    </message>
    <message>
        <source>The exchange rate has no valid time.</source>
        <translation>De wisselkoers heeft geen geldig tijdstip.</translation>
    </message>
    <message>
        <source>A rate</source>
        <extracomment>Subject of “%1 has at most %n decimal place(s)”: an exchange rate</extracomment>
        <translation>Een koers</translation>
    </message>
    <message>
        <source>An exchange rate of zero cannot be used.</source>
        <translation>Een wisselkoers van nul kan niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Enter how many %1 one %2 costs.</source>
        <translation>Voer in hoeveel %1 één %2 kost.</translation>
    </message>
    <message>
        <source>No exchange rate is set.</source>
        <translation>Er is geen wisselkoers ingesteld.</translation>
    </message>
    <message>
        <source>This rate converts between %1 and %2, not %3 and %4.</source>
        <translation>Deze koers rekent om tussen %1 en %2, niet tussen %3 en %4.</translation>
    </message>
    <message>
        <source>Cannot round to %1 decimal places: %2 has %3.</source>
        <translation>Kan niet afronden op %1 decimalen: %2 heeft er %3.</translation>
    </message>
</context>
<context>
    <name>kassa::money::SignedAmount</name>
    <message>
        <source>The amount %1 %2 is negative.</source>
        <translation>Het bedrag %1 %2 is negatief.</translation>
    </message>
    <message>
        <source>Only zero or more is possible here.</source>
        <translation>Hier is alleen nul of meer mogelijk.</translation>
    </message>
</context>
<context>
    <name>kassa::money::UInt256</name>
    <message>
        <source>The number is too large: it has %1 bytes, at most 32 are possible.</source>
        <translation>Het getal is te groot: het heeft %1 bytes, terwijl er hoogstens 32 mogelijk zijn.</translation>
    </message>
    <message>
        <source>Check where the value came from.</source>
        <translation>Controleer waar de waarde vandaan komt.</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>Het getal is leeg.</translation>
    </message>
    <message>
        <source>Enter the digits of the number.</source>
        <translation>Voer de cijfers van het getal in.</translation>
    </message>
    <message>
        <source>Character %1 of the number is not a digit.</source>
        <translation>Teken %1 van het getal is geen cijfer.</translation>
    </message>
    <message>
        <source>Use only the digits 0-9: no sign, spaces, separators or exponent.</source>
        <translation>Gebruik alleen de cijfers 0-9: geen teken, spaties, scheidingstekens of exponent.</translation>
    </message>
    <message>
        <source>The number starts with a zero.</source>
        <translation>Het getal begint met een nul.</translation>
    </message>
    <message>
        <source>Write the number without leading zeros.</source>
        <translation>Schrijf het getal zonder voorloopnullen.</translation>
    </message>
    <message>
        <source>The number is too large for 256 bits.</source>
        <translation>Het getal is te groot voor 256 bits.</translation>
    </message>
    <message>
        <source>The number must be 0x followed by hex digits.</source>
        <translation>Het getal moet bestaan uit 0x gevolgd door hex-cijfers.</translation>
    </message>
    <message>
        <source>The hex number has a leading zero, which the JSON-RPC format does not allow.</source>
        <translation>Het hex-getal begint met een nul, wat het JSON-RPC-formaat niet toestaat.</translation>
    </message>
    <message>
        <source>Character %1 of the number is not a hex digit.</source>
        <translation>Teken %1 van het getal is geen hex-cijfer.</translation>
    </message>
</context>
<context>
    <name>kassa::money::WireNumber</name>
    <message>
        <source>This is not a JSON number: character %1 is unexpected.</source>
        <translation>Dit is geen JSON-getal: teken %1 is onverwacht.</translation>
    </message>
    <message>
        <source>This is not a JSON number: it is empty or incomplete.</source>
        <translation>Dit is geen JSON-getal: het is leeg of onvolledig.</translation>
    </message>
    <message>
        <source>Send amounts as plain JSON numbers such as 100.5.</source>
        <translation>Stuur bedragen als gewone JSON-getallen, zoals 100.5.</translation>
    </message>
    <message>
        <source>The number is too long (%1 characters).</source>
        <translation>Het getal is te lang (%1 tekens).</translation>
    </message>
    <message>
        <source>The number is too large for a 64-bit floating-point value, so a Go gateway cannot read it.</source>
        <translation>Het getal is te groot voor een 64-bits drijvendekommagetal, dus een Go-gateway kan het niet lezen.</translation>
    </message>
</context>
<context>
    <name>kassa::net::NetworkFactory</name>
    <message>
        <source>“%1” is not a valid address of a server.</source>
        <translation>“%1” is geen geldig serveradres.</translation>
    </message>
    <message>
        <source>Enter a full URL such as https://node.example.com/rpc.</source>
        <translation>Voer een volledige URL in, zoals https://node.example.com/rpc.</translation>
    </message>
    <message>
        <source>“%1” uses %2, which is not allowed here.</source>
        <translation>“%1” gebruikt %2, en dat is hier niet toegestaan.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Gebruik een van: %1.</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>“%1” noemt geen server.</translation>
    </message>
    <message>
        <source>The address of a server must not contain a user name or password.</source>
        <translation>Een serveradres mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <source>Put API keys in the field for them, not in the URL.</source>
        <translation>Zet API-sleutels in het veld daarvoor, niet in de URL.</translation>
    </message>
    <message>
        <source>“%1” is not encrypted, and %2 is not this computer.</source>
        <translation>“%1” is niet versleuteld, en %2 is niet deze computer.</translation>
    </message>
    <message>
        <source>Use https:// or wss://; unencrypted connections are allowed only to this computer.</source>
        <translation>Gebruik https:// of wss://; onversleutelde verbindingen mogen alleen naar deze computer.</translation>
    </message>
    <message>
        <source>The proxy “%1” is not valid.</source>
        <translation>De proxy “%1” is ongeldig.</translation>
    </message>
    <message>
        <source>Use socks5://HOST:PORT (for example Tor at socks5://127.0.0.1:9050) or http://HOST:PORT.</source>
        <translation>Gebruik socks5://HOST:PORT (bijvoorbeeld Tor op socks5://127.0.0.1:9050) of http://HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>kassa::notify::EpusdtSignature</name>
    <message>
        <source>The field “%1” must be a string or a number.</source>
        <translation>Het veld ‘%1’ moet een tekst of een getal zijn.</translation>
    </message>
    <message>
        <source>A callback could not be signed.</source>
        <translation>Een callback kon niet worden ondertekend.</translation>
    </message>
</context>
<context>
    <name>kassa::notify::Outbox</name>
    <message>
        <source>The callback queue in the database could not be changed.</source>
        <translation>De callbackwachtrij in de database kon niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>See the log file for details.</source>
        <translation>Zie het logbestand voor details.</translation>
    </message>
    <message>
        <source>The callback is gone.</source>
        <translation>De callback bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>kassa::notify::RawJson</name>
    <message>
        <source>The request is too large.</source>
        <translation>Het verzoek is te groot.</translation>
    </message>
    <message>
        <source>The request is not a valid JSON object (at byte %1).</source>
        <translation>Het verzoek is geen geldig JSON-object (bij byte %1).</translation>
    </message>
</context>
<context>
    <name>kassa::operators::OperatorStore</name>
    <message>
        <source>No such operator.</source>
        <translation>Deze operator bestaat niet.</translation>
    </message>
    <message>
        <source>The login name &quot;%1&quot; is already taken.</source>
        <translation>De inlognaam ‘%1’ is al in gebruik.</translation>
    </message>
    <message>
        <source>The database refused an operator change: %1</source>
        <translation>De database weigerde een wijziging van een operator: %1</translation>
    </message>
    <message>
        <source>A login name has 2 to 64 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Een inlognaam heeft 2 tot 64 tekens: letters a–z, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos;, en begint met een letter of cijfer.</translation>
    </message>
    <message>
        <source>The name must have 1 to 100 characters.</source>
        <translation>De naam moet 1 tot 100 tekens hebben.</translation>
    </message>
</context>
<context>
    <name>kassa::operators::PasswordHash</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Het wachtwoord moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>A few unrelated words make a long password that is easy to remember.</source>
        <translation>Een paar losse woorden vormen een lang wachtwoord dat makkelijk te onthouden is.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Het wachtwoord mag hoogstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>The password contains a control character (such as a tab or a line break).</source>
        <translation>Het wachtwoord bevat een stuurteken (zoals een tab of een regeleinde).</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces and punctuation only.</source>
        <translation>Gebruik alleen letters, cijfers, spaties en leestekens.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>De toevalsgenerator van het systeem is mislukt.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Het wachtwoord kon niet worden gehasht.</translation>
    </message>
    <message>
        <source>Send the log file to support.</source>
        <translation>Stuur het logbestand naar support.</translation>
    </message>
</context>
<context>
    <name>kassa::operators::RoleNames</name>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Goedkeurder</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>kassa::operators::Totp</name>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>De toevalsgenerator van het systeem is mislukt.</translation>
    </message>
    <message>
        <source>Invalid one-time code settings.</source>
        <translation>Ongeldige instellingen voor eenmalige codes.</translation>
    </message>
    <message>
        <source>The one-time code could not be computed.</source>
        <translation>De eenmalige code kon niet worden berekend.</translation>
    </message>
    <message>
        <source>This is not a valid secret.</source>
        <translation>Dit is geen geldig geheim.</translation>
    </message>
</context>
<context>
    <name>kassa::payments::HdAddressSource</name>
    <message>
        <source>Kassa does not watch the chain %1.</source>
        <translation>Kassa volgt de chain %1 niet.</translation>
    </message>
    <message>
        <source>Enable the chain in Settings → Chains.</source>
        <translation>Schakel de chain in via Instellingen → Chains.</translation>
    </message>
    <message>
        <source>There is no receiving wallet for %1 that can make new addresses.</source>
        <translation>Er is geen ontvangstwallet voor %1 die nieuwe adressen kan maken.</translation>
    </message>
    <message>
        <source>Add an HD wallet or an xpub for this chain in Wallets, or use shared addresses.</source>
        <translation>Voeg bij Wallets een HD-wallet of een xpub voor deze chain toe, of gebruik gedeelde adressen.</translation>
    </message>
</context>
<context>
    <name>kassa::payments::Payments</name>
    <message>
        <source>The database refused a change to the orders.</source>
        <translation>De database weigerde een wijziging van de bestellingen.</translation>
    </message>
    <message>
        <source>See the log file for details.</source>
        <translation>Zie het logbestand voor details.</translation>
    </message>
    <message>
        <source>An order in the database is not readable.</source>
        <translation>Een bestelling in de database is niet leesbaar.</translation>
    </message>
    <message>
        <source>The order request is incomplete.</source>
        <translation>Het bestelverzoek is onvolledig.</translation>
    </message>
    <message>
        <source>The order precision is more than the asset has.</source>
        <translation>De precisie van de bestelling is groter dan het activum heeft.</translation>
    </message>
    <message>
        <source>The unique-amount step in the settings is not valid.</source>
        <translation>De stap voor unieke bedragen in de instellingen is ongeldig.</translation>
    </message>
    <message>
        <source>The amount is not in %1.</source>
        <translation>Het bedrag is niet in %1.</translation>
    </message>
    <message>
        <source>There is no receive address for %1 on %2.</source>
        <translation>Er is geen ontvangstadres voor %1 op %2.</translation>
    </message>
    <message>
        <source>Enable a receive address for this chain in Wallets.</source>
        <translation>Schakel bij Wallets een ontvangstadres voor deze chain in.</translation>
    </message>
    <message>
        <source>An order with this order id exists already.</source>
        <translation>Er bestaat al een bestelling met dit bestelnummer.</translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 to %2.</source>
        <translation>Er is geen wisselkoers van %1 naar %2.</translation>
    </message>
    <message>
        <source>Set a current rate by hand, or configure a rate source.</source>
        <translation>Stel handmatig een actuele koers in, of stel een koersbron in.</translation>
    </message>
    <message>
        <source>The exchange rate for %1 to %2 is out of date.</source>
        <translation>De wisselkoers van %1 naar %2 is verouderd.</translation>
    </message>
    <message>
        <source>Update the rate by hand, or check the rate source.</source>
        <translation>Werk de koers handmatig bij, of controleer de koersbron.</translation>
    </message>
    <message>
        <source>The amount must be more than %1 %2.</source>
        <translation>Het bedrag moet meer dan %1 %2 zijn.</translation>
    </message>
    <message>
        <source>Every payment amount near %1 %2 is taken by open orders.</source>
        <translation>Elk betaalbedrag rond %1 %2 is bezet door openstaande bestellingen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or add receive addresses.</source>
        <translation>Probeer het over een paar minuten opnieuw, of voeg ontvangstadressen toe.</translation>
    </message>
    <message>
        <source>The order was not stored.</source>
        <translation>De bestelling is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This order cannot change from “%1” to “%2”.</source>
        <translation>Deze bestelling kan niet van ‘%1’ naar ‘%2’ gaan.</translation>
    </message>
    <message>
        <source>The order was changed by someone else; try again.</source>
        <translation>De bestelling is door iemand anders gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Give a reason; it is kept in the audit log.</source>
        <translation>Geef een reden op; die wordt in het auditlog bewaard.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Er is geen bestelling %1.</translation>
    </message>
    <message>
        <source>There is no such transfer to a receive address.</source>
        <translation>Er is geen zulke overboeking naar een ontvangstadres.</translation>
    </message>
    <message>
        <source>This transfer is not final yet.</source>
        <translation>Deze overboeking is nog niet definitief.</translation>
    </message>
    <message>
        <source>This transfer already paid an order.</source>
        <translation>Deze overboeking heeft al een bestelling betaald.</translation>
    </message>
    <message>
        <source>This transfer went to another chain or address.</source>
        <translation>Deze overboeking ging naar een andere chain of een ander adres.</translation>
    </message>
    <message>
        <source>The deposit address request is incomplete.</source>
        <translation>Het verzoek om een stortingsadres is onvolledig.</translation>
    </message>
</context>
<context>
    <name>kassa::payments::RateFeed</name>
    <message>
        <source>The rate source&apos;s answer does not hold a rate where its path points: %1</source>
        <translation>Het antwoord van de koersbron bevat geen koers op de plek waar het pad naar wijst: %1</translation>
    </message>
    <message>
        <source>Check the source&apos;s URL and path in [rates] of kassa.conf.</source>
        <translation>Controleer de URL en het pad van de bron in [rates] van kassa.conf.</translation>
    </message>
</context>
<context>
    <name>kassa::payments::StaticAddressSource</name>
    <message>
        <source>There is no fresh receive address left for %1.</source>
        <translation>Er is geen nieuw ontvangstadres meer over voor %1.</translation>
    </message>
    <message>
        <source>Add a wallet for this chain, or use shared addresses.</source>
        <translation>Voeg een wallet voor deze chain toe, of gebruik gedeelde adressen.</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::EvmPayoutSender</name>
    <message>
        <source>The node did not answer as expected.</source>
        <translation>De node antwoordde niet zoals verwacht.</translation>
    </message>
    <message>
        <source>The database refused a payout change: %1</source>
        <translation>De database weigerde een wijziging van een uitbetaling: %1</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::KeyRingPayoutSigner</name>
    <message>
        <source>Create or import a wallet with the payout role on the Wallets page.</source>
        <translation>Maak of importeer op de pagina Wallets een wallet met de rol uitbetalen.</translation>
    </message>
    <message>
        <source>The payout wallet “%1” is watch-only: it cannot sign.</source>
        <translation>De uitbetalingswallet ‘%1’ is alleen-lezen: hij kan niet ondertekenen.</translation>
    </message>
    <message>
        <source>Import the wallet with its recovery phrase to pay out from it.</source>
        <translation>Importeer de wallet met zijn herstelwoorden om eruit uit te betalen.</translation>
    </message>
    <message>
        <source>The recovery phrase of the payout wallet “%1” is not in the key store.</source>
        <translation>De herstelwoorden van de uitbetalingswallet ‘%1’ staan niet in de sleutelopslag.</translation>
    </message>
    <message>
        <source>Restore the wallet from its backup on this computer.</source>
        <translation>Zet de wallet op deze computer terug uit zijn back-up.</translation>
    </message>
    <message>
        <source>The key store is locked: payouts cannot be signed.</source>
        <translation>De sleutelopslag is vergrendeld: uitbetalingen kunnen niet worden ondertekend.</translation>
    </message>
    <message>
        <source>Unlock the keychain (or the key file) and the approved payouts go out.</source>
        <translation>Ontgrendel de sleutelbos (of het sleutelbestand); daarna gaan de goedgekeurde uitbetalingen de deur uit.</translation>
    </message>
    <message>
        <source>There is no payout wallet for %1.</source>
        <translation>Er is geen uitbetalingswallet voor %1.</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::PayoutPolicy</name>
    <message>
        <source>The payout is valued in %1, but the policy counts in %2.</source>
        <translation>De uitbetaling is gewaardeerd in %1, maar het beleid rekent in %2.</translation>
    </message>
    <message numerus="yes">
        <source>The exchange rate is too old (%n minute(s)); update the rate and edit the request.</source>
        <translation>
            <numerusform>De wisselkoers is te oud (%n minuut); werk de koers bij en bewerk het verzoek.</numerusform>
            <numerusform>De wisselkoers is te oud (%n minuten); werk de koers bij en bewerk het verzoek.</numerusform>
        </translation>
    </message>
    <message>
        <source>The payout is above the limit for a single payout (%1 %2).</source>
        <translation>De uitbetaling ligt boven de limiet voor één uitbetaling (%1 %2).</translation>
    </message>
    <message>
        <source>The destination was added or changed recently; it can receive from %1 (UTC).</source>
        <translation>De bestemming is kort geleden toegevoegd of gewijzigd; ze kan ontvangen vanaf %1 (UTC).</translation>
    </message>
    <message>
        <source>The destination&apos;s address-book entry waits for a second person to confirm it.</source>
        <translation>De adresboekregel van de bestemming wacht op bevestiging door een tweede persoon.</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>Dit operatoraccount is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Only an approver or an owner may approve or reject a payout.</source>
        <translation>Alleen een goedkeurder of een eigenaar mag een uitbetaling goedkeuren of afwijzen.</translation>
    </message>
    <message>
        <source>You requested this payout, so you cannot approve or reject it.</source>
        <translation>Je hebt deze uitbetaling zelf aangevraagd, dus je kunt haar niet goedkeuren of afwijzen.</translation>
    </message>
    <message>
        <source>Another approver has to decide on it.</source>
        <translation>Een andere goedkeurder moet erover beslissen.</translation>
    </message>
    <message>
        <source>This payout is no longer waiting for approval.</source>
        <translation>Deze uitbetaling wacht niet meer op goedkeuring.</translation>
    </message>
    <message>
        <source>You already decided on this version of the payout.</source>
        <translation>Je hebt al over deze versie van de uitbetaling beslist.</translation>
    </message>
    <message>
        <source>The stored payout policy is damaged (%1).</source>
        <translation>Het opgeslagen uitbetalingsbeleid is beschadigd (%1).</translation>
    </message>
    <message>
        <source>The first tier must not be above the second.</source>
        <translation>De eerste drempel mag niet boven de tweede liggen.</translation>
    </message>
    <message>
        <source>The second tier must not be above the single-payout limit.</source>
        <translation>De tweede drempel mag niet boven de limiet voor één uitbetaling liggen.</translation>
    </message>
    <message>
        <source>Limits must be above zero.</source>
        <translation>Limieten moeten boven nul liggen.</translation>
    </message>
    <message>
        <source>Allow the rate to be at least one minute old.</source>
        <translation>Sta toe dat de koers minstens één minuut oud is.</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::PayoutSigner</name>
    <message>
        <source>This hot wallet has no Tron key.</source>
        <translation>Deze hot wallet heeft geen Tron-sleutel.</translation>
    </message>
</context>
<context>
    <name>kassa::payouts::Payouts</name>
    <message>
        <source>The database refused a payout change: %1</source>
        <translation>De database weigerde een wijziging van een uitbetaling: %1</translation>
    </message>
    <message>
        <source>This operator account is disabled.</source>
        <translation>Dit operatoraccount is uitgeschakeld.</translation>
    </message>
    <message>
        <source>A payout has a state this version of Kassa does not know.</source>
        <translation>Een uitbetaling heeft een status die deze versie van Kassa niet kent.</translation>
    </message>
    <message>
        <source>A stored payout amount is damaged.</source>
        <translation>Een opgeslagen uitbetalingsbedrag is beschadigd.</translation>
    </message>
    <message>
        <source>No such address-book entry.</source>
        <translation>Deze adresboekregel bestaat niet.</translation>
    </message>
    <message>
        <source>No such payout.</source>
        <translation>Deze uitbetaling bestaat niet.</translation>
    </message>
    <message>
        <source>Choose a chain.</source>
        <translation>Kies een chain.</translation>
    </message>
    <message>
        <source>The token contract address is not valid.</source>
        <translation>Het adres van het tokencontract is ongeldig.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Voer een bedrag boven nul in.</translation>
    </message>
    <message>
        <source>Say what the payout is for.</source>
        <translation>Geef aan waarvoor de uitbetaling is.</translation>
    </message>
    <message>
        <source>Approvers see the reason; a clear one gets approved faster.</source>
        <translation>Goedkeurders zien de reden; een duidelijke reden wordt sneller goedgekeurd.</translation>
    </message>
    <message>
        <source>The reason or the reference is too long.</source>
        <translation>De reden of de referentie is te lang.</translation>
    </message>
    <message>
        <source>The payout has no exchange rate to value it.</source>
        <translation>De uitbetaling heeft geen wisselkoers om haar te waarderen.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interne fout.</translation>
    </message>
    <message>
        <source>This is not a valid Tron address.</source>
        <translation>Dit is geen geldig Tron-adres.</translation>
    </message>
    <message>
        <source>A Tron address starts with T and has 34 characters; copy it again from the recipient.</source>
        <translation>Een Tron-adres begint met T en heeft 34 tekens; kopieer het opnieuw van de ontvanger.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>Dit is geen geldig adres: %1</translation>
    </message>
    <message>
        <source>Copy the address again from the recipient; a mixed-case address must match its checksum.</source>
        <translation>Kopieer het adres opnieuw van de ontvanger; een adres met hoofd- en kleine letters moet bij zijn controlesom passen.</translation>
    </message>
    <message>
        <source>The zero address cannot receive a payout.</source>
        <translation>Het nuladres kan geen uitbetaling ontvangen.</translation>
    </message>
    <message>
        <source>Only an owner may change the payout policy.</source>
        <translation>Alleen een eigenaar mag het uitbetalingsbeleid wijzigen.</translation>
    </message>
    <message>
        <source>This policy change is no longer pending.</source>
        <translation>Deze beleidswijziging wacht niet meer.</translation>
    </message>
    <message>
        <source>Another owner has to confirm your policy change.</source>
        <translation>Een andere eigenaar moet je beleidswijziging bevestigen.</translation>
    </message>
    <message>
        <source>Give the address a name of 1 to 100 characters.</source>
        <translation>Geef het adres een naam van 1 tot 100 tekens.</translation>
    </message>
    <message>
        <source>Only an owner may confirm an address-book entry.</source>
        <translation>Alleen een eigenaar mag een adresboekregel bevestigen.</translation>
    </message>
    <message>
        <source>This address-book entry needs no confirmation.</source>
        <translation>Deze adresboekregel hoeft niet bevestigd te worden.</translation>
    </message>
    <message>
        <source>Another owner has to confirm the entry you made.</source>
        <translation>Een andere eigenaar moet de regel bevestigen die jij hebt gemaakt.</translation>
    </message>
    <message>
        <source>Only a clerk or an owner may request a payout.</source>
        <translation>Alleen een medewerker of een eigenaar mag een uitbetaling aanvragen.</translation>
    </message>
    <message>
        <source>This API key may not request payouts.</source>
        <translation>Deze API-sleutel mag geen uitbetalingen aanvragen.</translation>
    </message>
    <message>
        <source>Give the key the payouts:request scope in Settings.</source>
        <translation>Geef de sleutel in Instellingen de scope payouts:request.</translation>
    </message>
    <message>
        <source>Only the requester or an owner may change a payout request.</source>
        <translation>Alleen de aanvrager of een eigenaar mag een uitbetalingsverzoek wijzigen.</translation>
    </message>
    <message>
        <source>This payout can no longer be changed.</source>
        <translation>Deze uitbetaling kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Someone changed this payout in the meantime.</source>
        <translation>Iemand heeft deze uitbetaling intussen gewijzigd.</translation>
    </message>
    <message>
        <source>Open it again.</source>
        <translation>Open haar opnieuw.</translation>
    </message>
    <message>
        <source>This payout was changed after you opened it.</source>
        <translation>Deze uitbetaling is gewijzigd nadat je haar opende.</translation>
    </message>
    <message>
        <source>Open it again and check the new details.</source>
        <translation>Open haar opnieuw en controleer de nieuwe gegevens.</translation>
    </message>
    <message>
        <source>Say why you reject the payout.</source>
        <translation>Geef aan waarom je de uitbetaling afwijst.</translation>
    </message>
    <message>
        <source>Only the requester or an owner may cancel a payout request.</source>
        <translation>Alleen de aanvrager of een eigenaar mag een uitbetalingsverzoek annuleren.</translation>
    </message>
    <message>
        <source>This payout can no longer be cancelled.</source>
        <translation>Deze uitbetaling kan niet meer worden geannuleerd.</translation>
    </message>
    <message>
        <source>This payout is not approved.</source>
        <translation>Deze uitbetaling is niet goedgekeurd.</translation>
    </message>
    <message>
        <source>The payout no longer has the approvals the policy asks for.</source>
        <translation>De uitbetaling heeft niet meer de goedkeuringen die het beleid vraagt.</translation>
    </message>
    <message>
        <source>The hot wallet holds %1, less than the payout&apos;s %2.</source>
        <translation>De hot wallet bevat %1, minder dan de %2 van de uitbetaling.</translation>
    </message>
    <message>
        <source>The hot wallet cannot pay the network fee.</source>
        <translation>De hot wallet kan de netwerkkosten niet betalen.</translation>
    </message>
    <message>
        <source>The token contract has blacklisted the destination; the transfer would fail.</source>
        <translation>Het tokencontract heeft de bestemming op de zwarte lijst gezet; de overboeking zou mislukken.</translation>
    </message>
    <message>
        <source>The token contract has blacklisted the hot wallet.</source>
        <translation>Het tokencontract heeft de hot wallet op de zwarte lijst gezet.</translation>
    </message>
    <message>
        <source>Only a clerk, an approver or an owner may change the address book.</source>
        <translation>Alleen een medewerker, een goedkeurder of een eigenaar mag het adresboek wijzigen.</translation>
    </message>
    <message>
        <source>Give a reason for rejecting the change.</source>
        <translation>Geef een reden om de wijziging af te wijzen.</translation>
    </message>
</context>
<context>
    <name>kassa::store::Database</name>
    <message>
        <source>Kassa could not open its database file %1: %2</source>
        <translation>Kassa kon het databasebestand %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Check that the profile folder is writable and the disk is not full.</source>
        <translation>Controleer of de profielmap beschrijfbaar is en of de schijf niet vol is.</translation>
    </message>
    <message>
        <source>Kassa could not connect to the database %1: %2</source>
        <translation>Kassa kon geen verbinding maken met de database %1: %2</translation>
    </message>
    <message>
        <source>Check that the PostgreSQL server is running and reachable, and that the user name, password and database name in the [database] url setting are right.</source>
        <translation>Controleer of de PostgreSQL-server draait en bereikbaar is, en of de gebruikersnaam, het wachtwoord en de databasenaam in de instelling [database] url kloppen.</translation>
    </message>
    <message>
        <source>Kassa could not create the folder for its database %1.</source>
        <translation>Kassa kon de map voor de database %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Check the permissions of the profile folder.</source>
        <translation>Controleer de rechten van de profielmap.</translation>
    </message>
    <message>
        <source>The database driver for %1 is not installed.</source>
        <translation>De databasedriver voor %1 is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>Install the Qt SQL driver package (libqt6sql6-sqlite or libqt6sql6-psql).</source>
        <translation>Installeer het pakket met de Qt SQL-driver (libqt6sql6-sqlite of libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>De database kon geen transactie starten: %1</translation>
    </message>
    <message>
        <source>Check that the database is reachable; nothing was changed.</source>
        <translation>Controleer of de database bereikbaar is; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>An internal error stopped a database change; nothing was changed.</source>
        <translation>Een interne fout heeft een databasewijziging afgebroken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database could not save a change: %1</source>
        <translation>De database kon een wijziging niet opslaan: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check free disk space and the database server.</source>
        <translation>Er is niets gewijzigd. Controleer de vrije schijfruimte en de databaseserver.</translation>
    </message>
</context>
<context>
    <name>kassa::store::DatabaseUrl</name>
    <message>
        <source>Use an empty value for the built-in SQLite file, or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Gebruik een lege waarde voor het ingebouwde SQLite-bestand, of postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database URL “%1” names no file.</source>
        <translation>De database-URL “%1” bevat geen bestandsnaam.</translation>
    </message>
    <message>
        <source>The database URL “%1” cannot be read as a URL.</source>
        <translation>De database-URL “%1” kan niet als URL worden gelezen.</translation>
    </message>
    <message>
        <source>The database URL “%1” starts with “%2”, which Kassa does not support.</source>
        <translation>De database-URL “%1” begint met “%2”, wat Kassa niet ondersteunt.</translation>
    </message>
    <message>
        <source>The database URL “%1” names no server.</source>
        <translation>De database-URL “%1” bevat geen server.</translation>
    </message>
    <message>
        <source>The database URL “%1” has a port outside 1–65535.</source>
        <translation>De database-URL “%1” heeft een poort buiten 1–65535.</translation>
    </message>
    <message>
        <source>The database URL “%1” names no database.</source>
        <translation>De database-URL “%1” bevat geen databasenaam.</translation>
    </message>
    <message>
        <source>The database URL “%1” has the option “%2”, which Kassa does not support.</source>
        <translation>De database-URL “%1” bevat de optie “%2”, die Kassa niet ondersteunt.</translation>
    </message>
    <message>
        <source>The database URL “%1” has an invalid value for the option “%2”.</source>
        <translation>De database-URL “%1” heeft een ongeldige waarde voor de optie “%2”.</translation>
    </message>
</context>
<context>
    <name>kassa::store::Migrator</name>
    <message>
        <source>The database reported an error while updating its structure: %1</source>
        <translation>De database meldde een fout bij het bijwerken van de structuur: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the database server is reachable and that the user may create tables, then start Kassa again.</source>
        <translation>Er is niets gewijzigd. Controleer of de databaseserver bereikbaar is en of de gebruiker tabellen mag aanmaken, en start Kassa daarna opnieuw.</translation>
    </message>
    <message>
        <source>The migration %1 has an invalid name.</source>
        <translation>De migratie %1 heeft een ongeldige naam.</translation>
    </message>
    <message>
        <source>The migration %1 cannot be read.</source>
        <translation>De migratie %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The migrations are not numbered consecutively.</source>
        <translation>De migraties zijn niet doorlopend genummerd.</translation>
    </message>
    <message>
        <source>This database was last used by a newer version of Kassa (database version %1; this Kassa understands up to %2).</source>
        <translation>Deze database is het laatst gebruikt door een nieuwere versie van Kassa (databaseversie %1; deze Kassa ondersteunt tot en met %2).</translation>
    </message>
    <message>
        <source>Install the newer Kassa again, or open another profile. The database was not changed.</source>
        <translation>Installeer de nieuwere Kassa opnieuw of open een ander profiel. De database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Het bijwerken van de database naar versie %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Nothing was changed; the database is still at version %1. Send the log file to support.</source>
        <translation>Er is niets gewijzigd; de database staat nog op versie %1. Stuur het logbestand naar support.</translation>
    </message>
</context>
<context>
    <name>kassa::store::TransferStore</name>
    <message>
        <source>The database refused to record a transfer: %1</source>
        <translation>De database weigerde een overboeking vast te leggen: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AboutDialog</name>
    <message>
        <source>About Kassa</source>
        <translation>Over Kassa</translation>
    </message>
    <message>
        <source>Kassa %1</source>
        <translation>Kassa %1</translation>
    </message>
    <message>
        <source>A wallet-and-payment console for merchants who take USDT on Tron and Ethereum-family chains, straight into their own addresses.</source>
        <translation>Een wallet- en betaalconsole voor handelaren die USDT ontvangen op Tron en chains uit de Ethereum-familie, rechtstreeks op hun eigen adressen.</translation>
    </message>
    <message>
        <source>via Qt SQL</source>
        <translation>via Qt SQL</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>publiek domein</translation>
    </message>
    <message>
        <source>Kassa is free software under the MIT License.</source>
        <translation>Kassa is vrije software onder de MIT-licentie.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gebouwd met</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>The full license texts are installed with Kassa in /usr/share/doc/kassa.</source>
        <translation>De volledige licentieteksten worden met Kassa geïnstalleerd in /usr/share/doc/kassa.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AccountDialog</name>
    <message>
        <source>Owner: add operators, change their roles and the payout policy.</source>
        <translation>Eigenaar: operators toevoegen, hun rollen en het uitbetalingsbeleid wijzigen.</translation>
    </message>
    <message>
        <source>Approver: approve or reject payouts requested by others.</source>
        <translation>Goedkeurder: uitbetalingen die anderen aanvragen goedkeuren of afwijzen.</translation>
    </message>
    <message>
        <source>Clerk: request payouts and handle orders.</source>
        <translation>Medewerker: uitbetalingen aanvragen en bestellingen afhandelen.</translation>
    </message>
    <message>
        <source>Auditor: read the audit log and export it.</source>
        <translation>Auditor: het auditlog lezen en exporteren.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A list of role names grows one at a time: %1 is the list so far, %2 the next role (&quot;Owner, Approver&quot;).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mijn account</translation>
    </message>
    <message>
        <source>Signed in as %1 (login name: %2). Roles: %3.</source>
        <translation>Aangemeld als %1 (inlognaam: %2). Rollen: %3.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Herhaal:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Tweestapsaanmelding</translation>
    </message>
    <message>
        <source>Set up again…</source>
        <translation>Opnieuw instellen…</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Instellen…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), or type the secret into it. Then enter the code the app shows.</source>
        <translation>Scan deze code met een authenticator-app (bijvoorbeeld FreeOTP, Aegis of Google Authenticator) of typ het geheim erin. Voer daarna de code in die de app toont.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheim:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Code uit de app:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>On: signing in and each approval ask for a 6-digit code from your authenticator app.</source>
        <translation>Aan: bij aanmelden en bij elke goedkeuring wordt een 6-cijferige code uit je authenticator-app gevraagd.</translation>
    </message>
    <message>
        <source>Off: only your password protects this account. Turn it on for payouts.</source>
        <translation>Uit: alleen je wachtwoord beschermt dit account. Zet het aan voor uitbetalingen.</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>Het nieuwe wachtwoord moet minstens %n teken hebben.</numerusform>
            <numerusform>Het nieuwe wachtwoord moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>De twee nieuwe wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Je wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.</translation>
    </message>
    <message>
        <source>Two-step sign-in is on.</source>
        <translation>Tweestapsaanmelding staat aan.</translation>
    </message>
    <message>
        <source>Two-step sign-in is off.</source>
        <translation>Tweestapsaanmelding staat uit.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AddressBookWidget</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Can receive</source>
        <translation>Kan ontvangen</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>From %1, once another owner confirms</source>
        <extracomment>%1 is a date and time.</extracomment>
        <translation>Vanaf %1, zodra een andere eigenaar bevestigt</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>%1 is a date and time: the end of the cool-down.</extracomment>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Once another owner confirms</source>
        <translation>Zodra een andere eigenaar bevestigt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No addresses yet. Payouts to an address outside the book need the highest approval tier.</source>
        <translation>Nog geen adressen. Uitbetalingen naar een adres buiten het adresboek hebben het hoogste goedkeuringsniveau nodig.</translation>
    </message>
    <message>
        <source>Saved “%1”. It can receive payouts from %2.</source>
        <extracomment>%1 is the entry&apos;s name, %2 a date and time.</extracomment>
        <translation>“%1” opgeslagen. Het kan uitbetalingen ontvangen vanaf %2.</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Adres verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from the address book? Payouts to it will need the highest approval tier.</source>
        <translation>“%1” (%2) uit het adresboek verwijderen? Uitbetalingen ernaartoe hebben dan het hoogste goedkeuringsniveau nodig.</translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation>Adres bevestigen</translation>
    </message>
    <message>
        <source>Confirm “%1” (%2), added or changed by %3? Check the address with them on another channel first.</source>
        <translation>“%1” (%2) bevestigen, toegevoegd of gewijzigd door %3? Controleer het adres eerst met hen via een ander kanaal.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AddressEntryDialog</name>
    <message>
        <source>Rename address-book entry</source>
        <translation>Adresboekvermelding hernoemen</translation>
    </message>
    <message>
        <source>Add to the address book</source>
        <translation>Toevoegen aan het adresboek</translation>
    </message>
    <message>
        <source>Who or what it is, e.g. the supplier&apos;s name</source>
        <translation>Wie of wat het is, bijv. de naam van de leverancier</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message numerus="yes">
        <source>A new name starts a new cool-down: payouts to this address wait %n hour(s) from now.</source>
        <translation>
            <numerusform>Een nieuwe naam start een nieuwe wachttijd: uitbetalingen naar dit adres wachten vanaf nu %n uur.</numerusform>
            <numerusform>Een nieuwe naam start een nieuwe wachttijd: uitbetalingen naar dit adres wachten vanaf nu %n uur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts to a new address wait %n hour(s) from now (the cool-down).</source>
        <translation>
            <numerusform>Uitbetalingen naar een nieuw adres wachten vanaf nu %n uur (de wachttijd).</numerusform>
            <numerusform>Uitbetalingen naar een nieuw adres wachten vanaf nu %n uur (de wachttijd).</numerusform>
        </translation>
    </message>
    <message>
        <source>With two or more owners, another owner has to confirm the entry too. The change is recorded in the audit log.</source>
        <translation>Met twee of meer eigenaren moet ook een andere eigenaar de vermelding bevestigen. De wijziging wordt vastgelegd in het auditlogboek.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>The address is valid.</source>
        <translation>Het adres is geldig.</translation>
    </message>
    <message>
        <source>Valid; it is saved as %1</source>
        <translation>Geldig; het wordt opgeslagen als %1</translation>
    </message>
    <message>
        <source>Give the address a name.</source>
        <translation>Geef het adres een naam.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Application</name>
    <message>
        <source>Internal error</source>
        <translation>Interne fout</translation>
    </message>
    <message>
        <source>Kassa ran into an internal error and stopped what it was doing. No payment or payout was changed by it. The details are in the log file; please send it to support.</source>
        <translation>Kassa is op een interne fout gestuit en heeft de lopende handeling gestopt. Er is daardoor geen betaling of uitbetaling gewijzigd. De details staan in het logbestand; stuur dit naar support.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AuditLogModel</name>
    <message>
        <source>%1 (API key)</source>
        <extracomment>An action done by a storefront or script through an API key; %1 is the key&apos;s name.</extracomment>
        <translation>%1 (API-sleutel)</translation>
    </message>
    <message>
        <source>Kassa (automatic)</source>
        <extracomment>An action Kassa did by itself (a timer, a watcher).</extracomment>
        <translation>Kassa (automatisch)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column header: who did the action.</extracomment>
        <translation>Door</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Concerning</source>
        <extracomment>Column header: what the action was about (a payout, an order, a wallet).</extracomment>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>kassa::ui::AuditLogPage</name>
    <message>
        <source>The audit log is empty</source>
        <translation>Het auditlog is leeg</translation>
    </message>
    <message>
        <source>Every security-relevant action — sign-ins, approvals, payouts, exports and changes to settings — is recorded here in a log that cannot be quietly edited.</source>
        <translation>Elke beveiligingsrelevante handeling — aanmeldingen, goedkeuringen, uitbetalingen, exports en wijzigingen in instellingen — wordt hier vastgelegd in een log dat niet ongemerkt kan worden aangepast.</translation>
    </message>
    <message>
        <source>Entries appear as you and your colleagues use Kassa.</source>
        <translation>Vermeldingen verschijnen zodra jij en je collega&apos;s Kassa gebruiken.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Geen vermeldingen die aan deze filters voldoen.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Search names, subjects and details</source>
        <translation>Zoek in namen, onderwerpen en details</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Integriteit controleren</translation>
    </message>
    <message>
        <source>Recompute the chain of hashes that links every entry to the one before it and report the first entry that was changed, removed or inserted.</source>
        <translation>Berekent de keten van hashes die elke vermelding aan de vorige koppelt opnieuw en meldt de eerste vermelding die is gewijzigd, verwijderd of ingevoegd.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Geselecteerde vermelding</translation>
    </message>
    <message>
        <source>Select an entry to see everything it recorded.</source>
        <translation>Selecteer een vermelding om alles te zien wat ze heeft vastgelegd.</translation>
    </message>
    <message>
        <source>Entry %1, %2 (UTC)</source>
        <translation>Vermelding %1, %2 (UTC)</translation>
    </message>
    <message>
        <source>By: %1 (%2)</source>
        <translation>Door: %1 (%2)</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Actie: %1 (%2)</translation>
    </message>
    <message>
        <source>Concerning: %1 %2</source>
        <translation>Betreft: %1 %2</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>Vorige hash: %1</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Elke vermelding van het auditlog wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Audit log check</source>
        <translation>Controle van het auditlog</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: all %n entries link up.</source>
        <translation>
            <numerusform>Het auditlog is intact: de %n vermelding sluit aan.</numerusform>
            <numerusform>Het auditlog is intact: alle %n vermeldingen sluiten op elkaar aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with. %1</source>
        <translation>Er is met het auditlog geknoeid. %1</translation>
    </message>
    <message>
        <source>Keep this computer and the database as they are and tell the owner of the business. Restore the database from a backup to compare.</source>
        <translation>Laat deze computer en de database zoals ze zijn en waarschuw de eigenaar van het bedrijf. Zet de database terug vanuit een back-up om te vergelijken.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Auditlog exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n vermelding naar %1 geschreven.</numerusform>
            <numerusform>%n vermeldingen naar %1 geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ChainSettingsWidget</name>
    <message>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <source>Choose the networks Kassa watches for payments to your addresses, and the nodes it asks. Kassa checks the nodes before it saves.</source>
        <translation>Kies de netwerken waarop Kassa betalingen naar je adressen volgt, en de nodes die het raadpleegt. Kassa controleert de nodes voordat het opslaat.</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Watch this chain</source>
        <translation>Deze chain volgen</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>Chain-id:</translation>
    </message>
    <message>
        <source>Node addresses:</source>
        <translation>Node-adressen:</translation>
    </message>
    <message>
        <source>One per line, in order of preference. Kassa switches to the next when one fails.</source>
        <translation>Eén per regel, in volgorde van voorkeur. Kassa schakelt over naar de volgende als er een uitvalt.</translation>
    </message>
    <message>
        <source>WebSocket addresses:</source>
        <translation>WebSocket-adressen:</translation>
    </message>
    <message>
        <source>Optional. With one, new blocks arrive within milliseconds; without, Kassa asks regularly.</source>
        <translation>Optioneel. Met een WebSocket komen nieuwe blokken binnen milliseconden binnen; zonder vraagt Kassa er regelmatig naar.</translation>
    </message>
    <message>
        <source>TronGrid address:</source>
        <translation>TronGrid-adres:</translation>
    </message>
    <message>
        <source>TronGrid API key:</source>
        <translation>TronGrid-API-sleutel:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>Add token</source>
        <translation>Token toevoegen</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Token verwijderen</translation>
    </message>
    <message>
        <source>A payment is final:</source>
        <translation>Een betaling is definitief:</translation>
    </message>
    <message>
        <source>Poll interval (milliseconds):</source>
        <translation>Pollinterval (milliseconden):</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Controleren en opslaan</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>%1 (watching)</source>
        <extracomment>An entry of the chain list in Settings → Chains: &quot;Ethereum (watching)&quot;</extracomment>
        <translation>%1 (gevolgd)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (uit)</translation>
    </message>
    <message>
        <source>The chain id of your test node.</source>
        <translation>De chain-id van je testnode.</translation>
    </message>
    <message>
        <source>Fixed for this network; the nodes must report the same.</source>
        <translation>Vast voor dit netwerk; de nodes moeten dezelfde melden.</translation>
    </message>
    <message>
        <source>When the network marks its block final</source>
        <translation>Zodra het netwerk het blok definitief verklaart</translation>
    </message>
    <message>
        <source>When its block is solidified</source>
        <translation>Zodra het blok gesolidificeerd is</translation>
    </message>
    <message>
        <source>After a number of confirmations</source>
        <translation>Na een aantal bevestigingen</translation>
    </message>
    <message>
        <source>Confirmations:</source>
        <translation>Bevestigingen:</translation>
    </message>
    <message>
        <source>Fallback confirmations:</source>
        <translation>Reservebevestigingen:</translation>
    </message>
    <message>
        <source>A payment is final after this many blocks (its own block counts as one).</source>
        <translation>Een betaling is definitief na zoveel blokken (het eigen blok telt als één).</translation>
    </message>
    <message>
        <source>Used only if the node does not report finality itself.</source>
        <translation>Alleen gebruikt als de node zelf niet meldt wat definitief is.</translation>
    </message>
    <message>
        <source>The chain id must be a whole number.</source>
        <translation>De chain-id moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Niet opgeslagen: corrigeer de gemarkeerde velden.</translation>
    </message>
    <message>
        <source>Checking the nodes…</source>
        <translation>De nodes worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
    <message>
        <source>The nodes of this chain cannot be checked before saving yet; watch the status bar.</source>
        <translation>De nodes van deze chain kunnen nog niet vooraf worden gecontroleerd; houd de statusbalk in de gaten.</translation>
    </message>
    <message>
        <source>Saved. Kassa is watching %1.</source>
        <translation>Opgeslagen. Kassa volgt %1.</translation>
    </message>
    <message>
        <source>Saved. Kassa does not watch %1.</source>
        <translation>Opgeslagen. Kassa volgt %1 niet.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DashboardPage</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nog niets te tonen</translation>
    </message>
    <message>
        <source>The dashboard shows today&apos;s takings, payments waiting for confirmations and callbacks that need your attention.</source>
        <translation>Het dashboard toont de omzet van vandaag, betalingen die op bevestigingen wachten en callbacks die je aandacht nodig hebben.</translation>
    </message>
    <message>
        <source>To get started, add a wallet on the Wallets page, then choose the chains to watch in Settings.</source>
        <translation>Voeg om te beginnen een wallet toe op de pagina Wallets en kies daarna in Instellingen welke chains je wilt volgen.</translation>
    </message>
    <message>
        <source>Waiting for confirmations</source>
        <translation>Wachten op bevestigingen</translation>
    </message>
    <message>
        <source>Payments to your addresses that are on the chain but not final yet. An order counts as paid once its payment has every confirmation.</source>
        <translation>Betalingen naar je adressen die op de chain staan maar nog niet definitief zijn. Een bestelling telt als betaald zodra de betaling alle bevestigingen heeft.</translation>
    </message>
    <message>
        <source>Try It on a Local Test Network</source>
        <translation>Probeer het op een lokaal testnetwerk</translation>
    </message>
    <message>
        <source>Starts a separate demo profile on a private test chain with play money, so you can watch orders being paid. Your own settings are not touched.</source>
        <translation>Start een apart demoprofiel op een eigen testchain met speelgeld, zodat u kunt zien hoe bestellingen worden betaald. Uw eigen instellingen blijven ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DemoSimulatorPanel</name>
    <message>
        <source>Storefront Simulator (DEMO)</source>
        <translation>Webwinkelsimulator (DEMO)</translation>
    </message>
    <message>
        <source>A pretend shop creates an order every few seconds through the storefront API and pays most of them exactly, some with too little and some too late, from test accounts. Play money only.</source>
        <translation>Een nepwinkel maakt om de paar seconden een bestelling aan via de webwinkel-API en betaalt de meeste precies, sommige te weinig en sommige te laat, vanaf testrekeningen. Alleen speelgeld.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Order %1 created: %2 USDT to %3</source>
        <translation>Bestelling %1 aangemaakt: %2 USDT naar %3</translation>
    </message>
    <message>
        <source>Paid too little for order %1: %2 USDT</source>
        <translation>Te weinig betaald voor bestelling %1: %2 USDT</translation>
    </message>
    <message>
        <source>Paid order %1 after it expired: %2 USDT</source>
        <translation>Bestelling %1 betaald na het verlopen: %2 USDT</translation>
    </message>
    <message>
        <source>Paid order %1 exactly: %2 USDT</source>
        <translation>Bestelling %1 precies betaald: %2 USDT</translation>
    </message>
    <message>
        <source>Callback for order %1: signature valid, status %2, transaction %3</source>
        <translation>Callback voor bestelling %1: handtekening geldig, status %2, transactie %3</translation>
    </message>
    <message>
        <source>Callback for order %1 with an INVALID signature</source>
        <translation>Callback voor bestelling %1 met een ONGELDIGE handtekening</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DemoStartupWindow</name>
    <message>
        <source>Starting the local test network (anvil)</source>
        <translation>Het lokale testnetwerk (anvil) wordt gestart</translation>
    </message>
    <message>
        <source>Found the test USDT from the last demo on the saved test chain</source>
        <translation>De test-USDT van de vorige demo staat al op de bewaarde testchain</translation>
    </message>
    <message>
        <source>Deploying the test USDT (6 decimals)</source>
        <translation>De test-USDT (6 decimalen) wordt uitgerold</translation>
    </message>
    <message>
        <source>Funding the payout wallet and nine customer accounts with test USDT</source>
        <translation>De uitbetalingswallet en negen klantaccounts krijgen test-USDT</translation>
    </message>
    <message>
        <source>Writing the demo profile&apos;s settings</source>
        <translation>De instellingen van het demoprofiel worden geschreven</translation>
    </message>
    <message>
        <source>Opening the demo profile</source>
        <translation>Het demoprofiel wordt geopend</translation>
    </message>
    <message>
        <source>Starting the storefront listener on 127.0.0.1</source>
        <translation>De listener voor de webwinkel op 127.0.0.1 wordt gestart</translation>
    </message>
    <message>
        <source>Starting the storefront simulator</source>
        <translation>De webwinkelsimulator wordt gestart</translation>
    </message>
    <message>
        <source>Starting the demo</source>
        <translation>De demo wordt gestart</translation>
    </message>
    <message numerus="yes">
        <source>The demo made no progress for %n second(s): “%1” did not finish.</source>
        <translation>
            <numerusform>De demo is %n seconde niet verder gekomen: “%1” is niet afgerond.</numerusform>
            <numerusform>De demo is %n seconden niet verder gekomen: “%1” is niet afgerond.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again. If it stalls again, quit and start “kassa --demo” from a terminal to read its messages.</source>
        <translation>Probeer het opnieuw. Blijft het hangen, sluit dan af en start “kassa --demo” vanuit een terminal om de meldingen te lezen.</translation>
    </message>
    <message>
        <source>Kassa — starting the DEMO (test network, not real money)</source>
        <translation>Kassa — DEMO wordt gestart (testnetwerk, geen echt geld)</translation>
    </message>
    <message>
        <source>DEMO — a local test network with play money. Nothing here is real money.</source>
        <translation>DEMO — een lokaal testnetwerk met speelgeld. Niets hier is echt geld.</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>De demo is niet gestart</translation>
    </message>
    <message numerus="yes">
        <source>This takes a few seconds (%n s so far).</source>
        <translation>
            <numerusform>Dit duurt een paar seconden (%n s tot nu toe).</numerusform>
            <numerusform>Dit duurt een paar seconden (%n s tot nu toe).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>kassa::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Uitbetalingen</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Nog geen bestellingen</translation>
    </message>
    <message>
        <source>Orders from your storefront appear here with their status, the payments that settled them and the callbacks sent to your shop. You can search, filter and export them.</source>
        <translation>Bestellingen uit je webwinkel verschijnen hier met hun status, de betalingen waarmee ze zijn voldaan en de callbacks die naar je winkel zijn gestuurd. Je kunt ze zoeken, filteren en exporteren.</translation>
    </message>
    <message>
        <source>Turn on the storefront listener in Settings and point your shop&apos;s Epusdt plugin at Kassa.</source>
        <translation>Zet in Instellingen de listener voor de webwinkel aan en laat de Epusdt-plug-in van je winkel naar Kassa verwijzen.</translation>
    </message>
    <message>
        <source>No payouts yet</source>
        <translation>Nog geen uitbetalingen</translation>
    </message>
    <message>
        <source>Refunds, supplier payments and withdrawals appear here, with the approvals each one needs and its progress on chain.</source>
        <translation>Terugbetalingen, betalingen aan leveranciers en opnames verschijnen hier, met de goedkeuringen die elk ervan nodig heeft en de voortgang op de chain.</translation>
    </message>
    <message>
        <source>Payouts need a payout wallet and at least one colleague to approve them. Set up a payout wallet on the Wallets page.</source>
        <translation>Voor uitbetalingen zijn een uitbetalingswallet en minstens één collega nodig die ze goedkeurt. Stel een uitbetalingswallet in op de pagina Wallets.</translation>
    </message>
    <message>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kassa</source>
        <translation>&amp;Over Kassa</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Show Kassa</source>
        <translation>Kassa tonen</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Niet actief: %1</translation>
    </message>
    <message>
        <source>No chains are being watched yet.</source>
        <translation>Er worden nog geen chains gevolgd.</translation>
    </message>
    <message>
        <source>%1: block %2 via %3</source>
        <translation>%1: blok %2 via %3</translation>
    </message>
    <message>
        <source>%1: disconnected (%2)</source>
        <translation>%1: verbinding verbroken (%2)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>Database ready</source>
        <translation>Database gereed</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>Database niet beschikbaar</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: verbinden…</translation>
    </message>
    <message numerus="yes">
        <source>%1: block %2, %n block(s) behind</source>
        <translation>
            <numerusform>%1: blok %2, %n blok achter</numerusform>
            <numerusform>%1: blok %2, %n blokken achter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: block %2 via %3, %n block(s) behind</source>
        <translation>
            <numerusform>%1: blok %2 via %3, %n blok achter</numerusform>
            <numerusform>%1: blok %2 via %3, %n blokken achter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: block %2</source>
        <translation>%1: blok %2</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Node: %1</translation>
    </message>
    <message>
        <source>Newest block: %1</source>
        <translation>Nieuwste blok: %1</translation>
    </message>
    <message>
        <source>Blocks not yet processed: %1</source>
        <translation>Nog niet verwerkte blokken: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Laatste fout: %1</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>Mijn &amp;account…</translation>
    </message>
    <message>
        <source>Payout &amp;policy…</source>
        <translation>Uitbetalings&amp;beleid…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Kassa is locked</source>
        <translation>Kassa is vergrendeld</translation>
    </message>
    <message>
        <source>Sign in with your operator account to see orders, payouts and wallets.</source>
        <translation>Meld je aan met je operatoraccount om bestellingen, uitbetalingen en wallets te zien.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Kassa — DEMO (test network, not real money)</source>
        <translation>Kassa — DEMO (testnetwerk, geen echt geld)</translation>
    </message>
    <message>
        <source>DEMO — a local test network with play money. Nothing here is real money: never send real funds to these addresses.</source>
        <translation>DEMO — een lokaal testnetwerk met speelgeld. Niets hier is echt geld: stuur nooit echt geld naar deze adressen.</translation>
    </message>
    <message>
        <source>Try It on a &amp;Local Test Network</source>
        <translation>Probeer het op een &amp;lokaal testnetwerk</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NewPayoutDialog</name>
    <message>
        <source>New payout request</source>
        <translation>Nieuw uitbetalingsverzoek</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A token on a chain, e.g. &quot;USDT on Ethereum&quot;.</extracomment>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>What is it for? Approvers read this.</source>
        <translation>Waarvoor is het? Goedkeurders lezen dit.</translation>
    </message>
    <message>
        <source>Optional: invoice or ticket number</source>
        <translation>Optioneel: factuur- of ticketnummer</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Asset:</translation>
    </message>
    <message>
        <source>To address:</source>
        <translation>Naar adres:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Bedrag:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>Uitbetaling aanvragen</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Voer een bedrag boven nul in.</translation>
    </message>
    <message>
        <source>≈ %1 %2 (rate %3, %4)</source>
        <extracomment>The fiat value of the payout and where the rate came from, e.g. &quot;≈ 1,234.50 USD (rate 1.0001, okx)&quot;.</extracomment>
        <translation>≈ %1 %2 (koers %3, %4)</translation>
    </message>
    <message>
        <source>Say what the payout is for.</source>
        <translation>Geef aan waarvoor de uitbetaling is.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OperatorDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen van %1</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Operator toevoegen</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Inlognaam:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Volledige naam:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Herhaal wachtwoord:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Rollen opslaan</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Het wachtwoord moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Kies minstens één rol.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OperatorsPage</name>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Tweestapsaanmelding</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation>Rollen…</translation>
    </message>
    <message>
        <source>Clear lockout</source>
        <translation>Blokkering opheffen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>Role changes waiting for another owner</source>
        <translation>Rolwijzigingen die op een andere eigenaar wachten</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Bevestigen…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Weigeren…</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (proposed by %4, %5)</source>
        <extracomment>%1 operator&apos;s name, %2 roles now, %3 proposed roles, %4 the owner who proposed it, %5 date and time.</extracomment>
        <translation>%1: %2 → %3 (voorgesteld door %4, %5)</translation>
    </message>
    <message>
        <source>Give %1 the roles %2? Enter your password to confirm it is you.</source>
        <translation>%1 de rollen %2 geven? Voer je wachtwoord in om te bevestigen dat jij het bent.</translation>
    </message>
    <message>
        <source>Reject the change of %1&apos;s roles proposed by %2? Enter your password to confirm it is you.</source>
        <translation>De door %2 voorgestelde wijziging van de rollen van %1 weigeren? Voer je wachtwoord in om te bevestigen dat jij het bent.</translation>
    </message>
    <message>
        <source>Confirm role change</source>
        <translation>Rolwijziging bevestigen</translation>
    </message>
    <message>
        <source>Reject role change</source>
        <translation>Rolwijziging weigeren</translation>
    </message>
    <message>
        <source>The role change is applied.</source>
        <translation>De rolwijziging is doorgevoerd.</translation>
    </message>
    <message>
        <source>The role change is rejected.</source>
        <translation>De rolwijziging is geweigerd.</translation>
    </message>
    <message>
        <source>Another owner has to confirm this change; it is listed above until then.</source>
        <translation>Een andere eigenaar moet deze wijziging bevestigen; tot dan staat ze hierboven.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrdersModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>Order status: reserved, nothing paid yet.</extracomment>
        <translation>Wacht op betaling</translation>
    </message>
    <message>
        <source>Confirming</source>
        <extracomment>Order status: a payment was seen on the chain and is not final yet.</extracomment>
        <translation>Wordt bevestigd</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Order status: the payment window passed without a payment.</extracomment>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Paid late</source>
        <extracomment>Order status: paid after the window closed; an operator decides.</extracomment>
        <translation>Te laat betaald</translation>
    </message>
    <message>
        <source>Underpaid</source>
        <translation>Te weinig betaald</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Te veel betaald</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Reverted</source>
        <extracomment>Order status: the paying transaction left the chain (reorg) after the order was paid.</extracomment>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>An order&apos;s amount with its fiat price: %1 = &quot;12.5 USDT&quot;, %2 = &quot;88&quot;, %3 = &quot;CNY&quot;.</extracomment>
        <translation>%1 (%2) {1 ?} {2 %3)?}</translation>
    </message>
    <message>
        <source>Asked %1, received %2</source>
        <extracomment>Tooltip of an order&apos;s amount: %1 asked, %2 received (exact amounts with the asset).</extracomment>
        <translation>Gevraagd %1, ontvangen %2</translation>
    </message>
    <message>
        <source>Needs an operator</source>
        <translation>Een medewerker moet dit afhandelen</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the order was created.</extracomment>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Shop order</source>
        <extracomment>Column header: the storefront&apos;s own order number.</extracomment>
        <translation>Winkelbestelling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header: the receive address the customer pays to.</extracomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Trade ID</source>
        <extracomment>Column header: Kassa&apos;s own id of the order (24 digits).</extracomment>
        <translation>Transactie-ID</translation>
    </message>
    <message>
        <source>Seen, not final</source>
        <extracomment>A transfer&apos;s stage: in a block, not enough confirmations yet.</extracomment>
        <translation>Gezien, nog niet definitief</translation>
    </message>
    <message>
        <source>Final</source>
        <extracomment>A transfer&apos;s stage: it has all the confirmations it needs.</extracomment>
        <translation>Definitief</translation>
    </message>
    <message>
        <source>Orphaned by a reorg</source>
        <extracomment>A transfer&apos;s stage: its block left the chain (a reorganisation).</extracomment>
        <translation>Verweesd door een reorganisatie</translation>
    </message>
    <message>
        <source>Failed on chain</source>
        <extracomment>A transfer&apos;s stage: the transaction was mined but failed (reverted).</extracomment>
        <translation>Mislukt op de chain</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OrdersPage</name>
    <message>
        <source>Paid today</source>
        <translation>Vandaag betaald</translation>
    </message>
    <message>
        <source>Orders waiting</source>
        <translation>Wachtende bestellingen</translation>
    </message>
    <message>
        <source>Callbacks failing</source>
        <translation>Mislukte callbacks</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <extracomment>Tab: deliveries of payment notices to the shop that gave up.</extracomment>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Search by order ID, trade ID, transaction hash or address</source>
        <translation>Zoek op bestelnummer, transactie-ID, transactiehash of adres</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All chains</source>
        <translation>Alle chains</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Date filter: orders created on or after this day.</extracomment>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Date filter: orders created on or before this day.</extracomment>
        <translation>Tot</translation>
    </message>
    <message>
        <source>any day</source>
        <extracomment>Shown in a date filter that is not set.</extracomment>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>Als betaald markeren…</translation>
    </message>
    <message>
        <source>Attach transfer…</source>
        <translation>Overboeking koppelen…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Bestelling annuleren…</translation>
    </message>
    <message>
        <source>Resend callback</source>
        <translation>Callback opnieuw sturen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>Payment notices to the shop that gave up after every retry. Fix the shop, then resend.</source>
        <translation>Betaalmeldingen aan de webwinkel die na elke nieuwe poging zijn opgegeven. Herstel de winkel en stuur ze dan opnieuw.</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Bestellingen worden geladen…</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>Geen bestellingen voldoen aan deze filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n bestelling</numerusform>
            <numerusform>%n bestellingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to see its timeline, transfers and callbacks.</source>
        <translation>Kies een bestelling om de tijdlijn, overboekingen en callbacks te zien.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestelling %1</translation>
    </message>
    <message>
        <source>Trade ID</source>
        <translation>Transactie-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Rate</source>
        <extracomment>%1 = rate, %2 = fiat, %3 = asset, %4 = source (&quot;manual&quot;).</extracomment>
        <translation>Koers</translation>
    </message>
    <message>
        <source>%1 %2 per %3 (%4)</source>
        <translation>%1 %2 per %3 (%4)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Overboekingen</translation>
    </message>
    <message>
        <source>No transfer has reached this order.</source>
        <translation>Er is nog geen overboeking voor deze bestelling binnengekomen.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3) — %4</source>
        <extracomment>A transfer in the order details: %1 amount, %2 outcome, %3 stage (&quot;Final&quot;), %4 tx hash.</extracomment>
        <translation>%1 — %2 (%3) — %4</translation>
    </message>
    <message>
        <source>No callback for this order.</source>
        <translation>Geen callback voor deze bestelling.</translation>
    </message>
    <message>
        <source>%1 to %2 — %3 of %4 tries</source>
        <extracomment>%1 event (&quot;order.paid&quot;), %2 URL, %3 tries so far, %4 most tries.</extracomment>
        <translation>%1 naar %2 — %3 van %4 pogingen</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Mark order paid</source>
        <translation>Bestelling als betaald markeren</translation>
    </message>
    <message>
        <source>Mark order %1 (%2) as paid? The shop is told it was paid. Only do this when the money arrived another way.</source>
        <translation>Bestelling %1 (%2) als betaald markeren? De webwinkel krijgt bericht dat er betaald is. Doe dit alleen als het geld op een andere manier binnenkwam.</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Als betaald markeren</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestelling annuleren</translation>
    </message>
    <message>
        <source>Cancel order %1 (%2)? A payment that arrives later is kept for an operator.</source>
        <translation>Bestelling %1 (%2) annuleren? Een betaling die later binnenkomt, blijft bewaard voor een medewerker.</translation>
    </message>
    <message>
        <source>Attach a transfer</source>
        <translation>Een overboeking koppelen</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <extracomment>A transfer to choose: %1 amount, %2 sender, %3 tx hash.</extracomment>
        <translation>%1 van %2 (%3)</translation>
    </message>
    <message>
        <source>No unmatched, late or wrong-amount transfer to %1 is waiting for an operator.</source>
        <translation>Er wacht geen niet-gekoppelde, te late of verkeerde overboeking naar %1 op een medewerker.</translation>
    </message>
    <message>
        <source>Credit one of these transfers to order %1 (%2) and mark it paid?</source>
        <translation>Een van deze overboekingen aan bestelling %1 (%2) toekennen en deze als betaald markeren?</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Send the %1 notice to %2 again?</source>
        <translation>De melding %1 opnieuw naar %2 sturen?</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Bestellingen exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to %1.</source>
        <translation>
            <numerusform>%n bestelling naar %1 geschreven.</numerusform>
            <numerusform>%n bestellingen naar %1 geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Herhaal:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutApprovalDialog</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve payout</source>
        <translation>Uitbetaling goedkeuren</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Asset:</translation>
    </message>
    <message>
        <source>%1 (contract %2)</source>
        <translation>%1 (contract %2)</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Naar:</translation>
    </message>
    <message>
        <source>In the address book as “%1”, added or changed %2.</source>
        <translation>In het adresboek als ‘%1’, toegevoegd of gewijzigd %2.</translation>
    </message>
    <message>
        <source>Not in the address book: this payout needs the highest approval tier.</source>
        <translation>Niet in het adresboek: deze uitbetaling vraagt de hoogste goedkeuringstrap.</translation>
    </message>
    <message>
        <source>Address book:</source>
        <translation>Adresboek:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Bedrag:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Koers:</translation>
    </message>
    <message>
        <source>%1 %2 per %3 from %4, %5</source>
        <translation>%1 %2 per %3 van %4, %5</translation>
    </message>
    <message>
        <source>Network fee:</source>
        <translation>Netwerkkosten:</translation>
    </message>
    <message>
        <source>Estimated when the payout is signed, within the fee cap; paid from the hot wallet.</source>
        <translation>Geschat bij het ondertekenen, binnen het kostenplafond; betaald uit de hot wallet.</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Aangevraagd door:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referentie:</translation>
    </message>
    <message>
        <source>Approved by %1, %2</source>
        <translation>Goedgekeurd door %1, %2</translation>
    </message>
    <message>
        <source>Rejected by %1, %2: %3</source>
        <translation>Afgewezen door %1, %2: %3</translation>
    </message>
    <message>
        <source>So far:</source>
        <translation>Tot nu toe:</translation>
    </message>
    <message>
        <source>No approvals yet.</source>
        <translation>Nog geen goedkeuringen.</translation>
    </message>
    <message>
        <source>Two approvers and an owner (%1 so far).</source>
        <translation>Twee goedkeurders en een eigenaar (tot nu toe %1).</translation>
    </message>
    <message>
        <source>Two different approvers (%1 so far).</source>
        <translation>Twee verschillende goedkeurders (tot nu toe %1).</translation>
    </message>
    <message>
        <source>One approver.</source>
        <translation>Eén goedkeurder.</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Beleid:</translation>
    </message>
    <message>
        <source>Needed to reject</source>
        <translation>Nodig om af te wijzen</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Say why you reject the payout.</source>
        <translation>Geef aan waarom je de uitbetaling afwijst.</translation>
    </message>
    <message>
        <source>Enter your password to confirm this decision.</source>
        <translation>Voer je wachtwoord in om deze beslissing te bevestigen.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutsModel</name>
    <message>
        <source>Awaiting approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>Wacht op mijn goedkeuring</translation>
    </message>
    <message>
        <source>Awaiting others</source>
        <translation>Wacht op anderen</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Klaar om te verzenden</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Onderweg</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Failed or rejected</source>
        <translation>Mislukt of afgewezen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Goedkeuringen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PayoutsPage</name>
    <message>
        <source>All payouts</source>
        <translation>Alle uitbetalingen</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nieuw verzoek…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Beoordelen…</translation>
    </message>
    <message>
        <source>Nothing in this queue.</source>
        <translation>Niets in deze wachtrij.</translation>
    </message>
    <message>
        <source>No payout requests yet. A clerk or an owner can request one with New request.</source>
        <translation>Nog geen uitbetalingsverzoeken. Een medewerker of eigenaar kan er een aanvragen met Nieuw verzoek.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Adresboek</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PendingTransfersModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorganised — waiting</source>
        <translation>Gereorganiseerd — wachten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>The block with this transfer left the chain. It counts again once it is seen in a new block.</source>
        <translation>Het blok met deze overboeking is van de chain verdwenen. Ze telt weer mee zodra ze in een nieuw blok verschijnt.</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Bevestigingen</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transactie</translation>
    </message>
    <message>
        <source>Receive address</source>
        <extracomment>In the &quot;To&quot; column: one of the storefront&apos;s shared receive addresses.</extracomment>
        <translation>Ontvangstadres</translation>
    </message>
    <message>
        <source>Order address</source>
        <extracomment>In the &quot;To&quot; column: an address the storefront gave one order (or one deposit).</extracomment>
        <translation>Bestellingsadres</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PolicyDialog</name>
    <message>
        <source>Payout policy</source>
        <translation>Uitbetalingsbeleid</translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>Unit after a number of minutes.</extracomment>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>Unit after a number of hours.</extracomment>
        <translation>u</translation>
    </message>
    <message>
        <source>Two approvers from:</source>
        <translation>Twee goedkeurders vanaf:</translation>
    </message>
    <message>
        <source>Two approvers and an owner above:</source>
        <translation>Twee goedkeurders en een eigenaar boven:</translation>
    </message>
    <message>
        <source>Largest single payout:</source>
        <translation>Grootste enkele uitbetaling:</translation>
    </message>
    <message>
        <source>Per asset in 24 hours:</source>
        <translation>Per asset in 24 uur:</translation>
    </message>
    <message>
        <source>Per requester in 24 hours:</source>
        <translation>Per aanvrager in 24 uur:</translation>
    </message>
    <message>
        <source>Oldest exchange rate:</source>
        <translation>Oudste wisselkoers:</translation>
    </message>
    <message>
        <source>New addresses wait:</source>
        <translation>Nieuwe adressen wachten:</translation>
    </message>
    <message>
        <source>Confirm the selected change</source>
        <translation>Geselecteerde wijziging bevestigen</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Beleid opslaan</translation>
    </message>
    <message>
        <source>Changes waiting for another owner:</source>
        <translation>Wijzigingen die op een andere eigenaar wachten:</translation>
    </message>
    <message>
        <source>%1, %2: two approvers from %3 %4, an owner above %5 %4</source>
        <extracomment>A proposed policy change: who, when, and the two tiers.</extracomment>
        <translation>%1, %2: twee goedkeurders vanaf %3 %4, een eigenaar boven %5 %4</translation>
    </message>
    <message>
        <source>The new policy is in force.</source>
        <translation>Het nieuwe beleid geldt nu.</translation>
    </message>
    <message>
        <source>Saved as a proposal: another owner has to confirm it before it applies.</source>
        <translation>Opgeslagen als voorstel: een andere eigenaar moet het bevestigen voordat het geldt.</translation>
    </message>
    <message>
        <source>Reason, needed to reject</source>
        <translation>Reden, nodig om af te wijzen</translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation>Geselecteerde wijziging afwijzen</translation>
    </message>
    <message>
        <source>Give a reason for rejecting the change.</source>
        <translation>Geef een reden om de wijziging af te wijzen.</translation>
    </message>
    <message>
        <source>Put the policy change proposed by %1 in force? Enter your password to confirm it is you.</source>
        <translation>De door %1 voorgestelde beleidswijziging laten ingaan? Voer je wachtwoord in om te bevestigen dat jij het bent.</translation>
    </message>
    <message>
        <source>Reject the policy change proposed by %1? Enter your password to confirm it is you.</source>
        <translation>De door %1 voorgestelde beleidswijziging afwijzen? Voer je wachtwoord in om te bevestigen dat jij het bent.</translation>
    </message>
    <message>
        <source>Confirm policy change</source>
        <translation>Beleidswijziging bevestigen</translation>
    </message>
    <message>
        <source>Reject policy change</source>
        <translation>Beleidswijziging afwijzen</translation>
    </message>
    <message>
        <source>The policy change is rejected.</source>
        <translation>De beleidswijziging is afgewezen.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReasonDialog</name>
    <message>
        <source>Reason (kept in the audit log):</source>
        <extracomment>Label above the text box where an operator explains an action (kept in the audit log).</extracomment>
        <translation>Reden (wordt in het auditlog bewaard):</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation>Weergavetaal:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>The change takes effect immediately and is saved in the settings file.</source>
        <translation>De wijziging gaat direct in en wordt opgeslagen in het instellingenbestand.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Profielmap:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Instellingenbestand:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Database version:</source>
        <translation>Databaseversie:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Logbestand:</translation>
    </message>
    <message>
        <source>Open profile folder</source>
        <translation>Profielmap openen</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Logging to the terminal only</source>
        <translation>Alleen loggen naar de terminal</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SignInDialog</name>
    <message>
        <source>Sign in to Kassa</source>
        <translation>Aanmelden bij Kassa</translation>
    </message>
    <message>
        <source>Kassa is locked. Sign in with your operator account to see orders, payouts and wallets.</source>
        <translation>Kassa is vergrendeld. Meld je aan met je operatoraccount om bestellingen, uitbetalingen en wallets te zien.</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>Inlognaam:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Eenmalige code:</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 cijfers uit je authenticator-app</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Stay locked</source>
        <translation>Vergrendeld laten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StepUpFields</name>
    <message>
        <source>Your password:</source>
        <translation>Je wachtwoord:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Eenmalige code:</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 cijfers uit je authenticator-app</translation>
    </message>
    <message>
        <source>Only if you use an authenticator app</source>
        <translation>Alleen als je een authenticator-app gebruikt</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TokenContractsModel</name>
    <message>
        <source>Symbol</source>
        <extracomment>Column of the token table in Settings → Chains: &quot;USDT&quot;</extracomment>
        <translation>Symbool</translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>Column of the token table: the token&apos;s contract address</extracomment>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Decimals</source>
        <extracomment>Column of the token table: how many decimals the token has (USDT: 6)</extracomment>
        <translation>Decimalen</translation>
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
        <translation>Index</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>reading…</source>
        <extracomment>The balance is being read from the chain&apos;s nodes</extracomment>
        <translation>lezen…</translation>
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
        <translation>%1, %2 {1:?}</translation>
    </message>
    <message>
        <source>No chain of this wallet&apos;s family with tokens is enabled. Turn one on in Settings → Chains.</source>
        <translation>Er staat geen chain van deze wallet-familie met tokens aan. Zet er een aan via Instellingen → Chains.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 op %2: %3</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletWizard</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation>Welkom bij Kassa</translation>
    </message>
    <message>
        <source>A few steps set up your first wallet. Nothing is saved until you press Finish.</source>
        <translation>In een paar stappen stelt u uw eerste wallet in. Er wordt niets opgeslagen tot u op Voltooien drukt.</translation>
    </message>
    <message>
        <source>Choose the language for Kassa. You can change it later in Settings.</source>
        <translation>Kies de taal van Kassa. U kunt dit later wijzigen in Instellingen.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Vul uw naam in.</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Het wachtwoord moet minstens %n teken hebben.</numerusform>
            <numerusform>Het wachtwoord moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Wachtwoord van de eigenaar</translation>
    </message>
    <message>
        <source>You are the owner of this Kassa: you approve payouts and add colleagues.</source>
        <translation>U bent de eigenaar van deze Kassa: u keurt uitbetalingen goed en voegt collega&apos;s toe.</translation>
    </message>
    <message>
        <source>This password unlocks the console each time Kassa starts. It cannot be recovered, so keep it somewhere safe.</source>
        <translation>Met dit wachtwoord ontgrendelt u de console telkens als Kassa start. Het kan niet worden hersteld, dus bewaar het op een veilige plek.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Herhaal:</translation>
    </message>
    <message>
        <source>Give the wallet a name.</source>
        <translation>Geef de wallet een naam.</translation>
    </message>
    <message>
        <source>Choose at least one chain family.</source>
        <translation>Kies ten minste één chainfamilie.</translation>
    </message>
    <message>
        <source>A watch-only wallet cannot pay out: choose Receiving or Cold storage.</source>
        <translation>Een alleen-lezen wallet kan niet uitbetalen: kies Ontvangen of Koude opslag.</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Uw wallet</translation>
    </message>
    <message>
        <source>Make a new wallet, or bring one you already have.</source>
        <translation>Maak een nieuwe wallet of neem er een mee die u al hebt.</translation>
    </message>
    <message>
        <source>Create a new wallet (new recovery words)</source>
        <translation>Nieuwe wallet maken (nieuwe herstelwoorden)</translation>
    </message>
    <message>
        <source>Import recovery words from another wallet</source>
        <translation>Herstelwoorden van een andere wallet importeren</translation>
    </message>
    <message>
        <source>Watch only: import an extended public key (xpub)</source>
        <translation>Alleen-lezen: een uitgebreide publieke sleutel (xpub) importeren</translation>
    </message>
    <message>
        <source>Watch only: list the addresses to watch</source>
        <translation>Alleen-lezen: de te volgen adressen opgeven</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>e.g. Shop receipts</source>
        <translation>bijv. Winkelontvangsten</translation>
    </message>
    <message>
        <source>Main wallet</source>
        <translation>Hoofdwallet</translation>
    </message>
    <message>
        <source>Chains for the recovery words</source>
        <translation>Chains voor de herstelwoorden</translation>
    </message>
    <message>
        <source>Your recovery words</source>
        <translation>Uw herstelwoorden</translation>
    </message>
    <message>
        <source>Write these words on paper, in order. They are shown only now.</source>
        <translation>Schrijf deze woorden op papier, in volgorde. Ze worden alleen nu getoond.</translation>
    </message>
    <message>
        <source>These words are the wallet. Anyone who sees them can take its money, and if you lose them and this computer fails, the money is gone for good — Kassa cannot recover it. Write them on paper, keep the paper somewhere safe and never type them into a website, a chat or a photo.</source>
        <translation>Deze woorden zijn de wallet. Wie ze ziet, kan het geld meenemen, en als u ze kwijtraakt en deze computer kapotgaat, is het geld voorgoed weg — Kassa kan het niet terughalen. Schrijf ze op papier, bewaar dat op een veilige plek en typ ze nooit in een website, een chat of een foto.</translation>
    </message>
    <message>
        <source>Number of words:</source>
        <translation>Aantal woorden:</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 woorden</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 woorden</translation>
    </message>
    <message>
        <source>I have written down all the words, in order</source>
        <translation>Ik heb alle woorden in volgorde opgeschreven</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Controleer uw kopie</translation>
    </message>
    <message>
        <source>Type the words asked for from your paper copy.</source>
        <translation>Typ de gevraagde woorden over van uw papieren kopie.</translation>
    </message>
    <message>
        <source>This makes sure the words on paper are right before the wallet holds money.</source>
        <translation>Zo weet u zeker dat de woorden op papier kloppen voordat er geld op de wallet staat.</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Woord %1:</translation>
    </message>
    <message>
        <source>Word %1 does not match. Compare it with your paper copy; if the copy is wrong, go back and write the words again.</source>
        <translation>Woord %1 klopt niet. Vergelijk het met uw papieren kopie; is de kopie fout, ga dan terug en schrijf de woorden opnieuw op.</translation>
    </message>
    <message>
        <source>Import recovery words</source>
        <translation>Herstelwoorden importeren</translation>
    </message>
    <message>
        <source>Type or paste the words in order. Each word is checked as you type.</source>
        <translation>Typ of plak de woorden in volgorde. Elk woord wordt tijdens het typen gecontroleerd.</translation>
    </message>
    <message>
        <source>The first four letters are enough: Kassa completes each word.</source>
        <translation>De eerste vier letters zijn genoeg: Kassa vult elk woord aan.</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message>
        <source>Word %1 is not in the recovery word list.</source>
        <translation>Woord %1 staat niet in de lijst met herstelwoorden.</translation>
    </message>
    <message>
        <source>Word %1 is not in the recovery word list. Did you mean %2?</source>
        <translation>Woord %1 staat niet in de lijst met herstelwoorden. Bedoelt u %2?</translation>
    </message>
    <message>
        <source>The words are valid.</source>
        <translation>De woorden zijn geldig.</translation>
    </message>
    <message>
        <source>Watch an extended public key</source>
        <translation>Een uitgebreide publieke sleutel volgen</translation>
    </message>
    <message>
        <source>Kassa derives receive addresses from it but can never spend.</source>
        <translation>Kassa leidt er ontvangstadressen van af, maar kan er nooit mee betalen.</translation>
    </message>
    <message>
        <source>Export the account xpub (m/44&apos;/60&apos;/0&apos; for Ethereum, m/44&apos;/195&apos;/0&apos; for Tron) from your hardware or mobile wallet and paste it here.</source>
        <translation>Exporteer de account-xpub (m/44&apos;/60&apos;/0&apos; voor Ethereum, m/44&apos;/195&apos;/0&apos; voor Tron) uit uw hardware- of mobiele wallet en plak hem hier.</translation>
    </message>
    <message>
        <source>Chains:</source>
        <translation>Chains:</translation>
    </message>
    <message>
        <source>xpub:</source>
        <translation>xpub:</translation>
    </message>
    <message>
        <source>First receive address: %1. Check that your wallet app shows the same.</source>
        <extracomment>%1 is the first receive address, for the person to compare with their wallet app</extracomment>
        <translation>Eerste ontvangstadres: %1. Controleer of uw wallet-app hetzelfde toont.</translation>
    </message>
    <message>
        <source>Watch addresses</source>
        <translation>Adressen volgen</translation>
    </message>
    <message>
        <source>One address per line. Kassa watches them but can never spend.</source>
        <translation>Eén adres per regel. Kassa volgt ze, maar kan er nooit mee betalen.</translation>
    </message>
    <message>
        <source>Use this for addresses of an exchange, a hardware wallet or a colleague&apos;s wallet that should count as yours.</source>
        <translation>Gebruik dit voor adressen van een exchange, een hardwarewallet of de wallet van een collega die als de uwe moeten tellen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) to watch.</source>
        <translation>
            <numerusform>%n adres om te volgen.</numerusform>
            <numerusform>%n adressen om te volgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chains to watch</source>
        <translation>Te volgen chains</translation>
    </message>
    <message>
        <source>Kassa watches these chains for payments to your addresses.</source>
        <translation>Kassa volgt deze chains op betalingen aan uw adressen.</translation>
    </message>
    <message>
        <source>The public nodes shown work out of the box; put your own node or provider first if you have one. You can change this later in Settings.</source>
        <translation>De getoonde publieke nodes werken direct; zet uw eigen node of provider vooraan als u die hebt. U kunt dit later wijzigen in Instellingen.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Press Finish to save. Until then nothing has been stored.</source>
        <translation>Druk op Voltooien om op te slaan. Tot dan is er niets bewaard.</translation>
    </message>
    <message>
        <source>Wallet: %1 (%2)</source>
        <translation>Wallet: %1 (%2)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <source>Chain families: %1</source>
        <translation>Chainfamilies: %1</translation>
    </message>
    <message>
        <source>Chains watched: %1</source>
        <translation>Gevolgde chains: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>The recovery words go to the %1; Kassa&apos;s files never hold them.</source>
        <translation>De herstelwoorden gaan naar de %1; de bestanden van Kassa bevatten ze nooit.</translation>
    </message>
    <message>
        <source>Set up Kassa</source>
        <translation>Kassa instellen</translation>
    </message>
    <message>
        <source>Add a wallet</source>
        <translation>Wallet toevoegen</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletsModel</name>
    <message>
        <source>Watch-only: Kassa can receive to this wallet but holds no key to spend from it.</source>
        <translation>Alleen-lezen: Kassa kan op deze wallet ontvangen, maar heeft geen sleutel om eruit te betalen.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WalletsPage</name>
    <message>
        <source>No wallets yet</source>
        <translation>Nog geen wallets</translation>
    </message>
    <message>
        <source>Your receiving and payout wallets appear here with their addresses, balances and QR codes.</source>
        <translation>Je ontvangst- en uitbetalingswallets verschijnen hier met hun adressen, saldi en QR-codes.</translation>
    </message>
    <message>
        <source>Create a new wallet or import your recovery words, an extended public key or watch-only addresses. Secrets are kept in the system keychain, never in Kassa&apos;s files.</source>
        <translation>Maak een nieuwe wallet aan of importeer je herstelwoorden, een uitgebreide publieke sleutel of adressen voor alleen-bekijken. Geheimen worden bewaard in de sleutelhanger van het systeem, nooit in de bestanden van Kassa.</translation>
    </message>
    <message>
        <source>Set up a wallet…</source>
        <translation>Wallet instellen…</translation>
    </message>
    <message>
        <source>Add wallet…</source>
        <translation>Wallet toevoegen…</translation>
    </message>
    <message>
        <source>New receive address</source>
        <translation>Nieuw ontvangstadres</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Back-up…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Show recovery words…</source>
        <translation>Herstelwoorden tonen…</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <extracomment>%1 is where secrets are kept, e.g. &quot;system keychain&quot;</extracomment>
        <translation>Geheimen: %1</translation>
    </message>
    <message>
        <source>Receive to the selected address</source>
        <translation>Ontvangen op het gekozen adres</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Amount (optional):</source>
        <translation>Bedrag (optioneel):</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>bijv. 12.50</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adres kopiëren</translation>
    </message>
    <message>
        <source>Copy QR text</source>
        <translation>QR-tekst kopiëren</translation>
    </message>
    <message>
        <source>Large QR code</source>
        <translation>Grote QR-code</translation>
    </message>
    <message>
        <source>This chain has no token configured; the QR code shows the plain address.</source>
        <translation>Voor deze chain is geen token ingesteld; de QR-code toont alleen het adres.</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Scan om te betalen</translation>
    </message>
    <message>
        <source>No new address</source>
        <translation>Geen nieuw adres</translation>
    </message>
    <message>
        <source>New receive address %1 is ready and watched on every chain of its family.</source>
        <extracomment>%1 is the new receive address</extracomment>
        <translation>Nieuw ontvangstadres %1 is klaar en wordt op elke chain van zijn familie gevolgd.</translation>
    </message>
    <message>
        <source>Back up wallets</source>
        <translation>Back-up van wallets maken</translation>
    </message>
    <message>
        <source>Kassa backups (*.kassabackup)</source>
        <translation>Kassa-back-ups (*.kassabackup)</translation>
    </message>
    <message>
        <source>The backup holds the recovery phrases of your wallets. Anyone with the file and this passphrase can spend from them. Keep the passphrase apart from the file — without it the backup cannot be opened.</source>
        <translation>De back-up bevat de herstelwoorden van uw wallets. Iedereen met het bestand en dit wachtwoord kan eruit betalen. Bewaar het wachtwoord apart van het bestand — zonder wachtwoord is de back-up niet te openen.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Back-up wordt geschreven…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n wallet(s) to %1.</source>
        <translation>
            <numerusform>%n wallet opgeslagen in %1.</numerusform>
            <numerusform>%n wallets opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore wallets</source>
        <translation>Wallets terugzetten</translation>
    </message>
    <message>
        <source>Enter the passphrase the backup was made with.</source>
        <translation>Voer het wachtwoord in waarmee de back-up is gemaakt.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n wallet(s).</source>
        <translation>
            <numerusform>%n wallet teruggezet.</numerusform>
            <numerusform>%n wallets teruggezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wallet(s) were already here.</source>
        <translation>
            <numerusform>%n wallet was er al.</numerusform>
            <numerusform>%n wallets waren er al.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show recovery words</source>
        <translation>Herstelwoorden tonen</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take every coin in this wallet, now and later. Make sure no one is watching and no screen is being shared or recorded. Showing them is recorded in the audit log.

Show the words?</source>
        <translation>Wie deze woorden ziet, kan al het geld in deze wallet meenemen, nu en later. Zorg dat niemand meekijkt en dat er geen scherm wordt gedeeld of opgenomen. Het tonen wordt vastgelegd in het auditlog.

De woorden tonen?</translation>
    </message>
    <message>
        <source>Enter your operator password to confirm it is you.</source>
        <translation>Voer uw operatorwachtwoord in om te bevestigen dat u het bent.</translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation>Herstelwoorden</translation>
    </message>
    <message>
        <source>Write them down in this order and close this window. It closes by itself after two minutes.</source>
        <translation>Schrijf ze in deze volgorde op en sluit dit venster. Het sluit na twee minuten vanzelf.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Refresh balances</source>
        <translation>Saldi vernieuwen</translation>
    </message>
    <message>
        <source>Read the token balances of these addresses from the chain&apos;s nodes again.</source>
        <translation>Lees de tokensaldi van deze adressen opnieuw bij de nodes van de chain.</translation>
    </message>
    <message>
        <source>The wallet was not renamed</source>
        <translation>De naam van de wallet is niet gewijzigd</translation>
    </message>
    <message>
        <source>Enter your operator password and the 6-digit code from your authenticator app to confirm it is you.</source>
        <translation>Voer je operatorwachtwoord en de 6-cijferige code uit je authenticator-app in om te bevestigen dat jij het bent.</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::Backup</name>
    <message>
        <source>The backup file opened, but its contents are not a Kassa wallet backup (%1).</source>
        <translation>Het back-upbestand is geopend, maar de inhoud is geen Kassa-walletback-up (%1).</translation>
    </message>
    <message>
        <source>Use a backup file Kassa wrote; nothing was changed.</source>
        <translation>Gebruik een back-upbestand dat Kassa heeft gemaakt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Kassa.</source>
        <translation>Deze back-up is gemaakt door een nieuwere versie van Kassa.</translation>
    </message>
    <message>
        <source>Update Kassa, then restore it again.</source>
        <translation>Werk Kassa bij en zet de back-up daarna opnieuw terug.</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::PaymentUri</name>
    <message>
        <source>The amount does not match the token&apos;s decimals.</source>
        <translation>Het bedrag past niet bij het aantal decimalen van de token.</translation>
    </message>
    <message>
        <source>This chain has no chain id yet; a payment request needs one.</source>
        <translation>Deze chain heeft nog geen chain-id; een betaalverzoek heeft er een nodig.</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::WalletStore</name>
    <message>
        <source>The database refused a wallet change: %1</source>
        <translation>De database weigerde een wijziging van een wallet: %1</translation>
    </message>
    <message>
        <source>Wallet %1 was written by a newer version of Kassa.</source>
        <translation>Wallet %1 is geschreven door een nieuwere versie van Kassa.</translation>
    </message>
    <message>
        <source>The address %1 already belongs to a wallet.</source>
        <translation>Het adres %1 hoort al bij een wallet.</translation>
    </message>
    <message>
        <source>Each address can belong to one wallet only.</source>
        <translation>Elk adres kan maar bij één wallet horen.</translation>
    </message>
</context>
<context>
    <name>kassa::wallets::Wallets</name>
    <message>
        <source>Recovery phrase</source>
        <translation>Herstelwoorden</translation>
    </message>
    <message>
        <source>Watch-only (xpub)</source>
        <extracomment>A watch-only wallet known by its extended public key</extracomment>
        <translation>Alleen-lezen (xpub)</translation>
    </message>
    <message>
        <source>Watch-only (addresses)</source>
        <translation>Alleen-lezen (adressen)</translation>
    </message>
    <message>
        <source>Receiving</source>
        <extracomment>Wallet role: customers pay into it</extracomment>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Payout</source>
        <extracomment>Wallet role: payouts are sent from it</extracomment>
        <translation>Uitbetalen</translation>
    </message>
    <message>
        <source>Cold storage</source>
        <extracomment>Wallet role: cold storage, a destination only</extracomment>
        <translation>Koude opslag</translation>
    </message>
    <message>
        <source>Tron</source>
        <extracomment>Chain family: Ethereum and the chains that share its addresses</extracomment>
        <translation>Tron</translation>
    </message>
    <message>
        <source>Ethereum and EVM chains</source>
        <translation>Ethereum en EVM-chains</translation>
    </message>
    <message>
        <source>A label needs 1 to 80 characters and no control characters.</source>
        <translation>Een naam heeft 1 tot 80 tekens en geen besturingstekens.</translation>
    </message>
    <message>
        <source>Use a short name you will recognise, such as “Shop receipts”.</source>
        <translation>Gebruik een korte, herkenbare naam, zoals ‘Winkelontvangsten’.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kassa cannot start</source>
        <translation>Kassa kan niet starten</translation>
    </message>
    <message>
        <source>Kassa: a wallet-and-payment console for merchants.</source>
        <translation>Kassa: een wallet- en betaalconsole voor handelaren.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; instead of the default.</source>
        <translation>Gebruik het profiel in &lt;map&gt; in plaats van het standaardprofiel.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Show the console in &lt;language&gt; (en, zh_CN, ja, nl) for this run only.</source>
        <translation>Toon de console alleen deze keer in &lt;taal&gt; (en, zh_CN, ja, nl).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt; (dashboard, orders, payouts, wallets, settings, audit).</source>
        <translation>Open de console op &lt;pagina&gt; (dashboard, orders, payouts, wallets, settings, audit).</translation>
    </message>
    <message>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>Onbekende taal “%1”; kies uit: %2.</translation>
    </message>
    <message>
        <source>Kassa cannot open its database</source>
        <translation>Kassa kan de database niet openen</translation>
    </message>
    <message>
        <source>Do not open the setup wizard on a profile without wallets.</source>
        <translation>De installatiewizard niet openen bij een profiel zonder wallets.</translation>
    </message>
    <message>
        <source>Try Kassa on a local test network with play money, in a separate demo profile (needs anvil: make deps).</source>
        <translation>Probeer Kassa op een lokaal testnetwerk met speelgeld, in een apart demoprofiel (vereist anvil: make deps).</translation>
    </message>
    <message>
        <source>Starting the local test network for the demo…</source>
        <translation>Het lokale testnetwerk voor de demo wordt gestart…</translation>
    </message>
    <message>
        <source>The demo did not start</source>
        <translation>De demo is niet gestart</translation>
    </message>
    <message>
        <source>Kassa could not start a second window for the demo.</source>
        <translation>Kassa kon geen tweede venster voor de demo openen.</translation>
    </message>
    <message>
        <source>The test network stopped</source>
        <translation>Het testnetwerk is gestopt</translation>
    </message>
    <message>
        <source>The local test network of the demo has stopped. Restart Kassa with --demo to continue.</source>
        <translation>Het lokale testnetwerk van de demo is gestopt. Start Kassa opnieuw met --demo om verder te gaan.</translation>
    </message>
    <message>
        <source>The local test network of the demo has stopped.</source>
        <translation>Het lokale testnetwerk van de demo is gestopt.</translation>
    </message>
    <message>
        <source>Retry, or quit.</source>
        <translation>Probeer het opnieuw of sluit af.</translation>
    </message>
</context>
</TS>
