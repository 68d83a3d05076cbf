// The release: builds the bundle and writes what a partner or a CDN takes.
//
//   node tools/release.mjs [--skip-build] [--out DIR]
//
// --skip-build takes dist/ as `bash .ci/build` left it. Writes to DIR
// (default release/, ignored by git):
//
//   package/                          the npm package: package.json (from
//                                     package/, with the version), README.md,
//                                     dist/ with only the files visitors fetch
//   connected-care-widget-V.tgz       that package, packed by `npm pack`
//   connected-care-widget-V.zip       the same files in connected-care/, to
//                                     copy to your own host
//   connected-care-wordpress-V.zip    the WordPress plugin with the bundle
//                                     inside (wordpress/build.mjs)
//   integrity.json                    the SHA-384 Subresource Integrity hash
//                                     of every file, and of each archive
//   snippet.html                      the SRI-pinned snippet for the CDN
//
// The version is Cargo.toml's, the one version of a release: the build
// writes it into the loader (export const VERSION), this step into the
// package and the plugin.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";
import { INTEGRITY_MARKER, crateVersion, integrity } from "./post-build.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Where a CDN that serves npm packages has a release's files. */
export const cdnBase = (name, version) => `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`;

/** Every file below `dir`, as paths relative to it with "/", sorted. */
function filesBelow(dir, base = dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesBelow(path, base) : [relative(base, path).split("\\").join("/")];
    })
    .sort();
}

/**
 * The files of the built bundle `dist` that visitors' browsers fetch, and
 * only those: the loader; the app (glue, wasm, styles); the way out;
 * read-aloud's module (fetched on the first press of Listen); every language but
 * English, which is built in; the kiosk (its bundle, page and result page);
 * the iframe form. Not the demo, partners and review pages, nor
 * locales/README.md and languages.ftl (built in).
 */
export function visitorFiles(dist) {
  const app = ["widget.js", "connected-care-widget.js", "connected-care-widget_bg.wasm", "style.css", "way-out.js"];
  const speech = ["speech/connected-care-speech.js", "speech/connected-care-speech_bg.wasm"];
  const iframe = ["embed.html", "embed-frame.js", "embed-resize.js", "page-language.js"];
  const languages = readdirSync(join(dist, "locales"))
    .filter((tag) => tag !== "en" && existsSync(join(dist, "locales", tag, "main.ftl")))
    .map((tag) => `locales/${tag}/main.ftl`);
  // The kiosk element's bundle (as the main glue fetches it), and the rest
  // of kiosk/: the kiosk page's script, the result page.
  const kiosk = [
    "kiosk.html",
    "kiosk/connected-care-widget.js",
    "kiosk/connected-care-widget_bg.wasm",
    "kiosk/style.css",
    "kiosk/kiosk-page.css",
    // The kiosk page's service worker (offline), beside kiosk.html.
    "kiosk-sw.js",
    ...(existsSync(join(dist, "kiosk")) ? filesBelow(join(dist, "kiosk")).map((file) => `kiosk/${file}`) : []),
  ];
  const files = [...new Set([...app, ...speech, ...languages, ...iframe, ...kiosk])].sort();
  const missing = files.filter((file) => !existsSync(join(dist, file)));
  if (missing.length) throw new Error(`release: not in ${dist}: ${missing.join(", ")}; build first`);
  return files;
}

/** Refuses a loader the build did not finish: its version and hashes. */
export function checkLoader(loader, version) {
  const rebuild = "run bash .ci/build";
  if (loader.includes(INTEGRITY_MARKER)) throw new Error(`release: the loader has no integrity hashes; ${rebuild}`);
  if (!loader.includes(`"${version}"`)) throw new Error(`release: the loader is not version ${version}; ${rebuild}`);
}

/** Writes the npm package into `dir`: package.json with `version`, the
 * package's README, and `files` from `dist` under dist/. */
export function stagePackage({ dist, dir, version, files }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, "package/package.json"), "utf8"));
  delete manifest["//"];
  const { name, ...rest } = manifest;
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name, version, ...rest }, null, 2)}\n`);
  cpSync(join(ROOT, "package/README.md"), join(dir, "README.md"));
  for (const file of files) cpSync(join(dist, file), join(dir, "dist", file));
  return name;
}

/** What `npm pack` puts in the package in `dir`: its paths, sorted.
 * `--dry-run` writes nothing. */
export function npmPack(dir, { dryRun = false, destination } = {}) {
  const args = ["pack", "--json", "--offline", "--ignore-scripts"];
  if (dryRun) args.push("--dry-run");
  if (destination) args.push("--pack-destination", destination);
  const [packed] = JSON.parse(execFileSync("npm", args, { cwd: dir, encoding: "utf8" }));
  return { filename: packed.filename, files: packed.files.map((f) => f.path).sort() };
}

/**
 * A zip archive of `entries` ([name, bytes]), deflated, with fixed times
 * (1980-01-01), so the same files give the same bytes.
 */
export function zip(entries) {
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  const UTF8 = 0x0800;
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, body] of entries) {
    const nameBytes = Buffer.from(name);
    const data = deflateRawSync(body, { level: 9 });
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    fields.writeUInt16LE(UTF8, 2);
    fields.writeUInt16LE(8, 4); // deflate
    fields.writeUInt16LE(0, 6); // time 00:00
    fields.writeUInt16LE(DOS_DATE, 8);
    fields.writeUInt32LE(crc32(body), 10);
    fields.writeUInt32LE(data.length, 14);
    fields.writeUInt32LE(body.length, 18);
    fields.writeUInt16LE(nameBytes.length, 22);
    fields.writeUInt16LE(0, 24); // no extra field
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), fields, nameBytes, data]);
    const tail = Buffer.alloc(16);
    tail.writeUInt16LE(0, 0); // no comment
    tail.writeUInt16LE(0, 2); // disk 0
    tail.writeUInt16LE(0, 4); // internal attributes
    tail.writeUInt32LE((0o100644 << 16) >>> 0, 6); // a regular file, rw-r--r--
    tail.writeUInt32LE(offset, 10);
    central.push(
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 0x01, 0x02]),
        Buffer.from([20, 3]), // made by: 2.0, Unix (so the permissions count)
        fields,
        tail.subarray(0, 14),
        nameBytes,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The snippet a partner pastes: the loader from the CDN at this exact
 * version, pinned by its hash, and the link it stands on. */
export function snippet({ name, version, loaderIntegrity, linkText }) {
  return [
    `<script type="module" src="${cdnBase(name, version)}widget.js"`,
    `  integrity="${loaderIntegrity}" crossorigin="anonymous"></script>`,
    // In a paragraph: block themes line up only blocks with their text
    // column, and without JavaScript only a block does that for the link.
    "<p><connected-care-widget>",
    `  <a href="https://go.cms.gov/ccm">${linkText}</a>`,
    "</connected-care-widget></p>",
    "",
  ].join("\n");
}

/** The WordPress plugin's zip at `version`, built by wordpress/build.mjs
 * from dist/, copied into `out`. */
function wordpressPlugin(out, version) {
  execFileSync("node", [join(ROOT, "wordpress/build.mjs"), "--version", version], { stdio: "ignore" });
  const zipPath = join(out, `connected-care-wordpress-${version}.zip`);
  cpSync(join(ROOT, "wordpress/build/connected-care.zip"), zipPath);
  return zipPath;
}

/** The whole release from `dist` into `out`, with the WordPress plugin
 * if `plugin` (it builds from the repository's dist/); returns what it
 * wrote. */
export function release({
  dist = join(ROOT, "dist"),
  out = join(ROOT, "release"),
  version = crateVersion(),
  plugin = false,
} = {}) {
  checkLoader(readFileSync(join(dist, "widget.js"), "utf8"), version);
  const files = visitorFiles(dist);
  mkdirSync(out, { recursive: true });
  const packageDir = join(out, "package");
  const name = stagePackage({ dist, dir: packageDir, version, files });

  const packed = npmPack(packageDir, { destination: out });
  const expected = ["README.md", "package.json", ...files.map((file) => `dist/${file}`)].sort();
  if (JSON.stringify(packed.files) !== JSON.stringify(expected)) {
    throw new Error(`release: npm pack wrote ${packed.files.join(", ")}; expected ${expected.join(", ")}`);
  }
  const tarball = join(out, packed.filename);
  const zipPath = join(out, `${name}-${version}.zip`);
  writeFileSync(zipPath, zip(files.map((file) => [`connected-care/${file}`, readFileSync(join(dist, file))])));

  const pluginZip = plugin ? wordpressPlugin(out, version) : undefined;

  const hashes = Object.fromEntries(files.map((file) => [file, integrity(readFileSync(join(dist, file)), "sha384")]));
  const artifacts = Object.fromEntries(
    [tarball, zipPath, pluginZip]
      .filter(Boolean)
      .map((path) => [relative(out, path), integrity(readFileSync(path), "sha384")]),
  );
  writeFileSync(
    join(out, "integrity.json"),
    `${JSON.stringify({ name, version, cdn: cdnBase(name, version), files: hashes, artifacts }, null, 2)}\n`,
  );
  const linkText = readFileSync(join(ROOT, "locales/en/main.ftl"), "utf8").match(/^start-title = (.+)$/m)[1];
  writeFileSync(
    join(out, "snippet.html"),
    snippet({ name, version, loaderIntegrity: hashes["widget.js"], linkText }),
  );
  return { name, version, files, tarball, zip: zipPath, pluginZip, packageDir };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args[outAt + 1] : join(ROOT, "release");
  if (!args.includes("--skip-build")) execFileSync("bash", [join(ROOT, ".ci/build")], { stdio: "inherit" });
  try {
    const done = release({ out, plugin: true });
    const size = (path) => `${statSync(path).size.toLocaleString("en")} B`;
    console.log(`${done.name} ${done.version}: ${done.files.length} files in ${relative(ROOT, done.packageDir)}/dist`);
    console.log(`  ${relative(ROOT, done.tarball)} (${size(done.tarball)})`);
    console.log(`  ${relative(ROOT, done.zip)} (${size(done.zip)})`);
    console.log(`  ${relative(ROOT, done.pluginZip)} (${size(done.pluginZip)})`);
    console.log(`  ${relative(ROOT, join(out, "integrity.json"))}, ${relative(ROOT, join(out, "snippet.html"))}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
