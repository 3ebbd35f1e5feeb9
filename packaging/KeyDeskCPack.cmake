# The Debian package: `cpack -G DEB` in the build folder, or `cmake --build build --target package`.
# One package, keydesk, with all three programs; runtime dependencies from dpkg-shlibdeps (dpkg-dev, file).
# Included from the top-level CMakeLists.txt after packaging/ (KeyDeskRelease.cmake gives the metadata).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "keydesk")
set(CPACK_PACKAGE_VENDOR "KeyDesk authors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${KEYDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${KEYDESK_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Release binaries without their debug sections (Debian policy; lintian's unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for Twilio API keys and Access Tokens")
# The long description, after the summary line CPack puts first. Debian wants lines under 80 characters; CPack
# indents each line and turns empty ones into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "KeyDesk shows every API key of a Twilio account in one searchable list,
creates Standard and Restricted keys, duplicates a Restricted key's
permissions into a new key and edits permissions with a diff before saving.
It builds Access Tokens with Voice, Video, Conversations, Sync, TaskRouter
and Playback grants, inspects pasted tokens with Twilio-aware checks, and
computes and checks webhook signatures. Secrets are kept only in the
system keychain.

The package holds the desktop application (keydesk), a command line with
the same functions for scripts (keydesk-cli) and a local stand-in for the
Twilio endpoints for demos and tests (keydesk-sandbox).")

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${KEYDESK_DEB_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KEYDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so not found by shlibdeps: the SVG icon engine and image plugin (the window icon), and a
# Secret Service provider for the keychain (without one, secrets stay in memory for the session).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, gnome-keyring | libkf5wallet-bin | keepassxc")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# `package_source`: the source tree without build folders, node modules or Git data.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/node_modules/" "\\.user$")

include(CPack)
