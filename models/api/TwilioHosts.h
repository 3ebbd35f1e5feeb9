#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// The Twilio products KeyDesk talks to; each has its own host name.
enum class TwilioProduct { Api, Iam, Accounts, OAuth };

// Builds request URLs for a processing region and edge, or for a base-URL override (sandbox, proxy).
//
// us1 without an edge uses {product}.twilio.com; every other combination uses
// {product}.{edge}.{region}.twilio.com. The deprecated {product}.{region}.twilio.com form is never built:
// a region without an edge gets its default edge (ie1 → dublin, au1 → sydney, …).
class TwilioHosts
{
    Q_DECLARE_TR_FUNCTIONS(TwilioHosts)

public:
    TwilioHosts() = default;

    // Sets region and edge; empty strings mean "default". Returns false (with *error) for unknown or
    // malformed names and leaves the object unchanged.
    bool setRegion(const QString& region, const QString& edge, QString* error = nullptr);
    QString region() const { return m_region.isEmpty() ? QStringLiteral("us1") : m_region; }
    QString edge() const { return m_edge; }

    // Every product goes to this URL (scheme, host, port, optional path prefix). Empty clears it.
    bool setBaseUrlOverride(const QUrl& base, QString* error = nullptr);
    QUrl baseUrlOverride() const { return m_override; }
    // One product goes to this URL (contract tests put a validating proxy in front of each spec).
    bool setProductOverride(TwilioProduct product, const QUrl& base, QString* error = nullptr);

    // The scheme+host(+port+prefix) a product's requests go to, without a trailing slash.
    QUrl baseUrl(TwilioProduct product) const;
    QString hostName(TwilioProduct product) const;
    // base + path + query. path starts with '/'.
    QUrl url(TwilioProduct product, const QString& path, const QUrlQuery& query = {}) const;

    // A next-page link from a response: relative (v2010 next_page_uri) or absolute (v1 next_page_url).
    // Only its path and query are kept and re-rooted onto the product's base, so credentials never go to
    // a host the response names and an override (sandbox, proxy) is kept across pages. Returns an invalid
    // URL when the link is not a usable path.
    QUrl nextPageUrl(TwilioProduct product, const QString& link) const;

    static QString productLabel(TwilioProduct product);
    // The default edge of a processing region or legacy region id (ie1 → dublin); empty for us1.
    static QString defaultEdge(const QString& region);
    static QStringList knownRegions();
    static QStringList knownEdges();

private:
    QString m_region; // empty = us1
    QString m_edge; // empty = default for the region
    QUrl m_override;
    QHash<int, QUrl> m_productOverrides;
};
