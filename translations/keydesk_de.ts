<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeyDesk</source>
        <translation>Über KeyDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;KeyDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;KeyDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop console for Twilio API keys and Access Tokens: see every key of an account, create Standard and Restricted keys, edit permissions with a diff, build tokens and inspect pasted ones. Tokens are inspected locally; nothing you paste leaves this machine.</source>
        <translation>Eine Desktop-Konsole für Twilio-API-Schlüssel und Access Tokens: Sehen Sie alle Schlüssel eines Kontos, erstellen Sie Standard-Schlüssel und eingeschränkte Schlüssel (Restricted), bearbeiten Sie Berechtigungen mit Diff-Vorschau, erstellen Sie Tokens und untersuchen Sie eingefügte Tokens. Tokens werden lokal untersucht; nichts, was Sie einfügen, verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>KeyDesk is not affiliated with Twilio Inc. &quot;Twilio&quot; is a trademark of Twilio Inc.</source>
        <translation>KeyDesk steht in keiner Verbindung zu Twilio Inc. „Twilio“ ist eine Marke von Twilio Inc.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
</context>
<context>
    <name>AccessTokenBuilder</name>
    <message>
        <source>The Account SID is missing.</source>
        <translation>Die Account SID fehlt.</translation>
    </message>
    <message>
        <source>The Account SID must be AC followed by 32 hex digits.</source>
        <translation>Die Account SID muss aus AC gefolgt von 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The API key SID is missing.</source>
        <translation>Die SID des API-Schlüssels fehlt.</translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hex digits (an Auth Token cannot sign Access Tokens).</source>
        <translation>Die SID des API-Schlüssels muss aus SK gefolgt von 32 Hexadezimalziffern bestehen (ein Auth Token kann keine Access Tokens signieren).</translation>
    </message>
    <message>
        <source>The identity is missing; Twilio&apos;s SDKs need one.</source>
        <translation>Die Identität (identity) fehlt; die SDKs von Twilio benötigen eine.</translation>
    </message>
    <message>
        <source>The ttl must be between 1 and %1 seconds (24 hours); Twilio rejects longer tokens (error 20157).</source>
        <translation>Die ttl muss zwischen 1 und %1 Sekunden (24 Stunden) liegen; Twilio lehnt länger gültige Tokens ab (Fehler 20157).</translation>
    </message>
    <message>
        <source>nbf must be a Unix time (seconds), not negative.</source>
        <translation>nbf muss eine Unix-Zeit (in Sekunden) sein und darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>nbf is at or after the expiry; the token would never be valid.</source>
        <translation>nbf liegt auf oder nach dem Ablaufzeitpunkt; das Token wäre nie gültig.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannte Region „%1“; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Access Tokens are signed with HS256.</source>
        <translation>Access Tokens werden mit HS256 signiert.</translation>
    </message>
    <message>
        <source>The API key secret is missing.</source>
        <translation>Das Secret des API-Schlüssels fehlt.</translation>
    </message>
</context>
<context>
    <name>ApiCredentials</name>
    <message>
        <source>no credentials were given</source>
        <translation>es wurden keine Zugangsdaten angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Account SID (AC followed by 32 hexadecimal digits)</source>
        <translation>„%1“ ist keine Account SID (AC gefolgt von 32 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API key SID (SK followed by 32 hexadecimal digits)</source>
        <translation>„%1“ ist keine SID eines API-Schlüssels (SK gefolgt von 32 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>the OAuth client id is empty</source>
        <translation>die OAuth-Client-ID ist leer</translation>
    </message>
    <message>
        <source>the Auth Token is empty</source>
        <translation>das Auth Token ist leer</translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation>das Secret ist leer</translation>
    </message>
    <message>
        <source>Account SID %1 and its Auth Token</source>
        <translation>Account SID %1 mit zugehörigem Auth Token</translation>
    </message>
    <message>
        <source>API key %1 and its secret (for account %2)</source>
        <translation>API-Schlüssel %1 mit zugehörigem Secret (für Konto %2)</translation>
    </message>
    <message>
        <source>OAuth access token (it may have expired)</source>
        <translation>OAuth-Access-Token (möglicherweise abgelaufen)</translation>
    </message>
    <message>
        <source>OAuth client %1 and its secret</source>
        <translation>OAuth-Client %1 mit zugehörigem Secret</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the error body is cut off or is not valid JSON (%1 at byte %2)</source>
        <translation>die Fehlerantwort ist abgeschnitten oder kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Twilio error %1</source>
        <translation>Twilio-Fehler %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source> Twilio said: “%1”</source>
        <translation> Twilio meldet: „%1“</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the network connection, proxy and base URL.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie Netzwerkverbindung, Proxy und Basis-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Twilio or the network may be slow; try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2). Twilio oder das Netzwerk ist möglicherweise langsam; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete (%2).</source>
        <translation>Die Verbindung brach ab, bevor %1 vollständig geantwortet hatte (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). KeyDesk does not skip certificate checks; check the system clock and any proxy that intercepts TLS.</source>
        <translation>%1 ist über eine gesicherte Verbindung nicht erreichbar (%2). KeyDesk überspringt keine Zertifikatsprüfungen; prüfen Sie die Systemuhr und etwaige Proxys, die TLS-Verbindungen abfangen.</translation>
    </message>
    <message>
        <source>The answer from %1 (HTTP %2) was cut off or is not what Twilio sends (%3).</source>
        <translation>%1 hat mit HTTP %2 geantwortet, doch die Antwort ist abgeschnitten oder entspricht nicht dem, was Twilio sendet (%3).</translation>
    </message>
    <message>
        <source>Twilio did not accept the credentials (error 20003, HTTP %1). Check the %2: the SID and secret must match and still exist, the account must be active, and keys and tokens work only in the region that made them (this profile uses %3). A Standard key cannot manage keys or accounts; use a Main key or the Auth Token.</source>
        <translation>Twilio hat die Zugangsdaten nicht akzeptiert (Fehler 20003, HTTP %1). Prüfen Sie die Zugangsdaten (%2): SID und Secret müssen zusammenpassen und noch existieren, das Konto muss aktiv sein, und Schlüssel und Tokens funktionieren nur in der Region, in der sie erstellt wurden (dieses Profil verwendet %3). Ein Standard-Schlüssel kann weder Schlüssel noch Konten verwalten; verwenden Sie einen Main-Schlüssel oder das Auth Token.</translation>
    </message>
    <message>
        <source>Account SID and Auth Token or API key</source>
        <translation>Account SID und Auth Token oder API-Schlüssel</translation>
    </message>
    <message>
        <source>Twilio refused access (error 20403): the account may be suspended or closed.%1</source>
        <translation>Twilio hat den Zugriff verweigert (Fehler 20403): Das Konto ist möglicherweise gesperrt oder geschlossen.%1</translation>
    </message>
    <message>
        <source>Twilio found no such resource (error 20404): the SID may be mistyped or already deleted, or the request went to the wrong region&apos;s host (%1).</source>
        <translation>Twilio hat die Ressource nicht gefunden (Fehler 20404): Die SID ist möglicherweise falsch geschrieben oder bereits gelöscht, oder die Anfrage ging an den Host einer falschen Region (%1).</translation>
    </message>
    <message>
        <source>Twilio is getting too many requests at once (error 20429) and asked to slow down; KeyDesk retried and gave up. Try again in a minute.</source>
        <translation>Twilio erhält zu viele Anfragen gleichzeitig (Fehler 20429) und hat um Drosselung gebeten; KeyDesk hat es erneut versucht und dann aufgegeben. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The page size is too large (error 20007); Twilio allows at most 1000 items a page.</source>
        <translation>Die Seitengröße ist zu groß (Fehler 20007); Twilio erlaubt höchstens 1000 Einträge pro Seite.</translation>
    </message>
    <message>
        <source>Twilio rejected the paging token (error 21481); reload the list from the start.</source>
        <translation>Twilio hat das Paging-Token abgelehnt (Fehler 21481); laden Sie die Liste von Anfang an neu.</translation>
    </message>
    <message>
        <source>Twilio rejected a value in the request (error 70001, constraint violations). The friendly name may be at most 64 characters.%1</source>
        <translation>Twilio hat einen Wert in der Anfrage abgelehnt (Fehler 70001, verletzte Einschränkungen). Der Anzeigename darf höchstens 64 Zeichen lang sein.%1</translation>
    </message>
    <message>
        <source>Twilio rejected a permission in the policy (error 70002).%1 Permissions look like /twilio/&lt;product&gt;/&lt;resource&gt;/&lt;action&gt; and must be ones Twilio knows.</source>
        <translation>Twilio hat eine Berechtigung in der Richtlinie abgelehnt (Fehler 70002).%1 Berechtigungen haben die Form /twilio/&lt;Produkt&gt;/&lt;Ressource&gt;/&lt;Aktion&gt; und müssen Twilio bekannt sein.</translation>
    </message>
    <message>
        <source>The credential is not allowed to do this (error 70051): a Restricted key lacks the permission, or the key or account is suspended.%1</source>
        <translation>Diese Zugangsdaten sind dazu nicht berechtigt (Fehler 70051): Einem eingeschränkten Schlüssel (Restricted) fehlt die Berechtigung, oder der Schlüssel bzw. das Konto ist gesperrt.%1</translation>
    </message>
    <message>
        <source>The account has the maximum number of API keys (error 70151); delete unused keys first.</source>
        <translation>Das Konto hat die Höchstzahl an API-Schlüsseln erreicht (Fehler 70151); löschen Sie zuerst nicht verwendete Schlüssel.</translation>
    </message>
    <message>
        <source>A key cannot create a key with more permissions than it has itself (error 70152).</source>
        <translation>Ein Schlüssel kann keinen Schlüssel mit mehr Berechtigungen erstellen, als er selbst hat (Fehler 70152).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a web page%3 instead of Twilio&apos;s JSON. Check the base URL, region and any proxy in between.</source>
        <translation>%1 hat mit HTTP %2 und einer Webseite%3 statt mit dem JSON von Twilio geantwortet. Prüfen Sie Basis-URL, Region und etwaige Proxys dazwischen.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 and the error body was cut off.</source>
        <translation>%1 hat mit HTTP %2 geantwortet, und die Fehlerantwort war abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 401 (not authenticated) with no details. Check the credentials and the region (this profile uses %2).</source>
        <translation>%1 hat ohne Details mit HTTP 401 (nicht authentifiziert) geantwortet. Prüfen Sie die Zugangsdaten und die Region (dieses Profil verwendet %2).</translation>
    </message>
    <message>
        <source>%1 kept answering HTTP 429 (too many requests); KeyDesk retried and gave up. Try again in a minute.</source>
        <translation>%1 hat wiederholt mit HTTP 429 (zu viele Anfragen) geantwortet; KeyDesk hat es erneut versucht und dann aufgegeben. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>%1 had an internal failure (HTTP %2) and sent no details; try again later.</source>
        <translation>%1 hatte einen internen Fehler (HTTP %2) und hat keine Details gesendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with no details.</source>
        <translation>%1 hat ohne Details mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>Twilio had an internal failure (HTTP %1%2).%3 Try again later.</source>
        <translation>Bei Twilio ist ein interner Fehler aufgetreten (HTTP %1%2).%3 Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>, error %1</source>
        <translation>, Fehler %1</translation>
    </message>
    <message>
        <source>Twilio refused the request (error %1, HTTP %2).%3</source>
        <translation>Twilio hat die Anfrage abgelehnt (Fehler %1, HTTP %2).%3</translation>
    </message>
    <message>
        <source>Twilio refused the request (HTTP %1).%2</source>
        <translation>Twilio hat die Anfrage abgelehnt (HTTP %1).%2</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>a key in the response has no valid SID (&quot;%1&quot;)</source>
        <translation>ein Schlüssel in der Antwort hat keine gültige SID („%1“)</translation>
    </message>
    <message>
        <source>key %1 has a policy KeyDesk cannot read: %2</source>
        <translation>Schlüssel %1 hat eine Richtlinie, die KeyDesk nicht lesen kann: %2</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Read the %1 from environment variable VAR.</source>
        <translation>%1 aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>Read the %1 from FILE (one trailing newline is ignored).</source>
        <translation>%1 aus FILE lesen (ein abschließender Zeilenumbruch wird ignoriert).</translation>
    </message>
    <message>
        <source>Read the %1 from standard input.</source>
        <translation>%1 von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>How the secret is written: utf8 (default) or base64.</source>
        <translation>Kodierung des Secrets: utf8 (Standard) oder base64.</translation>
    </message>
    <message>
        <source>a secret is needed: use --secret-env VAR, --secret-file FILE or --secret-stdin (never on the command line)</source>
        <translation>ein Secret wird benötigt: verwenden Sie --secret-env VAR, --secret-file FILE oder --secret-stdin (niemals auf der Befehlszeile)</translation>
    </message>
    <message>
        <source>use only one of --secret-env, --secret-file and --secret-stdin</source>
        <translation>verwenden Sie nur eine der Optionen --secret-env, --secret-file und --secret-stdin</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot read secret file %1: %2</source>
        <translation>Secret-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation>das Secret ist leer</translation>
    </message>
    <message>
        <source>--secret-encoding must be utf8 or base64, not &quot;%1&quot;</source>
        <translation>--secret-encoding muss utf8 oder base64 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>expected one TOKEN argument, got %1</source>
        <translation>ein TOKEN-Argument erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>give the TOKEN as an argument, or &apos;-&apos; to read it from standard input</source>
        <translation>geben Sie das TOKEN als Argument an oder &apos;-&apos;, um es von der Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>standard input holds more than 4 MiB; that is not a token</source>
        <translation>die Standardeingabe enthält mehr als 4 MiB; das ist kein Token</translation>
    </message>
    <message>
        <source>standard input is larger than %1 MiB</source>
        <translation>die Standardeingabe ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;</source>
        <translation>--%1 muss eine ganze Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>KeyDesk command line: Twilio API keys and Access Tokens.

usage: keydesk-cli &lt;command&gt; &lt;subcommand&gt; [options]

  token decode [TOKEN|-] [--json] [--at UNIX]
  token verify [TOKEN|-] &lt;secret option&gt; [--at UNIX] [--json]
  token build --account-sid AC… --key-sid SK… &lt;secret option&gt; --identity ID
              [--ttl S] [--nbf UNIX] [--region R] [--now UNIX] [--grants-json FILE|-]
  webhook sign|verify --url URL &lt;secret option&gt; [--param N=V]… [--body-file FILE]

Secret options: --secret-env VAR, --secret-file FILE, --secret-stdin. Secrets are never
accepted on the command line.
Exit codes: 0 ok, 1 negative answer, 2 usage or malformed input, 3 network/API error.
Every command has --help.
</source>
        <translation>KeyDesk-Befehlszeile: Twilio-API-Schlüssel und Access Tokens.

Aufruf: keydesk-cli &lt;command&gt; &lt;subcommand&gt; [options]

  token decode [TOKEN|-] [--json] [--at UNIX]
  token verify [TOKEN|-] &lt;secret option&gt; [--at UNIX] [--json]
  token build --account-sid AC… --key-sid SK… &lt;secret option&gt; --identity ID
              [--ttl S] [--nbf UNIX] [--region R] [--now UNIX] [--grants-json FILE|-]
  webhook sign|verify --url URL &lt;secret option&gt; [--param N=V]… [--body-file FILE]

Secret-Optionen: --secret-env VAR, --secret-file FILE, --secret-stdin. Secrets werden nie
auf der Befehlszeile angenommen.
Exit-Codes: 0 OK, 1 negative Antwort, 2 falscher Aufruf oder fehlerhafte Eingabe, 3 Netzwerk-/API-Fehler.
Jeder Befehl hat --help.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;

%2</source>
        <translation>unbekannter Befehl „%1“

%2</translation>
    </message>
</context>
<context>
    <name>ClipboardService</name>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Zwischenablage geleert</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>Zwischenablage wird in %1 s geleert</translation>
    </message>
</context>
<context>
    <name>FindingCatalog</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The text is not a well-formed JWT.</source>
        <translation>Der Text ist kein wohlgeformtes JWT.</translation>
    </message>
    <message>
        <source>The algorithm is not HS256, the only one Twilio documents.</source>
        <translation>Der Algorithmus ist nicht HS256, der einzige, den Twilio dokumentiert.</translation>
    </message>
    <message>
        <source>The token is unsecured (alg none); Twilio never issues or accepts these.</source>
        <translation>Das Token ist ungesichert (alg none); Twilio stellt solche Tokens weder aus, noch akzeptiert es sie.</translation>
    </message>
    <message>
        <source>The header lacks cty &quot;twilio-fpa;v=1&quot;, which Twilio requires.</source>
        <translation>Im Header fehlt cty „twilio-fpa;v=1“, das Twilio verlangt.</translation>
    </message>
    <message>
        <source>The header&apos;s typ is not &quot;JWT&quot;.</source>
        <translation>Der typ im Header ist nicht „JWT“.</translation>
    </message>
    <message>
        <source>iss is not an API key SID (SK…).</source>
        <translation>iss ist keine SID eines API-Schlüssels (SK…).</translation>
    </message>
    <message>
        <source>sub is not an Account SID (AC…).</source>
        <translation>sub ist keine Account SID (AC…).</translation>
    </message>
    <message>
        <source>jti does not start with the issuer key SID and a dash.</source>
        <translation>jti beginnt nicht mit der SID des ausstellenden Schlüssels und einem Bindestrich.</translation>
    </message>
    <message>
        <source>The token lives longer than 24 hours; Twilio rejects it (20157).</source>
        <translation>Das Token ist länger als 24 Stunden gültig; Twilio lehnt es ab (20157).</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf is in the future).</source>
        <translation>Das Token ist noch nicht gültig (nbf liegt in der Zukunft).</translation>
    </message>
    <message>
        <source>iat is in the future: the issuing machine&apos;s clock is ahead.</source>
        <translation>iat liegt in der Zukunft: Die Uhr des ausstellenden Rechners geht vor.</translation>
    </message>
    <message>
        <source>grants.identity is missing or empty.</source>
        <translation>grants.identity fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>The identity has characters Voice does not allow (only letters, digits and _).</source>
        <translation>Die Identität enthält Zeichen, die Voice nicht erlaubt (nur Buchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>A grant that Twilio&apos;s SDKs do not know.</source>
        <translation>Ein Grant, den die SDKs von Twilio nicht kennen.</translation>
    </message>
    <message>
        <source>A legacy grant that current SDKs do not read.</source>
        <translation>Ein veralteter Grant, den aktuelle SDKs nicht auswerten.</translation>
    </message>
    <message>
        <source>A SID in the token has the wrong prefix for its field.</source>
        <translation>Eine SID im Token hat das falsche Präfix für ihr Feld.</translation>
    </message>
    <message>
        <source>The twr header names a region KeyDesk does not know.</source>
        <translation>Der twr-Header nennt eine Region, die KeyDesk nicht kennt.</translation>
    </message>
    <message>
        <source>The signing key is a Restricted key; Twilio does not accept those as issuers.</source>
        <translation>Der signierende Schlüssel ist ein eingeschränkter Schlüssel (Restricted); Twilio akzeptiert solche Schlüssel nicht als Aussteller.</translation>
    </message>
    <message>
        <source>The signing key no longer exists in the account.</source>
        <translation>Der signierende Schlüssel existiert im Konto nicht mehr.</translation>
    </message>
    <message>
        <source>The signature matches the secret.</source>
        <translation>Die Signatur passt zum Secret.</translation>
    </message>
    <message>
        <source>The signature does not match the secret.</source>
        <translation>Die Signatur passt nicht zum Secret.</translation>
    </message>
    <message>
        <source>The signature was not checked.</source>
        <translation>Die Signatur wurde nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>GrantCatalog</name>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Chat / Conversations</source>
        <translation>Chat / Conversations</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>TaskRouter</source>
        <translation>TaskRouter</translation>
    </message>
    <message>
        <source>Playback (Twilio Live)</source>
        <translation>Playback (Twilio Live)</translation>
    </message>
    <message>
        <source>IP Messaging (legacy Chat)</source>
        <translation>IP Messaging (Vorgänger von Chat)</translation>
    </message>
    <message>
        <source>Conversations (legacy RTC)</source>
        <translation>Conversations (veraltetes RTC)</translation>
    </message>
    <message>
        <source>Programmable Voice (legacy)</source>
        <translation>Programmable Voice (veraltet)</translation>
    </message>
    <message>
        <source>TwiML App for outgoing calls</source>
        <translation>TwiML-App für ausgehende Anrufe</translation>
    </message>
    <message>
        <source>Push credential</source>
        <translation>Push-Credential</translation>
    </message>
    <message>
        <source>Conversations/Chat service</source>
        <translation>Conversations-/Chat-Service</translation>
    </message>
    <message>
        <source>Role in the service</source>
        <translation>Rolle im Service</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Sync-Service</translation>
    </message>
    <message>
        <source>TaskRouter workspace</source>
        <translation>TaskRouter-Workspace</translation>
    </message>
    <message>
        <source>TaskRouter worker</source>
        <translation>TaskRouter-Worker</translation>
    </message>
    <message>
        <source>Chat service</source>
        <translation>Chat-Service</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>TwiML App</source>
        <translation>TwiML-App</translation>
    </message>
    <message>
        <source>Credential (push)</source>
        <translation>Credential (Push)</translation>
    </message>
    <message>
        <source>Service (Conversations, Chat or Sync)</source>
        <translation>Service (Conversations, Chat oder Sync)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Video room</source>
        <translation>Video-Raum</translation>
    </message>
    <message>
        <source>PlayerStreamer</source>
        <translation>PlayerStreamer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grant Twilio&apos;s SDKs know; known grants are %2.</source>
        <translation>„%1“ ist kein Grant, den die SDKs von Twilio kennen; bekannte Grants sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a legacy grant (%2); current SDKs expect %3.</source>
        <translation>„%1“ ist ein veralteter Grant (%2); aktuelle SDKs erwarten %3.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; grant must be a JSON object.</source>
        <translation>Der Grant „%1“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must be a string SID.</source>
        <translation>%1 muss eine SID als String sein.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it should be a %3 SID: %4 followed by 32 hex digits.</source>
        <translation>%1 ist „%2“; erwartet wird eine SID vom Typ „%3“: %4 gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>voice.incoming.allow must be true or false; the SDK ignores anything else.</source>
        <translation>voice.incoming.allow muss true oder false sein; alles andere ignoriert das SDK.</translation>
    </message>
    <message>
        <source>voice.outgoing.params must be an object.</source>
        <translation>voice.outgoing.params muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The grants are not valid JSON: %1 at byte %2.</source>
        <translation>Die Grants sind kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The grants must be a JSON object such as {&quot;voice&quot;:{&quot;incoming&quot;:{&quot;allow&quot;:true}}}.</source>
        <translation>Die Grants müssen ein JSON-Objekt sein, etwa {&quot;voice&quot;:{&quot;incoming&quot;:{&quot;allow&quot;:true}}}.</translation>
    </message>
    <message>
        <source>&quot;identity&quot; is not a grant; give it with the identity option.</source>
        <translation>„identity“ ist kein Grant; geben Sie die Identität über die Option identity an.</translation>
    </message>
    <message>
        <source>The grant &quot;%1&quot; appears more than once.</source>
        <translation>Der Grant „%1“ kommt mehrfach vor.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The input is %1 KiB; a token is at most %2 KiB. Paste only the token.</source>
        <translation>Die Eingabe ist %1 KiB groß; ein Token ist höchstens %2 KiB groß. Fügen Sie nur das Token ein.</translation>
    </message>
    <message>
        <source>No token found: a JWT is three base64url segments separated by dots, usually starting with &quot;eyJ&quot;.</source>
        <translation>Kein Token gefunden: Ein JWT besteht aus drei durch Punkte getrennten base64url-Segmenten und beginnt meist mit „eyJ“.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; after the token at position %2; a token holds only A–Z, a–z, 0–9, &apos;-&apos;, &apos;_&apos; and dots.</source>
        <translation>Unerwartetes Zeichen &apos;%1&apos; nach dem Token an Position %2; ein Token enthält nur A–Z, a–z, 0–9, &apos;-&apos;, &apos;_&apos; und Punkte.</translation>
    </message>
    <message>
        <source>The token has 1 segment; a JWT has 3 (header.payload.signature) separated by dots.</source>
        <translation>Das Token hat 1 Segment; ein JWT hat 3 durch Punkte getrennte Segmente (header.payload.signature).</translation>
    </message>
    <message>
        <source>The token has 2 segments; the signature (the third, after the second dot) is missing.</source>
        <translation>Das Token hat 2 Segmente; die Signatur (das dritte, nach dem zweiten Punkt) fehlt.</translation>
    </message>
    <message>
        <source>The token has 5 segments: that is an encrypted JWE, not a Twilio Access Token (3 segments).</source>
        <translation>Das Token hat 5 Segmente: Das ist ein verschlüsseltes JWE, kein Twilio Access Token (3 Segmente).</translation>
    </message>
    <message>
        <source>The token has %1 segments; a JWT has exactly 3 (header.payload.signature).</source>
        <translation>Das Token hat %1 Segmente; ein JWT hat genau 3 (header.payload.signature).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>The %1 segment is empty.</source>
        <translation>Das %1-Segment ist leer.</translation>
    </message>
    <message>
        <source>The %1 segment has an impossible length (%2 characters); part of it was probably cut off.</source>
        <translation>Das %1-Segment hat eine unmögliche Länge (%2 Zeichen); wahrscheinlich wurde ein Teil davon abgeschnitten.</translation>
    </message>
    <message>
        <source>&apos;=&apos; padding, which JWTs do not use</source>
        <translation>&apos;=&apos;-Auffüllung (Padding), die JWTs nicht verwenden</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, which is standard base64, not base64url</source>
        <translation>&apos;%1&apos;, das zu Standard-base64 gehört, nicht zu base64url</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation>das Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The %1 segment is not base64url: %2 at position %3.</source>
        <translation>Das %1-Segment ist kein base64url: %2 an Position %3.</translation>
    </message>
    <message>
        <source>The header is not valid JSON: %1 at byte %2.</source>
        <translation>Der Header ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The header is JSON but not an object.</source>
        <translation>Der Header ist JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; (RFC 7515 §4.1.1 requires it).</source>
        <translation>Der Header hat kein „alg“ (RFC 7515 §4.1.1 schreibt es vor).</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1 at byte %2.</source>
        <translation>Die Payload ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The payload is JSON but not an object (a JWT claims set).</source>
        <translation>Die Payload ist JSON, aber kein Objekt (JWT Claims Set).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Every API key of the account in one list: SID, name, type (Main, Standard, Restricted), created, updated and region, with instant search and sorting. Create Standard and Restricted keys, duplicate a Restricted key&apos;s policy, rename, edit permissions with a diff before saving, and delete with a confirmation that names the key.</source>
        <translation>Alle API-Schlüssel des Kontos in einer Liste: SID, Name, Typ (Main, Standard, Restricted), erstellt, geändert und Region, mit Sofortsuche und Sortierung. Standard-Schlüssel und eingeschränkte Schlüssel (Restricted) erstellen, die Richtlinie eines eingeschränkten Schlüssels duplizieren, umbenennen, Berechtigungen mit Diff-Vorschau vor dem Speichern bearbeiten und mit einer Bestätigung löschen, die den Schlüssel nennt.</translation>
    </message>
    <message>
        <source>Token Builder</source>
        <translation>Token-Generator</translation>
    </message>
    <message>
        <source>Build an Access Token for a client SDK: signing key, identity, ttl, nbf, region and grants (Voice, Video, Chat/Conversations, Sync, TaskRouter, Playback), with the live token and its decoded view.</source>
        <translation>Ein Access Token für ein Client-SDK erstellen: signierender Schlüssel, Identität, ttl, nbf, Region und Grants (Voice, Video, Chat/Conversations, Sync, TaskRouter, Playback), mit laufend aktualisiertem Token und dessen dekodierter Ansicht.</translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation>Token-Inspektor</translation>
    </message>
    <message>
        <source>Paste any token to see its header, payload, claims with human times, grants and Twilio-aware findings, and check its signature. Nothing leaves this machine.</source>
        <translation>Ein beliebiges Token einfügen, um Header, Payload, Claims mit lesbaren Zeitangaben, Grants und Twilio-spezifische Befunde zu sehen, und seine Signatur prüfen. Nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Rotate the account&apos;s Auth Token: create the secondary token, show it once, promote it (the old primary stops working at once) or delete it.</source>
        <translation>Das Auth Token des Kontos rotieren: das sekundäre Token erstellen, einmalig anzeigen, zum primären machen (das alte primäre Token funktioniert sofort nicht mehr) oder löschen.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Compute and check X-Twilio-Signature for a URL with form parameters or a JSON body.</source>
        <translation>X-Twilio-Signature für eine URL mit Formularparametern oder JSON-Body berechnen und prüfen.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Accounts and credentials: Auth Token, API key or OAuth client, region and edge. Secrets are kept only in the system keychain. Import twilio-cli profiles and environment variables.</source>
        <translation>Konten und Zugangsdaten: Auth Token, API-Schlüssel oder OAuth-Client, Region und Edge-Standort. Secrets werden ausschließlich im Schlüsselbund des Systems gespeichert. Profile von twilio-cli und Umgebungsvariablen importieren.</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation>Ü&amp;ber KeyDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>OrderedJson</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>unerwarteter Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>incomplete number</source>
        <translation>unvollständige Zahl</translation>
    </message>
    <message>
        <source>a decimal point must be followed by digits</source>
        <translation>auf einen Dezimalpunkt müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>an exponent must have digits</source>
        <translation>ein Exponent muss Ziffern haben</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>unvollständige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einem String</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener String</translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation>Steuerzeichen in einem String</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>nicht abgeschlossenes Array</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in einem Array erwartet</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>nicht abgeschlossenes Objekt</translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation>Eigenschaftsname in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>&apos;:&apos; nach einem Eigenschaftsnamen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in einem Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not built yet. This page will hold:</source>
        <translation>Noch nicht umgesetzt. Diese Seite wird Folgendes enthalten:</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>the policy has a member &quot;%1&quot;; only &quot;allow&quot; is supported</source>
        <translation>die Richtlinie hat einen Eintrag „%1“; unterstützt wird nur „allow“</translation>
    </message>
    <message>
        <source>the policy needs an &quot;allow&quot; list of permission strings</source>
        <translation>die Richtlinie benötigt eine „allow“-Liste mit Berechtigungen als Strings</translation>
    </message>
    <message>
        <source>a policy is a JSON object like {&quot;allow&quot;: [&quot;/twilio/…&quot;]}</source>
        <translation>eine Richtlinie ist ein JSON-Objekt wie {&quot;allow&quot;: [&quot;/twilio/…&quot;]}</translation>
    </message>
    <message>
        <source>every permission in &quot;allow&quot; must be a string</source>
        <translation>jede Berechtigung in „allow“ muss ein String sein</translation>
    </message>
    <message>
        <source>the policy is larger than 1 MiB</source>
        <translation>die Richtlinie ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>the policy is not valid JSON: %1 at byte %2</source>
        <translation>die Richtlinie ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the policy is empty</source>
        <translation>die Richtlinie ist leer</translation>
    </message>
    <message>
        <source>a Restricted key needs at least one permission</source>
        <translation>ein eingeschränkter Schlüssel (Restricted) benötigt mindestens eine Berechtigung</translation>
    </message>
    <message>
        <source>%1 permissions; Twilio allows at most %2 per key</source>
        <translation>%1 Berechtigungen; Twilio erlaubt höchstens %2 pro Schlüssel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission: they look like /twilio/&lt;product&gt;/&lt;resource&gt;/&lt;action&gt;, with action read, list, create, update, delete or *</source>
        <translation>„%1“ ist keine Berechtigung: Berechtigungen haben die Form /twilio/&lt;Produkt&gt;/&lt;Ressource&gt;/&lt;Aktion&gt;, mit der Aktion read, list, create, update, delete oder *</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretBytes</name>
    <message>
        <source>The base64 secret decodes to nothing.</source>
        <translation>Das base64-kodierte Secret ist nach dem Dekodieren leer.</translation>
    </message>
    <message>
        <source>The secret is not valid base64.</source>
        <translation>Das Secret ist kein gültiges base64.</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret (Ctrl+Shift+H)</source>
        <translation>Secret anzeigen oder verbergen (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Hide secret</source>
        <translation>Secret verbergen</translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <source>No keychain is available (%1); the secret is kept in memory for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1); das Secret wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation>Der Schlüsselbund hat das Speichern des Secrets verweigert: %1</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Für %1 ist kein Secret gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain refused to read the secret: %1</source>
        <translation>Der Schlüsselbund hat das Lesen des Secrets verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain refused to delete the secret: %1</source>
        <translation>Der Schlüsselbund hat das Löschen des Secrets verweigert: %1</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The token, or - to read it from standard input.</source>
        <translation>Das Token oder -, um es von der Standardeingabe zu lesen.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Check times as of this Unix time instead of now.</source>
        <translation>Zeiten zu dieser Unix-Zeit statt zum aktuellen Zeitpunkt prüfen.</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret des API-Schlüssels</translation>
    </message>
    <message>
        <source>Verify an Access Token&apos;s signature and validity. Exit 0 valid, 1 invalid/expired, 2 malformed.</source>
        <translation>Signatur und Gültigkeit eines Access Tokens prüfen. Exit-Code 0 gültig, 1 ungültig/abgelaufen, 2 fehlerhaft.</translation>
    </message>
    <message>
        <source>Decode an Access Token and list the findings. Exit 0 decoded, 2 malformed.</source>
        <translation>Ein Access Token dekodieren und die Befunde auflisten. Exit-Code 0 dekodiert, 2 fehlerhaft.</translation>
    </message>
    <message>
        <source>the token and the secret cannot both come from standard input</source>
        <translation>Token und Secret können nicht beide von der Standardeingabe kommen</translation>
    </message>
    <message>
        <source>this token&apos;s algorithm cannot be verified with a shared secret</source>
        <translation>der Algorithmus dieses Tokens lässt sich nicht mit einem gemeinsamen Secret prüfen</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <source>the signature is valid but the token has expired</source>
        <translation>die Signatur ist gültig, aber das Token ist abgelaufen</translation>
    </message>
    <message>
        <source>the signature is valid but the token is not valid yet (nbf)</source>
        <translation>die Signatur ist gültig, aber das Token ist noch nicht gültig (nbf)</translation>
    </message>
    <message>
        <source>Signature verified.</source>
        <translation>Signatur verifiziert.</translation>
    </message>
    <message>
        <source>Account SID (AC…).</source>
        <translation>Account SID (AC…).</translation>
    </message>
    <message>
        <source>API key SID (SK…) that signs the token.</source>
        <translation>SID des API-Schlüssels (SK…), der das Token signiert.</translation>
    </message>
    <message>
        <source>The client identity.</source>
        <translation>Die Identität des Clients.</translation>
    </message>
    <message>
        <source>Lifetime in seconds (default 3600, at most 86400).</source>
        <translation>Gültigkeitsdauer in Sekunden (Standard 3600, höchstens 86400).</translation>
    </message>
    <message>
        <source>Not-before as a Unix time.</source>
        <translation>Gültig ab (nbf) als Unix-Zeit.</translation>
    </message>
    <message>
        <source>Region for the twr header: us1, ie1 or au1.</source>
        <translation>Region für den twr-Header: us1, ie1 oder au1.</translation>
    </message>
    <message>
        <source>Build as if the time were UNIX (reproducible output).</source>
        <translation>So erstellen, als wäre die aktuelle Zeit UNIX (reproduzierbare Ausgabe).</translation>
    </message>
    <message>
        <source>Signing algorithm; Twilio accepts HS256 only.</source>
        <translation>Signaturalgorithmus; Twilio akzeptiert nur HS256.</translation>
    </message>
    <message>
        <source>The grants object in Twilio&apos;s wire format, from FILE or - (stdin).</source>
        <translation>Das grants-Objekt im Übertragungsformat von Twilio, aus FILE oder - (stdin).</translation>
    </message>
    <message>
        <source>Print {token, header_json, payload_json} as JSON.</source>
        <translation>{token, header_json, payload_json} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Build and sign a Twilio Access Token.</source>
        <translation>Ein Twilio Access Token erstellen und signieren.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--ttl %1 is out of range: 1 to %2 seconds (24 h); Twilio rejects longer tokens with error 20157</source>
        <translation>--ttl %1 liegt außerhalb des Bereichs: 1 bis %2 Sekunden (24 Std.); Twilio lehnt länger gültige Tokens mit Fehler 20157 ab</translation>
    </message>
    <message>
        <source>--alg %1 is not supported for building: Twilio accepts HS256 only (HS384/HS512 can be inspected)</source>
        <translation>--alg %1 wird beim Erstellen nicht unterstützt: Twilio akzeptiert nur HS256 (HS384/HS512 können untersucht werden)</translation>
    </message>
    <message>
        <source>the grants and the secret cannot both come from standard input</source>
        <translation>Grants und Secret können nicht beide von der Standardeingabe kommen</translation>
    </message>
    <message>
        <source>usage: keydesk-cli token decode|verify|build [options]   (--help on each)</source>
        <translation>Aufruf: keydesk-cli token decode|verify|build [options]   (jeweils mit --help)</translation>
    </message>
    <message>
        <source>unknown token command &quot;%1&quot;; %2</source>
        <translation>unbekannter token-Befehl „%1“; %2</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>alg is &quot;%1&quot;: an unsecured token that anyone can forge. Twilio never issues or accepts one.</source>
        <translation>alg ist „%1“: ein ungesichertes Token, das jeder fälschen kann. Twilio stellt solche Tokens weder aus, noch akzeptiert es sie.</translation>
    </message>
    <message>
        <source>alg is &quot;%1&quot; but a signature is attached; unsecured tokens must not carry one, and Twilio rejects both.</source>
        <translation>alg ist „%1“, aber eine Signatur ist angehängt; ungesicherte Tokens dürfen keine Signatur tragen, und Twilio lehnt beides ab.</translation>
    </message>
    <message>
        <source>alg is %1. Twilio documents only HS256 for Access Tokens; the node library can sign %1, other SDKs cannot.</source>
        <translation>alg ist %1. Twilio dokumentiert für Access Tokens nur HS256; die Node-Bibliothek kann mit %1 signieren, andere SDKs nicht.</translation>
    </message>
    <message>
        <source>alg is &quot;%1&quot;. Twilio Access Tokens are HMAC-SHA256 (HS256); KeyDesk cannot verify this one.</source>
        <translation>alg ist „%1“. Twilio Access Tokens verwenden HMAC-SHA256 (HS256); KeyDesk kann dieses Token nicht prüfen.</translation>
    </message>
    <message>
        <source>The header has no cty. Twilio requires &quot;twilio-fpa;v=1&quot; and answers error 20101 without it.</source>
        <translation>Der Header hat kein cty. Twilio verlangt „twilio-fpa;v=1“ und antwortet ohne diesen Wert mit Fehler 20101.</translation>
    </message>
    <message>
        <source>cty is &quot;%1&quot;, not &quot;twilio-fpa;v=1&quot;; this is not a Twilio Access Token.</source>
        <translation>cty ist „%1“, nicht „twilio-fpa;v=1“; dies ist kein Twilio Access Token.</translation>
    </message>
    <message>
        <source>The header has no typ; Twilio&apos;s libraries always write &quot;JWT&quot;.</source>
        <translation>Der Header hat kein typ; die Bibliotheken von Twilio schreiben immer „JWT“.</translation>
    </message>
    <message>
        <source>typ is &quot;%1&quot;, not &quot;JWT&quot;.</source>
        <translation>typ ist „%1“, nicht „JWT“.</translation>
    </message>
    <message>
        <source>twr is &quot;%1&quot;; known regions are us1, ie1 and au1. The key must belong to the region named here.</source>
        <translation>twr ist „%1“; bekannte Regionen sind us1, ie1 und au1. Der Schlüssel muss zu der hier genannten Region gehören.</translation>
    </message>
    <message>
        <source>iss is the Account SID %1: this looks like a legacy Capability token signed with the Auth Token. Access Tokens are issued by an API key (SK…).</source>
        <translation>iss ist die Account SID %1: Das sieht nach einem veralteten Capability Token aus, das mit dem Auth Token signiert wurde. Access Tokens werden von einem API-Schlüssel (SK…) ausgestellt.</translation>
    </message>
    <message>
        <source>iss is missing; it must be the API key SID (SK followed by 32 hex digits).</source>
        <translation>iss fehlt; es muss die SID des API-Schlüssels sein (SK gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>iss is &quot;%1&quot;; it must be an API key SID (SK followed by 32 hex digits).</source>
        <translation>iss ist „%1“; es muss die SID eines API-Schlüssels sein (SK gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>sub is missing; it must be the Account SID (AC followed by 32 hex digits).</source>
        <translation>sub fehlt; es muss die Account SID sein (AC gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>sub is &quot;%1&quot;; it must be an Account SID (AC followed by 32 hex digits).</source>
        <translation>sub ist „%1“; es muss eine Account SID sein (AC gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>jti is missing; Twilio&apos;s libraries write &quot;&lt;key SID&gt;-&lt;issue time&gt;&quot;.</source>
        <translation>jti fehlt; die Bibliotheken von Twilio schreiben „&lt;Schlüssel-SID&gt;-&lt;Ausstellungszeit&gt;“.</translation>
    </message>
    <message>
        <source>jti &quot;%1&quot; does not start with the issuer &quot;%2-&quot;.</source>
        <translation>jti „%1“ beginnt nicht mit dem Aussteller „%2-“.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds since 1970 (NumericDate).</source>
        <translation>%1 muss eine ganze Zahl von Sekunden seit 1970 sein (NumericDate).</translation>
    </message>
    <message>
        <source>The payload has no exp; Twilio rejects tokens without an expiry (20104).</source>
        <translation>Die Payload hat kein exp; Twilio lehnt Tokens ohne Ablaufzeitpunkt ab (20104).</translation>
    </message>
    <message>
        <source>The token lives %1 (exp − %2); Twilio allows at most 24 h and answers error 20157.</source>
        <translation>Das Token ist %1 gültig (exp − %2); Twilio erlaubt höchstens 24 Std. und antwortet mit Fehler 20157.</translation>
    </message>
    <message>
        <source>Expired %1 (at %2 UTC).</source>
        <translation>Abgelaufen %1 (am %2 UTC).</translation>
    </message>
    <message>
        <source>Not valid until %1 UTC (%2).</source>
        <translation>Erst gültig ab %1 UTC (%2).</translation>
    </message>
    <message>
        <source>iat is %1 in the future: the clock of the machine that made the token is ahead (or this one is behind).</source>
        <translation>iat liegt %1 in der Zukunft: Die Uhr des Rechners, der das Token erstellt hat, geht vor (oder die Uhr dieses Rechners geht nach).</translation>
    </message>
    <message>
        <source>grants must be an object.</source>
        <translation>grants muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The payload has no grants object; this is not a Twilio Access Token.</source>
        <translation>Die Payload hat kein grants-Objekt; dies ist kein Twilio Access Token.</translation>
    </message>
    <message>
        <source>grants.identity is missing or empty; Voice, Video, Conversations and Sync clients need one.</source>
        <translation>grants.identity fehlt oder ist leer; Clients für Voice, Video, Conversations und Sync benötigen eine Identität.</translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; has characters other than letters, digits and _, which Voice does not allow.</source>
        <translation>Die Identität „%1“ enthält andere Zeichen als Buchstaben, Ziffern und _; das erlaubt Voice nicht.</translation>
    </message>
    <message>
        <source>%1 is a Restricted key; Twilio does not accept Restricted keys as Access Token issuers.</source>
        <translation>%1 ist ein eingeschränkter Schlüssel (Restricted); Twilio akzeptiert eingeschränkte Schlüssel nicht als Aussteller von Access Tokens.</translation>
    </message>
    <message>
        <source>%1 is not in the account&apos;s key list: it was deleted, so Twilio rejects the token.</source>
        <translation>%1 steht nicht in der Schlüsselliste des Kontos: Der Schlüssel wurde gelöscht, daher lehnt Twilio das Token ab.</translation>
    </message>
    <message>
        <source>The signature was not checked: KeyDesk verifies HS256, HS384 and HS512 tokens only.</source>
        <translation>Die Signatur wurde nicht geprüft: KeyDesk prüft nur HS256-, HS384- und HS512-Tokens.</translation>
    </message>
    <message>
        <source>The signature was not checked: enter the API key secret to verify it.</source>
        <translation>Die Signatur wurde nicht geprüft: Geben Sie das Secret des API-Schlüssels ein, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>The signature is valid for this secret (%1).</source>
        <translation>Die Signatur ist für dieses Secret gültig (%1).</translation>
    </message>
    <message>
        <source>The signature does not match this secret. Check that it is the secret of %1 (not the Auth Token) and that the token was not altered.</source>
        <translation>Die Signatur passt nicht zu diesem Secret. Prüfen Sie, ob es das Secret von %1 ist (nicht das Auth Token) und ob das Token unverändert ist.</translation>
    </message>
    <message>
        <source>the issuing key</source>
        <translation>dem ausstellenden Schlüssel</translation>
    </message>
</context>
<context>
    <name>TwilioHosts</name>
    <message>
        <source>&quot;%1&quot; is not a usable base URL: give scheme, host and optional port, like http://127.0.0.1:8080</source>
        <translation>„%1“ ist keine verwendbare Basis-URL: Geben Sie Schema, Host und optional einen Port an, z. B. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name (try us1, ie1 or au1)</source>
        <translation>„%1“ ist kein Regionsname (versuchen Sie us1, ie1 oder au1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an edge name (try dublin or sydney)</source>
        <translation>„%1“ ist kein Name eines Edge-Standorts (versuchen Sie dublin oder sydney)</translation>
    </message>
    <message>
        <source>region %1 has no default edge: give one with --edge</source>
        <translation>Region %1 hat keinen Standard-Edge-Standort: Geben Sie einen mit --edge an</translation>
    </message>
</context>
<context>
    <name>WebhookCommands</name>
    <message>
        <source>--param needs NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--param erwartet NAME=VALUE, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the parameters file must hold a JSON object</source>
        <translation>die Parameterdatei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>the parameters file is not valid JSON: %1 at byte %2</source>
        <translation>die Parameterdatei ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be a string or a list of strings</source>
        <translation>Parameter „%1“ muss ein String oder eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>The full URL Twilio requested (scheme, host, port, path, query).</source>
        <translation>Die vollständige URL, die Twilio aufgerufen hat (Schema, Host, Port, Pfad, Query).</translation>
    </message>
    <message>
        <source>A form parameter NAME=VALUE; repeat for each.</source>
        <translation>Ein Formularparameter NAME=VALUE; für jeden Parameter wiederholen.</translation>
    </message>
    <message>
        <source>Form parameters from FILE or -: form-encoded, or a JSON object.</source>
        <translation>Formularparameter aus FILE oder -: formularkodiert oder als JSON-Objekt.</translation>
    </message>
    <message>
        <source>A JSON body from FILE or -; the URL gets bodySHA256 and no parameters are signed.</source>
        <translation>Ein JSON-Body aus FILE oder -; die URL erhält bodySHA256, und es werden keine Parameter signiert.</translation>
    </message>
    <message>
        <source>The X-Twilio-Signature header that was received.</source>
        <translation>Der empfangene X-Twilio-Signature-Header.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>auth token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>Check an X-Twilio-Signature. Exit 0 valid, 1 invalid, 2 usage.</source>
        <translation>Eine X-Twilio-Signature prüfen. Exit-Code 0 gültig, 1 ungültig, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Compute the X-Twilio-Signature Twilio would send.</source>
        <translation>Die X-Twilio-Signature berechnen, die Twilio senden würde.</translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation>--url ist erforderlich</translation>
    </message>
    <message>
        <source>--signature is required</source>
        <translation>--signature ist erforderlich</translation>
    </message>
    <message>
        <source>a JSON body and form parameters cannot be combined; Twilio sends one or the other</source>
        <translation>JSON-Body und Formularparameter können nicht kombiniert werden; Twilio sendet entweder das eine oder das andere</translation>
    </message>
    <message>
        <source>only one input can come from standard input</source>
        <translation>nur eine Eingabe kann von der Standardeingabe kommen</translation>
    </message>
    <message>
        <source>--url must be a full URL such as https://example.com/sms</source>
        <translation>--url muss eine vollständige URL sein, z. B. https://example.com/sms</translation>
    </message>
    <message>
        <source>URL with bodySHA256: %1</source>
        <translation>URL mit bodySHA256: %1</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>usage: keydesk-cli webhook sign|verify [options]   (--help on each)</source>
        <translation>Aufruf: keydesk-cli webhook sign|verify [options]   (jeweils mit --help)</translation>
    </message>
    <message>
        <source>unknown webhook command &quot;%1&quot;; %2</source>
        <translation>unbekannter webhook-Befehl „%1“; %2</translation>
    </message>
</context>
<context>
    <name>WebhookSignature</name>
    <message>
        <source>as given</source>
        <translation>wie angegeben</translation>
    </message>
    <message>
        <source>without port</source>
        <translation>ohne Port</translation>
    </message>
    <message>
        <source>with port :%1</source>
        <translation>mit Port :%1</translation>
    </message>
    <message>
        <source>The signature is valid (URL %1).</source>
        <translation>Die Signatur ist gültig (URL %1).</translation>
    </message>
    <message>
        <source>The signature does not match any URL variant (%1). Check the exact URL Twilio called (scheme, host, port, query), every parameter, and that the auth token is the primary one.</source>
        <translation>Die Signatur passt zu keiner URL-Variante (%1 geprüft). Prüfen Sie die genaue URL, die Twilio aufgerufen hat (Schema, Host, Port, Query), jeden Parameter und ob das Auth Token das primäre ist.</translation>
    </message>
    <message>
        <source>The URL has no bodySHA256 parameter; Twilio adds it to the URL of every JSON webhook.</source>
        <translation>Die URL hat keinen Parameter bodySHA256; Twilio fügt ihn der URL jedes JSON-Webhooks hinzu.</translation>
    </message>
    <message>
        <source>The body&apos;s SHA-256 (%1) differs from bodySHA256 in the URL: the body was changed on the way.</source>
        <translation>Der SHA-256-Hash des Bodys (%1) weicht von bodySHA256 in der URL ab: Der Body wurde unterwegs verändert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Twilio API keys and Access Tokens.</source>
        <translation>Desktop-Konsole für Twilio-API-Schlüssel und Access Tokens.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox account with demo keys (no Twilio account needed).</source>
        <translation>Mit dem integrierten Sandbox-Konto und Demo-Schlüsseln starten (kein Twilio-Konto nötig).</translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation>Sandbox-Konto</translation>
    </message>
</context>
</TS>
