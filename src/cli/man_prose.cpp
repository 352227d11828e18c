// The hand-written sections of briefcast(1), in man(7) roff. Keep them true to the README;
// options and their defaults are not repeated here, they are generated (man_page.cpp).
#include <map>

#include "cli/man_page.h"

namespace briefcast::cli::man_prose {

const char* const kName = "turn news articles into a spoken audio briefing with chapters";

const char* const kDescription = R"(.B briefcast
reads news articles, either the text you get by copying a whole web page or the page's saved
HTML, and speaks them with eSpeak NG into one audio briefing with a chapter per article.
.PP
Each article goes through five stages:
.B clean
keeps the headline and the body and drops the page debris (navigation, share bars, captions,
related links, cookie notices);
.B segment
splits paragraphs into sentences without breaking after abbreviations such as "Mr." or "U.S.";
.B normalize
rewrites written forms into what a newsreader would say ("$3.5 billion" becomes "three point
five billion dollars"; only English is rewritten);
.B synthesize
speaks each sentence with eSpeak NG;
.B assemble
joins the speech with pauses, sets the loudness and writes the briefing with a chapter marker
and title per article.
.PP
The commands
.BR clean ,
.B segment
and
.B normalize
print what one stage makes of an article, so you can see why the audio says what it says.
)";

const char* const kExitStatus = R"(.TP
.B 0
Everything was written.
.TP
.B 1
An input or output failed. Each failure is one line on standard error,
.RI \(lqbriefcast:\  file :\  problem \(rq.
.B batch
exits 1 when any article failed or the run was stopped; the others are still written.
.TP
.B 2
Usage error: an unknown option or command, a missing argument, or an unknown voice.
)";

const char* const kFiles = R"(.TP
.I share/briefcast/chime.wav
The chime that
.B \-\-chime chime
plays between stories, under the installation prefix
.RI ( /usr
for the Debian package,
.I /usr/local
by default). A
.B \-\-chime
value that is not an existing file is looked up by name, with or without its
.I .wav
extension, in
.IR $XDG_DATA_HOME/briefcast
(default
.IR ~/.local/share/briefcast ),
then in
.I share/briefcast
beside the installed program's
.I bin
folder, then in
.I briefcast
under each folder of
.BR XDG_DATA_DIRS .
A sound of your own placed in
.I ~/.local/share/briefcast
is found by its name the same way.
.PP
.TP
.I $XDG_CACHE_HOME/briefcast
(default
.IR ~/.cache/briefcast ,
or
.BR \-\-cache\-dir )
Pages and feeds fetched from the web, with their ETag and Last\-Modified, so a rerun asks the
server only whether they changed.
.TP
.I OUT\-DIR/feed.xml
The podcast feed that
.B daily
and
.B publish
keep, with their state and lock file in the same folder.
.PP
.B briefcast
reads a configuration file only when a command is given
.BI \-\-config " FILE"
(no file is read by default). It is TOML: one
.I key " = " value
per line, the keys being the command's long option names without the dashes
.RI ( "feed = [\(dqhttps://example.org/rss.xml\(dq]" ,
.IR "voice = \(dqen\-gb\(dq" ,
.IR "max\-items = 5" ),
a line starting with
.B #
a comment. An option given on the command line wins over the file. A bad line, an unknown
key or a bad value is a usage error naming the file, the line and the key (exit code 2).
.B briefcast config \-\-example
prints a commented example for
.BR daily .
.B batch
records the hash of each article's input and settings in the output WAV's INFO comment, and a
rerun compares against that to skip what is up to date.
Outputs are written to a temporary file beside the target and renamed into place, so an
interrupted run never leaves a half-written file under the final name. Speech waiting to be
assembled is kept in an anonymous temporary file.
)";

const char* const kEnvironment = R"(.TP
.B ESPEAK_DATA_PATH
The folder holding eSpeak NG's
.I espeak\-ng\-data
folder, when it is not where the library was built to look.
.TP
.B XDG_CACHE_HOME
Where fetched pages and feeds are cached (see
.BR FILES ).
.TP
.BR http_proxy ", " https_proxy ", " no_proxy
Proxies for fetching URLs and feeds, as libcurl reads them.
.TP
.BR XDG_DATA_HOME ", " XDG_DATA_DIRS
Where sounds named by
.B \-\-chime
are looked up (see
.BR FILES ).
.TP
.B TZ
The time zone of the date in the default title and in the spoken intro.
)";

const char* const kExamples = R"(Speak two saved articles into a briefing, with chapter files for other players:
.PP
.RS
.EX
briefcast build first.txt second.html \-o briefing.wav \-\-chapters all
.EE
.RE
.PP
An audiobook file with the installed chime between stories and a slower voice:
.PP
.RS
.EX
briefcast build news/*.txt \-o briefing.m4b \-\-chime chime \-\-rate 150
.EE
.RE
.PP
One WAV per article on every core, then one briefing from them:
.PP
.RS
.EX
briefcast batch news/ \-\-out\-dir spoken/ \-\-combined briefing.wav
briefcast join spoken/a.wav spoken/b.wav \-o two.wav
.EE
.RE
.PP
See what the cleaner keeps from a copied page, and how a line will be spoken:
.PP
.RS
.EX
briefcast clean page.txt
echo \(aqMr. Smith paid $3.5 billion on Jan. 5.\(aq | briefcast normalize
.EE
.RE
.PP
List the voices, and speak a German article with one of them:
.PP
.RS
.EX
briefcast voices
briefcast build artikel.txt \-o artikel.wav \-\-voice de
.EE
.RE
)";

const char* const kSeeAlso = R"(.BR espeak\-ng (1),
.BR ffmpeg (1),
.BR ffprobe (1)
.PP
The README in
.I /usr/share/doc/briefcast/
describes the output formats, chapters and captions in more detail.
)";

std::string command_details(const std::string& command) {
  static const std::map<std::string, std::string> details = {
      {"build", R"(Each
.I article
(a file, or \fB\-\fR for standard input) becomes one chapter, in the order given: its headline,
a pause, then its body. The extension of \fB\-\-output\fR picks the format: WAV carries RIFF
cue points with a label per chapter; FLAC, Ogg Vorbis and Opus carry chapter comments; MP3
carries ID3v2 CHAP frames; M4A and M4B carry an MP4 chapter track.
)"},
      {"batch", R"(Inputs are files, folders (searched recursively for \fI.txt\fR, \fI.html\fR
and \fI.htm\fR files and files that look like HTML) and \fI@LIST\fR files with one path per line
(\fI@\-\fR reads the list from standard input). Each article gets its own worker process, so a
worker that crashes or runs past \fB\-\-timeout\fR costs only its article. A rerun skips the
outputs that are up to date, and Ctrl\-C keeps what is finished.
)"},
      {"join", R"(Each input WAV becomes one chapter, titled from its own chapter label or INFO
title.
)"},
      {"clean", R"(Prints the headline, a blank line, then one paragraph per line.
)"},
  };
  auto found = details.find(command);
  return found == details.end() ? std::string() : found->second;
}

}  // namespace briefcast::cli::man_prose
