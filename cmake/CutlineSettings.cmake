# The one build configuration every Cutline target links: C++20, warnings, Qt's safety defines,
# the repository root as the include root, and the sanitizers when asked for.

add_library(cutline_settings INTERFACE)
target_compile_features(cutline_settings INTERFACE cxx_std_20)
target_include_directories(cutline_settings INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_options(cutline_settings INTERFACE -Wall -Wextra -Wpedantic
                       $<$<BOOL:${CUTLINE_WERROR}>:-Werror>)
# Tests compare with string literals all the time (QCOMPARE(text, "C-1")); a test target sets
# CUTLINE_LITERAL_STRINGS to allow the implicit conversions there, and only there.
set(cutline_strict_strings "$<NOT:$<BOOL:$<TARGET_PROPERTY:CUTLINE_LITERAL_STRINGS>>>")
target_compile_definitions(cutline_settings INTERFACE
    QT_NO_KEYWORDS
    $<${cutline_strict_strings}:QT_NO_CAST_FROM_ASCII>
    $<${cutline_strict_strings}:QT_NO_CAST_TO_ASCII>
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CUTLINE_SANITIZE)
    target_compile_options(cutline_settings INTERFACE -fsanitize=address,undefined
                           -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(cutline_settings INTERFACE -fsanitize=address,undefined)
endif()

if(CUTLINE_FUZZ)
    # Coverage for libFuzzer in every library; the harnesses add -fsanitize=fuzzer (with main).
    target_compile_options(cutline_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                           -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(cutline_settings INTERFACE -fsanitize=address,undefined)
endif()

# cutline_add_executable(NAME [GUI] SOURCES...): a console (or, with GUI, windowed) program
# built with the shared settings.
function(cutline_add_executable name)
    cmake_parse_arguments(ARG "GUI" "" "" ${ARGN})
    qt_add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
    set(windowed OFF)
    if(ARG_GUI)
        set(windowed ON)
    endif()
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE ${windowed})
    target_link_libraries(${name} PRIVATE cutline_settings)
endfunction()

# cutline_add_library(NAME SOURCES...): a static library built with the shared settings.
function(cutline_add_library name)
    qt_add_library(${name} STATIC ${ARGN})
    target_link_libraries(${name} PUBLIC cutline_settings)
endfunction()
