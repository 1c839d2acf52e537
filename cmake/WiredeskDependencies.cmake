# Third-party libraries from the distribution. Optional ones switch features on when present.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(MD4C REQUIRED IMPORTED_TARGET md4c md4c-html)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
find_package(SQLite3 REQUIRED)
find_package(Qt6Keychain REQUIRED)
# libcrypto for SHA-256 of every ingested item (CPU SHA extensions; Qt 6.4 hashes in portable C).
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)

# KSyntaxHighlighting is packaged for Qt 6 only from Debian 13 on; Debian 12 builds without it.
find_package(KF6SyntaxHighlighting QUIET)
if(KF6SyntaxHighlighting_FOUND)
    message(STATUS "KSyntaxHighlighting: found, source views are highlighted")
else()
    message(STATUS "KSyntaxHighlighting: not found, source views are plain text")
endif()
