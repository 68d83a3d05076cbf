// Build step (.ci/build, after both bundles): writes dist/kiosk-sw.js, the
// kiosk's service worker (web/kiosk/kiosk-sw.js), with the files it caches
// and a version that changes whenever any of them does.
//   node tools/kiosk-sw.mjs [dist]
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The kiosk page, every file of its folder kiosk/ (its bundle and
 * scripts, so a file added there is cached too) but the QR code's result
 * page, which opens on a patient's phone, and every language, as paths in
 * `dist`. */
export function kioskFiles(dist) {
  const bundle = readdirSync(join(dist, "kiosk"))
    .filter((file) => !file.startsWith("result"))
    .sort();
  const languages = readdirSync(join(dist, "locales"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `locales/${entry.name}/main.ftl`)
    .sort();
  return ["kiosk.html", ...bundle.map((file) => `kiosk/${file}`), ...languages];
}

/** Writes `dist`/kiosk-sw.js; returns its version. */
export function writeKioskWorker(dist) {
  const files = kioskFiles(dist);
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(dist, file))).update("\0");
  const version = hash.digest("hex").slice(0, 16);
  const template = readFileSync(fileURLToPath(new URL("../web/kiosk/kiosk-sw.js", import.meta.url)), "utf8");
  const worker = template
    .replace('const VERSION = "dev";', `const VERSION = ${JSON.stringify(version)};`)
    .replace("const FILES = [];", `const FILES = ${JSON.stringify(files)};`);
  if (!worker.includes(version) || !worker.includes('"kiosk.html"')) {
    throw new Error("kiosk-sw: web/kiosk/kiosk-sw.js lacks `const VERSION = \"dev\";` or `const FILES = [];`");
  }
  writeFileSync(join(dist, "kiosk-sw.js"), worker);
  return version;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? fileURLToPath(new URL("../dist", import.meta.url));
  console.log(`kiosk service worker: version ${writeKioskWorker(dist)}`);
}
