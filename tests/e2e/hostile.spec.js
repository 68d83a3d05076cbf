// The widget on pages and in hands that do not treat it kindly, and the
// page it must never harm: hostile attribute values, a hostile page's CSS
// and markup, a strict CSP, elements removed and added again (also while
// the app loads), garbage collection, double clicks, focus. Most tests
// also watch the host page (support: watchPage, expectPageUnharmed):
// nothing thrown into it (its own error handlers included), no new
// globals, no change to <html> or <body>, no cookies, no storage, no
// request but the widget's own files.
import { test, expect } from "@playwright/test";
import {
  CMS_URL,
  LINK_TEXT,
  START_TITLE,
  badge,
  dialogWidget,
  expectPageUnharmed,
  shot,
  walkTo,
  watchPage,
  widget,
  chooseLanguage,
} from "./support/index.js";
import { STRICT_CSP } from "./serve.mjs";

const PAGE = "/pages/harden.html";

const app = (page, id) => widget(page.locator(`#${id}`));

/** Starts, answers "Yes" to the first question: the second shows, not the third. */
async function expectAnswersOnce(w) {
  await w.locator(".ccw-button-start").click();
  await w.locator('input[value="yes"]').check();
  await w.locator("button[type=submit]").click();
  await expect(w.locator(".ccw-caption")).toContainText("2");
}

test("hostile attribute values: markup, script URLs, 1 MB strings, bad colours, unknown languages, any case", async ({
  page,
}) => {
  const seen = await watchPage(page);
  await page.goto(`${PAGE}?policy=strict`);
  await expect(app(page, "inline")).toBeVisible();
  const cases = {
    proto: { lang: "__proto__" },
    ctor: { lang: "constructor", mode: "__proto__" },
    markup: { lang: "<img src=x onerror=alert(1)>", accent: "javascript:alert(1)", contact: "<script>alert(1)</script>" },
    huge: { lang: "MB", accent: "MB", contact: "MB", mode: "MB", idle: "MB" },
    upper: { mode: "INLINE", lang: "toString", accent: "#FFF", contact: "<img src=x onerror=alert(1)>", idle: "-1" },
    css: { mode: "constructor", accent: "red;background:url(//evil.example/x)" },
    spaced: { mode: " Inline ", lang: "zz-Qaaa", accent: "expression(alert(1))" },
  };
  await page.evaluate(([cases, link]) => {
    const mb = "<b>x</b>".repeat(1 << 17);
    for (const [id, attributes] of Object.entries(cases)) {
      const el = document.createElement("connected-care-widget");
      el.id = id;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value === "MB" ? mb : value);
      const a = document.createElement("a");
      a.href = link.href;
      a.textContent = link.text;
      el.append(a);
      // A line of its own, as the README asks.
      document.body.append(document.createElement("p"));
      document.body.lastChild.append(el);
    }
  }, [cases, { href: CMS_URL, text: LINK_TEXT }]);
  // Badges with the partner's link text, in the default blue.
  for (const id of ["proto", "ctor", "markup", "huge", "css"]) {
    const b = badge(page, id);
    await expect(b, id).toHaveText(LINK_TEXT);
    expect(await b.evaluate((el) => getComputedStyle(el).backgroundColor), id).toBe("rgb(26, 68, 128)");
    await b.click();
    await expect(dialogWidget(page, id), id).toHaveAttribute("lang", "en");
    await page.keyboard.press("Escape");
    await expect(page.locator(`#${id} dialog`)).not.toHaveAttribute("open", "");
  }
  // Any case: an inline widget, at once, on a line of its own.
  for (const id of ["upper", "spaced"]) {
    await expect(app(page, id)).toBeVisible();
    await expect(app(page, id)).toHaveAttribute("lang", "en");
  }
  expect(await page.locator("#upper").evaluate((el) => getComputedStyle(el).display)).toBe("flow-root");
  // The light colour is darkened, never used as given.
  const upperAccent = await app(page, "upper").evaluate((el) => el.style.getPropertyValue("--ccw-accent"));
  expect(upperAccent).toMatch(/^#[0-9a-f]{6}$/);
  expect(upperAccent).not.toBe("#ffffff");
  // The contact line is text on the result, never markup.
  const upper = app(page, "upper");
  await walkTo(upper, "not-medicare");
  await expect(upper.locator(".ccw-contact bdi").first()).toHaveText("<img src=x onerror=alert(1)>");
  const injected = await page.evaluate(() =>
    [...document.querySelectorAll("connected-care-widget")].flatMap((w) =>
      [...w.shadowRoot.querySelectorAll("img, script, object, embed, iframe:not(.ccw-print-frame), [onerror]")].map(
        (e) => `${w.id}: ${e.outerHTML.slice(0, 80)}`,
      ),
    ),
  );
  expect(injected).toEqual([]);
  // One short warning per bad value at most: a 1 MB value never floods the console.
  const ours = seen.warnings.filter((w) => w.includes("Connected Care"));
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.filter((w) => w.length > 200)).toEqual([]);
  const badValues = Object.values(cases).reduce((n, c) => n + Object.keys(c).length, 0);
  expect(ours.length).toBeLessThanOrEqual(badValues);
  await expectPageUnharmed(page, seen);
});

test("a hostile page: aggressive CSS and another framework's markup change nothing", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Compare with the same badge on a plain page.
  await page.goto("/pages/badges-only.html");
  const plainBox = await badge(page, "badge").boundingBox();
  const plainFont = await badge(page, "badge").evaluate((el) => getComputedStyle(el).fontSize);

  await page.goto("/pages/hostile.html");
  const b = badge(page, "badge");
  await expect(b).toBeVisible();
  const box = await b.boundingBox();
  expect(await b.evaluate((el) => getComputedStyle(el).fontSize)).toBe(plainFont);
  expect(Math.abs(box.height - plainBox.height)).toBeLessThan(2);
  await b.click();
  const dialogApp = dialogWidget(page, "badge");
  await expect(dialogApp).toHaveAttribute("lang", "ko");
  await expectAnswersOnce(dialogApp);
  const submit = dialogApp.locator("button[type=submit]");
  expect(await submit.evaluate((el) => getComputedStyle(el).display)).not.toBe("none");
  expect(await submit.evaluate((el) => getComputedStyle(el).textTransform)).toBe("none");
  // The page's own markup is untouched, and our ids did not collide.
  await expect(page.locator("#ccw1-medicare-yes")).toHaveText("A React app lives here.");
  await shot(page, "embed-hostile-page", { fullPage: false });
  expect(errors).toEqual([]);
});

test("under the strict CSP: a whole walkthrough in the badge and inline, nothing refused", async ({ page }) => {
  const seen = await watchPage(page);
  const response = await page.goto(`${PAGE}?policy=strict`);
  expect(response.headers()["content-security-policy"]).toBe(STRICT_CSP);
  await badge(page, "badge").click();
  for (const w of [dialogWidget(page, "badge"), app(page, "inline")]) {
    await walkTo(w, "not-medicare");
    await chooseLanguage(w, "ar");
    await expect(w).toHaveAttribute("dir", "rtl");
    await page.keyboard.press("Escape");
  }
  expect(seen.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  await expectPageUnharmed(page, seen);
});

test("removed and added again while the app loads: each element mounts exactly once, a removed one never", async ({
  page,
}) => {
  const seen = await watchPage(page);
  let release;
  const gate = new Promise((ok) => (release = ok));
  await page.route("**/connected-care-widget_bg.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(PAGE);
  const badgeHost = await page.locator("#badge").elementHandle();
  const inline = await page.locator("#inline").elementHandle();
  // The inline widget is loading: remove it and add it back, twice; open
  // the badge and remove it while it loads.
  await badge(page, "badge").click();
  await page.evaluate(
    ([inline, badge]) => {
      const a = document.getElementById("slot-a");
      inline.remove();
      a.append(inline);
      inline.remove();
      a.append(inline);
      badge.remove();
    },
    [inline, badgeHost],
  );
  // A third element added and removed before the app arrives.
  const orphan = await page.evaluateHandle(() => {
    const el = document.createElement("connected-care-widget");
    el.setAttribute("mode", "inline");
    document.body.append(el);
    el.remove();
    return el;
  });
  release();
  await expect(app(page, "inline")).toHaveCount(1);
  await expect(app(page, "inline").locator("h1")).toHaveText(START_TITLE);
  await page.waitForTimeout(500);
  expect(await page.evaluate((el) => el.shadowRoot.querySelectorAll("section.ccw").length, orphan)).toBe(0);
  expect(await page.evaluate((el) => el.shadowRoot.querySelectorAll("section.ccw").length, badgeHost)).toBe(0);
  expect(await page.evaluate((el) => el.shadowRoot.querySelector("dialog").open, badgeHost)).toBe(false);
  // The page is not blocked by a modal dialog of a removed badge.
  await page.locator("#page-button").click({ timeout: 3000 });
  // The badge comes back and opens with one app inside, which answers once.
  await page.evaluate((badge) => document.getElementById("slot-b").append(badge), badgeHost);
  await badge(page, "badge").click();
  await expect(page.locator("#badge dialog")).toHaveAttribute("open", "");
  const dialogApp = dialogWidget(page, "badge");
  await expect(dialogApp).toHaveCount(1);
  await expectAnswersOnce(dialogApp);
  await page.keyboard.press("Escape");
  // The inline app answers, once.
  await expectAnswersOnce(app(page, "inline"));
  await expectPageUnharmed(page, seen);
});

test("removed mid-walkthrough and added again: a badge with its dialog open and an inline widget start afresh, the page usable", async ({
  page,
}) => {
  const seen = await watchPage(page);
  await page.goto(PAGE);
  const inline = app(page, "inline");
  await inline.locator(".ccw-button-start").click();
  await expect(inline.locator("h1")).toHaveText("Do you have Medicare?");
  await badge(page, "badge").click();
  const dialogApp = dialogWidget(page, "badge");
  await expectAnswersOnce(dialogApp);
  // The badge removed with its dialog open: nothing modal is left over
  // the page and the dialog is closed.
  const badgeHost = await page.locator("#badge").elementHandle();
  await page.evaluate((badge) => badge.remove(), badgeHost);
  await page.locator("#page-button").click({ timeout: 3000 });
  expect(await page.evaluate((el) => el.shadowRoot.querySelector("dialog").open, badgeHost)).toBe(false);
  // Added back, it is closed, and a click opens a fresh app (its start
  // screen, in Spanish).
  await page.evaluate((badge) => document.getElementById("slot-b").append(badge), badgeHost);
  await expect(page.locator("#badge dialog")).not.toHaveAttribute("open", "");
  await badge(page, "badge").click();
  await expect(dialogApp).toHaveCount(1);
  await expect(dialogApp.locator("h1")).toHaveText("¿Le podría ayudar la administración de la atención crónica?");
  await page.keyboard.press("Escape");
  // The inline widget, mid-walkthrough, removed and added again.
  await page.evaluate(() => {
    const el = document.getElementById("inline");
    const parent = el.parentNode;
    el.remove();
    parent.append(el);
  });
  await expect(inline).toHaveCount(1);
  await expect(inline.locator("h1")).toHaveText(START_TITLE);
  await expectPageUnharmed(page, seen);
});

test("a removed widget is not kept alive: the element is garbage collected", async ({ page }) => {
  await page.goto(PAGE);
  const inlineApp = app(page, "inline");
  await inlineApp.locator(".ccw-button-start").click();
  await inlineApp.locator('input[value="yes"]').check();
  await badge(page, "badge").click();
  await expect(dialogWidget(page, "badge")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.evaluate(() => {
    window.__refs = ["inline", "badge"].map((id) => new WeakRef(document.getElementById(id)));
    document.getElementById("inline").remove();
    document.getElementById("badge").remove();
  });
  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(
      async () => {
        await cdp.send("HeapProfiler.collectGarbage");
        return page.evaluate(() => window.__refs.map((r) => r.deref() === undefined));
      },
      { timeout: 15_000 },
    )
    .toEqual([true, true]);
});

test("double clicks and fast repeated clicks never skip a question or open twice", async ({ page }) => {
  const seen = await watchPage(page);
  await page.goto(PAGE);
  const w = app(page, "inline");
  const h1 = w.locator("h1");
  await w.locator(".ccw-button-start").dblclick();
  await expect(h1).toHaveText("Do you have Medicare?");
  await expect(w.locator(".ccw-error-summary")).toHaveCount(0);
  await w.locator('input[value="yes"]').dblclick();
  await expect(w.locator('input[value="yes"]')).toBeChecked();
  await w.locator("button[type=submit]").dblclick();
  await expect(h1).toHaveText("Which Medicare do you have?");
  // The next question shows no error for a click it never got.
  await expect(w.locator(".ccw-error-summary")).toHaveCount(0);
  await w.locator('input[value="part-b-medical"]').check();
  await w.locator("button[type=submit]").click();
  await expect(w.locator(".ccw-caption")).toContainText("3");
  // Back twice, then a double click on Continue: the second question,
  // already answered, is shown, not skipped.
  await w.locator(".ccw-back").click();
  await w.locator(".ccw-back").click();
  await expect(h1).toHaveText("Do you have Medicare?");
  await w.locator("button[type=submit]").dblclick();
  await expect(h1).toHaveText("Which Medicare do you have?");
  await w.locator(".ccw-back").dblclick();
  await expect(h1).toHaveText("Do you have Medicare?");
  // A triple click on Continue moves one question too.
  await w.locator("button[type=submit]").click({ clickCount: 3 });
  await expect(h1).toHaveText("Which Medicare do you have?");
  // The badge: a double click and a burst of clicks open one dialog, with one app.
  const b = badge(page, "badge");
  await b.dblclick();
  await expect(page.locator("#badge dialog")).toHaveAttribute("open", "");
  await expect(dialogWidget(page, "badge")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await b.evaluate((b) => {
    for (let i = 0; i < 5; i++) b.click();
  });
  await expect(page.locator("#badge dialog")).toHaveAttribute("open", "");
  await expect(dialogWidget(page, "badge")).toHaveCount(1);
  await expectPageUnharmed(page, seen);
});

test("no focus is taken at load, and the page's focus stays where the visitor put it", async ({ page }) => {
  await page.goto(PAGE);
  await expect(app(page, "inline")).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.locator("#page-button").focus();
  await badge(page, "badge").hover();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => document.activeElement.id)).toBe("page-button");
});
