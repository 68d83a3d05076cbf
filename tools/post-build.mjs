// Build step (trunk post_build hook, for the main and the kiosk bundle):
// makes what visitors download smaller, and keeps a crashed app's error off
// the host page. The steps, in order (see main() at the end):
//
// 1. Short names for the wasm's imports and exports. wasm-bindgen names
//    them like `__wbg_addEventListener_f2d27251d333a631`, each written in
//    the wasm and again in the JS glue; they become `a`, `b`, ... in both.
// 2. Check that the glue has exactly the shapes that steps 3, 4 and 6 patch,
//    so that a wasm-bindgen upgrade stops the build here, in one place,
//    with one clear message (checkGlue), never with a broken page.
// 3. The same short names in the glue.
// 4. The glue's callback wrappers log a panic's trap instead of throwing
//    it into the host page (catchTraps).
// 5. wasm-opt (npm binaryen 132, never Debian's) -O1 --converge: of -Oz,
//    -Os, -O2 and -O1, the smallest after brotli; then the locals once
//    more (optimizeWasm).
// 6. The wasm's functions in an order that compresses better: each one
//    beside the one most like it (compressionOrder), about 3 KB brotli less.
// 7. The glue fetches the final wasm with its SHA-256 hash, its
//    Subresource Integrity (pinWasm), and gets web/app/connect.js, with
//    the hashes of the bundle's stylesheets (appendConnect): what the
//    loader needs once the app has come.
// 8. esbuild minifies every JS file (trunk does not minify the glue),
//    the loader with its version (Cargo.toml's) written in.
// 9. Run once more after every bundle is built (`--integrity dist`, from
//    .ci/build): both app glues get read-aloud's module's glue's hash
//    (speech/), the main glue the kiosk glue's, way-out.js the
//    languages', then the loader those of the main glue and way-out.js:
//    their Subresource Integrity (bakeIntegrityInto). The same steps 1
//    to 8 make read-aloud's module, without connect.js.
//
// Why our own wasm reader (renameWasm) rather than binaryen's
// --minify-imports-and-exports-and-modules pass: the pass works, but its
// names ("aa", "ba", ..., and exports named after the imports) came out
// 112 B brotli larger for the main bundle's wasm + glue (98,378 B against
// 98,266 B, wasm-bindgen 0.2.130), more than the size budget had left
// (66 B). Its JSON mapping holds what renameWasm's mapping holds, so a
// switch would touch renameWasm only.
//
// Trunk's subresource integrity is off for the app (data-integrity="none"
// in index.html and kiosk.html): this step changes the files after trunk.
//
// The functions are exported for tools/post-build.test.mjs; the step runs
// only when node runs this file.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// The wasm-bindgen whose glue this step was last checked against. Only for
// the error message: the check itself looks at the glue's shapes.
const WRITTEN_FOR_WASM_BINDGEN = "0.2.130";

// --- Reading and writing the wasm binary format ------------------------

/** Reads an unsigned LEB128 number at `pos`; returns [value, next position]. */
export function readLeb(buf, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    // Multiplication, not <<, so values above 2^31 stay right.
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

/** Writes an unsigned LEB128 number. */
export function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

/** A name as the binary format writes it: its UTF-8 length, then the bytes. */
const encodeName = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

function readName(buf, pos) {
  const [length, start] = readLeb(buf, pos);
  return [buf.toString("utf8", start, start + length), start + length];
}

/** Skips an import's description (its kind and type); returns the position after it. */
function skipImportDescription(buf, pos) {
  const kind = buf[pos++];
  const skipLimits = (p) => {
    const flags = buf[p++];
    [, p] = readLeb(buf, p); // minimum
    if (flags & 1) [, p] = readLeb(buf, p); // maximum
    return p;
  };
  switch (kind) {
    case 0: // function: type index
      return readLeb(buf, pos)[1];
    case 1: // table: element type, limits
      return skipLimits(pos + 1);
    case 2: // memory: limits
      return skipLimits(pos);
    case 3: // global: value type, mutability
      return pos + 2;
    default:
      return unknownShape([`the wasm imports something of kind ${kind}, which this step cannot read`]);
  }
}

/** The sections of a wasm binary, in order: { id, body, bytes }, where
 * `bytes` is the whole section as written (id, size and body). */
function readSections(wasm) {
  const sections = [];
  let pos = 8; // after the magic number and the version
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = readLeb(wasm, pos + 1);
    sections.push({ id, body: wasm.subarray(start, start + size), bytes: wasm.subarray(pos, start + size) });
    pos = start + size;
  }
  return sections;
}

/** A section as the binary format writes it, from its id and its entries. */
function writeSection(id, entries) {
  const body = Buffer.concat([leb(entries.length), ...entries]);
  return Buffer.concat([Buffer.from([id]), leb(body.length), body]);
}

const IMPORT_SECTION = 2;
const FUNCTION_SECTION = 3;
const EXPORT_SECTION = 7;
const CODE_SECTION = 10;
const CUSTOM_SECTION = 0;

// --- 1. Short names in the wasm ------------------------------------------

/** a, b, ..., Z, aa, ab, ...: valid JS identifiers (two letters at most
 * for a few hundred names; "do", "if" and "in" are skipped). */
export function* shortNames() {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) if (!["do", "if", "in"].includes(a + b)) yield a + b;
  throw new Error("post-build: more than 2,753 imports or exports; shortNames needs three letters");
}

/** Renames the wasm's imports (module "a", fields a, b, ...) and exports
 * (a, b, ...; the memory keeps its name). Returns the new wasm and the
 * mapping the glue needs:
 * { modules: [old module names], imports: Map(old -> new), exports: Map(old -> new) }. */
export function renameWasm(wasm) {
  const mapping = { modules: [], imports: new Map(), exports: new Map() };
  const parts = [wasm.subarray(0, 8)];
  for (const section of readSections(wasm)) {
    if (section.id === IMPORT_SECTION) parts.push(renameImports(section.body, mapping));
    else if (section.id === EXPORT_SECTION) parts.push(renameExports(section.body, mapping));
    else parts.push(section.bytes);
  }
  return { wasm: Buffer.concat(parts), mapping };
}

function renameImports(body, { modules, imports }) {
  const names = shortNames();
  let [count, pos] = readLeb(body, 0);
  const entries = [];
  for (let i = 0; i < count; i++) {
    let module, field;
    [module, pos] = readName(body, pos);
    [field, pos] = readName(body, pos);
    if (!modules.includes(module)) modules.push(module);
    // A field imported twice keeps one short name.
    if (!imports.has(field)) imports.set(field, names.next().value);
    const descriptionStart = pos;
    pos = skipImportDescription(body, pos);
    entries.push(
      Buffer.concat([encodeName("a"), encodeName(imports.get(field)), body.subarray(descriptionStart, pos)]),
    );
  }
  return writeSection(IMPORT_SECTION, entries);
}

function renameExports(body, { exports }) {
  const names = shortNames();
  let [count, pos] = readLeb(body, 0);
  const entries = [];
  for (let i = 0; i < count; i++) {
    let field;
    [field, pos] = readName(body, pos);
    // The description: kind (one byte) and index.
    const descriptionStart = pos;
    [, pos] = readLeb(body, pos + 1);
    // The memory keeps its name; the glue reads it as `wasm.memory`.
    const short = field === "memory" ? field : names.next().value;
    exports.set(field, short);
    entries.push(Buffer.concat([encodeName(short), body.subarray(descriptionStart, pos)]));
  }
  return writeSection(EXPORT_SECTION, entries);
}

// --- 2. The glue's shapes --------------------------------------------------
// Everything steps 3 and 4 change in wasm-bindgen's glue, as it writes it
// (0.2.130, `--target web`):

/** An import, as a key of the imports object:
 *     __wbg_focus_d5e2fdbdb56416f0: function() { ... */
const IMPORT_KEY = /^(\s+)([\w$]+)(?=: function\()/gm;

/** The imports object's entry for the wasm's import module:
 *     "./connected-care-widget_bg.js": import0, */
const moduleKey = (module) => `"${module}": import0,`;

/** An export, where the glue uses it: `wasm.mount(retptr, ...)`. */
const EXPORT_USE = /(?<![\w$])wasm\.([\w$]+)/g;

/** Where every event, timer and promise callback enters the wasm: the
 * `try` in makeClosure (`f(state.a, ...)`) and in makeMutClosure (`f(a, ...)`):
 *     try {
 *         return f(state.a, state.b, ...args);
 *     } finally { */
const CLOSURE_ENTRY = /(\n(\s*)try \{\n\s*return f\((?:state\.)?a, state\.b, \.\.\.args\);\n\s*\})( finally \{)/g;

/** The glue's functions that wrap a Rust closure for JavaScript, each
 * with one CLOSURE_ENTRY. */
const CLOSURE_MAKER = /\nfunction make(?:Mut)?Closure\(/g;

/** Where init fetches the wasm (step 6 adds its integrity):
 *     module_or_path = fetch(module_or_path); */
const WASM_FETCH = "module_or_path = fetch(module_or_path);";

/** The wasm-bindgen version in Cargo.lock, for the error message. */
function wasmBindgenVersion() {
  const lock = readFileSync(new URL("../Cargo.lock", import.meta.url), "utf8");
  return lock.match(/^name = "wasm-bindgen"\nversion = "([^"]+)"/m)?.[1] ?? "(not found in Cargo.lock)";
}

/** What this step throws for a wasm or glue it does not know how to patch. */
export class UnknownShapeError extends Error {}

/** The one error for a wasm or glue this step does not know how to patch;
 * `problems` lists what differs. */
function unknownShape(problems) {
  throw new UnknownShapeError(
    [
      `post-build: the output of wasm-bindgen ${wasmBindgenVersion()} (the version in Cargo.lock) is not what ` +
        `tools/post-build.mjs patches (written for wasm-bindgen ${WRITTEN_FOR_WASM_BINDGEN}):`,
      ...problems.map((problem) => `  - ${problem}`),
      "Compare the new glue (target/wasm-bindgen/release/connected-care-widget.js) with the shapes in " +
        "tools/post-build.mjs, update them and the fixture in tools/post-build.test.mjs, then run node --test tools/.",
    ].join("\n"),
  );
}

/** Throws, listing every difference, unless the glue has exactly the
 * shapes that renameGlue and catchTraps patch for this wasm. */
export function checkGlue(glue, { modules, imports, exports }) {
  const problems = [];
  if (modules.length !== 1) problems.push(`expected one import module in the wasm, found ${modules.join(", ")}`);
  for (const module of modules) {
    if (!glue.includes(moduleKey(module)))
      problems.push(`no entry \`${moduleKey(module)}\` in the glue's imports object`);
    else if (glue.split(`"${module}"`).length !== 2)
      problems.push(`the module name "${module}" appears more than once`);
  }
  const keys = [...glue.matchAll(IMPORT_KEY)].map((m) => m[2]);
  const missing = [...imports.keys()].filter((field) => !keys.includes(field));
  const unknown = keys.filter((key) => !imports.has(key));
  if (missing.length) problems.push(`imports with no \`name: function(\` key in the glue: ${missing.join(", ")}`);
  if (unknown.length) problems.push(`keys \`name: function(\` that are not imports of the wasm: ${unknown.join(", ")}`);
  if (new Set(keys).size !== keys.length) problems.push("an import's key appears twice in the glue");
  const unknownExports = new Set([...glue.matchAll(EXPORT_USE)].map((m) => m[1]).filter((name) => !exports.has(name)));
  if (unknownExports.size)
    problems.push(`the glue uses wasm.X that are not exports: ${[...unknownExports].join(", ")}`);
  if (glue.split(WASM_FETCH).length !== 2) {
    problems.push(`expected one \`${WASM_FETCH}\` (where init fetches the wasm)`);
  }
  // One entry in each of makeClosure and makeMutClosure, those the glue has
  // (the speech module's has only makeMutClosure).
  const makers = glue.match(CLOSURE_MAKER)?.length ?? 0;
  const entries = glue.match(CLOSURE_ENTRY)?.length ?? 0;
  if (makers === 0 || entries !== makers) {
    problems.push(
      `expected ${makers || "at least 1"} closure entries (try { return f(state.a, state.b, ...args); } finally), one in each makeClosure and makeMutClosure, found ${entries}`,
    );
  }
  if (problems.length) unknownShape(problems);
}

// --- 3. Short names in the glue --------------------------------------------

/** The glue with the wasm's new names: its imports object's module and
 * keys, and every `wasm.X`. Run checkGlue first. */
export function renameGlue(glue, { modules, imports, exports }) {
  return glue
    .replace(`"${modules[0]}"`, '"a"')
    .replace(IMPORT_KEY, (_, indent, field) => indent + imports.get(field))
    .replace(EXPORT_USE, (_, name) => `wasm.${exports.get(name)}`);
}

// --- 4. A panic's trap stays off the host page -----------------------------

// A Rust panic runs src/fallback.rs's hook, which shows the fallback, and
// then traps (panic = "abort"). The trap is a WebAssembly.RuntimeError that
// would go from the event, timer or promise callback that caused it into
// the host page's own error handlers. Every such callback enters the wasm
// through the glue's makeClosure or makeMutClosure: there the error is
// logged instead. Any other error is thrown on as before.
export function catchTraps(glue) {
  return glue.replace(
    CLOSURE_ENTRY,
    "$1 catch (e) {\n$2    if (!(e instanceof WebAssembly.RuntimeError)) throw e;\n$2    console.error(e);\n$2}$3",
  );
}

// --- 5. wasm-opt -----------------------------------------------------------

const bin = (name) => fileURLToPath(new URL(`node_modules/.bin/${name}`, import.meta.url));

/** Runs wasm-opt on the file at `path` with `passes`; writes it back
 * without a name section, producers or target features. */
function wasmOpt(path, passes) {
  execFileSync(bin("wasm-opt"), [
    // trunk passes wasm-opt no feature flags with strip = true; these are
    // the ones rustc's wasm32 target uses.
    ...["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"].map(
      (feature) => `--enable-${feature}`,
    ),
    ...passes,
    "--strip-producers",
    "--strip-target-features",
    path,
    "-o",
    path,
  ]);
}

// --- 6. Functions in an order that compresses well -------------------------
// The wasm holds many near-copies of one function: a generic function once
// for each type it is used with (Vec::push, Rc::drop_slow, ...), each
// component's callbacks. rustc scatters them; brotli codes a repeat more
// cheaply the nearer it is, and best at the distance it has just used. So
// the functions are put in a chain, each followed by the unplaced one whose
// code shares the most 4-byte sequences with it (rarer sequences weigh more).
// The order changes no behaviour: wasm-opt's reorder-functions-by-name pass
// moves the functions and renumbers every call, export and table entry;
// this step only names the functions in the order wanted.
// Measured (main bundle, brotli, wasm-bindgen 0.2.130): 95,100 B before;
// sorted by (type, bytes) 92,688 B; this chain 92,091 B. wasm-opt's own
// --reorder-functions (most called first) made it 1,600 B larger.

/** Bytes of one sequence that two functions must share to count as alike. */
const GRAM = 4;

/** The defined functions' bodies (locals and code) and type indices, and
 * how many functions are imported (those come first in the index space). */
export function readFunctions(wasm) {
  let imported = 0;
  let types = [];
  let bodies = [];
  for (const { id, body } of readSections(wasm)) {
    if (id === IMPORT_SECTION) {
      let [count, pos] = readLeb(body, 0);
      for (let i = 0; i < count; i++) {
        [, pos] = readName(body, pos);
        [, pos] = readName(body, pos);
        if (body[pos] === 0) imported++;
        pos = skipImportDescription(body, pos);
      }
    } else if (id === FUNCTION_SECTION) {
      types = readVector(body, (pos) => readLeb(body, pos));
    } else if (id === CODE_SECTION) {
      bodies = readVector(body, (pos) => {
        const [size, start] = readLeb(body, pos);
        return [body.subarray(start, start + size), start + size];
      });
    }
  }
  return { imported, types, bodies };
}

/** Where a function body's code starts: after its locals' declarations
 * (a count, then each group's count and type). */
function skipLocals(body) {
  let [groups, pos] = readLeb(body, 0);
  for (let i = 0; i < groups; i++) pos = readLeb(body, pos)[1] + 1;
  return pos;
}

/** A vector's items, each read by `readItem(pos)` -> [item, next position]. */
function readVector(body, readItem) {
  let [count, pos] = readLeb(body, 0);
  const items = [];
  for (let i = 0; i < count; i++) {
    let item;
    [item, pos] = readItem(pos);
    items.push(item);
  }
  return items;
}

/** The order for the functions (indices into `bodies`): a chain where each
 * function is followed by the unplaced one most like it. Where no unplaced
 * function shares a sequence with the last one, the chain goes on with the
 * first unplaced one in (type, bytes) order, which also gives the start. */
export function compressionOrder(bodies, types) {
  const sorted = [...bodies.keys()].sort((a, b) => types[a] - types[b] || Buffer.compare(bodies[a], bodies[b]));
  const grams = bodies.map((body) => {
    const code = body.subarray(skipLocals(body));
    const set = new Set();
    for (let i = 0; i + GRAM <= code.length; i++) set.add(code.toString("latin1", i, i + GRAM));
    return set;
  });
  // Which functions hold each sequence, and its weight: log(functions /
  // functions holding it), so a sequence in almost every function (a
  // common prologue) counts for almost nothing.
  const holders = new Map();
  grams.forEach((set, f) => {
    for (const gram of set) {
      if (!holders.has(gram)) holders.set(gram, []);
      holders.get(gram).push(f);
    }
  });
  const weight = (gram) => Math.log(bodies.length / holders.get(gram).length);
  const total = grams.map((set) => [...set].reduce((sum, gram) => sum + weight(gram), 0));

  const placed = new Set();
  const order = [];
  let next = 0; // the first unplaced function in `sorted` is at or after this
  let current = sorted[0];
  while (current !== undefined) {
    order.push(current);
    placed.add(current);
    // Weighted shared sequences with each unplaced function; the score is
    // that over the larger function's total, so a big function does not
    // win by size alone.
    const shared = new Map();
    for (const gram of grams[current]) {
      // A sequence in more than 1/e of all functions says little, and
      // going through its holders would take most of the time.
      if (weight(gram) < 1) continue;
      for (const f of holders.get(gram)) {
        if (!placed.has(f)) shared.set(f, (shared.get(f) ?? 0) + weight(gram));
      }
    }
    let best;
    let bestScore = 0;
    for (const [f, sum] of shared) {
      const score = sum / Math.max(total[f], total[current]);
      if (score > bestScore) [best, bestScore] = [f, score];
    }
    while (next < sorted.length && placed.has(sorted[next])) next++;
    current = best ?? sorted[next];
  }
  return order;
}

/** The wasm with a name section that names its defined functions in
 * `order` ("f000000", "f000001", ...; names sort as the order), for
 * wasm-opt's reorder-functions-by-name. Any name section it had is left out. */
export function nameInOrder(wasm, imported, order) {
  const width = String(order.length).length;
  const names = [];
  order.forEach((f, rank) => (names[f] = `f${String(rank).padStart(width, "0")}`));
  const nameMap = names.map((name, f) => Buffer.concat([leb(imported + f), encodeName(name)]));
  const functionNames = Buffer.concat([leb(nameMap.length), ...nameMap]);
  // The name section: its name, then subsection 1 (function names).
  const body = Buffer.concat([encodeName("name"), Buffer.from([1]), leb(functionNames.length), functionNames]);
  const parts = [wasm.subarray(0, 8)];
  for (const section of readSections(wasm)) {
    const isName = section.id === CUSTOM_SECTION && readName(section.body, 0)[0] === "name";
    if (!isName) parts.push(section.bytes);
  }
  parts.push(Buffer.from([CUSTOM_SECTION]), leb(body.length), body);
  return Buffer.concat(parts);
}

function optimizeWasm(path) {
  // After -O1, the locals rewritten as single assignments (--ssa-nomerge)
  // and -O1 again, then redundant local.set removed (--rse, which -O1
  // lacks): their code repeats more alike. 541 B brotli less for the main
  // bundle (93,809 B to 93,268 B); more rounds change nothing.
  wasmOpt(path, ["-O1", "--converge", "--ssa-nomerge", "-O1", "--rse"]);
  const wasm = readFileSync(path);
  const { imported, types, bodies } = readFunctions(wasm);
  writeFileSync(path, nameInOrder(wasm, imported, compressionOrder(bodies, types)));
  wasmOpt(path, ["--reorder-functions-by-name"]);
}

// --- 7. esbuild ---------------------------------------------------------------

function minifyJs(path) {
  execFileSync(bin("esbuild"), [
    path,
    "--minify",
    "--charset=utf8",
    "--format=esm",
    "--log-level=warning",
    "--allow-overwrite",
    `--outfile=${path}`,
  ]);
}

// --- 6. The glue pins its wasm ----------------------------------------------

/** The glue, fetching its wasm with `wasm`'s hash: a wasm that differs
 * fails to fetch, and the glue's init rejects. */
export function pinWasm(glue, wasm) {
  return glue.replace(WASM_FETCH, `module_or_path = fetch(module_or_path, { integrity: "${integrity(wasm)}" });`);
}

/** The stylesheets of a bundle, beside its glue, in the order they apply:
 * the app's, and the kiosk page's in the kiosk's bundle. */
export const BUNDLE_STYLES = ["style.css", "kiosk-page.css"];

/** The marker in web/app/connect.js where the bundle's description goes. */
export const BUNDLE_MARKER = "{ __bundle__: 0 }";

/** Where web/app/connect.js says which read-aloud its bundle has: none of
 * its own, unless the glue exports it (the kiosk's). */
export const OWN_SPEECH_MARKER = "const OWN_SPEECH = null;";
const OWN_SPEECH_EXPORTS = ["export function readAloud(", "export function stopReading("];

/** The glue with web/app/connect.js after it, told the hashes of `styles`
 * (path beside the glue -> bytes) and whether it is the kiosk's bundle
 * (the one with the kiosk page's stylesheet), and given the glue's own
 * read-aloud if it exports it. connect.js calls the glue's own `mount`
 * and `__wbg_init` by name: run before minifying. */
export function appendConnect(glue, connect, styles) {
  for (const shape of ["export function mount(", "async function __wbg_init("]) {
    if (!glue.includes(shape)) unknownShape([`expected \`${shape}\` in the glue (web/app/connect.js calls it)`]);
  }
  for (const marker of [BUNDLE_MARKER, OWN_SPEECH_MARKER]) {
    if (connect.split(marker).length !== 2) {
      throw new Error(`post-build: web/app/connect.js has no single \`${marker}\``);
    }
  }
  const ownSpeech = OWN_SPEECH_EXPORTS.filter((shape) => glue.includes(shape)).length;
  if (ownSpeech === 1) unknownShape([`expected both or neither of ${OWN_SPEECH_EXPORTS.join(" and ")} in the glue`]);
  if (ownSpeech === 2) connect = connect.replace(OWN_SPEECH_MARKER, "const OWN_SPEECH = { readAloud, stopReading };");
  const bundle = {
    styles: Object.fromEntries(Object.entries(styles).map(([path, body]) => [path, integrity(body)])),
    kiosk: "kiosk-page.css" in styles,
  };
  return `${glue}\n${connect.replace(BUNDLE_MARKER, JSON.stringify(bundle))}`;
}

// --- 7. The loader's version -------------------------------------------------

/** The crate's version in Cargo.toml: the one version of a release (the npm
 * package's too, tools/release.mjs). */
export function crateVersion(cargoToml = readFileSync(new URL("../Cargo.toml", import.meta.url), "utf8")) {
  const version = cargoToml.match(/^\[package\][^[]*?^version = "([^"]+)"/m)?.[1];
  if (!version) throw new Error("post-build: no version in Cargo.toml's [package]");
  return version;
}

/** The loader's source with its version written in, in place of "dev". */
export function stampVersion(loader, version) {
  const marker = 'export const VERSION = "dev";';
  if (loader.split(marker).length !== 2) throw new Error(`post-build: the loader has no single \`${marker}\``);
  return loader.replace(marker, `export const VERSION = ${JSON.stringify(version)};`);
}

// --- 8. Subresource Integrity in the loader ----------------------------------

/** Every file the loader fetches (web/loader/widget.js: importChecked),
 * by its path beside the loader. The main glue fetches the kiosk's, the
 * glues their wasm and stylesheets (appendConnect), the app and
 * way-out.js the languages. */
export const LOADER_FETCHES = ["connected-care-widget.js", "way-out.js"];

/** The marker the minified loader holds where the hashes go. */
export const INTEGRITY_MARKER = "{__integrity__:0}";

/** The marker the minified way-out.js holds where the languages' hashes go. */
export const LANGUAGES_MARKER = "{__languages__:0}";

/** The marker in the main glue (web/app/connect.js) where the kiosk glue's hash goes. */
export const KIOSK_GLUE_MARKER = "__kiosk_glue_integrity__";

/** A file's Subresource Integrity value. SHA-256 for what the loader
 * holds: each hash is bytes every visitor downloads, and SHA-256 is the
 * least every browser checks (the release manifest has SHA-384). */
export const integrity = (body, algorithm = "sha256") =>
  `${algorithm}-${createHash(algorithm).update(body).digest("base64")}`;

/** The minified `script` with the hashes of `files` (path -> bytes) in
 * place of its `marker`. */
export function bakeIntegrity(script, files, marker = INTEGRITY_MARKER) {
  if (script.split(marker).length !== 2) {
    throw new Error(`post-build: the minified script has no single ${marker} (already baked?)`);
  }
  const hashes = Object.fromEntries(Object.entries(files).map(([path, body]) => [path, integrity(body)]));
  return script.replace(marker, JSON.stringify(hashes));
}

/** The marker in each app glue (web/app/connect.js) where read-aloud's module's glue's hash goes. */
export const SPEECH_GLUE_MARKER = "__speech_glue_integrity__";

/** The minified `glue` with the hash of `file` in place of its `marker`:
 * the kiosk's glue in the main one, read-aloud's in both. */
export function bakeGlueHash(glue, file, marker = KIOSK_GLUE_MARKER) {
  if (glue.split(marker).length !== 2) {
    throw new Error(`post-build: the glue has no single ${marker} (already baked?)`);
  }
  return glue.replace(marker, integrity(file));
}

function bakeIntegrityInto(dist) {
  const read = (path) => {
    if (!existsSync(join(dist, path))) throw new Error(`post-build --integrity: not in ${dist}: ${path}`);
    return readFileSync(join(dist, path));
  };
  // Each file before the one that holds its hash.
  const speechGlue = read("speech/connected-care-speech.js");
  const kioskGluePath = join(dist, "kiosk/connected-care-widget.js");
  writeFileSync(kioskGluePath, bakeGlueHash(read("kiosk/connected-care-widget.js").toString(), speechGlue, SPEECH_GLUE_MARKER));
  const gluePath = join(dist, "connected-care-widget.js");
  const glue = bakeGlueHash(read("connected-care-widget.js").toString(), speechGlue, SPEECH_GLUE_MARKER);
  writeFileSync(gluePath, bakeGlueHash(glue, read("kiosk/connected-care-widget.js")));
  const languages = Object.fromEntries(
    readdirSync(join(dist, "locales"))
      .filter((tag) => tag !== "en" && existsSync(join(dist, "locales", tag, "main.ftl")))
      .map((tag) => [tag, read(`locales/${tag}/main.ftl`)]),
  );
  const wayOutPath = join(dist, "way-out.js");
  writeFileSync(wayOutPath, bakeIntegrity(read("way-out.js").toString(), languages, LANGUAGES_MARKER));
  const files = Object.fromEntries(LOADER_FETCHES.map((path) => [path, read(path)]));
  const loaderPath = join(dist, "widget.js");
  writeFileSync(loaderPath, bakeIntegrity(read("widget.js").toString(), files));
}

// --- The step ---------------------------------------------------------------

/** The bundles a trunk build makes, by the name of their glue: the app's
 * (main and kiosk), and read-aloud's module (speech/), which has no
 * stylesheet and no connect.js. */
export const APP_GLUE = "connected-care-widget";
export const SPEECH_GLUE = "connected-care-speech";

function main() {
  const staging = process.env.TRUNK_STAGING_DIR ?? "dist";
  const name = [APP_GLUE, SPEECH_GLUE].find((glue) => existsSync(join(staging, `${glue}_bg.wasm`)));
  if (name) {
    const wasmPath = join(staging, `${name}_bg.wasm`);
    const gluePath = join(staging, `${name}.js`);
    // 1. Short names in the wasm, in memory: nothing is written before step 2.
    const { wasm, mapping } = renameWasm(readFileSync(wasmPath));
    // 2. Stop the build if the glue is not what steps 3 and 4 patch.
    const glue = readFileSync(gluePath, "utf8");
    checkGlue(glue, mapping);
    // 3 and 4. The same names in the glue; its callbacks log traps.
    writeFileSync(gluePath, catchTraps(renameGlue(glue, mapping)));
    writeFileSync(wasmPath, wasm);
    // 5 and 6. Optimise the wasm; order its functions.
    optimizeWasm(wasmPath);
    // 7. The glue pins the wasm as it is now, and the app's gets connect.js
    // with the hashes of the bundle's stylesheets.
    const pinned = pinWasm(readFileSync(gluePath, "utf8"), readFileSync(wasmPath));
    if (name === APP_GLUE) {
      const styles = Object.fromEntries(
        BUNDLE_STYLES.filter((file) => existsSync(join(staging, file))).map((file) => [
          file,
          readFileSync(join(staging, file)),
        ]),
      );
      if (!styles["style.css"]) throw new Error(`post-build: no style.css in ${staging}`);
      const connect = readFileSync(new URL("../web/app/connect.js", import.meta.url), "utf8");
      writeFileSync(gluePath, appendConnect(pinned, connect, styles));
    } else {
      writeFileSync(gluePath, pinned);
    }
  }
  // 8. The loader's version; then minify every JS file: the glue, the
  // loader and the pages' scripts.
  const loaderPath = join(staging, "widget.js");
  if (existsSync(loaderPath)) writeFileSync(loaderPath, stampVersion(readFileSync(loaderPath, "utf8"), crateVersion()));
  for (const file of readdirSync(staging).filter((f) => f.endsWith(".js"))) minifyJs(join(staging, file));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    // 8, after both bundles: node tools/post-build.mjs --integrity dist
    if (process.argv[2] === "--integrity") bakeIntegrityInto(process.argv[3] ?? "dist");
    else main();
  } catch (error) {
    // The unknown-shape message says all there is to say; no stack trace.
    if (!(error instanceof UnknownShapeError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
