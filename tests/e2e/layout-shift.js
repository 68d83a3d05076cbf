// Helpers for the layout-shift tests (embed.spec.js, walkthrough.spec.js):
// record the page's shifts from its start, hold back a file so that what
// it replaces is surely painted first, and wait until a shift would have
// been reported.

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
