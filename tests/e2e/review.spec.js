// The translation review page (review.html, issue 19): every English
// message beside its translation, grouped by screen, Arabic right to left,
// comments downloaded as a file, axe clean, keyboard only, and nothing
// fetched but the bundle's own files.
import { test, expect } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expectAxeClean } from "./support/index.js";

const LOCALES = new URL("../../locales/", import.meta.url);
const source = (path) => readFileSync(new URL(path, LOCALES), "utf8");

// The files on disk, read here without the page's code.
const ENGLISH = source("en/main.ftl");
const ids = (ftl) => [...ftl.matchAll(/^([a-zA-Z][\w-]*) *=/gm)].map((m) => m[1]);
const ENGLISH_IDS = ids(ENGLISH);
const LANGS = [...source("languages.ftl").matchAll(/^language-([\w-]+) *=/gm)].map((m) => m[1]).filter((tag) => tag !== "en");
/** One-line messages: id -> text (a plural's `{ $var ->` excluded). */
const oneLiners = (ftl) => new Map([...ftl.matchAll(/^([a-zA-Z][\w-]*) *= *(.+)$/gm)].filter((m) => !m[2].endsWith("->")).map((m) => [m[1], m[2]]));

// Every request the page makes, checked after each test.
let requests;
test.beforeEach(async ({ page }) => {
  requests = [];
  page.on("request", (request) => requests.push(request));
});
test.afterEach(async ({ baseURL }) => {
  const origin = new URL(baseURL).origin;
  const others = requests.filter((r) => r.method() !== "GET" || new URL(r.url()).origin !== origin);
  expect(others.map((r) => `${r.method()} ${r.url()}`), "only same-origin GETs").toEqual([]);
});

async function choose(page, tag) {
  await page.locator("#language").selectOption(tag);
  await page.getByRole("button", { name: "Show" }).click();
  await shown(page, tag);
}

// The page fetches and lays out a language's messages after it loads.
async function shown(page, tag) {
  await expect(page.locator("#status")).toContainText(`(${tag})`);
}

test("every English message beside its translation, for every language", async ({ page }) => {
  expect(LANGS.length).toBeGreaterThanOrEqual(7);
  await page.goto("/review.html");
  // The menu lists the languages the bundle names, and no other.
  await expect(page.locator("#language option:not([value=''])")).toHaveCount(LANGS.length);
  expect(await page.locator("#language option:not([value=''])").evaluateAll((os) => os.map((o) => o.value))).toEqual(LANGS);
  for (const tag of LANGS) {
    await choose(page, tag);
    const rows = page.locator("#screens tbody tr[data-id]");
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id)), tag).toEqual(ENGLISH_IDS);
    // Each translation cell holds that message from the language's file.
    const expected = oneLiners(source(`${tag}/main.ftl`));
    const shown = await page.locator(`#screens td[lang="${tag}"]`).evaluateAll((tds) => tds.map((td) => [td.closest("tr").dataset.id, td.textContent]));
    expect(shown.length, tag).toBe(ENGLISH_IDS.length);
    for (const [id, text] of shown) {
      if (expected.has(id)) expect(text.startsWith(expected.get(id)), `${tag} ${id}: ${text}`).toBe(true);
    }
    // The live widget beside the messages speaks the chosen language.
    await expect(page.locator("#widget section.ccw")).toHaveAttribute("lang", tag);
  }
});

test("each question is a group of its own, under the English file's section headings", async ({ page }) => {
  await page.goto("/review.html?lang=es");
  await shown(page, "es");
  const headings = await page.locator("#screens h3").allTextContents();
  for (const [id, text] of oneLiners(ENGLISH)) {
    if (ENGLISH_IDS.includes(`${id}-hint`)) expect(headings).toContain(`Question: ${text}`);
  }
  // The sections are the English file's `##` headings.
  const sections = await page.locator("#screens h2").allTextContents();
  const named = [...ENGLISH.matchAll(/^## (Start screen|Questions|Check your answers|Result)$/gm)].map((m) => m[1]);
  expect(named.length).toBeGreaterThanOrEqual(3);
  for (const heading of named) expect(sections).toContain(heading);
  // A message's own note from the English file is shown beside it.
  await expect(page.locator('tr[data-id="conditions-chosen"] td[lang="en"] .note')).toContainText("conditions were ticked");
});

test("Arabic is shown right to left, in the table and in the widget", async ({ page }) => {
  await page.goto("/review.html?lang=ar");
  const cells = page.locator('#screens td[lang="ar"]');
  await expect(cells).toHaveCount(ENGLISH_IDS.length);
  expect(await cells.evaluateAll((tds) => tds.filter((td) => td.dir !== "rtl" || getComputedStyle(td).direction !== "rtl").length)).toBe(0);
  // English stays left to right.
  await expect(page.locator('tr[data-id="start-title"] td[lang="en"]')).toHaveCSS("direction", "ltr");
  await expect(page.locator("#widget section.ccw")).toHaveAttribute("dir", "rtl");
  // The translator's notes at the top of the file are shown too.
  const firstNote = /^## (.+)$/m.exec(source("ar/main.ftl"))[1];
  await expect(page.locator("#screens")).toContainText(firstNote);
  // The plural's variants: each category named, the default marked.
  await expect(page.locator('tr[data-id="idle-body"] td[lang="ar"] li')).toHaveCount(6);
  await expect(page.locator('tr[data-id="idle-body"] td[lang="ar"] li').last()).toContainText("other (default)");
});

test("a comment typed in is in the downloaded file, CSV and JSON", async ({ page }) => {
  await page.goto("/review.html?lang=ar");
  const comment = "Please use the feminine form too, \"لستِ متأكدة\", and keep it short.";
  await page.getByLabel("Your comment on answer-not-sure").fill(comment);
  await page.getByLabel("Your name").fill("Test Reviewer");
  await page.getByLabel("I have read every message in this group: Question: Do you have Medicare?").check();
  // Kept in memory when the reviewer looks at another language and back.
  await choose(page, "es");
  await expect(page.getByLabel("Your comment on answer-not-sure")).toHaveValue("");
  await choose(page, "ar");
  await expect(page.getByLabel("Your comment on answer-not-sure")).toHaveValue(comment);

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download comments (CSV)" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^translation-review-ar-\d{4}-\d\d-\d\d\.csv$/);
  const text = readFileSync(await csv.path(), "utf8");
  const field = (value) => `"${value.replace(/"/g, '""')}"`;
  const line = text.split("\r\n").find((l) => l.includes(field("answer-not-sure")));
  for (const value of ["ar", comment, "I’m not sure", oneLiners(source("ar/main.ftl")).get("answer-not-sure"), "Test Reviewer"]) {
    expect(line).toContain(field(value));
  }
  await expect(page.locator("#export-status")).toContainText("1 comment");

  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download comments (JSON)" }).click();
  const json = JSON.parse(readFileSync(await (await jsonDownload).path(), "utf8"));
  const row = json.rows.find((r) => r.id === "answer-not-sure");
  expect(row).toMatchObject({ language: "ar", comment, english: "I’m not sure", reviewer: "Test Reviewer" });
  // The exact text reviewed: the files' SHA-256, as sha256sum gives it.
  const sha256 = (path) => createHash("sha256").update(readFileSync(new URL(path, LOCALES))).digest("hex");
  expect(row.translation_sha256).toBe(sha256("ar/main.ftl"));
  expect(row.english_sha256).toBe(sha256("en/main.ftl"));
  expect(json.rows.find((r) => r.id === "question-medicare").read).toBe("yes");
  expect(json.rows.find((r) => r.id === "check-title").read).toBe("no");
  // Every English message is in the file, once.
  expect(json.rows.filter((r) => r.id !== "(general comment)").map((r) => r.id)).toEqual(ENGLISH_IDS);
});

test("asks before closing only when there are comments not yet downloaded", async ({ page, context }) => {
  const dialogs = [];
  const closes = async (p) => {
    const closed = p.waitForEvent("close");
    await p.close({ runBeforeUnload: true });
    return closed;
  };
  // Nothing typed: the page closes without asking.
  await page.goto("/review.html?lang=vi");
  // A dialog (wrongly asked) is noted and accepted, so the page closes.
  page.on("dialog", (d) => dialogs.push(d.type()) && d.accept());
  await page.getByLabel("Your comment on start-title").click();
  await closes(page);
  expect(dialogs).toEqual([]);

  const second = await context.newPage();
  second.on("request", (request) => requests.push(request));
  await second.goto("/review.html?lang=vi");
  await second.getByLabel("Your comment on start-title").fill("Too long");
  const dialog = second.waitForEvent("dialog");
  await second.close({ runBeforeUnload: true });
  expect((await dialog).type()).toBe("beforeunload");
  await (await dialog).dismiss();
  // Downloaded: nothing to lose, no question.
  const download = second.waitForEvent("download");
  await second.getByRole("button", { name: "Download comments (JSON)" }).click();
  await download;
  second.on("dialog", (d) => dialogs.push(d.type()) && d.accept());
  await closes(second);
  expect(dialogs).toEqual([]);
});

test("usable with the keyboard only", async ({ page }) => {
  // Some 250 Tab presses, on a machine that may be busy.
  test.setTimeout(180_000);
  await page.goto("/review.html");
  // The languages arrive from languages.ftl after the page loads.
  await expect(page.locator(`#language option[value="${LANGS[0]}"]`)).toHaveCount(1);
  const focused = () => page.evaluate(() => document.activeElement?.id);
  for (let i = 0; i < 5 && (await focused()) !== "language"; i++) await page.keyboard.press("Tab");
  expect(await focused()).toBe("language");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#language")).toHaveValue(LANGS[0]);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("#status")).toContainText(`(${LANGS[0]})`);
  // Tab on to the first message's comment box, write, and on to the download.
  const seen = new Set();
  for (let i = 0; i < 600 && (await focused()) !== "export-csv"; i++) {
    await page.keyboard.press("Tab");
    const id = await focused();
    seen.add(id);
    if (id === "comment-start-title") await page.keyboard.type("Keyboard comment");
  }
  expect(await focused()).toBe("export-csv");
  // Every comment box is on the way.
  expect(ENGLISH_IDS.filter((id) => !seen.has(`comment-${id}`))).toEqual([]);
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect(readFileSync(await (await download).path(), "utf8")).toContain('"Keyboard comment"');
});

for (const width of [1400, 320]) {
  test(`axe clean and reflows at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/review.html");
    await expectAxeClean(page, `the review page, no language chosen, ${width} px`);
    await page.goto("/review.html?lang=ar");
    await expect(page.locator("#widget section.ccw")).toBeVisible();
    await expectAxeClean(page, `the review page in Arabic, ${width} px`);
    // No sideways scrolling at 320 px (WCAG 1.4.10).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test("linked from the landing page, not from partners' pages", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Translation review" })).toHaveAttribute("href", "review.html");
  for (const path of ["/partners.html", "/embed.html", "/iframe.html"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain("review.html");
  }
});
