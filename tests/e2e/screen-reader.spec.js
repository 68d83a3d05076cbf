// A screen reader, simulated (issue 18, "How to test"): what it would say
// on the way from a partner's badge through the questions to a result and
// the explainer, in English and in Arabic. A recorder in the page notes
// what a screen reader speaks: the role and name of each element that takes
// focus (with the names of the dialog, region or group it enters), and each
// new text of a live region, each with the language it is marked in.
// Playwright's ARIA snapshots check what the dialog exposes. Each screen
// change must be announced once, in the widget's language.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { CMS_URL, WALKS, startTitle, tabTo } from "./support/index.js";

/** A one-line message of locales/<lang>/main.ftl. */
function message(lang, id) {
  const ftl = readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), "utf8");
  return ftl.match(new RegExp(`^${id} = (.+)$`, "m"))[1];
}

const badgePage = (lang) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A partner's page</title>
<script type="module" src="../widget.js"></script></head>
<body>
<h1>Neighborhood Health Center</h1>
<connected-care-widget id="badge" lang="${lang}"><a href="${CMS_URL}">${startTitle(lang)}</a></connected-care-widget>
</body></html>`;

/** Installs the recorder (runs in the page): window.spoken. */
function listen() {
  window.spoken = [];
  const up = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  const langOf = (el) => {
    for (let node = el; node; node = up(node)) if (node.lang) return node.lang;
    return "";
  };
  const say = (kind, el, text) =>
    window.spoken.push({ kind, text: (text ?? "").replace(/\s+/g, " ").trim(), lang: langOf(el) });
  // What a screen reader names on the way into an element: dialogs,
  // named regions, groups (a fieldset, by its legend).
  const contexts = (el) => {
    const found = [];
    for (let node = el; node; node = up(node)) {
      if (node.matches?.("dialog, fieldset, section[aria-label], [role=region][aria-label]")) found.unshift(node);
    }
    return found;
  };
  const byIds = (el, attribute) =>
    el
      .getAttribute(attribute)
      ?.split(/\s+/)
      .map((id) => el.getRootNode().getElementById(id)?.textContent ?? "")
      .join(" ");
  const nameOf = (el) =>
    byIds(el, "aria-labelledby") ??
    (el.tagName === "FIELDSET" ? el.querySelector("legend")?.textContent : el.getAttribute("aria-label") ?? el.textContent);
  // The element last focused, and the contexts it was in then.
  let last = null;
  let around = [];
  const focused = (el) => {
    const now = contexts(el);
    for (const context of now) if (!around.includes(context)) say("context", context, nameOf(context));
    say("focus", el, nameOf(el));
    [last, around] = [el, now];
  };
  document.addEventListener("focusin", (event) => focused(event.composedPath()[0]), true);
  // A modal dialog's first focus fires no focusin in Chromium; a screen
  // reader follows the focus all the same.
  window.followFocus = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (el && el !== last && el !== document.body) focused(el);
  };
  // Live regions, in the page and in the widget's shadow root.
  const heard = new Map();
  const onChange = (records) => {
    for (const record of records) {
      const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      const region = node?.closest?.("[role=status], [role=alert], [aria-live]:not([aria-live=off])");
      const added = [...record.addedNodes].filter((n) => n.nodeType === 1 && n.matches("[role=alert]"));
      for (const live of [region, ...added]) {
        if (!live) continue;
        const text = live.textContent.replace(/\s+/g, " ").trim();
        if (text && heard.get(live) !== text) say("live", live, text);
        heard.set(live, text);
      }
    }
  };
  const options = { subtree: true, childList: true, characterData: true };
  new MutationObserver(onChange).observe(document.body, options);
  const host = document.getElementById("badge");
  new MutationObserver(onChange).observe(host.shadowRoot, options);
}

/** What was said since the last call. */
const heard = (page) =>
  page.evaluate(() => {
    window.followFocus();
    return window.spoken.splice(0);
  });

/**
 * `said` announces `title` once, in `lang`: one utterance holds it, and
 * every utterance is marked with `lang`.
 */
function expectAnnouncedOnce(said, title, lang, what) {
  const holding = said.filter((s) => s.text.includes(title));
  expect(holding.length, `${what}: "${title}" said once in ${JSON.stringify(said)}`).toBe(1);
  for (const s of said) expect(s.lang, `${what}: "${s.text}" in its language`).toBe(lang);
}

async function walk(page, lang) {
  const tr = (id) => message(lang, id);
  await page.route("**/pages/sr.html", (route) => route.fulfill({ contentType: "text/html", body: badgePage(lang) }));
  await page.goto("/pages/sr.html");
  const badge = page.locator("#badge .ccw-badge");
  await expect(badge).toBeVisible();
  await page.evaluate(listen);

  // The badge: a button named by the partner's link, in its language.
  await tabTo(page, badge);
  expectAnnouncedOnce(await heard(page), tr("start-title"), lang, "badge");
  await expect(badge).toMatchAriaSnapshot(`- button "${tr("start-title")}"`);

  // The dialog opens on the close button; once the app shows, the dialog
  // and the button are named in the widget's language, and the dialog
  // holds no second region of the same name.
  await page.keyboard.press("Enter");
  const dialog = page.locator("#badge dialog");
  const app = dialog.locator("section.ccw");
  await expect(app.locator("h1")).toHaveText(tr("start-title"));
  const opened = await heard(page);
  expect(opened.map((s) => s.kind)).toEqual(["context", "focus"]);
  await expect(dialog).toHaveAttribute("lang", lang);
  await expect(dialog).toMatchAriaSnapshot(`- dialog "${tr("widget-label")}":\n  - button "${tr("close")}"`);
  await expect(dialog.getByRole("region")).toHaveCount(0);

  // Start: the first question's heading takes focus, and nothing else speaks.
  await app.locator(".ccw-button-start").focus();
  await heard(page);
  await page.keyboard.press("Enter");
  await expect(app.locator("h1")).toBeFocused();
  let said = await heard(page);
  expect(said.filter((s) => s.kind === "focus")).toEqual([{ kind: "focus", text: tr("question-medicare"), lang }]);
  expect(said.filter((s) => s.kind === "live")).toEqual([]);
  await expect(app.locator("h1")).toMatchAriaSnapshot(`- heading "${tr("question-medicare")}" [level=1]`);

  // Each question: answered, then Continue with the keyboard.
  for (const value of WALKS.likely) {
    for (const v of [value].flat()) await app.locator(`input[value="${v}"]`).check();
    await app.locator("button[type=submit]").focus();
    const before = await app.locator("h1").textContent();
    await heard(page);
    await page.keyboard.press("Enter");
    await expect(app.locator("h1")).not.toHaveText(before);
    await expect(app.locator("h1")).toBeFocused();
    said = await heard(page);
    const title = await app.locator("h1").textContent();
    expect(said.filter((s) => s.kind === "focus"), `after "${before}"`).toEqual([{ kind: "focus", text: title.trim(), lang }]);
    expect(said.filter((s) => s.kind === "live"), `after "${before}"`).toEqual([]);
    for (const s of said) expect(s.lang).toBe(lang);
  }
  await expect(app.locator("h1")).toHaveText(tr("check-title"));
  expectAnnouncedOnce(said, tr("check-title"), lang, "check your answers");

  // The result.
  await app.locator(".ccw-summary + .ccw-button").focus();
  await heard(page);
  await page.keyboard.press("Enter");
  await expect(app.locator(".ccw-result h1")).toBeFocused();
  expectAnnouncedOnce(await heard(page), tr("outcome-likely-title"), lang, "result");

  // The explainer from the result: its first step's heading takes focus;
  // then focus stays on Next and the status region says each step, once,
  // the last one saying it is the last.
  await app.locator(".ccw-result .ccw-link-button").first().focus();
  await heard(page);
  await page.keyboard.press("Enter");
  await expect(app.locator(".ccw-explainer h1")).toBeFocused();
  expectAnnouncedOnce(await heard(page), tr("explainer-common-title"), lang, "explainer step 1");
  const steps = ["places", "team", "plan", "help", "medicines", "cost", "next"];
  await app.locator('[data-ccw-step-button="next"]').focus();
  await heard(page);
  said = [];
  for (const step of steps) {
    await page.keyboard.press("Enter");
    await expect(app.locator(".ccw-explainer h1")).toHaveText(tr(`explainer-${step}-title`));
    await expect.poll(async () => (said = [...said, ...(await heard(page))]).length).toBeGreaterThan(0);
    await page.waitForTimeout(100);
    said = [...said, ...(await heard(page))];
    expectAnnouncedOnce(said, tr(`explainer-${step}-title`), lang, `explainer ${step}`);
    // The step is said by the status region alone; focus may land on a new
    // Next button (the first step has no Previous), which says its name.
    expect(said.filter((s) => s.kind !== "focus").map((s) => s.kind), `explainer ${step}`).toEqual(["live"]);
    const buttons = [tr("explainer-next"), tr("explainer-back-to-result")];
    for (const s of said.filter((s) => s.kind === "focus")) expect(buttons, `explainer ${step}`).toContain(s.text);
    said = [];
  }
  await expect(app.locator("[role=status]")).toContainText(tr("explainer-last-step"));
}

for (const lang of ["en", "ar"]) {
  test(`screen reader (${lang}): badge, questions, result, explainer, each screen said once in its language`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await walk(page, lang);
  });
}

test("screen reader: an English badge switched to Arabic speaks Arabic, in a right-to-left dialog", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.route("**/pages/sr.html", (route) => route.fulfill({ contentType: "text/html", body: badgePage("en") }));
  await page.goto("/pages/sr.html");
  await page.locator("#badge .ccw-badge").click();
  const dialog = page.locator("#badge dialog");
  const app = dialog.locator("section.ccw");
  await expect(app.locator("h1")).toHaveText(message("en", "start-title"));
  await page.evaluate(listen);
  await app.locator(".ccw-language select").selectOption("ar");
  await app.locator(".ccw-language button").focus();
  await heard(page);
  await page.keyboard.press("Enter");
  await expect(app).toHaveAttribute("lang", "ar");
  await expect(app.locator("h1")).toHaveText(message("ar", "start-title"));
  await page.waitForTimeout(300);
  // Focus stays on the button, now named in Arabic; the status region
  // says the language, once, in Arabic, and whatever is said is Arabic.
  const apply = app.locator(".ccw-language button");
  await expect(apply).toBeFocused();
  await expect(apply).toHaveText(message("ar", "language-apply"));
  const said = await heard(page);
  const arabic = readFileSync(new URL("../../locales/languages.ftl", import.meta.url), "utf8").match(/^language-ar = (.+)$/m)[1];
  expectAnnouncedOnce(said.filter((s) => s.kind === "live"), `${message("ar", "language-label")}: ${arabic}`, "ar", "the switch");
  for (const s of said) expect(s.lang, `"${s.text}" after the switch`).toBe("ar");
  await expect(dialog).toHaveAttribute("lang", "ar");
  await expect(dialog).toHaveAttribute("dir", "rtl");
  await expect(dialog.locator(".ccw-close")).toHaveAttribute("lang", "ar");
  await expect(dialog).toMatchAriaSnapshot(`
    - dialog "${message("ar", "widget-label")}":
      - button "${message("ar", "close")}"
      - heading "${message("ar", "start-title")}" [level=1]
      - button "${message("ar", "start-button")}"
  `);
  await expect(dialog.getByRole("region")).toHaveCount(0);
  await page.screenshot({ path: "screenshots/a11y-dialog-ar-after-switch.png" });
});

// Issue 18, item 6: a question's heading sat in its fieldset's legend, so
// focus on the heading entered a group named with the same words, and a
// screen reader said the question twice. The heading now names the group
// from above it.
test("screen reader: a question's words are said once with its group's name", async ({ page }) => {
  await page.route("**/pages/sr.html", (route) => route.fulfill({ contentType: "text/html", body: badgePage("en") }));
  await page.goto("/pages/sr.html");
  await page.locator("#badge .ccw-badge").click();
  const app = page.locator("#badge dialog section.ccw");
  await expect(app.locator(".ccw-button-start")).toBeVisible();
  await page.evaluate(listen);
  await app.locator(".ccw-button-start").focus();
  await heard(page);
  await page.keyboard.press("Enter");
  await expect(app.locator("h1")).toBeFocused();
  expectAnnouncedOnce(await heard(page), message("en", "question-medicare"), "en", "question 1");
});
