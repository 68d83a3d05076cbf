// The block in WordPress's editor (6.1): it inserts from the inserter,
// shows the widget itself as a live preview, and its sidebar settings
// change the attributes the post saves, and the preview. As the Author
// (who cannot paste raw HTML) and as the Administrator.
import { test, expect } from "@playwright/test";
import { shot, startTitle, widget } from "../e2e/support/index.js";
import { rawContent, user } from "./support.js";

const CONTACT = "Main Street Clinic, 555-0100";

async function logIn(page, role) {
  await page.goto("/wp-login.php");
  await page.locator("#user_login").fill(user(role).login);
  await page.locator("#user_pass").fill(user(role).password);
  await page.locator("#wp-submit").click();
  await expect(page).toHaveURL(/wp-admin/);
}

/** A new post in the block editor, without the welcome guide. */
async function newPost(page, title) {
  await page.goto("/wp-admin/post-new.php");
  await page.waitForFunction(() => window.wp?.data?.select("core/edit-post"));
  await page.evaluate(() => {
    if (wp.data.select("core/edit-post").isFeatureActive("welcomeGuide")) {
      wp.data.dispatch("core/edit-post").toggleFeature("welcomeGuide");
    }
  });
  await page.getByRole("textbox", { name: "Add title" }).fill(title);
}

/** Inserts the block from the inserter, searched by name. */
async function insertBlock(page) {
  await page.getByRole("button", { name: "Toggle block inserter" }).click();
  await page.getByPlaceholder("Search").fill("Connected Care");
  await page.getByRole("option", { name: "Connected Care check" }).click();
  await page.getByRole("button", { name: "Toggle block inserter" }).click();
}

/** Saves the post as a draft; returns its id. */
async function saveDraft(page) {
  await page.getByRole("button", { name: "Save draft" }).click();
  // Saved, with nothing left unsaved.
  await page.waitForFunction(() => {
    const editor = wp.data.select("core/editor");
    return !editor.isSavingPost() && !editor.isEditedPostDirty() && editor.didPostSaveRequestSucceed();
  });
  return page.evaluate(() => wp.data.select("core/editor").getCurrentPostId());
}

/** The attributes of the post's one Connected Care block, as saved. */
async function savedAttributes(request, role, id) {
  const content = await rawContent(request, role, id);
  const blocks = [...content.matchAll(/<!-- wp:connected-care\/widget (\{.*?\} )?\/-->/g)];
  expect(blocks, content).toHaveLength(1);
  return JSON.parse(blocks[0][1] ?? "{}");
}

for (const role of ["author", "administrator"]) {
  test(`${role}: the block inserts with a live preview; its sidebar settings are saved and shown`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await logIn(page, role);
    await newPost(page, `The check from the editor, by the ${role}`);
    await insertBlock(page);

    // The preview is the widget itself: the badge, in English at first.
    const block = page.locator('[data-type="connected-care/widget"]');
    const preview = block.locator("connected-care-widget");
    await expect(preview.locator(".ccw-badge")).toHaveText(startTitle("en"));
    // Inserted as is: the defaults, which the editor does not write out.
    let id = await saveDraft(page);
    expect(await savedAttributes(request, role, id)).toEqual({});

    // The settings, in the block's sidebar (the block is still selected;
    // a click on it would press the badge).
    const settings = page.getByRole("region", { name: "Editor top bar" }).getByRole("button", { name: "Settings" });
    if ((await settings.getAttribute("aria-pressed")) !== "true") await settings.click();
    const sidebar = page.getByRole("region", { name: "Editor settings" });
    await sidebar.getByLabel("Language").selectOption("vi");
    await expect(preview.locator(".ccw-badge")).toHaveText(startTitle("vi"));
    await sidebar.getByLabel("Contact line").fill(CONTACT);
    await sidebar.getByRole("button", { name: "Color: Secondary" }).click();
    await expect(preview.locator(".ccw-badge")).toHaveCSS("background-color", "rgb(52, 92, 0)");
    await shot(page, `wordpress-editor-badge-${role}`, { fullPage: false });
    await sidebar.getByLabel("The check in the page").check();
    // Now the check itself, in Vietnamese, in the editor.
    const app = widget(preview);
    await expect(app).toHaveAttribute("lang", "vi");
    await expect(app.locator(".ccw-button-start")).toBeVisible();
    await shot(page, `wordpress-editor-inline-${role}`, { fullPage: false });

    id = await saveDraft(page);
    expect(await savedAttributes(request, role, id)).toEqual({
      mode: "inline",
      lang: "vi",
      accent: "#345C00",
      contact: CONTACT,
    });

    // The page shows what the editor showed.
    await page.goto(`/?p=${id}&preview=true`);
    const element = page.locator("connected-care-widget");
    await expect(element).toHaveAttribute("mode", "inline");
    await expect(element).toHaveAttribute("contact", CONTACT);
    await expect(widget(element)).toHaveAttribute("lang", "vi");
  });
}
