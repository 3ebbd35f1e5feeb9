#pragma once

#include "core/SecretBytes.h"
#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <optional>

// The read-only "[env]" profile that twilio-cli users know: TWILIO_ACCOUNT_SID with TWILIO_API_KEY and
// TWILIO_API_SECRET (preferred) or TWILIO_AUTH_TOKEN, plus TWILIO_REGION and TWILIO_EDGE.
//
// Three outcomes: no credential variable is set (isPresent() false, nothing to say); the variables make a
// valid profile (profile() and secret()); or they are set but wrong (error(), a sentence that never repeats
// a value, since a secret may sit in the wrong variable). TWILIO_REGION/TWILIO_EDGE alone do not make the
// profile present.
class EnvironmentProfile
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentProfile)

public:
    explicit EnvironmentProfile(const QProcessEnvironment& environment
                                = QProcessEnvironment::systemEnvironment());
    EnvironmentProfile(EnvironmentProfile&&) noexcept = default;
    EnvironmentProfile& operator=(EnvironmentProfile&&) noexcept = default;

    // The id the environment profile always has (it has no keychain entry).
    static QString profileId();
    // The variables that make the profile present.
    static QStringList credentialVariables();

    bool isPresent() const { return m_present; }
    // Set when the variables are present and valid.
    const std::optional<Profile>& profile() const { return m_profile; }
    // The Auth Token or API key secret (empty unless profile() is set).
    const SecretBytes& secret() const { return m_secret; }
    SecretBytes takeSecret() { return std::move(m_secret); }
    // Why the variables that are set do not make a profile; empty otherwise.
    QString error() const { return m_error; }

private:
    void read(const QProcessEnvironment& environment);

    bool m_present = false;
    std::optional<Profile> m_profile;
    SecretBytes m_secret;
    QString m_error;
};
