# Packages what `cmake --install` installs: `cpack -G DEB` in the build folder writes
# jobexplorer_<version>_<arch>.deb, installed under /usr.

set(JOBEXPLORER_PACKAGE_CONTACT "Job Market Explorer maintainers <maintainers@users.noreply.r-seed-1b487cf3.example>"
    CACHE STRING "Maintainer of the Debian package (name <address>)")

set(CPACK_PACKAGE_NAME jobexplorer)
set(CPACK_PACKAGE_VENDOR "The Job Market Explorer developers")
set(CPACK_PACKAGE_CONTACT "${JOBEXPLORER_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explore job postings: filter, compare salaries and skills, export charts")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The long description; CPack puts the summary above it as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Job Market Explorer is a desktop program for career counselors and the
analysts who prepare data for them. It opens a database of job postings
and narrows them down by role, seniority, location, skill, salary and
more, with live counts for every choice; charts follow the filter and
export as PNG, SVG or PDF. It comes with a curated dataset of
AI-infrastructure, MLOps and AIOps postings.")

# Qt SQL's SQLite driver is a plugin, loaded at run time, so no linker-based tool sees it; every
# database is opened through it. (The platform plugins come with libqt6gui6, the SVG image plugin
# that draws the icon with libqt6svg6, which the binary links.)
set(jobexplorer_plugin_packages "libqt6sql6-sqlite")
find_program(DPKG_SHLIBDEPS_PROGRAM dpkg-shlibdeps)
if(DPKG_SHLIBDEPS_PROGRAM)
    # The libraries the binary links, with the versions it needs, as dpkg-shlibdeps (dpkg-dev) finds them.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${jobexplorer_plugin_packages}")
else()
    # Without dpkg-dev: the Debian 12 packages of the libraries the binary links (objdump -p: NEEDED).
    string(CONCAT CPACK_DEBIAN_PACKAGE_DEPENDS
        "${jobexplorer_plugin_packages}, "
        "libqt6core6 (>= ${Qt6_VERSION}), libqt6gui6 (>= ${Qt6_VERSION}), libqt6widgets6 (>= ${Qt6_VERSION}), "
        "libqt6sql6 (>= ${Qt6_VERSION}), libqt6charts6 (>= ${Qt6_VERSION}), libqt6svg6 (>= ${Qt6_VERSION}), "
        "libsqlite3-0, libstdc++6, libgcc-s1, libc6")
endif()

include(CPack)
