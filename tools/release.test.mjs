// Tests for tools/release.mjs (run: node --test tools/), on a made-up
// built bundle with every kind of file the real one has, so they run
// before any build. The e2e test tests/e2e/package.spec.js packs the real
// one and serves it as a CDN would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { INTEGRITY_MARKER, crateVersion, integrity } from "./post-build.mjs";
import { checkLoader, npmPack, release, snippet, stagePackage, visitorFiles, zip } from "./release.mjs";

/** A built bundle's files, visitors' and not. */
const BUNDLE = {
  "widget.js": 'const I={"connected-care-widget.js":"sha256-x"};export const VERSION="@VERSION@";',
  "connected-care-widget.js": "export default async function init() {}",
  "connected-care-widget_bg.wasm": "\0asm\x01\0\0\0",
  "style.css": ".ccw{}",
  "way-out.js": "export function show() {}",
  "speech/connected-care-speech.js": "",
  "speech/connected-care-speech_bg.wasm": "",
  "embed.html": "<!doctype html>",
  "embed-frame.js": "",
  "embed-resize.js": "",
  "page-language.js": "",
  "kiosk.html": "<!doctype html>",
  "kiosk-sw.js": "",
  "kiosk/connected-care-widget.js": "",
  "kiosk/connected-care-widget_bg.wasm": "",
  "kiosk/kiosk-page.css": "",
  "kiosk/kiosk.js": "",
  "kiosk/page-language.js": "",
  "kiosk/style.css": "",
  "kiosk/result.html": "",
  "kiosk/result.js": "",
  "kiosk/result-page.css": "",
  "locales/es/main.ftl": "start-title = ¿Le podría ayudar?\n",
  "locales/zh-Hant/main.ftl": "start-title = 慢性病護理管理\n",
  // Not for visitors: English and the language names are built in; the
  // rest are the project's own pages.
  "locales/en/main.ftl": "start-title = Could chronic care management help you?\n",
  "locales/languages.ftl": "",
  "locales/README.md": "",
  "index.html": "",
  "demo.js": "",
  "landing.css": "",
  "iframe.html": "",
  "partners.html": "",
  "partners.js": "",
  "partners.css": "",
  "review.html": "",
  "review.js": "",
  "review.css": "",
};

const VISITORS = [
  "connected-care-widget.js",
  "connected-care-widget_bg.wasm",
  "embed-frame.js",
  "embed-resize.js",
  "embed.html",
  "kiosk-sw.js",
  "kiosk.html",
  "kiosk/connected-care-widget.js",
  "kiosk/connected-care-widget_bg.wasm",
  "kiosk/kiosk-page.css",
  "kiosk/kiosk.js",
  "kiosk/page-language.js",
  "kiosk/result-page.css",
  "kiosk/result.html",
  "kiosk/result.js",
  "kiosk/style.css",
  "locales/es/main.ftl",
  "locales/zh-Hant/main.ftl",
  "page-language.js",
  "speech/connected-care-speech.js",
  "speech/connected-care-speech_bg.wasm",
  "style.css",
  "way-out.js",
  "widget.js",
];

function madeUpDist(version) {
  const dir = mkdtempSync(join(tmpdir(), "ccw-dist-"));
  for (const [file, body] of Object.entries(BUNDLE)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), body.replace("@VERSION@", version));
  }
  return dir;
}

test("visitorFiles picks what visitors fetch and nothing else", () => {
  const dist = madeUpDist("1.0.0");
  try {
    assert.deepEqual(visitorFiles(dist), VISITORS);
    rmSync(join(dist, "kiosk/kiosk-page.css"));
    assert.throws(() => visitorFiles(dist), /not in .*: kiosk\/kiosk-page\.css; build first/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test("npm pack of the staged package lists exactly the visitors' files, its README and package.json", () => {
  const dist = madeUpDist("1.2.3");
  const dir = mkdtempSync(join(tmpdir(), "ccw-package-"));
  try {
    const name = stagePackage({ dist, dir, version: "1.2.3", files: visitorFiles(dist) });
    const { filename, files } = npmPack(dir, { dryRun: true });
    assert.equal(filename, `${name}-1.2.3.tgz`);
    assert.deepEqual(files, ["README.md", "package.json", ...VISITORS.map((f) => `dist/${f}`)].sort());
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    assert.equal(manifest.version, "1.2.3");
    assert.equal(manifest.license, "MIT OR Apache-2.0");
    assert.equal(manifest["//"], undefined, "the note for the repository stays there");
    assert.deepEqual(manifest.files, ["dist/"]);
    assert.deepEqual(readdirSync(dir), ["README.md", "dist", "package.json"], "dry run: nothing packed");
  } finally {
    rmSync(dist, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the release refuses a loader without its hashes or of another version", () => {
  assert.throws(() => checkLoader(`const I=${INTEGRITY_MARKER};export const VERSION="1.0.0"`, "1.0.0"), /no integrity/);
  assert.throws(() => checkLoader('const I={};const V="0.9.0"', "1.0.0"), /not version 1\.0\.0/);
  assert.doesNotThrow(() => checkLoader('const I={};const V="1.0.0"', "1.0.0"));
});

/** The entries of a zip archive, read back by its central directory:
 * [name, bytes, unix mode], each checked against its CRC-32. */
function unzip(archive) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50, "a central directory entry");
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const [packedSize, size] = [archive.readUInt32LE(at + 20), archive.readUInt32LE(at + 24)];
    const nameLength = archive.readUInt16LE(at + 28);
    const mode = archive.readUInt32LE(at + 38) >>> 16;
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString("utf8", at + 46, at + 46 + nameLength);
    assert.equal(archive.readUInt32LE(local), 0x04034b50, `${name}: its local header`);
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataAt, dataAt + packedSize);
    const body = method === 8 ? inflateRawSync(data) : data;
    assert.equal(body.length, size, `${name}: its size`);
    assert.equal(crc32(body), crc, `${name}: CRC-32`);
    entries.push([name, body, mode]);
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}

test("zip writes a deflated archive that reads back, the same bytes every time", () => {
  const files = [
    ["connected-care/widget.js", Buffer.from("export const VERSION = '1';\n".repeat(50))],
    ["connected-care/locales/zh-Hant/main.ftl", Buffer.from("start-title = 慢性病護理管理\n")],
    ["connected-care/empty.css", Buffer.alloc(0)],
  ];
  const archive = zip(files);
  assert.deepEqual(
    unzip(archive).map(([name, body, mode]) => [name, body.toString(), mode.toString(8)]),
    files.map(([name, body]) => [name, body.toString(), "100644"]),
  );
  assert.ok(archive.length < 1400, `deflated: ${archive.length} B`);
  assert.deepEqual(zip(files), archive, "no dates or other varying bytes");
});

test("the snippet pins the loader at its exact version, with the link inside", () => {
  const text = snippet({
    name: "connected-care-widget",
    version: "1.2.3",
    loaderIntegrity: "sha384-abc",
    linkText: "Hi",
  });
  assert.equal(
    text,
    '<script type="module" src="https://cdn.jsdelivr.net/npm/connected-care-widget@1.2.3/dist/widget.js"\n' +
      '  integrity="sha384-abc" crossorigin="anonymous"></script>\n' +
      "<p><connected-care-widget>\n" +
      '  <a href="https://go.cms.gov/ccm">Hi</a>\n' +
      "</connected-care-widget></p>\n",
  );
});

test("release writes the package, tarball, zip, manifest and snippet, all of one version", () => {
  const version = crateVersion();
  const dist = madeUpDist(version);
  const out = mkdtempSync(join(tmpdir(), "ccw-release-"));
  try {
    const made = release({ dist, out, version });
    assert.deepEqual(readdirSync(out).sort(), [
      `${made.name}-${version}.tgz`,
      `${made.name}-${version}.zip`,
      "integrity.json",
      "package",
      "snippet.html",
    ]);
    const manifest = JSON.parse(readFileSync(join(out, "integrity.json"), "utf8"));
    assert.equal(manifest.version, version);
    assert.deepEqual(Object.keys(manifest.files), VISITORS);
    for (const file of VISITORS) {
      assert.equal(manifest.files[file], integrity(readFileSync(join(dist, file)), "sha384"), file);
    }
    const archive = readFileSync(made.zip);
    assert.equal(manifest.artifacts[`${made.name}-${version}.zip`], integrity(archive, "sha384"));
    assert.deepEqual(
      unzip(archive).map(([name]) => name),
      VISITORS.map((f) => `connected-care/${f}`),
    );
    const pasted = readFileSync(join(out, "snippet.html"), "utf8");
    assert.ok(pasted.includes(`integrity="${manifest.files["widget.js"]}"`), pasted);
    assert.ok(pasted.includes(`@${version}/dist/widget.js"`), pasted);
  } finally {
    rmSync(dist, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
