# Installs the build into a fresh prefix, as `cmake --install` does for users, and checks what a
# desktop needs: the binary runs from there, the launcher, icon and AppStream metadata are in their
# standard places and agree with each other, and both validators accept them when they are
# installed (desktop-file-utils, appstream; skipped otherwise).
#   cmake -DBUILD_DIR=… -DPREFIX=… -DAPP_ID=… -DVERSION=… -P InstallLayout.cmake

foreach(variable BUILD_DIR PREFIX APP_ID VERSION)
    if(NOT ${variable})
        message(FATAL_ERROR "${variable} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(binary "${PREFIX}/bin/jobexplorer")
set(desktop "${PREFIX}/share/applications/${APP_ID}.desktop")
set(metainfo "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml")
set(icon "${PREFIX}/share/icons/hicolor/scalable/apps/jobexplorer.svg")
foreach(file "${binary}" "${desktop}" "${metainfo}" "${icon}")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()

execute_process(COMMAND "${binary}" --version RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result OR NOT output MATCHES "${VERSION}")
    message(FATAL_ERROR "the installed binary did not say its version ${VERSION} (${result}):\n${output}")
endif()

# The pieces name each other: the launcher starts the binary with a file and shows the icon, the
# metadata launches the launcher and describes the version being installed.
file(READ "${desktop}" desktop_text)
foreach(line "Exec=jobexplorer %f" "Icon=jobexplorer")
    string(FIND "${desktop_text}" "\n${line}\n" position)
    if(position EQUAL -1)
        message(FATAL_ERROR "${desktop} lacks the line ${line}")
    endif()
endforeach()
file(READ "${metainfo}" metainfo_text)
foreach(element "<id>${APP_ID}</id>" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
                "<binary>jobexplorer</binary>" "<release version=\"${VERSION}\"")
    string(FIND "${metainfo_text}" "${element}" position)
    if(position EQUAL -1)
        message(FATAL_ERROR "${metainfo} lacks ${element}")
    endif()
endforeach()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop}" RESULT_VARIABLE result
                    OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(result)
        message(FATAL_ERROR "desktop-file-validate rejects ${desktop}:\n${output}")
    endif()
else()
    message(STATUS "desktop-file-validate not installed (desktop-file-utils): the .desktop file was not validated")
endif()

find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net --no-color "${metainfo}" RESULT_VARIABLE result
                    OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(result)
        message(FATAL_ERROR "appstreamcli validate rejects ${metainfo}:\n${output}")
    endif()
else()
    message(STATUS "appstreamcli not installed (appstream): the metainfo file was not validated")
endif()
