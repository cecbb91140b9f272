# Registers every test with ctest; included by the top-level CMakeLists.txt. See docs/TESTING.md.
#   case/<area>/<name>   tests/cases/<area>/<name>.py run by tests/run_case.sh against the expectations
#   unit/<Suite>.<Test>  GoogleTest tests from tests/unit/**/*_test.cpp, in one executable, ginger_unit_tests
#   cache/<name>         tests/cache/<name>.sh, run as `bash <name>.sh GINGER`
#   embed/<name>         tests/embed/<name>.cpp, each built against the public API only and run
# Every glob uses CONFIGURE_DEPENDS, so adding a file needs no edit here, only a rebuild.

set(GINGER_TESTS_DIR ${CMAKE_CURRENT_LIST_DIR})
find_program(GINGER_BASH bash REQUIRED)

# Program cases. Files and directories starting with "_" are helper modules and packages imported by cases.
file(GLOB_RECURSE GINGER_CASE_FILES CONFIGURE_DEPENDS ${GINGER_TESTS_DIR}/cases/*.py)
list(SORT GINGER_CASE_FILES)
foreach(case_file IN LISTS GINGER_CASE_FILES)
  file(RELATIVE_PATH case_id ${GINGER_TESTS_DIR}/cases ${case_file})
  if(case_id MATCHES "(^|/)_")  # helper modules and packages, imported by cases
    continue()
  endif()
  string(REGEX REPLACE "\\.py$" "" case_id ${case_id})
  add_test(NAME case/${case_id}
           COMMAND ${GINGER_BASH} ${GINGER_TESTS_DIR}/run_case.sh $<TARGET_FILE:ginger> ${case_file})
  set_tests_properties(case/${case_id} PROPERTIES LABELS case TIMEOUT 90)
endforeach()

# GoogleTest unit tests of the internals; they may include anything under src/ and find data files through
# GINGER_SOURCE_DIR.
file(GLOB_RECURSE GINGER_UNIT_SOURCES CONFIGURE_DEPENDS ${GINGER_TESTS_DIR}/unit/*_test.cpp)
list(SORT GINGER_UNIT_SOURCES)
if(GINGER_UNIT_SOURCES)
  find_package(GTest QUIET)
  if(NOT TARGET GTest::gtest_main AND EXISTS /usr/src/googletest/CMakeLists.txt)
    # Debian's libgtest-dev may ship only the sources; build them here.
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
    add_subdirectory(/usr/src/googletest ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
    add_library(GTest::gtest_main ALIAS gtest_main)
  endif()
  if(NOT TARGET GTest::gtest_main)
    message(FATAL_ERROR "GoogleTest not found; run tools/install_deps.sh (needs libgtest-dev)")
  endif()
  include(GoogleTest)
  add_executable(ginger_unit_tests ${GINGER_UNIT_SOURCES})
  target_link_libraries(ginger_unit_tests PRIVATE ginger_runtime GTest::gtest_main)
  target_include_directories(ginger_unit_tests PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/include)
  target_compile_definitions(ginger_unit_tests PRIVATE GINGER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  # Discovery at test time (not build time), so a crashing unit binary shows up as a failing test, not a broken
  # build.
  gtest_discover_tests(ginger_unit_tests
                       TEST_PREFIX unit/
                       DISCOVERY_MODE PRE_TEST
                       DISCOVERY_TIMEOUT 60
                       PROPERTIES LABELS unit TIMEOUT 120)
endif()

# Bytecode cache scripts: each makes its own temporary directory and takes the interpreter as $1.
file(GLOB GINGER_CACHE_SCRIPTS CONFIGURE_DEPENDS ${GINGER_TESTS_DIR}/cache/*.sh)
list(SORT GINGER_CACHE_SCRIPTS)
foreach(script IN LISTS GINGER_CACHE_SCRIPTS)
  get_filename_component(script_name ${script} NAME_WLE)
  add_test(NAME cache/${script_name} COMMAND ${GINGER_BASH} ${script} $<TARGET_FILE:ginger>)
  set_tests_properties(cache/${script_name} PROPERTIES LABELS cache TIMEOUT 300)
endforeach()

# Embedding programs: one executable each, linked with libginger and seeing only its public include directory.
# They run in tests/embed/ and pass when they exit with status 0.
file(GLOB GINGER_EMBED_SOURCES CONFIGURE_DEPENDS ${GINGER_TESTS_DIR}/embed/*.cpp)
list(SORT GINGER_EMBED_SOURCES)
foreach(embed_source IN LISTS GINGER_EMBED_SOURCES)
  get_filename_component(embed_name ${embed_source} NAME_WLE)
  add_executable(embed_${embed_name} ${embed_source})
  target_link_libraries(embed_${embed_name} PRIVATE ginger_runtime)
  add_test(NAME embed/${embed_name} COMMAND embed_${embed_name})
  set_tests_properties(embed/${embed_name} PROPERTIES
                       LABELS embed TIMEOUT 120
                       WORKING_DIRECTORY ${GINGER_TESTS_DIR}/embed
                       ENVIRONMENT "PYTHONHASHSEED=0;GINGER_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endforeach()

# Generated files that are committed must match their generators (tools/gen_opcodes.py writes
# docs/internals/opcodes.md and lib/_opcode_metadata.py from src/vm/opcodes.def).
find_program(GINGER_PYTHON3 python3)
if(GINGER_PYTHON3)
  add_test(NAME tools/opcodes_fresh
           COMMAND ${GINGER_PYTHON3} tools/gen_opcodes.py --check
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(tools/opcodes_fresh PROPERTIES LABELS tools TIMEOUT 60)
endif()

# The command line: tests/cmdline/cases.txt against CPython 3.12's recorded behaviour (cases.exp).
add_test(NAME cmdline/cases COMMAND ${GINGER_BASH} ${GINGER_TESTS_DIR}/cmdline/run.sh $<TARGET_FILE:ginger>)
set_tests_properties(cmdline/cases PROPERTIES LABELS cmdline TIMEOUT 300)
add_test(NAME cmdline/out_of_memory COMMAND ${GINGER_BASH} ${GINGER_TESTS_DIR}/cmdline/out_of_memory.sh $<TARGET_FILE:ginger>)
set_tests_properties(cmdline/out_of_memory PROPERTIES LABELS cmdline TIMEOUT 120)
add_test(NAME cmdline/vmtrace COMMAND ${GINGER_BASH} ${GINGER_TESTS_DIR}/cmdline/vmtrace.sh $<TARGET_FILE:ginger>)
set_tests_properties(cmdline/vmtrace PROPERTIES LABELS cmdline TIMEOUT 60)
add_test(NAME cmdline/io_flush COMMAND ${GINGER_BASH} ${GINGER_TESTS_DIR}/cmdline/io_flush.sh $<TARGET_FILE:ginger>)
set_tests_properties(cmdline/io_flush PROPERTIES LABELS cmdline TIMEOUT 120)
add_test(NAME cmdline/dis_main COMMAND ${GINGER_BASH} ${GINGER_TESTS_DIR}/cmdline/dis_main.sh $<TARGET_FILE:ginger>)
set_tests_properties(cmdline/dis_main PROPERTIES LABELS cmdline TIMEOUT 60)
add_test(NAME cmdline/module_precedence COMMAND ${GINGER_BASH} ${GINGER_TESTS_DIR}/cmdline/module_precedence.sh $<TARGET_FILE:ginger>)
set_tests_properties(cmdline/module_precedence PROPERTIES LABELS cmdline TIMEOUT 60)
add_test(NAME cmdline/signals COMMAND ${GINGER_BASH} ${GINGER_TESTS_DIR}/cmdline/signals.sh $<TARGET_FILE:ginger>)
set_tests_properties(cmdline/signals PROPERTIES LABELS cmdline TIMEOUT 120)

# Known failures: features not implemented yet. Each listed test is expected to fail (ctest's WILL_FAIL),
# so a fix shows up as an unexpected pass; remove the line then.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${GINGER_TESTS_DIR}/known_failures.txt)
file(STRINGS ${GINGER_TESTS_DIR}/known_failures.txt GINGER_KNOWN_FAILURES REGEX "^[^#]")
foreach(entry IN LISTS GINGER_KNOWN_FAILURES)
  string(REGEX REPLACE "[ \t].*$" "" test_name "${entry}")
  if(TEST ${test_name})
    set_tests_properties(${test_name} PROPERTIES WILL_FAIL TRUE)
  endif()
endforeach()
