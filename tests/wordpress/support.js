// What the WordPress specs share: the users run.sh made (with their
// application passwords), posts through the REST API as one of them, and
// block markup as the editor writes it.
import { expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** The roles the plugin is tested as, each a user of that name. */
export const ROLES = ["administrator", "editor", "author"];

const USERS = JSON.parse(readFileSync(process.env.WP_USERS, "utf8"));

/** The user of `role`: login, password, application password. */
export const user = (role) => USERS[role];

const auth = (role) => ({
  Authorization: `Basic ${Buffer.from(`${USERS[role].login}:${USERS[role].application_password}`).toString("base64")}`,
});

/** Publishes a post as `role` through the REST API (or saves it with another `status`); returns WordPress's answer (id, link, ...). */
export async function createPost(request, role, title, content, { status = "publish" } = {}) {
  const response = await request.post("?rest_route=/wp/v2/posts", {
    headers: auth(role),
    data: { title, content, status },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** A post's content as saved, read as `role`. */
export async function rawContent(request, role, id) {
  const response = await request.get(`?rest_route=/wp/v2/posts/${id}&context=edit`, { headers: auth(role) });
  expect(response.ok()).toBe(true);
  return (await response.json()).content.raw;
}

/**
 * The block's comment with these attributes, as the block editor
 * serializes them (@wordpress/blocks serializeAttributes): characters that
 * could end the comment or read as markup are written as JSON escapes.
 */
export function blockMarkup(attributes) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, "\\u002d\\u002d")
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\\"/g, "\\u0022");
  return `<!-- wp:connected-care/widget ${json} /-->`;
}

/** Runs a task of wp.php (install, options, uninstall) on the test's WordPress; returns its JSON output. */
export function wpTask(task) {
  const output = execFileSync("php", [process.env.WP_CLI, task], { encoding: "utf8" });
  return output.trim() ? JSON.parse(output) : null;
}
