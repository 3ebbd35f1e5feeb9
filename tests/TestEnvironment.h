#pragma once

#include <QTest>

// A test that needs something outside the build (a Secret Service, node, Prism) skips with a reason on a
// developer machine, but fails under CI=true: there the set-up script provides everything, so a skip
// would hide a broken environment.
#define KEYDESK_REQUIRE_ENVIRONMENT(message)                                                                 \
    do {                                                                                                     \
        if (qEnvironmentVariableIsSet("CI"))                                                                 \
            QFAIL(message);                                                                                  \
        QSKIP(message);                                                                                      \
    } while (false)
