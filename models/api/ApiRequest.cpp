#include "ApiRequest.h"

QString ApiRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Delete:
        return QStringLiteral("DELETE");
    }
    return QStringLiteral("GET");
}
