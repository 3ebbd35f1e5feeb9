#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// X-Twilio-Signature: base64(HMAC-SHA1(auth token, URL + sorted name/value pairs)).
// JSON bodies: the URL carries bodySHA256=<hex sha256 of the raw body> and is signed with no parameters.
class WebhookSignature
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSignature)

public:
    using Params = QList<QPair<QString, QString>>;

    struct Validation
    {
        bool valid = false;
        QString matchedUrl; // the URL variant whose signature matched
        QString matchedVariant; // "as given", "without port", "with port :443"
        QStringList triedVariants; // "<variant>: <url>"
        bool bodyChecked = false;
        bool bodyHashMatches = false;
        QString message; // a sentence for people
    };

    // The exact bytes that are signed. Names sorted by UTF-16 code unit; repeated names have their
    // values de-duplicated and sorted, as Twilio's node and python libraries do.
    static QByteArray stringToSign(const QString& url, const Params& params);
    static QString compute(QByteArrayView authToken, const QString& url, const Params& params);

    static QByteArray bodySha256Hex(QByteArrayView body);
    // Adds (or replaces) bodySHA256 in the URL's query for a JSON body.
    static QString urlWithBodyHash(const QString& url, QByteArrayView body);

    // The URL variants Twilio's libraries accept: as given, without the port, with the default port.
    static QList<QPair<QString, QString>> urlVariants(const QString& url);

    static Validation validate(QByteArrayView authToken, const QString& url, const Params& params,
                               const QString& signature);
    // JSON body: the URL's bodySHA256 must match the body and the URL's signature must match.
    static Validation validateWithBody(QByteArrayView authToken, const QString& url, QByteArrayView body,
                                       const QString& signature);
};
