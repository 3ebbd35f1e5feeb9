# Release metadata shared by the install rules, the desktop integration, the Debian package and the install test.
# The version is project(VERSION) in the top-level CMakeLists.txt: KEYDESK_VERSION, which all three programs print
# with --version, the metainfo release, the man pages and the package version all come from it.
#
# A release: raise project(VERSION), set KEYDESK_RELEASE_DATE, describe it in resources/<id>.metainfo.xml.in
# (<releases>) and packaging/debian/changelog.in.

# Reverse-DNS id: the desktop file (<id>.desktop, also QGuiApplication::setDesktopFileName in app/keydesk/main.cpp),
# the icon name, the AppStream component id and the metainfo file name.
set(KEYDESK_APP_ID "io.github.keydesk.KeyDesk")
# The date of release ${PROJECT_VERSION} (YYYY-MM-DD): metainfo <release>, Debian changelog, man page dates.
set(KEYDESK_RELEASE_DATE "2026-12-02")
# The Debian revision of the package: keydesk_${PROJECT_VERSION}-${KEYDESK_DEB_RELEASE}.
set(KEYDESK_DEB_RELEASE 1)

set(KEYDESK_HOMEPAGE "https://github.com/keydesk/keydesk"
    CACHE STRING "Project home page: metainfo URLs and screenshots (docs/ there), the package's Homepage field")
set(KEYDESK_PACKAGE_MAINTAINER "KeyDesk authors <maintainers@keydesk.invalid>"
    CACHE STRING "Maintainer field of the Debian package and its changelog (Name <address>)")
set(KEYDESK_SCREENSHOT_BASE "${KEYDESK_HOMEPAGE}/raw/main/docs"
    CACHE STRING "Where the docs/ screenshots are served from (metainfo <screenshot>)")
