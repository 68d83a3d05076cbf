// "Connecting the dots": every step in every language with axe clean and
// no motion when reduced motion is asked for; the keyboard alone; back to
// the result with answers kept; 320 px; forced colours; screenshots.
import { test, expect } from "@playwright/test";
import {
  LANGUAGES,
  demoWidget as widget,
  expectAxeClean,
  horizontalOverflow,
  runningAnimations,
  shot,
  smallTargets,
  tabTo,
  walkTo,
} from "./support/index.js";

const STEPS = ["common", "places", "team", "plan", "help", "medicines", "cost", "next"];
const SCREENSHOT_LANGS = ["en", "ar", "ko"];
const SCREENSHOT_STEPS = [1, 3, 5, 8];
const ISOLATION = /[\u2066-\u2069]/;

const explainer = (page) => widget(page).locator(".ccw-explainer");
const nextButton = (page) => widget(page).locator('[data-ccw-step-button="next"]');
const previousButton = (page) => widget(page).locator('[data-ccw-step-button="previous"]');
const status = (page) => widget(page).locator("[role=status]");

for (const lang of LANGUAGES) {
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
      expect(await runningAnimations(w), `animations on step ${n}`).toBe(0);
      await expectAxeClean(page, `${lang} step ${n}`, { include: "#connected-care" });
      const text = await w.evaluate((el) => el.textContent);
      expect(text).not.toMatch(ISOLATION);
      if (STEPS[n - 1] === "help") expect(text).toContain("911");
      if (SCREENSHOT_LANGS.includes(lang) && SCREENSHOT_STEPS.includes(n)) {
        await shot(page, `explainer-${lang}-step${n}`);
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
  await tabTo(page, widget(page).getByRole("button", { name: "What is CCM?" }));
  await page.keyboard.press("Enter");
  await expect(widget(page).locator("h1")).toBeFocused();
  await tabTo(page, nextButton(page));
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
  await walkTo(w, "likely");
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
  expect(await runningAnimations(widget(page))).toBeGreaterThan(0);

  // The same step with reduced motion: the same picture, nothing moving.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await previousButton(page).click();
  await nextButton(page).click();
  await expect(svg.locator("line")).toHaveCount(5);
  const still = await svg.locator("line").first().evaluate((el) => getComputedStyle(el).animationName);
  expect(still).toBe("none");
  expect(await runningAnimations(widget(page))).toBe(0);
});

test("reflows at 320 px in every language, targets at least 24 px", async ({ page }) => {
  // Every step in each language: the time grows with the languages.
  test.setTimeout(15_000 * LANGUAGES.length);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of LANGUAGES) {
    await page.goto(`/?lang=${lang}`);
    await expect(widget(page)).toHaveAttribute("lang", lang);
    await widget(page).locator(".ccw-screen > p > .ccw-link-button").click();
    for (let n = 1; n <= STEPS.length; n++) {
      await expect(explainer(page)).toHaveAttribute("data-step", STEPS[n - 1]);
      expect(await horizontalOverflow(page), `${lang} step ${n}: horizontal scroll`).toBeLessThanOrEqual(0);
      const outside = await explainer(page)
        .locator("svg text")
        .evaluateAll((els) =>
          els
            .map((el) => [el.textContent, el.getBoundingClientRect()])
            .filter(([, r]) => r.width > 0 && (r.left < 0 || r.right > window.innerWidth))
            .map(([t]) => t),
        );
      expect(outside, `${lang} step ${n}: picture labels cut off`).toEqual([]);
      const small = await smallTargets(explainer(page).locator("button, a"), 24);
      expect(small, `${lang} step ${n}: small targets`).toEqual([]);
      if (lang === "ar" && n === 3) await shot(page, "explainer-ar-320px-step3");
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
  await shot(page, "explainer-forced-colors-step4");
});
