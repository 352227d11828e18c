// Finding briefcast's installed data (the chime) by name, so that `--chime chime` works
// wherever the program is installed, as well as `--chime path/to/sound.wav`.
#pragma once

#include <string>
#include <vector>

namespace briefcast::cli {

// The folders searched for a named sound, in order: $XDG_DATA_HOME/briefcast (default
// ~/.local/share/briefcast), the installation's share/briefcast found from this executable's
// own location, then briefcast/ under each of $XDG_DATA_DIRS (default /usr/local/share and
// /usr/share). Folders that do not exist are left out.
std::vector<std::string> sound_folders();

// `value` itself when it names an existing file or contains a '/'; otherwise the first
// "<folder>/<value>" or "<folder>/<value>.wav" that exists in sound_folders(). Throws an input
// Error naming the folders searched when there is none.
std::string find_sound(const std::string& value);

}  // namespace briefcast::cli
