// The partners page: builds the snippet from the form, shows a live
// preview with the real widget, and copies the snippet with one button.
const form = document.getElementById("builder");
const preview = document.getElementById("preview");
const snippet = document.getElementById("snippet");
const copied = document.getElementById("copied");
const base = new URL("./", location.href).href;
const LINK = '<a href="https://go.cms.gov/ccm">Do I qualify for chronic care management?</a>';

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

function code(c) {
  if (c.form === "iframe") {
    const query = new URLSearchParams(attributes(c).filter(([k]) => k !== "mode"));
    const src = `${base}embed.html${query.size ? `?${query}` : ""}`;
    return `<iframe data-connected-care src="${escape(src)}" title="Chronic care management check" style="width:100%;border:0;height:720px"></iframe>\n<script src="${base}embed-resize.js" async></script>`;
  }
  const attrs = attributes(c).map(([k, v]) => ` ${k}="${escape(v)}"`).join("");
  return `<script type="module" src="${base}widget.js"></script>\n<connected-care-widget${attrs}>\n  ${LINK}\n</connected-care-widget>`;
}

function update() {
  const c = choices();
  const next = code(c);
  // A blur fires "change" too: rebuild only when the code really changes.
  if (next === snippet.value) return;
  snippet.value = next;
  copied.textContent = "";
  const widget = document.createElement("connected-care-widget");
  for (const [k, v] of attributes(c)) widget.setAttribute(k, v);
  widget.innerHTML = LINK;
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
update();
