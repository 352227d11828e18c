// The article half of sources: files, page URLs and feed items to articles.
#include "sources/article_sources.h"

#include "fetch/fetched_text.h"
#include "io/article_input.h"

namespace briefcast {

namespace {

SourcedArticle failed(const std::string& source, const Error& error) {
  SourcedArticle out;
  out.source = source;
  out.error = error;
  return out;
}

SourcedArticle from_file(const std::string& path, const CleanConfig& clean) {
  SourcedArticle out;
  out.source = path;
  try {
    out.content_key = read_article_bytes(path);
    out.article = clean_article(out.content_key, path, clean);
  } catch (const Error& e) {
    return failed(path, e);
  }
  return out;
}

Article article_from_page(const FetchResult& page, const CleanConfig& clean) {
  if (page.error) throw *page.error;
  return clean_article(fetched_article_text(page), page.url, clean);
}

// The feed's own full text as an article, when it is one.
std::optional<Article> article_from_item_text(const FeedItem& item, const std::string& source, CleanConfig clean) {
  if (item.content_html.empty()) return std::nullopt;
  clean.force_html = true;
  clean.force_text = false;
  try {
    return clean_article(item.content_html, source, clean);
  } catch (const Error&) {
    return std::nullopt;  // not an article (a teaser, a link list): the page's error stands
  }
}

SourcedArticle from_item(const FeedItem& item, const FetchResult* page, const CleanConfig& clean) {
  SourcedArticle out;
  out.source = !item.link.empty() ? item.link : !item.guid.empty() ? item.guid : item.feed_source;
  std::string page_problem = "the item has no link";
  if (page != nullptr) {
    try {
      out.article = article_from_page(*page, clean);
      out.content_key = page->body;
    } catch (const Error& e) {
      page_problem = e.message();
    }
  }
  if (!out.article) {
    out.article = article_from_item_text(item, out.source, clean);
    if (!out.article) {
      const char* fallback = item.content_html.empty() ? "; the feed gives no full text"
                                                       : "; the feed's full text is not an article either";
      return failed(out.source, Error::input(out.source, page_problem + fallback));
    }
    out.content_key = item.content_html;
  }
  if (!item.title.empty()) out.article->title = item.title;  // the publisher's own headline
  out.article->metadata.source_path = out.source;
  out.content_key = item.title + '\n' + out.content_key;
  return out;
}

}  // namespace

std::vector<SourcedArticle> load_item_articles(const std::vector<FeedItem>& items, const SourceConfig& config) {
  std::vector<std::string> urls;
  for (const FeedItem& item : items) {
    if (!item.link.empty()) urls.push_back(item.link);
  }
  const std::vector<FetchResult> pages = fetch_all(urls, config.fetch);
  std::vector<SourcedArticle> out;
  std::size_t next = 0;
  for (const FeedItem& item : items) {
    const FetchResult* page = item.link.empty() ? nullptr : &pages[next++];
    out.push_back(from_item(item, page, config.clean));
  }
  return out;
}

std::vector<SourcedArticle> load_sources(const std::vector<std::string>& inputs, const SourceConfig& config) {
  FeedListing listing;
  if (!config.feeds.empty() || !config.opml_files.empty()) listing = list_feed_items(config);

  // The pages named directly, all in one parallel fetch.
  std::vector<std::string> urls;
  for (const std::string& input : inputs) {
    if (is_web_input(input)) urls.push_back(input);
  }
  const std::vector<FetchResult> pages = fetch_all(urls, config.fetch);

  std::vector<SourcedArticle> out;
  std::size_t next = 0;
  for (const std::string& input : inputs) {
    if (!is_web_input(input)) {
      out.push_back(from_file(input, config.clean));
      continue;
    }
    const FetchResult& page = pages[next++];
    SourcedArticle article;
    article.source = input;
    try {
      article.article = article_from_page(page, config.clean);
      article.content_key = page.body;
    } catch (const Error& e) {
      article = failed(input, e);
    }
    out.push_back(std::move(article));
  }
  for (const Error& error : listing.errors) out.push_back(failed(error.path(), error));
  for (SourcedArticle& item : load_item_articles(listing.items, config)) out.push_back(std::move(item));
  return out;
}

}  // namespace briefcast
