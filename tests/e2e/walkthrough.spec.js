// The walkthrough as a person uses it: with the mouse and with the keyboard
// alone, to every outcome, with axe-core checking every screen.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { afterNextFrames, holdBack, recordLayoutShifts } from "./layout-shift.js";

const SHOTS = new URL("./screenshots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Answers for each outcome; arrays are checklist picks. */
const PATHS = {
  "not-medicare": ["No"],
  "check-coverage": ["I’m not sure"],
  "part-a-only": ["Yes", "Only Part A (hospital insurance)"],
  "other-options": ["Yes", "Part B (medical insurance)", "No", ["None of these"]],
  "maybe-pcm": ["Yes", "Part B (medical insurance)", "No", ["Asthma"], "Yes"],
  likely: ["Yes", "Part B (medical insurance)", "Yes", ["Asthma", "Diabetes"], "Yes", "Yes"],
  possibly: ["Yes", "A Medicare Advantage plan", "No", ["I’m not sure"]],
};

const TITLES = {
  "not-medicare": "CCM is a Medicare service",
  "check-coverage": "First, find out which Medicare you have",
  "part-a-only": "Medicare Part B pays for CCM",
  "other-options": "Your answers do not match the basic rules for CCM",
  "maybe-pcm": "Ask about principal care management",
  likely: "Your answers match Medicare’s basic rules for CCM",
  possibly: "CCM may be right for you",
};

const widget = (page) => page.locator("section.ccw");
const heading = (page) => widget(page).locator("h1");

async function open(page) {
  await page.goto("/");
  await expect(heading(page)).toHaveText("Could chronic care management help you?");
}

async function expectAxeClean(page, screen) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
  expect(summary, `axe on ${screen}`).toEqual([]);
}

async function shot(page, name) {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** Presses Tab (or Shift+Tab) until `locator` has focus, as a keyboard user would. */
async function tabTo(page, locator, { max = 60, back = false, group = false } = {}) {
  for (let i = 0; i < max; i++) {
    const focused = await locator.evaluate(
      (el, group) =>
        el === document.activeElement ||
        (group && document.activeElement?.name === el.name && document.activeElement.type === "radio"),
      group,
    );
    if (focused) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`could not reach ${locator} with the keyboard`);
}

async function expectHeadingFocused(page) {
  await expect(heading(page)).toBeFocused();
}

/** Answers the question on screen, by mouse or keyboard. */
async function answer(page, value, how) {
  const w = widget(page);
  const picks = Array.isArray(value) ? value : [value];
  for (const label of picks) {
    const input = w.getByLabel(label, { exact: true });
    if (how === "mouse") {
      await input.click();
    } else if ((await input.getAttribute("type")) === "radio") {
      // A radio group is one Tab stop; arrow keys move within it.
      const name = await input.getAttribute("name");
      await tabTo(page, w.locator(`input[name="${name}"]`).first(), { group: true });
      for (let i = 0; i < 8 && !(await input.isChecked()); i++) {
        const onTarget = await input.evaluate((el) => el === document.activeElement);
        await page.keyboard.press(onTarget ? "Space" : "ArrowDown");
      }
    } else {
      await tabTo(page, input);
      if (!(await input.isChecked())) await page.keyboard.press("Space");
    }
    await expect(input).toBeChecked();
  }
  const next = w.getByRole("button", { name: "Continue" });
  if (how === "mouse") {
    await next.click();
  } else {
    await tabTo(page, next);
    await page.keyboard.press("Enter");
  }
}

async function press(page, name, how) {
  const button = widget(page).getByRole("button", { name, exact: true });
  if (how === "mouse") {
    await button.click();
  } else {
    await tabTo(page, button);
    await page.keyboard.press("Enter");
  }
}

for (const how of ["mouse", "keyboard"]) {
  for (const [outcome, answers] of Object.entries(PATHS)) {
    test(`${how}: reaches ${outcome}`, async ({ page }) => {
      const shots = how === "mouse";
      await open(page);
      if (shots && outcome === "likely") {
        await expectAxeClean(page, "start");
        await shot(page, "01-start");
      }
      await press(page, "Start", how);
      await expectHeadingFocused(page);
      for (const [i, value] of answers.entries()) {
        await expect(widget(page).locator(".ccw-caption")).toHaveText(new RegExp(`^Question ${i + 1} of \\d$`));
        if (shots) {
          await expectAxeClean(page, `${outcome} question ${i + 1}`);
          if (outcome === "likely") await shot(page, `02-question-${i + 1}`);
        }
        await answer(page, value, how);
        await expectHeadingFocused(page);
      }
      await expect(heading(page)).toHaveText("Check your answers");
      await expect(widget(page).locator(".ccw-summary-row")).toHaveCount(answers.length);
      if (shots) {
        await expectAxeClean(page, `${outcome} check answers`);
        await shot(page, `03-check-answers-${outcome}`);
      }
      await press(page, "See my result", how);
      await expectHeadingFocused(page);
      const result = widget(page).locator(".ccw-result");
      await expect(result).toHaveAttribute("data-outcome", outcome);
      await expect(heading(page)).toHaveText(TITLES[outcome]);
      // Focus is on the heading, which is read: the status region stays quiet.
      await expect(widget(page).locator("[role=status]")).toHaveText("");
      await expect(result).toContainText("Only your health care provider can decide");
      await expect(result.locator(".ccw-reasons li").first()).toBeVisible();
      await expect(result.getByRole("link", { name: "go.cms.gov/CCM" })).toHaveAttribute(
        "href",
        "https://go.cms.gov/ccm",
      );
      // Wherever round-the-clock help is mentioned, so is 911.
      const text = await result.innerText();
      if (/24 hours|at night/.test(text)) expect(text).toContain("In an emergency, call 911.");
      expect(text).not.toMatch(/you qualify/i);
      if (shots) {
        await expectAxeClean(page, `${outcome} result`);
        await shot(page, `04-result-${outcome}`);
      }
      await press(page, "Start over", how);
      await expect(heading(page)).toHaveText("Could chronic care management help you?");
    });
  }
}

test("Continue with nothing chosen shows an error linked to the field", async ({ page }) => {
  await open(page);
  await press(page, "Start", "keyboard");
  await press(page, "Continue", "keyboard");
  const summary = widget(page).locator(".ccw-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("There is a problem");
  await expectAxeClean(page, "error");
  await shot(page, "05-error");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(widget(page).getByLabel("Yes", { exact: true })).toBeFocused();
  expect(new URL(page.url()).hash).toBe("");
  await widget(page).getByLabel("No", { exact: true }).check();
  await expect(summary).toHaveCount(0);
});

test("Back and Change keep the other answers", async ({ page }) => {
  await open(page);
  await press(page, "Start", "mouse");
  for (const value of PATHS.likely.slice(0, 3)) await answer(page, value, "mouse");
  // Back twice, then forward: the earlier answers are still chosen.
  await press(page, "Back", "mouse");
  await expect(widget(page).getByLabel("Yes", { exact: true })).toBeChecked();
  await press(page, "Back", "mouse");
  await expect(widget(page).getByLabel("Part B (medical insurance)")).toBeChecked();
  await press(page, "Continue", "mouse");
  await press(page, "Continue", "mouse");
  await expect(heading(page)).toContainText("long-term health conditions");
  for (const value of PATHS.likely.slice(3)) await answer(page, value, "mouse");
  await expect(heading(page)).toHaveText("Check your answers");

  // Change one answer: back to Check your answers with the rest kept.
  await widget(page).getByRole("button", { name: /^Change your answer to: Do you also have Medicaid/ }).click();
  await expectHeadingFocused(page);
  await expect(widget(page).getByLabel("Yes", { exact: true })).toBeChecked();
  await answer(page, "No", "mouse");
  await expect(heading(page)).toHaveText("Check your answers");
  const rows = widget(page).locator(".ccw-summary-row");
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(2)).toContainText("No");
  await expect(rows.nth(3)).toContainText("Asthma");
  await expect(rows.nth(3)).toContainText("Diabetes");

  // A change that makes later questions irrelevant drops them from the list.
  await widget(page).getByRole("button", { name: /^Change your answer to: Which long-term/ }).click();
  await expect(widget(page).getByLabel("Asthma")).toBeChecked();
  await answer(page, ["None of these"], "mouse");
  await expect(rows).toHaveCount(4);
  await press(page, "See my result", "mouse");
  await expect(widget(page).locator(".ccw-result")).toHaveAttribute("data-outcome", "other-options");
  // Back from the result returns to the answers.
  await press(page, "Back", "mouse");
  await expect(heading(page)).toHaveText("Check your answers");
});

test("Start over clears every answer", async ({ page }) => {
  await open(page);
  await press(page, "Start", "mouse");
  for (const value of PATHS.likely) await answer(page, value, "mouse");
  await press(page, "See my result", "mouse");
  await press(page, "Start over", "mouse");
  await expect(heading(page)).toHaveText("Could chronic care management help you?");
  await press(page, "Start", "mouse");
  await expect(widget(page).locator("input:checked")).toHaveCount(0);
  await press(page, "Continue", "mouse");
  await expect(widget(page).locator(".ccw-error-summary")).toBeVisible();
  await answer(page, "Yes", "mouse");
  await expect(widget(page).locator("input:checked")).toHaveCount(0);
});

test("reflows at 320 px and keeps targets at least 24 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  await press(page, "Start", "mouse");
  for (const value of PATHS.likely.slice(0, 3)) await answer(page, value, "mouse");
  await shot(page, "06-320px-checklist");
  const check = async (screen) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal scroll on ${screen}`).toBeLessThanOrEqual(0);
    const small = await widget(page)
      .locator("button, input")
      .evaluateAll((els) =>
        els
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24))
          .map((r) => `${r.width}x${r.height}`),
      );
    expect(small, `small targets on ${screen}`).toEqual([]);
  };
  await check("checklist");
  for (const value of PATHS.likely.slice(3)) await answer(page, value, "mouse");
  await check("check answers");
  await press(page, "See my result", "mouse");
  await check("result");
  await shot(page, "07-320px-result");
});

test("forced colors and reduced motion keep the widget legible and still", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
  await open(page);
  await press(page, "Start", "keyboard");
  await shot(page, "08-forced-colors-question");
  const running = await page.evaluate(() => document.getAnimations().length);
  expect(running).toBe(0);
  const outline = await heading(page).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
});

test("nothing is stored and nothing is sent", async ({ page, context }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await open(page);
  await press(page, "Start", "mouse");
  for (const value of PATHS.likely) await answer(page, value, "mouse");
  await press(page, "See my result", "mouse");
  const foreign = requests.filter((u) => !u.startsWith("http://127.0.0.1:"));
  expect(foreign).toEqual([]);
  const after = requests.filter((u) => /\?|#/.test(new URL(u).search + new URL(u).hash));
  expect(after).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
  expect(stored).toBe(0);
});

// The demo and kiosk pages show a placeholder (the link, "Loading…") until
// the app is ready; the app takes its place without moving the page. The
// wasm is held back so the placeholder is surely painted first.
for (const [path, viewport] of [
  ["/", { width: 412, height: 823 }],
  ["/kiosk.html", { width: 1024, height: 768 }],
]) {
  test(`${path}: the app replaces the placeholder without a layout shift`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await recordLayoutShifts(page);
    await holdBack(page, "**/*.wasm", 300);
    await page.goto(path);
    await expect(page.locator("section.ccw")).toBeVisible();
    await afterNextFrames(page);
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  });
}
