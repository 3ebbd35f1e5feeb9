#include "CliContext.h"

#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace {

QByteArray readAllStdin(qsizetype maxBytes, bool* tooLarge)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.read(maxBytes + 1);
    *tooLarge = data.size() > maxBytes;
    return data;
}

// A mistyped command line can put the secret itself where a variable name or a path belongs; name
// the argument in messages only when it cannot be one (a conventional VARIABLE_NAME, a path with / or .).
bool looksLikeVariableName(const QString& name)
{
    if (name.isEmpty() || name.size() > 64 || name.front().isDigit())
        return false;
    for (QChar c : name) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'))
            return false;
    }
    return true;
}

bool looksLikePath(const QString& path)
{
    return path.contains(u'/') || path.contains(u'.');
}

void chompNewline(QByteArray& bytes)
{
    while (!bytes.isEmpty() && (bytes.endsWith('\n') || bytes.endsWith('\r')))
        bytes.chop(1);
}

} // namespace

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{ }

int CliContext::fail(int code, const QString& message)
{
    m_err << "keydesk-cli: " << message << Qt::endl;
    return code;
}

QString CliContext::printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e
            || u == 0x200f || u == 0x061c;
        if (control)
            out += QStringLiteral("\\x") + QString::number(int(u), 16).rightJustified(2, u'0').toUpper();
        else if (bidi)
            out += QStringLiteral("\\u") + QString::number(int(u), 16).rightJustified(4, u'0').toUpper();
        else
            out += c;
    }
    return out;
}

void CliContext::addSecretOptions(QCommandLineParser& parser, const QString& what, bool askEncoding)
{
    parser.addOption({ QStringLiteral("secret-env"),
                       tr("Read the %1 from environment variable VAR.").arg(what), QStringLiteral("VAR") });
    parser.addOption({ QStringLiteral("secret-file"),
                       tr("Read the %1 from FILE (one trailing newline is ignored).").arg(what),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("secret-stdin"), tr("Read the %1 from standard input.").arg(what) });
    if (askEncoding)
        parser.addOption({ QStringLiteral("secret-encoding"),
                           tr("How the secret is written: utf8 (default) or base64."), QStringLiteral("ENC"),
                           QStringLiteral("utf8") });
}

bool CliContext::secretUsesStdin(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("secret-stdin"));
}

bool CliContext::readSecret(const QCommandLineParser& parser, SecretBytes* secret, QString* error)
{
    const bool env = parser.isSet(QStringLiteral("secret-env"));
    const bool file = parser.isSet(QStringLiteral("secret-file"));
    const bool in = parser.isSet(QStringLiteral("secret-stdin"));
    if (int(env) + int(file) + int(in) != 1) {
        *error = int(env) + int(file) + int(in) == 0
            ? tr("a secret is needed: use --secret-env VAR, --secret-file FILE or --secret-stdin (never on "
                 "the command line)")
            : tr("use only one of --secret-env, --secret-file and --secret-stdin");
        return false;
    }
    QByteArray raw;
    if (env) {
        const QString var = parser.value(QStringLiteral("secret-env"));
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData())) {
            *error = looksLikeVariableName(var) ? tr("environment variable %1 is not set").arg(var)
                                                : tr("the environment variable named by --secret-env is not "
                                                     "set (give the variable's name, not the secret)");
            return false;
        }
        raw = qgetenv(var.toLocal8Bit().constData());
    } else if (file) {
        const QString path = parser.value(QStringLiteral("secret-file"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = looksLikePath(path)
                ? tr("cannot read secret file %1: %2").arg(path, f.errorString())
                : tr("cannot read the file named by --secret-file: %1 (give a path, not the secret)")
                      .arg(f.errorString());
            return false;
        }
        raw = f.read(64 * 1024);
        chompNewline(raw);
    } else {
        bool tooLarge = false;
        raw = readAllStdin(64 * 1024, &tooLarge);
        chompNewline(raw);
    }
    if (raw.isEmpty()) {
        *error = tr("the secret is empty");
        return false;
    }
    const QString encoding = parser.optionNames().contains(QStringLiteral("secret-encoding"))
        ? parser.value(QStringLiteral("secret-encoding"))
        : QStringLiteral("utf8");
    bool ok = true;
    if (encoding == u"utf8" || encoding == u"utf-8") {
        *secret = SecretBytes(raw);
    } else if (encoding == u"base64") {
        ok = SecretBytes::fromBase64(raw, secret, error);
    } else {
        *error = tr("--secret-encoding must be utf8 or base64, not \"%1\"").arg(encoding);
        ok = false;
    }
    wipeBytes(raw);
    return ok;
}

bool CliContext::readInputArgument(const QStringList& positional, QByteArray* input, QString* error)
{
    if (positional.size() > 1) {
        *error = tr("expected one TOKEN argument, got %1").arg(positional.size());
        return false;
    }
    if (positional.isEmpty() && isatty(STDIN_FILENO)) {
        *error = tr("give the TOKEN as an argument, or '-' to read it from standard input");
        return false;
    }
    if (positional.isEmpty() || positional.first() == u"-") {
        bool tooLarge = false;
        *input = readAllStdin(4 << 20, &tooLarge);
        if (tooLarge) {
            *error = tr("standard input holds more than 4 MiB; that is not a token");
            return false;
        }
        return true;
    }
    *input = positional.first().toUtf8();
    return true;
}

bool CliContext::readFileArgument(const QString& path, QByteArray* data, QString* error, qsizetype maxBytes)
{
    if (path == u"-") {
        bool tooLarge = false;
        *data = readAllStdin(maxBytes, &tooLarge);
        if (tooLarge) {
            *error = tr("standard input is larger than %1 MiB").arg(maxBytes >> 20);
            return false;
        }
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *data = f.read(maxBytes + 1);
    if (data->size() > maxBytes) {
        *error = tr("%1 is larger than %2 MiB").arg(path).arg(maxBytes >> 20);
        return false;
    }
    return true;
}

bool CliContext::integerOption(const QCommandLineParser& parser, const QString& name, qint64* value,
                               QString* error)
{
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 v = text.toLongLong(&ok);
    if (!ok) {
        *error = tr("--%1 must be a whole number, not \"%2\"").arg(name, text);
        return false;
    }
    *value = v;
    return true;
}

int CliContext::parse(QCommandLineParser& parser, const QStringList& args, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args))
        return fail(ExitUsage, parser.errorText() + tr(" (see --help)"));
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitOk;
    }
    return -1;
}

int CliContext::runSubcommand(const QStringList& args, const QString& usage,
                              const QList<Subcommand>& subcommands, const QString& unknownFormat,
                              bool helpWord)
{
    const QString sub = args.value(1);
    if (args.size() < 2 || sub == u"--help" || sub == u"-h" || (helpWord && sub == u"help")) {
        if (args.size() < 2)
            return fail(ExitUsage, usage);
        out() << usage;
        out().flush();
        return ExitOk;
    }
    const QStringList rest
        = QStringList { QStringLiteral("keydesk-cli %1 %2").arg(args.first(), sub) } + args.mid(2);
    for (const Subcommand& subcommand : subcommands)
        if (subcommand.name == sub)
            return subcommand.run(*this, rest);
    return fail(ExitUsage, unknownFormat.arg(printable(sub), usage));
}
