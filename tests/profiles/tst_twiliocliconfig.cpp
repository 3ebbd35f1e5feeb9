// TwilioCliConfig against config.json fixtures written to a QTemporaryDir: a good file, broken and hostile
// ones (truncated, wrong types, 2 MiB, a FIFO, a device, a folder), the permission warning, and stripping
// the plain-text secrets with a 0600 backup — or changing nothing when a step fails.
#include "profiles/TwilioCliConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray goodConfig = R"({"edge":null,"email":{},"requireProfileInput":false,
"prompts":{"profiles-removed":{"acked":true}},
"projects":[{"id":"legacy","accountSid":"AC00000000000000000000000000000000","region":"us1"}],
"profiles":{
 "default":{"accountSid":"AC0123456789abcdef0123456789abcdef","apiKey":"SK0123456789abcdef0123456789abcdef","apiSecret":"Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s"},
 "eu-prod":{"accountSid":"ACfedcba9876543210fedcba9876543210","region":"ie1","edge":"dublin","apiKey":"SKfedcba9876543210fedcba9876543210","apiSecret":"s3cond-Secret-for-EU-0000000000"},
 "legacy":{"accountSid":"AC00000000000000000000000000000000","region":"us1"}
},
"activeProject":"eu-prod"})";

const QByteArray firstSecret = "Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s";
const QByteArray secondSecret = "s3cond-Secret-for-EU-0000000000";

const TwilioCliConfig::Entry* entry(const TwilioCliConfig& config, const QString& id)
{
    for (const auto& e : config.profiles())
        if (e.id == id)
            return &e;
    return nullptr;
}

QFileDevice::Permissions mode(int bits)
{
    QFileDevice::Permissions p;
    if (bits & 0400)
        p |= QFileDevice::ReadOwner;
    if (bits & 0200)
        p |= QFileDevice::WriteOwner;
    if (bits & 0040)
        p |= QFileDevice::ReadGroup;
    if (bits & 0020)
        p |= QFileDevice::WriteGroup;
    if (bits & 0004)
        p |= QFileDevice::ReadOther;
    if (bits & 0002)
        p |= QFileDevice::WriteOther;
    return p;
}

int modeOf(const QString& path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestTwilioCliConfig : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString configPath() const { return m_dir->filePath(QStringLiteral("config.json")); }
    QString write(const QByteArray& bytes, int permissions = 0600) const
    {
        QFile file(configPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return {};
        file.close();
        QFile::setPermissions(configPath(), mode(permissions));
        return configPath();
    }
    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QStringList dirEntries() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultPath()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), QStringLiteral("/home/ada"));
        QCOMPARE(TwilioCliConfig::defaultPath(env), QStringLiteral("/home/ada/.twilio-cli/config.json"));
        env.insert(QStringLiteral("TWILIO_CONFIG_DIR"), QStringLiteral("/etc/twilio"));
        QCOMPARE(TwilioCliConfig::defaultPath(env), QStringLiteral("/etc/twilio/config.json"));
    }

    void goodFile()
    {
        TwilioCliConfig config(write(goodConfig));
        QVERIFY(config.exists());
        QString error;
        QVERIFY2(config.load(&error), qPrintable(error));
        QCOMPARE(config.profiles().size(), std::size_t(3));
        QCOMPARE(config.activeProfileId(), QStringLiteral("eu-prod"));

        const auto* first = entry(config, QStringLiteral("default"));
        QVERIFY(first);
        QVERIFY2(first->importable(), qPrintable(first->problem));
        QCOMPARE(first->accountSid, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(first->apiKey, QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        QVERIFY(first->apiSecret.equals(firstSecret));
        QVERIFY(first->region.isEmpty());

        const auto* eu = entry(config, QStringLiteral("eu-prod"));
        QVERIFY(eu && eu->importable());
        QCOMPARE(eu->region, QStringLiteral("ie1"));
        QCOMPARE(eu->edge, QStringLiteral("dublin"));
        QVERIFY(eu->apiSecret.equals(secondSecret));
        const Profile profile = eu->toProfile();
        QVERIFY2(profile.validate().isEmpty(), qPrintable(profile.validate().join(u' ')));
        QCOMPARE(profile.name, QStringLiteral("eu-prod"));
        QCOMPARE(profile.kind, Profile::CredentialKind::ApiKey);
        QCOMPARE(profile.credentialUser, eu->apiKey);
        QCOMPARE(profile.origin, Profile::Origin::Stored);

        // A keytar-era profile has no secret in the file: listed, not importable, and says why.
        const auto* legacy = entry(config, QStringLiteral("legacy"));
        QVERIFY(legacy && !legacy->importable());
        QVERIFY(legacy->problem.contains(QStringLiteral("secret")));
        QVERIFY(legacy->apiSecret.isEmpty());
    }

    void noProfilesIsFine()
    {
        TwilioCliConfig config(write(R"({"email":{},"prompts":{}})"));
        QString error;
        QVERIFY2(config.load(&error), qPrintable(error));
        QVERIFY(config.profiles().empty());
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << goodConfig.left(goodConfig.size() / 2)
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2,3]") << QStringLiteral("JSON object");
        QTest::newRow("profiles is a list")
            << QByteArray(R"({"profiles":[{"accountSid":"AC"}]})") << QStringLiteral("profiles");
        QTest::newRow("profiles is text")
            << QByteArray(R"({"profiles":"everything"})") << QStringLiteral("profiles");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("not valid JSON");
        QTest::newRow("nul bytes") << QByteArray("{\"profiles\":\0{}}", 16)
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"profiles\":{\"\xff\xfe\":{}}}") << QStringLiteral("JSON");
        QByteArray many = "{\"profiles\":{";
        for (int i = 0; i < 1500; ++i)
            many += (i ? "," : "") + QByteArray("\"p") + QByteArray::number(i) + "\":{}";
        many += "}}";
        QTest::newRow("too many profiles") << many << QStringLiteral("more than");
        QTest::newRow("2 MiB") << (QByteArray(R"({"profiles":{},"pad":")") + QByteArray(2 << 20, 'a') + "\"}")
                               << QStringLiteral("larger than");
    }

    void refusedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        TwilioCliConfig config(write(bytes));
        QString error;
        QVERIFY(!config.load(&error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(config.profiles().empty());
        QVERIFY(error.size() < 1000);
    }

    void wrongTypesInOneProfile()
    {
        TwilioCliConfig config(write(R"({"profiles":{
            "numbers":{"accountSid":12345,"apiKey":"SK0123456789abcdef0123456789abcdef","apiSecret":"leakme-0001"},
            "nested":{"accountSid":"AC0123456789abcdef0123456789abcdef","apiKey":"SK0123456789abcdef0123456789abcdef","apiSecret":{"v":"leakme-0002"}},
            "scalar":"just text",
            "badsid":{"accountSid":"AC0123","apiKey":"SK0123456789abcdef0123456789abcdef","apiSecret":"leakme-0003"},
            "mars":{"accountSid":"AC0123456789abcdef0123456789abcdef","region":"mars1","apiKey":"SK0123456789abcdef0123456789abcdef","apiSecret":"leakme-0004"},
            "ok":{"accountSid":"AC0123456789abcdef0123456789abcdef","apiKey":"SK0123456789abcdef0123456789abcdef","apiSecret":"fine-secret"}
        }})"));
        QString error;
        QVERIFY2(config.load(&error), qPrintable(error));
        QCOMPARE(config.profiles().size(), std::size_t(6));
        for (const auto& e : config.profiles()) {
            if (e.id == u"ok") {
                QVERIFY2(e.importable(), qPrintable(e.problem));
                continue;
            }
            QVERIFY2(!e.importable(), qPrintable(e.id));
            QVERIFY(e.apiSecret.isEmpty()); // not importable: not kept
            QVERIFY(!e.problem.contains(QStringLiteral("leakme")));
        }
        QVERIFY(entry(config, QStringLiteral("numbers"))->problem.contains(QStringLiteral("accountSid")));
        QVERIFY(entry(config, QStringLiteral("nested"))->problem.contains(QStringLiteral("apiSecret")));
        QVERIFY(entry(config, QStringLiteral("mars"))->problem.contains(QStringLiteral("region")));
    }

    void hostileProfileIds()
    {
        const QByteArray hugeId(5000, 'x');
        TwilioCliConfig config(
            write("{\"profiles\":{\"" + hugeId + "\":{},\"bell\\u0007\\u202e\":{},\"\":{}}}"));
        QString error;
        QVERIFY2(config.load(&error), qPrintable(error));
        QCOMPARE(config.profiles().size(), std::size_t(3));
        for (const auto& e : config.profiles()) {
            QVERIFY(!e.importable());
            QVERIFY(e.id.size() <= 65);
            QVERIFY(!e.id.contains(QChar(0x07)));
            QVERIFY(!e.id.contains(QChar(0x202E)));
        }
    }

    void fifoIsRefusedWithoutBlocking()
    {
        QVERIFY(::mkfifo(QFile::encodeName(configPath()).constData(), 0600) == 0);
        TwilioCliConfig config(configPath());
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!config.load(&error));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        QVERIFY(!config.stripSecrets(&error));
    }

    void deviceIsRefused()
    {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), configPath()));
        TwilioCliConfig config(configPath());
        QString error;
        QVERIFY(!config.load(&error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    }

    void folderIsRefused()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("config.json")));
        TwilioCliConfig config(configPath());
        QString error;
        QVERIFY(!config.load(&error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    }

    void missingFile()
    {
        TwilioCliConfig config(configPath());
        QVERIFY(!config.exists());
        QString error;
        QVERIFY(!config.load(&error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
    }

    void readableByOthers()
    {
        TwilioCliConfig config(write(goodConfig, 0644));
        QVERIFY(config.readableByOthers()); // twilio-cli's usual: umask 022, no chmod
        QFile::setPermissions(configPath(), mode(0640));
        QVERIFY(config.readableByOthers());
        QFile::setPermissions(configPath(), mode(0600));
        QVERIFY(!config.readableByOthers());
    }

    void stripSecretsWithBackup()
    {
        TwilioCliConfig config(write(goodConfig, 0640));
        QString error;
        QVERIFY(config.load(&error));
        QVERIFY2(config.stripSecrets(&error), qPrintable(error));

        const QString backup = config.backupPath();
        QCOMPARE(backup, configPath() + QStringLiteral(".keydesk-backup"));
        QCOMPARE(modeOf(backup), 0600);
        QCOMPARE(read(backup), goodConfig);

        const QByteArray rewritten = read(configPath());
        QVERIFY(!rewritten.contains("apiSecret"));
        QVERIFY(!rewritten.contains(firstSecret));
        QVERIFY(!rewritten.contains(secondSecret));
        QCOMPARE(modeOf(configPath()), 0640); // the file's own permissions are kept
        // Everything else survives.
        const QJsonObject root = QJsonDocument::fromJson(rewritten).object();
        QCOMPARE(root.value(QStringLiteral("activeProject")).toString(), QStringLiteral("eu-prod"));
        QVERIFY(root.contains(QStringLiteral("prompts")));
        QVERIFY(root.contains(QStringLiteral("projects")));
        const QJsonObject eu
            = root.value(QStringLiteral("profiles")).toObject().value(QStringLiteral("eu-prod")).toObject();
        QCOMPARE(eu.value(QStringLiteral("apiKey")).toString(),
                 QStringLiteral("SKfedcba9876543210fedcba9876543210"));
        QCOMPARE(eu.value(QStringLiteral("edge")).toString(), QStringLiteral("dublin"));

        // Again: nothing left to strip, nothing written, no second backup.
        const QStringList before = dirEntries();
        QVERIFY(config.stripSecrets(&error));
        QVERIFY(config.backupPath().isEmpty());
        QCOMPARE(dirEntries(), before);
        QCOMPARE(read(configPath()), rewritten);
    }

    void stripSelectedProfiles()
    {
        TwilioCliConfig config(write(goodConfig));
        QString error;
        QVERIFY2(config.stripSecrets(&error, { QStringLiteral("eu-prod") }), qPrintable(error));
        const QByteArray rewritten = read(configPath());
        QVERIFY(!rewritten.contains(secondSecret));
        QVERIFY(rewritten.contains(firstSecret));
    }

    void existingBackupIsKept()
    {
        const QString oldBackup = configPath() + QStringLiteral(".keydesk-backup");
        QFile old(oldBackup);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier backup");
        old.close();
        TwilioCliConfig config(write(goodConfig));
        QString error;
        QVERIFY2(config.stripSecrets(&error), qPrintable(error));
        QVERIFY(config.backupPath() != oldBackup);
        QVERIFY(config.backupPath().startsWith(oldBackup + u'-'));
        QCOMPARE(read(oldBackup), QByteArray("earlier backup"));
        QCOMPARE(read(config.backupPath()), goodConfig);
        QCOMPARE(modeOf(config.backupPath()), 0600);
    }

    void symlinkedConfigStaysALink()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("dotfiles")));
        const QString real = m_dir->filePath(QStringLiteral("dotfiles/config.json"));
        QFile file(real);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(goodConfig);
        file.close();
        QVERIFY(QFile::link(real, configPath()));
        TwilioCliConfig config(configPath());
        QString error;
        QVERIFY2(config.stripSecrets(&error), qPrintable(error));
        QVERIFY(QFileInfo(configPath()).isSymLink());
        QVERIFY(!read(real).contains("apiSecret"));
    }

    void stripChangesNothingOnFailure()
    {
        // A link planted where the backup goes is never followed: the backup fails, and so does the strip.
        TwilioCliConfig config(write(goodConfig, 0644));
        const QString backup = configPath() + QStringLiteral(".keydesk-backup");
        const QString target = m_dir->filePath(QStringLiteral("stolen"));
        QVERIFY(QFile::link(target, backup));
        const QStringList before = dirEntries();
        QString error;
        QVERIFY(!config.stripSecrets(&error));
        QVERIFY2(error.contains(QStringLiteral("not changed")), qPrintable(error));
        QCOMPARE(read(configPath()), goodConfig);
        QCOMPARE(modeOf(configPath()), 0644);
        QCOMPARE(dirEntries(), before);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(config.backupPath().isEmpty());
    }

    void stripRefusesABrokenFile()
    {
        const QByteArray truncated = goodConfig.left(100);
        TwilioCliConfig config(write(truncated));
        const QStringList before = dirEntries();
        QString error;
        QVERIFY(!config.stripSecrets(&error));
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
        QCOMPARE(read(configPath()), truncated);
        QCOMPARE(dirEntries(), before);
    }

    void stripInAReadOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders; stripChangesNothingOnFailure covers the failure path");
        TwilioCliConfig config(write(goodConfig));
        QVERIFY(QFile::setPermissions(m_dir->path(), mode(0500) | QFileDevice::ExeOwner));
        QString error;
        const bool stripped = config.stripSecrets(&error);
        QFile::setPermissions(m_dir->path(), mode(0700) | QFileDevice::ExeOwner);
        QVERIFY(!stripped);
        QCOMPARE(read(configPath()), goodConfig);
    }
};

QTEST_GUILESS_MAIN(TestTwilioCliConfig)
#include "tst_twiliocliconfig.moc"
