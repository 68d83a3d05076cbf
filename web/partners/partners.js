// The partners page: builds the snippet from the form, shows a live
// preview with the real widget, copies the snippet with one button, and
// makes the kiosk's address and a waiting-room poster with its QR code.
// What a visitor or patient reads (the link, the iframe's title, the
// poster) is in the language chosen, from the widget's own locales/; the
// page's instructions stay in English.
import { encode } from "./uqr.mjs";

// The published package on a public CDN that serves npm packages, at its
// exact version (the release command's package; see README). One constant:
// a new release changes only this line.
const CDN_WIDGET_URL = "https://cdn.jsdelivr.net/npm/connected-care-widget@0.1.0/dist/widget.js";

const form = document.getElementById("builder");
const preview = document.getElementById("preview");
const snippet = document.getElementById("snippet");
const copied = document.getElementById("copied");
const base = new URL("./", location.href).href;
const $ = (id) => document.getElementById(id);

// The messages the snippet and the poster use, in English if a language's
// file cannot be read.
const ENGLISH = {
  "start-title": "Could chronic care management help you?",
  "widget-label": "Chronic care management check",
  "qr-link": "Scan with your phone camera to open this link.",
  "qr-label": "QR code for { $address }",
};
const loaded = new Map();
function messages(lang) {
  const tag = lang || "en";
  if (!loaded.has(tag)) {
    const words = fetch(new URL(`locales/${tag}/main.ftl`, base))
      .then((response) => (response.ok ? response.text() : ""))
      .catch(() => "")
      .then((ftl) => {
        const found = { ...ENGLISH };
        for (const id of Object.keys(ENGLISH)) {
          const value = ftl.match(new RegExp(`^${id} = (.+)$`, "m"))?.[1].trim();
          if (value) found[id] = value;
        }
        return found;
      });
    loaded.set(tag, words);
  }
  return loaded.get(tag);
}

// The language choices: each language the widget speaks, named in itself,
// from the widget's own list, so a new language needs no change here.
async function addLanguages() {
  const ftl = await fetch(new URL("locales/languages.ftl", base))
    .then((response) => (response.ok ? response.text() : ""))
    .catch(() => "");
  const select = $("lang");
  for (const [, tag, name] of ftl.matchAll(/^language-(\S+) = (.+)$/gm)) {
    const option = new Option(name.trim(), tag);
    option.lang = tag;
    select.append(option);
  }
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function choices() {
  const data = new FormData(form);
  const accent = data.get("accent");
  return {
    mode: data.get("mode"),
    lang: data.get("lang"),
    accent: accent && accent !== "#1a4480" ? accent : "",
    contact: data.get("contact").trim(),
    form: data.get("form"),
  };
}

function attributes(c) {
  return [["lang", c.lang], ["mode", c.mode], ["accent", c.accent], ["contact", c.contact]].filter(([, v]) => v);
}

function code(c, words) {
  if (c.form === "iframe") {
    const query = new URLSearchParams(attributes(c).filter(([k]) => k !== "mode"));
    const src = `${base}embed.html${query.size ? `?${query}` : ""}`;
    // The title names the frame in its language, marked as such.
    const lang = c.lang ? ` lang="${escape(c.lang)}"` : "";
    return `<iframe data-connected-care src="${escape(src)}"${lang} title="${escape(words["widget-label"])}" style="width:100%;border:0;height:720px"></iframe>\n<script src="${base}embed-resize.js" async></script>`;
  }
  const attrs = attributes(c).map(([k, v]) => ` ${k}="${escape(v)}"`).join("");
  const script = c.form === "cdn" ? CDN_WIDGET_URL : `${base}widget.js`;
  return `<script type="module" src="${script}"></script>\n<connected-care-widget${attrs}>\n  ${link(words)}\n</connected-care-widget>`;
}

// The link inside the tag is the badge's label (and stays where the widget
// cannot load): the widget's own start title.
const link = (words) => `<a href="https://go.cms.gov/ccm">${escape(words["start-title"])}</a>`;

// The sources a Content Security Policy must allow for the code chosen.
function csp(c) {
  const origin = c.form === "cdn" ? new URL(CDN_WIDGET_URL).origin : new URL(base).origin;
  if (c.form === "iframe") return `frame-src ${origin}\n(the iframe's own page needs nothing from yours)`;
  return `script-src ${origin} 'wasm-unsafe-eval'; style-src ${origin}; connect-src ${origin}`;
}

let updates = 0;
async function update() {
  const c = choices();
  const thisUpdate = ++updates;
  const words = await messages(c.lang);
  // A later choice was made while this one's words were loading.
  if (thisUpdate !== updates) return;
  updateKiosk(c, words);
  $("csp").textContent = csp(c);
  const next = code(c, words);
  // A blur fires "change" too: rebuild only when the code really changes.
  if (next === snippet.value) return;
  snippet.value = next;
  copied.textContent = "";
  const widget = document.createElement("connected-care-widget");
  for (const [k, v] of attributes(c)) widget.setAttribute(k, v);
  widget.innerHTML = link(words);
  preview.replaceChildren(widget);
}

// ------------------------------------------------------------- kiosk and poster

/** The kiosk's address: kiosk.html with the options chosen (the app checks them again). */
function kioskUrl(c) {
  const query = new URLSearchParams([["lang", c.lang], ["contact", c.contact], ["accent", c.accent]].filter(([, v]) => v));
  const idle = $("idle");
  if (idle.checkValidity() && idle.value && Number(idle.value) !== 90) query.set("idle", idle.value);
  return `${base}kiosk.html${query.size ? `?${query}` : ""}`;
}

/** The address the poster's QR code opens, or "" while the partner's own is not a web address. */
function posterUrl(kiosk) {
  if (new FormData($("poster-form")).get("target") === "kiosk") return kiosk;
  const input = $("page-url");
  const value = input.value.trim();
  return value && input.checkValidity() && /^https?:$/.test(new URL(value).protocol) ? value : "";
}

function readable(url) {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function updateKiosk(c, words) {
  const kiosk = kioskUrl(c);
  const kioskLink = $("kiosk-link");
  kioskLink.href = kiosk;
  kioskLink.textContent = kiosk;
  const poster = $("poster");
  poster.lang = c.lang || "en";
  $("poster-title").textContent = words["start-title"];
  $("poster-scan").textContent = words["qr-link"];
  $("poster-contact").textContent = c.contact;
  const url = posterUrl(kiosk);
  const pageChosen = new FormData($("poster-form")).get("target") === "page";
  $("page-url-error").textContent = pageChosen && !url ? "Type your page's address, starting with https://" : "";
  // Readable on paper: %-escapes (an Arabic contact line, say) shown as
  // the letters they stand for.
  $("poster-url").textContent = readable(url);
  $("print").disabled = !url;
  const label = words["qr-label"].replace(/\{\s*\$address\s*\}/, () => url);
  $("poster-qr").replaceChildren(url ? qrCode(url, label) : "");
}

/**
 * A QR code for `text`, named `label`, as one SVG path, black on white with the quiet zone
 * scanners need, as the kiosk draws its own (src/kiosk/qr_code.rs). uqr
 * (vendored from npm, MIT, beside this file) is a port of the same
 * generator the kiosk's Rust crate is (Nayuki's).
 */
function qrCode(text, label) {
  const { size, data } = encode(text, { ecc: "M", border: 4 });
  const svgNs = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("shape-rendering", "crispEdges");
  svg.dataset.qr = text;
  const background = document.createElementNS(svgNs, "rect");
  for (const [k, v] of [["width", size], ["height", size], ["fill", "#fff"]]) background.setAttribute(k, v);
  const path = document.createElementNS(svgNs, "path");
  let d = "";
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  path.setAttribute("d", d);
  path.setAttribute("fill", "#000");
  svg.append(background, path);
  return svg;
}

for (const el of [form, $("kiosk"), $("poster-form")]) {
  el.addEventListener("input", update);
  el.addEventListener("change", update);
  // Enter in a field must not reload the page.
  el.addEventListener("submit", (event) => event.preventDefault());
}
$("copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = "Copied. Now paste it into your page.";
  } catch {
    snippet.select();
    copied.textContent = "Select the code above and copy it (Ctrl+C, or ⌘+C on a Mac).";
  }
});
$("print").addEventListener("click", () => print());
addLanguages();
update();
