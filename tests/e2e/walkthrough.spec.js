// The walkthrough as a person uses it, on the landing page's inline
// widget: with the mouse and with the keyboard alone, to every outcome,
// with axe-core checking every screen; errors, Back, Change and Start
// over; 320 px, forced colours; nothing stored, nothing sent.
import { test, expect } from "@playwright/test";
import {
  START_TITLE,
  WALKS,
  answer as answerByValue,
  demoWidget as widget,
  expectAxeClean,
  expectNoTrace,
  horizontalOverflow,
  recordRequests,
  runningAnimations,
  seeResult,
  shot,
  smallTargets,
  tabTo,
  walkTo,
} from "./support/index.js";

// What each answer's input is labelled in English: the walk finds its
// inputs by these labels, so the labels are checked too.
const LABELS = {
  yes: "Yes",
  no: "No",
  "not-sure": "I’m not sure",
  "only-part-a": "Only Part A (hospital insurance)",
  "part-b-medical": "Part B (medical insurance)",
  advantage: "A Medicare Advantage plan",
  "no-conditions": "None of these",
  asthma: "Asthma",
  diabetes: "Diabetes",
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

const heading = (page) => widget(page).locator("h1");

async function open(page) {
  await page.goto("/");
  await expect(heading(page)).toHaveText(START_TITLE);
}

/** Answers the question on screen by its English labels, by mouse or keyboard. */
async function answer(page, value, how) {
  const w = widget(page);
  for (const pick of [value].flat()) {
    const input = w.getByLabel(LABELS[pick], { exact: true });
    await expect(input).toHaveAttribute("value", pick);
    if (how === "mouse") {
      await input.click();
    } else if ((await input.getAttribute("type")) === "radio") {
      // A radio group is one Tab stop; arrow keys move within it.
      await tabTo(page, input, { group: true });
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
  await press(page, "Continue", how);
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
  for (const [outcome, answers] of Object.entries(WALKS)) {
    test(`${how}: reaches ${outcome}`, async ({ page }) => {
      const shots = how === "mouse";
      await open(page);
      if (shots && outcome === "likely") {
        await expectAxeClean(page, "start");
        await shot(page, "01-start");
      }
      await press(page, "Start", how);
      await expect(heading(page)).toBeFocused();
      for (const [i, value] of answers.entries()) {
        await expect(widget(page).locator(".ccw-caption")).toHaveText(new RegExp(`^Question ${i + 1} of \\d$`));
        if (shots) {
          await expectAxeClean(page, `${outcome} question ${i + 1}`);
          if (outcome === "likely") await shot(page, `02-question-${i + 1}`);
        }
        await answer(page, value, how);
        await expect(heading(page)).toBeFocused();
      }
      await expect(heading(page)).toHaveText("Check your answers");
      await expect(widget(page).locator(".ccw-summary-row")).toHaveCount(answers.length);
      if (shots) {
        await expectAxeClean(page, `${outcome} check answers`);
        await shot(page, `03-check-answers-${outcome}`);
      }
      await press(page, "See my result", how);
      await expect(heading(page)).toBeFocused();
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
      await expect(heading(page)).toHaveText(START_TITLE);
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
  for (const value of WALKS.likely.slice(0, 3)) await answer(page, value, "mouse");
  // Back twice, then forward: the earlier answers are still chosen.
  await press(page, "Back", "mouse");
  await expect(widget(page).getByLabel("Yes", { exact: true })).toBeChecked();
  await press(page, "Back", "mouse");
  await expect(widget(page).getByLabel("Part B (medical insurance)")).toBeChecked();
  await press(page, "Continue", "mouse");
  await press(page, "Continue", "mouse");
  await expect(heading(page)).toContainText("long-term health conditions");
  for (const value of WALKS.likely.slice(3)) await answer(page, value, "mouse");
  await expect(heading(page)).toHaveText("Check your answers");

  // Change one answer: back to Check your answers with the rest kept.
  await widget(page).getByRole("button", { name: /^Change your answer to: Do you also have Medicaid/ }).click();
  await expect(heading(page)).toBeFocused();
  await expect(widget(page).getByLabel("Yes", { exact: true })).toBeChecked();
  await answer(page, "no", "mouse");
  await expect(heading(page)).toHaveText("Check your answers");
  const rows = widget(page).locator(".ccw-summary-row");
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(2)).toContainText("No");
  await expect(rows.nth(3)).toContainText("Asthma");
  await expect(rows.nth(3)).toContainText("Diabetes");

  // A change that makes later questions irrelevant drops them from the list.
  await widget(page).getByRole("button", { name: /^Change your answer to: Which long-term/ }).click();
  await expect(widget(page).getByLabel("Asthma")).toBeChecked();
  await answer(page, ["no-conditions"], "mouse");
  await expect(rows).toHaveCount(4);
  await press(page, "See my result", "mouse");
  await expect(widget(page).locator(".ccw-result")).toHaveAttribute("data-outcome", "other-options");
  // Back from the result returns to the answers.
  await press(page, "Back", "mouse");
  await expect(heading(page)).toHaveText("Check your answers");
});

test("Start over clears every answer", async ({ page }) => {
  await open(page);
  await walkTo(widget(page), "likely");
  await press(page, "Start over", "mouse");
  await expect(heading(page)).toHaveText(START_TITLE);
  await press(page, "Start", "mouse");
  await expect(widget(page).locator("input:checked")).toHaveCount(0);
  await press(page, "Continue", "mouse");
  await expect(widget(page).locator(".ccw-error-summary")).toBeVisible();
  await answer(page, "yes", "mouse");
  await expect(widget(page).locator("input:checked")).toHaveCount(0);
});

test("reflows at 320 px and keeps targets at least 24 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  const w = widget(page);
  const check = async (screen) => {
    expect(await horizontalOverflow(page), `horizontal scroll on ${screen}`).toBeLessThanOrEqual(0);
    expect(await smallTargets(w.locator("button, input"), 24), `small targets on ${screen}`).toEqual([]);
  };
  await press(page, "Start", "mouse");
  for (const value of WALKS.likely.slice(0, 3)) await answerByValue(w, value);
  await shot(page, "06-320px-checklist");
  await check("checklist");
  for (const value of WALKS.likely.slice(3)) await answerByValue(w, value);
  await check("check answers");
  await seeResult(w);
  await check("result");
  await shot(page, "07-320px-result");
});

test("forced colors and reduced motion keep the widget legible and still", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active", reducedMotion: "reduce" });
  await open(page);
  await press(page, "Start", "keyboard");
  await shot(page, "08-forced-colors-question");
  expect(await runningAnimations(page.locator("html"))).toBe(0);
  const outline = await heading(page).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
});

test("nothing is stored and nothing is sent", async ({ page }) => {
  const requests = recordRequests(page);
  await open(page);
  await walkTo(widget(page), "likely");
  await expectNoTrace(page, requests);
  // No answer leaves in an address: nothing is asked for with a query or fragment.
  const withData = requests.filter((u) => /\?|#/.test(new URL(u).search + new URL(u).hash));
  expect(withData).toEqual([]);
});
