// libFuzzer target for the "[env]" profile made from TWILIO_* variables (EnvironmentProfile). Input:
// "NAME=VALUE" lines. A profile it makes is valid; its sentences never repeat a value (one may be a
// secret in the wrong variable): a value containing the marker '§' must not show up in the error.
#include "FuzzSupport.h"
#include "profiles/EnvironmentProfile.h"

#include <QProcessEnvironment>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fuzz::application(); // tr()
    Fuzz::Lines input(data, size);
    QProcessEnvironment environment;
    bool marked = false;
    while (!input.atEnd()) {
        const QString line = QString::fromUtf8(input.next());
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString value = line.mid(eq + 1);
        marked = marked || value.contains(u'§');
        environment.insert(line.left(eq), value);
    }
    const EnvironmentProfile profile(environment);
    if (!profile.isPresent()) {
        Fuzz::check(!profile.profile() && profile.error().isEmpty(), "nothing present, nothing to say");
        return 0;
    }
    Fuzz::check(bool(profile.profile()) != !profile.error().isEmpty(), "a profile or an error");
    if (profile.profile()) {
        Fuzz::check(profile.profile()->isValid(), "the environment profile is valid");
        Fuzz::check(profile.profile()->origin == Profile::Origin::Environment, "origin");
        Fuzz::check(!profile.secret().isEmpty(), "a present profile has its secret");
    }
    if (marked)
        Fuzz::check(!profile.error().contains(u'§'), "the error repeats a value");
    return 0;
}
