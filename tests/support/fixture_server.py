#!/usr/bin/env python3
"""A loopback HTTP server for the fetch and feed tests.

Binds 127.0.0.1 on an ephemeral port, prints "PORT <n>" on its first line, and serves files
from --root. It exits when its standard input closes, so it never outlives the test that
started it. Besides plain files (with ETag and Last-Modified, answering conditional requests
with 304), it has routes for every failure the fetcher must survive:

  /status/<code>            that status, with a small body
  /redirect/<n>/<path>      n redirects, then <path>
  /loop                     redirects to itself forever
  /to-file                  redirects to file:///etc/passwd
  /slow/<seconds>/<path>    waits, then serves <path>
  /huge                     20 MiB with no Content-Length (the cap must count bytes)
  /huge-declared            declares 20 MiB in Content-Length
  /gzip/<path>              <path> gzip-compressed (Content-Encoding: gzip)
  /gzip-bomb                40 MiB of spaces, compressed to a few KiB
  /charset/<label>/<path>   <path> with "text/html; charset=<label>"
  /type/<a>/<b>/<path>      <path> with Content-Type a/b
  /nocache/<path>           <path> without validators
  /headers                  JSON: the request's headers
  /stats                    JSON: per path, how many 200 and 304 answers were sent
"""
import argparse
import gzip
import hashlib
import http.server
import json
import os
import sys
import threading
import time
from email.utils import formatdate

STATS = {}
LOCK = threading.Lock()


def count(path, status):
    with LOCK:
        STATS.setdefault(path, {}).setdefault(str(status), 0)
        STATS[path][str(status)] += 1


def guess_type(path):
    if path.endswith(".html") or path.endswith(".htm"):
        return "text/html; charset=utf-8"
    if path.endswith(".xml") or path.endswith(".rss") or path.endswith(".atom"):
        return "application/xml"
    if path.endswith(".opml"):
        return "text/x-opml"
    return "text/plain; charset=utf-8"


class Handler(http.server.BaseHTTPRequestHandler):
    root = "."
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    # Every answer is counted before it is sent: a client that reads /stats right after an
    # answer must find it counted (counting after the write raced with that read).
    def send_bytes(self, status, body, content_type="text/plain", headers=None, length=True):
        count(self.path, status)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location):
        count(self.path, 302)
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def serve_file(self, rel, content_type=None, validators=True, transform=None, extra=None):
        full = os.path.normpath(os.path.join(self.root, rel.lstrip("/")))
        if not full.startswith(os.path.abspath(self.root)) or not os.path.isfile(full):
            self.send_bytes(404, b"not found")
            return
        with open(full, "rb") as f:
            body = f.read()
        headers = dict(extra or {})
        if validators:
            etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
            modified = formatdate(os.path.getmtime(full), usegmt=True)
            headers["ETag"] = etag
            headers["Last-Modified"] = modified
            if self.headers.get("If-None-Match") == etag or (
                    "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == modified):
                count(self.path, 304)
                self.send_response(304)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                return
        if transform:
            body = transform(body)
        self.send_bytes(200, body, content_type or guess_type(full), headers)

    def stream_huge(self):
        count(self.path, 200)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
        try:
            for _ in range(20 * 16):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def do_GET(self):
        parts = self.path.split("/", 4)
        route = parts[1] if len(parts) > 1 else ""
        if self.path == "/stats":
            with LOCK:
                body = json.dumps(STATS).encode()
            self.send_bytes(200, body, "application/json")
        elif self.path == "/headers":
            self.send_bytes(200, json.dumps(dict(self.headers.items())).encode(), "application/json")
        elif route == "status":
            self.send_bytes(int(parts[2]), b"failure page", "text/html")
        elif route == "redirect":
            n = int(parts[2])
            rest = "/".join(parts[3:])
            self.redirect("/redirect/%d/%s" % (n - 1, rest) if n > 1 else "/" + rest)
        elif self.path == "/loop":
            self.redirect("/loop")
        elif self.path == "/to-file":
            self.redirect("file:///etc/passwd")
        elif route == "slow":
            time.sleep(float(parts[2]))
            self.serve_file("/".join(parts[3:]))
        elif self.path == "/huge":
            self.stream_huge()
        elif self.path == "/huge-declared":
            count(self.path, 200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(20 * 1024 * 1024))
            self.end_headers()
            self.close_connection = True
        elif route == "gzip":
            self.serve_file("/" + "/".join(parts[2:]), transform=gzip.compress, extra={"Content-Encoding": "gzip"})
        elif self.path == "/gzip-bomb":
            body = gzip.compress(b" " * (40 * 1024 * 1024))
            self.send_bytes(200, body, "text/html", {"Content-Encoding": "gzip"})
        elif route == "charset":
            self.serve_file("/" + "/".join(parts[3:]), "text/html; charset=" + parts[2])
        elif route == "type":
            self.serve_file("/" + parts[4], parts[2] + "/" + parts[3])
        elif route == "nocache":
            self.serve_file("/" + "/".join(parts[2:]), validators=False)
        else:
            self.serve_file(self.path.split("?", 1)[0])


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # parallel fetches on a loaded machine must not be refused

    def handle_error(self, request, client_address):
        pass  # clients that hang up early (timeouts, size caps) are what the tests are about


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    Handler.root = os.path.abspath(args.root)
    server = Server(("127.0.0.1", 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # returns when the test closes our standard input (or dies)
    os._exit(0)


if __name__ == "__main__":
    main()
