# One INTERFACE target carries the flags and definitions every Wiredesk target shares.
add_library(wiredesk_flags INTERFACE)
add_library(Wiredesk::Flags ALIAS wiredesk_flags)
target_compile_options(wiredesk_flags INTERFACE -Wall -Wextra -pedantic)
if(WIREDESK_WERROR)
    target_compile_options(wiredesk_flags INTERFACE -Werror)
endif()
target_compile_definitions(wiredesk_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    WIREDESK_VERSION="${PROJECT_VERSION}")
