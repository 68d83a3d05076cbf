// Tests of the static server (tools/serve.mjs): it serves its folder and
// its mounts, nothing outside them, and a bad request line never stops it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "./serve.mjs";

const dir = mkdtempSync(join(tmpdir(), "serve-test-"));
writeFileSync(join(dir, "index.html"), "<p>landing</p>");
mkdirSync(join(dir, "other"));
writeFileSync(join(dir, "other", "page.html"), "<p>mounted</p>");

// GETs `path` exactly as written (no URL normalizing on the way).
function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("serves the folder, its mounts and headers, and nothing outside", { timeout: 10_000 }, async () => {
  const server = await startServer({
    dir: join(dir, "other"),
    mounts: { "/site/": dir },
    headers: (url) => (url.searchParams.has("x") ? { "x-test": "1" } : {}),
  });
  const { port } = server.address();
  try {
    assert.equal((await get(port, "/page.html")).body, "<p>mounted</p>");
    const landing = await get(port, "/site/");
    assert.equal(landing.body, "<p>landing</p>");
    assert.match(landing.type, /^text\/html/);
    assert.equal((await get(port, "/missing.js")).status, 404);
    assert.notEqual((await get(port, "/../../etc/passwd")).status, 200);
    assert.notEqual((await get(port, "/%2e%2e/%2e%2e/etc/passwd")).status, 200);
  } finally {
    server.close();
  }
});

test("a request line that is no path gets 400, and the server goes on", { timeout: 10_000 }, async () => {
  const server = await startServer({ dir });
  const { port } = server.address();
  try {
    assert.equal((await get(port, "//")).status, 400);
    assert.equal((await get(port, "/%E0%A4%A")).status, 400);
    assert.equal((await get(port, "/")).body, "<p>landing</p>");
  } finally {
    server.close();
  }
});

test("html() rewrites HTML pages only", { timeout: 10_000 }, async () => {
  writeFileSync(join(dir, "plain.js"), "<p>not a page</p>");
  const server = await startServer({ dir, html: (text, path) => `${text}<!-- ${path} -->` });
  const { port } = server.address();
  try {
    assert.equal((await get(port, "/")).body, "<p>landing</p><!-- /index.html -->");
    assert.equal((await get(port, "/plain.js")).body, "<p>not a page</p>");
  } finally {
    server.close();
  }
});
