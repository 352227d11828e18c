// briefcast: turns news articles into a spoken audio briefing with chapters.
#include <CLI/CLI.hpp>

#include <csignal>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "cli/common_options.h"
#include "cli/config_file.h"
#include "io/atomic_output.h"
#include "model/error.h"

int main(int argc, char** argv) {
  using namespace briefcast::cli;
  CLI::App app{"briefcast: turn news articles (copied page text or HTML) into a spoken audio briefing\n"
               "with a chapter per article.",
               "briefcast"};
  app.set_version_flag("--version", version_text, "Print the version, and those of eSpeak NG and libsndfile, and exit");
  app.require_subcommand(1);
  app.footer("Exit codes: 0 ok, 1 an input or output failed, 2 usage error.");

  Action action;
  add_build_command(app, action);
  add_clean_command(app, action);
  add_segment_command(app, action);
  add_normalize_command(app, action);
  add_voices_command(app, action);
  add_batch_command(app, action);
  add_join_command(app, action);
  add_publish_command(app, action);
  add_daily_command(app, action);
  add_feed_command(app, action);
  add_completion_command(app, action);
  add_config_command(app, action);
  add_help_command(app, action);
  enable_config_files(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ConfigError& e) {
    report_error(e.what());  // "FILE:LINE: KEY: problem"
    return kExitUsage;
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  briefcast::install_interrupt_cleanup();
  // Past a file-size limit (ulimit -f) a write then fails with EFBIG, reported like a full
  // disk, instead of SIGXFSZ killing the process with its temporary files left behind.
  std::signal(SIGXFSZ, SIG_IGN);
  try {
    return action ? action() : kExitUsage;
  } catch (const briefcast::Error& e) {
    report_error(e);
    return e.stage() == briefcast::Stage::kUsage ? kExitUsage : kExitFailed;
  } catch (const std::exception& e) {
    report_error(std::string("internal error: ") + e.what());
    return kExitFailed;
  }
}
