// Added by the engine tests' server (tests/engines/server.mjs) to every
// page it serves, never to the bundle itself: records the page's errors
// and warnings, since WebKitWebDriver has no console log to read. The
// suites read window.__engineErrors.
(() => {
  const errors = [];
  Object.defineProperty(window, "__engineErrors", { value: errors });
  // Capturing: a script, style sheet or image that fails to load too.
  addEventListener(
    "error",
    (event) =>
      errors.push(
        event.message
          ? `${event.message} (${event.filename}:${event.lineno})`
          : `failed to load ${event.target?.src || event.target?.href || event.target?.tagName}`,
      ),
    true,
  );
  addEventListener("unhandledrejection", (event) => errors.push(`unhandled rejection: ${event.reason}`));
  for (const level of ["error", "warn"]) {
    const original = console[level];
    console[level] = function (...args) {
      errors.push(`console.${level}: ${args.map(String).join(" ")}`);
      return original.apply(this, args);
    };
  }
})();
