# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P CheckFormat.cmake: fails when a C++ source differs
# from the repository's .clang-format (run as the CTest test "clang_format").
set(sources)
foreach(dir app core render room ui tests benchmarks)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    list(APPEND sources ${found})
endforeach()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Some files are not formatted; run: git ls-files '*.cpp' '*.h' | xargs ${CLANG_FORMAT} -i")
endif()
