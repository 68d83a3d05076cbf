// The languages the widget speaks, read from the code (the `tag: "..."`
// entries of src/i18n.rs, as tools/size-report.mjs reads them), so a new
// language is tested without editing a test.
import { readFileSync } from "node:fs";

const SOURCE = readFileSync(new URL("../../../src/i18n.rs", import.meta.url), "utf8");

/** Every language's tag, English first, in the order of the menu. */
export const LANGUAGES = [...SOURCE.matchAll(/tag: "([^"]+)"/g)].map((m) => m[1]);
const RIGHT_TO_LEFT = new Set([...SOURCE.matchAll(/tag: "([^"]+)",\s*right_to_left: true/g)].map((m) => m[1]));
if (LANGUAGES[0] !== "en" || RIGHT_TO_LEFT.size === 0) {
  throw new Error(`src/i18n.rs: expected English first and a right-to-left language, found ${LANGUAGES.join(", ")}`);
}

/** The direction the widget writes a language in. */
export const direction = (lang) => (RIGHT_TO_LEFT.has(lang) ? "rtl" : "ltr");
