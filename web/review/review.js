// The translation review page (review.html): a language's messages beside
// their English, grouped by the screen they appear on, with a comment box
// each and the live widget beside them; comments are downloaded as a file.
//
// Everything comes from the bundle's own files: the languages from
// locales/languages.ftl, the messages and their grouping from
// locales/en/main.ftl (its `##` section comments name the screens; a blank
// line, a title or a question starts a new group), the translation from
// locales/<tag>/main.ftl. Comments live only in this page's memory: nothing
// is sent, nothing is stored (no cookies, no localStorage).

const $ = (id) => document.getElementById(id);

// --- Reading the FTL files ---------------------------------------------

// The part of Fluent the locale files use (see src/ftl.rs): comments, one
// message a line, and a plural's variants one a line after `{ $var ->`.
const MESSAGE = /^([a-zA-Z][\w-]*) *= *(.*)$/;
const SELECT = /^\{ *\$[\w-]+ *-> *$/;
const VARIANT = /^ *(\*?)\[([\w-]+)\] ?(.*)$/;

/** The file as a list of entries, in order: `section` (a `##` comment),
 * `comment` (a `#` comment), `blank` (an empty line) and `message`
 * ({ id, text } or { id, variants: [{ key, text, isDefault }] }). */
function parseFtl(source) {
  const lines = source.replace(/\r/g, "").split("\n");
  const entries = [];
  const last = () => entries[entries.length - 1];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const comment = /^(#+) ?(.*)$/.exec(line);
    const message = MESSAGE.exec(line);
    if (line.trim() === "") {
      if (last()?.kind !== "blank") entries.push({ kind: "blank" });
    } else if (comment) {
      const kind = comment[1].length > 1 ? "section" : "comment";
      // Consecutive comment lines are one comment.
      if (last()?.kind === kind && last().line === i - 1) last().text += " " + comment[2];
      else entries.push({ kind, text: comment[2] });
      last().line = i;
    } else if (message && SELECT.test(message[2])) {
      const variants = [];
      for (i++; i < lines.length && lines[i].trim() !== "}"; i++) {
        const variant = VARIANT.exec(lines[i]);
        if (variant) variants.push({ key: variant[2], text: variant[3], isDefault: variant[1] === "*" });
      }
      entries.push({ kind: "message", id: message[1], variants });
    } else if (message) {
      entries.push({ kind: "message", id: message[1], text: message[2] });
    }
  }
  return entries;
}

/** The `##` comments before a file's first message: its translator's notes. */
function leadingNotes(entries) {
  const first = entries.findIndex((e) => e.kind === "message");
  return entries.slice(0, first < 0 ? entries.length : first).filter((e) => e.kind === "section").map((e) => e.text);
}

const messagesById = (entries) => new Map(entries.filter((e) => e.kind === "message").map((e) => [e.id, e]));

/** A message as plain text, a plural's variants one a line (for the file). */
function plainText(message) {
  if (!message) return "";
  if (!message.variants) return message.text;
  return message.variants.map((v) => `[${v.key}]${v.isDefault ? " (default)" : ""} ${v.text}`).join("\n");
}

// --- Screens: the English file's sections and groups -------------------

const shorten = (text, length) => (text.length > length ? text.slice(0, length - 1).trimEnd() + "…" : text);

/**
 * Groups the English messages by screen: a `##` comment starts a section
 * (its first sentence is the heading, the rest an introduction); in a
 * section, a new group starts after a blank line, at a title
 * (`...-title`, `...-caption`), and at a question (a message with a
 * `-hint`), each a screen or a part of one. A `#` comment just before a
 * group's first message is a note on the group, otherwise on its message.
 * `##` comments before the first message are notes on the whole file.
 */
function screens(entries) {
  const english = messagesById(entries);
  const firstMessage = entries.findIndex((e) => e.kind === "message");
  const sections = [];
  let section = null;
  let group = null;
  let note = null;
  entries.forEach((entry, index) => {
    if (entry.kind === "section") {
      // Comments before the first message are about the whole file.
      if (index < firstMessage) return;
      const [heading, ...rest] = entry.text.split(/(?<=\.) /);
      section = { heading: heading.replace(/\.$/, ""), intro: rest.join(" "), groups: [] };
      sections.push(section);
      group = note = null;
    } else if (entry.kind === "blank") {
      group = null;
    } else if (entry.kind === "comment") {
      note = entry.text;
    } else {
      if (!section) {
        section = { heading: "Around every screen", intro: "", groups: [] };
        sections.push(section);
      }
      const isQuestion = english.has(entry.id + "-hint");
      const isTitle = /-(title|caption)$/.test(entry.id);
      if (!group || isTitle || isQuestion) {
        let heading = "";
        if (isQuestion) heading = "Question: " + entry.text;
        else if (isTitle) heading = entry.text;
        group = { heading, titled: isTitle || isQuestion, note: note ?? "", ids: [] };
        section.groups.push(group);
      } else if (note) {
        entry.note = note;
      }
      note = null;
      group.ids.push(entry.id);
    }
  });
  // Untitled groups are named by their first message.
  for (const g of sections.flatMap((s) => s.groups)) {
    if (g.titled) continue;
    const first = `“${shorten(plainText(english.get(g.ids[0])).split("\n")[0], 60)}”`;
    g.heading = g.ids.length > 1 ? `${first} and ${g.ids.length - 1} more` : first;
  }
  return { fileNotes: leadingNotes(entries), sections };
}

// --- The page's state: only in memory -----------------------------------

const state = {
  english: null, // { entries, messages, sha256 }
  names: new Map(), // tag -> the language's name in itself
  translations: new Map(), // tag -> { messages, sha256 }
  // tag -> { comments: Map(id -> text), read: Set(group heading), general }
  reviews: new Map(),
  shown: null,
  screens: null,
  changedSinceDownload: false,
};

function reviewOf(tag) {
  if (!state.reviews.has(tag)) state.reviews.set(tag, { comments: new Map(), read: new Set(), general: "" });
  return state.reviews.get(tag);
}

const hasInput = (review) => review.general.trim() !== "" || review.read.size > 0 || [...review.comments.values()].some((c) => c.trim() !== "");

async function fetchFile(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const bytes = await response.arrayBuffer();
  // The file's SHA-256, as `sha256sum` gives it, names the text reviewed.
  // crypto.subtle exists on https and on this computer (127.0.0.1) only.
  let sha256 = "";
  if (globalThis.crypto?.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    sha256 = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
  }
  return { text: new TextDecoder().decode(bytes), sha256 };
}

// --- Drawing ----------------------------------------------------------------

function make(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key in el && !key.includes("-")) el[key] = value;
    else el.setAttribute(key, value);
  }
  el.append(...children);
  return el;
}

/** A message's text, its `{ $variables }` marked (kept left to right). */
function textNodes(text) {
  const parts = [];
  let at = 0;
  for (const match of text.matchAll(/\{ *\$[\w-]+ *\}/g)) {
    parts.push(text.slice(at, match.index), make("code", { dir: "ltr", className: "placeable" }, match[0]));
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}

function messageNodes(message) {
  if (!message.variants) return textNodes(message.text);
  // The plural's category names (one, few, other...) are Fluent's, in English.
  return [
    make(
      "ul",
      { className: "variants" },
      ...message.variants.map((v) =>
        make(
          "li",
          {},
          make("span", { className: "key", lang: "en", dir: "ltr" }, v.key + (v.isDefault ? " (default)" : "")),
          " ",
          ...textNodes(v.text),
        ),
      ),
    ),
  ];
}

const directionOf = (tag) => (/^(ar|fa|he|ur)\b/.test(tag) ? "rtl" : "ltr");

function row(tag, id, review) {
  const english = state.english.messages.get(id);
  const translation = state.translations.get(tag).messages.get(id);
  const englishCell = make("td", { lang: "en", role: "cell", "data-label": "English" });
  if (english) {
    englishCell.append(...messageNodes(english));
    if (english.note) englishCell.append(make("p", { className: "note" }, "Note: " + english.note));
  } else {
    englishCell.append(make("span", { className: "missing" }, "Not in English"));
  }
  const translationCell = make("td", { lang: tag, dir: directionOf(tag), role: "cell", "data-label": "Translation" });
  if (translation) translationCell.append(...messageNodes(translation));
  else translationCell.append(make("span", { className: "missing", lang: "en", dir: "ltr" }, "Missing: not translated"));
  if (english && translation && plainText(english) === plainText(translation)) {
    translationCell.append(make("p", { className: "note", lang: "en", dir: "ltr" }, "(The same as the English.)"));
  }
  const box = make("textarea", { id: `comment-${id}`, rows: 2, "data-id": id });
  box.value = review.comments.get(id) ?? "";
  const label = make("label", { htmlFor: box.id }, "Your comment", make("span", { className: "visually-hidden" }, ` on ${id}`));
  return make(
    "tr",
    { "data-id": id, role: "row" },
    make("th", { scope: "row", role: "rowheader", "data-label": "Message" }, make("code", {}, id)),
    englishCell,
    translationCell,
    make("td", { role: "cell", className: "comment" }, label, box),
  );
}

function groupSection(tag, group, number, review) {
  const headingId = `group-${number}`;
  const name = state.names.get(tag);
  const head = make(
    "tr",
    { role: "row" },
    ...["Message", "English"].map((text) => make("th", { scope: "col", role: "columnheader" }, text)),
    make("th", { scope: "col", role: "columnheader" }, "Translation (", make("span", { lang: tag }, name), ")"),
    make("th", { scope: "col", role: "columnheader" }, "Your comment"),
  );
  const read = make("input", { type: "checkbox", "data-group": group.heading });
  read.checked = review.read.has(group.heading);
  const parts = [make("h3", { id: headingId }, group.heading)];
  if (group.note) parts.push(make("p", { className: "note" }, "Note: " + group.note));
  parts.push(
    make(
      "table",
      { role: "table", "aria-labelledby": headingId },
      make("thead", { role: "rowgroup" }, head),
      make("tbody", { role: "rowgroup" }, ...group.ids.map((id) => row(tag, id, review))),
    ),
    make(
      "label",
      { className: "read" },
      read,
      " I have read every message in this group",
      make("span", { className: "visually-hidden" }, `: ${group.heading}`),
    ),
  );
  // Plain sections, not named: some 40 named regions would crowd a screen
  // reader's list of landmarks; the headings carry the structure.
  return make("section", { className: "group" }, ...parts);
}

/** The sections to review in a language: the English file's, then any
 * messages only the translation has (the locale check reports them too),
 * so that the reviewer's file has every line. */
function sectionsOf(tag) {
  const translation = state.translations.get(tag).messages;
  const extra = [...translation.keys()].filter((id) => !state.english.messages.has(id));
  if (!extra.length) return state.screens.sections;
  const heading = `Only in ${tag}, not in English`;
  return [...state.screens.sections, { heading, intro: "", groups: [{ heading, titled: true, note: "", ids: extra }] }];
}

function drawScreens(tag) {
  const review = reviewOf(tag);
  let number = 0;
  const parts = [];
  const { fileNotes } = state.screens;
  if (fileNotes.length) {
    parts.push(make("p", { className: "note" }, "Notes at the top of the English file: " + fileNotes.join(" ")));
  }
  // The translator's notes explain choices a reviewer should know (Arabic's
  // forms for men and women, say). Written in English or in the language:
  // no lang attribute can say which, so the text sets its own direction.
  const notes = state.translations.get(tag).notes;
  if (notes.length) {
    parts.push(make("p", { className: "note" }, `Notes at the top of the ${tag} file, from its translator: `, make("span", { dir: "auto" }, notes.join(" "))));
  }
  sectionsOf(tag).forEach((section, index) => {
    const headingId = `section-${index}`;
    parts.push(
      make(
        "section",
        { className: "screen" },
        make("h2", { id: headingId }, section.heading),
        ...(section.intro ? [make("p", {}, section.intro)] : []),
        ...section.groups.map((group) => groupSection(tag, group, ++number, review)),
      ),
    );
  });
  $("screens").replaceChildren(...parts);
  $("general").value = review.general;
  return number;
}

function drawContextLinks(tag) {
  const link = (href, text) => make("a", { href, target: "_blank" }, text);
  $("context-links").replaceChildren(
    "To see every screen in place, open (each in a new tab): ",
    link(`./?lang=${encodeURIComponent(tag)}`, "the widget on a web page"),
    ", ",
    link(`kiosk.html?lang=${encodeURIComponent(tag)}`, "the waiting-room tablet (kiosk)"),
    ", and ",
    link(`kiosk/result.html#lang=${encodeURIComponent(tag)}&outcome=likely`, "the result page a kiosk’s QR code opens on a phone"),
    ".",
  );
}

/** The live widget in the chosen language, made afresh (the loader frees
 * the old one when its element leaves the page). */
function mountWidget() {
  const tag = state.shown;
  if (!tag) return;
  const mode = document.querySelector("input[name=mode]:checked").value;
  const fallback = make("a", { href: `./?lang=${encodeURIComponent(tag)}` }, "Open the widget");
  const widget = make("connected-care-widget", { mode, lang: tag }, fallback);
  $("widget").replaceChildren(widget);
  $("preview-title").replaceChildren("The widget in ", make("span", { lang: tag }, state.names.get(tag)));
}

async function show(tag) {
  if (!state.names.has(tag) || tag === "en") return;
  $("status").textContent = `Loading ${tag}…`;
  try {
    if (!state.translations.has(tag)) {
      const file = await fetchFile(`locales/${tag}/main.ftl`);
      const entries = parseFtl(file.text);
      state.translations.set(tag, { messages: messagesById(entries), notes: leadingNotes(entries), sha256: file.sha256 });
    }
  } catch (error) {
    $("status").textContent = `Sorry, the ${tag} file could not be loaded (${error.message}).`;
    return;
  }
  state.shown = tag;
  const groups = drawScreens(tag);
  drawContextLinks(tag);
  mountWidget();
  $("review").hidden = false;
  // The address names the language, so a reviewer can be sent a link.
  history.replaceState(null, "", `?lang=${encodeURIComponent(tag)}`);
  const count = state.english.messages.size;
  $("status").replaceChildren(
    `Showing ${count} messages in `,
    make("span", { lang: tag }, state.names.get(tag)),
    ` (${tag}), in ${groups} groups.`,
  );
}

// --- The file to download ---------------------------------------------

function exportRows() {
  const rows = [];
  const date = new Date().toISOString();
  const reviewer = $("reviewer").value.trim();
  // The language shown, and any other the reviewer wrote in.
  const tags = [...state.reviews.keys()].filter((tag) => tag === state.shown || hasInput(reviewOf(tag)));
  if (!tags.includes(state.shown)) tags.unshift(state.shown);
  for (const tag of tags) {
    const review = reviewOf(tag);
    const translation = state.translations.get(tag);
    const common = {
      language: tag,
      reviewer,
      exported: date,
      english_sha256: state.english.sha256,
      translation_sha256: translation.sha256,
    };
    rows.push({ ...common, screen: "(whole translation)", id: "(general comment)", english: "", translation: "", comment: review.general, read: "" });
    for (const section of sectionsOf(tag)) {
      for (const group of section.groups) {
        for (const id of group.ids) {
          rows.push({
            ...common,
            screen: `${section.heading} › ${group.heading}`,
            id,
            english: plainText(state.english.messages.get(id)),
            translation: plainText(translation.messages.get(id)),
            comment: review.comments.get(id) ?? "",
            read: review.read.has(group.heading) ? "yes" : "no",
          });
        }
      }
    }
  }
  return { tags, rows };
}

const COLUMNS = ["language", "screen", "id", "english", "translation", "comment", "read", "reviewer", "exported", "english_sha256", "translation_sha256"];

function toCsv(rows) {
  const field = (value) => `"${String(value).replace(/"/g, '""')}"`;
  const lines = [COLUMNS.map(field).join(","), ...rows.map((r) => COLUMNS.map((c) => field(r[c])).join(","))];
  // The byte order mark makes Excel read the file as UTF-8.
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

function download(kind) {
  if (!state.shown) return;
  const { tags, rows } = exportRows();
  const body = kind === "csv" ? toCsv(rows) : JSON.stringify({ page: "Connected Care widget translation review", rows }, null, 2) + "\n";
  const type = kind === "csv" ? "text/csv;charset=utf-8" : "application/json";
  const name = `translation-review-${tags.join("+")}-${new Date().toISOString().slice(0, 10)}.${kind}`;
  // Made here, from memory: a link to the bytes, clicked, then let go.
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = make("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  state.changedSinceDownload = false;
  const comments = rows.filter((r) => r.comment.trim() !== "").length;
  $("export-status").textContent = `Made ${name} with ${comments} comment${comments === 1 ? "" : "s"}. Check your downloads folder, then email the file.`;
}

// --- Start ------------------------------------------------------------------

function listen() {
  $("choose").addEventListener("submit", (event) => {
    event.preventDefault();
    show($("language").value);
  });
  $("review").addEventListener("input", (event) => {
    const target = event.target;
    if (!state.shown) return;
    const review = reviewOf(state.shown);
    if (target.dataset.id) review.comments.set(target.dataset.id, target.value);
    else if (target.dataset.group) {
      if (target.checked) review.read.add(target.dataset.group);
      else review.read.delete(target.dataset.group);
    } else if (target.id === "general") review.general = target.value;
    else if (target.name === "mode") {
      mountWidget();
      return;
    } else return;
    state.changedSinceDownload = true;
  });
  $("export-csv").addEventListener("click", () => download("csv"));
  $("export-json").addEventListener("click", () => download("json"));
  // Ask before the page closes only when there is something to lose.
  addEventListener("beforeunload", (event) => {
    const written = [...state.reviews.values()].some(hasInput) || $("reviewer").value.trim() !== "";
    if (written && state.changedSinceDownload) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
}

async function start() {
  listen();
  try {
    const [languages, english] = await Promise.all([fetchFile("locales/languages.ftl"), fetchFile("locales/en/main.ftl")]);
    for (const entry of parseFtl(languages.text)) {
      if (entry.kind === "message" && entry.id.startsWith("language-")) state.names.set(entry.id.slice(9), entry.text);
    }
    const entries = parseFtl(english.text);
    state.english = { entries, messages: messagesById(entries), sha256: english.sha256 };
    state.screens = screens(entries);
  } catch (error) {
    $("status").textContent = `Sorry, the language files could not be loaded (${error.message}).`;
    return;
  }
  for (const [tag, name] of state.names) {
    if (tag !== "en") $("language").append(make("option", { value: tag, lang: tag }, `${name} (${tag})`));
  }
  const wanted = new URLSearchParams(location.search).get("lang");
  if (wanted && state.names.has(wanted) && wanted !== "en") {
    $("language").value = wanted;
    await show(wanted);
  }
}

start();
