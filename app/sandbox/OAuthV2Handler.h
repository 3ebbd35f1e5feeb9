#pragma once

#include "SandboxResponse.h"

#include <QString>

struct SandboxRequest;
class SandboxState;
struct SandboxOAuthClient;

// oauth.twilio.com v2:
//  - GET /v2/authorize?response_type=code&client_id&redirect_uri&scope&state&code_challenge
//    &code_challenge_method=S256 — the sandbox consents at once: 302 to redirect_uri?code=…&state=…
//    (body {redirect_to}). Only loopback http redirect URIs (127.0.0.1 / localhost with a port) and
//    PKCE S256 are accepted.
//  - POST /v2/token with grant_type client_credentials (client_id + client_secret in the form or HTTP
//    Basic), authorization_code (code, redirect_uri, code_verifier) or refresh_token (rotated on use).
// Every access token is a Bearer JWT that the other endpoints accept.
class OAuthV2Handler
{
public:
    explicit OAuthV2Handler(SandboxState& state);

    static bool owns(const QString& path) { return path.startsWith(QLatin1String("/v2/")); }
    SandboxResponse handle(const SandboxRequest& request);

    // base64url(SHA-256(verifier)), the S256 code_challenge of a code_verifier.
    static QString s256Challenge(const QByteArray& verifier);
    // RFC 7636: 43–128 characters of A–Z a–z 0–9 - . _ ~
    static bool isValidCodeVerifier(const QByteArray& verifier);

private:
    SandboxResponse authorize(const SandboxRequest& request);
    SandboxResponse token(const SandboxRequest& request);
    SandboxResponse clientCredentials(const SandboxRequest& request);
    SandboxResponse authorizationCode(const SandboxRequest& request);
    SandboxResponse refreshToken(const SandboxRequest& request);
    // The client named in the form (client_id, optional client_secret) or in HTTP Basic. A public client
    // (PKCE, no secret) may omit the secret when secretRequired is false; a secret that is sent must match.
    const SandboxOAuthClient* authenticateClient(const SandboxRequest& request, bool secretRequired,
                                                 SandboxResponse* error) const;
    SandboxResponse tokenAnswer(const QString& accessToken, const QString& refreshToken) const;

    SandboxState& m_state;
};
