<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>--param needs NAME=VALUE, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameters file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameters file is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be a string or a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full URL Twilio requested (scheme, host, port, path, query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form parameter NAME=VALUE; repeat for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form parameters from FILE or -: form-encoded, or a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON body from FILE or -; the URL gets bodySHA256 and no parameters are signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Twilio-Signature header that was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an X-Twilio-Signature. Exit 0 valid, 1 invalid, 2 usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the X-Twilio-Signature Twilio would send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signature is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON body and form parameters cannot be combined; Twilio sends one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one input can come from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be a full URL such as https://example.com/sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL with bodySHA256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: keydesk-cli webhook sign|verify [options]   (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown webhook command &quot;%1&quot;; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;KeyDesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for Twilio API keys and Access Tokens: see every key of an account, create Standard and Restricted keys, edit permissions with a diff, build tokens and inspect pasted ones. Tokens are inspected locally; nothing you paste leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyDesk is not affiliated with Twilio Inc. &quot;Twilio&quot; is a trademark of Twilio Inc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessTokenBuilder</name>
    <message>
        <source>The Account SID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account SID must be AC followed by 32 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key SID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key SID must be SK followed by 32 hex digits (an Auth Token cannot sign Access Tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is missing; Twilio&apos;s SDKs need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ttl must be between 1 and %1 seconds (24 hours); Twilio rejects longer tokens (error 20157).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbf must be a Unix time (seconds), not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbf is at or after the expiry; the token would never be valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Tokens are signed with HS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Read the %1 from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the %1 from FILE (one trailing newline is ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the %1 from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the secret is written: utf8 (default) or base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret is needed: use --secret-env VAR, --secret-file FILE or --secret-stdin (never on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use only one of --secret-env, --secret-file and --secret-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-encoding must be utf8 or base64, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one TOKEN argument, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the TOKEN as an argument, or &apos;-&apos; to read it from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input holds more than 4 MiB; that is not a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingCatalog</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a well-formed JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm is not HS256, the only one Twilio documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is unsecured (alg none); Twilio never issues or accepts these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks cty &quot;twilio-fpa;v=1&quot;, which Twilio requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s typ is not &quot;JWT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is not an API key SID (SK…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub is not an Account SID (AC…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jti does not start with the issuer key SID and a dash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lives longer than 24 hours; Twilio rejects it (20157).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf is in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iat is in the future: the issuing machine&apos;s clock is ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants.identity is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity has characters Voice does not allow (only letters, digits and _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grant that Twilio&apos;s SDKs do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy grant that current SDKs do not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SID in the token has the wrong prefix for its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twr header names a region KeyDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is a Restricted key; Twilio does not accept those as issuers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key no longer exists in the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantCatalog</name>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat / Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback (Twilio Live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Messaging (legacy Chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations (legacy RTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmable Voice (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwiML App for outgoing calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations/Chat service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskRouter workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskRouter worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TwiML App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential (push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (Conversations, Chat or Sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlayerStreamer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grant Twilio&apos;s SDKs know; known grants are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a legacy grant (%2); current SDKs expect %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; grant must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it should be a %3 SID: %4 followed by 32 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice.incoming.allow must be true or false; the SDK ignores anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice.outgoing.params must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants are not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants must be a JSON object such as {&quot;voice&quot;:{&quot;incoming&quot;:{&quot;allow&quot;:true}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;identity&quot; is not a grant; give it with the identity option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The input is %1 KiB; a token is at most %2 KiB. Paste only the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token found: a JWT is three base64url segments separated by dots, usually starting with &quot;eyJ&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; after the token at position %2; a token holds only A–Z, a–z, 0–9, &apos;-&apos;, &apos;_&apos; and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has 1 segment; a JWT has 3 (header.payload.signature) separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has 2 segments; the signature (the third, after the second dot) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has 5 segments: that is an encrypted JWE, not a Twilio Access Token (3 segments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has %1 segments; a JWT has exactly 3 (header.payload.signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment has an impossible length (%2 characters); part of it was probably cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; padding, which JWTs do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;, which is standard base64, not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment is not base64url: %2 at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; (RFC 7515 §4.1.1 requires it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is JSON but not an object (a JWT claims set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every API key of the account in one list: SID, name, type (Main, Standard, Restricted), created, updated and region, with instant search and sorting. Create Standard and Restricted keys, duplicate a Restricted key&apos;s policy, rename, edit permissions with a diff before saving, and delete with a confirmation that names the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build an Access Token for a client SDK: signing key, identity, ttl, nbf, region and grants (Voice, Video, Chat/Conversations, Sync, TaskRouter, Playback), with the live token and its decoded view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste any token to see its header, payload, claims with human times, grants and Twilio-aware findings, and check its signature. Nothing leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the account&apos;s Auth Token: create the secondary token, show it once, promote it (the old primary stops working at once) or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute and check X-Twilio-Signature for a URL with form parameters or a JSON body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and credentials: Auth Token, API key or OAuth client, region and edge. Secrets are kept only in the system keychain. Import twilio-cli profiles and environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
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
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderedJson</name>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal point must be followed by digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exponent must have digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not built yet. This page will hold:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretBytes</name>
    <message>
        <source>The base64 secret decodes to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <source>No keychain is available (%1); the secret is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to read the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to delete the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token, or - to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check times as of this Unix time instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify an Access Token&apos;s signature and validity. Exit 0 valid, 1 invalid/expired, 2 malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode an Access Token and list the findings. Exit 0 decoded, 2 malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token and the secret cannot both come from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this token&apos;s algorithm cannot be verified with a shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is valid but the token has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is valid but the token is not valid yet (nbf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID (AC…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key SID (SK…) that signs the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime in seconds (default 3600, at most 86400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not-before as a Unix time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region for the twr header: us1, ie1 or au1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build as if the time were UNIX (reproducible output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing algorithm; Twilio accepts HS256 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grants object in Twilio&apos;s wire format, from FILE or - (stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {token, header_json, payload_json} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and sign a Twilio Access Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ttl %1 is out of range: 1 to %2 seconds (24 h); Twilio rejects longer tokens with error 20157</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alg %1 is not supported for building: Twilio accepts HS256 only (HS384/HS512 can be inspected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grants and the secret cannot both come from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: keydesk-cli token decode|verify|build [options]   (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown token command &quot;%1&quot;; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg is &quot;%1&quot;: an unsecured token that anyone can forge. Twilio never issues or accepts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg is &quot;%1&quot; but a signature is attached; unsecured tokens must not carry one, and Twilio rejects both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg is %1. Twilio documents only HS256 for Access Tokens; the node library can sign %1, other SDKs cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg is &quot;%1&quot;. Twilio Access Tokens are HMAC-SHA256 (HS256); KeyDesk cannot verify this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no cty. Twilio requires &quot;twilio-fpa;v=1&quot; and answers error 20101 without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cty is &quot;%1&quot;, not &quot;twilio-fpa;v=1&quot;; this is not a Twilio Access Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no typ; Twilio&apos;s libraries always write &quot;JWT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typ is &quot;%1&quot;, not &quot;JWT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twr is &quot;%1&quot;; known regions are us1, ie1 and au1. The key must belong to the region named here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is the Account SID %1: this looks like a legacy Capability token signed with the Auth Token. Access Tokens are issued by an API key (SK…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is missing; it must be the API key SID (SK followed by 32 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is &quot;%1&quot;; it must be an API key SID (SK followed by 32 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub is missing; it must be the Account SID (AC followed by 32 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub is &quot;%1&quot;; it must be an Account SID (AC followed by 32 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jti is missing; Twilio&apos;s libraries write &quot;&lt;key SID&gt;-&lt;issue time&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jti &quot;%1&quot; does not start with the issuer &quot;%2-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds since 1970 (NumericDate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has no exp; Twilio rejects tokens without an expiry (20104).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lives %1 (exp − %2); Twilio allows at most 24 h and answers error 20157.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 (at %2 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid until %1 UTC (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iat is %1 in the future: the clock of the machine that made the token is ahead (or this one is behind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has no grants object; this is not a Twilio Access Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants.identity is missing or empty; Voice, Video, Conversations and Sync clients need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity &quot;%1&quot; has characters other than letters, digits and _, which Voice does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Restricted key; Twilio does not accept Restricted keys as Access Token issuers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the account&apos;s key list: it was deleted, so Twilio rejects the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was not checked: KeyDesk verifies HS256, HS384 and HS512 tokens only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was not checked: enter the API key secret to verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid for this secret (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match this secret. Check that it is the secret of %1 (not the Auth Token) and that the token was not altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuing key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSignature</name>
    <message>
        <source>as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with port :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid (URL %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match any URL variant (%1). Check the exact URL Twilio called (scheme, host, port, query), every parameter, and that the auth token is the primary one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no bodySHA256 parameter; Twilio adds it to the URL of every JSON webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s SHA-256 (%1) differs from bodySHA256 in the URL: the body was changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Twilio API keys and Access Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on the built-in sandbox account with demo keys (no Twilio account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
