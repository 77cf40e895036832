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
    <name>kassa::chain::evm::EvmSettingsCheck</name>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>De controle duurde te lang en is gestopt.</translation>
    </message>
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
    <name>kassa::engine::ChainManager</name>
    <message>
        <source>Watching %1 is not available in this version of Kassa.</source>
        <translation>Het volgen van %1 is in deze versie van Kassa niet beschikbaar.</translation>
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
</context>
</TS>
