// The languages the widget speaks, read from the code (src/i18n.rs, as
// tools/size-report.mjs reads them), so a new language is tested without
// editing a test.
import { readFileSync } from "node:fs";

const SOURCE = readFileSync(new URL("../../../src/i18n.rs", import.meta.url), "utf8");
const FOUND = [...SOURCE.matchAll(/tag: "([^"]+)",\s*right_to_left: (true|false)/g)];
if (FOUND.length < 2) throw new Error(`expected the languages in src/i18n.rs, found ${FOUND.length}`);

/** Every language's tag, English first, in the order of the menu. */
export const LANGUAGES = FOUND.map((m) => m[1]);

/** The direction the widget writes a language in. */
export const direction = (lang) => (FOUND.find((m) => m[1] === lang)?.[2] === "true" ? "rtl" : "ltr");
