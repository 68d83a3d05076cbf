// The element's events for a partner's own counts: connected-care:open,
// start, result, explainer, language and close, bubbling and composed out
// of the shadow root, each with a detail of { language, mode } and nothing
// else, in badge and inline modes and through the iframe embed (whose
// embed-resize.js dispatches them again on the iframe).
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { answer, badge, chooseLanguage, dialogWidget, seeResult, WALKS, widget } from "./support/index.js";

const NAMES = ["open", "start", "result", "explainer", "language", "close"];

// The rules' own key lists (examples/keys_json.rs), not copies: no event
// may carry any of them.
const KEYS = JSON.parse(
  execFileSync("cargo", ["run", "--offline", "--quiet", "--example", "keys_json"], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    encoding: "utf8",
  }),
);
const PRIVATE_KEYS = new Set([
  ...KEYS.questions,
  ...Object.values(KEYS.answers).flat(),
  ...KEYS.conditions,
  ...KEYS.outcomes,
  ...KEYS.rules,
]);

/** Records every connected-care:* event that reaches the document, from before the page loads. */
async function recordEvents(page) {
  await page.addInitScript((names) => {
    window.__events = [];
    for (const name of names) {
      document.addEventListener(`connected-care:${name}`, (event) => {
        window.__events.push({
          name,
          target: event.target.id || event.target.localName,
          custom: event instanceof CustomEvent,
          bubbles: event.bubbles,
          composed: event.composed,
          // Everything the detail holds, as a listener would see it.
          detailKeys: Object.keys(event.detail ?? {}),
          detail: JSON.parse(JSON.stringify(event.detail ?? null)),
        });
      });
    }
  }, NAMES);
}

const recorded = (page) => page.evaluate(() => window.__events);

/** The recorded events of one element as "name language mode", after checking each one's shape. */
async function sequence(page, target) {
  const events = (await recorded(page)).filter((e) => e.target === target);
  for (const e of events) {
    expect(e, `${e.name} is a bubbling, composed CustomEvent`).toMatchObject({ custom: true, bubbles: true, composed: true });
    expect(e.detailKeys, `${e.name}: the detail holds the language and the mode only`).toEqual(["language", "mode"]);
    expect(KEYS.languages).toContain(e.detail.language);
    expect(KEYS.modes).toContain(e.detail.mode);
    const said = JSON.stringify(e.detail).match(/[\w-]+/g);
    expect(said.filter((word) => PRIVATE_KEYS.has(word)), `${e.name} says nothing of answers or outcomes`).toEqual([]);
  }
  return events.map((e) => `${e.name} ${e.detail.language} ${e.detail.mode}`);
}

/** From the start screen to `outcome`'s result (WALKS), then "Connecting the dots" from the result. */
async function walkToResultAndExplainer(w, outcome) {
  await w.locator(".ccw-button-start").click();
  for (const value of WALKS[outcome]) await answer(w, value);
  await seeResult(w);
  await expect(w.locator(".ccw-result")).toHaveAttribute("data-outcome", outcome);
  await w.locator(".ccw-result .ccw-link-button").click();
  await expect(w.locator(".ccw-explainer")).toBeVisible();
}

test("badge: open, a full walk, the explainer, a language switch, close, open again, Escape", async ({ page }) => {
  await recordEvents(page);
  await page.goto("/pages/plain.html");
  // The inline widget on the page tells its own open; the badges nothing yet.
  await expect.poll(() => sequence(page, "badge-es")).toEqual([]);
  await badge(page, "badge-es").click();
  const w = dialogWidget(page, "badge-es");
  await expect(w).toHaveAttribute("lang", "es");
  await walkToResultAndExplainer(w, "likely");
  await chooseLanguage(w, "ar");
  await expect(w).toHaveAttribute("lang", "ar");
  // The same language again is no switch.
  await chooseLanguage(w, "ar");
  await page.locator("#badge-es .ccw-close").click();
  await expect(page.locator("#badge-es dialog")).not.toHaveAttribute("open", "");
  await badge(page, "badge-es").click();
  await expect(w.locator(".ccw-explainer")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("#badge-es dialog")).not.toHaveAttribute("open", "");
  await expect
    .poll(() => sequence(page, "badge-es"))
    .toEqual([
      "open es badge",
      "start es badge",
      "result es badge",
      "explainer es badge",
      "language ar badge",
      "close ar badge",
      "open ar badge",
      "close ar badge",
    ]);
  // A badge whose element has no mode attribute is a badge too.
  await badge(page, "badge-ar").click();
  await expect(dialogWidget(page, "badge-ar")).toHaveAttribute("data-mode", "badge");
  await expect.poll(() => sequence(page, "badge-ar")).toEqual(["open ar badge"]);
});

test("inline: open at once, then start, result, explainer and language; nothing to close", async ({ page }) => {
  await recordEvents(page);
  await page.goto("/pages/plain.html");
  const w = widget(page.locator("#inline-en"));
  await expect(w).toBeVisible();
  await expect.poll(() => sequence(page, "inline-en")).toEqual(["open en inline"]);
  await walkToResultAndExplainer(w, "other-options");
  // Back from the explainer to the result: no second result.
  await w.locator(".ccw-back").click();
  await expect(w.locator(".ccw-result")).toBeVisible();
  await chooseLanguage(w, "es");
  await expect(w).toHaveAttribute("lang", "es");
  // Start over and start again: a second start.
  await w.getByRole("button", { name: "Volver a empezar" }).click();
  await w.locator(".ccw-button-start").click();
  await expect(w.locator("fieldset")).toBeVisible();
  await expect
    .poll(() => sequence(page, "inline-en"))
    .toEqual([
      "open en inline",
      "start en inline",
      "result en inline",
      "explainer en inline",
      "language es inline",
      "start es inline",
    ]);
  // Each event is heard once, on its own element only.
  const all = await recorded(page);
  expect(all.filter((e) => e.target !== "inline-en").map((e) => e.target)).toEqual([]);
});

test("kiosk on the element: open at once, with the mode kiosk", async ({ page }) => {
  await recordEvents(page);
  await page.goto("/pages/kiosk-element.html");
  const w = widget(page.locator("connected-care-widget"));
  await expect(w).toHaveAttribute("data-mode", "kiosk");
  await w.locator(".ccw-button-start").click();
  await expect(w.locator("fieldset")).toBeVisible();
  await expect.poll(() => sequence(page, "connected-care-widget")).toEqual(["open es kiosk", "start es kiosk"]);
});

test("iframe: embed-resize.js dispatches the frame's events on the iframe, from its own frame and in their shape only", async ({
  page,
}) => {
  await recordEvents(page);
  await page.goto("/pages/iframe.html");
  const frameEl = page.locator("iframe[data-connected-care]");
  const frame = page.frameLocator("iframe[data-connected-care]");
  const w = widget(frame);
  await expect(w).toHaveAttribute("lang", "es");
  await walkToResultAndExplainer(w, "maybe-pcm");
  await chooseLanguage(w, "vi");
  await expect(w).toHaveAttribute("lang", "vi");
  await expect
    .poll(() => sequence(page, "iframe"))
    .toEqual(["open es inline", "start es inline", "result es inline", "explainer es inline", "language vi inline"]);
  const before = (await recorded(page)).length;
  // From the frame, messages of another shape: dropped, or cut down to the
  // language and the mode.
  await frameEl.evaluate((el) => {
    const send = (message) => el.contentWindow.eval(`parent.postMessage(${JSON.stringify(message)}, "*")`);
    send({ type: "connected-care:event", name: "result", language: "en", mode: "inline", outcome: "likely" });
    send({ type: "connected-care:event", name: "answer", language: "en", mode: "inline" });
    send({ type: "connected-care:event", name: "start", language: ["en"], mode: "inline" });
    send({ type: "connected-care:event", name: "start", language: "en", mode: "popup" });
    send({ type: "connected-care:event", name: "start", language: "<b>", mode: "inline" });
  });
  // From the page itself, not the frame: ignored.
  await page.evaluate(() =>
    window.postMessage({ type: "connected-care:event", name: "start", language: "en", mode: "inline" }, "*"),
  );
  await expect.poll(async () => (await recorded(page)).length).toBe(before + 1);
  const last = (await sequence(page, "iframe")).at(-1);
  expect(last).toBe("result en inline");
});

test("iframe from another origin, as a partner's page has it: its events arrive; a frame not marked as ours is not heard", async ({
  page,
}) => {
  await recordEvents(page);
  // The partner's page on the test server's origin, the bundle on
  // another (http://widget.example, served from the test server), as on a
  // CDN or the partners page's host.
  const base = test.info().project.use.baseURL;
  await page.route("http://widget.example/**", async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: new URL(url.pathname + url.search, base).href }) });
  });
  const partnerPage = new URL("/partner-cross-origin.html", base).href;
  await page.route(partnerPage, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>Partner</title></head><body>
        <iframe data-connected-care id="ours" src="http://widget.example/embed.html?lang=ko" title="t1"></iframe>
        <iframe id="unmarked" src="http://widget.example/embed.html?lang=ru" title="t2"></iframe>
        <script src="http://widget.example/embed-resize.js"></script></body></html>`,
    }),
  );
  await page.goto(partnerPage);
  await expect(widget(page.frameLocator("#ours"))).toHaveAttribute("lang", "ko");
  await expect(widget(page.frameLocator("#unmarked"))).toHaveAttribute("lang", "ru");
  await expect.poll(() => sequence(page, "ours")).toEqual(["open ko inline"]);
  await page.waitForTimeout(300);
  expect((await recorded(page)).map((e) => e.target)).toEqual(["ours"]);
});
