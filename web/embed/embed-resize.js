// Optional, for the partner's page: sizes Connected Care iframes
// (<iframe data-connected-care ...>) to their content. It accepts a height
// only from the iframe's own window and origin.
addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "connected-care:height" || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll("iframe[data-connected-care]")) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) continue;
    frame.style.height = `${Math.min(Math.max(Math.round(data.height), 80), 20000)}px`;
  }
});
