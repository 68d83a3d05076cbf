// Build step (trunk post_build hook): fills the loader's LABELS with the
// messages it shows before the app loads, from each locales/<tag>/main.ftl,
// so the badge speaks the visitor's language at once.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR ?? "dist";
const loader = join(staging, "widget.js");
// The kiosk build (kiosk.html) has no embed loader to fill.
if (!existsSync(loader)) process.exit(0);
const source = readFileSync(loader, "utf8");
const ids = JSON.parse(source.match(/const LABEL_IDS = (\[[^\]]*\]);/)[1].replace(/'/g, '"'));
const labels = {};
for (const tag of readdirSync("locales", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const ftl = readFileSync(join("locales", tag, "main.ftl"), "utf8");
  const messages = Object.fromEntries(
    [...ftl.matchAll(/^([a-z-]+) = (.+)$/gm)].map(([, id, text]) => [id, text.trim()]),
  );
  const missing = ids.filter((id) => !messages[id]);
  if (missing.length) throw new Error(`${tag}: no ${missing.join(", ")} for the loader`);
  labels[tag] = ids.map((id) => messages[id]);
}
const filled = source
  .replace(/\/\*LABELS\*\/ \{[^\n]*\};/, `${JSON.stringify(labels)};`)
  // The ids are for this step only: every visitor downloads the loader.
  .replace(/const LABEL_IDS = \[[^\]]*\];\n/, "");
if (filled === source) throw new Error("LABELS placeholder not found in widget.js");
writeFileSync(loader, filled);
