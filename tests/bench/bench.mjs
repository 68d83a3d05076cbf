// The Connected Care widget's benchmark (issue 7). Run it with
// `bash .ci/bench` (which sets up, builds the release bundle, then runs
// this); by hand after a build: `node tests/bench/bench.mjs`.
//
// It serves dist/ on 127.0.0.1 (tests/bench/server.mjs: brotli, ETag,
// Cache-Control), drives Debian's headless Chromium with Playwright and
// the Chrome DevTools Protocol, and prints six figures:
//   1. bytes before any interaction (budget: the loader only, <= 2 KB br)
//   2. bytes after opening (English <= 100 KB br; each other language
//      <= 10 KB br more than English)
//   3. click on the badge -> first question focused, 4x CPU throttling,
//      cold and warm cache, median and spread of BENCH_RUNS runs
//   4. on the host page: layout shift caused by the badge, and long tasks
//      (>= 50 ms) during load, with the widget's share of them
//   5. Lighthouse performance and accessibility: demo, partner, kiosk pages
//   6. JS heap and wasm linear memory after opening, and after
//      BENCH_WALKS walkthroughs
//   7. JS heap over BENCH_CYCLES badge cycles: open, walk, close (heap.mjs)
// Timings are reported, never asserted; over-budget sizes are flagged.
// Everything is written to tests/bench/results.json.
//
// Settings (environment): BENCH_PORT (4832), BENCH_RUNS (12),
// BENCH_WALKS (100), BENCH_CYCLES (100), BENCH_THROTTLE (4), BENCH_LIGHTHOUSE=0 to skip
// Lighthouse, BENCH_ONLY=sizes,timings,lighthouse,memory,heap to run some.
import { createRequire } from "node:module";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./server.mjs";
import { WALKS as ANSWERS } from "../e2e/support/walks.js";
import { heapReport, measureBadgeHeap } from "./heap.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(join(HERE, "../e2e/package.json"));
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
const PORT = Number(process.env.BENCH_PORT) || 4832;
const RUNS = Number(process.env.BENCH_RUNS) || 12;
const WALKS = Number(process.env.BENCH_WALKS) || 100;
const THROTTLE = Number(process.env.BENCH_THROTTLE) || 4;
const ONLY = new Set((process.env.BENCH_ONLY || "sizes,timings,lighthouse,memory,heap").split(","));
if (process.env.BENCH_LIGHTHOUSE === "0") ONLY.delete("lighthouse");
const LANGS = ["es", "zh-Hant", "vi", "ko", "ru", "ar", "ht"];
const BUDGET = { loader: 2048, english: 100 * 1024, language: 10 * 1024 };
const LONG_TASK = 50;
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--disable-extensions",
];
const INSTRUMENT = readFileSync(join(HERE, "instrument.js"), "utf8");

const started = Date.now();
// BENCH_DIST: benchmark another build folder (default dist/).
const { server, origin } = await startServer({ port: PORT, ...(process.env.BENCH_DIST ? { dir: process.env.BENCH_DIST } : {}) });
const PARTNER = (lang = "en") => `${origin}/bench/partner.html?lang=${lang}`;
const log = (...a) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...a);
const results = {
  date: new Date().toISOString(),
  chromium: null,
  settings: { runs: RUNS, walks: WALKS, cpuThrottling: THROTTLE, port: PORT },
};

// ---------------------------------------------------------------- helpers
const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return null;
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}
function stats(xs) {
  if (!xs.length) return { n: 0, median: null, p25: null, p75: null, min: null, max: null };
  const round = (v) => (v == null ? null : Math.round(v));
  return {
    n: xs.length,
    median: round(quantile(xs, 0.5)),
    p25: round(quantile(xs, 0.25)),
    p75: round(quantile(xs, 0.75)),
    min: round(Math.min(...xs)),
    max: round(Math.max(...xs)),
  };
}
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const fmtBytes = (b) => `${b.toLocaleString("en-US")} B`;
const fmtStats = (s) => (s.n ? `${s.median} ms (IQR ${s.p25}-${s.p75}, range ${s.min}-${s.max}, n=${s.n})` : "n/a");

async function newBrowser(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
}

// A page with the instrumentation, throttled, with the done binding.
async function preparePage(context, { throttle = THROTTLE, clearCache = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (clearCache) {
    await cdp.send("Network.enable");
    await cdp.send("Network.clearBrowserCache");
  }
  let done;
  const finished = new Promise((ok) => (done = ok));
  await page.exposeBinding("__benchDone", () => done());
  await page.addInitScript(INSTRUMENT);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  return { page, cdp, finished };
}

// The centre of a badge (in its shadow root), once it is drawn.
function badgeCentre(page, id = "badge") {
  return page.evaluate(
    (id) =>
      new Promise((ok) => {
        const look = () => {
          const b = document.getElementById(id)?.shadowRoot?.querySelector(".ccw-badge");
          const r = b?.getBoundingClientRect();
          if (r?.width) ok({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
          else requestAnimationFrame(look);
        };
        look();
      }),
    id,
  );
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const withTimeout = (promise, ms, what) =>
  Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`timed out: ${what}`)))]);

// ------------------------------------------------------------- 1 and 2
async function measureSizes(context) {
  const open = async (lang) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.clearBrowserCache");
    const responses = [];
    page.on("requestfinished", async (request) => {
      const response = await request.response();
      const sizes = await request.sizes();
      responses.push({
        path: new URL(request.url()).pathname,
        status: response?.status(),
        encoding: (await response?.headerValue("content-encoding")) ?? "identity",
        body: sizes.responseBodySize,
        headers: sizes.responseHeadersSize,
      });
    });
    await page.goto(PARTNER(lang), { waitUntil: "load" });
    const at = await badgeCentre(page);
    await sleep(1000);
    const before = responses.filter((r) => !r.path.startsWith("/bench/"));
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.up();
    const app = page.locator("#badge dialog section.ccw");
    await app.locator(".ccw-button-start").click();
    await app.locator("h1:focus").waitFor();
    // A language file arrives after the first render: wait for it.
    if (lang !== "en") await page.locator(`#badge dialog section.ccw[lang="${lang}"]`).waitFor();
    await sleep(500);
    const after = responses.filter((r) => !r.path.startsWith("/bench/"));
    await page.close();
    return { before, after };
  };
  const sum = (rs) => rs.reduce((s, r) => s + r.body, 0);
  log("sizes: English");
  const en = await open("en");
  const sizes = {
    beforeInteraction: { bytes: sum(en.before), files: en.before },
    english: { bytes: sum(en.after), files: en.after },
    languages: {},
  };
  for (const lang of LANGS) {
    log(`sizes: ${lang}`);
    const { after } = await open(lang);
    const extra = after.filter((r) => !en.after.some((e) => e.path === r.path));
    sizes.languages[lang] = { total: sum(after), extra: sum(after) - sizes.english.bytes, files: extra };
  }
  const loaderOnly = en.before.length === 1 && en.before[0].path.endsWith("/widget.js");
  sizes.flags = [
    ...(loaderOnly ? [] : [`before interaction: more than the loader (${en.before.map((r) => r.path).join(", ")})`]),
    ...(sizes.beforeInteraction.bytes > BUDGET.loader ? [`loader over ${BUDGET.loader} B`] : []),
    ...(sizes.english.bytes > BUDGET.english ? [`English over ${BUDGET.english} B`] : []),
    ...Object.entries(sizes.languages)
      .filter(([, l]) => l.extra > BUDGET.language)
      .map(([lang]) => `${lang} over ${BUDGET.language} B`),
  ];
  return sizes;
}

// ---------------------------------------------------------------- 3 and 4
// One open of the badge on the partner page: load, wait for the page to
// settle, click the badge (the pointer moves onto it just before, so intent
// and click come together: the app has no head start), let the
// instrumentation click Start, wait for the first question.
async function timedOpen(context, { cold, viewport, holdLoader = 0 }) {
  const { page, finished } = await preparePage(context, { clearCache: cold });
  if (viewport) await page.setViewportSize(viewport);
  // The worst case for layout shift: the loader arrives late, so the
  // partner's link has surely been painted before the badge replaces it.
  if (holdLoader) {
    await page.route("**/widget.js", async (route) => {
      await sleep(holdLoader);
      await route.continue();
    });
  }
  await page.goto(PARTNER("en"), { waitUntil: "load" });
  const at = await badgeCentre(page);
  await sleep(1500);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.up();
  await withTimeout(finished, 60_000, "first question");
  await sleep(300);
  const bench = await page.evaluate(() => window.__bench);
  await page.close();
  return analyseRun(bench);
}

const OURS = (url) => url?.startsWith(origin) && !url.includes("/bench/");
const short = (url) => (url ? url.slice(origin.length + 1) || url : "(none)");

// Long tasks in a window, each with the widget's scripts in the long
// animation frames it overlaps (Chromium attributes a long task only to a
// frame; a long animation frame names the scripts that ran in it).
function tasksIn(bench, from, to) {
  return bench.longtasks
    .filter((t) => t.start >= from && t.start < to && t.duration >= LONG_TASK)
    .map((t) => {
      const frames = bench.frames.filter((f) => f.start < t.start + t.duration && f.start + f.duration > t.start);
      const scripts = frames
        .flatMap((f) => f.scripts)
        .filter((s) => s.start < t.start + t.duration && s.start + s.duration > t.start);
      const widget = scripts.filter((s) => OURS(s.source));
      return {
        start: Math.round(t.start),
        duration: Math.round(t.duration),
        widgetScript: Math.round(widget.reduce((sum, s) => sum + s.duration, 0)),
        scripts: scripts.map((s) => `${short(s.source)} ${s.invokerType}:${s.invoker} ${Math.round(s.duration)} ms`),
      };
    });
}

function analyseRun(b) {
  const m = b.marks;
  const interaction = m.intent ?? m.click;
  const cls = (from, to) =>
    b.shifts.filter((s) => s.start >= from && s.start < to && !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
  return {
    open: m.startScreen - m.click,
    start: m.question - m.startClick,
    total: m.startScreen - m.click + (m.question - m.startClick),
    questionPainted: m.questionPainted - m.startClick + (m.startScreen - m.click),
    clsBeforeInteraction: cls(0, interaction),
    shiftsBeforeInteraction: b.shifts.filter((s) => s.start < interaction),
    clsAfterOpening: cls(interaction, Infinity),
    shiftsAfterOpening: b.shifts.filter((s) => s.start >= interaction && !s.hadRecentInput),
    // "During load": the page's load until the visitor's first intent
    // (the loader's work), then intent until the start screen is painted
    // (download, compile and instantiate the wasm, first render).
    pageLoadTasks: tasksIn(b, 0, interaction),
    appLoadTasks: tasksIn(b, interaction, m.startScreenPainted),
    startTasks: tasksIn(b, m.startScreenPainted, Infinity),
    unsupported: b.unsupported ?? [],
  };
}

function summariseRuns(runs) {
  const longest = (key) => runs.map((r) => Math.max(0, ...r[key].map((t) => t.duration)));
  const widgetLongest = (key) => runs.map((r) => Math.max(0, ...r[key].map((t) => t.widgetScript)));
  const window = (key) => ({
    runsWithLongTask: runs.filter((r) => r[key].length).length,
    // Runs where the widget's own scripts ran in a long task (long
    // animation frames name scripts of 5 ms or more).
    runsWithWidgetScriptInLongTask: runs.filter((r) => r[key].some((t) => t.widgetScript > 0)).length,
    longest: stats(longest(key).filter((d) => d > 0)),
    widgetScriptInLongest: stats(widgetLongest(key).filter((d) => d > 0)),
    examples: runs.flatMap((r) => r[key]).sort((a, b) => b.duration - a.duration).slice(0, 3),
  });
  return {
    open: stats(runs.map((r) => r.open)),
    start: stats(runs.map((r) => r.start)),
    total: stats(runs.map((r) => r.total)),
    questionPainted: stats(runs.map((r) => r.questionPainted)),
    clsBeforeInteraction: Math.max(...runs.map((r) => r.clsBeforeInteraction)),
    clsAfterOpening: stats(runs.map((r) => r.clsAfterOpening * 1000)),
    shiftSourcesAfterOpening: [...new Set(runs.flatMap((r) => r.shiftsAfterOpening.flatMap((s) => s.sources)))],
    pageLoad: window("pageLoadTasks"),
    appLoad: window("appLoadTasks"),
    afterStart: window("startTasks"),
    runs,
  };
}

async function measureTimings() {
  const out = {};
  for (const mode of ["cold", "warm"]) {
    const dir = mkdtempSync(join(tmpdir(), "ccw-bench-"));
    const context = await newBrowser(dir);
    try {
      if (mode === "warm") {
        // Prime the HTTP cache and V8's code cache, twice (V8 caches a
        // script's code on its second load).
        for (let i = 0; i < 2; i++) await timedOpen(context, { cold: false });
      }
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        log(`timings: ${mode} ${i + 1}/${RUNS}`);
        runs.push(await timedOpen(context, { cold: mode === "cold" }));
      }
      out[mode] = summariseRuns(runs);
      if (mode === "cold") {
        // Layout shift on a phone-sized page too, where the badge's label
        // wraps (Lighthouse loads pages at 412 px), and with the loader
        // held back 300 ms at each width.
        const narrow = [];
        for (const holdLoader of [0, 300]) {
          for (const width of holdLoader ? [320, 360, 412, 1280] : [320, 360, 412]) {
            log(`timings: layout shift at ${width} px${holdLoader ? ", loader held back" : ""}`);
            narrow.push({ width, holdLoader, ...(await timedOpen(context, { cold: true, holdLoader, viewport: { width, height: 800 } })) });
          }
        }
        out.narrow = narrow.map((r) => ({
          width: r.width,
          holdLoader: r.holdLoader,
          clsBeforeInteraction: r.clsBeforeInteraction,
          shifts: r.shiftsBeforeInteraction,
        }));
      }
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

// ---------------------------------------------------------------- 5
function lighthouse(url) {
  const cli = join(HERE, "node_modules/lighthouse/cli/index.js");
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        "--only-categories=performance,accessibility",
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        `--chrome-flags=--headless=new ${ARGS.join(" ")}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`lighthouse ${url} exited ${code}: ${err.slice(-500)}`));
      const lhr = JSON.parse(out);
      const audit = (id) => lhr.audits[id]?.numericValue;
      ok({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        fcp: Math.round(audit("first-contentful-paint")),
        lcp: Math.round(audit("largest-contentful-paint")),
        tbt: Math.round(audit("total-blocking-time")),
        cls: audit("cumulative-layout-shift"),
        failedAccessibility: Object.values(lhr.categories.accessibility.auditRefs)
          .map((r) => lhr.audits[r.id])
          .filter((a) => a.score === 0)
          .map((a) => a.id),
      });
    });
  });
}

async function measureLighthouse() {
  const pages = { demo: `${origin}/`, partner: PARTNER("en"), kiosk: `${origin}/kiosk.html` };
  const out = {};
  for (const [name, url] of Object.entries(pages)) {
    log(`lighthouse: ${name}`);
    out[name] = { url: url.slice(origin.length), ...(await lighthouse(url)) };
  }
  return out;
}

// ---------------------------------------------------------------- 6
// The answers for each outcome, as the end-to-end tests walk them.
const PATHS = Object.values(ANSWERS);

async function memoryNow(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value;
  // wasm-bindgen's init returns the instance's exports (with `memory`)
  // when the app is already started: the same module the loader imported.
  const wasm = await page.evaluate(async (url) => {
    const glue = await import(url);
    return (await glue.default()).memory.buffer.byteLength;
  }, `${origin}/connected-care-widget.js`);
  return {
    jsHeapUsed: metric("JSHeapUsedSize"),
    jsHeapTotal: metric("JSHeapTotalSize"),
    domNodes: metric("Nodes"),
    listeners: metric("JSEventListeners"),
    wasmMemory: wasm,
  };
}

async function measureMemory() {
  const dir = mkdtempSync(join(tmpdir(), "ccw-bench-"));
  const context = await newBrowser(dir);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(PARTNER("en"), { waitUntil: "load" });
    const at = await badgeCentre(page);
    await page.mouse.click(at.x, at.y);
    const app = page.locator("#badge dialog section.ccw");
    const heading = app.locator("h1");
    await app.locator(".ccw-button-start").waitFor();
    await sleep(500);
    const afterOpening = await memoryNow(page, cdp);
    log("memory: after opening", JSON.stringify(afterOpening));
    for (let i = 0; i < WALKS; i++) {
      if ((i + 1) % 10 === 0) log(`memory: walkthrough ${i + 1}/${WALKS}`);
      await app.getByRole("button", { name: "Start", exact: true }).click();
      for (const step of PATHS[i % PATHS.length]) {
        for (const value of [step].flat()) await app.locator(`input[value="${value}"]`).click();
        await app.getByRole("button", { name: "Continue" }).click();
      }
      await app.getByRole("button", { name: "See my result" }).click();
      await app.locator(".ccw-result").waitFor();
      await app.getByRole("button", { name: "Start over", exact: true }).click();
      await heading.filter({ hasText: "Could chronic care management help you?" }).waitFor();
    }
    await sleep(500);
    const afterWalks = await memoryNow(page, cdp);
    log("memory: after walkthroughs", JSON.stringify(afterWalks));
    return { afterOpening, afterWalks, walks: WALKS };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report
function report(r) {
  const lines = [];
  const row = (a, b, c = "") => lines.push(`${a.padEnd(46)}${b.padEnd(42)}${c}`);
  const over = (v, budget) => (v > budget ? "OVER BUDGET" : "ok");
  lines.push(`Connected Care widget benchmark, ${r.date}, ${r.chromium}, CPU throttling ${THROTTLE}x`);
  lines.push("");
  if (r.sizes) {
    const s = r.sizes;
    lines.push("1. Bytes before any interaction (partner page, brotli bodies, the page itself not counted)");
    for (const f of s.beforeInteraction.files) row(`   ${f.path.slice(1)} (${f.encoding})`, fmtBytes(f.body));
    row("   total", fmtBytes(s.beforeInteraction.bytes), `budget ${fmtBytes(BUDGET.loader)}: ${over(s.beforeInteraction.bytes, BUDGET.loader)}`);
    lines.push("2. Bytes after opening (loader + app, through the first question)");
    for (const f of s.english.files) row(`   ${f.path.slice(1)} (${f.encoding})`, fmtBytes(f.body));
    row("   English total", `${fmtBytes(s.english.bytes)} (${kb(s.english.bytes)})`, `budget ${kb(BUDGET.english)}: ${over(s.english.bytes, BUDGET.english)}`);
    for (const [lang, l] of Object.entries(s.languages)) {
      row(`   ${lang}: more than English`, `${fmtBytes(l.extra)} (${l.files.map((f) => f.path.slice(1)).join(", ")})`, `budget ${kb(BUDGET.language)}: ${over(l.extra, BUDGET.language)}`);
    }
    lines.push("");
  }
  if (r.timings) {
    lines.push(`3. Click on the badge -> first question focused (${THROTTLE}x CPU, median, IQR, range)`);
    for (const mode of ["cold", "warm"]) {
      const t = r.timings[mode];
      row(`   ${mode}: total`, fmtStats(t.total));
      row(`   ${mode}:   click -> start screen`, fmtStats(t.open));
      row(`   ${mode}:   Start -> question focused`, fmtStats(t.start));
    }
    lines.push("4. On the host page");
    for (const mode of ["cold", "warm"]) {
      const t = r.timings[mode];
      row(`   ${mode}: layout shift before interaction`, `${t.clsBeforeInteraction.toFixed(4)} (worst run)`, t.clsBeforeInteraction === 0 ? "ok" : "NOT 0");
      if (mode === "cold") {
        for (const n of r.timings.narrow ?? []) {
          const where = n.holdLoader ? `${n.width} px, loader ${n.holdLoader} ms late` : `page ${n.width} px wide`;
          row(`   cold: same, ${where}`, n.clsBeforeInteraction.toFixed(4), n.clsBeforeInteraction === 0 ? "ok" : "NOT 0");
        }
      }
      row(`   ${mode}: layout shift inside the dialog`, `${(t.clsAfterOpening.median / 1000).toFixed(4)} median, ${(t.clsAfterOpening.max / 1000).toFixed(4)} worst`, "(after opening; not the host's)");
    }
    for (const mode of ["cold", "warm"]) {
      for (const [key, label] of [
        ["pageLoad", "page load -> intent"],
        ["appLoad", "intent -> start screen"],
      ]) {
        const w = r.timings[mode][key];
        const n = r.timings[mode].runs.length;
        row(
          `   ${mode}: long tasks, ${label}`,
          `${w.runsWithLongTask} of ${n} runs`,
          !w.runsWithLongTask
            ? "none >= 50 ms"
            : key === "appLoad"
              ? // Nothing else runs on the page then: all of it is the widget's
                // (the mount runs from a timer, which no script entry names).
                `longest: median ${w.longest.median} ms, worst ${w.longest.max} ms (all the widget's)`
              : `longest: median ${w.longest.median} ms, worst ${w.longest.max} ms; the loader ran in it in ${w.runsWithWidgetScriptInLongTask} runs, for up to ${w.widgetScriptInLongest.max ?? 0} ms`,
        );
      }
    }
    lines.push("");
  }
  if (r.lighthouse) {
    lines.push("5. Lighthouse (mobile, simulated throttling): performance / accessibility");
    for (const [name, l] of Object.entries(r.lighthouse)) {
      row(`   ${name} (${l.url})`, `${l.performance} / ${l.accessibility}`, `FCP ${l.fcp} ms, LCP ${l.lcp} ms, TBT ${l.tbt} ms, CLS ${l.cls.toFixed(3)}${l.failedAccessibility.length ? ", a11y fails: " + l.failedAccessibility.join(" ") : ""}`);
    }
    lines.push("");
  }
  if (r.memory) {
    const m = r.memory;
    lines.push("6. Memory (after garbage collection)");
    row("   JS heap used", `${kb(m.afterOpening.jsHeapUsed)} -> ${kb(m.afterWalks.jsHeapUsed)}`, `after opening -> after ${m.walks} walkthroughs`);
    row("   wasm linear memory", `${kb(m.afterOpening.wasmMemory)} -> ${kb(m.afterWalks.wasmMemory)}`);
    row("   DOM nodes", `${m.afterOpening.domNodes} -> ${m.afterWalks.domNodes}`);
    lines.push("");
  }
  if (r.heap) {
    heapReport(r.heap, lines, row, kb);
    lines.push("");
  }
  const flags = r.sizes?.flags ?? [];
  lines.push(flags.length ? `Flags: ${flags.join("; ")}` : "Flags: none (sizes within budget)");
  lines.push(`Took ${r.seconds ?? Math.round((Date.now() - started) / 1000)} s. Results: tests/bench/results.json`);
  return lines.join("\n");
}

// BENCH_REPORT=1: print the table again from results.json, measure nothing.
if (process.env.BENCH_REPORT) {
  server.close();
  const last = JSON.parse(readFileSync(join(HERE, "results.json"), "utf8"));
  console.log(report(last));
  process.exit(0);
}

try {
  {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    results.chromium = `Chromium ${browser.version()}`;
    if (ONLY.has("sizes")) results.sizes = await measureSizes(await browser.newContext());
    await browser.close();
  }
  if (ONLY.has("timings")) results.timings = await measureTimings();
  if (ONLY.has("lighthouse")) results.lighthouse = await measureLighthouse();
  if (ONLY.has("memory")) results.memory = await measureMemory();
  if (ONLY.has("heap")) results.heap = await measureBadgeHeap({ url: PARTNER("en"), chromiumPath: CHROMIUM, args: ARGS, log });
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(HERE, "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(report(results));
} finally {
  server.close();
}
