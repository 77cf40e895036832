<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>kassa::Cli</name>
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
