// The JS heap over badge walkthroughs (issue 17): on the benchmark's
// partner page, BENCH_CYCLES (100) times: open the badge, walk to a
// result (each outcome in turn), close the dialog. The heap is read after
// two forced garbage collections (CDP HeapProfiler.collectGarbage, then
// Runtime.getHeapUsage) after the first cycle and every 10 after it.
//
// The walk is driven from inside the page (one function, clicks on the
// app's own buttons), not through Playwright's locators: those run
// Playwright's injected script in the page, on the same heap, and V8
// compiles its hot functions as it does the app's, which the figure would
// then count. It runs twice: as browsers run, and with V8's optimizing
// tiers off (--no-sparkplug --no-maglev --no-opt), which leaves out the
// machine code V8 adds for hot functions, so what remains is what the app
// and the page keep. Run it by hand after a build:
//   node tests/bench/heap.mjs   (or as part of `bash .ci/bench`)
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { WALKS as ANSWERS } from "../e2e/support/walks.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(join(HERE, "../e2e/package.json"));
const { chromium } = require("playwright-core");

export const CYCLES = Number(process.env.BENCH_CYCLES) || 100;
const NO_JIT = "--js-flags=--no-sparkplug --no-maglev --no-opt";

/**
 * One cycle, in the page: open the badge, Start (after "Start over" when
 * the app still shows the last result), answer `answers`, see the result,
 * close with the dialog's close button. Resolves to the result's outcome.
 */
async function walkOnce(answers) {
  const root = document.getElementById("badge").shadowRoot;
  const app = () => root.querySelector("dialog section.ccw");
  const waitFor = (find) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const look = () => {
        const found = find();
        if (found) resolve(found);
        else if (performance.now() - started > 10_000) reject(new Error(`timed out: ${find}`));
        else setTimeout(look, 5);
      };
      look();
    });
  const button = (selector) => waitFor(() => app()?.querySelector(selector));
  root.querySelector(".ccw-badge").click();
  const first = await waitFor(() => app()?.querySelector(".ccw-button-start, .ccw-result"));
  if (first.matches(".ccw-result")) {
    [...app().querySelectorAll("button")].find((b) => b.textContent.trim() === "Start over").click();
  }
  (await button(".ccw-button-start")).click();
  for (const step of answers) {
    const heading = (await button(".ccw-question-heading h1")).textContent;
    for (const value of [step].flat()) (await button(`input[value="${value}"]`)).click();
    app().querySelector("button[type=submit]").click();
    await waitFor(() => app().querySelector("h1")?.textContent !== heading);
  }
  (await button(".ccw-summary + .ccw-button")).click();
  const outcome = (await button(".ccw-result")).dataset.outcome;
  root.querySelector(".ccw-close").click();
  await waitFor(() => !root.querySelector("dialog").open);
  return outcome;
}

async function heapNow(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  // The wasm's linear memory, from the module the loader started (its
  // init returns the running instance's exports).
  const wasmMemory = await page.evaluate(async () => {
    const glue = await import(new URL("/connected-care-widget.js", location.href));
    return (await glue.default()).memory.buffer.byteLength;
  });
  return { jsHeapUsed: usedSize, wasmMemory, domNodes: metrics.find((m) => m.name === "Nodes")?.value };
}

/** One run of CYCLES cycles: the heap after cycle 1 and every 10 after. */
async function run({ url, chromiumPath, args, log }) {
  const dir = mkdtempSync(join(tmpdir(), "ccw-heap-"));
  const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath, headless: true, args });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => document.getElementById("badge")?.shadowRoot?.querySelector(".ccw-badge"));
    const paths = Object.values(ANSWERS);
    const outcomes = Object.keys(ANSWERS);
    const samples = [];
    for (let i = 0; i < CYCLES; i++) {
      const outcome = await page.evaluate(walkOnce, paths[i % paths.length]);
      if (outcome !== outcomes[i % outcomes.length]) throw new Error(`cycle ${i + 1}: ${outcome}, not ${outcomes[i % outcomes.length]}`);
      if (i === 0 || (i + 1) % 10 === 0) {
        samples.push({ cycles: i + 1, ...(await heapNow(page, cdp)) });
        log(`heap: ${i + 1}/${CYCLES} cycles, ${(samples.at(-1).jsHeapUsed / 1024).toFixed(0)} KB`);
      }
    }
    return samples;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The heap over CYCLES badge cycles on `url` (the partner page), with
 * V8's optimizing tiers on and off. `args`: Chromium's flags.
 */
export async function measureBadgeHeap({ url, chromiumPath, args, log = () => {} }) {
  const jit = await run({ url, chromiumPath, args, log });
  log("heap: again with V8's optimizing tiers off");
  const noJit = await run({ url, chromiumPath, args: [...args, NO_JIT], log });
  return { cycles: CYCLES, jit, noJit };
}

/** Adds the report's lines for `heap` (what measureBadgeHeap gave) to `lines`, through `row`. */
export function heapReport(heap, lines, row, kb) {
  lines.push(`7. JS heap over ${heap.cycles} badge cycles: open, walk to a result, close (after garbage collection)`);
  for (const [key, label] of [
    ["jit", "as browsers run"],
    ["noJit", "V8's optimizing tiers off"],
  ]) {
    const s = heap[key];
    const first = s[0];
    const last = s.at(-1);
    const growth = last.jsHeapUsed - first.jsHeapUsed;
    row(`   ${label}`, `${kb(first.jsHeapUsed)} -> ${kb(last.jsHeapUsed)} (${growth >= 0 ? "+" : ""}${kb(growth)})`, `after cycle 1 -> ${last.cycles}`);
    row("     every 10 cycles (KB)", s.slice(1).map((x) => (x.jsHeapUsed / 1024).toFixed(0)).join(" "));
  }
  const s = heap.jit;
  row("   wasm linear memory", `${kb(s[0].wasmMemory)} -> ${kb(s.at(-1).wasmMemory)}`);
  const nodes = s.map((x) => x.domNodes);
  row("   DOM nodes", `${Math.min(...nodes)} to ${Math.max(...nodes)}`, "(by the result on screen; no trend)");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startServer } = await import("./server.mjs");
  const { server, origin } = await startServer({ port: 0, ...(process.env.BENCH_DIST ? { dir: process.env.BENCH_DIST } : {}) });
  try {
    const heap = await measureBadgeHeap({
      url: `${origin}/bench/partner.html?lang=en`,
      chromiumPath: process.env.CHROME_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions"],
      log: (...a) => console.error(...a),
    });
    const lines = [];
    const row = (a, b, c = "") => lines.push(`${a.padEnd(46)}${b.padEnd(42)}${c}`);
    const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
    heapReport(heap, lines, row, kb);
    console.log(lines.join("\n"));
  } finally {
    server.close();
  }
}
