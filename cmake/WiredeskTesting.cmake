# wiredesk_add_test(NAME test_x SOURCES a.cpp LIBS lib... LABEL unit|gui|integration [TIMEOUT s])
# One Qt Test executable per test file, registered with CTest under its label.
# unit tests run offscreen; gui tests need a display (Xvfb) and real QtWebEngine;
# integration tests start real servers. Every test runs with an isolated HOME/XDG so it
# never touches the user's settings, data or keyring entries.
function(wiredesk_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    if(NOT T_LABEL)
        set(T_LABEL unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test Wiredesk::Flags ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        WIREDESK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        WIREDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        WIREDESK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env "WIREDESK_TEST=1" "QTWEBENGINE_DISABLE_SANDBOX=1" "LC_ALL=C.UTF-8")
    if(T_LABEL STREQUAL "unit")
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    list(APPEND env ${T_ENV})
    set_tests_properties(${T_NAME} PROPERTIES LABELS ${T_LABEL} TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
    wiredesk_uses_display(${T_NAME})
endfunction()

# wiredesk_uses_display(TEST): TEST shows windows on the one X display the harness gives every
# test (xvfb-run around ctest). Such tests never run at the same time: there is no window
# manager, so each window activation takes the keyboard focus from the other test's window and
# its shortcuts and key clicks go astray (seen: Ctrl+Alt+2 typed "2" instead of making an H2).
# Every test under tests/gui/ takes the lock; tests elsewhere run offscreen or show nothing.
function(wiredesk_uses_display name)
    if(CMAKE_CURRENT_SOURCE_DIR MATCHES "/tests/gui(/|$)")
        set_property(TEST ${name} APPEND PROPERTY RESOURCE_LOCK display)
    endif()
endfunction()
