// "Connecting the dots": every step in every language with axe clean and
// no motion when reduced motion is asked for; the keyboard alone; back to
// the result with answers kept; 320 px; forced colours; screenshots.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";

const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LANGS = ["en", "es", "zh-Hant", "vi", "ko", "ru", "ar", "ht"];
const STEPS = ["common", "places", "team", "plan", "help", "medicines", "cost", "next"];
const SCREENSHOT_LANGS = ["en", "ar", "ko"];
const SCREENSHOT_STEPS = [1, 3, 5, 8];
const ISOLATION = /[\u2066-\u2069]/;

const widget = (page) => page.locator("section.ccw");
const explainer = (page) => widget(page).locator(".ccw-explainer");
const nextButton = (page) => widget(page).locator('[data-ccw-step-button="next"]');
const previousButton = (page) => widget(page).locator('[data-ccw-step-button="previous"]');
const status = (page) => widget(page).locator("[role=status]");

async function axeClean(page, what) {
  const results = await new AxeBuilder({ page }).include("section.ccw").withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), what).toEqual([]);
}

/// Animations running anywhere in the widget, including finished-but-held
/// ones: with reduced motion there must be none.
const runningAnimations = (page) =>
  page.evaluate(() => document.querySelector("section.ccw").getAnimations({ subtree: true }).length);

/// Tab forward until the element with this text has focus.
async function tabTo(page, text) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused === text) return;
  }
  throw new Error(`no focusable "${text}" within 15 tabs`);
}

for (const lang of LANGS) {
  test(`${lang}: every step, by keyboard, axe clean, no motion`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`/?lang=${lang}`);
    const w = widget(page);
    await expect(w).toHaveAttribute("lang", lang);
    const open = w.locator(".ccw-screen > p > .ccw-link-button");
    await open.focus();
    await page.keyboard.press("Enter");
    await expect(explainer(page)).toHaveAttribute("data-step", STEPS[0]);
    await expect(w.locator("h1")).toBeFocused();

    const titles = new Set();
    for (let n = 1; n <= STEPS.length; n++) {
      const step = explainer(page);
      await expect(step).toHaveAttribute("data-step", STEPS[n - 1]);
      const caption = await step.locator(".ccw-caption").textContent();
      expect(caption, `step ${n} caption`).toContain(String(n));
      expect(caption).toContain(String(STEPS.length));
      const title = (await w.locator("h1").textContent()).trim();
      expect(title.length).toBeGreaterThan(3);
      titles.add(title);
      if (n > 1) {
        // Announced: "Step n of 8: title", in the language.
        await expect(status(page)).toContainText(title);
        await expect(status(page)).toContainText(String(n));
      }
      // The picture is decorative; its words are all in the text too.
      await expect(step.locator("svg")).toHaveAttribute("aria-hidden", "true");
      expect(await runningAnimations(page), `animations on step ${n}`).toBe(0);
      await axeClean(page, `${lang} step ${n}`);
      const text = await w.evaluate((el) => el.textContent);
      expect(text).not.toMatch(ISOLATION);
      if (STEPS[n - 1] === "help") expect(text).toContain("911");
      if (SCREENSHOT_LANGS.includes(lang) && SCREENSHOT_STEPS.includes(n)) {
        await page.screenshot({ path: `${SHOTS}explainer-${lang}-step${n}.png`, fullPage: true });
      }
      if (n < STEPS.length) {
        // Focus stays on Next (after the first step, Previous is there too).
        await nextButton(page).focus();
        await page.keyboard.press("Enter");
        await expect(nextButton(page)).toBeFocused();
      }
    }
    expect(titles.size, "each step has its own title").toBe(STEPS.length);
    if (lang !== "en") expect([...titles]).not.toContain("Help between visits");

    // The last step starts the check.
    await page.keyboard.press("Enter");
    await expect(w.locator("fieldset")).toBeVisible();
    await expect(w.locator("h1")).toBeFocused();
  });
}

test("the keyboard alone: Tab, Enter, Shift+Tab, focus always visible", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, "What is CCM?");
  await page.keyboard.press("Enter");
  await expect(widget(page).locator("h1")).toBeFocused();
  await tabTo(page, "Next");
  const ring = await nextButton(page).evaluate((el) => getComputedStyle(el).boxShadow);
  expect(ring).not.toBe("none");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(explainer(page)).toHaveAttribute("data-step", "team");
  await expect(status(page)).toHaveText("Step 3 of 8: CCM links them with one care team");
  await page.keyboard.press("Shift+Tab");
  await expect(previousButton(page)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(explainer(page)).toHaveAttribute("data-step", "places");
  await expect(previousButton(page)).toBeFocused();
  await page.keyboard.press("Enter");
  // No Previous on the first step: focus moves to Next, not to the page.
  await expect(explainer(page)).toHaveAttribute("data-step", "common");
  await expect(nextButton(page)).toBeFocused();
  // Back leaves the explainer for the start screen.
  await widget(page).locator(".ccw-back").click();
  await expect(widget(page).locator(".ccw-button-start")).toBeVisible();
  await expect(widget(page).locator("h1")).toBeFocused();
});

test("opened from a result, it returns there with every answer kept", async ({ page }) => {
  await page.goto("/");
  const w = widget(page);
  await w.locator(".ccw-button-start").click();
  for (const value of ["yes", "part-b-medical", "yes"]) {
    await w.locator(`input[value="${value}"]`).check();
    await w.locator("button[type=submit]").click();
  }
  await w.locator('input[value="asthma"]').check();
  await w.locator('input[value="diabetes"]').check();
  await w.locator("button[type=submit]").click();
  for (const value of ["yes", "yes"]) {
    await w.locator(`input[value="${value}"]`).check();
    await w.locator("button[type=submit]").click();
  }
  await w.locator(".ccw-summary + .ccw-button").click();
  await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", "likely");
  const result = await w.locator(".ccw-result").textContent();

  await w.getByRole("button", { name: "What is CCM?" }).click();
  await expect(explainer(page)).toHaveAttribute("data-step", "common");
  for (let n = 1; n < STEPS.length; n++) await nextButton(page).click();
  await expect(nextButton(page)).toHaveText("Back to your result");
  await nextButton(page).click();
  await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", "likely");
  await expect(w.locator("h1")).toBeFocused();
  expect(await w.locator(".ccw-result").textContent()).toBe(result);

  // Back from the middle returns too, and the answers are still there.
  await w.getByRole("button", { name: "What is CCM?" }).click();
  await nextButton(page).click();
  await w.locator(".ccw-back").click();
  await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", "likely");
  await w.locator(".ccw-back").click();
  await expect(w.locator(".ccw-summary")).toContainText("Diabetes");
});

test("each step lights places and draws lines with a short animation, unless motion is reduced", async ({ page }) => {
  await page.goto("/");
  await widget(page).getByRole("button", { name: "What is CCM?" }).click();
  const svg = explainer(page).locator("svg");
  await expect(svg).toHaveAttribute("data-links", "none");
  await expect(svg.locator('[data-lit="true"]')).toHaveCount(0);
  await nextButton(page).click();
  // Step 2: every place lit, each tied only loosely to the patient.
  await expect(svg).toHaveAttribute("data-links", "scattered");
  await expect(svg.locator('[data-lit="true"]')).toHaveCount(5);
  await nextButton(page).click();
  // Step 3: the care team joins them; the lines are drawn as it appears.
  await expect(svg).toHaveAttribute("data-links", "care-team");
  await expect(svg.locator("line")).toHaveCount(5);
  const drawing = await svg.locator("line").first().evaluate((el) => getComputedStyle(el).animationName);
  expect(drawing).toBe("ccw-draw");
  expect(await runningAnimations(page)).toBeGreaterThan(0);

  // The same step with reduced motion: the same picture, nothing moving.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await previousButton(page).click();
  await nextButton(page).click();
  await expect(svg.locator("line")).toHaveCount(5);
  const still = await svg.locator("line").first().evaluate((el) => getComputedStyle(el).animationName);
  expect(still).toBe("none");
  expect(await runningAnimations(page)).toBe(0);
});

test("reflows at 320 px in every language, targets at least 24 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of LANGS) {
    await page.goto(`/?lang=${lang}`);
    await expect(widget(page)).toHaveAttribute("lang", lang);
    await widget(page).locator(".ccw-screen > p > .ccw-link-button").click();
    for (let n = 1; n <= STEPS.length; n++) {
      await expect(explainer(page)).toHaveAttribute("data-step", STEPS[n - 1]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${lang} step ${n}: horizontal scroll`).toBeLessThanOrEqual(0);
      const outside = await explainer(page)
        .locator("svg text")
        .evaluateAll((els) =>
          els
            .map((el) => [el.textContent, el.getBoundingClientRect()])
            .filter(([, r]) => r.width > 0 && (r.left < 0 || r.right > window.innerWidth))
            .map(([t]) => t),
        );
      expect(outside, `${lang} step ${n}: picture labels cut off`).toEqual([]);
      const small = await explainer(page)
        .locator("button, a")
        .evaluateAll((els) =>
          els
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24))
            .map((r) => `${r.width}x${r.height}`),
        );
      expect(small, `${lang} step ${n}: small targets`).toEqual([]);
      if (lang === "ar" && n === 3) await page.screenshot({ path: `${SHOTS}explainer-ar-320px-step3.png`, fullPage: true });
      if (n < STEPS.length) await nextButton(page).click();
    }
  }
});

test("forced colours keep the picture's lit and faint places apart", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
  await page.goto("/");
  await widget(page).getByRole("button", { name: "What is CCM?" }).click();
  for (let n = 1; n < 4; n++) await nextButton(page).click();
  // Step 4: two places lit, three faint.
  const style = (lit) =>
    explainer(page)
      .locator(`[data-lit="${lit}"] circle`)
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { fill: s.fill, dash: s.strokeDasharray };
      });
  const lit = await style(true);
  const faint = await style(false);
  expect(lit.fill).not.toBe(faint.fill);
  // Not by colour alone: the faint edge is dashed.
  expect(lit.dash).toBe("none");
  expect(faint.dash).not.toBe("none");
  await page.screenshot({ path: `${SHOTS}explainer-forced-colors-step4.png`, fullPage: true });
});
