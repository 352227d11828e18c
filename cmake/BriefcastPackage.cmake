# `cpack -G DEB` (run by scripts/package) makes briefcast_<version>_<arch>.deb from the same
# install rules as `cmake --install` (cmake/BriefcastInstall.cmake). Depends is computed by
# dpkg-shlibdeps from the libraries the program links. The Debian copyright file
# (machine-readable format, carrying LICENSE) and changelog are generated here.
set(BRIEFCAST_PACKAGE_MAINTAINER "briefcast maintainers <briefcast@example.org>"
    CACHE STRING "The Maintainer field of the Debian package")

set(debian_dir "${PROJECT_BINARY_DIR}/debian")
file(MAKE_DIRECTORY "${debian_dir}")

# copyright: DEP-5 (https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/), with
# the licence text from LICENSE as its License paragraph.
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" licence_text)
string(REGEX REPLACE "^MIT License\n\n[^\n]*\n\n" "" licence_text "${licence_text}")
string(REGEX REPLACE "\n+$" "" licence_text "${licence_text}")
string(REPLACE "\n\n" "\n.\n" licence_text "${licence_text}")
string(REPLACE "\n" "\n " licence_text "${licence_text}")
file(CONFIGURE OUTPUT "${debian_dir}/copyright" CONTENT [[
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: briefcast
Comment: The program also contains code compiled from two header-only libraries
 it is built with: CLI11 (BSD-3-Clause) and nlohmann-json (MIT).

Files: *
Copyright: 2026 The briefcast authors
License: MIT

License: MIT
 @licence_text@
]] @ONLY)

# changelog.gz: a native package's one changelog, one entry for this version. The date honours
# SOURCE_DATE_EPOCH, so a reproducible build can pin it.
string(TIMESTAMP changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(CONFIGURE OUTPUT "${debian_dir}/changelog" CONTENT [[
briefcast (@PROJECT_VERSION@) unstable; urgency=medium

  * Built with cpack from the briefcast sources; see README.md for what changed.

 -- @BRIEFCAST_PACKAGE_MAINTAINER@  @changelog_date@
]] @ONLY)
find_program(GZIP_EXECUTABLE gzip REQUIRED)
execute_process(COMMAND "${GZIP_EXECUTABLE}" -9nc "${debian_dir}/changelog"
                OUTPUT_FILE "${debian_dir}/changelog.gz" COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${debian_dir}/copyright" "${debian_dir}/changelog.gz" DESTINATION "${CMAKE_INSTALL_DOCDIR}"
        COMPONENT debian EXCLUDE_FROM_ALL)

set(CPACK_PACKAGE_NAME briefcast)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${BRIEFCAST_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "turn news articles into a spoken audio briefing with chapters")
# Lines of at most 79 characters (with the control file's leading space, 80): CPack keeps
# them as written.
set(CPACK_PACKAGE_DESCRIPTION [[
briefcast reads news articles, as the text copied from a web page or as the
page's HTML, keeps the headline and the body, rewrites written forms
(numbers, money, dates, abbreviations) into what a newsreader would say, and
speaks each article with eSpeak NG into one audio file with a chapter per
article: WAV with cue points, FLAC, Ogg Vorbis, Opus, MP3 or M4B, plus
chapter files, captions and a listening page.

Commands that print what each stage makes of an article (clean, segment,
normalize) show why the audio says what it says; batch speaks many articles
in parallel worker processes and skips those already done.]])
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY briefcast)
# The main files and the Debian ones; the plain LICENSE copy stays out (the copyright file
# carries it).
set(CPACK_INSTALL_CMAKE_PROJECTS
    "${PROJECT_BINARY_DIR};briefcast;briefcast;/"
    "${PROJECT_BINARY_DIR};briefcast;debian;/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# FFmpeg's libraries are opened with dlopen, only to write .m4a/.m4b, so dpkg-shlibdeps cannot
# see them: they are recommended, at the major version the program was built against.
set(libav_packages "")
foreach(library IN ITEMS libavformat libavcodec libavutil)
  string(REGEX MATCH "^[0-9]+" major "${LIBAV_${library}_VERSION}")
  if(major)
    list(APPEND libav_packages "${library}${major}")
  endif()
endforeach()
list(JOIN libav_packages ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
