// A stand-in for a public CDN that serves npm packages (jsDelivr, unpkg):
// the package's files on an origin of their own, with CORS for every
// origin and compressed as the browser asks (brotli or gzip), the way those
// CDNs answer. Records what it served, so a test can check the encoding.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { TYPES } from "../../../tools/serve.mjs";

// Brotli at a CDN's on-the-fly quality: at 11 the 300 KB wasm took
// seconds on a loaded test machine, longer than the tests wait.
const COMPRESS = {
  br: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => gzipSync(body),
};

/**
 * Serves `dir` on 127.0.0.1 (any free port), compressing with `encoding`
 * ("br" or "gzip") when the request accepts it. Resolves to
 * { origin, served: [{ path, encoding }], close() }.
 */
export async function startCdn({ dir, encoding }) {
  const root = resolve(dir);
  const served = [];
  // Each file compressed once, as a CDN keeps it.
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const cors = { "access-control-allow-origin": "*", "cross-origin-resource-policy": "cross-origin" };
    const file = join(root, normalize(decodeURIComponent(new URL(req.url, "http://cdn").pathname)));
    if (!file.startsWith(root + "/")) return res.writeHead(403, cors).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      let body = await readFile(file);
      const accepts = (req.headers["accept-encoding"] ?? "").split(/\s*,\s*/).map((e) => e.split(";")[0]);
      const used = accepts.includes(encoding) ? encoding : "identity";
      if (used !== "identity") {
        if (!compressed.has(file)) compressed.set(file, COMPRESS[used](body));
        body = compressed.get(file);
      }
      served.push({ path: file.slice(root.length), encoding: used });
      res.writeHead(200, {
        ...cors,
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "public, max-age=31536000, immutable",
        vary: "accept-encoding",
        ...(used === "identity" ? {} : { "content-encoding": used }),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { ...cors, "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    served,
    close: () => closeNow(server),
  };
}

/**
 * A partner's site: serves `pages` (path -> HTML) on 127.0.0.1, an origin
 * of its own. A real server, not a route in the test: Chromium lets a page
 * reach a loopback address (the CDN above) only from a loopback address.
 */
export async function startPartnerSite(pages) {
  const server = createServer((req, res) => {
    const html = pages[new URL(req.url, "http://site").pathname];
    if (html === undefined) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => closeNow(server) };
}

/**
 * Stops `server` now. `server.close()` alone waits for every connection the
 * browser still holds open: a request in flight when a test ends (a module
 * the page was still fetching) held one CI run for the whole test timeout.
 */
function closeNow(server) {
  const closed = new Promise((ok) => server.close(ok));
  server.closeAllConnections();
  return closed;
}
