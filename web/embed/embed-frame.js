// The iframe embed (embed.html): passes the query's options to the widget
// as attributes (the app's parser checks them), and tells the partner's
// page how tall the content is, so embed-resize.js can size the iframe,
// and what the widget's events say (connected-care:open, start, ...), so
// embed-resize.js can dispatch them again on the iframe. The messages
// carry a height, or an event's name, language and mode: never an answer.
// The page takes the widget's language and name (page-language.js).
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

const tell = (message) => window.parent !== window && window.parent.postMessage(message, "*");

let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    tell({ type: "connected-care:height", height });
  }
};
new ResizeObserver(report).observe(document.documentElement);

// Sent to any page that frames this one ("*": its origin is not known
// here), which is why they say no more than the element's own events.
for (const name of ["open", "start", "result", "explainer", "language", "close"]) {
  widget.addEventListener(`connected-care:${name}`, ({ detail }) =>
    tell({ type: "connected-care:event", name, language: detail.language, mode: detail.mode }),
  );
}
