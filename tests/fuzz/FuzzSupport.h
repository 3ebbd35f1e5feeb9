#pragma once

// Shared by the fuzz targets: a lazily created QCoreApplication, quiet Qt logging, an invariant check
// that libFuzzer records as a crash, and a small reader that splits one input into text fields.
#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

// Aborts (a crash to libFuzzer and to the corpus replay) when an invariant does not hold.
inline void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
        std::abort();
    }
}

// KEYDESK_FUZZ_VERBOSE=1: Qt's warnings stay on and targets may describe what they did (for writing seeds).
inline bool verbose()
{
    static const bool on = !qEnvironmentVariableIsEmpty("KEYDESK_FUZZ_VERBOSE");
    return on;
}

// One QCoreApplication for the whole process, created on first use (targets that need an event loop,
// QSettings or translations). Qt's own warnings about hostile input are expected and only slow the
// fuzzer down.
inline QCoreApplication* application()
{
    static QCoreApplication* app = [] {
        static int argc = 1;
        static char name[] = "keydesk-fuzz";
        static char* argv[] = { name, nullptr };
        if (!verbose())
            QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
        return new QCoreApplication(argc, argv);
    }();
    return app;
}

// Reads an input as lines: next() gives the text up to the next '\n' (without it, and without a '\r'
// before it), rest() everything not read yet. Seeds stay readable text files this way.
class Lines
{
public:
    Lines(const uint8_t* data, size_t size)
        : m_text(reinterpret_cast<const char*>(data), qsizetype(size))
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QByteArrayView next()
    {
        const qsizetype end = m_text.indexOf('\n', m_pos);
        const qsizetype stop = end < 0 ? m_text.size() : end;
        QByteArrayView line = m_text.sliced(m_pos, stop - m_pos);
        if (line.endsWith('\r'))
            line.chop(1);
        m_pos = end < 0 ? m_text.size() : end + 1;
        return line;
    }
    QByteArrayView rest() const { return m_text.sliced(qMin(m_pos, m_text.size())); }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace Fuzz
