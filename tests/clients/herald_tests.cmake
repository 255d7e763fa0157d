# Shared setup for the tests that run a real broker (clients, wire, crash).
#
# HERALD_TEST_BIN is the herald binary the tests start. HERALD_TEST_PYTHON
# is a Python 3 that can import kafka-python: Debian's python3-kafka
# installs into /usr/bin/python3's path, which need not be the Python 3
# that CMake finds first (a pyenv shim, for example).
include_guard(DIRECTORY)

if(TARGET herald)
    set(HERALD_TEST_BIN $<TARGET_FILE:herald>)
else()
    # NOTE: the CLI target does not exist yet; the tests fail with a clear
    # message until this path holds a binary.
    set(HERALD_TEST_BIN ${CMAKE_BINARY_DIR}/src/cli/herald)
endif()

set(HERALD_TEST_PYTHON "")
foreach(candidate ${Python3_EXECUTABLE} /usr/bin/python3)
    if(NOT HERALD_TEST_PYTHON AND EXISTS ${candidate})
        execute_process(COMMAND ${candidate} -c "import kafka"
                        RESULT_VARIABLE kafka_missing
                        OUTPUT_QUIET ERROR_QUIET)
        if(kafka_missing EQUAL 0)
            set(HERALD_TEST_PYTHON ${candidate})
        endif()
    endif()
endforeach()
if(NOT HERALD_TEST_PYTHON)
    message(WARNING "no python3 with kafka-python (Debian: python3-kafka); "
                    "the kafka-python tests will fail")
    set(HERALD_TEST_PYTHON ${Python3_EXECUTABLE})
endif()

# herald_broker_test(NAME TIMEOUT_S COMMAND...) registers a CTest test that
# gets HERALD_BIN in its environment, reports exit status 77 as skipped and
# runs under the label "broker".
function(herald_broker_test name timeout)
    add_test(NAME ${name} COMMAND ${ARGN})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${timeout}
        SKIP_RETURN_CODE 77
        LABELS broker
        ENVIRONMENT "HERALD_BIN=${HERALD_TEST_BIN};PYTHONDONTWRITEBYTECODE=1")
endfunction()
