// The partners page: builds the snippet from the form, shows a live
// preview with the real widget, and copies the snippet with one button.
const form = document.getElementById("builder");
const preview = document.getElementById("preview");
const snippet = document.getElementById("snippet");
const copied = document.getElementById("copied");
const base = new URL("./", location.href).href;
// The link inside the tag is the badge's label (and stays where the widget
// cannot load), so it is written in the snippet's language: the widget's
// own start title, from locales/ (English for the automatic choice).
const linkTexts = new Map();
function linkText(lang) {
  const tag = lang || "en";
  if (!linkTexts.has(tag)) {
    const text = fetch(new URL(`locales/${tag}/main.ftl`, base))
      .then((response) => (response.ok ? response.text() : ""))
      .catch(() => "")
      .then((ftl) => ftl.match(/^start-title = (.+)$/m)?.[1].trim() ?? "Could chronic care management help you?");
    linkTexts.set(tag, text);
  }
  return linkTexts.get(tag);
}

// The language choices: each language the widget speaks, named in itself,
// from the widget's own list, so a new language needs no change here.
async function addLanguages() {
  const ftl = await fetch(new URL("locales/languages.ftl", base))
    .then((response) => (response.ok ? response.text() : ""))
    .catch(() => "");
  const select = document.getElementById("lang");
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

function code(c, link) {
  if (c.form === "iframe") {
    const query = new URLSearchParams(attributes(c).filter(([k]) => k !== "mode"));
    const src = `${base}embed.html${query.size ? `?${query}` : ""}`;
    return `<iframe data-connected-care src="${escape(src)}" title="Chronic care management check" style="width:100%;border:0;height:720px"></iframe>\n<script src="${base}embed-resize.js" async></script>`;
  }
  const attrs = attributes(c).map(([k, v]) => ` ${k}="${escape(v)}"`).join("");
  return `<script type="module" src="${base}widget.js"></script>\n<connected-care-widget${attrs}>\n  ${link}\n</connected-care-widget>`;
}

let updates = 0;
async function update() {
  const c = choices();
  const thisUpdate = ++updates;
  const link = `<a href="https://go.cms.gov/ccm">${escape(await linkText(c.lang))}</a>`;
  // A later choice was made while this one's words were loading.
  if (thisUpdate !== updates) return;
  const next = code(c, link);
  // A blur fires "change" too: rebuild only when the code really changes.
  if (next === snippet.value) return;
  snippet.value = next;
  copied.textContent = "";
  const widget = document.createElement("connected-care-widget");
  for (const [k, v] of attributes(c)) widget.setAttribute(k, v);
  widget.innerHTML = link;
  preview.replaceChildren(widget);
}

document.getElementById("csp").textContent =
  `script-src ${new URL(base).origin} 'wasm-unsafe-eval'; style-src ${new URL(base).origin}; connect-src ${new URL(base).origin}` +
  "\n(for the iframe form: frame-src " + new URL(base).origin + ")";
form.addEventListener("input", update);
form.addEventListener("change", update);
document.getElementById("copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.textContent = "Copied. Now paste it into your page.";
  } catch {
    snippet.select();
    copied.textContent = "Select the code above and copy it (Ctrl+C, or ⌘+C on a Mac).";
  }
});
addLanguages();
update();
