// Optional, for the partner's page: sizes Connected Care iframes
// (<iframe data-connected-care ...>) to their content, and dispatches the
// widget's events (connected-care:open, start, result, explainer,
// language, close) on the iframe, as the element does on a page that has
// it: bubbling, with a detail of { language, mode } only. It accepts a
// message only from the iframe's own window and origin, and only in the
// shapes embed-frame.js sends.
const EVENTS = ["open", "start", "result", "explainer", "language", "close"];
const MODES = ["badge", "inline", "kiosk"];

addEventListener("message", (event) => {
  const data = event.data;
  if (!data) return;
  for (const frame of document.querySelectorAll("iframe[data-connected-care]")) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) continue;
    if (data.type === "connected-care:height" && Number.isFinite(data.height)) {
      frame.style.height = `${Math.min(Math.max(Math.round(data.height), 80), 20000)}px`;
    }
    const { name, language, mode } = data;
    if (
      data.type === "connected-care:event" &&
      EVENTS.includes(name) &&
      typeof language === "string" &&
      /^[a-z]{2,3}(-[A-Za-z]{4})?$/.test(language) &&
      MODES.includes(mode)
    ) {
      frame.dispatchEvent(
        new CustomEvent(`connected-care:${name}`, { bubbles: true, composed: true, detail: { language, mode } }),
      );
    }
  }
});
