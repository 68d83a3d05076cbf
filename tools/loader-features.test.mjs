// The loader (web/loader/widget.js) checks that the browser's WebAssembly
// has every feature the app's build uses by validating a tiny module
// (WASM_FEATURES). These tests check that module against binaryen: valid
// with those features, invalid without any one of them; and that they are
// the features the post-build step builds with.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const read = (path) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
const loader = read("../web/loader/widget.js");
const base64 = loader.match(/const WASM_FEATURES = "([^"]+)"/)[1];
const wasmOpt = fileURLToPath(new URL("node_modules/.bin/wasm-opt", import.meta.url));

// The features the app needs from a browser (mutable globals and
// multi-value, also enabled for wasm-opt, are older than all four).
const NEEDED = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "reference-types"];

function validWith(features) {
  const file = join(mkdtempSync(join(tmpdir(), "ccw-")), "features.wasm");
  writeFileSync(file, Buffer.from(base64, "base64"));
  try {
    execFileSync(wasmOpt, ["--mvp-features", ...features.map((f) => `--enable-${f}`), file, "-o", file], {
      stdio: "ignore",
    });
    return true;
  } catch {
    return false;
  }
}

test("the loader's module validates with the four features", () => {
  assert.equal(WebAssembly.validate(Buffer.from(base64, "base64")), true);
  assert.equal(validWith(NEEDED), true);
});

for (const feature of NEEDED) {
  test(`the loader's module needs ${feature}`, () => {
    assert.equal(validWith(NEEDED.filter((f) => f !== feature)), false);
  });
}

test("the post-build step builds with these features", () => {
  const postBuild = read("post-build.mjs");
  for (const feature of NEEDED) assert.match(postBuild, new RegExp(`"${feature}"`));
});
