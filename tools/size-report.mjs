// Size report for the built bundle: raw, gzip and brotli bytes of every file
// in dist/, and the budget for what a visitor downloads (wasm + JS + CSS),
// which it asserts. Run after `trunk build --release`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
// Budget for wasm + JS + CSS, brotli (issue 7: 100 KB).
const BUDGET_BROTLI = 100 * 1024;
// The embed loader, which every visitor of a partner's page downloads.
const LOADER_BUDGET_BROTLI = 2 * 1024;
// Each other language, downloaded when a patient picks it.
const LANGUAGE_BUDGET_BROTLI = 10 * 1024;
// Every language the widget speaks: the tags in src/i18n.rs, as many as
// its `LANGUAGES: [Language; N]` says (a tag written some other way would
// be missed, and the sizes of its file with it).
const i18nSource = readFileSync(fileURLToPath(new URL("../src/i18n.rs", import.meta.url)), "utf8");
const LANGUAGES = [...i18nSource.matchAll(/tag: "([^"]+)"/g)].map((m) => m[1]);
const languageCount = Number(i18nSource.match(/LANGUAGES: \[Language; (\d+)\]/)?.[1]);
if (LANGUAGES.length !== languageCount) {
  console.error(
    `size report: src/i18n.rs has ${languageCount} languages in LANGUAGES, found the tags ${LANGUAGES.join(", ")}`,
  );
  process.exit(1);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(dist)
  .sort()
  .map((path) => {
    const body = readFileSync(path);
    return {
      file: relative(dist, path),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
  });

const pad = (s, n) => String(s).padStart(n);
console.log(`${"file".padEnd(44)}${pad("raw", 10)}${pad("gzip", 10)}${pad("brotli", 10)}`);
for (const r of rows) {
  console.log(`${r.file.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
}
// What a visitor of a partner's page downloads: the loader, then the app.
// (The demo, partners and iframe pages are not counted.)
const VISITOR_FILES = ["widget.js", "connected-care-widget.js", "connected-care-widget_bg.wasm", "style.css"];
const app = rows.filter((r) => VISITOR_FILES.includes(r.file));
const total = (key) => app.reduce((sum, r) => sum + r[key], 0);
console.log(
  `${"visitor total (wasm + JS + CSS)".padEnd(44)}${pad(total("raw"), 10)}${pad(total("gzip"), 10)}${pad(total("brotli"), 10)}`,
);
console.log(`budget: ${total("brotli")} of ${BUDGET_BROTLI} bytes brotli`);
if (app.length !== VISITOR_FILES.length) {
  console.error(`size report: expected ${VISITOR_FILES.join(", ")} in dist/; build first`);
  process.exit(1);
}
const loader = rows.find((r) => r.file === "widget.js");
if (!loader) {
  console.error("size report: no widget.js in dist/");
  process.exit(1);
}
console.log(`loader: ${loader.brotli} of ${LOADER_BUDGET_BROTLI} bytes brotli`);
// The way out: fetched by the loader only when the app does not show in time.
const wayOut = rows.find((r) => r.file === "way-out.js");
if (wayOut) console.log(`way out (only when the app does not load): ${wayOut.brotli} bytes brotli`);
const languages = rows.filter((r) => /^locales\/[^/]+\/main\.ftl$/.test(r.file) && !r.file.includes("/en/"));
for (const r of languages) {
  console.log(`language ${r.file.split("/")[1]}: ${r.brotli} of ${LANGUAGE_BUDGET_BROTLI} bytes brotli when chosen`);
}
// Read-aloud's module: fetched on the first press of Listen, by the few who press it.
const speechModule = rows.filter((r) => r.file.startsWith("speech/"));
if (speechModule.length) {
  const bytes = speechModule.reduce((sum, r) => sum + r.brotli, 0);
  console.log(`read-aloud module (only on the first press of Listen): ${bytes} bytes brotli`);
}
const kioskWasm = rows.find((r) => r.file === "kiosk/connected-care-widget_bg.wasm");
if (kioskWasm) console.log(`kiosk wasm: ${kioskWasm.brotli} bytes brotli`);
// A str slice that may panic (`&text[a..b]`) brings str's slice panic and
// its message formatting into the wasm, about 3.7 KB brotli: say where it
// came from, so that it is not taken for the cost of the change that did it
// (see vendor/yew/PATCHED.md).
const SLICE_PANIC = "is not a char boundary";
const mainWasm = readFileSync(join(dist, "connected-care-widget_bg.wasm"));
if (mainWasm.includes(SLICE_PANIC)) {
  console.log(
    "note: the main wasm has str's slice panic (about 3.7 KB brotli): some `&s[a..b]` on a str; " +
      "use s.get(a..b), strip_prefix or byte slices (vendor/yew/PATCHED.md)",
  );
}
const missing = LANGUAGES.filter((tag) => !rows.some((r) => r.file === `locales/${tag}/main.ftl`));
if (missing.length) {
  console.error(`size report: no locales/<tag>/main.ftl in dist/ for ${missing.join(", ")}`);
  process.exit(1);
}
for (const r of languages.filter((r) => r.brotli > LANGUAGE_BUDGET_BROTLI)) {
  console.error(`language budget exceeded: ${r.file} ${r.brotli} > ${LANGUAGE_BUDGET_BROTLI} bytes brotli`);
  process.exit(1);
}
if (loader.brotli > LOADER_BUDGET_BROTLI) {
  console.error(`loader budget exceeded: ${loader.brotli} > ${LOADER_BUDGET_BROTLI} bytes brotli`);
  process.exit(1);
}
if (total("brotli") > BUDGET_BROTLI) {
  console.error(`size budget exceeded: ${total("brotli")} > ${BUDGET_BROTLI} bytes brotli`);
  process.exit(1);
}
