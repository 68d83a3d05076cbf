// Build step (trunk post_build hook, for the main and the kiosk bundle):
// makes what visitors download smaller.
//
// 1. Short names for the wasm's imports and exports. wasm-bindgen names
//    them like `__wbg_addEventListener_f2d27251d333a631`, each written in
//    the wasm and again in the JS glue; they become `a`, `b`, ... in both.
// 2. wasm-opt (npm binaryen 132, never Debian's) -O1 --converge: of -Oz,
//    -Os, -O2 and -O1, the smallest after brotli.
// 3. esbuild minifies every JS file (trunk does not minify the glue).
//
// It also keeps a crashed app's error off the host page (see catchTraps).
//
// Trunk's subresource integrity is off for the app (data-integrity="none"
// in index.html and kiosk.html): this step changes the files after trunk.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR ?? "dist";
const bin = (name) => join("tools", "node_modules", ".bin", name);
const wasmPath = join(staging, "connected-care-widget_bg.wasm");
const gluePath = join(staging, "connected-care-widget.js");

// --- 1. Short import and export names ---------------------------------

function readLeb(buf, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

function readName(buf, pos) {
  const [length, start] = readLeb(buf, pos);
  return [buf.toString("utf8", start, start + length), start + length];
}

// a, b, ..., Z, aa, ab, ...: valid JS identifiers, never a reserved word
// that matters here (two letters at most for a few hundred names; "do"
// and "in" are skipped).
function* shortNames() {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) if (!["do", "if", "in"].includes(a + b)) yield a + b;
}

/** Copies the import section (module and field renamed) and the export
 * section (renamed); returns the new wasm and the renamings. */
function renameWasm(buf) {
  const parts = [buf.subarray(0, 8)];
  const imports = new Map();
  const exports = new Map();
  let module = null;
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, start] = readLeb(buf, pos + 1);
    const end = start + size;
    if (id === 2) {
      const names = shortNames();
      let [count, p] = readLeb(buf, start);
      const body = [leb(count)];
      for (let i = 0; i < count; i++) {
        let mod, field;
        [mod, p] = readName(buf, p);
        [field, p] = readName(buf, p);
        module ??= mod;
        if (mod !== module) throw new Error(`post-build: second import module ${mod}`);
        let short = imports.get(field);
        if (!short) imports.set(field, (short = names.next().value));
        // The description after the names (kind and type) is copied as is.
        const descStart = p;
        const kind = buf[p++];
        if (kind === 0) [, p] = readLeb(buf, p);
        else if (kind === 1) {
          p++;
          const flags = buf[p++];
          [, p] = readLeb(buf, p);
          if (flags & 1) [, p] = readLeb(buf, p);
        } else if (kind === 2) {
          const flags = buf[p++];
          [, p] = readLeb(buf, p);
          if (flags & 1) [, p] = readLeb(buf, p);
        } else if (kind === 3) p += 2;
        else throw new Error(`post-build: import kind ${kind}`);
        body.push(name("a"), name(short), buf.subarray(descStart, p));
      }
      const section = Buffer.concat(body);
      parts.push(Buffer.from([2]), leb(section.length), section);
    } else if (id === 7) {
      const names = shortNames();
      let [count, p] = readLeb(buf, start);
      const body = [leb(count)];
      for (let i = 0; i < count; i++) {
        let field;
        [field, p] = readName(buf, p);
        const descStart = p;
        p++;
        [, p] = readLeb(buf, p);
        // The memory keeps its name; the glue reads it as `wasm.memory`.
        const short = field === "memory" ? field : names.next().value;
        exports.set(field, short);
        body.push(name(short), buf.subarray(descStart, p));
      }
      const section = Buffer.concat(body);
      parts.push(Buffer.from([7]), leb(section.length), section);
    } else {
      parts.push(buf.subarray(pos, end));
    }
    pos = end;
  }
  return { wasm: Buffer.concat(parts), module, imports, exports };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function renameGlue(glue, { module, imports, exports }) {
  const replace = (pattern, by, what, required = true) => {
    const next = glue.replace(pattern, by);
    if (next === glue && required) throw new Error(`post-build: ${what} not found in the glue`);
    glue = next;
  };
  replace(new RegExp(`(["'])${escape(module)}\\1`, "g"), '"a"', `import module ${module}`);
  for (const [long, short] of imports) {
    replace(new RegExp(`(?<![\\w$])${escape(long)}(?=\\s*:)`, "g"), short, `import ${long}`);
  }
  for (const [long, short] of exports) {
    if (long === short) continue;
    // Some exports are for other tools, not the glue: renamed all the same.
    replace(new RegExp(`\\bwasm\\.${escape(long)}(?![\\w$])`, "g"), `wasm.${short}`, `export ${long}`, false);
  }
  return glue;
}

// A Rust panic runs src/fallback.rs's hook, which shows the fallback, and
// then traps (panic = "abort"). The trap is a WebAssembly.RuntimeError that
// would go from the event, timer or promise callback that caused it into
// the host page's own error handlers. Every such callback enters the wasm
// through the glue's makeClosure or makeMutClosure: there the error is
// logged instead. Any other error is thrown on as before.
function catchTraps(glue) {
  const entry = /(\n(\s*)try \{\n\s*return f\((?:state\.)?a, state\.b, \.\.\.args\);\n\s*\})( finally \{)/g;
  const found = glue.match(entry)?.length ?? 0;
  if (found !== 2) throw new Error(`post-build: expected 2 closure entries in the glue, found ${found}`);
  return glue.replace(
    entry,
    "$1 catch (e) {\n$2    if (!(e instanceof WebAssembly.RuntimeError)) throw e;\n$2    console.error(e);\n$2}$3",
  );
}

if (existsSync(wasmPath)) {
  const renamed = renameWasm(readFileSync(wasmPath));
  writeFileSync(gluePath, catchTraps(renameGlue(readFileSync(gluePath, "utf8"), renamed)));
  writeFileSync(wasmPath, renamed.wasm);

  // --- 2. wasm-opt ------------------------------------------------------
  // trunk passes wasm-opt no feature flags with strip = true; these are
  // the ones rustc's wasm32 target uses.
  execFileSync(bin("wasm-opt"), [
    ...["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"].map(
      (f) => `--enable-${f}`,
    ),
    "-O1",
    "--converge",
    "--strip-producers",
    "--strip-target-features",
    wasmPath,
    "-o",
    wasmPath,
  ]);
}

// --- 3. Minify the JS -----------------------------------------------------
for (const file of readdirSync(staging).filter((f) => f.endsWith(".js"))) {
  const path = join(staging, file);
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
