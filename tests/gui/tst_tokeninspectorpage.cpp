#include "TokenVectors.h"
#include "common/ClipboardService.h"
#include "common/ThemeColors.h"
#include "token/ClaimsModel.h"
#include "token/FindingsModel.h"
#include "token/Grants.h"
#include "token/JwtSyntaxHighlighter.h"
#include "token/TokenEdit.h"
#include "token/TokenInspectorPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/types.h>
#endif

class TestTokenInspectorPage : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_vectors;

    template<typename T> static T* child(QWidget* page, const char* name)
    {
        T* w = page->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no widget named %s", name);
        return w;
    }

    static QStringList shownCodes(QWidget* page)
    {
        QAbstractItemModel* model = child<QAbstractItemView>(page, "findingsView")->model();
        QStringList codes;
        for (int row = 0; row < model->rowCount(); ++row)
            codes << model->index(row, 0).data(FindingsModel::CodeRole).toString();
        return codes;
    }

    static QString signatureState(QWidget* page)
    {
        return child<QLabel>(page, "signatureStateLabel")->property("state").toString();
    }

    QString vectorToken(const QString& name) const
    {
        return TokenVectors::accessToken(m_vectors, name).value(QStringLiteral("token")).toString();
    }

    // Drags `mime` onto the token field and drops it; true if the drop was accepted.
    static bool dropOnto(QPlainTextEdit* edit, QMimeData* mime)
    {
        const QPoint pos = edit->viewport()->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &enter);
        QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &drop);
        return drop.isAccepted();
    }

    static bool dropFile(QPlainTextEdit* edit, const QString& path)
    {
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        return dropOnto(edit, &mime);
    }

    // The format the highlighter gave the character at a document position.
    static QTextCharFormat formatAt(QPlainTextEdit* edit, int position)
    {
        const QTextBlock block = edit->document()->findBlock(position);
        const int offset = position - block.position();
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (offset >= range.start && offset < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    }

    // The text a tooltip (or an AutoText label) shows for `text`: Qt renders it as HTML when it
    // looks like HTML.
    static QString shownAs(const QString& text, Qt::TextFormat format = Qt::AutoText)
    {
        const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
        if (!rich)
            return text;
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }

    static QLabel* toolTipLabel()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->inherits("QTipLabel"))
                return qobject_cast<QLabel*>(w);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_vectors = TokenVectors::load();
        QVERIFY2(!m_vectors.isEmpty(), qPrintable(TokenVectors::path()));
    }

    void everyVector_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QStringList>("mustHave");
        QTest::addColumn<QStringList>("mustNotHave");
        QTest::addColumn<bool>("secretKnown");
        const QStringList healthy = { QStringLiteral("expired"),
                                      QStringLiteral("not-yet-valid"),
                                      QStringLiteral("malformed"),
                                      QStringLiteral("cty-missing"),
                                      QStringLiteral("issuer-not-api-key"),
                                      QStringLiteral("subject-not-account") };
        for (const QJsonValue& v : m_vectors.value(QStringLiteral("access_tokens")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            QStringList must;
            QStringList mustNot = healthy;
            bool secretKnown = true;
            if (name == u"hs512_algorithm")
                must << QStringLiteral("alg-not-hs256");
            else
                mustNot << QStringLiteral("alg-not-hs256");
            if (name == u"ttl_over_max")
                must << QStringLiteral("ttl-over-24h");
            else
                mustNot << QStringLiteral("ttl-over-24h");
            if (name == u"twilio_docs_sample") {
                must << QStringLiteral("legacy-grant");
                secretKnown = false;
                // The docs' sample has long expired and carries placeholder SIDs (SKxxxx…, ACxxxx…).
                mustNot.clear();
                must << QStringLiteral("issuer-not-api-key");
            }
            if (name == u"multi_grant_region_nbf_maxttl")
                mustNot << QStringLiteral("unknown-region");
            if (name == u"numeric_identity" || name == u"video_any_room_unicode_identity")
                mustNot << QStringLiteral("identity-missing");
            QTest::newRow(qPrintable(name))
                << o.value(QStringLiteral("token")).toString() << must << mustNot << secretKnown;
        }
    }

    void everyVector()
    {
        QFETCH(QString, token);
        QFETCH(QStringList, mustHave);
        QFETCH(QStringList, mustNotHave);
        QFETCH(bool, secretKnown);

        FixedClock clock(1700000001);
        ClipboardService clipboard;
        TokenInspectorPage page(&clipboard, clock);
        auto* tokenEdit = child<QPlainTextEdit>(&page, "tokenEdit");
        auto* secretEdit = child<QLineEdit>(&page, "secretEdit");

        QTest::keyClicks(tokenEdit, token.left(12));
        tokenEdit->insertPlainText(token.mid(12)); // the rest as one paste
        QVERIFY(page.result().ok());
        QVERIFY(!child<QLabel>(&page, "parseErrorLabel")->isVisibleTo(&page));

        // No secret: decoded, not checked.
        QCOMPARE(signatureState(&page), QStringLiteral("unchecked"));
        QStringList codes = shownCodes(&page);
        QVERIFY2(codes.contains(QStringLiteral("signature-unchecked")), qPrintable(codes.join(u' ')));
        for (const QString& code : mustHave)
            QVERIFY2(codes.contains(code),
                     qPrintable(code + QStringLiteral(" missing in ") + codes.join(u' ')));
        for (const QString& code : mustNotHave)
            QVERIFY2(!codes.contains(code),
                     qPrintable(code + QStringLiteral(" unexpected in ") + codes.join(u' ')));

        // The findings shown are exactly what the core reports.
        TokenInspector::Options options;
        options.now = 1700000001;
        QStringList expected;
        for (const Finding& f : TokenInspector::inspect(token.toUtf8(), options).findings)
            expected << f.code;
        QCOMPARE(codes, expected);

        // The right secret verifies, the wrong one does not.
        secretEdit->setText(TokenVectors::credential(m_vectors, "apiSecret"));
        QCOMPARE(signatureState(&page), secretKnown ? QStringLiteral("verified") : QStringLiteral("invalid"));
        QCOMPARE(shownCodes(&page).contains(QStringLiteral("signature-verified")), secretKnown);
        QCOMPARE(page.signatureState(),
                 secretKnown ? TokenInspector::SignatureState::Verified
                             : TokenInspector::SignatureState::Invalid);
        secretEdit->setText(TokenVectors::credential(m_vectors, "wrongSecret"));
        QCOMPARE(signatureState(&page), QStringLiteral("invalid"));
        QVERIFY(shownCodes(&page).contains(QStringLiteral("signature-invalid")));
        QCOMPARE(child<QLabel>(&page, "tokenStatusLabel")->text().contains(QStringLiteral("error")), true);

        // Clearing the secret returns to "not checked".
        secretEdit->clear();
        QCOMPARE(signatureState(&page), QStringLiteral("unchecked"));

        // The claims table and the JSON views show the payload as received.
        auto* claims = child<QAbstractItemView>(&page, "claimsView")->model();
        const JwtParts& parts = page.result().parts();
        QCOMPARE(claims->rowCount(), int(parts.payload.size()));
        QCOMPARE(claims->index(0, ClaimsModel::ClaimColumn).data().toString(),
                 parts.payload.members().front().key);
        QCOMPARE(child<QPlainTextEdit>(&page, "payloadView")->toPlainText(),
                 QString::fromUtf8(parts.payload.toIndented()));
        QCOMPARE(child<QPlainTextEdit>(&page, "headerView")->toPlainText(),
                 QString::fromUtf8(parts.header.toIndented()));
    }

    void base64Secret()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        page.setToken(vectorToken(QStringLiteral("voice_full")));
        auto* secretEdit = child<QLineEdit>(&page, "secretEdit");
        auto* encoding = child<QComboBox>(&page, "secretEncodingCombo");
        encoding->setCurrentIndex(1);
        secretEdit->setText(
            QString::fromLatin1(TokenVectors::credential(m_vectors, "apiSecret").toUtf8().toBase64()));
        QCOMPARE(signatureState(&page), QStringLiteral("verified"));
        // Base64 that does not decode is reported inline and nothing is checked.
        secretEdit->setText(QStringLiteral("not base64 at all!"));
        QVERIFY(child<QLabel>(&page, "secretErrorLabel")->isVisibleTo(&page));
        QCOMPARE(signatureState(&page), QStringLiteral("unchecked"));
        // The same text as UTF-8 is simply a wrong secret.
        encoding->setCurrentIndex(0);
        QVERIFY(!child<QLabel>(&page, "secretErrorLabel")->isVisibleTo(&page));
        QCOMPARE(signatureState(&page), QStringLiteral("invalid"));
    }

    void secretFieldIsMasked()
    {
        TokenInspectorPage page(nullptr);
        auto* secretEdit = child<QLineEdit>(&page, "secretEdit");
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QVERIFY(!secretEdit->accessibleName().isEmpty());
        secretEdit->findChild<QAction*>(QStringLiteral("revealSecretAction"))->trigger();
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
        secretEdit->findChild<QAction*>(QStringLiteral("revealSecretAction"))->trigger();
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        // Ctrl+Shift+H while the field has focus.
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        secretEdit->setFocus();
        QTest::keyClick(secretEdit, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
    }

    void messyPastes_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("wrapEvery");
        QTest::newRow("bearer") << QStringLiteral("Bearer ") << QString() << 0;
        QTest::newRow("header line") << QStringLiteral("Authorization: Bearer ") << QString() << 0;
        QTest::newRow("quoted") << QStringLiteral("\"") << QStringLiteral("\",") << 0;
        QTest::newRow("line breaks") << QStringLiteral("  ") << QStringLiteral("\n") << 60;
    }

    void messyPastes()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QFETCH(int, wrapEvery);
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        QString token = vectorToken(QStringLiteral("chat_full"));
        QString body = token;
        if (wrapEvery > 0) {
            for (int i = int(body.size()) / wrapEvery * wrapEvery; i > 0; i -= wrapEvery)
                body.insert(i, u'\n');
        }
        page.setToken(prefix + body + suffix);
        QVERIFY(page.result().ok());
        QCOMPARE(QString::fromLatin1(page.result().parse.token), token);
        child<QLineEdit>(&page, "secretEdit")->setText(TokenVectors::credential(m_vectors, "apiSecret"));
        QCOMPARE(signatureState(&page), QStringLiteral("verified"));
        // The clean-up is explained, not silent.
        auto* note = child<QLabel>(&page, "parseErrorLabel");
        QVERIFY(note->isVisibleTo(&page));
        QVERIFY2(note->text().startsWith(QStringLiteral("Cleaned up")), qPrintable(note->text()));

        // Segments are coloured: header, payload and signature each in their own colour.
        auto* edit = child<TokenEdit>(&page, "tokenEdit");
        JwtSyntaxHighlighter* h = edit->highlighter();
        const QString text = edit->toPlainText();
        const int start = int(text.indexOf(QStringLiteral("eyJ")));
        const int payloadPos
            = JwtSyntaxHighlighter::positionOfTokenOffset(text, start, token.indexOf(u'.') + 1);
        const int signaturePos
            = JwtSyntaxHighlighter::positionOfTokenOffset(text, start, token.lastIndexOf(u'.') + 1);
        QCOMPARE(formatAt(edit, start).foreground().color(), h->segmentColor(0));
        QCOMPARE(formatAt(edit, payloadPos).foreground().color(), h->segmentColor(1));
        QCOMPARE(formatAt(edit, signaturePos).foreground().color(), h->segmentColor(2));
        QVERIFY(h->segmentColor(0) != h->segmentColor(1) && h->segmentColor(1) != h->segmentColor(2));

        // Hovering a segment says what it decodes to.
        QVERIFY(edit->toolTipAt(payloadPos).contains(QStringLiteral("\"service_sid\"")));
        QVERIFY(edit->toolTipAt(start).contains(QStringLiteral("\"alg\"")));
        QVERIFY(edit->toolTipAt(signaturePos).contains(QStringLiteral("32 byte")));
        if (start > 0)
            QVERIFY(edit->toolTipAt(0).contains(QStringLiteral("ignored")));
    }

    void malformedSaysWhatAndWhere_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("markedPosition"); // -1: no single character
        const QString t = vectorToken(QStringLiteral("voice_full"));
        const int dot1 = int(t.indexOf(u'.'));
        const int dot2 = int(t.lastIndexOf(u'.'));
        QString plus = t;
        plus[dot1 + 10] = u'+';
        QTest::newRow("standard base64 in payload") << plus << QStringLiteral("'+'") << dot1 + 10;
        QString bang = QStringLiteral("Bearer ") + t;
        bang[7 + dot1 + 5] = u'!';
        QTest::newRow("bad char after Bearer") << bang << QStringLiteral("'!'") << 7 + dot1 + 5;
        QTest::newRow("two segments") << t.left(dot2) << QStringLiteral("2 segments") << -1;
        QString star = t;
        star[4] = u'*';
        QTest::newRow("bad char in header") << star << QStringLiteral("'*'") << 4;
        QTest::newRow("extra dot") << t + QStringLiteral(".abc") << QStringLiteral("4 segments")
                                   << int(t.size());
        // Drop characters from the header's end until its length is impossible for base64url (4n+1).
        int cut = 1;
        while ((dot1 - cut) % 4 != 1)
            ++cut;
        QTest::newRow("cut off header")
            << QString(t).remove(dot1 - cut, cut) << QStringLiteral("header segment has an impossible length")
            << dot1 - cut;
    }

    void malformedSaysWhatAndWhere()
    {
        QFETCH(QString, paste);
        QFETCH(QString, messagePart);
        QFETCH(int, markedPosition);
        TokenInspectorPage page(nullptr);
        auto* edit = child<TokenEdit>(&page, "tokenEdit");
        edit->setPlainText(paste);
        QVERIFY(!page.result().ok());
        auto* error = child<QLabel>(&page, "parseErrorLabel");
        QVERIFY(error->isVisibleTo(&page));
        QVERIFY2(error->text().contains(messagePart), qPrintable(error->text()));
        QCOMPARE(shownCodes(&page), QStringList { QStringLiteral("malformed") });
        QCOMPARE(child<QLabel>(&page, "tokenStatusLabel")->text(), QStringLiteral("Malformed token"));
        QCOMPARE(signatureState(&page), QStringLiteral("unchecked"));
        QCOMPARE(child<QAbstractItemView>(&page, "claimsView")->model()->rowCount(), 0);
        if (markedPosition >= 0) {
            QCOMPARE(edit->highlighter()->layout().errorPosition, markedPosition);
            const QTextCharFormat f = formatAt(edit, markedPosition);
            QCOMPARE(f.background().color(), edit->highlighter()->errorFormat().background().color());
            // Only that character is marked.
            QVERIFY(formatAt(edit, markedPosition - 1).background().color() != f.background().color());
            // "Show" in the message puts the cursor on it; hovering it explains it.
            QVERIFY(error->text().contains(QStringLiteral("href=\"#error\"")));
            emit error->linkActivated(QStringLiteral("#error"));
            QCOMPARE(edit->textCursor().selectionStart(), markedPosition);
            QCOMPARE(edit->textCursor().selectionEnd(), markedPosition + 1);
            QCOMPARE(edit->toolTipAt(markedPosition), page.result().parse.error);
        }
        // Fixing the paste clears the error.
        edit->setPlainText(vectorToken(QStringLiteral("voice_full")));
        QVERIFY(!error->isVisibleTo(&page));
        QCOMPARE(edit->highlighter()->layout().errorPosition, -1);
    }

    void jsonErrorShowsDecodedBytes()
    {
        TokenInspectorPage page(nullptr);
        const QByteArray header = QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        const QByteArray payload = QByteArrayLiteral("{\"iss\":\"SK\",");
        const QString token = QString::fromLatin1(
            header.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '.'
            + payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + ".c2ln");
        page.setToken(token);
        QCOMPARE(page.result().parse.errorPart, JwtParseResult::Part::Payload);
        QVERIFY(child<QLabel>(&page, "parseErrorLabel")->text().startsWith(QStringLiteral("Payload:")));
        QCOMPARE(child<QPlainTextEdit>(&page, "payloadView")->toPlainText(), QString::fromLatin1(payload));
        QCOMPARE(child<TokenEdit>(&page, "tokenEdit")->highlighter()->layout().errorSegment, 1);
    }

    void claimsTickLive()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        page.setTickInterval(5);
        page.setToken(vectorToken(QStringLiteral("voice_full"))); // exp 1700003600
        auto* claims = child<QAbstractItemView>(&page, "claimsView")->model();
        auto* model = qobject_cast<ClaimsModel*>(claims);
        QVERIFY(model);
        const QModelIndex exp = model->indexFromKey(QStringLiteral("exp"), ClaimsModel::RelativeColumn);
        QCOMPARE(exp.data().toString(), QStringLiteral("expires in 59 min"));
        QCOMPARE(model->indexFromKey(QStringLiteral("exp"), ClaimsModel::UtcTimeColumn).data().toString(),
                 QStringLiteral("2023-11-14 23:13:20 UTC"));
        QCOMPARE(model->indexFromKey(QStringLiteral("iat"), ClaimsModel::RelativeColumn).data().toString(),
                 QStringLiteral("issued 1 s ago"));
        QVERIFY(
            child<QLabel>(&page, "tokenStatusLabel")->text().contains(QStringLiteral("expires in 59 min")));

        clock.setCurrentSecsSinceEpoch(1700003600 - 12 * 60);
        QTRY_COMPARE(exp.data().toString(), QStringLiteral("expires in 12 min"));
        QVERIFY(!shownCodes(&page).contains(QStringLiteral("expired")));

        // The clock moves on: the table and the findings follow without any input.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        clock.setCurrentSecsSinceEpoch(1700003600 + 3 * 3600);
        QTRY_COMPARE(exp.data().toString(), QStringLiteral("expired 3 h ago"));
        QTRY_VERIFY(shownCodes(&page).contains(QStringLiteral("expired")));
        QVERIFY(child<QLabel>(&page, "tokenStatusLabel")->text().contains(QStringLiteral("expired 3 h ago")));
        QCOMPARE(resets.count(), 0); // updated in place
    }

    void grantsView()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        page.setToken(vectorToken(QStringLiteral("multi_grant_region_nbf_maxttl")));
        auto* grants = child<QTreeWidget>(&page, "grantsView");
        const JwtParts& parts = page.result().parts();
        const OrderedJson* g = parts.payload.find(u"grants");
        QVERIFY(g);
        const int sections = int(g->size());
        QCOMPARE(grants->topLevelItemCount(), sections);
        // One section per grant, with SID prefixes explained.
        QList<QTreeWidgetItem*> sids
            = grants->findItems(QStringLiteral("service_sid"), Qt::MatchRecursive | Qt::MatchExactly);
        QVERIFY(!sids.isEmpty());
        QVERIFY2(sids.first()->text(2).startsWith(QStringLiteral("IS = ")),
                 qPrintable(sids.first()->text(2)));
        QList<QTreeWidgetItem*> apps
            = grants->findItems(QStringLiteral("application_sid"), Qt::MatchRecursive | Qt::MatchExactly);
        QVERIFY(!apps.isEmpty());
        QCOMPARE(apps.first()->text(2), QStringLiteral("AP = %1").arg(GrantCatalog::prefixMeaning(u"AP")));

        // Re-inspecting the same grants keeps the items (no rebuild per keystroke).
        QTreeWidgetItem* first = grants->topLevelItem(0);
        page.setToken(vectorToken(QStringLiteral("multi_grant_region_nbf_maxttl")) + QStringLiteral(" "));
        QCOMPARE(grants->topLevelItem(0), first);
        QCOMPARE(grants->topLevelItemCount(), sections);

        // A SID in the wrong field is flagged there.
        auto b64 = [](const QByteArray& b) {
            return QString::fromLatin1(
                b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        page.setToken(b64(QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"cty\":\"twilio-fpa;v=1\"}"))
                      + u'.'
                      + b64(QByteArrayLiteral(
                          "{\"grants\":{\"identity\":\"a\",\"voice\":{\"outgoing\":{\"application_sid\":"
                          "\"CR00112233445566778899aabbccddeeff\"}}}}"))
                      + QStringLiteral(".c2ln"));
        QVERIFY(shownCodes(&page).contains(QStringLiteral("sid-prefix-mismatch")));
        apps = grants->findItems(QStringLiteral("application_sid"), Qt::MatchRecursive | Qt::MatchExactly);
        QCOMPARE(apps.size(), 1);
        QVERIFY2(apps.first()->text(2).contains(QStringLiteral("this field takes AP")),
                 qPrintable(apps.first()->text(2)));
    }

    void pasteCopyClearAndShortcuts()
    {
        FixedClock clock(1700000001);
        ClipboardService clipboard;
        TokenInspectorPage page(&clipboard, clock);
        page.resize(1024, 640);
        page.show();
        page.activateWindow(); // Xvfb has no window manager to do it
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const QString token = vectorToken(QStringLiteral("sync"));

        QGuiApplication::clipboard()->setText(QStringLiteral("Bearer ") + token);
        QTest::mouseClick(child<QPushButton>(&page, "pasteTokenButton"), Qt::LeftButton);
        QCOMPARE(page.tokenText(), QStringLiteral("Bearer ") + token);
        QVERIFY(page.result().ok());

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&page, "copyTokenButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), token); // cleaned up, without "Bearer "
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QVERIFY(clipboard.isCountingDown());

        QTest::mouseClick(child<QPushButton>(&page, "clearTokenButton"), Qt::LeftButton);
        QVERIFY(page.tokenText().isEmpty());
        QVERIFY(shownCodes(&page).isEmpty());

        // Keyboard: Ctrl+Shift+V pastes, Ctrl+L focuses the token, Ctrl+Shift+K the secret.
        QGuiApplication::clipboard()->setText(token);
        child<QLineEdit>(&page, "secretEdit")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page.tokenText(), token);
        child<QLineEdit>(&page, "secretEdit")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&page, "tokenEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&page, "secretEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(page.tokenText().isEmpty());

        // Tab order: from the token field to the secret.
        child<QWidget>(&page, "tokenEdit")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&page, "secretEdit"));
    }

    void dropReplacesTheToken()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setToken(QStringLiteral("something old"));
        auto* edit = child<QPlainTextEdit>(&page, "tokenEdit");
        QMimeData mime;
        mime.setText(QStringLiteral("Bearer ") + vectorToken(QStringLiteral("taskrouter")));
        const QPoint pos = edit->viewport()->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(page.tokenText(), mime.text());
        QVERIFY(page.result().ok());
    }

    void droppedFilesAreCappedAndMustBeRegular()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* edit = child<QPlainTextEdit>(&page, "tokenEdit");
        auto* notice = child<QLabel>(&page, "tokenInputNoticeLabel");
        QSignalSpy status(&page, &TokenInspectorPage::statusMessage);
        page.setToken(QStringLiteral("kept"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // A small token file is read.
        const QString token = vectorToken(QStringLiteral("taskrouter"));
        const QString small = dir.filePath(QStringLiteral("token.txt"));
        {
            QFile f(small);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(token.toLatin1() + '\n');
        }
        QVERIFY(dropFile(edit, small));
        QCOMPARE(page.tokenText(), token + u'\n');
        QVERIFY(page.result().ok());
        QVERIFY(!notice->isVisibleTo(&page));

        // One byte over the limit: refused, with the name and the limit in the message.
        const QString big = dir.filePath(QStringLiteral("big.jwt"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(Jwt::MaxTokenBytes + 1, 'a'));
        }
        page.setToken(QStringLiteral("kept"));
        QVERIFY(!dropFile(edit, big));
        QCOMPARE(page.tokenText(), QStringLiteral("kept"));
        QVERIFY(notice->isVisibleTo(&page));
        QVERIFY2(notice->text().contains(QStringLiteral("big.jwt"))
                     && notice->text().contains(QStringLiteral("256 KiB")),
                 qPrintable(notice->text()));
        QCOMPARE(status.last().first().toString(), notice->text());
        // Editing the token takes the notice away.
        QTest::keyClick(edit, Qt::Key_X);
        QVERIFY(!notice->isVisibleTo(&page));

        // A directory is no token file.
        QVERIFY(!dropFile(edit, dir.path()));
        QVERIFY(notice->isVisibleTo(&page));

#ifdef Q_OS_LINUX
        // Devices report size 0 and never end; a FIFO would block open(): refused without reading.
        page.setToken(QStringLiteral("kept"));
        QVERIFY(!dropFile(edit, QStringLiteral("/dev/zero")));
        QCOMPARE(page.tokenText(), QStringLiteral("kept"));
        QVERIFY2(notice->text().contains(QStringLiteral("not a regular file")), qPrintable(notice->text()));
        const QString fifo = dir.filePath(QStringLiteral("token.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!dropFile(edit, fifo));
        QCOMPARE(page.tokenText(), QStringLiteral("kept"));
        // /proc files are regular but report size 0: read with the cap, accepted when small.
        QString text;
        QString error;
        QVERIFY2(TokenEdit::readTokenFile(QStringLiteral("/proc/self/status"), &text, &error),
                 qPrintable(error));
        QVERIFY(!text.isEmpty());
#endif
    }

    void oversizedPasteIsRefused()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        auto* edit = child<QPlainTextEdit>(&page, "tokenEdit");
        auto* notice = child<QLabel>(&page, "tokenInputNoticeLabel");
        page.setToken(QStringLiteral("kept"));

        // The Paste button / Ctrl+Shift+V: 3 MiB of clipboard text is not inserted.
        QGuiApplication::clipboard()->setText(QString(3 * 1024 * 1024, u'a'));
        page.pasteFromClipboard();
        QCOMPARE(page.tokenText(), QStringLiteral("kept"));
        QVERIFY(notice->isVisibleTo(&page));
        QVERIFY2(notice->text().contains(QStringLiteral("3.00 MiB"))
                     && notice->text().contains(QStringLiteral("256 KiB")),
                 qPrintable(notice->text()));

        // Ctrl+V in the field (and dropped text) is capped the same way.
        edit->selectAll();
        QTest::keySequence(edit, QKeySequence(QKeySequence::Paste));
        QCOMPARE(page.tokenText(), QStringLiteral("kept"));
        QMimeData mime;
        mime.setText(QString(Jwt::MaxTokenBytes + 1, u'a'));
        QVERIFY(!dropOnto(edit, &mime));
        QCOMPARE(page.tokenText(), QStringLiteral("kept"));

        // At the limit it is still inserted (and the parser explains what is wrong with it).
        QGuiApplication::clipboard()->setText(QString(Jwt::MaxTokenBytes, u'a'));
        page.pasteFromClipboard();
        QCOMPARE(page.tokenText().size(), Jwt::MaxTokenBytes);
        QVERIFY(!notice->isVisibleTo(&page));
        QGuiApplication::clipboard()->clear();
    }

    void copyFromTheTokenFieldIsASecretCopy()
    {
        FixedClock clock(1700000001);
        ClipboardService clipboard;
        clipboard.setClearTimeout(150);
        QSignalSpy cleared(&clipboard, &ClipboardService::cleared);
        TokenInspectorPage page(&clipboard, clock);
        const QString token = vectorToken(QStringLiteral("sync"));
        page.setToken(token);
        auto* edit = child<QPlainTextEdit>(&page, "tokenEdit");
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), token);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QCOMPARE(page.tokenText(), token);
    }

    void secretAppearsNowhereElse()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        page.setToken(vectorToken(QStringLiteral("voice_full")));
        const QString secret = TokenVectors::credential(m_vectors, "apiSecret");
        child<QLineEdit>(&page, "secretEdit")->setText(secret);
        QCOMPARE(signatureState(&page), QStringLiteral("verified"));
        for (QLabel* label : page.findChildren<QLabel*>())
            QVERIFY(!label->text().contains(secret));
        for (QAbstractItemView* view : page.findChildren<QAbstractItemView*>()) {
            QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    for (int role :
                         { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole) })
                        QVERIFY(!model->index(row, column).data(role).toString().contains(secret));
                }
            }
        }
        for (QPlainTextEdit* edit : page.findChildren<QPlainTextEdit*>())
            QVERIFY(!edit->toPlainText().contains(secret));
        // Clearing the field leaves nothing to verify with.
        child<QLineEdit>(&page, "secretEdit")->clear();
        QCOMPARE(signatureState(&page), QStringLiteral("unchecked"));
    }

    void issuerLookup()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        page.setToken(vectorToken(QStringLiteral("voice_full")));
        page.setIssuerLookup([](const QString&) { return IssuerStatus::Restricted; });
        QVERIFY(shownCodes(&page).contains(QStringLiteral("issuer-restricted-key")));
    }

    void issuerNamedAndVerifiedWithKeychainSecret()
    {
        // The key list names the issuer; the keychain's secret of that key checks the signature with
        // nothing typed, and a typed secret takes over.
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        QStringList asked;
        const QString secret = TokenVectors::credential(m_vectors, "apiSecret");
        page.setIssuerDescriber(
            [](const QString& sid) { return QStringLiteral("“CI deploy” (%1), Standard key").arg(sid); });
        page.setVaultSecretProvider(
            [&](const QString& sid, QObject* context, std::function<void(SecretBytes)> done) {
                asked << sid;
                QTimer::singleShot(0, context, [done, secret] { done(SecretBytes::fromUtf8(secret)); });
            });
        page.setToken(vectorToken(QStringLiteral("voice_full")));
        QTRY_COMPARE(signatureState(&page), QStringLiteral("verified"));
        QVERIFY(page.usesVaultSecret());
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().startsWith(u"SK"));
        auto* issuer = child<QLabel>(&page, "issuerLabel");
        QVERIFY(issuer->isVisibleTo(&page));
        QCOMPARE(issuer->textFormat(), Qt::PlainText);
        QVERIFY(issuer->text().contains(QStringLiteral("“CI deploy”")));
        QVERIFY(issuer->text().contains(QStringLiteral("keychain")));
        // The keychain's secret is never put in the field.
        QVERIFY(child<QLineEdit>(&page, "secretEdit")->text().isEmpty());
        // A typed (wrong) secret wins over the keychain's.
        child<QLineEdit>(&page, "secretEdit")->setText(TokenVectors::credential(m_vectors, "wrongSecret"));
        QCOMPARE(signatureState(&page), QStringLiteral("invalid"));
        QVERIFY(!page.usesVaultSecret());
        child<QLineEdit>(&page, "secretEdit")->clear();
        QCOMPARE(signatureState(&page), QStringLiteral("verified"));
        // The same issuer is not asked for again.
        page.setToken(vectorToken(QStringLiteral("voice_full")));
        QCOMPARE(asked.size(), 1);
    }

    void keychainWithoutTheSecretLeavesItUnchecked()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        int asked = 0;
        page.setVaultSecretProvider(
            [&](const QString&, QObject* context, std::function<void(SecretBytes)> done) {
                ++asked;
                QTimer::singleShot(0, context, [done] { done(SecretBytes()); });
            });
        page.setToken(vectorToken(QStringLiteral("voice_full")));
        QTRY_COMPARE(asked, 1);
        QCoreApplication::processEvents(); // the (empty) answer is queued; let it arrive
        QCOMPARE(signatureState(&page), QStringLiteral("unchecked"));
        QVERIFY(!page.usesVaultSecret());
    }

    // Issue 9 finding 4: text taken from the token is never rendered as rich text, neither in labels nor
    // in tooltips (a hostile "alg" must not make an expired token read "no problems found").
    void htmlFromTheTokenIsShownAsText()
    {
        FixedClock clock(1700000001);
        TokenInspectorPage page(nullptr, clock);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto b64 = [](const QByteArray& b) {
            return QString::fromLatin1(
                b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        const QString alg = QStringLiteral("<span style=color:green>no problems found</span><!--");
        const QString iss = QStringLiteral("<b>SK</b>00112233445566778899aabbccddeeff");
        const QString identity = QStringLiteral("<img src=x>alice");
        const QString grantKey = QStringLiteral("<u>chat</u>");
        const QString fieldValue = QStringLiteral("<a href='https://example.com'>click</a>");
        page.setToken(b64("{\"alg\":\"" + alg.toUtf8() + "\",\"typ\":\"JWT\",\"cty\":\"twilio-fpa;v=1\"}")
                      + u'.'
                      + b64("{\"jti\":\"x\",\"iss\":\"" + iss.toUtf8()
                            + "\",\"sub\":\"AC00112233445566778899aabbccddeeff\",\"exp\":1000,"
                              "\"grants\":{\"identity\":\""
                            + identity.toUtf8() + "\",\"" + grantKey.toUtf8() + "\":{\"<b>k</b>\":\""
                            + fieldValue.toUtf8() + "\"}}}")
                      + QStringLiteral(".c2ln"));
        QVERIFY(page.result().parse.ok);

        // The status line: plain text, showing the alg as it was received, next to the real verdict.
        auto* status = child<QLabel>(&page, "tokenStatusLabel");
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY2(status->text().startsWith(QStringLiteral("JWT ") + alg), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("expired")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("error")));

        // No label of the page renders received text as HTML (the parse-error label escapes it itself).
        for (QLabel* label : page.findChildren<QLabel*>()) {
            if (label->objectName() == u"parseErrorLabel" && label->textFormat() == Qt::RichText)
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text()),
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
        }

        // Tooltips: the claims table's value column, through a real tooltip on the view.
        auto* claimsView = child<QAbstractItemView>(&page, "claimsView");
        auto* claims = qobject_cast<ClaimsModel*>(claimsView->model());
        QVERIFY(claims);
        const QModelIndex issValue = claims->indexFromKey(QStringLiteral("iss"), ClaimsModel::ValueColumn);
        QCOMPARE(shownAs(issValue.data(Qt::ToolTipRole).toString()), iss);
        child<QTabWidget>(&page, "decodedTabs")->setCurrentWidget(claimsView);
        claimsView->scrollTo(issValue);
        const QRect cell = claimsView->visualRect(issValue);
        QVERIFY(cell.isValid() && claimsView->isVisible());
        QHelpEvent help(QEvent::ToolTip, cell.center(), claimsView->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(claimsView->viewport(), &help);
        QLabel* tip = nullptr;
        QTRY_VERIFY((tip = toolTipLabel()) != nullptr && tip->isVisible());
        QCOMPARE(shownAs(tip->text(), tip->textFormat()), iss);
        QToolTip::hideText();

        // The grants view: field paths and values from the token.
        auto* grants = child<QTreeWidget>(&page, "grantsView");
        const QList<QTreeWidgetItem*> fields
            = grants->findItems(QStringLiteral("<b>k</b>"), Qt::MatchRecursive | Qt::MatchExactly);
        QCOMPARE(fields.size(), 1);
        QCOMPARE(shownAs(fields.first()->toolTip(0)), grantKey + QStringLiteral(".<b>k</b>"));
        QCOMPARE(shownAs(fields.first()->toolTip(1)), fieldValue);
        QCOMPARE(fields.first()->text(1), fieldValue);
    }

    void darkPaletteStaysReadable()
    {
        TokenInspectorPage page(nullptr);
        page.setToken(vectorToken(QStringLiteral("voice_full")));
        auto* edit = child<TokenEdit>(&page, "tokenEdit");
        const QColor lightHeader = edit->highlighter()->segmentColor(0);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        page.setPalette(dark);
        QVERIFY(edit->highlighter()->segmentColor(0) != lightHeader);
        for (int segment = 0; segment < 3; ++segment) {
            const double ratio = ThemeColors::contrastRatio(edit->highlighter()->segmentColor(segment),
                                                            dark.color(QPalette::Base));
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        }
        // The document uses the new colours.
        QCOMPARE(formatAt(edit, 0).foreground().color(), edit->highlighter()->segmentColor(0));
    }
};

QTEST_MAIN(TestTokenInspectorPage)
#include "tst_tokeninspectorpage.moc"
