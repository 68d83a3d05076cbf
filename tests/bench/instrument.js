// Injected into every benchmark page before its own scripts (an init
// script): records layout shifts, long tasks and long animation frames
// (with their scripts, for attribution), the visitor's intent and click on
// the badge, and, once the badge is clicked, times the open: the first
// visible response (the dialog's loading state painted), the start
// screen in the DOM, then (after it is painted) a click on Start, then
// the first question's heading taking focus. Results live in
// window.__bench; window.__benchDone (a Playwright binding) is called when
// the first question is focused.
(() => {
  if (window.top !== window) return;
  const B = (window.__bench = { shifts: [], longtasks: [], frames: [], marks: {} });
  const observe = (type, push) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(push)).observe({ type, buffered: true });
    } catch {
      B.unsupported = [...(B.unsupported ?? []), type];
    }
  };
  const describe = (node) =>
    !node
      ? null
      : node.nodeType === 1
        ? node.localName + (node.id ? "#" + node.id : "") + (node.className && typeof node.className === "string" ? "." + node.className.split(" ")[0] : "")
        : node.nodeName;
  observe("layout-shift", (e) =>
    B.shifts.push({
      start: e.startTime,
      value: e.value,
      hadRecentInput: e.hadRecentInput,
      // A node in a shadow root is not named: its rectangles say where.
      sources: (e.sources ?? []).map((s) => {
        const r = (q) => [q.x, q.y, q.width, q.height].map(Math.round).join(",");
        return `${describe(s.node) ?? "(in a shadow root)"} ${r(s.previousRect)} -> ${r(s.currentRect)}`;
      }),
    }),
  );
  observe("longtask", (e) =>
    B.longtasks.push({
      start: e.startTime,
      duration: e.duration,
      attribution: (e.attribution ?? []).map((a) => a.containerType || a.name),
    }),
  );
  observe("long-animation-frame", (e) =>
    B.frames.push({
      start: e.startTime,
      duration: e.duration,
      blockingDuration: e.blockingDuration,
      renderStart: e.renderStart,
      scripts: e.scripts.map((s) => ({
        start: s.startTime,
        duration: s.duration,
        source: s.sourceURL,
        invoker: s.invoker,
        invokerType: s.invokerType,
        forcedLayout: s.forcedStyleAndLayoutDuration,
      })),
    }),
  );

  const afterPaint = (fn) => requestAnimationFrame(() => setTimeout(fn, 0));
  const isWidget = (el) => el?.localName === "connected-care-widget";
  addEventListener(
    "pointerover",
    (e) => {
      if (isWidget(e.target)) B.marks.intent ??= performance.now();
    },
    true,
  );
  addEventListener(
    "focusin",
    (e) => {
      if (isWidget(e.target)) B.marks.intent ??= performance.now();
    },
    true,
  );
  addEventListener(
    "click",
    (e) => {
      if (!isWidget(e.target) || B.marks.click != null) return;
      // The event's own time stamp: when the input reached the page.
      B.marks.click = e.timeStamp;
      const root = e.target.shadowRoot;
      const dialog = root.querySelector("dialog");
      // The first visible response: the frame after the click, if by then
      // the dialog is open with its loading state (the loader's click
      // handler runs after this listener, in the same task).
      afterPaint(() => {
        if (dialog?.open && dialog.querySelector("progress")) B.marks.responsePainted = performance.now();
      });
      const watch = new MutationObserver(() => {
        const start = dialog?.querySelector("section.ccw .ccw-button-start");
        if (!start) return;
        watch.disconnect();
        B.marks.startScreen = performance.now();
        afterPaint(() => {
          B.marks.startScreenPainted = performance.now();
          root.addEventListener(
            "focusin",
            function focused(f) {
              if (f.target.localName !== "h1" || !f.target.closest("section.ccw")?.querySelector("input")) return;
              root.removeEventListener("focusin", focused, true);
              B.marks.question = performance.now();
              afterPaint(() => {
                B.marks.questionPainted = performance.now();
                window.__benchDone?.();
              });
            },
            true,
          );
          B.marks.startClick = performance.now();
          start.click();
        });
      });
      watch.observe(root, { childList: true, subtree: true });
    },
    true,
  );
})();
