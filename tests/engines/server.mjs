// The engine tests' server: the built bundle (dist/) as tools/serve.mjs
// serves it, with an error recorder (page/errors.js) added to the head of
// every HTML page, because WebKitWebDriver cannot read a console.
//   node tests/engines/server.mjs [dir] [port]
import { fileURLToPath } from "node:url";
import { startServer } from "../../tools/serve.mjs";

const PAGE = fileURLToPath(new URL("./page/", import.meta.url));
export const RECORDER = '<script src="/__engines/errors.js"></script>';

/** Right after <meta charset>, before any of the page's own scripts. */
export function addRecorder(text) {
  const charset = /<meta charset[^>]*>/i;
  return charset.test(text) ? text.replace(charset, (tag) => tag + RECORDER) : RECORDER + text;
}

export function startEngineServer({ dir, port = 0 }) {
  return startServer({ dir, port, mounts: { "/__engines/": PAGE }, html: addRecorder });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? fileURLToPath(new URL("../../dist", import.meta.url));
  const server = await startEngineServer({ dir, port: Number(process.argv[3] ?? 8080) });
  console.log(`Serving ${dir} with the error recorder at http://127.0.0.1:${server.address().port}/`);
}
