#include "api/ApiError.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twilioJson()
    {
        const ApiError e = ApiError::fromHttp(
            404,
            "{\"code\": 20404, \"message\": \"The requested resource /v1/Keys/SKx was not found\", "
            "\"more_info\": \"https://www.twilio.com/docs/errors/20404\", \"status\": 404}");
        QCOMPARE(e.kind(), ApiError::Kind::Api);
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::TwilioJson);
        QCOMPARE(e.httpStatus(), 404);
        QCOMPARE(e.twilioCode(), 20404);
        QCOMPARE(e.moreInfo(), QStringLiteral("https://www.twilio.com/docs/errors/20404"));
        QVERIFY(e.message().contains(QStringLiteral("was not found")));
        QVERIFY(e.sentence().contains(QStringLiteral("20404")));
        QVERIFY(e.sentence().contains(QStringLiteral("region")));
        QVERIFY(!e.isTransient());
        QVERIFY(!e.isAmbiguous());
    }

    void codeAsString()
    {
        const ApiError e = ApiError::fromHttp(
            400, "{\"code\":\"70001\",\"message\":\"The request has constraint violations\"}");
        QCOMPARE(e.twilioCode(), 70001);
        QVERIFY(e.sentence().contains(QStringLiteral("64")));
    }

    void authSentenceNamesCredentialAndRegion()
    {
        ApiError e = ApiError::fromHttp(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}");
        e.setContext(QStringLiteral("api.dublin.ie1.twilio.com"),
                     QStringLiteral("API key SK1234…abcd and its secret"), QStringLiteral("ie1"));
        const QString s = e.sentence();
        QVERIFY2(s.contains(QStringLiteral("SK1234")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("ie1")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("Standard key")), qPrintable(s));
    }

    void policySentence()
    {
        const ApiError e
            = ApiError::fromHttp(400,
                                 "{\"code\":70002,\"message\":\"assertion "
                                 "'/twilio/fakepermission/doesnotexist' is invalid\",\"status\":400}");
        QVERIFY(e.sentence().contains(QStringLiteral("/twilio/fakepermission/doesnotexist")));
        QVERIFY(e.sentence().contains(QStringLiteral("70002")));
    }

    void tooManyRequests()
    {
        const ApiError e
            = ApiError::fromHttp(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}");
        QVERIFY(e.isTransient());
        QVERIFY(!e.isAmbiguous());
        QVERIFY(e.sentence().contains(QStringLiteral("20429")));
    }

    void problemJson()
    {
        const ApiError e
            = ApiError::fromHttp(400,
                                 "{\"type\":\"https://www.twilio.com/docs/errors/20001\",\"title\":\"Invalid "
                                 "parameter\",\"status\":400,\"detail\":\"PageSize must be at most "
                                 "1000\",\"code\":20007,\"instance\":\"/v1/Keys\"}",
                                 "application/problem+json");
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::ProblemJson);
        QCOMPARE(e.twilioCode(), 20007);
        QVERIFY(e.message().contains(QStringLiteral("PageSize must be at most 1000")));
        QCOMPARE(e.moreInfo(), QStringLiteral("https://www.twilio.com/docs/errors/20001"));
    }

    void errorsArray()
    {
        const ApiError e = ApiError::fromHttp(400,
                                              "{\"errors\":[{\"code\":21211,\"message\":\"Invalid "
                                              "'To'\",\"infoUrl\":\"https://www.twilio.com/docs/errors/"
                                              "21211\"},{\"code\":1,\"message\":\"second\"}]}");
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::ErrorsArray);
        QCOMPARE(e.twilioCode(), 21211);
        QCOMPARE(e.message(), QStringLiteral("Invalid 'To'; second"));
        QCOMPARE(e.moreInfo(), QStringLiteral("https://www.twilio.com/docs/errors/21211"));
    }

    void xmlRestException()
    {
        const ApiError e = ApiError::fromHttp(
            404,
            "<?xml version='1.0' encoding='UTF-8'?>\n<TwilioResponse><RestException><Code>20404</Code>"
            "<Message>The requested resource was not "
            "found</Message><MoreInfo>https://www.twilio.com/docs/errors/20404"
            "</MoreInfo><Status>404</Status></RestException></TwilioResponse>",
            "application/xml");
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::Xml);
        QCOMPARE(e.twilioCode(), 20404);
        QCOMPARE(e.message(), QStringLiteral("The requested resource was not found"));
        QCOMPARE(e.moreInfo(), QStringLiteral("https://www.twilio.com/docs/errors/20404"));
    }

    void htmlPage()
    {
        const ApiError e
            = ApiError::fromHttp(502,
                                 "<!DOCTYPE html><html><head><title>502 Bad "
                                 "Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
                                 "text/html; charset=utf-8");
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::Html);
        QCOMPARE(e.message(), QStringLiteral("502 Bad Gateway"));
        QVERIFY(e.isTransient());
        QVERIFY(e.isAmbiguous());
        QVERIFY(e.sentence().contains(QStringLiteral("web page")));
    }

    void htmlWithoutContentType()
    {
        const ApiError e
            = ApiError::fromHttp(403, "<html><body><h1>Forbidden <b>by proxy</b></h1></body></html>");
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::Html);
        QCOMPARE(e.message(), QStringLiteral("Forbidden by proxy"));
    }

    void emptyBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("401") << 401 << false << false;
        QTest::newRow("429") << 429 << true << false;
        QTest::newRow("500") << 500 << true << true;
        QTest::newRow("503") << 503 << true << true;
        QTest::newRow("404") << 404 << false << false;
    }
    void emptyBody()
    {
        QFETCH(int, status);
        QFETCH(bool, transient);
        QFETCH(bool, ambiguous);
        const ApiError e = ApiError::fromHttp(status, "  \r\n");
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::None);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.twilioCode(), 0);
        QCOMPARE(e.isTransient(), transient);
        QCOMPARE(e.isAmbiguous(), ambiguous);
        QVERIFY(e.sentence().contains(QString::number(status)));
    }

    void fiveHundredWithTwilioBodyIsNotAmbiguous()
    {
        const ApiError e = ApiError::fromHttp(
            500, "{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":500}");
        QVERIFY(e.isTransient());
        QVERIFY(!e.isAmbiguous());
    }

    void truncatedJson()
    {
        const ApiError e = ApiError::fromHttp(400, "{\"code\": 70001, \"message\": \"The requ");
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::TruncatedJson);
        QCOMPARE(e.twilioCode(), 0);
        QVERIFY(e.sentence().contains(QStringLiteral("cut off")));
    }

    void plainText()
    {
        const ApiError e
            = ApiError::fromHttp(500, QByteArray("upstream connect error ") + QByteArray(5000, 'x'));
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::Text);
        QVERIFY(e.message().startsWith(QStringLiteral("upstream connect error")));
        QVERIFY(e.message().size() <= 501); // clipped
    }

    void otherJson()
    {
        const ApiError e
            = ApiError::fromHttp(400, "{\"error\":\"invalid_client\",\"error_description\":\"bad client\"}");
        QCOMPARE(e.bodyShape(), ApiError::BodyShape::OtherJson);
        QCOMPARE(e.message(), QStringLiteral("bad client"));
    }

    void garbageDoesNotCrash()
    {
        const QByteArray inputs[] = { "{",
                                      "[",
                                      "<",
                                      "<TwilioResponse><RestException><Code>",
                                      "\xff\xfe\x00",
                                      "null",
                                      "[1,2,3]",
                                      "{\"code\":{}}",
                                      "<html",
                                      QByteArray(100000, '{') };
        for (const QByteArray& input : inputs) {
            const ApiError e = ApiError::fromHttp(500, input);
            QCOMPARE(e.kind(), ApiError::Kind::Api);
            QVERIFY(!e.sentence().isEmpty());
        }
    }

    void transportKinds()
    {
        ApiError timeout
            = ApiError::transport(ApiError::Kind::Timeout, QStringLiteral("no answer within 30 seconds"));
        timeout.setContext(QStringLiteral("iam.twilio.com"), {}, {});
        QVERIFY(timeout.isAmbiguous());
        QVERIFY(timeout.isTransient());
        QVERIFY(timeout.sentence().contains(QStringLiteral("iam.twilio.com")));

        const ApiError dropped
            = ApiError::transport(ApiError::Kind::ConnectionDropped, QStringLiteral("closed"));
        QVERIFY(dropped.isAmbiguous());

        const ApiError refused
            = ApiError::transport(ApiError::Kind::Network, QStringLiteral("Connection refused"));
        QVERIFY(!refused.isAmbiguous());
        QVERIFY(refused.isTransient());

        const ApiError cut = ApiError::badResponse(201, QStringLiteral("cut"));
        QVERIFY(cut.isAmbiguous());
        QVERIFY(!ApiError::cancelled().isTransient());
        QVERIFY(!ApiError::invalidRequest(QStringLiteral("x")).isAmbiguous());
        QVERIFY(!ApiError().isError());
    }

    void noteIsAppended()
    {
        ApiError e = ApiError::transport(ApiError::Kind::ConnectionDropped, QStringLiteral("closed"));
        e.addNote(QStringLiteral("No key was created."));
        QVERIFY(e.sentence().endsWith(QStringLiteral("No key was created.")));
    }

    void tag()
    {
        QCOMPARE(ApiError::fromHttp(401, "{\"code\":20003}").tag(),
                 QStringLiteral("HTTP 401, Twilio error 20003"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
