// The kiosk keeps working offline (issue 17): after one load with network,
// its service worker has the bundle and every language, so a reload
// without network still starts; a new build replaces the old one whole;
// staff see a quiet sign while offline; nothing about patients is kept;
// partners' pages never get a worker.
import { test, expect } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../tools/serve.mjs";
import { kioskFiles, writeKioskWorker } from "../../tools/kiosk-sw.mjs";
import { startTitle, widget } from "./support/index.js";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Waits until the kiosk page's worker is active and controls the page. */
async function workerReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first load is not controlled yet: a reload is (the worker claims clients too).
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The kiosk's caches and the paths in them. */
const cached = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
    }
    return out;
  });

test("after one load, a reload without network starts the kiosk, in any language; a sign tells staff", async ({
  page,
  context,
}) => {
  await page.goto("/kiosk.html?lang=es");
  await expect(widget(page)).toBeVisible();
  await workerReady(page);
  await expect(page.locator(".kiosk-offline")).toBeHidden();
  await context.setOffline(true);
  await page.reload();
  await expect(widget(page)).toBeVisible();
  await expect(widget(page).locator("h1").first()).toHaveText(startTitle("es"));
  await expect(page.locator(".kiosk-offline")).toBeVisible();
  await expect(page.locator(".kiosk-offline")).toHaveText("Offline");
  // Every language came with the first load.
  for (const lang of ["ar", "zh-Hant", "ko"]) {
    await widget(page).locator(`.ccw-kiosk-languages button[lang="${lang}"]`).click();
    await expect(widget(page)).toHaveAttribute("lang", lang);
  }
  await context.setOffline(false);
  await expect(page.locator(".kiosk-offline")).toBeHidden();
  // What is kept: the build's files, by path; no query, no answers, no storage.
  const caches = await cached(page);
  expect(Object.keys(caches)).toHaveLength(1);
  const [name] = Object.keys(caches);
  expect(name).toMatch(/^ccw-kiosk-[0-9a-f]{16}$/);
  expect(caches[name].sort()).toEqual(kioskFiles(DIST).map((f) => `/${f}`).sort());
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
});

test("partners' pages never get a worker, not even a kiosk-mode element", async ({ page }) => {
  for (const path of ["/pages/kiosk-element.html", "/pages/loading.html", "/"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), path).toBe(0);
  }
});

test("a new build replaces the old one whole: the running page stays on its build, the next load is all new", async ({
  browser,
}) => {
  // A copy of the bundle on a server of its own, to publish a new build into.
  const dir = mkdtempSync(join(tmpdir(), "ccw-kiosk-"));
  cpSync(DIST, dir, { recursive: true });
  const server = await startServer({ dir, port: 0 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const buildOf = () => page.evaluate(() => document.documentElement.dataset.build ?? "1");
    await page.goto(`${base}kiosk.html`);
    await workerReady(page);
    const first = Object.keys(await cached(page));
    // Build 2: kiosk.js marks the page, and the worker's version follows.
    const kioskJs = join(dir, "kiosk/kiosk.js");
    writeFileSync(kioskJs, `${readFileSync(kioskJs, "utf8")}\ndocument.documentElement.dataset.build = "2";\n`);
    const second = writeKioskWorker(dir);
    // This load still comes from build 1's cache, while build 2 installs.
    await page.reload();
    await expect(widget(page)).toBeVisible();
    expect(await buildOf()).toBe("1");
    await expect.poll(async () => Object.keys(await cached(page)), { timeout: 20_000 }).toEqual([`ccw-kiosk-${second}`]);
    expect(first).not.toEqual([`ccw-kiosk-${second}`]);
    // The next load, even offline, is build 2 throughout.
    await context.setOffline(true);
    await page.reload();
    await expect(widget(page)).toBeVisible();
    expect(await buildOf()).toBe("2");
    const wasm = await page.evaluate(() =>
      caches.match("kiosk/connected-care-widget_bg.wasm").then((r) => r.arrayBuffer().then((b) => b.byteLength)),
    );
    expect(wasm).toBe(readFileSync(join(dir, "kiosk/connected-care-widget_bg.wasm")).length);
  } finally {
    await context.close();
    server.close();
  }
});
