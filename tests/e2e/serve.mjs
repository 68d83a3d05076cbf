// A small static file server for the built bundle, on 127.0.0.1 only.
// Used by the Playwright tests (and handy by hand):
//   node tests/e2e/serve.mjs [dir] [port]
// Extra response headers per path can be added by tests via startServer().
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Content types by extension (the benchmark's server uses them too).
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".ftl": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

// Test pages (a partner's page with the snippet, and so on) are served
// under /pages/ beside the bundle.
const PAGES = fileURLToPath(new URL("./pages", import.meta.url));

// The strict policy the README tells partners is enough. The hostile test
// page is served with it, so anything more the widget needed would break.
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function startServer({ dir, port = 0, headers = () => ({}) }) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith("/")) path += "index.html";
    const pages = path.startsWith("/pages/");
    const root = resolve(pages ? PAGES : dir);
    const file = join(root, pages ? path.slice("/pages".length) : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        ...(path === "/pages/hostile.html" ? { "content-security-policy": STRICT_CSP } : {}),
        // ?policy=strict: any page under the strict policy above.
        // ?policy=no-wasm: a policy without 'wasm-unsafe-eval', so the app
        // cannot start.
        ...(url.searchParams.get("policy") === "strict" ? { "content-security-policy": STRICT_CSP } : {}),
        ...(url.searchParams.get("policy") === "no-wasm"
          ? { "content-security-policy": STRICT_CSP.replace(" 'wasm-unsafe-eval'", "") }
          : {}),
        ...headers(url),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const dir = process.argv[2] ?? join(here, "../../dist");
  const port = Number(process.argv[3] ?? 8080);
  const server = await startServer({ dir, port });
  console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}/`);
}
