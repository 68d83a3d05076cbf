// The way out, when the app does not show within ten seconds of the click
// or cannot load: the loader (widget.js) fetches this file only then, so
// no visitor downloads it otherwise. It says so in the patient's language,
// above the partner's link, and offers "Try again".
//
// The words come from the language's own file in locales/, the one the app
// would fetch, as the loader carries no words per language: the element's
// language (its nearest lang, else the browser's) by its primary subtag,
// or the whole tag for Chinese (zh-Hant, zh-Hans, as the partners page
// writes them). English when the page is English, or when that file
// does not come within a few seconds, is missing or lacks the words.
// Everything goes in as text, never as markup.

// The words, the same as locales/en/main.ftl (tests/locales.rs checks).
const ENGLISH = {
  "widget-broken": "Sorry, this tool stopped working. You can read about chronic care management here:",
  "try-again": "Try again",
};

// CMS's page on chronic care management (src/fallback.rs has it too): the
// link when the element holds none of the partner's.
const CMS_URL = "https://go.cms.gov/ccm";

// The Subresource Integrity hash of each language's file, by its folder:
// written in by tools/post-build.mjs --integrity, in place of this marker.
// A file that fails its hash leaves the way out in English.
const LANGUAGE_INTEGRITY = { __languages__: 0 };

// How long the words may take before the way out shows in English.
const WORDS_WAIT_MS = 3000;

const SHEET = new CSSStyleSheet();
SHEET.replaceSync(`.ccw-wait{font:1.125em/1.5 system-ui,sans-serif}
.ccw-wait>*{display:block;margin-block:0 .75em}
.ccw-retry{min-height:2.75em;padding:0 1em;border:2px solid #1a4480;border-radius:.25em;background:#fff;color:#1a4480;font:700 1em/1 system-ui,sans-serif;cursor:pointer}
.ccw-retry:focus-visible{outline:3px solid transparent;box-shadow:0 0 0 3px #fd0,0 0 0 6px #1b1b1b}
@media (forced-colors:active){.ccw-retry{border-color:ButtonText}}`);

/** The language file's folder for a language tag. */
export function languageFolder(lang) {
  return lang.toLowerCase().startsWith("zh") ? lang : lang.split(/[-_]/)[0].toLowerCase();
}

/** The way out's words in `lang`, with their language: English unless
 * that language's file comes in time and has them. */
async function wordsIn(lang) {
  const folder = languageFolder(lang);
  const english = { ...ENGLISH, lang: "en" };
  if (folder === "en") return english;
  const ftl = await Promise.race([
    fetch(new URL(`locales/${folder}/main.ftl`, import.meta.url), { integrity: LANGUAGE_INTEGRITY[folder] ?? "" })
      .then((response) => (response.ok ? response.text() : ""))
      .catch(() => ""),
    new Promise((resolve) => setTimeout(resolve, WORDS_WAIT_MS, "")),
  ]);
  const words = { lang: folder };
  for (const id in ENGLISH) words[id] = ftl.match(new RegExp(`^${id} = (.+)$`, "m"))?.[1];
  return Object.keys(ENGLISH).every((id) => words[id]) ? words : english;
}

/**
 * Shows the way out in `status` (the loader's status block, inside the
 * .ccw-wait block with the partner's link, in the element's shadow root).
 * `retry` starts the app's loading again; the way out goes until then.
 */
export async function show(status, retry) {
  const root = status.getRootNode();
  const element = root.host;
  const words = await wordsIn(element.closest("[lang]")?.lang || navigator.language);
  // The app came while the words were on their way: nothing to say.
  if (status.parentNode.parentNode.ariaBusy !== "true") return;
  if (!root.adoptedStyleSheets.includes(SHEET)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, SHEET];
  const message = document.createElement("p");
  Object.assign(message, { textContent: words["widget-broken"], lang: words.lang, dir: "auto", role: "alert" });
  status.replaceChildren(message);
  // The partner's link follows (the slot); CMS's page if the element has none.
  const slot = status.nextElementSibling;
  if (!slot.assignedNodes().some((node) => node.textContent.trim())) {
    const link = document.createElement("a");
    Object.assign(link, { href: CMS_URL, textContent: CMS_URL.slice(8) });
    slot.replaceChildren(link);
  }
  const button = document.createElement("button");
  Object.assign(button, { className: "ccw-retry", textContent: words["try-again"], lang: words.lang, dir: "auto" });
  button.onclick = () => {
    retry();
    // Focus stays in the widget: on the status, which shows the progress
    // bar again (the button goes).
    status.tabIndex = -1;
    status.focus();
    button.remove();
  };
  slot.after(button);
}
