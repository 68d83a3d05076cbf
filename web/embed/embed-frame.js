// The iframe embed (embed.html): passes the query's options to the widget
// as attributes (the app's parser checks them), and tells the partner's
// page how tall the content is, so embed-resize.js can size the iframe.
// The message carries only a height, never an answer. The page takes the
// widget's language and name (page-language.js).
import { followWidgetLanguage } from "./page-language.js";

const widget = document.querySelector("connected-care-widget");
const query = new URLSearchParams(location.search);
for (const name of ["lang", "accent", "contact"]) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
// A dialog cannot leave an iframe: the embed is always inline.
widget.setAttribute("mode", "inline");
document.body.style.margin = "0";
// The loader (the next script) gives the element its shadow root.
customElements.whenDefined("connected-care-widget").then(() => followWidgetLanguage(widget.shadowRoot));

let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: "connected-care:height", height }, "*");
  }
};
new ResizeObserver(report).observe(document.documentElement);
