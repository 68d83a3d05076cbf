// Builds the WordPress plugin from the built bundle: copies the plugin's
// source (wordpress/connected-care/), the files a visitor's browser needs
// from dist/ (run `bash .ci/build` first), and languages.json (each
// language's name and start title, from locales/), into
// wordpress/build/connected-care/, then zips that folder as
// wordpress/build/connected-care.zip.
//
//   node wordpress/build.mjs [--version 1.2.3]
//
// With --version (the release's, from its one source), the copy's plugin
// header, CONNECTED_CARE_VERSION, readme.txt's stable tag and block.json
// say that version; without, the source's own. Prints the zip's path and
// size.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCE = `${ROOT}wordpress/connected-care/`;
const DIST = `${ROOT}dist/`;
const OUT = `${ROOT}wordpress/build/`;
const PLUGIN = `${OUT}connected-care/`;

// What the badge and inline modes fetch (web/loader/widget.js and the
// app), beside the loader: no pages, no kiosk.
// way-out.js: what the dialog says when the app does not come; speech/:
// read-aloud's module, fetched on the first press of Listen.
const BUNDLE = [
  "widget.js",
  "connected-care-widget.js",
  "connected-care-widget_bg.wasm",
  "style.css",
  "way-out.js",
  "speech/connected-care-speech.js",
  "speech/connected-care-speech_bg.wasm",
];

/** The version the plugin's source states (CONNECTED_CARE_VERSION). */
export function sourceVersion(php = readFileSync(`${SOURCE}connected-care.php`, "utf8")) {
  const version = php.match(/define\( 'CONNECTED_CARE_VERSION', '([^']+)' \)/)?.[1];
  if (!version) throw new Error("connected-care.php defines no CONNECTED_CARE_VERSION");
  return version;
}

/** Each language's name in itself and its start title, by tag, English first (as src/i18n.rs). */
export function languages(locales = `${ROOT}locales/`) {
  const names = readFileSync(`${locales}languages.ftl`, "utf8");
  const result = {};
  for (const [, tag, name] of names.matchAll(/^language-([A-Za-z-]+) = (.+)$/gm)) {
    const ftl = readFileSync(`${locales}${tag}/main.ftl`, "utf8");
    const title = ftl.match(/^start-title = (.+)$/m)?.[1];
    if (!title) throw new Error(`locales/${tag}/main.ftl has no start-title`);
    result[tag] = { name: name.trim(), title: title.trim() };
  }
  if (!result.en) throw new Error("locales/languages.ftl names no English");
  return result;
}

/** Writes `version` everywhere the plugin copy in `dir` states its own. */
export function stampVersion(dir, version) {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`not a version: ${version}`);
  const edits = {
    "connected-care.php": [
      [/^( \* Version:\s+).+$/m, `$1${version}`],
      [/define\( 'CONNECTED_CARE_VERSION', '[^']+' \)/, `define( 'CONNECTED_CARE_VERSION', '${version}' )`],
    ],
    "readme.txt": [[/^Stable tag: .+$/m, `Stable tag: ${version}`]],
    "block.json": [[/"version": "[^"]+"/, `"version": "${version}"`]],
  };
  for (const [file, replacements] of Object.entries(edits)) {
    let text = readFileSync(dir + file, "utf8");
    for (const [pattern, replacement] of replacements) {
      if (!pattern.test(text)) throw new Error(`${file}: no ${pattern}`);
      text = text.replace(pattern, replacement);
    }
    writeFileSync(dir + file, text);
  }
}

function build(version) {
  for (const file of BUNDLE) {
    if (!existsSync(DIST + file)) throw new Error(`dist/${file} is missing: run bash .ci/build first`);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(PLUGIN, { recursive: true });
  cpSync(SOURCE, PLUGIN, { recursive: true });
  // The bundle in a folder of its version (dist/1.2.3/): after an update
  // a browser's cached files of the old version are never mixed with the
  // new loader, whose hashes would refuse them.
  const bundle = `${PLUGIN}dist/${version ?? sourceVersion()}/`;
  for (const file of BUNDLE) cpSync(DIST + file, bundle + file);
  const langs = languages();
  // The languages the app downloads when chosen (English is built in).
  for (const tag of Object.keys(langs)) {
    if (tag !== "en") cpSync(`${DIST}locales/${tag}/main.ftl`, `${bundle}locales/${tag}/main.ftl`);
  }
  writeFileSync(`${PLUGIN}languages.json`, `${JSON.stringify(langs, null, "\t")}\n`);
  if (version) stampVersion(PLUGIN, version);
  // -X: no extra file attributes; the folder is the zip's one top entry,
  // as WordPress's "Upload Plugin" expects.
  execFileSync("zip", ["-q", "-r", "-X", "connected-care.zip", "connected-care"], { cwd: OUT });
  const zip = `${OUT}connected-care.zip`;
  console.log(`${zip}: ${statSync(zip).size} bytes, ${count(PLUGIN)} files`);
}

function count(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, entry) => n + (entry.isDirectory() ? count(`${dir}${entry.name}/`) : 1),
    0,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--version");
  build(at > 0 ? process.argv[at + 1] : undefined);
}
