// The end-to-end tests' server: the built bundle (dist/) as tools/serve.mjs
// serves it, with the test pages (a partner's page with the snippet, and so
// on) under /pages/ beside it, and content security policies on request.
//   node tests/e2e/serve.mjs [dir] [port]
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer as startStaticServer } from "../../tools/serve.mjs";

export { TYPES } from "../../tools/serve.mjs";

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

function policy(url, path) {
  const name = path === "/pages/hostile.html" ? "strict" : url.searchParams.get("policy");
  // ?policy=strict: any page under the strict policy above.
  if (name === "strict") return { "content-security-policy": STRICT_CSP };
  // ?policy=no-wasm: without 'wasm-unsafe-eval', so the app cannot start.
  if (name === "no-wasm") return { "content-security-policy": STRICT_CSP.replace(" 'wasm-unsafe-eval'", "") };
  return {};
}

/** `headers(url)` adds a test's own response headers. */
export function startServer({ dir, port = 0, headers = () => ({}) }) {
  return startStaticServer({
    dir,
    port,
    mounts: { "/pages/": PAGES },
    headers: (url, path) => ({ ...policy(url, path), ...headers(url) }),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const dir = process.argv[2] ?? join(here, "../../dist");
  const port = Number(process.argv[3] ?? 8080);
  const server = await startServer({ dir, port });
  console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}/`);
}
