#pragma once

#include "core/SecretBytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <functional>

// Exit codes shared by every keydesk-cli command (PRODUCT.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitNegative = 1, // a well-formed "no": invalid signature, failed check
    ExitUsage = 2, // usage error or malformed input
    ExitNetwork = 3, // network or API error
};

// Streams and shared option handling for the commands.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints "keydesk-cli: <message>" to stderr and returns the code. The message is shown with
    // printableLines(), so text from outside that reached it cannot drive the terminal.
    int fail(int code, const QString& message);

    // Text from outside (key names, token claims, server messages, file contents) made safe for a
    // terminal: control characters (C0, DEL, C1) and bidirectional controls (U+202E …) become visible
    // escapes such as \x1B and \u202E. Idempotent.
    static QString printable(const QString& text);
    // printable(), keeping line breaks (for messages of several lines).
    static QString printableLines(const QString& text);
    // Serialized JSON (UTF-8) made safe for a terminal without changing its meaning: DEL, C1 controls and
    // bidirectional controls, which JSON allows raw inside strings, written as \u escapes.
    static QByteArray terminalSafeJson(QByteArray json);
    // Writes JSON text (from a JSON serializer) to stdout through terminalSafeJson(), ending in a newline.
    // False when standard output could not take it.
    bool printJson(const QByteArray& json);

    // Adds --secret-env, --secret-file, --secret-stdin (and --secret-encoding when askEncoding).
    static void addSecretOptions(QCommandLineParser& parser, const QString& what, bool askEncoding);
    // Reads the secret from exactly one of the secret options: an environment variable (then overwritten
    // and unset), a regular file or standard input, at most maxSecretBytes. On failure returns false and
    // sets *error, which never repeats an option's value (it could be the secret, mistyped).
    static bool readSecret(const QCommandLineParser& parser, SecretBytes* secret, QString* error);
    static bool secretUsesStdin(const QCommandLineParser& parser);

    // Reads a positional TOKEN, or stdin for "-" / no argument when stdin is not a terminal.
    static bool readInputArgument(const QStringList& positional, QByteArray* input, QString* error);
    // Reads a FILE argument, or stdin for "-".
    static bool readFileArgument(const QString& path, QByteArray* data, QString* error,
                                 qsizetype maxBytes = 16 << 20);

    // Parses a whole-number option; false with a message when it is not one.
    static bool integerOption(const QCommandLineParser& parser, const QString& name, qint64* value,
                              QString* error);

    // Parses args for a subcommand. Returns -1 to continue, or an exit code (help shown, usage error).
    int parse(QCommandLineParser& parser, const QStringList& args, const QString& description);

    // One subcommand of a command group ("keys list"): its name and what runs it.
    struct Subcommand
    {
        QString name;
        std::function<int(CliContext&, const QStringList&)> run;
    };
    // Runs args = GROUP SUB options… as SUB with {"keydesk-cli GROUP SUB", options…}. --help or -h (and
    // "help" when helpWord) prints the usage and exits 0; no subcommand fails with the usage; an unknown one
    // fails with unknownFormat.arg(SUB, usage), SUB printed with control characters escaped.
    int runSubcommand(const QStringList& args, const QString& usage, const QList<Subcommand>& subcommands,
                      const QString& unknownFormat, bool helpWord = false);

    static constexpr qsizetype maxSecretBytes = 64 * 1024;

private:
    QTextStream m_out;
    QTextStream m_err;
};
