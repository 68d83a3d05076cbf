// The plugin on a real WordPress (Debian's 6.1, Twenty Twenty-Three; run.sh
// starts it): as Administrator, Editor and Author, a post with the block
// and a post with the shortcode, saved through the REST API as that user
// (so WordPress's own filtering of what Authors may save applies). A
// visitor sees the badge in the text column; it opens, walks to a result
// and closes; axe finds nothing; every request stays on the site.
import { test, expect } from "@playwright/test";
import {
  CMS_URL,
  LANGUAGES,
  expectAxeClean,
  expectNoTrace,
  recordRequests,
  shot,
  startTitle,
  walkTo,
  widget,
} from "../e2e/support/index.js";
import { ROLES, blockMarkup, createPost, rawContent, wpTask } from "./support.js";
import { sourceVersion } from "../../wordpress/build.mjs";

// Where the plugin serves the bundle: a folder of its version.
const BUNDLE_PATH = `/wp-content/plugins/connected-care/dist/${sourceVersion()}/`;

const CONTACT = "Main Street Clinic, 555-0100";

// What each post holds, and what the visitor should see.
const KINDS = {
  block: {
    content: blockMarkup({ lang: "es", accent: "#0b6e4f", contact: CONTACT }),
    lang: "es",
    contact: CONTACT,
    background: "rgb(11, 110, 79)",
  },
  shortcode: {
    content: `<!-- wp:shortcode -->\n[connected_care lang="vi" mode="badge" contact="${CONTACT}"]\n<!-- /wp:shortcode -->`,
    lang: "vi",
    contact: CONTACT,
    // The default blue.
    background: "rgb(26, 68, 128)",
  },
};

const around = (middle) =>
  `<!-- wp:paragraph -->\n<p id="before">Our clinic helps people with Medicare between visits.</p>\n<!-- /wp:paragraph -->\n\n${middle}\n\n<!-- wp:paragraph -->\n<p id="after">Call us to book a visit.</p>\n<!-- /wp:paragraph -->`;

const posts = {};
test.beforeAll(async ({ request }) => {
  for (const role of ROLES) {
    for (const [kind, { content }] of Object.entries(KINDS)) {
      posts[`${role} ${kind}`] = await createPost(request, role, `The check, ${kind}, by the ${role}`, around(content));
    }
  }
});

for (const role of ROLES) {
  for (const [kind, expected] of Object.entries(KINDS)) {
    test(`${role}: the ${kind} shows the badge in the text column; it opens, walks to a result, closes`, async ({
      page,
      request,
    }) => {
      const post = posts[`${role} ${kind}`];
      // Saved as written: nothing was stripped for this role.
      expect(await rawContent(request, role, post.id)).toBe(around(expected.content));

      await page.setViewportSize({ width: 1280, height: 900 });
      const requests = recordRequests(page);
      await page.goto(post.link);
      const element = page.locator("connected-care-widget");
      await expect(element).toHaveCount(1);
      await expect(element).toHaveAttribute("lang", expected.lang);
      const badge = element.locator(".ccw-badge");
      await expect(badge).toHaveText(startTitle(expected.lang));
      expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(expected.background);
      // In the text column: where the paragraphs start (315 px at 1280).
      const left = (locator) => locator.evaluate((el) => el.getBoundingClientRect().left);
      const column = await left(page.locator(".entry-content > p").first());
      expect(column).toBeGreaterThan(300);
      expect(await left(badge)).toBe(column);
      await expectAxeClean(page, `the ${kind}'s page`);
      if (role === "author") await shot(page, `wordpress-${kind}-front`, { fullPage: false });

      await badge.click();
      const dialog = element.locator("dialog");
      await expect(dialog).toHaveAttribute("open", "");
      const app = widget(dialog);
      await expect(app).toHaveAttribute("lang", expected.lang);
      await walkTo(app, "likely");
      await expect(app.locator(".ccw-result > .ccw-contact bdi")).toHaveText(expected.contact);
      await expectAxeClean(page, `the ${kind}'s result`);
      if (role === "author") await shot(page, `wordpress-${kind}-result`, { fullPage: false });
      await page.keyboard.press("Escape");
      await expect(dialog).not.toHaveAttribute("open", "");
      expect(await badge.evaluate((el) => el.getRootNode().activeElement === el)).toBe(true);

      // Everything from the partner's own site: the widget from the
      // plugin's folder, nothing elsewhere; no cookie, no storage.
      expect(requests.some((u) => u.includes(`${BUNDLE_PATH}connected-care-widget_bg.wasm`))).toBe(true);
      await expectNoTrace(page, requests);
    });
  }
}

// A Contributor cannot publish, but submits for review: the block and the
// shortcode are kept as written, where a pasted snippet would be stripped.
test("contributor: the block and the shortcode are saved as written", async ({ request }) => {
  for (const { content } of Object.values(KINDS)) {
    const post = await createPost(request, "contributor", "For review", around(content), { status: "pending" });
    expect(await rawContent(request, "contributor", post.id)).toBe(around(content));
  }
  const snippet = `<!-- wp:html -->\n<connected-care-widget lang="es"><a href="${CMS_URL}">${startTitle("es")}</a></connected-care-widget>\n<!-- /wp:html -->`;
  const pasted = await createPost(request, "contributor", "Pasted", snippet, { status: "pending" });
  expect(await rawContent(request, "contributor", pasted.id)).not.toContain("connected-care-widget");
});

test("without JavaScript: the link, in the chosen language, in the text column", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const kind of Object.keys(KINDS)) {
    await page.goto(posts[`author ${kind}`].link);
    const link = page.locator("connected-care-widget a");
    await expect(link).toHaveText(startTitle(KINDS[kind].lang));
    await expect(link).toHaveAttribute("href", CMS_URL);
    const left = (locator) => locator.evaluate((el) => el.getBoundingClientRect().left);
    expect(await left(link), kind).toBe(await left(page.locator(".entry-content > p").first()));
  }
  await shot(page, "wordpress-no-javascript", { fullPage: false });
  await context.close();
});

// The snippet pasted in a Custom HTML block (Administrators and Editors
// only: WordPress strips it for Authors), bare and in a paragraph, its
// script from the plugin's folder: the loader lines the badge up with the
// text column of the real theme; without JavaScript, only the paragraph's
// link is in the column.
test("the raw snippet in a Custom HTML block: the badge in the text column, bare or in a paragraph", async ({ browser, page, request }) => {
  const snippet = (id) =>
    `<connected-care-widget id="${id}" lang="es"><a href="${CMS_URL}">${startTitle("es")}</a></connected-care-widget>`;
  const html = `<!-- wp:html -->\n<script type="module" src="${BUNDLE_PATH}widget.js"></script>\n${snippet("bare")}\n<!-- /wp:html -->\n\n<!-- wp:html -->\n<p>${snippet("wrapped")}</p>\n<!-- /wp:html -->`;
  const post = await createPost(request, "editor", "The snippet", around(html));
  const left = (locator) => locator.evaluate((el) => el.getBoundingClientRect().left);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(post.link);
  const column = await left(page.locator("#before"));
  expect(column).toBe(315);
  for (const id of ["bare", "wrapped"]) {
    await expect(page.locator(`#${id} .ccw-badge`)).toHaveText(startTitle("es"));
    expect(await left(page.locator(`#${id} .ccw-badge`)), id).toBe(column);
  }
  await shot(page, "wordpress-custom-html", { fullPage: false });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const noScript = await context.newPage();
  await noScript.goto(post.link);
  expect(await left(noScript.locator("#wrapped a"))).toBe(column);
  // Inline content, at the container's padding: hence the paragraph.
  expect(await left(noScript.locator("#bare a"))).toBeLessThan(column);
  await context.close();
});

test("the widget's script is on the pages that show it, and no other", async ({ page, request }) => {
  const plain = await createPost(request, "author", "No check here", around("<!-- wp:paragraph -->\n<p>Opening hours.</p>\n<!-- /wp:paragraph -->"));
  const scripts = () => page.locator('script[src*="connected-care"]').evaluateAll((els) => els.map((el) => [el.type, new URL(el.src).pathname]));
  await page.goto(plain.link);
  expect(await scripts()).toEqual([]);
  await page.goto(posts["author block"].link);
  expect(await scripts()).toEqual([["module", `${BUNDLE_PATH}widget.js`]]);
});

test("every language the widget speaks: the shortcode takes its tag, and the link says its start title", async ({ page, request }) => {
  const shortcodes = LANGUAGES.map((lang) => `[connected_care lang="${lang}"]`).join("\n\n");
  const post = await createPost(request, "author", "Every language", `<!-- wp:shortcode -->\n${shortcodes}\n<!-- /wp:shortcode -->`);
  await page.goto(post.link);
  const seen = await page
    .locator("connected-care-widget")
    .evaluateAll((els) => els.map((el) => [el.getAttribute("lang"), el.querySelector("a").textContent]));
  expect(seen).toEqual(LANGUAGES.map((lang) => [lang, startTitle(lang)]));
  for (const lang of LANGUAGES) {
    await expect(page.locator(`connected-care-widget[lang="${lang}"] .ccw-badge`)).toHaveText(startTitle(lang));
  }
});

// As the Administrator, who may save any markup: the plugin's own
// sanitizing is all that stands between the shortcode and the page.
test("hostile shortcode values are sanitized: unknown language and mode, a bad colour, markup in the contact line", async ({
  page,
  request,
}) => {
  const alerts = [];
  page.on("dialog", (d) => alerts.push(d.message()) && d.dismiss());
  const post = await createPost(
    request,
    "administrator",
    "Hostile values",
    around(
      `<!-- wp:shortcode -->\n[connected_care lang="xx" mode="popup" accent="red;background:url(//evil.example)" contact="<script>alert(1)</script><img src=x onerror=alert(2)>Clinic <b>bold</b> &amp; co"]\n<!-- /wp:shortcode -->`,
    ),
  );
  await page.goto(post.link);
  const element = page.locator("connected-care-widget");
  expect(
    await element.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))),
  ).toEqual({ lang: "en", mode: "badge", contact: "alert(1)Clinic bold & co" });
  await expect(page.locator(".entry-content img, .entry-content script")).toHaveCount(0);
  await expect(element.locator(".ccw-badge")).toHaveText(startTitle("en"));
  // Tags in any case, as HTML's lang: zh-hant is zh-Hant.
  const cased = await createPost(request, "author", "Cased", around(`<!-- wp:shortcode -->\n[connected_care lang="ZH-hant" mode="INLINE"]\n<!-- /wp:shortcode -->`));
  await page.goto(cased.link);
  await expect(page.locator("connected-care-widget")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.locator("connected-care-widget")).toHaveAttribute("mode", "inline");
  await expect(widget(page.locator("connected-care-widget"))).toHaveAttribute("lang", "zh-Hant");
  expect(alerts).toEqual([]);
});

test("the plugin stores nothing of its own", async () => {
  // While active, after every test above: only WordPress's own list of
  // active plugins names it. (Uninstalling: uninstall.spec.js, last.)
  expect(wpTask("options")).toEqual({ options: ["active_plugins"], usermeta: [], postmeta: [], active: true, files: true });
});
