#!/usr/bin/python3
"""Reads a podcast feed with real clients and prints what they saw as JSON.

  podcast_clients.py feedparser FEED.xml      python3-feedparser: bozo flag, channel, entries
  podcast_clients.py newsboat URL WORKDIR     newsboat fetches URL (a loopback server), then
                                              its cache lists the items it stored
"""
import json
import os
import sqlite3
import subprocess
import sys


def with_feedparser(path):
    import feedparser

    with open(path, "rb") as f:
        parsed = feedparser.parse(f.read())
    entries = []
    for entry in parsed.entries:
        enclosure = entry.enclosures[0] if entry.get("enclosures") else {}
        entries.append({
            "title": entry.get("title", ""),
            "id": entry.get("id", ""),
            "published": entry.get("published", ""),
            "duration": entry.get("itunes_duration", ""),
            "enclosure_url": enclosure.get("href", ""),
            "enclosure_length": enclosure.get("length", ""),
            "enclosure_type": enclosure.get("type", ""),
            "description": entry.get("summary", ""),
        })
    return {
        "bozo": bool(parsed.bozo),
        "bozo_exception": str(parsed.get("bozo_exception", "")),
        "version": parsed.get("version", ""),
        "title": parsed.feed.get("title", ""),
        "entries": entries,
    }


def with_newsboat(url, workdir):
    urls = os.path.join(workdir, "urls")
    cache = os.path.join(workdir, "cache.db")
    with open(urls, "w") as f:
        f.write(url + "\n")
    env = dict(os.environ, HOME=workdir)
    run = subprocess.run(["newsboat", "-u", urls, "-c", cache, "-x", "reload", "print-unread"],
                         env=env, capture_output=True, text=True, timeout=60)
    items = []
    if os.path.exists(cache):
        db = sqlite3.connect(cache)
        items = [{"title": t, "enclosure_url": e} for t, e in
                 db.execute("SELECT title, enclosure_url FROM rss_item ORDER BY pubDate DESC")]
        db.close()
    return {"exit_code": run.returncode, "output": run.stdout.strip(), "error": run.stderr.strip(), "items": items}


if __name__ == "__main__":
    if sys.argv[1] == "feedparser":
        print(json.dumps(with_feedparser(sys.argv[2])))
    else:
        print(json.dumps(with_newsboat(sys.argv[2], sys.argv[3])))
