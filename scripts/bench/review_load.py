#!/usr/bin/env python3
"""Loads a review page in headless Chromium (Debian's chromium + chromedriver, over WebDriver with
the standard library only) and prints load figures as JSON: navigation, script setup, first page
image, a scroll through every page, the JS heap, the cost of a toggle and of an export.

Usage: review_load.py PAGE.html
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen(["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while True:
            try:
                if self.call("GET", "/status", session=False)["ready"]:
                    break
            except OSError:
                pass
            if time.time() > deadline:
                raise SystemExit("chromedriver did not start")
            time.sleep(0.1)
        self.profile = tempfile.mkdtemp(prefix="blackline-bench-chromium-")
        options = {"binary": "/usr/bin/chromium", "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--window-size=1400,1000", "--enable-precise-memory-info", f"--user-data-dir={self.profile}"]}
        value = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}}, session=False)
        self.session = value["sessionId"]

    def call(self, method, path, body=None, session=True):
        url = f"http://127.0.0.1:{self.port}" + (f"/session/{self.session}" if session else "") + path
        data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
        request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=300) as response:
            return json.load(response)["value"]

    def run(self, script, *args):
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def run_async(self, script, *args):
        return self.call("POST", "/execute/async", {"script": script, "args": list(args)})

    def quit(self):
        try:
            self.call("DELETE", "")
            self.call("GET", "/shutdown", session=False)
        except Exception:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def main():
    page = os.path.abspath(sys.argv[1])
    driver = Driver()
    try:
        driver.call("POST", "/timeouts", {"script": 300000})
        start = time.perf_counter()
        driver.call("POST", "/url", {"url": "file://" + page})
        navigate = time.perf_counter() - start
        timing = driver.run("""
            const n = performance.getEntriesByType('navigation')[0];
            return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                    setup: window.blacklineReview.timings.setup, scriptStart: window.blacklineReview.timings.scriptStart};""")
        first = driver.run_async("""
            const done = arguments[arguments.length - 1];
            const poll = () => window.blacklineReview.timings.firstImage !== null ? done(window.blacklineReview.timings.firstImage) : setTimeout(poll, 5);
            poll();""")
        heap_loaded = driver.run("return performance.memory ? performance.memory.usedJSHeapSize : null")
        # Scroll through every page, waiting until its image is decoded and shown.
        scroll = driver.run_async("""
            const done = arguments[arguments.length - 1];
            const pages = [...document.querySelectorAll('section.page')];
            const start = performance.now();
            let maxLive = 0, i = 0;
            const next = () => {
              if (i >= pages.length) { done({ms: performance.now() - start, pages: pages.length, maxLive}); return; }
              pages[i].scrollIntoView({block: 'start'});
              const img = pages[i].querySelector('img');
              const wait = () => {
                if (img.getAttribute('src') && img.complete && img.naturalWidth > 0) {
                  img.decode().then(() => {
                    maxLive = Math.max(maxLive, document.querySelectorAll('section.page img[src]').length);
                    i++; requestAnimationFrame(next);
                  });
                } else setTimeout(wait, 2);
              };
              wait();
            };
            next();""")
        heap_scrolled = driver.run("return performance.memory ? performance.memory.usedJSHeapSize : null")
        toggle = driver.run("""
            const id = JSON.parse(document.getElementById('review-data').textContent).findings[0].id;
            const t0 = performance.now();
            for (let k = 0; k < 10; k++) { window.blacklineReview.setDecision(id, k % 2 ? 'redact' : 'keep'); document.body.offsetHeight; }
            return (performance.now() - t0) / 10;""")
        export = driver.run("""
            const t0 = performance.now();
            const d = window.blacklineReview.decisions();
            return {ms: performance.now() - t0, redactions: d.redactions.length};""")
        findings = driver.run("return document.querySelectorAll('li.finding').length")
        print(json.dumps({
            "navigateSeconds": navigate, "domContentLoadedMs": timing["domContentLoaded"], "loadMs": timing["load"],
            "setupMs": timing["setup"], "firstImageMs": first, "scroll": scroll, "heapLoaded": heap_loaded,
            "heapScrolled": heap_scrolled, "toggleMs": toggle, "exportMs": export["ms"], "findings": findings,
        }))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
