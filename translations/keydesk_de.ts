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
    <name>AccountService</name>
    <message>
        <source>an account in the answer has no valid SID</source>
        <translation>ein Konto in der Antwort hat keine gültige SID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Account SID (AC followed by 32 hexadecimal digits).</source>
        <translation>„%1“ ist keine Account SID (AC gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>%1 has a status that is not active, suspended or closed</source>
        <translation>%1 hat einen Status, der weder active noch suspended noch closed ist</translation>
    </message>
    <message>
        <source>%1 has a type that is not Trial or Full</source>
        <translation>%1 hat einen Typ, der weder Trial noch Full ist</translation>
    </message>
    <message>
        <source>the answer is about account %1, not the one asked for (%2)</source>
        <translation>die Antwort betrifft Konto %1, nicht das angefragte (%2)</translation>
    </message>
    <message>
        <source>the answer lists account %1, which account %2 does not own</source>
        <translation>die Antwort nennt Konto %1, das nicht zu Konto %2 gehört</translation>
    </message>
</context>
<context>
    <name>AnswerFields</name>
    <message>
        <source>%1 has a %2 that is not text</source>
        <translation>%1 hat ein Feld %2, das kein Text ist</translation>
    </message>
    <message>
        <source>%1 has a %2 longer than %3 characters</source>
        <translation>%1 hat ein Feld %2, das länger als %3 Zeichen ist</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a date</source>
        <translation>%1 hat ein Feld %2, das kein Datum ist</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not an Account SID</source>
        <translation>%1 hat ein Feld %2, das keine Account SID ist</translation>
    </message>
    <message>
        <source>%1 has a %2 that is not a list of at most %3 texts</source>
        <translation>%1 hat ein Feld %2, das keine Liste von höchstens %3 Texten ist</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>No credentials are set for this profile.</source>
        <translation>Für dieses Profil sind keine Zugangsdaten hinterlegt.</translation>
    </message>
    <message>
        <source>The request URL &quot;%1&quot; is not valid.</source>
        <translation>Die Anfrage-URL „%1“ ist ungültig.</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed in the middle of the answer: %1</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen: %1</translation>
    </message>
    <message>
        <source>the JSON is cut off or broken: %1 at byte %2</source>
        <translation>das JSON ist abgeschnitten oder beschädigt: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>the answer has no body</source>
        <translation>die Antwort hat keinen Inhalt</translation>
    </message>
    <message>
        <source>the answer is larger than %1, the most KeyDesk reads; it stopped reading there</source>
        <translation>die Antwort ist größer als %1, das Höchste, was KeyDesk liest; es hat dort aufgehört zu lesen</translation>
    </message>
    <message>
        <source>The server asked to wait %1 s before trying again (Retry-After), longer than KeyDesk waits for one request; try again later.</source>
        <translation>Der Server bat, vor einem neuen Versuch %1 s zu warten (Retry-After), länger als KeyDesk für eine Anfrage wartet; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>ApiCredentials</name>
    <message>
        <source>no credentials were given</source>
        <translation>es wurden keine Zugangsdaten angegeben</translation>
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
    <message>
        <source>the Account SID is not valid: it must be AC followed by 32 hexadecimal digits (the value is not shown in case it is a secret)</source>
        <translation>die Account SID ist ungültig: Sie muss aus AC gefolgt von 32 Hexadezimalziffern bestehen (der Wert wird nicht angezeigt, falls es sich um ein Secret handelt)</translation>
    </message>
    <message>
        <source>the API key SID is not valid: it must be SK followed by 32 hexadecimal digits (the value is not shown in case it is a secret)</source>
        <translation>die SID des API-Schlüssels ist ungültig: Sie muss aus SK gefolgt von 32 Hexadezimalziffern bestehen (der Wert wird nicht angezeigt, falls es sich um ein Secret handelt)</translation>
    </message>
    <message>
        <source>Twilio sign-in through OAuth app %1 (sign in again if it was revoked)</source>
        <translation>Twilio-Anmeldung über die OAuth-App %1 (melden Sie sich erneut an, falls sie widerrufen wurde)</translation>
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
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>ApiPager</name>
    <message>
        <source>the page has no &quot;%1&quot; list</source>
        <translation>die Seite enthält keine Liste „%1“</translation>
    </message>
    <message>
        <source>the server sent the same next page twice; stopped to avoid a loop</source>
        <translation>der Server hat dieselbe nächste Seite zweimal gesendet; abgebrochen, um eine Endlosschleife zu vermeiden</translation>
    </message>
    <message>
        <source>the next-page link &quot;%1&quot; is not usable</source>
        <translation>der Link zur nächsten Seite „%1“ ist nicht verwendbar</translation>
    </message>
    <message>
        <source>the list has more than %1 pages; KeyDesk follows at most %1 pages of one list and stopped there</source>
        <translation>die Liste hat mehr als %1 Seiten; KeyDesk folgt höchstens %1 Seiten einer Liste und hat dort aufgehört</translation>
    </message>
</context>
<context>
    <name>AuthTokenCommands</name>
    <message>
        <source>Create the secondary Auth Token and print it, once. Promote it when every client uses it.</source>
        <translation>Das sekundäre Auth Token erstellen und einmalig ausgeben. Machen Sie es zum primären, sobald alle Clients es verwenden.</translation>
    </message>
    <message>
        <source>secondary auth token: %1</source>
        <translation>sekundäres Auth Token: %1</translation>
    </message>
    <message>
        <source>keydesk-cli: this is the only time the secondary token is shown; store it now.</source>
        <translation>keydesk-cli: Das sekundäre Token wird nur dieses eine Mal angezeigt; speichern Sie es jetzt.</translation>
    </message>
    <message>
        <source>Do not ask; needed when there is no terminal.</source>
        <translation>Nicht nachfragen; erforderlich, wenn kein Terminal vorhanden ist.</translation>
    </message>
    <message>
        <source>Delete the secondary Auth Token. Asks first unless --yes.</source>
        <translation>Das sekundäre Auth Token löschen. Fragt vorher nach, außer mit --yes.</translation>
    </message>
    <message>
        <source>Delete the secondary Auth Token of %1? Clients using it stop working at once.</source>
        <translation>Das sekundäre Auth Token von %1 löschen? Clients, die es verwenden, funktionieren sofort nicht mehr.</translation>
    </message>
    <message>
        <source>secondary auth token deleted</source>
        <translation>sekundäres Auth Token gelöscht</translation>
    </message>
    <message>
        <source>Make the secondary Auth Token the primary. The old primary stops working at once. Asks first unless --yes.</source>
        <translation>Das sekundäre Auth Token zum primären machen. Das alte primäre funktioniert sofort nicht mehr. Fragt vorher nach, außer mit --yes.</translation>
    </message>
    <message>
        <source>Promote the secondary Auth Token of %1? The current primary token stops working at once.</source>
        <translation>Das sekundäre Auth Token von %1 zum primären machen? Das aktuelle primäre Token funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>the secondary auth token is now the primary; the old primary no longer works</source>
        <translation>das sekundäre Auth Token ist jetzt das primäre; das alte primäre funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>unknown authtoken subcommand &quot;%1&quot;
%2</source>
        <translation>unbekannter authtoken-Unterbefehl „%1“
%2</translation>
    </message>
    <message>
        <source>usage: keydesk-cli authtoken &lt;secondary-create|secondary-delete|promote&gt; [options]
  authtoken secondary-create [--json]
  authtoken secondary-delete [--yes]
  authtoken promote [--yes]
Connection: --profile NAME, else TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or a Main key in
TWILIO_API_KEY + TWILIO_API_SECRET), else the active profile; or --sandbox URL | --base-url URL.
</source>
        <translation>Aufruf: keydesk-cli authtoken &lt;secondary-create|secondary-delete|promote&gt; [options]
  authtoken secondary-create [--json]
  authtoken secondary-delete [--yes]
  authtoken promote [--yes]
Verbindung: --profile NAME, sonst TWILIO_ACCOUNT_SID mit TWILIO_AUTH_TOKEN (oder ein Main-Schlüssel
in TWILIO_API_KEY + TWILIO_API_SECRET), sonst das aktive Profil; oder --sandbox URL | --base-url URL.
</translation>
    </message>
</context>
<context>
    <name>AuthTokenPage</name>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>&amp;Create secondary token</source>
        <translation>Sekundäres Token &amp;erstellen</translation>
    </message>
    <message>
        <source>Create a secondary Auth Token; Twilio shows it once</source>
        <translation>Ein sekundäres Auth Token erstellen; Twilio zeigt es nur einmal an</translation>
    </message>
    <message>
        <source>&amp;Promote secondary token…</source>
        <translation>Sekundäres Token zum primären &amp;machen…</translation>
    </message>
    <message>
        <source>Make the secondary Auth Token the primary one; the current primary stops working at once</source>
        <translation>Das sekundäre Auth Token zum primären machen; das aktuelle primäre funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <source>&amp;Delete secondary token…</source>
        <translation>Sekundäres Token &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the secondary Auth Token; the primary keeps working</source>
        <translation>Das sekundäre Auth Token löschen; das primäre funktioniert weiterhin</translation>
    </message>
    <message>
        <source>&amp;Auth Token</source>
        <translation>&amp;Auth Token</translation>
    </message>
    <message>
        <source>Auth Token rotation</source>
        <translation>Rotation des Auth Tokens</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Signed in with:</source>
        <translation>Angemeldet mit:</translation>
    </message>
    <message>
        <source>How the rotation works</source>
        <translation>So funktioniert die Rotation</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>Create a secondary Auth Token. Twilio shows it once, so store it right away. From then on both the primary and the secondary token work.</source>
        <translation>Erstellen Sie ein sekundäres Auth Token. Twilio zeigt es nur einmal an, speichern Sie es also sofort. Ab dann funktionieren sowohl das primäre als auch das sekundäre Token.</translation>
    </message>
    <message>
        <source>2.</source>
        <translation>2.</translation>
    </message>
    <message>
        <source>Update your apps, servers and scripts to the secondary token, and the webhook signature checks (X-Twilio-Signature) that validate Twilio&apos;s requests with the Auth Token.</source>
        <translation>Stellen Sie Ihre Apps, Server und Skripte auf das sekundäre Token um, ebenso die Prüfungen der Webhook-Signatur (X-Twilio-Signature), die Anfragen von Twilio mit dem Auth Token validieren.</translation>
    </message>
    <message>
        <source>3.</source>
        <translation>3.</translation>
    </message>
    <message>
        <source>Promote the secondary token: it becomes the primary Auth Token, and the old primary stops working at once. Everything still using the old token is refused, and webhook signature checks keyed with it fail until they get the new one.</source>
        <translation>Machen Sie das sekundäre Token zum primären: Es wird zum primären Auth Token, und das alte primäre funktioniert sofort nicht mehr. Alles, was noch das alte Token verwendet, wird abgelehnt, und Prüfungen der Webhook-Signatur mit dem alten Token schlagen fehl, bis sie das neue erhalten.</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Oder:</translation>
    </message>
    <message>
        <source>Delete the secondary token to keep the current primary, for instance when the secondary token leaked or the rotation is called off.</source>
        <translation>Löschen Sie das sekundäre Token, um das aktuelle primäre zu behalten, etwa wenn das sekundäre Token kompromittiert wurde oder die Rotation abgebrochen wird.</translation>
    </message>
    <message>
        <source>No Twilio account is connected, so there is no Auth Token to rotate. Add a profile in the Profiles page, or start KeyDesk with --sandbox to try it on a built-in sandbox account.</source>
        <translation>Es ist kein Twilio-Konto verbunden, daher gibt es kein Auth Token zum Rotieren. Fügen Sie auf der Seite „Profile“ ein Profil hinzu, oder starten Sie KeyDesk mit --sandbox, um es mit dem integrierten Sandbox-Konto auszuprobieren.</translation>
    </message>
    <message>
        <source>No Twilio account is connected</source>
        <translation>Es ist kein Twilio-Konto verbunden</translation>
    </message>
    <message>
        <source>No account connected</source>
        <translation>Kein Konto verbunden</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Nothing (no profile)</source>
        <translation>Nichts (kein Profil)</translation>
    </message>
    <message>
        <source>The account&apos;s Auth Token. After a promotion it no longer works: update the profile.</source>
        <translation>Das Auth Token des Kontos. Sobald ein sekundäres Token zum primären gemacht wird, funktioniert es nicht mehr: Aktualisieren Sie dann das Profil.</translation>
    </message>
    <message>
        <source>API key %1. Only a Main key can rotate the Auth Token; a Standard or Restricted key is refused.</source>
        <translation>API-Schlüssel %1. Nur ein Main-Schlüssel kann das Auth Token rotieren; ein Standard-Schlüssel oder eingeschränkter Schlüssel (Restricted) wird abgelehnt.</translation>
    </message>
    <message>
        <source>OAuth (%1)</source>
        <translation>OAuth (%1)</translation>
    </message>
    <message>
        <source>A secondary Auth Token was created on %1. Both tokens work until you promote or delete it.</source>
        <translation>Am %1 wurde ein sekundäres Auth Token erstellt. Beide Tokens funktionieren, bis Sie es zum primären machen oder löschen.</translation>
    </message>
    <message>
        <source>The secondary token became the primary on %1. There is no secondary token now.</source>
        <translation>Das sekundäre Token wurde am %1 zum primären gemacht. Derzeit gibt es kein sekundäres Token.</translation>
    </message>
    <message>
        <source>There is no secondary Auth Token now.</source>
        <translation>Derzeit gibt es kein sekundäres Auth Token.</translation>
    </message>
    <message>
        <source>Twilio does not tell whether a secondary Auth Token exists; Promote and Delete say so when there is none.</source>
        <translation>Twilio gibt nicht an, ob ein sekundäres Auth Token existiert; „Zum primären machen“ und „Löschen“ melden es, wenn keines existiert.</translation>
    </message>
    <message>
        <source>A secondary Auth Token was created. Store it, update your apps and webhook signature checks, then promote it.</source>
        <translation>Ein sekundäres Auth Token wurde erstellt. Speichern Sie es, stellen Sie Ihre Apps und die Prüfungen der Webhook-Signatur um, und machen Sie es dann zum primären.</translation>
    </message>
    <message>
        <source>Secondary Auth Token created.</source>
        <translation>Sekundäres Auth Token erstellt.</translation>
    </message>
    <message>
        <source>Creating a secondary Auth Token for %1…</source>
        <translation>Sekundäres Auth Token für %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Secondary Auth Token</source>
        <translation>Sekundäres Auth Token</translation>
    </message>
    <message>
        <source>A secondary Auth Token for account %1 was created on %2. It works alongside the primary token until you promote or delete it. KeyDesk does not keep it.</source>
        <translation>Für das Konto %1 wurde am %2 ein sekundäres Auth Token erstellt. Es funktioniert neben dem primären Token, bis Sie es zum primären machen oder löschen. KeyDesk speichert es nicht.</translation>
    </message>
    <message>
        <source>Promote Secondary Auth Token</source>
        <translation>Sekundäres Auth Token zum primären machen</translation>
    </message>
    <message>
        <source>Make the secondary Auth Token the primary Auth Token of account %1?</source>
        <translation>Das sekundäre Auth Token zum primären Auth Token des Kontos %1 machen?</translation>
    </message>
    <message>
        <source>The current primary Auth Token stops working at once: every app, server and script that still uses it is refused. Webhook signature checks (X-Twilio-Signature) keyed with the old token fail until they get the new one. Promote only after you have stored the secondary token and updated what uses the Auth Token. This cannot be undone.</source>
        <translation>Das aktuelle primäre Auth Token funktioniert sofort nicht mehr: Jede App, jeder Server und jedes Skript, die es noch verwenden, werden abgelehnt. Prüfungen der Webhook-Signatur (X-Twilio-Signature) mit dem alten Token schlagen fehl, bis sie das neue erhalten. Machen Sie das sekundäre Token erst zum primären, wenn Sie es gespeichert und alles umgestellt haben, was das Auth Token verwendet. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Promote Secondary Token</source>
        <translation>Sekundäres Token zum primären &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Keep Current Token</source>
        <translation>Aktuelles Token &amp;behalten</translation>
    </message>
    <message>
        <source>The secondary Auth Token is now the primary; the old primary stopped working.</source>
        <translation>Das sekundäre Auth Token ist jetzt das primäre; das alte primäre funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>This profile still holds the old token, so KeyDesk&apos;s own requests are refused until it is updated.</source>
        <translation>Dieses Profil enthält noch das alte Token, daher werden die Anfragen von KeyDesk selbst abgelehnt, bis es aktualisiert ist.</translation>
    </message>
    <message>
        <source>Update the profile&apos;s Auth Token in Profiles.</source>
        <translation>Aktualisieren Sie das Auth Token des Profils auf der Seite „Profile“.</translation>
    </message>
    <message>
        <source>Secondary Auth Token promoted to primary.</source>
        <translation>Sekundäres Auth Token zum primären gemacht.</translation>
    </message>
    <message>
        <source>Promoting the secondary Auth Token of %1…</source>
        <translation>Sekundäres Auth Token von %1 wird zum primären gemacht…</translation>
    </message>
    <message>
        <source>Delete Secondary Auth Token</source>
        <translation>Sekundäres Auth Token löschen</translation>
    </message>
    <message>
        <source>Delete the secondary Auth Token of account %1?</source>
        <translation>Das sekundäre Auth Token des Kontos %1 löschen?</translation>
    </message>
    <message>
        <source>Everything that already uses the secondary token is refused from then on. The primary Auth Token keeps working. To rotate later, create a new secondary token.</source>
        <translation>Alles, was das sekundäre Token bereits verwendet, wird ab dann abgelehnt. Das primäre Auth Token funktioniert weiterhin. Um später zu rotieren, erstellen Sie ein neues sekundäres Token.</translation>
    </message>
    <message>
        <source>&amp;Delete Secondary Token</source>
        <translation>Sekundäres Token &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>The secondary Auth Token was deleted; the primary keeps working.</source>
        <translation>Das sekundäre Auth Token wurde gelöscht; das primäre funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Secondary Auth Token deleted.</source>
        <translation>Sekundäres Auth Token gelöscht.</translation>
    </message>
    <message>
        <source>Deleting the secondary Auth Token of %1…</source>
        <translation>Sekundäres Auth Token von %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Twilio said: “%1”.</source>
        <translation>Twilio meldet: „%1“.</translation>
    </message>
    <message>
        <source>There is no secondary Auth Token to promote (HTTP 404).</source>
        <translation>Es gibt kein sekundäres Auth Token, das zum primären gemacht werden kann (HTTP 404).</translation>
    </message>
    <message>
        <source>There is no secondary Auth Token to delete (HTTP 404).</source>
        <translation>Es gibt kein sekundäres Auth Token, das gelöscht werden kann (HTTP 404).</translation>
    </message>
    <message>
        <source>Create one first.</source>
        <translation>Erstellen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Only the account&apos;s Auth Token or a Main API key can rotate the Auth Token; this profile signs in with API key %1, which Twilio refused for this. Use a profile with the Auth Token or a Main key of %2.</source>
        <translation>Nur das Auth Token des Kontos oder ein Main-API-Schlüssel kann das Auth Token rotieren; dieses Profil meldet sich mit dem API-Schlüssel %1 an, den Twilio dafür abgelehnt hat. Verwenden Sie ein Profil mit dem Auth Token oder einem Main-Schlüssel von %2.</translation>
    </message>
    <message>
        <source>If the Auth Token was promoted or changed since this profile was saved, the token it holds no longer works: update it in Profiles.</source>
        <translation>Wurde seit dem Speichern dieses Profils ein sekundäres Token zum primären gemacht oder das Auth Token geändert, funktioniert das im Profil hinterlegte Token nicht mehr: Aktualisieren Sie es auf der Seite „Profile“.</translation>
    </message>
    <message>
        <source>This profile signs in with OAuth, which Twilio refused for this; rotating the Auth Token needs the account&apos;s Auth Token or a Main API key.</source>
        <translation>Dieses Profil meldet sich über OAuth an, was Twilio dafür abgelehnt hat; zum Rotieren des Auth Tokens sind das Auth Token des Kontos oder ein Main-API-Schlüssel erforderlich.</translation>
    </message>
    <message>
        <source>The promotion may or may not have happened: if Twilio now refuses the old Auth Token, the secondary token is the primary one.</source>
        <translation>Ob das sekundäre Token zum primären gemacht wurde, ist unklar: Lehnt Twilio jetzt das alte Auth Token ab, ist das sekundäre Token das primäre.</translation>
    </message>
    <message>
        <source>The promoted token is the primary now; KeyDesk was started with TWILIO_AUTH_TOKEN, so set that variable to the new token.</source>
        <translation>Das beförderte Token ist jetzt das primäre; KeyDesk wurde mit TWILIO_AUTH_TOKEN gestartet, setzen Sie diese Variable also auf das neue Token.</translation>
    </message>
    <message>
        <source>Update Profile</source>
        <translation>Profil aktualisieren</translation>
    </message>
    <message>
        <source>Store the new primary Auth Token in profile %1?</source>
        <translation>Das neue primäre Auth Token im Profil %1 speichern?</translation>
    </message>
    <message>
        <source>The profile still holds the old token, which Twilio now refuses. KeyDesk stores the new one (the secondary you created here) in the keychain and keeps working with it.</source>
        <translation>Das Profil enthält noch das alte Token, das Twilio jetzt ablehnt. KeyDesk speichert das neue (das hier erstellte sekundäre) im Schlüsselbund und arbeitet damit weiter.</translation>
    </message>
    <message>
        <source>&amp;Update Profile</source>
        <translation>Profil &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>The profile still holds the old token: update its Auth Token in Profiles.</source>
        <translation>Das Profil enthält noch das alte Token: Aktualisieren Sie sein Auth Token unter Profile.</translation>
    </message>
    <message>
        <source>Storing the new Auth Token in profile %1…</source>
        <translation>Das neue Auth Token wird im Profil %1 gespeichert…</translation>
    </message>
    <message>
        <source>The new Auth Token could not be stored in profile %1: %2 Update it in Profiles.</source>
        <translation>Das neue Auth Token konnte nicht im Profil %1 gespeichert werden: %2 Aktualisieren Sie es unter Profile.</translation>
    </message>
    <message>
        <source>Profile %1 now holds the new primary Auth Token.</source>
        <translation>Das Profil %1 enthält jetzt das neue primäre Auth Token.</translation>
    </message>
</context>
<context>
    <name>AuthTokenService</name>
    <message>
        <source>The secondary token may or may not exist now; if creating it again fails, delete it and create a new one.</source>
        <translation>Ob das sekundäre Token jetzt existiert, ist unklar; wenn das erneute Erstellen fehlschlägt, löschen Sie es und erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>the answer has no secondary_auth_token</source>
        <translation>die Antwort enthält kein secondary_auth_token</translation>
    </message>
    <message>
        <source>the answer&apos;s account_sid is not an Account SID</source>
        <translation>das account_sid der Antwort ist keine Account SID</translation>
    </message>
    <message>
        <source>the answer is about account %1, not %2</source>
        <translation>die Antwort betrifft das Konto %1, nicht %2</translation>
    </message>
    <message>
        <source>the secondary_auth_token in the answer is not 32 hexadecimal digits (not shown)</source>
        <translation>das secondary_auth_token in der Antwort besteht nicht aus 32 Hexadezimalziffern (nicht angezeigt)</translation>
    </message>
    <message>
        <source>the answer&apos;s date_created cannot be read</source>
        <translation>das date_created der Antwort ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>JWT ID: Twilio writes &quot;&lt;API key SID&gt;-&lt;issue time&gt;&quot;.</source>
        <translation>JWT-ID: Twilio schreibt „&lt;SID des API-Schlüssels&gt;-&lt;Ausstellungszeit&gt;“.</translation>
    </message>
    <message>
        <source>Issuer: the API key SID (SK…) whose secret signed the token.</source>
        <translation>Aussteller: die SID des API-Schlüssels (SK…), dessen Secret das Token signiert hat.</translation>
    </message>
    <message>
        <source>Subject: the Account SID (AC…) the token acts for.</source>
        <translation>Subjekt: die Account SID (AC…), in deren Namen das Token handelt.</translation>
    </message>
    <message>
        <source>Issued at (seconds since 1970, UTC).</source>
        <translation>Ausgestellt am (Sekunden seit 1970, UTC).</translation>
    </message>
    <message>
        <source>Not before: the token is refused until this time.</source>
        <translation>Nicht vor: Bis zu diesem Zeitpunkt wird das Token abgelehnt.</translation>
    </message>
    <message>
        <source>Expiration time: refused from this second on (at most 24 h after issue).</source>
        <translation>Ablaufzeit: Ab dieser Sekunde wird das Token abgelehnt (höchstens 24 Std. nach Ausstellung).</translation>
    </message>
    <message>
        <source>What the token allows: identity and one object per product (see Grants).</source>
        <translation>Was das Token erlaubt: Identität und ein Objekt pro Produkt (siehe Grants).</translation>
    </message>
    <message>
        <source>Audience: who the token is meant for (not used by Twilio Access Tokens).</source>
        <translation>Zielgruppe (Audience): für wen das Token bestimmt ist (von Twilio Access Tokens nicht verwendet).</translation>
    </message>
    <message>
        <source>Scopes of a legacy Twilio Client capability token.</source>
        <translation>Scopes eines veralteten Capability Tokens für Twilio Client.</translation>
    </message>
    <message>
        <source>The client&apos;s identity (belongs inside grants).</source>
        <translation>Die Identität des Clients (gehört in grants).</translation>
    </message>
    <message>
        <source>Version of a TaskRouter capability token.</source>
        <translation>Version eines TaskRouter Capability Tokens.</translation>
    </message>
    <message>
        <source>Friendly name of a TaskRouter capability token.</source>
        <translation>Anzeigename eines TaskRouter Capability Tokens.</translation>
    </message>
    <message>
        <source>Account SID of a TaskRouter capability token.</source>
        <translation>Account SID eines TaskRouter Capability Tokens.</translation>
    </message>
    <message>
        <source>TaskRouter Workspace (WS…).</source>
        <translation>TaskRouter-Workspace (WS…).</translation>
    </message>
    <message>
        <source>TaskRouter Worker (WK…).</source>
        <translation>TaskRouter-Worker (WK…).</translation>
    </message>
    <message>
        <source>Event channel of a TaskRouter capability token.</source>
        <translation>Ereigniskanal eines TaskRouter Capability Tokens.</translation>
    </message>
    <message>
        <source>Policies of a TaskRouter capability token.</source>
        <translation>Richtlinien eines TaskRouter Capability Tokens.</translation>
    </message>
    <message>
        <source>Hashed request headers (public-key client validation).</source>
        <translation>Gehashte Anfrage-Header (Public Key Client Validation).</translation>
    </message>
    <message>
        <source>Request hash (public-key client validation).</source>
        <translation>Hash der Anfrage (Public Key Client Validation).</translation>
    </message>
    <message>
        <source>Signing algorithm; Twilio Access Tokens use HS256.</source>
        <translation>Signaturalgorithmus; Twilio Access Tokens verwenden HS256.</translation>
    </message>
    <message>
        <source>Media type of the token: &quot;JWT&quot;.</source>
        <translation>Medientyp des Tokens: „JWT“.</translation>
    </message>
    <message>
        <source>Content type: &quot;twilio-fpa;v=1&quot; marks a Twilio Access Token.</source>
        <translation>Inhaltstyp: „twilio-fpa;v=1“ kennzeichnet ein Twilio Access Token.</translation>
    </message>
    <message>
        <source>Twilio region (us1, ie1, au1); the key must belong to it.</source>
        <translation>Twilio-Region (us1, ie1, au1); der Schlüssel muss zu ihr gehören.</translation>
    </message>
    <message>
        <source>Key ID: the credential that signed the token.</source>
        <translation>Schlüssel-ID: die Zugangsdaten, mit denen das Token signiert wurde.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft %1 ab</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>valid %1</source>
        <translation>wird %1 gültig</translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation>%1 gültig geworden</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>%1 ausgestellt</translation>
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
        <source>the secret is empty</source>
        <translation>das Secret ist leer</translation>
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
    <message>
        <source>the environment variable named by --secret-env is not set (give the variable&apos;s name, not the secret)</source>
        <translation>die mit --secret-env angegebene Umgebungsvariable ist nicht gesetzt (geben Sie den Namen der Variablen an, nicht das Secret)</translation>
    </message>
    <message>
        <source>cannot read the file named by --secret-file: %1</source>
        <translation>die mit --secret-file angegebene Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file named by --secret-file is not a regular file (a directory, FIFO or device is refused)</source>
        <translation>die mit --secret-file angegebene Datei ist keine reguläre Datei (Verzeichnisse, FIFOs und Geräte werden abgelehnt)</translation>
    </message>
    <message>
        <source>the file named by --secret-file is larger than %1 KiB; that is not a secret</source>
        <translation>die mit --secret-file angegebene Datei ist größer als %1 KiB; das ist kein Secret</translation>
    </message>
    <message>
        <source>--secret-encoding must be utf8 or base64</source>
        <translation>--secret-encoding muss utf8 oder base64 sein</translation>
    </message>
    <message>
        <source>standard input holds more than %1 KiB; that is not a secret</source>
        <translation>die Standardeingabe enthält mehr als %1 KiB; das ist kein Secret</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>unknown command &quot;%1&quot;

%2</source>
        <translation>unbekannter Befehl „%1“

%2</translation>
    </message>
    <message>
        <source>KeyDesk command line: Twilio API keys and Access Tokens.

usage: keydesk-cli &lt;command&gt; &lt;subcommand&gt; [options]

  token decode [TOKEN|-] [--json] [--at UNIX]
  token verify [TOKEN|-] &lt;secret option&gt; [--at UNIX] [--json] [--signature-only]
  token build --account-sid AC… --key-sid SK… &lt;secret option&gt; --identity ID
              [--ttl S] [--nbf UNIX] [--region R] [--now UNIX] [--grants-json FILE|-]
  webhook sign|verify --url URL &lt;secret option&gt; [--param N=V]… [--body-file FILE]
  keys list [--api iam|v2010] [--details] [--json]
  keys show SID | delete SID [--yes]
  keys create --name N [--restricted --permission P… | --policy-file F] [--api v2010|iam]
  keys duplicate SID --name N [--add P]… [--remove P]…
  keys update SID [--name N] [--policy-file F] [--add P]… [--remove P]…
  authtoken secondary-create | secondary-delete [--yes] | promote [--yes]
    (keys, authtoken: --profile NAME, else TWILIO_ACCOUNT_SID + TWILIO_API_KEY/TWILIO_API_SECRET
     or TWILIO_AUTH_TOKEN, else the active profile; or --sandbox URL. --base-url URL,
     --region R, --edge E override the profile&apos;s)
  profiles list [--json] [--names] | use NAME | remove NAME [--yes] | test [NAME]
  profiles add NAME --account-sid AC… (--use-auth-token | --api-key SK… | --oauth-client-id ID)
               &lt;secret option&gt; [--region R] [--edge E] [--base-url URL] [--test]
  profiles import-twilio-cli [--config FILE] [--all | NAME…] [--strip-secrets] [--yes]
  vault store|remove|check SK… [&lt;secret option&gt;]   (API key secrets in the system keychain)

Secret options: --secret-env VAR, --secret-file FILE, --secret-stdin, or --vault (token
build/verify: the key&apos;s secret from the system keychain). Secrets are never accepted on the
command line.
Exit codes: 0 ok, 1 negative answer, 2 usage or malformed input, 3 network/API error.
Every command has --help.
</source>
        <translation>KeyDesk-Befehlszeile: Twilio-API-Schlüssel und Access Tokens.

Aufruf: keydesk-cli &lt;command&gt; &lt;subcommand&gt; [options]

  token decode [TOKEN|-] [--json] [--at UNIX]
  token verify [TOKEN|-] &lt;secret option&gt; [--at UNIX] [--json] [--signature-only]
  token build --account-sid AC… --key-sid SK… &lt;secret option&gt; --identity ID
              [--ttl S] [--nbf UNIX] [--region R] [--now UNIX] [--grants-json FILE|-]
  webhook sign|verify --url URL &lt;secret option&gt; [--param N=V]… [--body-file FILE]
  keys list [--api iam|v2010] [--details] [--json]
  keys show SID | delete SID [--yes]
  keys create --name N [--restricted --permission P… | --policy-file F] [--api v2010|iam]
  keys duplicate SID --name N [--add P]… [--remove P]…
  keys update SID [--name N] [--policy-file F] [--add P]… [--remove P]…
  authtoken secondary-create | secondary-delete [--yes] | promote [--yes]
    (keys, authtoken: --profile NAME, sonst TWILIO_ACCOUNT_SID + TWILIO_API_KEY/TWILIO_API_SECRET
     oder TWILIO_AUTH_TOKEN, sonst das aktive Profil; oder --sandbox URL. --base-url URL,
     --region R, --edge E überschreiben die Werte des Profils)
  profiles list [--json] [--names] | use NAME | remove NAME [--yes] | test [NAME]
  profiles add NAME --account-sid AC… (--use-auth-token | --api-key SK… | --oauth-client-id ID)
               &lt;secret option&gt; [--region R] [--edge E] [--base-url URL] [--test]
  profiles import-twilio-cli [--config FILE] [--all | NAME…] [--strip-secrets] [--yes]
  vault store|remove|check SK… [&lt;secret option&gt;]   (Secrets von API-Schlüsseln im Schlüsselbund des Systems)

Secret-Optionen: --secret-env VAR, --secret-file FILE, --secret-stdin oder --vault (bei token
build/verify: das Secret des Schlüssels aus dem Schlüsselbund des Systems). Secrets werden nie
auf der Befehlszeile angenommen.
Exit-Codes: 0 OK, 1 negative Antwort, 2 falscher Aufruf oder fehlerhafte Eingabe, 3 Netzwerk-/API-Fehler.
Jeder Befehl hat --help.
</translation>
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
    <name>Confirmation</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Twilio refused this API key on the account and on the key endpoints: either the key SID or secret is wrong, or it is a Standard key, which cannot manage keys (use the Auth Token or a Main key). %1</source>
        <translation>Twilio hat diesen API-Schlüssel am Konto-Endpunkt und an den Schlüssel-Endpunkten abgelehnt: Entweder sind SID oder Secret des Schlüssels falsch, oder es handelt sich um einen Standard-Schlüssel, der keine Schlüssel verwalten kann (verwenden Sie das Auth Token oder einen Main-Schlüssel). %1</translation>
    </message>
    <message>
        <source>Connected to account %1, but this API key is refused on the key endpoints: a Standard key (or a Restricted key without key permissions) cannot manage keys.</source>
        <translation>Mit dem Konto %1 verbunden, aber dieser API-Schlüssel wird an den Schlüssel-Endpunkten abgelehnt: Ein Standard-Schlüssel (oder ein eingeschränkter Schlüssel ohne Schlüsselberechtigungen) kann keine Schlüssel verwalten.</translation>
    </message>
    <message>
        <source>Connected to account %1: this Auth Token can manage the account&apos;s keys.</source>
        <translation>Mit dem Konto %1 verbunden: Dieses Auth Token kann die Schlüssel des Kontos verwalten.</translation>
    </message>
    <message>
        <source>Connected to account %1: this OAuth client can list and manage keys.</source>
        <translation>Mit dem Konto %1 verbunden: Dieser OAuth-Client kann Schlüssel auflisten und verwalten.</translation>
    </message>
    <message>
        <source>Connected to account %1: this Restricted key can list keys; everything else it may do is set by its permissions.</source>
        <translation>Mit dem Konto %1 verbunden: Dieser eingeschränkte Schlüssel (Restricted) kann Schlüssel auflisten; was er darüber hinaus darf, legen seine Berechtigungen fest.</translation>
    </message>
    <message>
        <source>Connected to account %1: this Main key can manage the account&apos;s keys.</source>
        <translation>Mit dem Konto %1 verbunden: Dieser Main-Schlüssel kann die Schlüssel des Kontos verwalten.</translation>
    </message>
    <message>
        <source>Connected to account %1: this API key can list the account&apos;s keys (a Main key, or a Restricted key whose permissions allow it).</source>
        <translation>Mit dem Konto %1 verbunden: Dieser API-Schlüssel kann die Schlüssel des Kontos auflisten (ein Main-Schlüssel oder ein eingeschränkter Schlüssel, dessen Berechtigungen dies erlauben).</translation>
    </message>
    <message>
        <source>Connected to account %1: this Twilio sign-in can list and manage keys.</source>
        <translation>Mit Konto %1 verbunden: diese Twilio-Anmeldung kann Schlüssel auflisten und verwalten.</translation>
    </message>
</context>
<context>
    <name>CreateKeyCommand</name>
    <message>
        <source>This account (%1)</source>
        <translation>Dieses Konto (%1)</translation>
    </message>
    <message>
        <source>Subaccount “%1” (%2)</source>
        <translation>Unterkonto „%1“ (%2)</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Key “%1” was created.</source>
        <translation>Schlüssel „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Key “%1” created; its secret is kept for this session only (no keychain answered).</source>
        <translation>Schlüssel „%1“ erstellt; sein Secret wird nur für diese Sitzung aufbewahrt (kein Schlüsselbund hat geantwortet).</translation>
    </message>
    <message>
        <source>Key “%1” created; its secret is in your keychain.</source>
        <translation>Schlüssel „%1“ erstellt; sein Secret liegt in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Key “%1” created.</source>
        <translation>Schlüssel „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Key created, secret lost</source>
        <translation>Schlüssel erstellt, Secret verloren</translation>
    </message>
    <message>
        <source>Key “%1” (%2) exists, but the answer that carried its secret was lost. Twilio never shows a secret again, so this key&apos;s secret can never be shown.</source>
        <translation>Schlüssel „%1“ (%2) existiert, aber die Antwort mit seinem Secret ging verloren. Twilio zeigt ein Secret nie ein zweites Mal an, daher kann das Secret dieses Schlüssels nie mehr angezeigt werden.</translation>
    </message>
    <message>
        <source>Delete it now and create another? (%1)</source>
        <translation>Jetzt löschen und einen neuen erstellen? (%1)</translation>
    </message>
    <message>
        <source>Delete this key</source>
        <translation>Diesen Schlüssel löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Key “%1” was created; its secret could not be shown.</source>
        <translation>Schlüssel „%1“ wurde erstellt; sein Secret konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Key “%1” was deleted; create a new one.</source>
        <translation>Schlüssel „%1“ wurde gelöscht; erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Profile “%1” (%2)</source>
        <translation>Profil „%1“ (%2)</translation>
    </message>
    <message>
        <source>Connecting to the other profile…</source>
        <translation>Verbindung zum anderen Profil wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>A Standard key can call every API of the account and sign Access Tokens. A Restricted key can call only what its permissions allow and cannot sign Access Tokens.</source>
        <translation>Ein Standard-Schlüssel kann alle APIs des Kontos aufrufen und Access Tokens signieren. Ein eingeschränkter Schlüssel (Restricted) kann nur aufrufen, was seine Berechtigungen erlauben, und keine Access Tokens signieren.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Name des Schlüssels</translation>
    </message>
    <message>
        <source>What the key is for, e.g. CI deploy (GitHub Actions)</source>
        <translation>Wozu der Schlüssel dient, z. B. CI-Deployment (GitHub Actions)</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Standard</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>Standard key</source>
        <translation>Standard-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Restricted</source>
        <translation>&amp;Restricted</translation>
    </message>
    <message>
        <source>Restricted key</source>
        <translation>Eingeschränkter Schlüssel (Restricted)</translation>
    </message>
    <message>
        <source>Main keys (which can also manage keys and subaccounts) are made only in the Twilio Console; the API cannot create them.</source>
        <translation>Main-Schlüssel (die auch Schlüssel und Unterkonten verwalten können) lassen sich nur in der Twilio Console erstellen; über die API ist das nicht möglich.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Create the key in account</source>
        <translation>Konto, in dem der Schlüssel erstellt wird</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Duplicate key</source>
        <translation>Schlüssel duplizieren</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message numerus="yes">
        <source>The new key starts with the %n permission(s) of “%1” (%2); adjust them below. The source key is not changed.</source>
        <translation>
            <numerusform>Der neue Schlüssel übernimmt zunächst die %n Berechtigung von „%1“ (%2); passen Sie sie unten an. Der ursprüngliche Schlüssel bleibt unverändert.</numerusform>
            <numerusform>Der neue Schlüssel übernimmt zunächst die %n Berechtigungen von „%1“ (%2); passen Sie sie unten an. Der ursprüngliche Schlüssel bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key is a Standard key like “%1” (%2).</source>
        <translation>Der neue Schlüssel ist wie „%1“ (%2) ein Standard-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 von höchstens %2 Zeichen</translation>
    </message>
    <message>
        <source>Give the key a name, so that it can be told apart from the others later.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, damit er sich später von den anderen unterscheiden lässt.</translation>
    </message>
    <message>
        <source>The permissions cannot be sent: %1</source>
        <translation>Die Berechtigungen können nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The new key gets exactly these permissions.</source>
        <translation>Der neue Schlüssel erhält genau diese Berechtigungen.</translation>
    </message>
    <message>
        <source>The new key gets the permissions as they are after this change; the source key keeps its own.</source>
        <translation>Der neue Schlüssel erhält die Berechtigungen, wie sie nach dieser Änderung sind; der Quellschlüssel behält seine eigenen.</translation>
    </message>
</context>
<context>
    <name>DeleteKeyCommand</name>
    <message>
        <source>Delete the API key “%1” (%2)?</source>
        <translation>API-Schlüssel „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>Delete API key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Every Access Token this key issued stops working at once, and every program that calls Twilio with this key starts failing. This cannot be undone.</source>
        <translation>Alle Access Tokens, die dieser Schlüssel ausgestellt hat, funktionieren sofort nicht mehr, und jedes Programm, das Twilio mit diesem Schlüssel aufruft, schlägt ab dann fehl. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Keep key</source>
        <translation>Schlüssel behalten</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>„%1“ (%2) gelöscht.</translation>
    </message>
</context>
<context>
    <name>EditPermissionsCommand</name>
    <message>
        <source>The permissions of “%1” did not change.</source>
        <translation>Die Berechtigungen von „%1“ wurden nicht geändert.</translation>
    </message>
    <message>
        <source>Saving the permissions of “%1”…</source>
        <translation>Berechtigungen von „%1“ werden gespeichert…</translation>
    </message>
    <message>
        <source>Saved the permissions of “%1”: %2 added, %3 removed.</source>
        <translation>Berechtigungen von „%1“ gespeichert: %2 hinzugefügt, %3 entfernt.</translation>
    </message>
</context>
<context>
    <name>EnvironmentProfile</name>
    <message>
        <source>TWILIO_ACCOUNT_SID is not set: it is needed with TWILIO_API_KEY and TWILIO_API_SECRET, or with TWILIO_AUTH_TOKEN.</source>
        <translation>TWILIO_ACCOUNT_SID ist nicht gesetzt: Die Variable wird zusammen mit TWILIO_API_KEY und TWILIO_API_SECRET oder mit TWILIO_AUTH_TOKEN benötigt.</translation>
    </message>
    <message>
        <source>TWILIO_ACCOUNT_SID is not an Account SID: it must be AC followed by 32 hexadecimal digits (the value is not shown in case it is a secret).</source>
        <translation>TWILIO_ACCOUNT_SID ist keine Account SID: Sie muss aus AC gefolgt von 32 Hexadezimalziffern bestehen (der Wert wird nicht angezeigt, falls es sich um ein Secret handelt).</translation>
    </message>
    <message>
        <source>TWILIO_API_KEY is set but TWILIO_API_SECRET is not: set both, or unset TWILIO_API_KEY to use TWILIO_AUTH_TOKEN.</source>
        <translation>TWILIO_API_KEY ist gesetzt, TWILIO_API_SECRET aber nicht: Setzen Sie beide, oder entfernen Sie TWILIO_API_KEY, um TWILIO_AUTH_TOKEN zu verwenden.</translation>
    </message>
    <message>
        <source>TWILIO_API_SECRET is set but TWILIO_API_KEY is not: set both, or unset TWILIO_API_SECRET to use TWILIO_AUTH_TOKEN.</source>
        <translation>TWILIO_API_SECRET ist gesetzt, TWILIO_API_KEY aber nicht: Setzen Sie beide, oder entfernen Sie TWILIO_API_SECRET, um TWILIO_AUTH_TOKEN zu verwenden.</translation>
    </message>
    <message>
        <source>TWILIO_API_KEY is not an API key SID: it must be SK followed by 32 hexadecimal digits (the value is not shown in case it is a secret).</source>
        <translation>TWILIO_API_KEY ist keine SID eines API-Schlüssels: Sie muss aus SK gefolgt von 32 Hexadezimalziffern bestehen (der Wert wird nicht angezeigt, falls es sich um ein Secret handelt).</translation>
    </message>
    <message>
        <source>TWILIO_ACCOUNT_SID is set but no secret is: set TWILIO_API_KEY and TWILIO_API_SECRET, or TWILIO_AUTH_TOKEN.</source>
        <translation>TWILIO_ACCOUNT_SID ist gesetzt, aber kein Secret: Setzen Sie TWILIO_API_KEY und TWILIO_API_SECRET oder TWILIO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>TWILIO_REGION or TWILIO_EDGE is not usable: %1</source>
        <translation>TWILIO_REGION oder TWILIO_EDGE ist nicht verwendbar: %1</translation>
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
    <name>GrantsView</name>
    <message>
        <source>Grant / field</source>
        <translation>Grant / Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Who the client is (grants.identity)</source>
        <translation>Wer der Client ist (grants.identity)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No fields: allowed with defaults</source>
        <translation>Keine Felder: mit Standardwerten erlaubt</translation>
    </message>
    <message>
        <source>Legacy grant; use a current one</source>
        <translation>Veralteter Grant; verwenden Sie einen aktuellen</translation>
    </message>
    <message>
        <source>Unknown grant; Twilio ignores it</source>
        <translation>Unbekannter Grant; Twilio ignoriert ihn</translation>
    </message>
    <message>
        <source>A grant must be a JSON object</source>
        <translation>Ein Grant muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown SID type</source>
        <translation>unbekannter SID-Typ</translation>
    </message>
    <message>
        <source>%1 = %2, but this field takes %3 (%4)</source>
        <translation>%1 = %2, aber dieses Feld erwartet %3 (%4)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Expected a %1 SID (%2…)</source>
        <translation>Erwartet wird eine SID vom Typ „%1“ (%2…)</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
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
    <name>KeyCommand</name>
    <message>
        <source>Select a key first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel aus.</translation>
    </message>
    <message>
        <source>Select exactly one key.</source>
        <translation>Wählen Sie genau einen Schlüssel aus.</translation>
    </message>
    <message>
        <source>Only Restricted keys have permissions.</source>
        <translation>Nur eingeschränkte Schlüssel (Restricted) haben Berechtigungen.</translation>
    </message>
    <message>
        <source>Reading the permissions of “%1”…</source>
        <translation>Berechtigungen von „%1“ werden gelesen…</translation>
    </message>
</context>
<context>
    <name>KeyDetailPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <source>%1 (%2; UTC %3)</source>
        <translation>%1 (%2; UTC %3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Copy the key SID</source>
        <translation>SID des Schlüssels kopieren</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Copy the key flags</source>
        <translation>Flags des Schlüssels kopieren</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Permissions by product</source>
        <translation>Berechtigungen nach Produkt</translation>
    </message>
    <message>
        <source>Build a token with this key</source>
        <translation>Token mit diesem Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copied the flags of %1</source>
        <translation>Flags von %1 kopiert</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Permissions: %1 of %2</source>
        <translation>Berechtigungen: %1 von %2</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Permissions: reading…</source>
        <translation>Berechtigungen: werden gelesen…</translation>
    </message>
    <message>
        <source>Twilio does not accept Restricted keys as issuers of Access Tokens: use a Standard or Main key.</source>
        <translation>Twilio akzeptiert eingeschränkte Schlüssel (Restricted) nicht als Aussteller von Access Tokens: Verwenden Sie einen Standard- oder Main-Schlüssel.</translation>
    </message>
    <message>
        <source>Reading the key&apos;s details…</source>
        <translation>Details des Schlüssels werden gelesen…</translation>
    </message>
    <message>
        <source>The details could not be read: %1</source>
        <translation>Die Details konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>KeyDuplicator</name>
    <message>
        <source>the key does not have the permission &quot;%1&quot; to leave out</source>
        <translation>der Schlüssel hat die auszulassende Berechtigung „%1“ nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission: they look like /twilio/&lt;product&gt;/&lt;resource&gt;/&lt;action&gt;</source>
        <translation>„%1“ ist keine Berechtigung: Berechtigungen haben die Form /twilio/&lt;product&gt;/&lt;resource&gt;/&lt;action&gt;</translation>
    </message>
    <message>
        <source>the permissions of key %1 are not known yet</source>
        <translation>die Berechtigungen von Schlüssel %1 sind noch nicht bekannt</translation>
    </message>
    <message>
        <source>key %1 is a %2 key without permissions; only Restricted keys can be duplicated with changed permissions</source>
        <translation>Schlüssel %1 ist vom Typ %2 und hat keine Berechtigungen; nur eingeschränkte Schlüssel (Restricted) lassen sich mit geänderten Berechtigungen duplizieren</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>KeyListController</name>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Edit &amp;permissions…</source>
        <translation>&amp;Berechtigungen bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another key action is still running; try again when it has finished.</source>
        <translation>Eine andere Schlüsselaktion läuft noch; versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Wait until the key list has loaded.</source>
        <translation>Warten Sie, bis die Schlüsselliste geladen ist.</translation>
    </message>
</context>
<context>
    <name>KeyListModel</name>
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
        <source>Standard or Main</source>
        <translation>Standard oder Main</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Twilio&apos;s API describes Standard and Main keys alike; the Console shows which.</source>
        <translation>Die API von Twilio beschreibt Standard- und Main-Schlüssel gleich; welcher Typ es ist, zeigt die Console.</translation>
    </message>
    <message>
        <source>Select the key to read its type.</source>
        <translation>Wählen Sie den Schlüssel aus, um seinen Typ abzurufen.</translation>
    </message>
</context>
<context>
    <name>KeyService</name>
    <message>
        <source>The name has %1 characters; Twilio allows at most %2.</source>
        <translation>Der Name hat %1 Zeichen; Twilio erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>Restricted keys can be created only through IAM v1 (--api iam); v2010 makes Standard keys.</source>
        <translation>Eingeschränkte Schlüssel (Restricted) lassen sich nur über IAM v1 erstellen (--api iam); v2010 erstellt Standard-Schlüssel.</translation>
    </message>
    <message>
        <source>The permissions cannot be sent: %1.</source>
        <translation>Die Berechtigungen können nicht gesendet werden: %1.</translation>
    </message>
    <message>
        <source>Only Restricted keys have permissions.</source>
        <translation>Nur eingeschränkte Schlüssel (Restricted) haben Berechtigungen.</translation>
    </message>
    <message>
        <source>a list item is not an object</source>
        <translation>ein Listeneintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>The profile has no valid Account SID.</source>
        <translation>Das Profil hat keine gültige Account SID.</translation>
    </message>
    <message>
        <source>a key in the list cannot be read</source>
        <translation>ein Schlüssel in der Liste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API key SID (SK followed by 32 hexadecimal digits).</source>
        <translation>„%1“ ist keine SID eines API-Schlüssels (SK gefolgt von 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>the answer has no secret</source>
        <translation>die Antwort enthält kein Secret</translation>
    </message>
    <message>
        <source>KeyDesk could not re-read the key list to check whether the key was created (%1) Look at the list before trying again.</source>
        <translation>KeyDesk konnte die Schlüsselliste nicht erneut lesen, um zu prüfen, ob der Schlüssel erstellt wurde (%1) Sehen Sie sich die Liste an, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>KeyDesk re-read the key list: no key was created, so it is safe to try again.</source>
        <translation>KeyDesk hat die Schlüsselliste erneut gelesen: Es wurde kein Schlüssel erstellt, Sie können es also gefahrlos erneut versuchen.</translation>
    </message>
    <message>
        <source>Nothing to change: give a new name or permissions.</source>
        <translation>Nichts zu ändern: Geben Sie einen neuen Namen oder neue Berechtigungen an.</translation>
    </message>
    <message>
        <source>Permissions can be changed only through IAM v1.</source>
        <translation>Berechtigungen lassen sich nur über IAM v1 ändern.</translation>
    </message>
    <message>
        <source>KeyDesk could not confirm whether the key was created (it could not read the key list before the attempt to compare with); check the key list before retrying.</source>
        <translation>KeyDesk konnte nicht bestätigen, ob der Schlüssel erstellt wurde (die Schlüsselliste ließ sich vor dem Versuch nicht zum Vergleich lesen); prüfen Sie die Schlüsselliste, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>KeysCommands</name>
    <message>
        <source>--api must be iam or v2010, not &quot;%1&quot;</source>
        <translation>--api muss iam oder v2010 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>sid:          %1</source>
        <translation>SID:            %1</translation>
    </message>
    <message>
        <source>name:         %1</source>
        <translation>Name:           %1</translation>
    </message>
    <message>
        <source>type:         %1</source>
        <translation>Typ:            %1</translation>
    </message>
    <message>
        <source>created:      %1</source>
        <translation>Erstellt:       %1</translation>
    </message>
    <message>
        <source>updated:      %1</source>
        <translation>Geändert:       %1</translation>
    </message>
    <message>
        <source>region:       %1</source>
        <translation>Region:         %1</translation>
    </message>
    <message>
        <source>permissions:  %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>--remove %1: the key does not have that permission</source>
        <translation>--remove %1: Der Schlüssel hat diese Berechtigung nicht</translation>
    </message>
    <message>
        <source>key %1 was created, but the answer carrying its secret was lost (%2). The secret cannot be shown again: delete this key and create another.</source>
        <translation>Schlüssel %1 wurde erstellt, aber die Antwort mit seinem Secret ging verloren (%2). Das Secret kann nicht erneut angezeigt werden: Löschen Sie diesen Schlüssel und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>secret:       %1</source>
        <translation>Secret:         %1</translation>
    </message>
    <message>
        <source>keydesk-cli: this is the only time Twilio shows the secret; store it now.</source>
        <translation>keydesk-cli: Twilio zeigt das Secret nur dieses eine Mal an; speichern Sie es jetzt.</translation>
    </message>
    <message>
        <source>List through iam (default) or v2010.</source>
        <translation>Über iam (Standard) oder v2010 auflisten.</translation>
    </message>
    <message>
        <source>Fetch every key (IAM v1) to know its type and permissions; one request per key.</source>
        <translation>Jeden Schlüssel einzeln abrufen (IAM v1), um Typ und Berechtigungen zu erfahren; eine Anfrage pro Schlüssel.</translation>
    </message>
    <message>
        <source>Items per page, 1 to 1000 (default 1000).</source>
        <translation>Einträge pro Seite, 1 bis 1000 (Standard 1000).</translation>
    </message>
    <message>
        <source>List every API key of the account, all pages.</source>
        <translation>Alle API-Schlüssel des Kontos auflisten, über alle Seiten.</translation>
    </message>
    <message>
        <source>--page-size must be from 1 to 1000</source>
        <translation>--page-size muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>keys list takes no arguments (see --help)</source>
        <translation>keys list akzeptiert keine Argumente (siehe --help)</translation>
    </message>
    <message>
        <source>%1 keys, %2 pages</source>
        <translation>%1 Schlüssel, %2 Seiten</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch through iam (default; includes permissions) or v2010.</source>
        <translation>Über iam (Standard; mit Berechtigungen) oder v2010 abrufen.</translation>
    </message>
    <message>
        <source>The key&apos;s SID (SK…).</source>
        <translation>Die SID des Schlüssels (SK…).</translation>
    </message>
    <message>
        <source>Show one API key: name, type, dates and permissions.</source>
        <translation>Einen API-Schlüssel anzeigen: Name, Typ, Datumsangaben und Berechtigungen.</translation>
    </message>
    <message>
        <source>keys show needs exactly one SID</source>
        <translation>keys show benötigt genau eine SID</translation>
    </message>
    <message>
        <source>Friendly name, at most 64 characters.</source>
        <translation>Anzeigename, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>Create a Restricted key (IAM v1) with the given permissions.</source>
        <translation>Einen eingeschränkten Schlüssel (Restricted, IAM v1) mit den angegebenen Berechtigungen erstellen.</translation>
    </message>
    <message>
        <source>A permission for a Restricted key (repeatable).</source>
        <translation>Eine Berechtigung für einen eingeschränkten Schlüssel (wiederholbar).</translation>
    </message>
    <message>
        <source>Permissions as {&quot;allow&quot;:[…]} from FILE (&apos;-&apos; for stdin).</source>
        <translation>Berechtigungen als {&quot;allow&quot;:[…]} aus FILE (&apos;-&apos; für stdin).</translation>
    </message>
    <message>
        <source>Create through iam (default) or v2010 (Standard keys only).</source>
        <translation>Über iam (Standard) oder v2010 (nur Standard-Schlüssel) erstellen.</translation>
    </message>
    <message>
        <source>Create a Standard or Restricted API key and print its secret, once. Main keys can be created only in the Twilio Console.</source>
        <translation>Einen Standard-Schlüssel oder eingeschränkten API-Schlüssel (Restricted) erstellen und sein Secret einmalig ausgeben. Main-Schlüssel lassen sich nur in der Twilio Console erstellen.</translation>
    </message>
    <message>
        <source>keys create needs --name</source>
        <translation>keys create benötigt --name</translation>
    </message>
    <message>
        <source>keys create takes no arguments (see --help)</source>
        <translation>keys create akzeptiert keine Argumente (siehe --help)</translation>
    </message>
    <message>
        <source>a Restricted key needs --permission P (repeatable) or --policy-file F</source>
        <translation>ein eingeschränkter Schlüssel (Restricted) benötigt --permission P (wiederholbar) oder --policy-file F</translation>
    </message>
    <message>
        <source>The key to copy (SK…).</source>
        <translation>Der zu kopierende Schlüssel (SK…).</translation>
    </message>
    <message>
        <source>Friendly name of the new key.</source>
        <translation>Anzeigename des neuen Schlüssels.</translation>
    </message>
    <message>
        <source>Add a permission to the copy (repeatable).</source>
        <translation>Der Kopie eine Berechtigung hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Leave a permission out of the copy (repeatable).</source>
        <translation>Eine Berechtigung nicht in die Kopie übernehmen (wiederholbar).</translation>
    </message>
    <message>
        <source>Create a new key with the same permissions as a Restricted key, under a new name; prints the new secret once.</source>
        <translation>Einen neuen Schlüssel mit denselben Berechtigungen wie ein eingeschränkter Schlüssel (Restricted) unter neuem Namen erstellen; gibt das neue Secret einmalig aus.</translation>
    </message>
    <message>
        <source>keys duplicate needs exactly one SID</source>
        <translation>keys duplicate benötigt genau eine SID</translation>
    </message>
    <message>
        <source>keys duplicate needs --name for the new key</source>
        <translation>keys duplicate benötigt --name für den neuen Schlüssel</translation>
    </message>
    <message>
        <source>The key to change (SK…).</source>
        <translation>Der zu ändernde Schlüssel (SK…).</translation>
    </message>
    <message>
        <source>New friendly name.</source>
        <translation>Neuer Anzeigename.</translation>
    </message>
    <message>
        <source>Replace the permissions with {&quot;allow&quot;:[…]} from FILE.</source>
        <translation>Die Berechtigungen durch {&quot;allow&quot;:[…]} aus FILE ersetzen.</translation>
    </message>
    <message>
        <source>Add a permission (repeatable).</source>
        <translation>Eine Berechtigung hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove a permission (repeatable).</source>
        <translation>Eine Berechtigung entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>Update through iam (default) or v2010 (name only).</source>
        <translation>Über iam (Standard) oder v2010 (nur Name) ändern.</translation>
    </message>
    <message>
        <source>Rename a key, or change a Restricted key&apos;s permissions (the change is printed first).</source>
        <translation>Einen Schlüssel umbenennen oder die Berechtigungen eines eingeschränkten Schlüssels (Restricted) ändern (die Änderung wird zuerst ausgegeben).</translation>
    </message>
    <message>
        <source>keys update needs exactly one SID</source>
        <translation>keys update benötigt genau eine SID</translation>
    </message>
    <message>
        <source>nothing to change: give --name, --policy-file, --add or --remove</source>
        <translation>nichts zu ändern: Geben Sie --name, --policy-file, --add oder --remove an</translation>
    </message>
    <message>
        <source>permissions can be changed only through --api iam</source>
        <translation>Berechtigungen lassen sich nur über --api iam ändern</translation>
    </message>
    <message>
        <source>key %1 is a %2 key; only Restricted keys have permissions to change</source>
        <translation>Schlüssel %1 ist vom Typ %2; nur eingeschränkte Schlüssel (Restricted) haben änderbare Berechtigungen</translation>
    </message>
    <message>
        <source>The key to delete (SK…).</source>
        <translation>Der zu löschende Schlüssel (SK…).</translation>
    </message>
    <message>
        <source>Do not ask; needed when there is no terminal.</source>
        <translation>Nicht nachfragen; erforderlich, wenn kein Terminal vorhanden ist.</translation>
    </message>
    <message>
        <source>Delete through iam (default) or v2010.</source>
        <translation>Über iam (Standard) oder v2010 löschen.</translation>
    </message>
    <message>
        <source>Delete an API key. Anything using it stops working at once. Asks first unless --yes.</source>
        <translation>Einen API-Schlüssel löschen. Alles, was ihn verwendet, funktioniert sofort nicht mehr. Fragt vorher nach, außer mit --yes.</translation>
    </message>
    <message>
        <source>keys delete needs exactly one SID</source>
        <translation>keys delete benötigt genau eine SID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API key SID (SK followed by 32 hexadecimal digits)</source>
        <translation>„%1“ ist keine SID eines API-Schlüssels (SK gefolgt von 32 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>refusing to delete %1 without --yes: there is no terminal to ask on</source>
        <translation>%1 wird ohne --yes nicht gelöscht: Es gibt kein Terminal für die Rückfrage</translation>
    </message>
    <message>
        <source>Delete %1 key %2 “%3”? Anything using it stops working at once.</source>
        <translation>Schlüssel %2 „%3“ (%1) löschen? Alles, was ihn verwendet, funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Send every request to URL (a proxy or a sandbox) instead of Twilio&apos;s hosts.</source>
        <translation>Alle Anfragen an URL (einen Proxy oder eine Sandbox) statt an die Hosts von Twilio senden.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Wartezeit in Sekunden pro Antwort (Standard 30).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>use either --sandbox or --base-url, not both</source>
        <translation>verwenden Sie entweder --sandbox oder --base-url, nicht beides</translation>
    </message>
    <message>
        <source>--timeout must be from 1 to 3600 seconds</source>
        <translation>--timeout muss zwischen 1 und 3600 Sekunden liegen</translation>
    </message>
    <message>
        <source>refusing without --yes: there is no terminal to ask on</source>
        <translation>ohne --yes abgelehnt: Es gibt kein Terminal für die Rückfrage</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to go on: </source>
        <translation>Geben Sie „ja“ ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <source>unknown keys subcommand &quot;%1&quot;
%2</source>
        <translation>unbekannter keys-Unterbefehl „%1“
%2</translation>
    </message>
    <message>
        <source>keydesk-cli: no keychain is available; secrets are kept for this run only</source>
        <translation>keydesk-cli: kein Schlüsselbund verfügbar; Secrets werden nur für diesen Aufruf aufbewahrt</translation>
    </message>
    <message>
        <source>Use the stored profile NAME (&quot;[env]&quot;: the TWILIO_* variables). Default: the TWILIO_* variables when set, else the active profile.</source>
        <translation>Das gespeicherte Profil NAME verwenden („[env]“: die TWILIO_*-Variablen). Standard: die TWILIO_*-Variablen, falls gesetzt, sonst das aktive Profil.</translation>
    </message>
    <message>
        <source>Use the keydesk-sandbox at URL with its default made-up account (ignores profiles).</source>
        <translation>Die keydesk-sandbox unter URL mit ihrem erfundenen Standardkonto verwenden (ignoriert Profile).</translation>
    </message>
    <message>
        <source>Processing region: us1, ie1, au1. Default: the profile&apos;s ($TWILIO_REGION for the environment).</source>
        <translation>Verarbeitungsregion: us1, ie1, au1. Standard: die Region des Profils (beim Umgebungsprofil $TWILIO_REGION).</translation>
    </message>
    <message>
        <source>Edge location, e.g. dublin, sydney. Default: the profile&apos;s ($TWILIO_EDGE for the environment).</source>
        <translation>Edge-Standort, z. B. dublin, sydney. Standard: der Edge-Standort des Profils (beim Umgebungsprofil $TWILIO_EDGE).</translation>
    </message>
    <message>
        <source>--sandbox needs the sandbox&apos;s URL</source>
        <translation>--sandbox benötigt die URL der Sandbox</translation>
    </message>
    <message>
        <source>(keydesk-cli profiles add --help tells how; or use --sandbox URL)</source>
        <translation>(wie das geht, zeigt keydesk-cli profiles add --help; oder verwenden Sie --sandbox URL)</translation>
    </message>
    <message>
        <source>usage: keydesk-cli keys &lt;list|show|create|duplicate|update|delete&gt; [options]
  keys list [--api iam|v2010] [--details] [--json]
  keys show SID [--json]
  keys create --name N [--restricted --permission P… | --policy-file F] [--api v2010|iam]
  keys duplicate SID --name N [--add P]… [--remove P]…
  keys update SID [--name N] [--policy-file F] [--add P]… [--remove P]…
  keys delete SID [--yes]
Connection: --profile NAME, else TWILIO_ACCOUNT_SID with TWILIO_API_KEY + TWILIO_API_SECRET
or TWILIO_AUTH_TOKEN, else the active profile (keydesk-cli profiles); or --sandbox URL.
--base-url URL, --region R, --edge E override the profile&apos;s.
</source>
        <translation>Aufruf: keydesk-cli keys &lt;list|show|create|duplicate|update|delete&gt; [options]
  keys list [--api iam|v2010] [--details] [--json]
  keys show SID [--json]
  keys create --name N [--restricted --permission P… | --policy-file F] [--api v2010|iam]
  keys duplicate SID --name N [--add P]… [--remove P]…
  keys update SID [--name N] [--policy-file F] [--add P]… [--remove P]…
  keys delete SID [--yes]
Verbindung: --profile NAME, sonst TWILIO_ACCOUNT_SID mit TWILIO_API_KEY + TWILIO_API_SECRET
oder TWILIO_AUTH_TOKEN, sonst das aktive Profil (keydesk-cli profiles); oder --sandbox URL.
--base-url URL, --region R, --edge E überschreiben die Werte des Profils.
</translation>
    </message>
    <message>
        <source>keydesk-cli: the renewed sign-in of profile %1 could not be stored; sign in again: %2</source>
        <translation>keydesk-cli: die erneuerte Anmeldung des Profils %1 konnte nicht gespeichert werden; melden Sie sich erneut an: %2</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Key actions</source>
        <translation>Schlüsselaktionen</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account whose keys are shown</source>
        <translation>Konto, dessen Schlüssel angezeigt werden</translation>
    </message>
    <message>
        <source>The account whose keys are listed: this account or one of its subaccounts</source>
        <translation>Das Konto, dessen Schlüssel aufgelistet werden: dieses Konto oder eines seiner Unterkonten</translation>
    </message>
    <message>
        <source>Search keys by name or SID</source>
        <translation>Schlüssel nach Name oder SID durchsuchen</translation>
    </message>
    <message>
        <source>Search name or SID (Ctrl+F)</source>
        <translation>Name oder SID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show keys of type</source>
        <translation>Angezeigter Schlüsseltyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Standard or Main</source>
        <translation>Standard oder Main</translation>
    </message>
    <message>
        <source>Find key</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Edit again</source>
        <translation>Erneut bearbeiten</translation>
    </message>
    <message>
        <source>Loading the keys of %1…</source>
        <translation>Schlüssel von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Loading keys… %1 read so far</source>
        <translation>Schlüssel werden geladen… bisher %1 gelesen</translation>
    </message>
    <message>
        <source>Stopped after %1 keys. Press F5 to read the whole list.</source>
        <translation>Nach %1 Schlüsseln abgebrochen. Drücken Sie F5, um die vollständige Liste zu lesen.</translation>
    </message>
    <message>
        <source>This account (%1)</source>
        <translation>Dieses Konto (%1)</translation>
    </message>
    <message>
        <source>Subaccount “%1” (%2)</source>
        <translation>Unterkonto „%1“ (%2)</translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 of %2 keys shown</source>
        <translation>%1 von %2 Schlüsseln angezeigt</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <source>No Twilio account is connected. Add a profile in the Profiles page, or start KeyDesk with --sandbox to try it on a built-in sandbox account.</source>
        <translation>Es ist kein Twilio-Konto verbunden. Fügen Sie auf der Seite „Profile“ ein Profil hinzu, oder starten Sie KeyDesk mit --sandbox, um es mit dem integrierten Sandbox-Konto auszuprobieren.</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>This account has no API keys yet. Press Ctrl+N to create one.</source>
        <translation>Dieses Konto hat noch keine API-Schlüssel. Drücken Sie Strg+N, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>The key list could not be read. Press F5 to try again.</source>
        <translation>Die Schlüsselliste konnte nicht gelesen werden. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No key matches the search or the type filter. Press Esc in the search box to clear it.</source>
        <translation>Kein Schlüssel entspricht der Suche oder dem Typfilter. Drücken Sie Esc im Suchfeld, um die Suche zu leeren.</translation>
    </message>
    <message>
        <source>“%1” (%2), %3 key</source>
        <translation>„%1“ (%2), Schlüsseltyp: %3</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>OAuthBrowserSignIn</name>
    <message>
        <source>The sign-in with Twilio did not finish in time. Sign in again.</source>
        <translation>Die Anmeldung bei Twilio wurde nicht rechtzeitig abgeschlossen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Twilio did not answer the request to renew the sign-in in time.</source>
        <translation>Twilio hat die Anfrage zum Erneuern der Anmeldung nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <source>Twilio refused the sign-in: %1</source>
        <translation>Twilio hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>KeyDesk could not generate random numbers for the sign-in.</source>
        <translation>KeyDesk konnte keine Zufallszahlen für die Anmeldung erzeugen.</translation>
    </message>
    <message>
        <source>KeyDesk could not listen on a local port for the answer from the browser.</source>
        <translation>KeyDesk konnte auf keinem lokalen Port auf die Antwort des Browsers warten.</translation>
    </message>
    <message>
        <source>KeyDesk received the answer from Twilio. You can close this page and return to KeyDesk.</source>
        <translation>KeyDesk hat die Antwort von Twilio erhalten. Sie können diese Seite schließen und zu KeyDesk zurückkehren.</translation>
    </message>
    <message>
        <source>KeyDesk could not open a web browser for the sign-in with Twilio.</source>
        <translation>KeyDesk konnte keinen Webbrowser für die Anmeldung bei Twilio öffnen.</translation>
    </message>
    <message>
        <source>There is no refresh token to renew the sign-in with. Sign in again.</source>
        <translation>Es gibt kein Refresh-Token, mit dem die Anmeldung erneuert werden kann. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The answer that reached KeyDesk does not belong to this sign-in (its state does not match), so it was refused. Sign in again.</source>
        <translation>Die Antwort, die KeyDesk erreicht hat, gehört nicht zu dieser Anmeldung (ihr state stimmt nicht überein) und wurde deshalb abgewiesen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Twilio did not grant access: %1</source>
        <translation>Twilio hat keinen Zugriff gewährt: %1</translation>
    </message>
    <message>
        <source>The answer from Twilio has no authorization code. Sign in again.</source>
        <translation>Die Antwort von Twilio enthält keinen Autorisierungscode. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The answer from Twilio&apos;s token endpoint is not a JSON object.</source>
        <translation>Die Antwort des Token-Endpunkts von Twilio ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>KeyDesk could not reach %1: %2</source>
        <translation>KeyDesk konnte %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Twilio refused to renew the sign-in: %1. Sign in again.</source>
        <translation>Twilio hat das Erneuern der Anmeldung abgelehnt: %1. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The answer from Twilio&apos;s token endpoint is malformed: %1</source>
        <translation>Die Antwort des Token-Endpunkts von Twilio ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>no usable access_token</source>
        <translation>kein verwendbares access_token</translation>
    </message>
    <message>
        <source>token_type is not Bearer</source>
        <translation>token_type ist nicht Bearer</translation>
    </message>
    <message>
        <source>the refresh_token is not a token</source>
        <translation>das refresh_token ist kein Token</translation>
    </message>
    <message>
        <source>expires_in is not a positive number of seconds</source>
        <translation>expires_in ist keine positive Anzahl von Sekunden</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <source>the token answer has no access_token</source>
        <translation>die Token-Antwort enthält kein access_token</translation>
    </message>
    <message>
        <source>the access_token in the token answer is not a usable token (too long, or not printable ASCII)</source>
        <translation>das access_token in der Token-Antwort ist kein brauchbares Token (zu lang oder kein druckbares ASCII)</translation>
    </message>
    <message>
        <source>the refresh_token in the token answer is not a usable token (too long, or not printable ASCII)</source>
        <translation>das refresh_token in der Token-Antwort ist kein brauchbares Token (zu lang oder kein druckbares ASCII)</translation>
    </message>
    <message>
        <source>the token answer&apos;s token_type is not Bearer</source>
        <translation>der token_type der Token-Antwort ist nicht Bearer</translation>
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
    <name>PermissionEditor</name>
    <message>
        <source>Permission views</source>
        <translation>Berechtigungsansichten</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Filter permissions (Ctrl+F)</source>
        <translation>Berechtigungen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Check the permissions the key gets. Space toggles the current item; F2 on a resource chooses its access level.</source>
        <translation>Markieren Sie die Berechtigungen, die der Schlüssel erhalten soll. Die Leertaste schaltet den aktuellen Eintrag um; F2 auf einer Ressource wählt deren Zugriffsstufe.</translation>
    </message>
    <message>
        <source>&amp;Other permission:</source>
        <translation>&amp;Weitere Berechtigung:</translation>
    </message>
    <message>
        <source>Permission not in the list</source>
        <translation>Nicht aufgeführte Berechtigung</translation>
    </message>
    <message>
        <source>/twilio/&lt;product&gt;/&lt;resource&gt;/&lt;action&gt;</source>
        <translation>/twilio/&lt;product&gt;/&lt;resource&gt;/&lt;action&gt;</translation>
    </message>
    <message>
        <source>Add permission</source>
        <translation>Berechtigung hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>The policy exactly as it will be sent. Edits apply to the list as soon as they are valid JSON.</source>
        <translation>Die Richtlinie genau so, wie sie gesendet wird. Änderungen werden in die Liste übernommen, sobald sie gültiges JSON sind.</translation>
    </message>
    <message>
        <source>Policy JSON</source>
        <translation>Richtlinie als JSON</translation>
    </message>
    <message>
        <source>Access level of %1</source>
        <translation>Zugriffsstufe von %1</translation>
    </message>
    <message>
        <source>The JSON cannot be used: %1</source>
        <translation>Das JSON kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 permissions: too many for one key</source>
        <translation>%1 von %2 Berechtigungen: zu viele für einen Schlüssel</translation>
    </message>
    <message>
        <source>%1 of %2 permissions</source>
        <translation>%1 von %2 Berechtigungen</translation>
    </message>
</context>
<context>
    <name>PermissionEditorDialog</name>
    <message>
        <source>Permission editor</source>
        <translation>Berechtigungseditor</translation>
    </message>
    <message>
        <source>Edit permissions of %1</source>
        <translation>Berechtigungen von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Permissions of the Restricted key “%1” (%2). Nothing changes until you save.</source>
        <translation>Berechtigungen des eingeschränkten Schlüssels „%1“ (%2). Geändert wird erst beim Speichern.</translation>
    </message>
    <message>
        <source>&amp;Save permissions…</source>
        <translation>Berechtigungen &amp;speichern…</translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation>Berechtigungen speichern</translation>
    </message>
    <message>
        <source>Twilio replaces the whole policy: the key will have exactly the permissions after the change, for every request signed with it from the moment it is saved.</source>
        <translation>Twilio ersetzt die gesamte Richtlinie: Ab dem Speichern hat der Schlüssel für jede mit ihm signierte Anfrage genau die Berechtigungen nach der Änderung.</translation>
    </message>
</context>
<context>
    <name>PermissionTreeModel</name>
    <message>
        <source>None</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read + write</source>
        <translation>Lesen + Schreiben</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>* (all actions)</source>
        <translation>* (alle Aktionen)</translation>
    </message>
    <message>
        <source>%1 (not in KeyDesk&apos;s catalog)</source>
        <translation>%1 (nicht im Katalog von KeyDesk)</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Zugriffsstufe</translation>
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
    <name>PolicyDiffDialog</name>
    <message>
        <source>Review permission changes</source>
        <translation>Berechtigungsänderungen prüfen</translation>
    </message>
    <message>
        <source>&amp;Added</source>
        <translation>&amp;Hinzugefügt</translation>
    </message>
    <message>
        <source>Added permissions</source>
        <translation>Hinzugefügte Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Removed</source>
        <translation>&amp;Entfernt</translation>
    </message>
    <message>
        <source>Removed permissions</source>
        <translation>Entfernte Berechtigungen</translation>
    </message>
    <message>
        <source>1 permission</source>
        <translation>1 Berechtigung</translation>
    </message>
    <message>
        <source>%1 permissions</source>
        <translation>%1 Berechtigungen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Nothing changes: the key keeps the same %1.</source>
        <translation>Keine Änderung: Der Schlüssel hat weiterhin %1.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed; %3 after the change</source>
        <translation>%1 hinzugefügt, %2 entfernt; nach der Änderung: %3</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile name is empty.</source>
        <translation>Der Profilname ist leer.</translation>
    </message>
    <message>
        <source>The profile name is longer than %1 characters.</source>
        <translation>Der Profilname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The profile name contains control characters.</source>
        <translation>Der Profilname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The profile name starts or ends with spaces.</source>
        <translation>Der Profilname beginnt oder endet mit Leerzeichen.</translation>
    </message>
    <message>
        <source>The name %1 is kept for the profile made from TWILIO_* environment variables.</source>
        <translation>Der Name %1 ist für das Profil aus den TWILIO_*-Umgebungsvariablen reserviert.</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth-Client</translation>
    </message>
    <message>
        <source>The profile id is missing or not usable (letters, digits, - and _ only, at most %1).</source>
        <translation>Die Profil-ID fehlt oder ist nicht verwendbar (nur Buchstaben, Ziffern, - und _, höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The environment profile must be named %1.</source>
        <translation>Das Umgebungsprofil muss %1 heißen.</translation>
    </message>
    <message>
        <source>The Account SID is not valid: it must be AC followed by 32 hexadecimal digits.</source>
        <translation>Die Account SID ist ungültig: Sie muss aus AC gefolgt von 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>An Auth Token profile has no API key SID or client id.</source>
        <translation>Ein Profil mit Auth Token darf keine SID eines API-Schlüssels und keine Client-ID haben.</translation>
    </message>
    <message>
        <source>The API key SID is not valid: it must be SK followed by 32 hexadecimal digits.</source>
        <translation>Die SID des API-Schlüssels ist ungültig: Sie muss aus SK gefolgt von 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The OAuth client id is empty.</source>
        <translation>Die OAuth-Client-ID ist leer.</translation>
    </message>
    <message>
        <source>The OAuth client id is not valid: at most %1 printable characters without spaces.</source>
        <translation>Die OAuth-Client-ID ist ungültig: Zulässig sind höchstens %1 druckbare Zeichen ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The region is not known: use one of %1.</source>
        <translation>Die Region ist unbekannt: Verwenden Sie eine von %1.</translation>
    </message>
    <message>
        <source>The edge is not known: use one of %1.</source>
        <translation>Der Edge-Standort ist unbekannt: Verwenden Sie einen von %1.</translation>
    </message>
    <message>
        <source>The region and edge do not make a Twilio host name.</source>
        <translation>Region und Edge-Standort ergeben keinen Twilio-Hostnamen.</translation>
    </message>
    <message>
        <source>The base URL is longer than %1 characters.</source>
        <translation>Die Basis-URL ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>Die Basis-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>Twilio sign-in</source>
        <translation>Twilio-Anmeldung</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>A profile is one way into one Twilio account. The secret goes to the system keychain, never to a file.</source>
        <translation>Ein Profil ist ein Zugang zu einem Twilio-Konto. Das Secret wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Name des Profils</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>z. B. Produktion (EU)</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>&amp;Zugangsdaten:</translation>
    </message>
    <message>
        <source>Credential kind</source>
        <translation>Art der Zugangsdaten</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SI&amp;D des API-Schlüssels:</translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation>SID des API-Schlüssels</translation>
    </message>
    <message>
        <source>Auth &amp;Token:</source>
        <translation>Auth &amp;Token:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Leave the secret empty to keep the one in the keychain.</source>
        <translation>Lassen Sie das Secret leer, um das im Schlüsselbund gespeicherte beizubehalten.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Edge:</source>
        <translation>&amp;Edge-Standort:</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge-Standort</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Optional: a proxy or the sandbox, e.g. http://127.0.0.1:8080</source>
        <translation>Optional: ein Proxy oder die Sandbox, z. B. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>API key &amp;secret:</source>
        <translation>&amp;Secret des API-Schlüssels:</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret des API-Schlüssels</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret des OAuth-Clients</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Another profile is already called %1.</source>
        <translation>Ein anderes Profil heißt bereits %1.</translation>
    </message>
    <message>
        <source>A changed credential needs its secret: enter it again.</source>
        <translation>Geänderte Zugangsdaten benötigen ihr Secret: Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Enter the secret (%1).</source>
        <translation>Geben Sie das Secret ein (%1).</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Enter the secret to test the connection.</source>
        <translation>Geben Sie das Secret ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>The stored secret could not be read.</source>
        <translation>Das gespeicherte Secret konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
</context>
<context>
    <name>ProfileListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From TWILIO_* variables (read-only; used before the active profile)</source>
        <translation>Aus den TWILIO_*-Variablen (schreibgeschützt; hat Vorrang vor dem aktiven Profil)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1, active profile</source>
        <translation>%1, aktives Profil</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile settings hold %1 entries; only the first %2 were read.</source>
        <translation>Die Profileinstellungen enthalten %1 Einträge; nur die ersten %2 wurden gelesen.</translation>
    </message>
    <message>
        <source>A profile entry with an unusable id was skipped.</source>
        <translation>Ein Profileintrag mit nicht verwendbarer ID wurde übersprungen.</translation>
    </message>
    <message>
        <source>Profile entry %1 was skipped: a field has a value of the wrong type or size.</source>
        <translation>Profileintrag %1 wurde übersprungen: Ein Feld hat einen Wert mit falschem Typ oder falscher Größe.</translation>
    </message>
    <message>
        <source>Profile entry %1 was skipped: its credential kind is not known.</source>
        <translation>Profileintrag %1 wurde übersprungen: Die Art der Zugangsdaten ist unbekannt.</translation>
    </message>
    <message>
        <source>Profile entry %1 was skipped: its base URL is not a valid URL.</source>
        <translation>Profileintrag %1 wurde übersprungen: Die Basis-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Profile entry %1 was skipped: %2</source>
        <translation>Profileintrag %1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>Profile entry %1 was skipped: another profile already has the name %2.</source>
        <translation>Profileintrag %1 wurde übersprungen: Ein anderes Profil hat bereits den Namen %2.</translation>
    </message>
    <message>
        <source>The active profile setting is not usable and was ignored.</source>
        <translation>Die Einstellung für das aktive Profil ist nicht verwendbar und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The active profile no longer exists; no profile is active.</source>
        <translation>Das aktive Profil existiert nicht mehr; es ist kein Profil aktiv.</translation>
    </message>
    <message>
        <source>The environment profile is read from TWILIO_* variables and cannot be stored.</source>
        <translation>Das Umgebungsprofil wird aus den TWILIO_*-Variablen gelesen und kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Another profile is already named %1.</source>
        <translation>Ein anderes Profil heißt bereits %1.</translation>
    </message>
    <message>
        <source>The profile settings could not be saved in %1.</source>
        <translation>Die Profileinstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>A profile with this id is already stored.</source>
        <translation>Ein Profil mit dieser ID ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>Das Auth Token ist leer.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Secret ist leer.</translation>
    </message>
    <message>
        <source>No keychain is available: the secret of profile %1 is kept in memory for this session only and must be entered again next time.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Secret des Profils %1 wird nur für diese Sitzung im Arbeitsspeicher gehalten und muss beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>No profile with this id is stored.</source>
        <translation>Es ist kein Profil mit dieser ID gespeichert.</translation>
    </message>
    <message>
        <source>A new credential needs its secret: enter the %1 again.</source>
        <translation>Neue Zugangsdaten benötigen ihr Secret: Geben Sie die Zugangsdaten (%1) erneut ein.</translation>
    </message>
    <message>
        <source>No keychain is available: the new secret of profile %1 is kept in memory for this session only and must be entered again next time.</source>
        <translation>Kein Schlüsselbund verfügbar: Das neue Secret des Profils %1 wird nur für diese Sitzung im Arbeitsspeicher gehalten und muss beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Profile %1 was removed, but its secret could not be deleted from the keychain (entry %2): %3</source>
        <translation>Das Profil %1 wurde entfernt, aber sein Secret konnte nicht aus dem Schlüsselbund gelöscht werden (Eintrag %2): %3</translation>
    </message>
    <message>
        <source>The secret of profile %1 is not in the keychain (it may have been kept in memory only, in an earlier session): edit the profile and enter it again.</source>
        <translation>Das Secret des Profils %1 ist nicht im Schlüsselbund (es wurde möglicherweise in einer früheren Sitzung nur im Arbeitsspeicher gehalten): Bearbeiten Sie das Profil und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Profile %1 was removed or changed meanwhile, so its renewed secret was not kept.</source>
        <translation>Das Profil %1 wurde inzwischen entfernt oder geändert, daher wurde sein erneuertes Secret nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile in use</source>
        <translation>Verwendetes Profil</translation>
    </message>
    <message>
        <source>The profile KeyDesk is connected with; choose another to switch accounts</source>
        <translation>Das Profil, mit dem KeyDesk verbunden ist; wählen Sie ein anderes, um das Konto zu wechseln</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Choose a profile</source>
        <translation>Profil wählen</translation>
    </message>
</context>
<context>
    <name>ProfilesCommands</name>
    <message>
        <source>--timeout must be from 1 to 3600 seconds</source>
        <translation>--timeout muss zwischen 1 und 3600 Sekunden liegen</translation>
    </message>
    <message>
        <source>An Auth Token can manage the account&apos;s keys.</source>
        <translation>Ein Auth Token kann die Schlüssel des Kontos verwalten.</translation>
    </message>
    <message>
        <source>This OAuth client can manage the account&apos;s keys.</source>
        <translation>Dieser OAuth-Client kann die Schlüssel des Kontos verwalten.</translation>
    </message>
    <message>
        <source>A Main key (it lists keys and has no policy) can manage the account&apos;s keys.</source>
        <translation>Ein Main-Schlüssel (er listet Schlüssel auf und hat keine Richtlinie) kann die Schlüssel des Kontos verwalten.</translation>
    </message>
    <message numerus="yes">
        <source>A Restricted key can do what its policy allows (%n permission(s)); it may list keys.</source>
        <translation>
            <numerusform>Ein eingeschränkter Schlüssel (Restricted) kann, was seine Richtlinie erlaubt (%n Berechtigung); er darf Schlüssel auflisten.</numerusform>
            <numerusform>Ein eingeschränkter Schlüssel (Restricted) kann, was seine Richtlinie erlaubt (%n Berechtigungen); er darf Schlüssel auflisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This API key can list keys; its own type and permissions could not be read: %1</source>
        <translation>Dieser API-Schlüssel kann Schlüssel auflisten; sein eigener Typ und seine Berechtigungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This API key can list keys.</source>
        <translation>Dieser API-Schlüssel kann Schlüssel auflisten.</translation>
    </message>
    <message>
        <source>Twilio refused this API key on the key endpoints: a Standard key (or a Restricted key without key permissions) cannot manage keys. Use the Auth Token or a Main key for that.</source>
        <translation>Twilio hat diesen API-Schlüssel an den Schlüssel-Endpunkten abgelehnt: Ein Standard-Schlüssel (oder ein eingeschränkter Schlüssel ohne Schlüsselberechtigungen) kann keine Schlüssel verwalten. Verwenden Sie dafür das Auth Token oder einen Main-Schlüssel.</translation>
    </message>
    <message>
        <source>Twilio refused the credential on the key endpoints.</source>
        <translation>Twilio hat die Zugangsdaten an den Schlüssel-Endpunkten abgelehnt.</translation>
    </message>
    <message>
        <source>It could not read the account either: the secret is wrong, or it is a Standard key.</source>
        <translation>Auch das Konto ließ sich damit nicht lesen: Das Secret ist falsch, oder es handelt sich um einen Standard-Schlüssel.</translation>
    </message>
    <message>
        <source>It could not read the account either: the secret is wrong.</source>
        <translation>Auch das Konto ließ sich damit nicht lesen: Das Secret ist falsch.</translation>
    </message>
    <message>
        <source>profile:     %1 (%2)</source>
        <translation>Profil:      %1 (%2)</translation>
    </message>
    <message>
        <source>account:     %1 “%2” (%3, %4)</source>
        <translation>Konto:       %1 „%2“ (%3, %4)</translation>
    </message>
    <message>
        <source>account:     %1, not readable: %2</source>
        <translation>Konto:       %1, nicht lesbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>keys:        %n key(s) listed</source>
        <translation>
            <numerusform>Schlüssel:   %n Schlüssel aufgelistet</numerusform>
            <numerusform>Schlüssel:   %n Schlüssel aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>keys:        refused: %1</source>
        <translation>Schlüssel:   abgelehnt: %1</translation>
    </message>
    <message>
        <source>can do:      %1</source>
        <translation>Ergebnis:    %1</translation>
    </message>
    <message>
        <source>the test failed: Twilio refused the credential</source>
        <translation>der Test ist fehlgeschlagen: Twilio hat die Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>the test did not finish: %1</source>
        <translation>der Test wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print only the stored profiles&apos; names, one a line (for shell completion).</source>
        <translation>Nur die Namen der gespeicherten Profile ausgeben, einen pro Zeile (für die Shell-Vervollständigung).</translation>
    </message>
    <message>
        <source>List the profiles: the stored ones (* marks the active one) and [env], made from the TWILIO_* variables when they are set.</source>
        <translation>Die Profile auflisten: die gespeicherten (* kennzeichnet das aktive) und [env], das aus den TWILIO_*-Variablen gebildet wird, wenn diese gesetzt sind.</translation>
    </message>
    <message>
        <source>profiles list takes no arguments (see --help)</source>
        <translation>profiles list akzeptiert keine Argumente (siehe --help)</translation>
    </message>
    <message>
        <source>keydesk-cli: warning: %1</source>
        <translation>keydesk-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>No profiles. Add one with keydesk-cli profiles add NAME --account-sid AC… (see --help), or import twilio-cli&apos;s with keydesk-cli profiles import-twilio-cli.</source>
        <translation>Keine Profile. Fügen Sie eines mit keydesk-cli profiles add NAME --account-sid AC… hinzu (siehe --help), oder importieren Sie die Profile von twilio-cli mit keydesk-cli profiles import-twilio-cli.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation>ZUGANGSDATEN</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>(not usable)</source>
        <translation>(nicht verwendbar)</translation>
    </message>
    <message>
        <source>The TWILIO_* variables are set: API commands use %1 unless --profile names another.</source>
        <translation>Die TWILIO_*-Variablen sind gesetzt: API-Befehle verwenden %1, sofern --profile kein anderes Profil angibt.</translation>
    </message>
    <message>
        <source>The profile&apos;s name (at most 64 characters).</source>
        <translation>Der Name des Profils (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The account (AC…).</source>
        <translation>Das Konto (AC…).</translation>
    </message>
    <message>
        <source>The credential is the account&apos;s Auth Token (read from the secret option).</source>
        <translation>Als Zugangsdaten dient das Auth Token des Kontos (aus der Secret-Option gelesen).</translation>
    </message>
    <message>
        <source>The credential is the API key SK… (its secret from the secret option).</source>
        <translation>Als Zugangsdaten dient der API-Schlüssel SK… (sein Secret aus der Secret-Option).</translation>
    </message>
    <message>
        <source>The credential is the OAuth client ID (its secret from the secret option).</source>
        <translation>Als Zugangsdaten dient der OAuth-Client mit dieser ID (sein Secret aus der Secret-Option).</translation>
    </message>
    <message>
        <source>Auth Token, API key secret or OAuth client secret</source>
        <translation>Auth Token, Secret des API-Schlüssels oder OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>Processing region: us1 (default), ie1, au1.</source>
        <translation>Verarbeitungsregion: us1 (Standard), ie1, au1.</translation>
    </message>
    <message>
        <source>Edge location, e.g. dublin, sydney.</source>
        <translation>Edge-Standort, z. B. dublin, sydney.</translation>
    </message>
    <message>
        <source>Send this profile&apos;s requests to URL (a proxy or a sandbox).</source>
        <translation>Die Anfragen dieses Profils an URL (einen Proxy oder eine Sandbox) senden.</translation>
    </message>
    <message>
        <source>Test the profile once it is added (profiles test).</source>
        <translation>Das Profil nach dem Hinzufügen testen (profiles test).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer of --test (default 30).</source>
        <translation>Wartezeit in Sekunden pro Antwort bei --test (Standard 30).</translation>
    </message>
    <message>
        <source>Add a profile: an account and one credential. The secret goes to the system keychain, never to a file; it is read from --secret-env, --secret-file or --secret-stdin, never from the command line. When no profile is active, the new one becomes active.</source>
        <translation>Ein Profil hinzufügen: ein Konto mit einem Satz Zugangsdaten. Das Secret wird im Schlüsselbund des Systems gespeichert, nie in einer Datei; es wird aus --secret-env, --secret-file oder --secret-stdin gelesen, nie von der Befehlszeile. Ist kein Profil aktiv, wird das neue Profil aktiv.</translation>
    </message>
    <message>
        <source>profiles add takes exactly one NAME (secrets never go on the command line: use --secret-env, --secret-file or --secret-stdin)</source>
        <translation>profiles add akzeptiert genau einen NAME (Secrets gehören nie auf die Befehlszeile: verwenden Sie --secret-env, --secret-file oder --secret-stdin)</translation>
    </message>
    <message>
        <source>profiles add needs --account-sid AC…</source>
        <translation>profiles add benötigt --account-sid AC…</translation>
    </message>
    <message>
        <source>give exactly one of --use-auth-token, --api-key SK… and --oauth-client-id ID</source>
        <translation>geben Sie genau eine der Optionen --use-auth-token, --api-key SK… und --oauth-client-id ID an</translation>
    </message>
    <message>
        <source>a profile named %1 exists already; remove it first, or choose another name</source>
        <translation>ein Profil namens %1 existiert bereits; entfernen Sie es zuerst, oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>profile %1 was not added: %2</source>
        <translation>Profil %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>profile %1 was not saved: no keychain is available to keep its secret, and KeyDesk never writes secrets to files. Set the TWILIO_* variables instead, or add the profile where a keychain (Secret Service) runs.</source>
        <translation>Profil %1 wurde nicht gespeichert: Es ist kein Schlüsselbund verfügbar, der sein Secret aufbewahren kann, und KeyDesk schreibt Secrets nie in Dateien. Setzen Sie stattdessen die TWILIO_*-Variablen, oder fügen Sie das Profil dort hinzu, wo ein Schlüsselbund (Secret Service) läuft.</translation>
    </message>
    <message>
        <source>Added profile %1 (%2, account %3); its secret is in the system keychain.</source>
        <translation>Profil %1 hinzugefügt (%2, Konto %3); sein Secret liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>It is the active profile now.</source>
        <translation>Es ist jetzt das aktive Profil.</translation>
    </message>
    <message>
        <source>%1 is made from the TWILIO_* variables and is not stored; set or unset the variables instead</source>
        <translation>%1 wird aus den TWILIO_*-Variablen gebildet und ist nicht gespeichert; setzen oder entfernen Sie stattdessen die Variablen</translation>
    </message>
    <message>
        <source>no profile is named %1 (see keydesk-cli profiles list)</source>
        <translation>es gibt kein Profil namens %1 (siehe keydesk-cli profiles list)</translation>
    </message>
    <message>
        <source>The profile to remove.</source>
        <translation>Das zu entfernende Profil.</translation>
    </message>
    <message>
        <source>Do not ask; needed when there is no terminal.</source>
        <translation>Nicht nachfragen; erforderlich, wenn kein Terminal vorhanden ist.</translation>
    </message>
    <message>
        <source>Remove a profile and its secret from the system keychain. Asks first unless --yes. The account and its keys are not touched.</source>
        <translation>Ein Profil und sein Secret aus dem Schlüsselbund des Systems entfernen. Fragt vorher nach, außer mit --yes. Das Konto und seine Schlüssel bleiben unberührt.</translation>
    </message>
    <message>
        <source>profiles remove needs exactly one NAME</source>
        <translation>profiles remove benötigt genau einen NAME</translation>
    </message>
    <message>
        <source>Remove profile %1 (%2, account %3) and its secret from the keychain?</source>
        <translation>Profil %1 (%2, Konto %3) und sein Secret aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Removed profile %1 and its keychain entry.</source>
        <translation>Profil %1 und sein Eintrag im Schlüsselbund wurden entfernt.</translation>
    </message>
    <message>
        <source>The profile to make active.</source>
        <translation>Das zu aktivierende Profil.</translation>
    </message>
    <message>
        <source>Make a profile the active one: API commands use it when neither --profile nor the TWILIO_* variables name another.</source>
        <translation>Ein Profil aktivieren: API-Befehle verwenden es, wenn weder --profile noch die TWILIO_*-Variablen ein anderes angeben.</translation>
    </message>
    <message>
        <source>profiles use needs exactly one NAME</source>
        <translation>profiles use benötigt genau einen NAME</translation>
    </message>
    <message>
        <source>Profile %1 is active now.</source>
        <translation>Profil %1 ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>keydesk-cli: note: the TWILIO_* variables are set; they win over the active profile until they are unset.</source>
        <translation>keydesk-cli: Hinweis: Die TWILIO_*-Variablen sind gesetzt; sie haben Vorrang vor dem aktiven Profil, bis sie entfernt werden.</translation>
    </message>
    <message>
        <source>The profile to test; default: the one API commands would use.</source>
        <translation>Das zu testende Profil; Standard: das Profil, das API-Befehle verwenden würden.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Wartezeit in Sekunden pro Antwort (Standard 30).</translation>
    </message>
    <message>
        <source>Fetch the profile&apos;s account and try to list its keys; say what the credential can do (exit 0 accepted, 1 refused, 3 network or API error).</source>
        <translation>Das Konto des Profils abrufen und versuchen, seine Schlüssel aufzulisten; ausgeben, was die Zugangsdaten können (Exit-Code 0 akzeptiert, 1 abgelehnt, 3 Netzwerk- oder API-Fehler).</translation>
    </message>
    <message>
        <source>profiles test takes at most one NAME</source>
        <translation>profiles test akzeptiert höchstens einen NAME</translation>
    </message>
    <message>
        <source>twilio-cli profiles to import.</source>
        <translation>Zu importierende Profile von twilio-cli.</translation>
    </message>
    <message>
        <source>twilio-cli&apos;s config.json (default: $TWILIO_CONFIG_DIR/config.json, else ~/.twilio-cli/config.json).</source>
        <translation>Die config.json von twilio-cli (Standard: $TWILIO_CONFIG_DIR/config.json, sonst ~/.twilio-cli/config.json).</translation>
    </message>
    <message>
        <source>Import every profile that can be imported.</source>
        <translation>Alle importierbaren Profile importieren.</translation>
    </message>
    <message>
        <source>Then remove the imported profiles&apos; plain-text secrets from config.json (a 0600 backup is written beside it first).</source>
        <translation>Anschließend die im Klartext gespeicherten Secrets der importierten Profile aus config.json entfernen (vorher wird daneben eine Sicherungskopie mit Modus 0600 geschrieben).</translation>
    </message>
    <message>
        <source>Do not ask before --strip-secrets changes the file.</source>
        <translation>Nicht nachfragen, bevor --strip-secrets die Datei ändert.</translation>
    </message>
    <message>
        <source>List twilio-cli&apos;s profiles, or import them (--all, or by NAME) with their secrets moved into the system keychain.</source>
        <translation>Die Profile von twilio-cli auflisten oder importieren (--all oder per NAME); ihre Secrets werden dabei in den Schlüsselbund des Systems verschoben.</translation>
    </message>
    <message>
        <source>give --all or profile names, not both</source>
        <translation>geben Sie --all oder Profilnamen an, nicht beides</translation>
    </message>
    <message>
        <source>--strip-secrets needs profiles to import: --all or their names</source>
        <translation>--strip-secrets benötigt zu importierende Profile: --all oder ihre Namen</translation>
    </message>
    <message>
        <source>keydesk-cli: warning: %1 can be read by other users of this machine, and it holds API key secrets in plain text (chmod 600 it, or import and --strip-secrets).</source>
        <translation>keydesk-cli: Warnung: %1 ist für andere Benutzer dieses Rechners lesbar und enthält Secrets von API-Schlüsseln im Klartext (führen Sie chmod 600 darauf aus, oder importieren Sie mit --strip-secrets).</translation>
    </message>
    <message>
        <source>%1 holds no profiles.</source>
        <translation>%1 enthält keine Profile.</translation>
    </message>
    <message>
        <source>Profiles in %1:</source>
        <translation>Profile in %1:</translation>
    </message>
    <message>
        <source>(twilio-cli&apos;s active profile)</source>
        <translation>(aktives Profil von twilio-cli)</translation>
    </message>
    <message>
        <source>(imported already)</source>
        <translation>(bereits importiert)</translation>
    </message>
    <message>
        <source>(a KeyDesk profile has this name)</source>
        <translation>(ein KeyDesk-Profil hat diesen Namen)</translation>
    </message>
    <message>
        <source>cannot be imported: %1</source>
        <translation>kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Import with --all or by name; --strip-secrets then removes the plain-text secrets from the file (after a 0600 backup).</source>
        <translation>Importieren Sie mit --all oder per Name; --strip-secrets entfernt danach die Secrets im Klartext aus der Datei (nach einer Sicherungskopie mit Modus 0600).</translation>
    </message>
    <message>
        <source>%1 has no profile named %2; nothing was imported</source>
        <translation>%1 enthält kein Profil namens %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>After the import, remove the imported profiles&apos; API key secrets from %1 (a 0600 backup is kept beside it)?</source>
        <translation>Nach dem Import die Secrets der API-Schlüssel der importierten Profile aus %1 entfernen (daneben bleibt eine Sicherungskopie mit Modus 0600)?</translation>
    </message>
    <message>
        <source>%1 is imported already.</source>
        <translation>%1 ist bereits importiert.</translation>
    </message>
    <message>
        <source>keydesk-cli: %1 was not imported: %2</source>
        <translation>keydesk-cli: %1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>keydesk-cli: %1 was not imported: a KeyDesk profile has that name with another credential; remove or rename it first</source>
        <translation>keydesk-cli: %1 wurde nicht importiert: Ein KeyDesk-Profil mit diesem Namen hat andere Zugangsdaten; entfernen Sie es zuerst, oder benennen Sie es um</translation>
    </message>
    <message>
        <source>%1 was not imported: %2; %3 was not changed</source>
        <translation>%1 wurde nicht importiert: %2; %3 wurde nicht geändert</translation>
    </message>
    <message>
        <source>nothing more was imported: no keychain is available to keep the secrets, and KeyDesk never writes them to files; %1 was not changed</source>
        <translation>es wurde nichts weiter importiert: Es ist kein Schlüsselbund verfügbar, der die Secrets aufbewahren kann, und KeyDesk schreibt sie nie in Dateien; %1 wurde nicht geändert</translation>
    </message>
    <message>
        <source>Imported %1 (%2, account %3).</source>
        <translation>%1 importiert (%2, Konto %3).</translation>
    </message>
    <message>
        <source>%1 is the active profile now, as it was in twilio-cli.</source>
        <translation>%1 ist jetzt das aktive Profil, wie zuvor in twilio-cli.</translation>
    </message>
    <message>
        <source>the secrets were not removed from %1: %2</source>
        <translation>die Secrets wurden nicht aus %1 entfernt: %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed the plain-text secrets of %n profile(s) from %1; the original is in %2 (mode 0600): delete it once the import is checked.</source>
        <translation>
            <numerusform>Die im Klartext gespeicherten Secrets von %n Profil wurden aus %1 entfernt; das Original liegt in %2 (Modus 0600): Löschen Sie es, sobald der Import geprüft ist.</numerusform>
            <numerusform>Die im Klartext gespeicherten Secrets von %n Profilen wurden aus %1 entfernt; das Original liegt in %2 (Modus 0600): Löschen Sie es, sobald der Import geprüft ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) were not imported</source>
        <translation>
            <numerusform>%n Profil wurde nicht importiert</numerusform>
            <numerusform>%n Profile wurden nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: keydesk-cli profiles &lt;list|add|remove|use|test|import-twilio-cli&gt; [options]
  profiles list [--json] [--names]
  profiles add NAME --account-sid AC… (--use-auth-token | --api-key SK… | --oauth-client-id ID)
               &lt;secret option&gt; [--region R] [--edge E] [--base-url URL] [--test]
  profiles remove NAME [--yes]
  profiles use NAME
  profiles test [NAME] [--json]
  profiles import-twilio-cli [--config FILE] [--all | NAME…] [--strip-secrets] [--yes]
Secrets go to the system keychain, never to a file; with no keychain they are kept for one run.
</source>
        <translation>Aufruf: keydesk-cli profiles &lt;list|add|remove|use|test|import-twilio-cli&gt; [options]
  profiles list [--json] [--names]
  profiles add NAME --account-sid AC… (--use-auth-token | --api-key SK… | --oauth-client-id ID)
               &lt;secret option&gt; [--region R] [--edge E] [--base-url URL] [--test]
  profiles remove NAME [--yes]
  profiles use NAME
  profiles test [NAME] [--json]
  profiles import-twilio-cli [--config FILE] [--all | NAME…] [--strip-secrets] [--yes]
Secrets kommen in den Schlüsselbund des Systems, nie in eine Datei; ohne Schlüsselbund gelten sie nur für einen Aufruf.
</translation>
    </message>
    <message>
        <source>unknown profiles subcommand &quot;%1&quot;
%2</source>
        <translation>unbekannter profiles-Unterbefehl „%1“
%2</translation>
    </message>
    <message>
        <source>This Twilio sign-in can manage the account&apos;s keys.</source>
        <translation>Diese Twilio-Anmeldung kann die Schlüssel des Kontos verwalten.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Each profile connects KeyDesk to one Twilio account. Secrets are kept in the system keychain; the active profile is used when no TWILIO_* variables are set.</source>
        <translation>Jedes Profil verbindet KeyDesk mit einem Twilio-Konto. Secrets werden im Schlüsselbund des Systems gespeichert; das aktive Profil wird verwendet, wenn keine TWILIO_*-Variablen gesetzt sind.</translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation>Profilaktionen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Set a&amp;ctive</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Import from twilio-cli…</source>
        <translation>Aus twilio-cli &amp;importieren…</translation>
    </message>
    <message>
        <source>Some stored profiles could not be read: %1</source>
        <translation>Einige gespeicherte Profile konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Adding profile %1…</source>
        <translation>Profil %1 wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Profile %1 was not added: %2</source>
        <translation>Profil %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Profile %1 was added.</source>
        <translation>Profil %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Saving profile %1…</source>
        <translation>Profil %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Profile %1 was not saved: %2</source>
        <translation>Profil %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Profile %1 was saved.</source>
        <translation>Profil %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile %1 (%2)?</source>
        <translation>Profil %1 (%2) entfernen?</translation>
    </message>
    <message>
        <source>Its secret is removed from the keychain too. The credential itself keeps working at Twilio; revoke it in the Twilio Console if nothing needs it.</source>
        <translation>Sein Secret wird ebenfalls aus dem Schlüsselbund entfernt. Die Zugangsdaten selbst bleiben bei Twilio gültig; widerrufen Sie sie in der Twilio Console, wenn sie nicht mehr benötigt werden.</translation>
    </message>
    <message>
        <source>Removing profile %1…</source>
        <translation>Profil %1 wird entfernt…</translation>
    </message>
    <message>
        <source>Profile %1 was not removed: %2</source>
        <translation>Profil %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Profile %1 and its keychain entry were removed.</source>
        <translation>Profil %1 und sein Eintrag im Schlüsselbund wurden entfernt.</translation>
    </message>
    <message>
        <source>Profile %1 is now active. While TWILIO_* variables are set, the command line uses them first.</source>
        <translation>Profil %1 ist jetzt aktiv. Solange TWILIO_*-Variablen gesetzt sind, verwendet die Befehlszeile vorrangig diese.</translation>
    </message>
    <message>
        <source>Profile %1 is now active.</source>
        <translation>Profil %1 ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>Testing the environment profile…</source>
        <translation>Umgebungsprofil wird getestet…</translation>
    </message>
    <message>
        <source>Testing profile %1…</source>
        <translation>Profil %1 wird getestet…</translation>
    </message>
    <message>
        <source>The secret of profile %1 could not be read.</source>
        <translation>Das Secret des Profils %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>twilio-cli&apos;s profiles could not be read: %1</source>
        <translation>Die Profile von twilio-cli konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>twilio-cli&apos;s %1 lists no profiles.</source>
        <translation>Die Datei %1 von twilio-cli enthält keine Profile.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n profile(s) from twilio-cli…</source>
        <translation>
            <numerusform>%n Profil wird aus twilio-cli importiert…</numerusform>
            <numerusform>%n Profile werden aus twilio-cli importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s) from twilio-cli: %1.</source>
        <translation>
            <numerusform>%n Profil aus twilio-cli importiert: %1.</numerusform>
            <numerusform>%n Profile aus twilio-cli importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <source>The plain-text secrets were removed from %1; the old file is kept as %2, readable only by you.</source>
        <translation>Die Secrets im Klartext wurden aus %1 entfernt; die alte Datei bleibt als %2 erhalten und ist nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>The secrets were not removed from %1: %2</source>
        <translation>Die Secrets wurden nicht aus %1 entfernt: %2</translation>
    </message>
    <message>
        <source>&amp;Sign in with Twilio…</source>
        <translation>Bei Twilio an&amp;melden…</translation>
    </message>
    <message>
        <source>The new sign-in of profile %1 could not be stored; sign in again: %2</source>
        <translation>Die neue Anmeldung des Profils %1 konnte nicht gespeichert werden; melden Sie sich erneut an: %2</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
</context>
<context>
    <name>RenameKeyCommand</name>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation>„%1“ wird in „%2“ umbenannt…</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>unknown option %1 (see --help)</source>
        <translation>unbekannte Option %1 (siehe --help)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>--account-sid must be AC followed by 32 hex digits</source>
        <translation>--account-sid muss aus AC gefolgt von 32 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>--auth-token must be at least 8 characters without &apos;:&apos; or spaces</source>
        <translation>--auth-token muss mindestens 8 Zeichen lang sein, ohne &apos;:&apos; und ohne Leerzeichen</translation>
    </message>
    <message>
        <source>--seed must be demo or empty</source>
        <translation>--seed muss demo oder empty sein</translation>
    </message>
    <message>
        <source>--keys must be a number from 0 to 1000000</source>
        <translation>--keys muss eine Zahl von 0 bis 1000000 sein</translation>
    </message>
    <message>
        <source>--state needs a file name</source>
        <translation>--state benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>--fault-seed must be a whole number</source>
        <translation>--fault-seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>keydesk-sandbox: a local, stateful stand-in for the Twilio endpoints KeyDesk uses
(api v2010 Accounts and Keys, iam v1 Keys, accounts v1 AuthTokens, oauth v2 token) on
http://127.0.0.1 only. Every product is served on the one base URL it prints.

usage: keydesk-sandbox [options]

  --port N             listen on 127.0.0.1:N (0, the default, picks a free port)
  --account-sid AC...  the main account&apos;s SID (default %1)
  --auth-token TOKEN   its Auth Token (default %2)
  --seed demo|empty    demo (default): a Main key, Standard and Restricted keys and two
                       subaccounts; empty: the main account and nothing else
  --keys N             add N generated keys (every third Restricted) to the main account
  --state FILE         keep the state in FILE: loaded at start when it exists (then --seed,
                       --keys, --account-sid and --auth-token do not apply), saved after
                       every change. A corrupt file stops the sandbox with exit code 2.
  --faults SPEC        inject faults (see below)
  --fault-seed N       seed for the fault rates (default 1): same seed, same faults
  --help, --version

The sandbox prints &quot;listening on http://127.0.0.1:N&quot; first, then the credentials it uses,
one &quot;name: value&quot; per line, ending with the &quot;faults:&quot; line. Those credentials are made-up
sandbox values that work nowhere else, so printing them is safe. The other defaults:
  OAuth client id      %3
  OAuth client secret  %4
  Main key (demo seed) %5, secret %6

Fault SPEC: RULE;RULE;...   RULE = KIND[=VALUE][@[METHOD ]PATH][:PARAM,PARAM...]
  KIND   latency (=200ms, =1.5s), drop, truncate, or an HTTP status 400-599 (429, 500, 503)
  PATH   a path prefix (/v1/Keys) or a glob where * matches anything
         (/2010-04-01/Accounts/*/Keys*)
  PARAM  rate=0..1 (seeded by --fault-seed), count=N (first N firings only), after=N (skip the
         first N matches), retry-after=S, mode=short|json (truncate), stage=before|after (drop)
  Rules are tried in order; the longest firing latency applies, the first firing other rule
  decides. 429 always sends Retry-After (1 s by default). Status faults and drop (stage=before)
  leave the state untouched; drop:stage=after applies the request, then closes unanswered.
  truncate sends the full Content-Length with half the body and closes (mode=short) or half
  the JSON with a matching length (mode=json).
  Example: latency=200ms;429@/v1/Keys:rate=0.5,retry-after=1;500:rate=0.1;drop@POST /v1/Keys:count=1;truncate:rate=0.2

Exit codes: 0 stopped, 1 cannot listen, 2 bad options or a corrupt --state file.
</source>
        <translation>keydesk-sandbox: ein lokaler, zustandsbehafteter Ersatz für die Twilio-Endpunkte, die KeyDesk
nutzt (api v2010 Accounts und Keys, iam v1 Keys, accounts v1 AuthTokens, oauth v2 token),
nur auf http://127.0.0.1. Alle Produkte laufen unter der einen Basis-URL, die ausgegeben wird.

Aufruf: keydesk-sandbox [options]

  --port N             auf 127.0.0.1:N lauschen (0, der Standard, wählt einen freien Port)
  --account-sid AC...  SID des Hauptkontos (Standard %1)
  --auth-token TOKEN   dessen Auth Token (Standard %2)
  --seed demo|empty    demo (Standard): ein Main-Schlüssel, Standard- und eingeschränkte
                       Schlüssel und zwei Unterkonten; empty: nur das Hauptkonto
  --keys N             N generierte Schlüssel (jeder dritte Restricted) zum Hauptkonto hinzufügen
  --state FILE         Zustand in FILE halten: beim Start geladen, falls vorhanden (dann gelten
                       --seed, --keys, --account-sid und --auth-token nicht), nach jeder Änderung
                       gespeichert. Eine beschädigte Datei beendet die Sandbox mit Exit-Code 2.
  --faults SPEC        Fehler einschleusen (siehe unten)
  --fault-seed N       Seed für die Fehlerraten (Standard 1): gleicher Seed, gleiche Fehler
  --help, --version

Die Sandbox gibt zuerst &quot;listening on http://127.0.0.1:N&quot; aus, dann die verwendeten Zugangsdaten,
je eine Zeile &quot;name: value&quot;, zuletzt die Zeile &quot;faults:&quot;. Diese Zugangsdaten sind erfundene
Sandbox-Werte, die nirgendwo sonst funktionieren; sie auszugeben ist daher unbedenklich. Weitere Standardwerte:
  OAuth-Client-ID       %3
  OAuth-Client-Secret   %4
  Main-Schlüssel (demo) %5, Secret %6

Fehler-SPEC: RULE;RULE;...   RULE = KIND[=VALUE][@[METHOD ]PATH][:PARAM,PARAM...]
  KIND   latency (=200ms, =1.5s), drop, truncate oder ein HTTP-Status 400-599 (429, 500, 503)
  PATH   ein Pfadpräfix (/v1/Keys) oder ein Glob-Muster, in dem * auf alles passt
         (/2010-04-01/Accounts/*/Keys*)
  PARAM  rate=0..1 (Seed über --fault-seed), count=N (nur die ersten N Auslösungen), after=N (die
         ersten N Treffer überspringen), retry-after=S, mode=short|json (truncate), stage=before|after (drop)
  Regeln werden der Reihe nach geprüft; es gilt die längste ausgelöste Latenz, ansonsten entscheidet
  die erste ausgelöste Regel. 429 sendet immer Retry-After (standardmäßig 1 s). Status-Fehler und
  drop (stage=before) lassen den Zustand unverändert; drop:stage=after führt die Anfrage aus und
  schließt dann ohne Antwort. truncate sendet die volle Content-Length mit halbem Body und schließt
  (mode=short) oder das halbe JSON mit passender Länge (mode=json).
  Beispiel: latency=200ms;429@/v1/Keys:rate=0.5,retry-after=1;500:rate=0.1;drop@POST /v1/Keys:count=1;truncate:rate=0.2

Exit-Codes: 0 beendet, 1 Lauschen auf dem Port nicht möglich, 2 ungültige Optionen oder beschädigte --state-Datei.
</translation>
    </message>
    <message>
        <source>
Limits (answered in Twilio&apos;s error shape, then the connection closes):
  --header-timeout D   a request&apos;s header fields must arrive within D (default 10s, else 408)
  --request-timeout D  a whole request must arrive within D (default 30s, else 408)
  --idle-timeout D     close a connection when no byte moves for D (default 15s)
  --max-connections N  serve at most N connections at once, 1-1000 (default 1000; more get 503)
  D is a duration such as 500ms or 10s. Header fields are limited to %1 KiB (else 431), a
  request body to %2 KiB (else 413, decided before the body is read); malformed HTTP gets 400.
</source>
        <translation>
Grenzen (Antwort im Fehlerformat von Twilio, danach wird die Verbindung geschlossen):
  --header-timeout D   die Kopfzeilen einer Anfrage müssen innerhalb von D ankommen (Standard 10s, sonst 408)
  --request-timeout D  eine ganze Anfrage muss innerhalb von D ankommen (Standard 30s, sonst 408)
  --idle-timeout D     eine Verbindung schließen, wenn D lang kein Byte fließt (Standard 15s)
  --max-connections N  höchstens N Verbindungen gleichzeitig bedienen, 1-1000 (Standard 1000; weitere erhalten 503)
  D ist eine Dauer wie 500ms oder 10s. Kopfzeilen sind auf %1 KiB begrenzt (sonst 431), der
  Rumpf einer Anfrage auf %2 KiB (sonst 413, entschieden bevor der Rumpf gelesen wird); fehlerhaftes HTTP erhält 400.
</translation>
    </message>
    <message>
        <source>%1 must be a duration from 1ms to 600s, such as 500ms or 10s</source>
        <translation>%1 muss eine Dauer von 1ms bis 600s sein, etwa 500ms oder 10s</translation>
    </message>
    <message>
        <source>--max-connections must be a number from 1 to 1000</source>
        <translation>--max-connections muss eine Zahl von 1 bis 1000 sein</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>fault rule &quot;%1&quot;: %2</source>
        <translation>Fehlerregel „%1“: %2</translation>
    </message>
    <message>
        <source>nothing after &apos;@&apos; (expected [METHOD] /path)</source>
        <translation>nichts nach &apos;@&apos; (erwartet: [METHOD] /path)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (e.g. 200ms or 1.5s, at most 600s)</source>
        <translation>„%1“ ist keine Dauer (z. B. 200ms oder 1.5s, höchstens 600s)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected latency, drop, truncate or an HTTP status 400-599)</source>
        <translation>unbekannte Art „%1“ (erwartet: latency, drop, truncate oder ein HTTP-Status 400-599)</translation>
    </message>
    <message>
        <source>only latency takes a value (latency=200ms)</source>
        <translation>nur latency nimmt einen Wert an (latency=200ms)</translation>
    </message>
    <message>
        <source>unknown HTTP method &quot;%1&quot;</source>
        <translation>unbekannte HTTP-Methode „%1“</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; must start with &apos;/&apos;</source>
        <translation>der Pfad „%1“ muss mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is not name=value</source>
        <translation>Parameter „%1“ hat nicht die Form name=value</translation>
    </message>
    <message>
        <source>rate must be a number from 0 to 1</source>
        <translation>rate muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>count must be a whole number &gt;= 0</source>
        <translation>count muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>after must be a whole number &gt;= 0</source>
        <translation>after muss eine ganze Zahl &gt;= 0 sein</translation>
    </message>
    <message>
        <source>retry-after must be whole seconds &gt;= 0</source>
        <translation>retry-after muss eine ganze Zahl von Sekunden &gt;= 0 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration</source>
        <translation>„%1“ ist keine Dauer</translation>
    </message>
    <message>
        <source>mode must be short or json</source>
        <translation>mode muss short oder json sein</translation>
    </message>
    <message>
        <source>stage must be before or after</source>
        <translation>stage muss before oder after sein</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; for this kind</source>
        <translation>unbekannter Parameter „%1“ für diese Art</translation>
    </message>
    <message>
        <source>latency needs a duration (latency=200ms)</source>
        <translation>latency benötigt eine Dauer (latency=200ms)</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>keydesk-sandbox: %1 exists, so --seed, --keys, --account-sid and --auth-token do not apply</source>
        <translation>keydesk-sandbox: %1 existiert, daher gelten --seed, --keys, --account-sid und --auth-token nicht</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>SandboxStateFile</name>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>kein String</translation>
    </message>
    <message>
        <source>not a %1 SID (%1 + 32 hex digits)</source>
        <translation>keine %1-SID (%1 + 32 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 lowercase hex digits)</source>
        <translation>kein SHA-256-Hashwert (64 kleingeschriebene Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>not an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>not valid JSON (byte %1): %2</source>
        <translation>kein gültiges JSON (Byte %1): %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a keydesk-sandbox state file (format is &quot;%1&quot;)</source>
        <translation>keine Zustandsdatei von keydesk-sandbox (Format ist „%1“)</translation>
    </message>
    <message>
        <source>unsupported state file version %1 (expected %2)</source>
        <translation>nicht unterstützte Version %1 der Zustandsdatei (erwartet: %2)</translation>
    </message>
    <message>
        <source>empty: the main account is missing</source>
        <translation>leer: das Hauptkonto fehlt</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>must be active, suspended or closed</source>
        <translation>muss active, suspended oder closed sein</translation>
    </message>
    <message>
        <source>must be Trial or Full</source>
        <translation>muss Trial oder Full sein</translation>
    </message>
    <message>
        <source>duplicate account %1</source>
        <translation>doppeltes Konto %1</translation>
    </message>
    <message>
        <source>the first account must be the main account (owner_account_sid = sid)</source>
        <translation>das erste Konto muss das Hauptkonto sein (owner_account_sid = sid)</translation>
    </message>
    <message>
        <source>a subaccount must belong to the main account</source>
        <translation>ein Unterkonto muss zum Hauptkonto gehören</translation>
    </message>
    <message>
        <source>duplicate sequence number</source>
        <translation>doppelte Sequenznummer</translation>
    </message>
    <message>
        <source>must be main, standard or restricted</source>
        <translation>muss main, standard oder restricted sein</translation>
    </message>
    <message>
        <source>entries must be strings</source>
        <translation>Einträge müssen Strings sein</translation>
    </message>
    <message>
        <source>only restricted keys have a policy</source>
        <translation>nur eingeschränkte Schlüssel (restricted) haben eine Richtlinie</translation>
    </message>
    <message>
        <source>unknown account %1</source>
        <translation>unbekanntes Konto %1</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>doppelter Schlüssel %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable sandbox state file: %2</source>
        <translation>%1 ist keine verwendbare Zustandsdatei der Sandbox: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>keine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must be 8 to 256 characters without &apos;:&apos;, spaces or control characters</source>
        <translation>muss 8 bis 256 Zeichen lang sein, ohne ':', Leer- oder Steuerzeichen</translation>
    </message>
    <message>
        <source>accounts must be listed in the order they were created (rising seq)</source>
        <translation>Konten müssen in der Reihenfolge ihrer Erstellung stehen (steigendes seq)</translation>
    </message>
    <message>
        <source>a restricted key needs at least one permission</source>
        <translation>ein eingeschränkter Schlüssel braucht mindestens eine Berechtigung</translation>
    </message>
    <message>
        <source>more than %1 permissions</source>
        <translation>mehr als %1 Berechtigungen</translation>
    </message>
    <message>
        <source>unknown permission %1</source>
        <translation>unbekannte Berechtigung %1</translation>
    </message>
    <message>
        <source>a permission is listed twice</source>
        <translation>eine Berechtigung steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>duplicate OAuth client %1</source>
        <translation>doppelter OAuth-Client %1</translation>
    </message>
    <message>
        <source>must be greater than every seq (%1)</source>
        <translation>muss größer als jedes seq sein (%1)</translation>
    </message>
    <message>
        <source>cannot read %1: not a regular file</source>
        <translation>%1 kann nicht gelesen werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is larger than a sandbox state file may be (%2 MiB)</source>
        <translation>%1 ist größer, als eine Sandbox-Zustandsdatei sein darf (%2 MiB)</translation>
    </message>
    <message>
        <source>cannot write %1: the state is larger than a sandbox state file may be (%2 MiB)</source>
        <translation>%1 kann nicht geschrieben werden: der Zustand ist größer, als eine Sandbox-Zustandsdatei sein darf (%2 MiB)</translation>
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
    <message>
        <source>Copying a secret is turned off here: it would stay on the clipboard.</source>
        <translation>Das Kopieren von Secrets ist hier deaktiviert: Das Secret bliebe sonst in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>SecretOnceDialog</name>
    <message>
        <source>New Secret</source>
        <translation>Neues Secret</translation>
    </message>
    <message>
        <source>Twilio shows this secret only now and never again. Copy it to a safe place before you close this window.</source>
        <translation>Twilio zeigt dieses Secret nur jetzt und nie wieder an. Kopieren Sie es an einen sicheren Ort, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>S&amp;ID</source>
        <translation>S&amp;ID</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the SID to the clipboard</source>
        <translation>SID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy SID</source>
        <translation>SID kopieren</translation>
    </message>
    <message>
        <source>S&amp;ecret</source>
        <translation>S&amp;ecret</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard; it is cleared from there after a short while</source>
        <translation>Secret in die Zwischenablage kopieren; die Zwischenablage wird nach kurzer Zeit geleert</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Secret kopieren</translation>
    </message>
    <message>
        <source>&amp;Keep the secret in my keychain for token signing</source>
        <translation>Secret zum Signieren von Tokens in meinem Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Keep the secret in my keychain for token signing</source>
        <translation>Secret zum Signieren von Tokens in meinem Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>I have &amp;stored the secret somewhere safe</source>
        <translation>Ich habe das Secret an einem sicheren Ort &amp;gespeichert</translation>
    </message>
    <message>
        <source>I have stored the secret somewhere safe</source>
        <translation>Ich habe das Secret an einem sicheren Ort gespeichert</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>No keychain answered, so KeyDesk cannot keep this secret for you. Store it yourself before you close this window.</source>
        <translation>Kein Schlüsselbund hat geantwortet, daher kann KeyDesk dieses Secret nicht für Sie aufbewahren. Speichern Sie es selbst, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Secret Not Stored</source>
        <translation>Secret nicht gespeichert</translation>
    </message>
    <message>
        <source>Close without storing the secret?</source>
        <translation>Schließen, ohne das Secret zu speichern?</translation>
    </message>
    <message>
        <source>The secret cannot be shown again.</source>
        <translation>Das Secret kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>&amp;Close Without Storing</source>
        <translation>Ohne Speichern &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>The secret could not be kept in the keychain: %1 Copy it now; it is still shown here.</source>
        <translation>Das Secret konnte nicht im Schlüsselbund gespeichert werden: %1 Kopieren Sie es jetzt; es wird hier noch angezeigt.</translation>
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
    <message>
        <source>No keychain is available, so the secret of %1 could not be removed from it.</source>
        <translation>Kein Schlüsselbund verfügbar; das Secret von %1 konnte daraus nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The Auth Token is empty.</source>
        <translation>Das Auth Token ist leer.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Secret ist leer.</translation>
    </message>
    <message>
        <source>The target account is not an Account SID: it must be AC followed by 32 hexadecimal digits.</source>
        <translation>Das Zielkonto ist keine Account SID: Sie muss aus AC gefolgt von 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>Profile %1 is made from TWILIO_* environment variables, and none is set.</source>
        <translation>Das Profil %1 wird aus den TWILIO_*-Umgebungsvariablen gebildet, aber keine davon ist gesetzt.</translation>
    </message>
    <message>
        <source>No profile is named %1.</source>
        <translation>Es gibt kein Profil namens %1.</translation>
    </message>
    <message>
        <source>There is no profile: add one, or set TWILIO_ACCOUNT_SID with TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_AUTH_TOKEN).</source>
        <translation>Es gibt kein Profil: Fügen Sie eines hinzu, oder setzen Sie TWILIO_ACCOUNT_SID mit TWILIO_API_KEY und TWILIO_API_SECRET (oder TWILIO_AUTH_TOKEN).</translation>
    </message>
    <message>
        <source>No profile is active: name one with --profile, or make one active.</source>
        <translation>Es ist kein Profil aktiv: Geben Sie eines mit --profile an, oder aktivieren Sie eines.</translation>
    </message>
    <message>
        <source>The profile was removed meanwhile.</source>
        <translation>Das Profil wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The secret of profile %1 could not be read.</source>
        <translation>Das Secret des Profils %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The credential belongs to another account than the profile.</source>
        <translation>Die Zugangsdaten gehören zu einem anderen Konto als das Profil.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with Twilio</source>
        <translation>Bei Twilio anmelden</translation>
    </message>
    <message>
        <source>KeyDesk opens Twilio&apos;s sign-in page in your browser. Use the client id of an OAuth app you created in the Twilio Console (a public app whose redirect URI is http://127.0.0.1). Only the refresh token is kept, in the system keychain; KeyDesk never sees your password.</source>
        <translation>KeyDesk öffnet die Anmeldeseite von Twilio in Ihrem Browser. Verwenden Sie die Client-ID einer OAuth-App, die Sie in der Twilio Console angelegt haben (eine öffentliche App mit der Weiterleitungs-URI http://127.0.0.1). Nur das Refresh-Token wird gespeichert, im Schlüsselbund des Systems; KeyDesk sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Twilio sign-in</source>
        <translation>Twilio-Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>OAuth app client id</source>
        <translation>Client-ID der OAuth-App</translation>
    </message>
    <message>
        <source>OAuth app &amp;client id:</source>
        <translation>&amp;Client-ID der OAuth-App:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>&amp;Edge:</source>
        <translation>&amp;Edge:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Optional: a proxy or the sandbox</source>
        <translation>Optional: ein Proxy oder die Sandbox</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Sign in with Twilio…</source>
        <translation>Bei Twilio an&amp;melden…</translation>
    </message>
    <message>
        <source>S&amp;top waiting</source>
        <translation>Warten &amp;beenden</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Nicht länger auf den Browser warten</translation>
    </message>
    <message>
        <source>Sign-in result</source>
        <translation>Ergebnis der Anmeldung</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signed in. %1</source>
        <translation>Angemeldet. %1</translation>
    </message>
    <message>
        <source>Signed in, but the account did not answer: %1</source>
        <translation>Angemeldet, aber das Konto hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>The account, client id or hosts changed: sign in again.</source>
        <translation>Konto, Client-ID oder Hosts haben sich geändert: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Another profile is already called %1.</source>
        <translation>Ein anderes Profil heißt bereits %1.</translation>
    </message>
    <message>
        <source>Sign in with Twilio first.</source>
        <translation>Melden Sie sich zuerst bei Twilio an.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser (answers arrive at %1). If no browser opened, open this address yourself:
%2</source>
        <translation>Warten auf Ihre Anmeldung im Browser (Antworten kommen bei %1 an). Falls sich kein Browser geöffnet hat, öffnen Sie diese Adresse selbst:
%2</translation>
    </message>
    <message>
        <source>Sign-in stopped; nothing was kept.</source>
        <translation>Anmeldung abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Twilio signed you in but gave no refresh token, so KeyDesk could not stay signed in: make sure the OAuth app may issue refresh tokens (scope offline_access).</source>
        <translation>Twilio hat Sie angemeldet, aber kein Refresh-Token geliefert, daher kann KeyDesk nicht angemeldet bleiben: Stellen Sie sicher, dass die OAuth-App Refresh-Tokens ausgeben darf (Scope offline_access).</translation>
    </message>
    <message>
        <source>Signed in; testing the connection…</source>
        <translation>Angemeldet; die Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TokenBuilderPage</name>
    <message>
        <source>%1 is a %2 SID; this field takes a %3 SID (%4…).</source>
        <translation>%1 kennzeichnet eine SID vom Typ „%2“; dieses Feld erwartet eine SID vom Typ „%3“ (%4…).</translation>
    </message>
    <message>
        <source>A %1 SID starts with %2.</source>
        <translation>Eine SID vom Typ „%1“ beginnt mit %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hex digit (0–9, a–f).</source>
        <translation>&apos;%1&apos; an Position %2 ist keine Hexadezimalziffer (0–9, a–f).</translation>
    </message>
    <message numerus="yes">
        <source>%1 followed by 32 hex digits: this has %n digit(s).</source>
        <translation>
            <numerusform>%1 gefolgt von 32 Hexadezimalziffern: Diese Eingabe hat %n Ziffer.</numerusform>
            <numerusform>%1 gefolgt von 32 Hexadezimalziffern: Diese Eingabe hat %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 SID: %2 followed by 32 hex digits</source>
        <translation>SID (%1): %2 gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signierender Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>SID des API-&amp;Schlüssels:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret des API-Schlüssels</translation>
    </message>
    <message>
        <source>The key&apos;s secret (never stored)</source>
        <translation>Secret des Schlüssels (wird nie gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>S&amp;ecret:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <source>alice</source>
        <translation>alice</translation>
    </message>
    <message>
        <source>Time to live in seconds</source>
        <translation>Gültigkeitsdauer in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>At most 86400 s (24 h); Twilio rejects longer tokens (error 20157)</source>
        <translation>Höchstens 86400 s (24 Std.); Twilio lehnt länger gültige Tokens ab (Fehler 20157)</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>&amp;Not before:</source>
        <translation>Gültig a&amp;b:</translation>
    </message>
    <message>
        <source>Add an nbf claim: the token is refused before this time</source>
        <translation>Einen nbf-Claim hinzufügen: Vor diesem Zeitpunkt wird das Token abgelehnt</translation>
    </message>
    <message>
        <source>Not before (local time)</source>
        <translation>Gültig ab (Ortszeit)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>None (no twr header; us1)</source>
        <translation>Keine (kein twr-Header; us1)</translation>
    </message>
    <message>
        <source>The region of the signing key; written as the twr header</source>
        <translation>Die Region des signierenden Schlüssels; wird als twr-Header geschrieben</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Voice grant</source>
        <translation>&amp;Voice-Grant</translation>
    </message>
    <message>
        <source>Allow incoming calls</source>
        <translation>Eingehende Anrufe erlauben</translation>
    </message>
    <message>
        <source>Incoming:</source>
        <translation>Eingehend:</translation>
    </message>
    <message>
        <source>Outgoing app SID:</source>
        <translation>App-SID für ausgehende Anrufe:</translation>
    </message>
    <message>
        <source>TwiML App</source>
        <translation>TwiML-App</translation>
    </message>
    <message>
        <source>Outgoing params:</source>
        <translation>Parameter für ausgehende Anrufe:</translation>
    </message>
    <message>
        <source>Push credential SID:</source>
        <translation>Push-Credential-SID:</translation>
    </message>
    <message>
        <source>Push credential</source>
        <translation>Push-Credential</translation>
    </message>
    <message>
        <source>Endpoint id:</source>
        <translation>Endpunkt-ID:</translation>
    </message>
    <message>
        <source>Vi&amp;deo grant</source>
        <translation>Vide&amp;o-Grant</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Raum:</translation>
    </message>
    <message>
        <source>Any room when empty</source>
        <translation>Leer = beliebiger Raum</translation>
    </message>
    <message>
        <source>&amp;Chat / Conversations grant</source>
        <translation>&amp;Chat-/Conversations-Grant</translation>
    </message>
    <message>
        <source>Service SID:</source>
        <translation>Service-SID:</translation>
    </message>
    <message>
        <source>Conversations service</source>
        <translation>Conversations-Service</translation>
    </message>
    <message>
        <source>Deployment role SID:</source>
        <translation>SID der Deployment-Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>S&amp;ync grant</source>
        <translation>S&amp;ync-Grant</translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation>Sync-Service</translation>
    </message>
    <message>
        <source>Task&amp;Router grant</source>
        <translation>TaskRo&amp;uter-Grant</translation>
    </message>
    <message>
        <source>Workspace SID:</source>
        <translation>Workspace-SID:</translation>
    </message>
    <message>
        <source>TaskRouter workspace</source>
        <translation>TaskRouter-Workspace</translation>
    </message>
    <message>
        <source>Worker SID:</source>
        <translation>Worker-SID:</translation>
    </message>
    <message>
        <source>TaskRouter worker</source>
        <translation>TaskRouter-Worker</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>&amp;Playback grant (Twilio Live)</source>
        <translation>&amp;Playback-Grant (Twilio Live)</translation>
    </message>
    <message>
        <source>Playback grant JSON</source>
        <translation>JSON des Playback-Grants</translation>
    </message>
    <message>
        <source>The object from the PlayerStreamer PlaybackGrant API</source>
        <translation>Das Objekt aus der PlayerStreamer-PlaybackGrant-API</translation>
    </message>
    <message>
        <source>Grant JSON:</source>
        <translation>Grant-JSON:</translation>
    </message>
    <message>
        <source>Access Token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>Signed Access Token</source>
        <translation>Signiertes Access Token</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 s (Ctrl+Shift+C)</source>
        <translation>Token kopieren; die Zwischenablage wird nach 30 s geleert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&amp;Open in Inspector</source>
        <translation>Im Inspektor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Inspect this token (Ctrl+Shift+I)</source>
        <translation>Dieses Token untersuchen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Issue &amp;again now</source>
        <translation>Jetzt &amp;neu ausstellen</translation>
    </message>
    <message>
        <source>Build again with the current time (F5)</source>
        <translation>Mit der aktuellen Zeit neu erstellen (F5)</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <source>Decoded header</source>
        <translation>Dekodierter Header</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Dekodierte Payload</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Open in Inspector</source>
        <translation>Im Inspektor öffnen</translation>
    </message>
    <message>
        <source>Issue again now</source>
        <translation>Jetzt neu ausstellen</translation>
    </message>
    <message>
        <source>Focus the identity field</source>
        <translation>Zum Feld „Identität“ springen</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (character %2).</source>
        <translation>Kein gültiges JSON: %1 (Zeichen %2).</translation>
    </message>
    <message>
        <source>Must be a JSON object ({…}).</source>
        <translation>Muss ein JSON-Objekt sein ({…}).</translation>
    </message>
    <message>
        <source>%1 · expires %2</source>
        <translation>%1 · Ablauf: %2</translation>
    </message>
    <message>
        <source>Params are only written together with an outgoing app SID.</source>
        <translation>Parameter werden nur zusammen mit einer App-SID für ausgehende Anrufe geschrieben.</translation>
    </message>
    <message>
        <source>Voice identities may only hold letters, digits and _; Twilio Voice will refuse this one.</source>
        <translation>Identitäten für Voice dürfen nur Buchstaben, Ziffern und _ enthalten; Twilio Voice wird diese ablehnen.</translation>
    </message>
    <message>
        <source>%1 is a Restricted key. Twilio does not accept Restricted keys as Access Token issuers; pick a Standard or Main key.</source>
        <translation>%1 ist ein eingeschränkter Schlüssel (Restricted). Twilio akzeptiert eingeschränkte Schlüssel nicht als Aussteller von Access Tokens; wählen Sie einen Standard- oder Main-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is not in the account&apos;s key list (deleted?); Twilio would reject its tokens.</source>
        <translation>%1 steht nicht in der Schlüsselliste des Kontos (gelöscht?); Twilio würde seine Tokens ablehnen.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red.</source>
        <translation>Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Enter the API key secret to sign the token.</source>
        <translation>Geben Sie das Secret des API-Schlüssels ein, um das Token zu signieren.</translation>
    </message>
    <message>
        <source>Decoded (read back from the signed token)</source>
        <translation>Dekodiert (aus dem signierten Token zurückgelesen)</translation>
    </message>
    <message>
        <source>Issued %1 · expires %2</source>
        <translation>Ausgestellt: %1 · Ablauf: %2</translation>
    </message>
    <message>
        <source>Preview (not signed)</source>
        <translation>Vorschau (nicht signiert)</translation>
    </message>
    <message>
        <source>There is no token to copy yet.</source>
        <translation>Es gibt noch kein Token zum Kopieren.</translation>
    </message>
    <message>
        <source>Signing key from your keychain</source>
        <translation>Signierschlüssel aus Ihrem Schlüsselbund</translation>
    </message>
    <message>
        <source>Keys of the account whose secrets are in your keychain</source>
        <translation>Schlüssel des Kontos, deren Secrets in Ihrem Schlüsselbund liegen</translation>
    </message>
    <message>
        <source>&amp;From keychain:</source>
        <translation>Aus dem Schlüssel&amp;bund:</translation>
    </message>
    <message>
        <source>Type a key below</source>
        <translation>Schlüssel unten eingeben</translation>
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
    <message>
        <source>Use the secret of the issuing key (the token&apos;s iss) from the system keychain.</source>
        <translation>Das Secret des ausstellenden Schlüssels (iss des Tokens) aus dem Schlüsselbund des Systems verwenden.</translation>
    </message>
    <message>
        <source>use either --vault or one secret option, not both</source>
        <translation>verwenden Sie entweder --vault oder eine Secret-Option, nicht beides</translation>
    </message>
    <message>
        <source>Use the --key-sid key&apos;s secret from the system keychain.</source>
        <translation>Das Secret des mit --key-sid angegebenen Schlüssels aus dem Schlüsselbund des Systems verwenden.</translation>
    </message>
    <message>
        <source>--%1 must be a Unix time between 0 and %2 (the end of year 9999), not %3</source>
        <translation>--%1 muss eine Unix-Zeit zwischen 0 und %2 (Ende des Jahres 9999) sein, nicht %3</translation>
    </message>
    <message>
        <source>the token has no iss, so there is no key to look up in the keychain</source>
        <translation>das Token hat kein iss, daher gibt es keinen Schlüssel, der im Schlüsselbund nachgeschlagen werden kann</translation>
    </message>
    <message>
        <source>Check the signature alone: exit 0 when it matches the secret, whatever the times and Twilio&apos;s other rules say.</source>
        <translation>Nur die Signatur prüfen: Exit-Code 0, wenn sie zum Secret passt, unabhängig von den Zeiten und Twilios übrigen Regeln.</translation>
    </message>
    <message>
        <source>Verify an Access Token as Twilio would accept it and list the findings. Exit 0 when the signature matches and no finding is an error; 1 when the signature is invalid or an error holds (expired, not yet valid, ttl over 24 h, cty missing, issuer not an API key …); 2 malformed. --signature-only checks the signature alone.</source>
        <translation>Ein Access Token so prüfen, wie Twilio es annehmen würde, und die Befunde auflisten. Exit-Code 0, wenn die Signatur passt und kein Befund ein Fehler ist; 1, wenn die Signatur ungültig ist oder ein Fehler vorliegt (abgelaufen, noch nicht gültig, ttl über 24 h, cty fehlt, Aussteller kein API-Schlüssel …); 2 fehlerhaft. --signature-only prüft nur die Signatur.</translation>
    </message>
    <message>
        <source>the signature is valid but Twilio would reject the token: %1 (see the findings)</source>
        <translation>die Signatur ist gültig, aber Twilio würde das Token ablehnen: %1 (siehe die Befunde)</translation>
    </message>
</context>
<context>
    <name>TokenEdit</name>
    <message>
        <source>Not part of the token; ignored</source>
        <translation>Nicht Teil des Tokens; wird ignoriert</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Header (base64url)</source>
        <translation>Header (base64url)</translation>
    </message>
    <message>
        <source>Header (base64url) — decodes to:
%1</source>
        <translation>Header (base64url) – dekodiert:
%1</translation>
    </message>
    <message>
        <source>Payload (base64url)</source>
        <translation>Payload (base64url)</translation>
    </message>
    <message>
        <source>Payload (base64url) — decodes to:
%1</source>
        <translation>Payload (base64url) – dekodiert:
%1</translation>
    </message>
    <message>
        <source>Signature (base64url)</source>
        <translation>Signatur (base64url)</translation>
    </message>
    <message numerus="yes">
        <source>Signature (base64url): %n byte(s), HMAC over header.payload</source>
        <translation>
            <numerusform>Signatur (base64url): %n Byte, HMAC über header.payload</numerusform>
            <numerusform>Signatur (base64url): %n Bytes, HMAC über header.payload</numerusform>
        </translation>
    </message>
    <message>
        <source>After a third dot: a JWT has exactly three segments</source>
        <translation>Nach einem dritten Punkt: Ein JWT hat genau drei Segmente</translation>
    </message>
    <message>
        <source>That is %1 of text; a token is at most %2. Nothing was inserted.</source>
        <translation>Das sind %1 Text; ein Token ist höchstens %2 groß. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file; drop a file that holds the token.</source>
        <translation>„%1“ ist keine reguläre Datei; ziehen Sie eine Datei hierher, die das Token enthält.</translation>
    </message>
    <message>
        <source>Could not open &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; a token is at most %3. Nothing was inserted.</source>
        <translation>„%1“ ist %2 groß; ein Token ist höchstens %3 groß. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than %2, the most a token can be. Nothing was inserted.</source>
        <translation>„%1“ enthält mehr als %2, die Höchstgröße eines Tokens. Es wurde nichts eingefügt.</translation>
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
    <name>TokenInspectorPage</name>
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
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>Aus Zwischenablage &amp;einfügen</translation>
    </message>
    <message>
        <source>Replace the token with the clipboard&apos;s text (Ctrl+Shift+V)</source>
        <translation>Token durch den Text aus der Zwischenablage ersetzen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the cleaned-up token; the clipboard is cleared after 30 s (Ctrl+Shift+C)</source>
        <translation>Bereinigtes Token kopieren; die Zwischenablage wird nach 30 s geleert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the token (Ctrl+Shift+Del)</source>
        <translation>Token leeren (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <source>&amp;Token — paste anything: &quot;Bearer eyJ…&quot;, quotes and line breaks are fine</source>
        <translation>&amp;Token – beliebigen Text einfügen: „Bearer eyJ…“, Anführungszeichen und Zeilenumbrüche sind kein Problem</translation>
    </message>
    <message>
        <source>eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJ…</source>
        <translation>eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJ…</translation>
    </message>
    <message>
        <source>API key &amp;secret:</source>
        <translation>&amp;Secret des API-Schlüssels:</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret des API-Schlüssels</translation>
    </message>
    <message>
        <source>The secret of the issuing key (never stored)</source>
        <translation>Secret des ausstellenden Schlüssels (wird nie gespeichert)</translation>
    </message>
    <message>
        <source>Secret encoding</source>
        <translation>Kodierung des Secrets</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>How the secret is written: as text (Twilio API key secrets) or base64</source>
        <translation>Kodierung des Secrets: als Text (Secrets von Twilio-API-Schlüsseln) oder base64</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>Cl&amp;aims</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>G&amp;rants</translation>
    </message>
    <message>
        <source>Header (as received)</source>
        <translation>Header (wie empfangen)</translation>
    </message>
    <message>
        <source>Decoded header</source>
        <translation>Dekodierter Header</translation>
    </message>
    <message>
        <source>Payload (as received)</source>
        <translation>Payload (wie empfangen)</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Dekodierte Payload</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Paste token from clipboard</source>
        <translation>Token aus Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Clear token</source>
        <translation>Token leeren</translation>
    </message>
    <message>
        <source>Focus the token field</source>
        <translation>Zum Token-Feld springen</translation>
    </message>
    <message>
        <source>Focus the secret field</source>
        <translation>Zum Secret-Feld springen</translation>
    </message>
    <message>
        <source>The clipboard holds no text to inspect.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Untersuchen.</translation>
    </message>
    <message>
        <source>There is no well-formed token to copy.</source>
        <translation>Es gibt kein wohlgeformtes Token zum Kopieren.</translation>
    </message>
    <message>
        <source>The secret is not valid base64: %1</source>
        <translation>Das Secret ist kein gültiges base64: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot; before the token</source>
        <translation>„%1“ vor dem Token ignoriert</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot; after it</source>
        <translation>„%1“ danach ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>removed %n whitespace character(s)</source>
        <translation>
            <numerusform>%n Leerraumzeichen entfernt</numerusform>
            <numerusform>%n Leerraumzeichen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaned up the paste: %1.</source>
        <translation>Eingefügten Text bereinigt: %1.</translation>
    </message>
    <message>
        <source>✔ Signature verified (%1)</source>
        <translation>✔ Signatur verifiziert (%1)</translation>
    </message>
    <message>
        <source>✘ Invalid signature for this secret</source>
        <translation>✘ Ungültige Signatur für dieses Secret</translation>
    </message>
    <message>
        <source>the token is not well-formed</source>
        <translation>das Token ist nicht wohlgeformt</translation>
    </message>
    <message>
        <source>fix the secret first</source>
        <translation>korrigieren Sie zuerst das Secret</translation>
    </message>
    <message>
        <source>enter the secret of the issuing API key</source>
        <translation>geben Sie das Secret des ausstellenden API-Schlüssels ein</translation>
    </message>
    <message>
        <source>KeyDesk verifies HS256, HS384 and HS512 only</source>
        <translation>KeyDesk prüft nur HS256, HS384 und HS512</translation>
    </message>
    <message>
        <source>Not checked — %1</source>
        <translation>Nicht geprüft – %1</translation>
    </message>
    <message>
        <source>Paste a token to inspect it. Nothing leaves this machine.</source>
        <translation>Fügen Sie ein Token ein, um es zu untersuchen. Nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation>Fehlerhaftes Token</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft %1 ab</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 abgelaufen</translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation>keine Probleme gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The clipboard holds %1 of text; a token is at most %2. Nothing was pasted.</source>
        <translation>Die Zwischenablage enthält %1 Text; ein Token ist höchstens %2 groß. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>Issued by %1.</source>
        <translation>Ausgestellt von %1.</translation>
    </message>
    <message>
        <source>Checked with this key&apos;s secret from your keychain; nothing was typed.</source>
        <translation>Mit dem Secret dieses Schlüssels aus Ihrem Schlüsselbund geprüft; es wurde nichts eingegeben.</translation>
    </message>
</context>
<context>
    <name>TwilioCliConfig</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a twilio-cli config.json.</source>
        <translation>%1 ist ein Ordner, keine config.json von twilio-cli.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a FIFO, socket or device); it was not read.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein FIFO, Socket oder Gerät); sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a twilio-cli config.json is a few kilobytes, so it was not read.</source>
        <translation>%1 ist größer als %2 KiB; eine config.json von twilio-cli ist nur wenige Kilobyte groß, daher wurde die Datei nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3); nothing was imported.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object, so it is not a twilio-cli config.json; nothing was imported.</source>
        <translation>%1 enthält kein JSON-Objekt und ist daher keine config.json von twilio-cli; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>In %1, &quot;profiles&quot; is not a JSON object; nothing was imported.</source>
        <translation>In %1 ist „profiles“ kein JSON-Objekt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 lists more than %2 profiles; nothing was imported.</source>
        <translation>%1 enthält mehr als %2 Profile; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The profile is not a JSON object.</source>
        <translation>Das Profil ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>These fields are not text: %1.</source>
        <translation>Diese Felder sind kein Text: %1.</translation>
    </message>
    <message>
        <source>config.json holds no API key secret for this profile (twilio-cli kept secrets in the system keychain before version 6): add it in KeyDesk by hand.</source>
        <translation>config.json enthält kein Secret eines API-Schlüssels für dieses Profil (vor Version 6 speicherte twilio-cli Secrets im Schlüsselbund des Systems): Tragen Sie es in KeyDesk von Hand ein.</translation>
    </message>
    <message>
        <source>The API key secret is longer than %1 characters.</source>
        <translation>Das Secret des API-Schlüssels ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2); config.json was not changed.</source>
        <translation>Die Sicherungskopie %1 konnte nicht geschrieben werden (%2); config.json wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 could not be rewritten (%2); it was not changed.</source>
        <translation>%1 konnte nicht neu geschrieben werden (%2); die Datei wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>TwilioCliImportDialog</name>
    <message>
        <source>Import from twilio-cli</source>
        <translation>Aus twilio-cli importieren</translation>
    </message>
    <message>
        <source>Profiles found in %1. The chosen ones are added as API key profiles, with their secrets moved into the keychain.</source>
        <translation>In %1 gefundene Profile. Die ausgewählten werden als Profile mit API-Schlüssel hinzugefügt; ihre Secrets werden in den Schlüsselbund verschoben.</translation>
    </message>
    <message>
        <source>This file holds API key secrets in plain text and other users of this computer can read it. Import the profiles, then strip the secrets from the file below.</source>
        <translation>Diese Datei enthält Secrets von API-Schlüsseln im Klartext, und andere Benutzer dieses Rechners können sie lesen. Importieren Sie die Profile, und entfernen Sie anschließend unten die Secrets aus der Datei.</translation>
    </message>
    <message>
        <source>twilio-cli profiles to import</source>
        <translation>Zu importierende Profile von twilio-cli</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 (active in twilio-cli)</source>
        <translation>%1 (in twilio-cli aktiv)</translation>
    </message>
    <message>
        <source>%1
Not importable: %2</source>
        <translation>%1
Nicht importierbar: %2</translation>
    </message>
    <message>
        <source>%1
Not importable: a KeyDesk profile with this name exists already.</source>
        <translation>%1
Nicht importierbar: Ein KeyDesk-Profil mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>&amp;Remove the plain-text secrets of the imported profiles from config.json (a backup readable only by you is kept beside it)</source>
        <translation>Secrets der importierten Profile im Klartext aus config.json &amp;entfernen (daneben bleibt eine nur für Sie lesbare Sicherungskopie erhalten)</translation>
    </message>
    <message>
        <source>Remove the plain-text secrets from config.json</source>
        <translation>Secrets im Klartext aus config.json entfernen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose at least one profile to import.</source>
        <translation>Wählen Sie mindestens ein Profil zum Importieren aus.</translation>
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
    <message>
        <source>&quot;%1&quot; uses plain http to a host that is not this machine: the credentials would travel unencrypted. Use https, or http only with localhost, 127.0.0.1 or ::1.</source>
        <translation>„%1“ verwendet unverschlüsseltes http zu einem Host, der nicht dieser Rechner ist: Die Zugangsdaten würden unverschlüsselt übertragen. Verwenden Sie https oder http nur mit localhost, 127.0.0.1 oder ::1.</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>The API key SID (SK…).</source>
        <translation>Die SID des API-Schlüssels (SK…).</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret des API-Schlüssels</translation>
    </message>
    <message>
        <source>Keep an API key&apos;s secret in the system keychain, for token build/verify --vault and the GUI.</source>
        <translation>Das Secret eines API-Schlüssels im Schlüsselbund des Systems speichern, für token build/verify --vault und die GUI.</translation>
    </message>
    <message>
        <source>Remove an API key&apos;s secret from the system keychain.</source>
        <translation>Das Secret eines API-Schlüssels aus dem Schlüsselbund des Systems entfernen.</translation>
    </message>
    <message>
        <source>Tell whether the system keychain holds a secret for an API key (exit 0 yes, 1 no).</source>
        <translation>Prüfen, ob der Schlüsselbund des Systems ein Secret für einen API-Schlüssel enthält (Exit-Code 0 ja, 1 nein).</translation>
    </message>
    <message>
        <source>give exactly one API key SID</source>
        <translation>geben Sie genau eine SID eines API-Schlüssels an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API key SID (SK followed by 32 hex digits)</source>
        <translation>„%1“ ist keine SID eines API-Schlüssels (SK gefolgt von 32 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>nothing was stored: no system keychain is reachable (%1)</source>
        <translation>nichts gespeichert: Kein Schlüsselbund des Systems erreichbar (%1)</translation>
    </message>
    <message>
        <source>Stored the secret of %1 in the system keychain.</source>
        <translation>Das Secret von %1 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>the keychain holds no secret for %1</source>
        <translation>der Schlüsselbund enthält kein Secret für %1</translation>
    </message>
    <message>
        <source>Removed the secret of %1 from the system keychain.</source>
        <translation>Das Secret von %1 wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>The keychain holds a secret for %1.</source>
        <translation>Der Schlüsselbund enthält ein Secret für %1.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for %1.</source>
        <translation>Der Schlüsselbund enthält kein Secret für %1.</translation>
    </message>
    <message>
        <source>--vault needs an API key SID (SK…) to look up; got &quot;%1&quot;</source>
        <translation>--vault benötigt die SID eines API-Schlüssels (SK…) zum Nachschlagen; erhalten: „%1“</translation>
    </message>
    <message>
        <source>the keychain holds no secret for %1; store it with: keydesk-cli vault store %1 --secret-stdin</source>
        <translation>der Schlüsselbund enthält kein Secret für %1; speichern Sie es mit: keydesk-cli vault store %1 --secret-stdin</translation>
    </message>
    <message>
        <source>usage: keydesk-cli vault store|remove|check SK… [options]   (--help on each)</source>
        <translation>Aufruf: keydesk-cli vault store|remove|check SK… [options]   (jeweils mit --help)</translation>
    </message>
    <message>
        <source>unknown vault command &quot;%1&quot;; %2</source>
        <translation>unbekannter vault-Befehl „%1“; %2</translation>
    </message>
    <message>
        <source>the system keychain could not be reached; the secret of %1 was not removed (%2)</source>
        <translation>der Schlüsselbund des Systems war nicht erreichbar; das Secret von %1 wurde nicht entfernt (%2)</translation>
    </message>
    <message>
        <source>the secret of %1 was not removed: %2</source>
        <translation>das Secret von %1 wurde nicht entfernt: %2</translation>
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
    <name>WebhooksPage</name>
    <message>
        <source>Request Twilio sends</source>
        <translation>Anfrage, die Twilio sendet</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>The full URL exactly as configured in Twilio, with scheme, port and query</source>
        <translation>Die vollständige URL genau wie in Twilio konfiguriert, mit Schema, Port und Query</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Form parameters</source>
        <translation>&amp;Formularparameter</translation>
    </message>
    <message>
        <source>&amp;JSON body</source>
        <translation>&amp;JSON-Body</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Form parameters</source>
        <translation>Formularparameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>GET: the parameters are part of the URL&apos;s query; nothing is appended.</source>
        <translation>GET: Die Parameter sind Teil der Query der URL; es wird nichts angehängt.</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>P&amp;arameter hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Ctrl+Shift+N)</source>
        <translation>Zeile hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Ctrl+Shift+Del)</source>
        <translation>Ausgewählte Zeilen entfernen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Raw JSON body</source>
        <translation>Unveränderter JSON-Body</translation>
    </message>
    <message>
        <source>The raw body, byte for byte (one added space changes the hash)</source>
        <translation>Der unveränderte Body, Byte für Byte (schon ein zusätzliches Leerzeichen ändert den Hash)</translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation>Auth Token</translation>
    </message>
    <message>
        <source>The account&apos;s Auth Token (never stored)</source>
        <translation>Das Auth Token des Kontos (wird nie gespeichert)</translation>
    </message>
    <message>
        <source>Auth &amp;Token:</source>
        <translation>Auth &amp;Token:</translation>
    </message>
    <message>
        <source>X-Twilio-Signature</source>
        <translation>X-Twilio-Signature</translation>
    </message>
    <message>
        <source>Expected signature</source>
        <translation>Erwartete Signatur</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the expected signature (Ctrl+Shift+C)</source>
        <translation>Erwartete Signatur kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&amp;Expected signature:</source>
        <translation>&amp;Erwartete Signatur:</translation>
    </message>
    <message>
        <source>URL with bodySHA256 (what Twilio calls and signs):</source>
        <translation>URL mit bodySHA256 (die Twilio aufruft und signiert):</translation>
    </message>
    <message>
        <source>URL with bodySHA256</source>
        <translation>URL mit bodySHA256</translation>
    </message>
    <message>
        <source>String that is signed (HMAC-SHA1 with the Auth Token, then base64):</source>
        <translation>Signierte Zeichenkette (HMAC-SHA1 mit dem Auth Token, dann base64):</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>Zu signierende Zeichenkette</translation>
    </message>
    <message>
        <source>Check a received signature</source>
        <translation>Empfangene Signatur prüfen</translation>
    </message>
    <message>
        <source>Received X-Twilio-Signature</source>
        <translation>Empfangene X-Twilio-Signature</translation>
    </message>
    <message>
        <source>Paste the X-Twilio-Signature header value</source>
        <translation>Wert des Headers X-Twilio-Signature einfügen</translation>
    </message>
    <message>
        <source>URL variants tried</source>
        <translation>Geprüfte URL-Varianten</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove parameters</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>Copy signature</source>
        <translation>Signatur kopieren</translation>
    </message>
    <message>
        <source>Focus the URL</source>
        <translation>Zum URL-Feld springen</translation>
    </message>
    <message>
        <source>Paste a received signature</source>
        <translation>Empfangene Signatur einfügen</translation>
    </message>
    <message>
        <source>Enter a URL and the Auth Token to compute a signature first.</source>
        <translation>Geben Sie zuerst eine URL und das Auth Token ein, um eine Signatur zu berechnen.</translation>
    </message>
    <message>
        <source>Enter the URL</source>
        <translation>URL eingeben</translation>
    </message>
    <message>
        <source>Enter the Auth Token</source>
        <translation>Auth Token eingeben</translation>
    </message>
    <message>
        <source>Paste a received signature to check it (Ctrl+Shift+V).</source>
        <translation>Fügen Sie eine empfangene Signatur ein, um sie zu prüfen (Strg+Umschalt+V).</translation>
    </message>
    <message>
        <source>Enter the URL and the Auth Token to check the signature.</source>
        <translation>Geben Sie die URL und das Auth Token ein, um die Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>✔ Valid. </source>
        <translation>✔ Gültig. </translation>
    </message>
    <message>
        <source>✘ Not valid. </source>
        <translation>✘ Ungültig. </translation>
    </message>
    <message>
        <source>This URL variant matched</source>
        <translation>Diese URL-Variante passt</translation>
    </message>
    <message>
        <source>This URL variant did not match</source>
        <translation>Diese URL-Variante passt nicht</translation>
    </message>
    <message>
        <source>URL with bodySHA256 — the hash in this URL is not the SHA-256 of this body (%1):</source>
        <translation>URL mit bodySHA256 – der Hash in dieser URL ist nicht der SHA-256-Hash dieses Bodys (%1):</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to KeyDesk</source>
        <translation>Willkommen bei KeyDesk</translation>
    </message>
    <message>
        <source>KeyDesk needs a way into a Twilio account before it can show keys. Choose one:</source>
        <translation>KeyDesk benötigt einen Zugang zu einem Twilio-Konto, bevor es Schlüssel anzeigen kann. Wählen Sie eine Möglichkeit:</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Enter an Account SID with its Auth Token, an API key or an OAuth client; the secret goes to the system keychain.</source>
        <translation>Geben Sie eine Account SID mit zugehörigem Auth Token, einen API-Schlüssel oder einen OAuth-Client ein; das Secret wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Import from twilio-cli…</source>
        <translation>Aus twilio-cli &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring over the profiles twilio-cli keeps in config.json and move their plain-text secrets into the keychain.</source>
        <translation>Übernehmen Sie die Profile, die twilio-cli in config.json speichert, und verschieben Sie ihre Secrets aus dem Klartext in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Use the &amp;environment</source>
        <translation>&amp;Umgebungsvariablen verwenden</translation>
    </message>
    <message>
        <source>Connect with the TWILIO_* variables set for this session; nothing is stored.</source>
        <translation>Verbinden Sie sich über die für diese Sitzung gesetzten TWILIO_*-Variablen; es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Explore KeyDesk on a built-in demo account with sample keys; no Twilio account is needed (keydesk --sandbox).</source>
        <translation>Lernen Sie KeyDesk mit einem integrierten Demo-Konto und Beispielschlüsseln kennen; ein Twilio-Konto ist nicht nötig (keydesk --sandbox).</translation>
    </message>
    <message>
        <source>Sign &amp;in with Twilio…</source>
        <translation>Bei Twilio an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in to your Twilio account in the browser through your OAuth app; only the refresh token is kept, in the system keychain.</source>
        <translation>Im Browser über Ihre OAuth-App bei Ihrem Twilio-Konto anmelden; nur das Refresh-Token wird gespeichert, im Schlüsselbund des Systems.</translation>
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
        <source>Sandbox account %1 at %2</source>
        <translation>Sandbox-Konto %1 unter %2</translation>
    </message>
    <message>
        <source>Sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>With --sandbox: add N generated keys to the sandbox account.</source>
        <translation>Mit --sandbox: N generierte Schlüssel zum Sandbox-Konto hinzufügen.</translation>
    </message>
    <message>
        <source>keydesk: --sandbox-keys takes a number from 0 to 100000</source>
        <translation>keydesk: --sandbox-keys muss eine Zahl von 0 bis 100000 sein</translation>
    </message>
    <message>
        <source>Signing with %1; its secret came from your keychain.</source>
        <translation>Signiert wird mit %1; sein Secret stammt aus Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Signing with %1: type its secret (the keychain does not hold it).</source>
        <translation>Signiert wird mit %1: Geben Sie sein Secret ein (der Schlüsselbund enthält es nicht).</translation>
    </message>
    <message>
        <source>Profile %1 cannot be used</source>
        <translation>Profil %1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Profile %1 (%2)</source>
        <translation>Profil %1 (%2)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Connecting to profile %1…</source>
        <translation>Verbindung mit Profil %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Profile %1 has no secret</source>
        <translation>Profil %1 hat kein Secret</translation>
    </message>
    <message>
        <source>No keychain is available: secrets are kept in memory for this session only and are forgotten when KeyDesk closes.</source>
        <translation>Kein Schlüsselbund verfügbar: Secrets werden nur für diese Sitzung im Arbeitsspeicher gehalten und beim Beenden von KeyDesk verworfen.</translation>
    </message>
    <message>
        <source>Could not start keydesk --sandbox.</source>
        <translation>keydesk --sandbox konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
</TS>
