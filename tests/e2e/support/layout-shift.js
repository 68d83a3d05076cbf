// Helpers for the layout-shift tests (badge, landing and kiosk specs):
// record the page's shifts from its start, hold back a file so that what
// it replaces is surely painted first, and wait until a shift would have
// been reported.
import { expect } from "@playwright/test";

/** Records every layout shift without recent input in `window.__shifts`. */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Delays every response whose URL matches `pattern` by `ms`. */
export async function holdBack(page, pattern, ms) {
  await page.route(pattern, async (route) => {
    await new Promise((go) => setTimeout(go, ms));
    await route.continue();
  });
}

/** Waits two frames: a shift is reported after the frame that shows it. */
export async function afterNextFrames(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Loads `path` with the wasm held back, so its placeholder is surely
 * painted first, and expects the app (`app`, a locator) to take the
 * placeholder's place without a layout shift.
 */
export async function expectAppReplacesPlaceholder(page, path, app) {
  await recordLayoutShifts(page);
  await holdBack(page, "**/*.wasm", 300);
  await page.goto(path);
  await expect(app).toBeVisible();
  await afterNextFrames(page);
  expect(await page.evaluate(() => window.__shifts)).toEqual([]);
}
