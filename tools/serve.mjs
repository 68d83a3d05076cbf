// A small static file server for the built bundle, on 127.0.0.1 only.
//   node tools/serve.mjs [dir] [port]     (default: dist/ on 8080)
// `.ci/serve` runs it; the end-to-end tests (tests/e2e/serve.mjs) start it
// with their own test pages mounted beside the bundle and extra headers, and
// the engine tests (tests/engines/) with their error recorder in each page.
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

/**
 * Serves `dir` on `port` (0: any free one). `mounts` maps a path prefix
 * such as "/pages/" to another folder; `headers(url, path)` adds response
 * headers; `html(text, path)` rewrites each HTML page before it is sent
 * (tests only). Resolves to the listening server.
 */
export function startServer({ dir, port = 0, mounts = {}, headers = () => ({}), html }) {
  const server = createServer(async (req, res) => {
    // A request line that is no path ("//", a bad %-escape) is refused,
    // never a crash of the server.
    let url;
    let path;
    try {
      url = new URL(req.url, "http://127.0.0.1");
      path = normalize(decodeURIComponent(url.pathname));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const root = resolve(prefix ? mounts[prefix] : dir);
    const file = join(root, prefix ? path.slice(prefix.length - 1) : path);
    // Nothing outside the folder, whatever the path says.
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
      let body = await readFile(file);
      if (html && extname(file) === ".html") body = html(body.toString("utf8"), path);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        ...headers(url, path),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url));
  const port = Number(process.argv[3] ?? 8080);
  const server = await startServer({ dir, port });
  console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}/ (Ctrl+C stops it)`);
}
