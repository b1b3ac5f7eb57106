cmake_minimum_required(VERSION 3.22)
# Checks the one-way layering of the sources (run by ctest as `layering`):
#  - models/ folders, lowest first: a folder includes headers of its own or lower folders only;
#  - models/ never includes Qt Gui, Widgets or Charts; views/ never includes Qt Sql;
#  - Qt Charts is included only inside views/charts/.
# Usage: cmake -DSOURCE_DIR=<repository> -P Layering.cmake
set(layers data exchange database engine import cohorts itemmodels)
# import and engine both stand on database and do not see each other.
set(unrelated_engine import)
set(unrelated_import engine)

set(problems "")
# Which folder each models/ header lives in.
foreach(layer IN LISTS layers)
    file(GLOB headers RELATIVE ${SOURCE_DIR}/models/${layer} ${SOURCE_DIR}/models/${layer}/*.h)
    foreach(header IN LISTS headers)
        set(home_${header} ${layer})
    endforeach()
endforeach()

set(rank 0)
foreach(layer IN LISTS layers)
    set(rank_${layer} ${rank})
    math(EXPR rank "${rank} + 1")
endforeach()

foreach(layer IN LISTS layers)
    file(GLOB sources ${SOURCE_DIR}/models/${layer}/*.h ${SOURCE_DIR}/models/${layer}/*.cpp)
    foreach(source IN LISTS sources)
        file(STRINGS ${source} includes REGEX "^#include [\"<]")
        foreach(line IN LISTS includes)
            if(line MATCHES "^#include \"([^\"]+)\"")
                set(header ${CMAKE_MATCH_1})
                if(DEFINED home_${header})
                    set(home ${home_${header}})
                    if(${rank_${home}} GREATER ${rank_${layer}} OR home IN_LIST unrelated_${layer})
                        list(APPEND problems "${source}: models/${layer} includes ${header} of models/${home}, which is not below it")
                    endif()
                endif()
            elseif(line MATCHES "^#include <(QtGui|QtWidgets|QtCharts|QWidget|QColor|QPainter|QChart|QImage)")
                list(APPEND problems "${source}: models/ includes ${CMAKE_MATCH_1} (models are Qt Core and Sql only)")
            endif()
        endforeach()
    endforeach()
endforeach()

file(GLOB_RECURSE view_sources ${SOURCE_DIR}/views/*.h ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
foreach(source IN LISTS view_sources)
    file(STRINGS ${source} includes REGEX "^#include <")
    foreach(line IN LISTS includes)
        if(line MATCHES "^#include <(QtSql|QSql[A-Za-z]*)" AND source MATCHES "/views/")
            list(APPEND problems "${source}: views/ includes ${CMAKE_MATCH_1} (no SQL in views)")
        endif()
        if(line MATCHES "^#include <(QtCharts|QChart[A-Za-z]*|Q[A-Za-z]*Series|QValueAxis|QBarCategoryAxis|QBarSet|QLegend[A-Za-z]*|QCategoryAxis)>" AND NOT source MATCHES "/views/charts/")
            list(APPEND problems "${source}: Qt Charts (${CMAKE_MATCH_1}) outside views/charts/")
        endif()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n" message)
    message(FATAL_ERROR "Layering broken:\n${message}")
endif()
message(STATUS "Layering: models/ one-way (${layers}), no SQL in views/, Qt Charts only in views/charts/")
