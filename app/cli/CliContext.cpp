#include "CliContext.h"

#include <QFile>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Reads fd to its end, or until it has more than maxBytes (then *tooLarge). Loops over short reads, so
// a pipe that delivers in pieces is read whole and a large input is never cut off silently.
QByteArray readAll(int fd, qsizetype maxBytes, bool* tooLarge, int* readErrno)
{
    QByteArray data;
    *tooLarge = false;
    *readErrno = 0;
    qsizetype total = 0;
    const qsizetype chunk = 64 * 1024;
    while (total <= maxBytes) {
        const qsizetype want = qMin(chunk, maxBytes + 1 - total);
        if (data.size() < total + want) {
            // Grow by copying into a new buffer and wiping the old one: it may hold a secret.
            QByteArray bigger(qMax(total + want, data.size() * 2), Qt::Uninitialized);
            memcpy(bigger.data(), data.constData(), size_t(total));
            wipeBytes(data);
            data = std::move(bigger);
        }
        const ssize_t n = ::read(fd, data.data() + total, size_t(want));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *readErrno = errno;
            break;
        }
        if (n == 0)
            break;
        total += n;
    }
    *tooLarge = total > maxBytes;
    data.truncate(qMin(total, maxBytes + 1));
    return data;
}

QByteArray readAllStdin(qsizetype maxBytes, bool* tooLarge)
{
    int readErrno = 0;
    return readAll(STDIN_FILENO, maxBytes, tooLarge, &readErrno);
}

// The secret file: a regular file of at most maxBytes. FIFOs, devices and directories are refused before
// reading (O_NONBLOCK keeps opening a FIFO from waiting for a writer); the path is never repeated in a
// message, since a mistyped command line can put the secret itself where the path belongs.
bool readSecretFile(const QString& path, qsizetype maxBytes, QByteArray* raw, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        *error
            = CliContext::tr("cannot read the file named by --secret-file: %1").arg(qt_error_string(errno));
        return false;
    }
    struct stat info
    {
    };
    bool ok = false;
    if (fstat(fd, &info) != 0) {
        *error
            = CliContext::tr("cannot read the file named by --secret-file: %1").arg(qt_error_string(errno));
    } else if (!S_ISREG(info.st_mode)) {
        *error = CliContext::tr("the file named by --secret-file is not a regular file (a directory, FIFO or "
                                "device is refused)");
    } else if (info.st_size > maxBytes) {
        *error = CliContext::tr("the file named by --secret-file is larger than %1 KiB; that is not a secret")
                     .arg(maxBytes / 1024);
    } else {
        bool tooLarge = false;
        int readErrno = 0;
        *raw = readAll(fd, maxBytes, &tooLarge, &readErrno);
        if (readErrno != 0) {
            *error = CliContext::tr("cannot read the file named by --secret-file: %1")
                         .arg(qt_error_string(readErrno));
        } else if (tooLarge) {
            *error = CliContext::tr(
                         "the file named by --secret-file is larger than %1 KiB; that is not a secret")
                         .arg(maxBytes / 1024);
        } else {
            ok = true;
        }
        if (!ok)
            wipeBytes(*raw);
    }
    ::close(fd);
    return ok;
}

void chompNewline(QByteArray& bytes)
{
    while (!bytes.isEmpty() && (bytes.endsWith('\n') || bytes.endsWith('\r')))
        bytes.chop(1);
}

bool isBidiControl(char32_t u)
{
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f
        || u == 0x061c;
}

QString escapedChar(char16_t u, bool keepNewline)
{
    if (keepNewline && u == u'\n')
        return QStringLiteral("\n");
    const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
    if (control)
        return QStringLiteral("\\x") + QString::number(int(u), 16).rightJustified(2, u'0').toUpper();
    if (isBidiControl(u))
        return QStringLiteral("\\u") + QString::number(int(u), 16).rightJustified(4, u'0').toUpper();
    return QString(QChar(u));
}

QString escaped(const QString& text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += escapedChar(c.unicode(), keepNewlines);
    return out;
}

} // namespace

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{ }

int CliContext::fail(int code, const QString& message)
{
    m_err << "keydesk-cli: " << printableLines(message) << Qt::endl;
    return code;
}

QString CliContext::printable(const QString& text)
{
    return escaped(text, false);
}

QString CliContext::printableLines(const QString& text)
{
    return escaped(text, true);
}

QByteArray CliContext::terminalSafeJson(QByteArray json)
{
    // Outside strings JSON is ASCII, so every sequence replaced here is inside a string, where a \u
    // escape means the same character.
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    const auto* p = reinterpret_cast<const unsigned char*>(json.constData());
    const qsizetype n = json.size();
    qsizetype copied = 0; // json[0, copied) is in out (when out is in use)
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        qsizetype length = 0;
        char32_t u = 0;
        if (c == 0x7f) {
            length = 1;
            u = 0x7f;
        } else if (c == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f) {
            length = 2;
            u = p[i + 1];
        } else if (c == 0xd8 && i + 1 < n && p[i + 1] == 0x9c) {
            length = 2;
            u = 0x061c;
        } else if (c == 0xe2 && i + 2 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81)) {
            const char32_t candidate = 0x2000 | char32_t(p[i + 1] & 0x3f) << 6 | char32_t(p[i + 2] & 0x3f);
            if (isBidiControl(candidate)) {
                length = 3;
                u = candidate;
            }
        }
        if (length == 0) {
            ++i;
            continue;
        }
        if (out.isNull())
            out.reserve(n + 64);
        out.append(json.constData() + copied, i - copied);
        out.append("\\u")
            .append(hex[(u >> 12) & 0xf])
            .append(hex[(u >> 8) & 0xf])
            .append(hex[(u >> 4) & 0xf])
            .append(hex[u & 0xf]);
        i += length;
        copied = i;
    }
    if (out.isNull())
        return json;
    out.append(json.constData() + copied, n - copied);
    return out;
}

bool CliContext::printJson(const QByteArray& json)
{
    QByteArray safe = terminalSafeJson(json);
    if (!safe.endsWith('\n'))
        safe.append('\n');
    m_out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(safe) != safe.size())
        return false;
    return stdoutFile.flush();
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
    // The encoding first, so a usage error leaves the secret where it was. Its value is not repeated:
    // like the variable name and the path, it could be the secret in the wrong place.
    const QString encoding = parser.optionNames().contains(QStringLiteral("secret-encoding"))
        ? parser.value(QStringLiteral("secret-encoding"))
        : QStringLiteral("utf8");
    const bool base64 = encoding == u"base64";
    if (!base64 && encoding != u"utf8" && encoding != u"utf-8") {
        *error = tr("--secret-encoding must be utf8 or base64");
        return false;
    }
    QByteArray raw;
    if (env) {
        const QByteArray var = parser.value(QStringLiteral("secret-env")).toLocal8Bit();
        SecretBytes taken;
        if (var.isEmpty() || var.contains('=')
            || !SecretBytes::takeFromEnvironment(var.constData(), &taken)) {
            *error = tr("the environment variable named by --secret-env is not set (give the variable's "
                        "name, not the secret)");
            return false;
        }
        raw = QByteArray(taken.view().data(), taken.view().size());
    } else if (file) {
        if (!readSecretFile(parser.value(QStringLiteral("secret-file")), maxSecretBytes, &raw, error))
            return false;
        chompNewline(raw);
    } else {
        bool tooLarge = false;
        raw = readAllStdin(maxSecretBytes, &tooLarge);
        if (tooLarge) {
            wipeBytes(raw);
            *error = tr("standard input holds more than %1 KiB; that is not a secret")
                         .arg(maxSecretBytes / 1024);
            return false;
        }
        chompNewline(raw);
    }
    if (raw.isEmpty()) {
        *error = tr("the secret is empty");
        return false;
    }
    bool ok = true;
    if (base64)
        ok = SecretBytes::fromBase64(raw, secret, error);
    else
        *secret = SecretBytes(raw);
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
