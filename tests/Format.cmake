cmake_minimum_required(VERSION 3.22)
# Fails when a C++ source differs from the checked-in .clang-format (run by ctest as `format`).
# Usage: cmake -DSOURCE_DIR=<repository> -DCLANG_FORMAT=<clang-format> -P Format.cmake
# To format everything: git ls-files '*.cpp' '*.h' | xargs clang-format -i
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/views/*.h
     ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h
     ${SOURCE_DIR}/bench/*.cpp ${SOURCE_DIR}/bench/*.h ${SOURCE_DIR}/resources/*.cpp ${SOURCE_DIR}/resources/*.h
     ${SOURCE_DIR}/translations/*.cpp ${SOURCE_DIR}/translations/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]+: error: code should be clang-formatted" offending "${output}")
    list(REMOVE_DUPLICATES offending)
    list(JOIN offending "\n" offending)
    message(FATAL_ERROR "Not formatted with .clang-format:\n${offending}\n"
                        "Run: git ls-files '*.cpp' '*.h' | xargs clang-format -i")
endif()
list(LENGTH sources count)
message(STATUS "${count} sources match .clang-format")
