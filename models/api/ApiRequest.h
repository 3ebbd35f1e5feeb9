#pragma once

#include "api/TwilioHosts.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// One REST request before it is sent: product host + path (or an absolute URL for next pages),
// query, and PascalCase form fields (form-encoded on POST).
struct ApiRequest
{
    enum class Method { Get, Post, Delete };

    Method method = Method::Get;
    TwilioProduct product = TwilioProduct::Api;
    QString path; // "/2010-04-01/Accounts/AC…/Keys.json", "/v1/Keys"
    QUrlQuery query;
    QUrl absoluteUrl; // when set, used as is (already re-rooted by TwilioHosts::nextPageUrl)
    // Form values are copied into the ApiCall's own (unshared) storage and wiped when it is destroyed;
    // a caller that put a secret here wipes its own copy after send().
    QList<QPair<QString, QString>> form;
    // JSON fields of the answer whose string values are secrets (a new key's "secret", an auth token).
    // ApiCall takes them out of the raw body into SecretBytes and blanks them before parsing, so the
    // parsed QJsonDocument never holds them; read them with ApiCall::takeSecret(). Every occurrence
    // is blanked (lists of accounts carry one auth_token each); the first one is kept.
    QList<QByteArray> secretFields;
    bool authenticated = true; // false for the OAuth token endpoint (credentials go in the body)
    // GET and DELETE are retried on transient failures; POST only on 429 (never processed) and refused
    // connections (never sent).
    bool idempotent() const { return method != Method::Post; }

    static QString methodName(Method method);
};
