// Cleaning time against page size, for copied text and for HTML. Pages are synthetic: one
// article-like unit (menu, headline, paragraphs, teasers) repeated to the wanted size, so
// the work per byte is the same at every size and the time should grow linearly.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include "clean/cleaner.h"
#include "model/error.h"

namespace briefcast {

namespace {

constexpr std::size_t kKilobyte = 1024;

const std::string kParagraph =
    "The regional water board said on Monday that reservoir levels had returned to normal after the wettest "
    "autumn in twenty years, and that the hosepipe ban would be lifted at the end of the week.";

std::string text_page(std::size_t bytes) {
  const std::string unit = "Home\nNews\nSport\nWeather\nShare\nFacebook\nReservoirs refill after wet autumn\n" + kParagraph +
                           "\n\n" + kParagraph + "\n\n" + kParagraph + "\nRelated\nTrains cancelled\n© County News\n";
  std::string page;
  page.reserve(bytes + unit.size());
  while (page.size() < bytes) page += unit;
  return page;
}

std::string html_page(std::size_t bytes) {
  const std::string unit = "<nav><a href=/>Home</a> <a href=/n>News</a></nav><div class=story><h2>Reservoirs refill</h2><p>" +
                           kParagraph + "</p><p>" + kParagraph + " <a href=/r>Report</a></p><figure><img src=a.jpg>"
                           "<figcaption>The reservoir</figcaption></figure><p>" + kParagraph + "</p></div>"
                           "<aside><ul><li><a href=/t>Trains cancelled</a></li></ul></aside>\n";
  std::string page = "<!DOCTYPE html><html lang=en><head><title>Reservoirs</title></head><body>";
  page.reserve(bytes + unit.size());
  while (page.size() < bytes) page += unit;
  return page + "</body></html>";
}

void run(benchmark::State& state, const std::string& page) {
  for (auto _ : state) {
    Article article = clean_article(page, "bench");
    benchmark::DoNotOptimize(article);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(page.size()));
  state.SetComplexityN(static_cast<std::int64_t>(page.size()));
}

void clean_text(benchmark::State& state) { run(state, text_page(static_cast<std::size_t>(state.range(0)) * kKilobyte)); }
void clean_html_page(benchmark::State& state) {
  run(state, html_page(static_cast<std::size_t>(state.range(0)) * kKilobyte));
}

}  // namespace

BENCHMARK(clean_text)->Arg(100)->Arg(1024)->Arg(4096)->Arg(16384)->Unit(benchmark::kMillisecond)->Complexity();
BENCHMARK(clean_html_page)->Arg(100)->Arg(1024)->Arg(4096)->Arg(16384)->Unit(benchmark::kMillisecond)->Complexity();

}  // namespace briefcast

BENCHMARK_MAIN();
