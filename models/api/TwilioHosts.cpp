#include "TwilioHosts.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

bool isLabel(const QString& text)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return label.match(text).hasMatch();
}

bool isLoopbackHost(const QString& host)
{
    const QString h = host.toLower();
    if (h == u"localhost")
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool checkBase(const QUrl& base, QString* error)
{
    if (base.isEmpty())
        return true;
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != u"https" && base.scheme() != u"http")
        || base.hasQuery() || base.hasFragment() || !base.userInfo().isEmpty()) {
        if (error)
            *error = TwilioHosts::tr(
                         "\"%1\" is not a usable base URL: give scheme, host and optional port, like "
                         "http://127.0.0.1:8080")
                         .arg(base.toString());
        return false;
    }
    // Plain http would send Basic credentials (or an OAuth client secret) in cleartext: only to this
    // machine (a local mock server or test sandbox).
    if (base.scheme() == u"http" && !isLoopbackHost(base.host())) {
        if (error)
            *error = TwilioHosts::tr(
                         "\"%1\" uses plain http to a host that is not this machine: the credentials "
                         "would travel unencrypted. Use https, or http only with localhost, 127.0.0.1 "
                         "or ::1.")
                         .arg(base.toString());
        return false;
    }
    return true;
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace

QString TwilioHosts::productLabel(TwilioProduct product)
{
    switch (product) {
    case TwilioProduct::Api:
        return QStringLiteral("api");
    case TwilioProduct::Iam:
        return QStringLiteral("iam");
    case TwilioProduct::Accounts:
        return QStringLiteral("accounts");
    case TwilioProduct::OAuth:
        return QStringLiteral("oauth");
    }
    return QStringLiteral("api");
}

QString TwilioHosts::defaultEdge(const QString& region)
{
    // Legacy region ids map onto edges (Twilio's "Edge locations" table).
    static const QHash<QString, QString> edges {
        { QStringLiteral("au1"), QStringLiteral("sydney") },
        { QStringLiteral("br1"), QStringLiteral("sao-paulo") },
        { QStringLiteral("ie1"), QStringLiteral("dublin") },
        { QStringLiteral("de1"), QStringLiteral("frankfurt") },
        { QStringLiteral("jp1"), QStringLiteral("tokyo") },
        { QStringLiteral("jp2"), QStringLiteral("osaka") },
        { QStringLiteral("sg1"), QStringLiteral("singapore") },
        { QStringLiteral("us2"), QStringLiteral("umatilla") },
    };
    return edges.value(region);
}

QStringList TwilioHosts::knownRegions()
{
    return { QStringLiteral("us1"), QStringLiteral("ie1"), QStringLiteral("au1") };
}

QStringList TwilioHosts::knownEdges()
{
    return { QStringLiteral("sydney"),    QStringLiteral("sao-paulo"), QStringLiteral("dublin"),
             QStringLiteral("frankfurt"), QStringLiteral("tokyo"),     QStringLiteral("singapore"),
             QStringLiteral("ashburn"),   QStringLiteral("umatilla"),  QStringLiteral("roaming"),
             QStringLiteral("osaka") };
}

bool TwilioHosts::setRegion(const QString& region, const QString& edge, QString* error)
{
    const QString r = region.trimmed().toLower();
    const QString e = edge.trimmed().toLower();
    if (!r.isEmpty() && !isLabel(r)) {
        if (error)
            *error = tr("\"%1\" is not a region name (try us1, ie1 or au1)").arg(region);
        return false;
    }
    if (!e.isEmpty() && !isLabel(e)) {
        if (error)
            *error = tr("\"%1\" is not an edge name (try dublin or sydney)").arg(edge);
        return false;
    }
    if (!r.isEmpty() && r != u"us1" && e.isEmpty() && defaultEdge(r).isEmpty()) {
        if (error)
            *error = tr("region %1 has no default edge: give one with --edge").arg(r);
        return false;
    }
    m_region = r == u"us1" ? QString() : r;
    m_edge = e;
    return true;
}

bool TwilioHosts::setBaseUrlOverride(const QUrl& base, QString* error)
{
    if (!checkBase(base, error))
        return false;
    m_override = withoutTrailingSlash(base);
    return true;
}

bool TwilioHosts::setProductOverride(TwilioProduct product, const QUrl& base, QString* error)
{
    if (!checkBase(base, error))
        return false;
    if (base.isEmpty())
        m_productOverrides.remove(int(product));
    else
        m_productOverrides.insert(int(product), withoutTrailingSlash(base));
    return true;
}

QString TwilioHosts::hostName(TwilioProduct product) const
{
    const QString prefix = productLabel(product);
    // The OAuth token endpoint is global: oauth.twilio.com has no regional or edge variants.
    if (product == TwilioProduct::OAuth)
        return prefix + QStringLiteral(".twilio.com");
    if (m_region.isEmpty() && m_edge.isEmpty())
        return prefix + QStringLiteral(".twilio.com");
    const QString region = m_region.isEmpty() ? QStringLiteral("us1") : m_region;
    const QString edge = m_edge.isEmpty() ? defaultEdge(region) : m_edge;
    if (edge.isEmpty()) // us1 with no edge
        return prefix + QStringLiteral(".twilio.com");
    return prefix + u'.' + edge + u'.' + region + QStringLiteral(".twilio.com");
}

QUrl TwilioHosts::baseUrl(TwilioProduct product) const
{
    const auto it = m_productOverrides.constFind(int(product));
    if (it != m_productOverrides.constEnd())
        return *it;
    if (!m_override.isEmpty())
        return m_override;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(hostName(product));
    return url;
}

QUrl TwilioHosts::url(TwilioProduct product, const QString& path, const QUrlQuery& query) const
{
    QUrl url = baseUrl(product);
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl TwilioHosts::nextPageUrl(TwilioProduct product, const QString& link) const
{
    const QString trimmed = link.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (!parsed.isValid() || !parsed.path().startsWith(u'/')
        || parsed.path().contains(QStringLiteral("/../")))
        return {};
    if (!parsed.isRelative() && parsed.scheme() != u"https" && parsed.scheme() != u"http")
        return {};
    const QUrl base = baseUrl(product);
    QString path = parsed.path(QUrl::FullyEncoded);
    // A proxy prefix (http://proxy/twilio) is already in a link the proxy rewrote; do not add it twice.
    const QString prefix = base.path(QUrl::FullyEncoded);
    if (!prefix.isEmpty() && path.startsWith(prefix + u'/'))
        path = path.mid(prefix.size());
    QUrl next = base;
    next.setPath(prefix + path, QUrl::TolerantMode);
    if (parsed.hasQuery())
        next.setQuery(parsed.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return next;
}
