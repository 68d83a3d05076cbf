// The benchmark's static server, on 127.0.0.1 only: serves dist/ and the
// benchmark's own pages (tests/bench/pages/ under /bench/) the way a real
// host would, so byte counts and cold/warm caching mean something:
// - brotli Content-Encoding when the browser accepts it (quality 11,
//   compressed once per file), with Content-Length and Vary; or gzip
//   (level 9) instead, for a host without brotli (`encoding: "gzip"`);
// - a strong ETag and If-None-Match -> 304;
// - Cache-Control: HTML pages "no-cache" (revalidated every time), the
//   bundle's files "public, max-age=600" (names are stable, as on GitHub
//   Pages). BENCH_CACHE=revalidate serves everything "no-cache".
// Every response is logged (path, status, encoded body bytes), for the
// benchmark to cross-check what the browser reports.
//   node tests/bench/server.mjs [port]   (default 4832)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TYPES } from "../../tools/serve.mjs";

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".ftl", ".md", ".svg"]);

export const DIST = fileURLToPath(new URL("../../dist", import.meta.url));
const PAGES = fileURLToPath(new URL("./pages", import.meta.url));

// path -> { mtimeMs, raw, br, etag }
const cache = new Map();

async function load(file) {
  const info = await stat(file);
  if (!info.isFile()) throw new Error("not a file");
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
  const raw = await readFile(file);
  const br = COMPRESSIBLE.has(extname(file))
    ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
    : null;
  const gzip = COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level: 9 }) : null;
  const etag = `"${createHash("sha1").update(raw).digest("base64url").slice(0, 20)}"`;
  const entry = { mtimeMs: info.mtimeMs, size: info.size, raw, br, gzip, etag };
  cache.set(file, entry);
  return entry;
}

export function startServer({ dir = DIST, port = 0, cacheMode = process.env.BENCH_CACHE, encoding = "br" } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith("/")) path += "index.html";
    const ours = path.startsWith("/bench/");
    const root = resolve(ours ? PAGES : dir);
    const file = join(root, ours ? path.slice("/bench".length) : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let entry;
    try {
      entry = await load(file);
    } catch {
      log.push({ path, status: 404, bytes: 0 });
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const html = extname(file) === ".html";
    // The benchmark's pages take ?lang=xx for the badge's language.
    if (ours && html && entry.raw.includes("{{LANG}}")) {
      const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(url.searchParams.get("lang") ?? "") ? url.searchParams.get("lang") : "en";
      const raw = Buffer.from(entry.raw.toString("utf8").replaceAll("{{LANG}}", lang));
      entry = {
        raw,
        br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        gzip: gzipSync(raw, { level: 9 }),
        etag: `"${createHash("sha1").update(raw).digest("base64url").slice(0, 20)}"`,
      };
    }
    const headers = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": html || cacheMode === "revalidate" ? "no-cache" : "public, max-age=600",
      etag: entry.etag,
      vary: "Accept-Encoding",
    };
    if (req.headers["if-none-match"] === entry.etag) {
      log.push({ path, status: 304, bytes: 0 });
      res.writeHead(304, headers).end();
      return;
    }
    const accepts = (name) => new RegExp(`\\b${name}\\b`).test(req.headers["accept-encoding"] ?? "");
    const used = encoding === "gzip" ? (entry.gzip && accepts("gzip") ? "gzip" : null) : entry.br && accepts("br") ? "br" : null;
    const body = used ? entry[used] : entry.raw;
    if (used) headers["content-encoding"] = used;
    headers["content-length"] = body.length;
    log.push({ path, status: 200, bytes: body.length, encoding: used ?? "identity" });
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok({ server, log, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startServer({ port: Number(process.argv[2] ?? 4832) });
  console.log(`Serving ${DIST} (and tests/bench/pages/ under /bench/) with brotli at ${origin}/`);
}
