# Every third-party library comes from a Debian package, found through pkg-config or CMake config.
find_package(PkgConfig REQUIRED)
pkg_check_modules(ESPEAK_NG REQUIRED IMPORTED_TARGET espeak-ng)
pkg_check_modules(SNDFILE REQUIRED IMPORTED_TARGET sndfile)
find_package(CLI11 CONFIG REQUIRED)
find_package(nlohmann_json 3 CONFIG REQUIRED)
find_package(Threads REQUIRED)
# ICU: charset conversion and character classes (clean), rule-based number spellout (normalize).
pkg_check_modules(ICU_UC REQUIRED IMPORTED_TARGET icu-uc)
pkg_check_modules(ICU_I18N REQUIRED IMPORTED_TARGET icu-i18n)
# The clean stage: an HTML5 parser, and uchardet to guess the charset of a page that does not
# declare one.
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
# The normalizer: libexttextcat's language guesser.
pkg_check_modules(EXTTEXTCAT REQUIRED IMPORTED_TARGET libexttextcat)
# Optional: Google Benchmark for the clean stage's size benchmark (tests/clean/clean_bench).
find_package(benchmark CONFIG QUIET)
# Output: loudness, resampling, tags and chapters in encoded files, MP4/AAC.
pkg_check_modules(EBUR128 REQUIRED IMPORTED_TARGET libebur128)
pkg_check_modules(SAMPLERATE REQUIRED IMPORTED_TARGET samplerate)
pkg_check_modules(TAGLIB REQUIRED IMPORTED_TARGET taglib)
pkg_check_modules(LIBAV REQUIRED IMPORTED_TARGET libavformat libavcodec libavutil)
# Fetching and feeds: libcurl (OpenSSL flavour) for HTTP(S), libxml2 for RSS, Atom and OPML.
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
# Podcast feeds: SHA-1 (libcrypto) for the UUIDv5 of <podcast:guid>.
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto)
