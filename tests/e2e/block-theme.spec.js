// The widget in a block theme's text column: WordPress's constrained
// layout (Twenty Twenty-Three) gives its block children the content width
// and centres them, but leaves inline content at the container's padding.
// The badge, the inline widget and, without JavaScript, the partner's link
// must line up with the paragraphs. (The plugin on a real WordPress:
// tests/wordpress/.)
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { afterNextFrames, badge, expectAxeClean, holdBack, recordLayoutShifts, shot, widget } from "./support/index.js";

const PAGE = "/pages/block-theme.html";

const left = (locator) => locator.evaluate((el) => el.getBoundingClientRect().left);

for (const width of [1280, 600, 360]) {
  test(`the badge and the inline widget line up with the text column at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    const text = await left(page.locator("#text"));
    // 1280 px: (1280 - 2 * 32 - 650) / 2 + 32.
    if (width === 1280) expect(text).toBe(315);
    for (const id of ["raw-badge", "wrapped-badge"]) {
      await expect(badge(page, id)).toBeVisible();
      expect(await left(badge(page, id)), id).toBe(text);
      // The badge stays as wide as its label, not the column.
      const [badgeWidth, column] = await Promise.all([
        badge(page, id).evaluate((el) => el.getBoundingClientRect().width),
        page.locator("#text").evaluate((el) => el.getBoundingClientRect().width),
      ]);
      if (width >= 600) expect(badgeWidth, id).toBeLessThan(column * 0.8);
    }
    const inline = widget(page.locator("#raw-inline"));
    await expect(inline).toBeVisible();
    expect(await left(inline)).toBe(text);
    if (width === 1280) {
      await expectAxeClean(page, "widgets in a block theme's column");
      await shot(page, "block-theme-column");
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the link in a paragraph lines up with the text column", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(PAGE);
    const text = await left(page.locator("#text"));
    expect(await left(page.locator("#wrapped a"))).toBe(text);
    // The snippet pasted bare is inline content: at the container's
    // padding, outside the column. Hence the snippet in a paragraph.
    expect(await left(page.locator("#raw-badge a"))).toBe(32);
  });
});

// The badge takes the link's place after the first paint: in the column,
// nothing may move, and the badge may cover none of the text around it.
test("the badges take the links' place in the column without moving the page", async ({ page }) => {
  const html = readFileSync(new URL("./pages/block-theme.html", import.meta.url), "utf8");
  // Badges only: the inline widget's own placeholder is tested elsewhere.
  const badgesOnly = html.replace(/<connected-care-widget id="raw-inline"[^]*?<\/connected-care-widget>/, "");
  await page.route("**/pages/block-theme-badges.html", (route) => route.fulfill({ contentType: "text/html", body: badgesOnly }));
  await recordLayoutShifts(page);
  await holdBack(page, "**/widget.js", 200);
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/pages/block-theme-badges.html");
    const lastWithLinks = await page.locator("#last").evaluate((el) => el.getBoundingClientRect().top);
    for (const id of ["raw-badge", "wrapped-badge"]) await expect(badge(page, id)).toBeVisible();
    await afterNextFrames(page);
    expect(await page.evaluate(() => window.__shifts), `${width} px`).toEqual([]);
    expect(await page.locator("#last").evaluate((el) => el.getBoundingClientRect().top)).toBe(lastWithLinks);
    // Each badge between the text of the paragraphs around it (their
    // letters, not their line boxes: the bare snippet has no margin from
    // the paragraph above, and the badge is taller than a line).
    const boxes = await page.evaluate(() =>
      ["raw-badge", "wrapped-badge"].map((id) => {
        const host = document.getElementById(id);
        const around = host.closest("p") ?? host;
        const text = (p) => {
          const range = document.createRange();
          range.selectNodeContents(p);
          return [...range.getClientRects()];
        };
        return {
          id,
          above: text(around.previousElementSibling).at(-1).bottom,
          badge: host.shadowRoot.querySelector(".ccw-badge").getBoundingClientRect(),
          below: text(around.nextElementSibling)[0].top,
        };
      }),
    );
    await shot(page, `block-theme-badges-${width}`);
    for (const { id, above, badge: b, below } of boxes) {
      // The bare snippet has no room around it: where its label takes two
      // lines (narrow screens), the badge reaches into the text above.
      // Hence the snippet in a paragraph, which has its margins.
      if (id === "raw-badge" && width < 600) continue;
      expect(b.top, `${id} at ${width} px`).toBeGreaterThanOrEqual(above);
      expect(b.bottom, `${id} at ${width} px`).toBeLessThanOrEqual(below);
    }
  }
});
