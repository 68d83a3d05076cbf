// Tests for tools/post-build.mjs (run: node --test tools/).
//
// The fixture is a small wasm (written as text, assembled with npm
// binaryen) and a glue with the shapes wasm-bindgen 0.2.130 writes: the
// imports object, `wasm.X` uses, and makeClosure / makeMutClosure. The
// tests run the renamed glue with the renamed wasm, so they check what the
// browser would see, not only the text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import binaryen from "binaryen";
import {
  INTEGRITY_MARKER,
  KIOSK_GLUE_MARKER,
  UnknownShapeError,
  appendConnect,
  bakeIntegrity,
  bakeGlueHash,
  SPEECH_GLUE_MARKER,
  catchTraps,
  checkGlue,
  compressionOrder,
  crateVersion,
  integrity,
  leb,
  nameInOrder,
  pinWasm,
  readFunctions,
  stampVersion,
  readLeb,
  renameGlue,
  renameWasm,
  shortNames,
} from "./post-build.mjs";

const assemble = (wat) => Buffer.from(binaryen.parseText(wat).emitBinary());

const FIXTURE_WASM = assemble(`
(module
  (import "./fixture_bg.js" "__wbg_log_0123456789abcdef" (func $log (param i32)))
  (import "./fixture_bg.js" "__wbg_fail_fedcba9876543210" (func $fail))
  (memory (export "memory") 1)
  (data (i32.const 0) "\\2a")
  ;; Logs the first byte of memory (42): the data section survived.
  (func (export "__wbindgen_start") (call $log (i32.load8_u (i32.const 0))))
  ;; A callback's body: logs its closure's first word plus its argument.
  (func (export "__wasm_bindgen_func_elem_1") (param i32 i32 i32) (call $log (i32.add (local.get 0) (local.get 2))))
  ;; A panic with panic = "abort": a trap.
  (func (export "__wasm_bindgen_func_elem_2") (param i32 i32) (unreachable))
  ;; A callback that calls JavaScript, which throws.
  (func (export "__wasm_bindgen_func_elem_3") (param i32 i32) (call $fail))
)`);

// Trimmed from wasm-bindgen 0.2.130's --target web glue; the shapes the
// step patches are as it writes them.
const FIXTURE_GLUE = `let wasm;
export const logged = [];

function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_0123456789abcdef: function(arg0) {
            logged.push(arg0);
        },
        __wbg_fail_fedcba9876543210: function() {
            throw new Error("thrown by JavaScript");
        },
    };
    return {
        __proto__: null,
        "./fixture_bg.js": import0,
    };
}

function makeClosure(arg0, arg1, f) {
    const state = { a: arg0, b: arg1, cnt: 1 };
    const real = (...args) => {

        // First up with a closure we increment the internal reference
        // count. This ensures that the Rust closure environment won't
        // be deallocated while we're invoking it.
        state.cnt++;
        try {
            return f(state.a, state.b, ...args);
        } finally {
            state.cnt--;
        }
    };
    return real;
}

function makeMutClosure(arg0, arg1, f) {
    const state = { a: arg0, b: arg1, cnt: 1 };
    const real = (...args) => {

        // First up with a closure we increment the internal reference
        // count. This ensures that the Rust closure environment won't
        // be deallocated while we're invoking it.
        state.cnt++;
        const a = state.a;
        state.a = 0;
        try {
            return f(a, state.b, ...args);
        } finally {
            state.a = a;
            state.cnt--;
        }
    };
    return real;
}

// Where wasm-bindgen's init fetches the wasm (not run here).
export async function load(module_or_path) {
    if (typeof module_or_path === 'string') {
        module_or_path = fetch(module_or_path);
    }
    return module_or_path;
}

export async function init(bytes) {
    const { instance } = await WebAssembly.instantiate(bytes, __wbg_get_imports());
    wasm = instance.exports;
    wasm.__wbindgen_start();
}

// Callbacks as the app hands them to the browser (closure data 7, 0).
export const logs = () => makeClosure(7, 0, (a, b, x) => wasm.__wasm_bindgen_func_elem_1(a, b, x));
export const traps = () => makeClosure(7, 0, (a, b) => wasm.__wasm_bindgen_func_elem_2(a, b));
export const trapsMut = () => makeMutClosure(7, 0, (a, b) => wasm.__wasm_bindgen_func_elem_2(a, b));
export const failsInJs = () => makeMutClosure(7, 0, (a, b) => wasm.__wasm_bindgen_func_elem_3(a, b));
export const memoryBytes = () => new Uint8Array(wasm.memory.buffer).length;
`;

const CARGO_LOCK_VERSION = readFileSync(new URL("../Cargo.lock", import.meta.url), "utf8").match(
  /^name = "wasm-bindgen"\nversion = "([^"]+)"/m,
)[1];

/** The fixture after steps 1 to 4, as a module of its own. */
async function postBuilt(glue = FIXTURE_GLUE, steps = (g, mapping) => catchTraps(renameGlue(g, mapping))) {
  const { wasm, mapping } = renameWasm(FIXTURE_WASM);
  checkGlue(glue, mapping);
  const patched = steps(glue, mapping);
  const module = await import(`data:text/javascript,${encodeURIComponent(patched)}`);
  await module.init(wasm);
  return { module, patched, mapping, wasm };
}

test("readLeb reads what leb writes, for one- to five-byte numbers", () => {
  for (const n of [0, 1, 127, 128, 300, 16384, 2 ** 31 + 5, 2 ** 32 - 1]) {
    const bytes = Buffer.concat([Buffer.from([0xff]), leb(n), Buffer.from([0xff])]);
    assert.deepEqual(readLeb(bytes, 1), [n, bytes.length - 1], `${n}`);
  }
  assert.deepEqual([...leb(624485)], [0xe5, 0x8e, 0x26]); // the example in the LEB128 spec
});

test("shortNames: 52 single letters, then two letters without do, if and in", () => {
  const all = [];
  assert.throws(() => {
    for (const name of shortNames()) all.push(name);
  }, /more than 2,753/);
  assert.equal(all[0], "a");
  assert.equal(all[51], "Z");
  assert.deepEqual(all.slice(52, 55), ["aa", "ab", "ac"]);
  assert.equal(all.length, 2753);
  assert.equal(new Set(all).size, all.length);
  for (const reserved of ["do", "if", "in"]) assert.ok(!all.includes(reserved), reserved);
  assert.ok(all.every((name) => /^[a-zA-Z]{1,2}$/.test(name)));
});

test("renameWasm: module a, fields a, b, ..., exports a, b, ... (memory kept), for every import kind", async () => {
  const wasm = assemble(`
  (module
    (import "host" "a_long_function_name" (func $f (param i32)))
    (import "host" "a_long_global_name" (global $g i32))
    (import "host" "a_long_memory_name" (memory 1 2))
    (import "host" "a_long_table_name" (table 1 funcref))
    (func (export "run") (result i32) (call $f (global.get $g)) (i32.load8_u (i32.const 0)))
    (export "memory" (memory 0))
    (export "the_table" (table 0))
  )`);
  const before = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  const { wasm: renamed, mapping } = renameWasm(wasm);
  const module = new WebAssembly.Module(renamed);
  assert.deepEqual(mapping.modules, ["host"]);
  // Same imports, same order and kinds; only the names changed.
  assert.deepEqual(
    WebAssembly.Module.imports(module),
    before.map(({ name, kind }, i) => ({ module: "a", name: "abcd"[i], kind })),
  );
  assert.deepEqual(
    WebAssembly.Module.imports(module).map(({ name }) => name),
    before.map(({ name }) => mapping.imports.get(name)),
  );
  assert.deepEqual(
    WebAssembly.Module.exports(module).map(({ name }) => name),
    ["a", "memory", "b"],
  );
  assert.deepEqual(
    [...mapping.exports],
    [
      ["run", "a"],
      ["memory", "memory"],
      ["the_table", "b"],
    ],
  );
  // And it still runs: the call reaches the import, the memory is the host's.
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 2 });
  new Uint8Array(memory.buffer)[0] = 9;
  const calls = [];
  const { exports } = await WebAssembly.instantiate(module, {
    a: {
      [mapping.imports.get("a_long_function_name")]: (x) => calls.push(x),
      [mapping.imports.get("a_long_global_name")]: 5,
      [mapping.imports.get("a_long_memory_name")]: memory,
      [mapping.imports.get("a_long_table_name")]: new WebAssembly.Table({ initial: 1, element: "anyfunc" }),
    },
  });
  assert.equal(exports.a(), 9);
  assert.deepEqual(calls, [5]);
});

test("renameWasm: an import kind it cannot read fails loudly", () => {
  // One import, module "m", field "t", kind 4 (a tag), which it does not read.
  const body = Buffer.from([1, 1, 0x6d, 1, 0x74, 4, 0, 0]);
  const wasm = Buffer.concat([Buffer.from("\0asm\x01\0\0\0", "latin1"), Buffer.from([2, body.length]), body]);
  assert.throws(
    () => renameWasm(wasm),
    (error) => {
      assert.ok(error instanceof UnknownShapeError);
      assert.match(error.message, /imports something of kind 4/);
      assert.match(
        error.message,
        new RegExp(`wasm-bindgen ${CARGO_LOCK_VERSION.replaceAll(".", "\\.")} \\(the version in Cargo.lock\\)`),
      );
      return true;
    },
  );
});

test("the name mapping applied to the glue: no long name left, and the glue runs the renamed wasm", async () => {
  const { module, patched, mapping } = await postBuilt();
  assert.deepEqual(
    [...mapping.imports],
    [
      ["__wbg_log_0123456789abcdef", "a"],
      ["__wbg_fail_fedcba9876543210", "b"],
    ],
  );
  assert.doesNotMatch(patched, /__wbg_log|__wbg_fail|fixture_bg|__wasm_bindgen_func_elem|__wbindgen_start/);
  assert.match(patched, /^ {8}a: function\(arg0\) \{$/m);
  assert.match(patched, /^ {8}"a": import0,$/m);
  assert.match(patched, /wasm\.memory\.buffer/);
  assert.match(patched, new RegExp(`wasm\\.${mapping.exports.get("__wasm_bindgen_func_elem_1")}\\(a, b, x\\)`));
  // __wbindgen_start logged memory's first byte; the callback adds 7.
  assert.deepEqual(module.logged, [42]);
  module.logs()(5);
  assert.deepEqual(module.logged, [42, 12]);
  assert.equal(module.memoryBytes(), 65536);
});

test("catchTraps: a trap in a callback is logged, not thrown, from makeClosure and makeMutClosure", async (t) => {
  const { module } = await postBuilt();
  const consoleError = t.mock.method(console, "error", () => {});
  assert.equal(module.traps()(), undefined);
  assert.equal(module.trapsMut()(), undefined);
  assert.equal(consoleError.mock.callCount(), 2);
  for (const call of consoleError.mock.calls) assert.ok(call.arguments[0] instanceof WebAssembly.RuntimeError);
  // Any other error goes on to the caller, as before.
  assert.throws(() => module.failsInJs()(), { message: "thrown by JavaScript" });
  assert.equal(consoleError.mock.callCount(), 2);
});

test("without catchTraps the trap reaches the caller (what the step prevents)", async () => {
  const { module } = await postBuilt(FIXTURE_GLUE, renameGlue);
  assert.throws(() => module.traps()(), WebAssembly.RuntimeError);
  assert.throws(() => module.trapsMut()(), WebAssembly.RuntimeError);
});

test("catchTraps adds one catch to each closure entry and changes nothing else", () => {
  const patched = catchTraps(FIXTURE_GLUE);
  assert.equal(patched.match(/ catch \(e\) \{/g).length, 2);
  assert.equal(patched.replace(/ catch \(e\) \{\n.*\n.*\n\s*\}/g, ""), FIXTURE_GLUE);
});

// checkGlue on the fixture glue with one thing changed: each change is one
// wasm-bindgen might make.
const UNKNOWN_SHAPES = [
  {
    change: "the closure entry is written differently",
    glue: FIXTURE_GLUE.replace(
      "return f(state.a, state.b, ...args);",
      "return f.call(null, state.a, state.b, ...args);",
    ),
    problem: /expected 2 closure entries .*, found 1/,
  },
  {
    change: "no closure maker at all",
    glue: FIXTURE_GLUE.replaceAll("function makeClosure(", "function wrapClosure(").replaceAll("function makeMutClosure(", "function wrapMutClosure("),
    problem: /expected at least 1 closure entries/,
  },
  {
    change: "an import is no longer a `name: function(` key",
    glue: FIXTURE_GLUE.replace("__wbg_log_0123456789abcdef: function(arg0) {", "__wbg_log_0123456789abcdef(arg0) {"),
    problem: /imports with no `name: function\(` key in the glue: __wbg_log_0123456789abcdef/,
  },
  {
    change: "the glue has a key the wasm does not import",
    glue: FIXTURE_GLUE.replace(
      "__proto__: null,\n        __wbg_log",
      "__proto__: null,\n        helper: function() {},\n        __wbg_log",
    ),
    problem: /keys `name: function\(` that are not imports of the wasm: helper/,
  },
  {
    change: "the imports object's module is written differently",
    glue: FIXTURE_GLUE.replace('"./fixture_bg.js": import0,', '["./fixture_bg.js"]: import0,'),
    problem: /no entry `"\.\/fixture_bg\.js": import0,` in the glue's imports object/,
  },
  {
    change: "the module's name appears a second time",
    glue: FIXTURE_GLUE.replace("let wasm;", 'let wasm;\nconst MODULE = "./fixture_bg.js";'),
    problem: /the module name "\.\/fixture_bg\.js" appears more than once/,
  },
  {
    change: "the glue uses an export the wasm does not have",
    glue: FIXTURE_GLUE.replace(
      "wasm.__wbindgen_start();",
      "wasm.__wbindgen_start();\n    wasm.__wbindgen_new_export();",
    ),
    problem: /the glue uses wasm\.X that are not exports: __wbindgen_new_export/,
  },
  {
    change: "init fetches the wasm some other way",
    glue: FIXTURE_GLUE.replace("fetch(module_or_path);", "fetch(module_or_path, {});"),
    problem: /expected one `module_or_path = fetch\(module_or_path\);`/,
  },
];

for (const { change, glue, problem } of UNKNOWN_SHAPES) {
  test(`checkGlue fails loudly, with the wasm-bindgen version, when ${change}`, () => {
    assert.notEqual(glue, FIXTURE_GLUE, "the change applies to the fixture");
    const { mapping } = renameWasm(FIXTURE_WASM);
    assert.throws(
      () => checkGlue(glue, mapping),
      (error) => {
        assert.ok(error instanceof UnknownShapeError);
        assert.match(error.message, problem);
        assert.ok(
          error.message.startsWith(
            `post-build: the output of wasm-bindgen ${CARGO_LOCK_VERSION} (the version in Cargo.lock)`,
          ),
        );
        return true;
      },
    );
  });
}

test("checkGlue fails loudly when the wasm imports from a second module", () => {
  const { mapping } = renameWasm(FIXTURE_WASM);
  assert.throws(
    () => checkGlue(FIXTURE_GLUE, { ...mapping, modules: [...mapping.modules, "./snippets/inline0.js"] }),
    /expected one import module in the wasm, found \.\/fixture_bg\.js, \.\/snippets\/inline0\.js/,
  );
});

test("checkGlue accepts the fixture as wasm-bindgen writes it", () => {
  const { mapping } = renameWasm(FIXTURE_WASM);
  assert.doesNotThrow(() => checkGlue(FIXTURE_GLUE, mapping));
});

// --- 6. Functions in an order that compresses well --------------------------

// Four functions of one type: $a1 and $a2 are alike (the same
// operations, in another order, one constant differs), but their bytes
// sort apart: $b's come between them. $c calls $a2 through the table.
// $d and $e share nothing with the others; they are there because in a
// module of four, a sequence that two functions share counts as common.
const ORDER_WASM = assemble(`
(module
  (import "host" "log" (func $log (param i32)))
  (import "host" "base" (global $base i32))
  (type $unary (func (param i32) (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $b $a2)
  (func $a1 (export "a1") (type $unary)
    (i32.xor (i32.mul (i32.add (local.get 0) (i32.const 1234567)) (i32.const 7654321))
      (i32.rotl (i32.sub (local.get 0) (i32.const 1111111)) (i32.const 13))))
  (func $b (export "b") (type $unary)
    (call $log (i32.add (local.get 0) (i32.const 5000000)))
    (global.get $base))
  (func $c (export "c") (type $unary)
    (call_indirect (type $unary) (local.get 0) (i32.const 1)))
  (func $a2 (export "a2") (type $unary)
    (i32.xor (i32.rotl (i32.sub (local.get 0) (i32.const 1111111)) (i32.const 17))
      (i32.mul (i32.add (local.get 0) (i32.const 1234567)) (i32.const 7654321))))
  (func $d (export "d") (type $unary) (i32.shl (local.get 0) (i32.const 3)))
  (func $e (export "e") (type $unary) (i32.eqz (local.get 0)))
)`);

/** What the fixture's exports give for a few arguments, and what it logs. */
async function runOrderFixture(wasm) {
  const logged = [];
  const { instance } = await WebAssembly.instantiate(wasm, { host: { log: (x) => logged.push(x), base: 100 } });
  const results = ["a1", "b", "c", "a2", "d", "e"].map((name) => [0, 1, -5, 99999].map((x) => instance.exports[name](x)));
  return { results, logged };
}

/** The wasm moved into the order its name section gives, as the build's
 * wasm-opt --reorder-functions-by-name does. */
function reorderByName(wasm) {
  const module = binaryen.readBinary(wasm);
  module.runPasses(["reorder-functions-by-name"]);
  const moved = Buffer.from(module.emitBinary());
  module.dispose();
  return moved;
}

test("readFunctions: imported functions counted (not other imports), each body and type index", () => {
  const { imported, types, bodies } = readFunctions(ORDER_WASM);
  assert.equal(imported, 1);
  assert.equal(bodies.length, 6);
  assert.equal(types.length, 6);
  assert.equal(new Set(types).size, 1, "one type for all");
  // a1 and a2: as long, not the same bytes.
  assert.equal(bodies[0].length, bodies[3].length);
  assert.notDeepEqual(bodies[0], bodies[3]);
});

test("compressionOrder: every function once, alike ones next to each other", () => {
  const { types, bodies } = readFunctions(ORDER_WASM);
  // Sorted by their bytes alone, b would come between a1 and a2.
  assert.ok(Buffer.compare(bodies[0], bodies[1]) < 0 && Buffer.compare(bodies[1], bodies[3]) < 0);
  const order = compressionOrder(bodies, types);
  assert.deepEqual([...order].sort(), [0, 1, 2, 3, 4, 5]);
  assert.equal(Math.abs(order.indexOf(0) - order.indexOf(3)), 1, `a1 and a2 are neighbours in ${order}`);
});

test("compressionOrder: functions that share nothing keep (type, bytes) order", () => {
  const wasm = assemble(`
  (module
    (func (export "x") (result i32) (i32.const 3))
    (func (export "y") (result i32) (i32.const 2))
    (func (export "z") (result i32) (i32.const 1))
    (func (export "w") (param i32))
  )`);
  const { types, bodies } = readFunctions(wasm);
  const order = compressionOrder(bodies, types);
  // x, y and z: one type, bytes ending in the constant, so z, y, x.
  assert.deepEqual(
    order.filter((f) => f !== 3),
    [2, 1, 0],
  );
  // w, of another type, comes first or last as its type's index says.
  assert.equal(order.indexOf(3), types[3] < types[0] ? 0 : 3);
});

test("nameInOrder + reorder-functions-by-name: the functions move into the order and behave as before", async () => {
  const { imported, types, bodies } = readFunctions(ORDER_WASM);
  const order = compressionOrder(bodies, types);
  assert.notDeepEqual(order, [0, 1, 2, 3, 4, 5], "the fixture's functions do move");
  const moved = reorderByName(nameInOrder(ORDER_WASM, imported, order));
  // Moved: the same bodies (no direct call between them to renumber), in order.
  assert.deepEqual(
    readFunctions(moved).bodies,
    order.map((f) => bodies[f]),
  );
  // Same behaviour: exports, the call through the table ($c calls $a2), the import.
  assert.deepEqual(await runOrderFixture(moved), await runOrderFixture(ORDER_WASM));
  const { results } = await runOrderFixture(moved);
  assert.deepEqual(results[2], results[3], "c still calls a2 through the table");
});

test("nameInOrder: a name section the wasm had is replaced, not kept beside the new one", () => {
  binaryen.setDebugInfo(true);
  let named;
  try {
    const module = binaryen.parseText("(module (func $old_name (export \"f\")))");
    named = Buffer.from(module.emitBinary());
    module.dispose();
  } finally {
    binaryen.setDebugInfo(false);
  }
  const sections = (wasm) => WebAssembly.Module.customSections(new WebAssembly.Module(wasm), "name");
  assert.equal(sections(named).length, 1);
  assert.ok(named.includes("old_name"));
  const renamed = nameInOrder(named, 0, [0]);
  assert.equal(sections(renamed).length, 1);
  assert.ok(!renamed.includes("old_name"));
  assert.ok(renamed.includes("f0"));
});

// --- Version and integrity ----------------------------------------------------

test("crateVersion reads [package]'s version, not a dependency's", () => {
  const toml = '[package]\nname = "x"\nversion = "1.2.3"\n\n[dependencies]\nyew = { version = "0.23" }\n';
  assert.equal(crateVersion(toml), "1.2.3");
  assert.match(crateVersion(), /^\d+\.\d+\.\d+/, "the repository's Cargo.toml");
  assert.throws(() => crateVersion('[dependencies]\nversion = "1"\n'), /no version/);
});

test("stampVersion writes the version into the loader's source, once", () => {
  const loader = readFileSync(new URL("../web/loader/widget.js", import.meta.url), "utf8");
  const stamped = stampVersion(loader, "1.2.3");
  assert.match(stamped, /^export const VERSION = "1\.2\.3";$/m);
  assert.doesNotMatch(stamped, /"dev"/);
  assert.throws(() => stampVersion(stamped, "1.2.4"), /no single/);
});

test("integrity is a Subresource Integrity value (the W3C spec's example)", () => {
  // SRI spec, 3.2: alert('Hello, world.');
  assert.equal(
    integrity("alert('Hello, world.');", "sha384"),
    "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO",
  );
  assert.match(integrity("x"), /^sha256-[A-Za-z0-9+/]{43}=$/);
});

test("pinWasm makes the glue fetch the wasm with the wasm's hash", () => {
  const wasm = Buffer.from("the wasm");
  const pinned = pinWasm(FIXTURE_GLUE, wasm);
  assert.ok(pinned.includes(`module_or_path = fetch(module_or_path, { integrity: "${integrity(wasm)}" });`));
  assert.equal(pinned.split("fetch(").length, FIXTURE_GLUE.split("fetch(").length, "one fetch, changed");
});

test("bakeIntegrity writes each file's hash into the minified loader, once", async () => {
  const loader = `const I=${INTEGRITY_MARKER},c=f=>I[f]??"";export const check=c;`;
  const files = { "a.js": Buffer.from("a"), "kiosk/b.css": Buffer.from("b") };
  const baked = bakeIntegrity(loader, files);
  const { check } = await import(`data:text/javascript,${encodeURIComponent(baked)}`);
  assert.equal(check("a.js"), integrity("a"));
  assert.equal(check("kiosk/b.css"), integrity("b"));
  assert.equal(check("c.js"), "");
  assert.throws(() => bakeIntegrity(baked, files), /no single/);
});

test("appendConnect puts connect.js after the glue, with the stylesheets' hashes and the bundle's kind", () => {
  const glue = "export function mount(a, b) {}\nasync function __wbg_init(m) {}\n";
  const connect = "const BUNDLE = { __bundle__: 0 };\nconst OWN_SPEECH = null;\nexport const bundle = BUNDLE;\n";
  const main = appendConnect(glue, connect, { "style.css": Buffer.from("s") });
  assert.ok(main.startsWith(glue));
  const described = (text) => JSON.parse(text.match(/const BUNDLE = (\{.*\});/)[1]);
  assert.deepEqual(described(main), { styles: { "style.css": integrity("s") }, kiosk: false });
  const kiosk = appendConnect(glue, connect, { "style.css": Buffer.from("s"), "kiosk-page.css": Buffer.from("k") });
  assert.deepEqual(described(kiosk), {
    styles: { "style.css": integrity("s"), "kiosk-page.css": integrity("k") },
    kiosk: true,
  });
  // A glue without the functions connect.js calls stops the build.
  assert.throws(() => appendConnect("export function mount(a) {}", connect, {}), UnknownShapeError);
  assert.throws(() => appendConnect(glue, "const BUNDLE = {};", {}), /no single/);
  assert.throws(() => appendConnect(glue, "const BUNDLE = { __bundle__: 0 };", {}), /no single `const OWN_SPEECH/);
});

test("appendConnect gives connect.js the glue's own read-aloud only where the glue exports it", () => {
  const glue = "export function mount(a, b) {}\nasync function __wbg_init(m) {}\n";
  const speaking = `${glue}export function readAloud(p, l, c) {}\nexport function stopReading() {}\n`;
  const connect = "const BUNDLE = { __bundle__: 0 };\nconst OWN_SPEECH = null;\n";
  assert.match(appendConnect(glue, connect, {}), /const OWN_SPEECH = null;/);
  assert.match(appendConnect(speaking, connect, {}), /const OWN_SPEECH = \{ readAloud, stopReading \};/);
  // One without the other is a glue this step does not know.
  assert.throws(() => appendConnect(`${glue}export function readAloud(p) {}\n`, connect, {}), UnknownShapeError);
});

test("bakeGlueHash writes a glue's hash into another glue, once, at its marker", () => {
  const glue = `const k="${KIOSK_GLUE_MARKER}",s="${SPEECH_GLUE_MARKER}";`;
  const kiosk = bakeGlueHash(glue, Buffer.from("kiosk glue"));
  assert.equal(kiosk, `const k="${integrity("kiosk glue")}",s="${SPEECH_GLUE_MARKER}";`);
  assert.throws(() => bakeGlueHash(kiosk, Buffer.from("kiosk glue")), /no single/);
  const both = bakeGlueHash(kiosk, Buffer.from("speech glue"), SPEECH_GLUE_MARKER);
  assert.equal(both, `const k="${integrity("kiosk glue")}",s="${integrity("speech glue")}";`);
  assert.throws(() => bakeGlueHash(both, Buffer.from("speech glue"), SPEECH_GLUE_MARKER), /no single/);
});
