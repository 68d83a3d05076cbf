// The npm package, as a partner gets it from a public CDN: tools/release.mjs
// stages it from the built dist/; `npm pack` lists exactly the files a
// visitor's browser fetches; and the packed loader works on a partner's
// page on one origin with the package on another (CORS, as jsDelivr and
// unpkg send it), compressed with brotli and with gzip, pinned by the
// snippet's hash.
import { test, expect } from "@playwright/test";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { npmPack, release } from "../../tools/release.mjs";
import { CMS_URL, badge, chooseLanguage, dialogWidget, startTitle, watchPage, widget } from "./support/index.js";
import { startCdn, startPartnerSite } from "./support/cdn.js";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const I18N = readFileSync(new URL("../../src/i18n.rs", import.meta.url), "utf8");
/** Every language but English (built into the app, never fetched). */
const FETCHED_LANGUAGES = [...I18N.matchAll(/tag: "([^"]+)"/g)].map((m) => m[1]).filter((tag) => tag !== "en");

/** What the package holds: npm's own two files, and what visitors fetch. */
const EXPECTED = [
  "README.md",
  "package.json",
  // The loader and the app.
  "dist/widget.js",
  "dist/connected-care-widget.js",
  "dist/connected-care-widget_bg.wasm",
  "dist/style.css",
  // The way out, fetched only when the app does not show.
  "dist/way-out.js",
  // Read-aloud's module, fetched on the first press of Listen.
  "dist/speech/connected-care-speech.js",
  "dist/speech/connected-care-speech_bg.wasm",
  ...FETCHED_LANGUAGES.map((tag) => `dist/locales/${tag}/main.ftl`),
  // The iframe form.
  "dist/embed.html",
  "dist/embed-frame.js",
  "dist/embed-resize.js",
  "dist/page-language.js",
  // The kiosk: its bundle (mode="kiosk"), its page and the result page.
  "dist/kiosk.html",
  "dist/kiosk-sw.js",
  ...["connected-care-widget.js", "connected-care-widget_bg.wasm", "kiosk-page.css", "style.css"].map(
    (f) => `dist/kiosk/${f}`,
  ),
  ...["kiosk.js", "page-language.js", "result.html", "result.js", "result-page.css"].map((f) => `dist/kiosk/${f}`),
].sort();

let out;
let made;
test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "ccw-release-"));
  made = release({ dist: DIST, out });
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

test("npm pack lists exactly the files a visitor needs, at Cargo.toml's version", () => {
  const { files } = npmPack(made.packageDir, { dryRun: true });
  expect(files).toEqual(EXPECTED);
  const manifest = JSON.parse(readFileSync(join(made.packageDir, "package.json"), "utf8"));
  expect(manifest).toMatchObject({ name: made.name, version: made.version, license: "MIT OR Apache-2.0" });
  const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
  expect(cargo).toContain(`\nversion = "${manifest.version}"\n`);
  // The release folder: the tarball, the zip, the manifest, the snippet.
  const packed = `${made.name}-${made.version}`;
  expect(readdirSync(out).sort()).toEqual([`${packed}.tgz`, `${packed}.zip`, "integrity.json", "package", "snippet.html"]);
  const integrity = JSON.parse(readFileSync(join(out, "integrity.json"), "utf8"));
  expect(Object.keys(integrity.files).map((f) => `dist/${f}`)).toEqual(EXPECTED.filter((f) => f.startsWith("dist/")));
  for (const hash of Object.values(integrity.files)) expect(hash).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
});

/** A partner's page on this origin with the snippet, the loader from `cdn`. */
function partnerPage(cdn, { mode = "badge", lang } = {}) {
  const integrity = JSON.parse(readFileSync(join(out, "integrity.json"), "utf8")).files["widget.js"];
  const attributes = [`id="w"`, `mode="${mode}"`, lang ? `lang="${lang}"` : ""].join(" ");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner</title>
<script type="module" src="${cdn}/dist/widget.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><h1>Faith Community Church</h1>
<connected-care-widget ${attributes}><a href="${CMS_URL}">${startTitle(lang ?? "en")}</a></connected-care-widget>
</body></html>`;
}

for (const encoding of ["br", "gzip"]) {
  test(`from another origin with CORS and ${encoding}: the badge, the app and a language load, pinned`, async ({
    page,
  }) => {
    const cdn = await startCdn({ dir: made.packageDir, encoding });
    const site = await startPartnerSite({ "/": partnerPage(cdn.origin) });
    try {
      const seen = await watchPage(page);
      await page.goto(`${site.origin}/`);
      await badge(page, "w").click();
      const app = dialogWidget(page, "w");
      await expect(app).toBeVisible();
      await chooseLanguage(app, "es");
      await expect(app).toHaveAttribute("lang", "es");
      await app.locator(".ccw-button-start").click();
      await expect(app.locator("fieldset")).toBeVisible();
      // The loader says its version (the module the page loaded, not fetched again).
      const version = await page.evaluate(async (url) => (await import(url)).VERSION, `${cdn.origin}/dist/widget.js`);
      expect(version).toBe(made.version);

      // Everything but the page itself came from the CDN, compressed.
      const widgetFiles = seen.requests.filter((url) => url !== `${site.origin}/`);
      expect(widgetFiles.every((url) => url.startsWith(cdn.origin)), widgetFiles.join("\n")).toBe(true);
      expect(cdn.served.map((s) => s.path).sort()).toEqual(
        [
          "/dist/widget.js",
          "/dist/connected-care-widget.js",
          "/dist/connected-care-widget_bg.wasm",
          "/dist/style.css",
          "/dist/locales/es/main.ftl",
        ].sort(),
      );
      expect(cdn.served.filter((s) => s.encoding !== encoding)).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.consoleErrors).toEqual([]);
      expect(seen.warnings).toEqual([]);
    } finally {
      await Promise.all([cdn.close(), site.close()]);
    }
  });
}

test("from another origin: the inline widget and the kiosk element load their bundles, pinned", async ({ page }) => {
  const cdn = await startCdn({ dir: made.packageDir, encoding: "br" });
  const site = await startPartnerSite({
    "/inline": partnerPage(cdn.origin, { mode: "inline" }),
    "/kiosk": partnerPage(cdn.origin, { mode: "kiosk" }),
  });
  try {
    const seen = await watchPage(page);
    for (const mode of ["inline", "kiosk"]) {
      await page.goto(`${site.origin}/${mode}`);
      await expect(widget(page.locator("#w"))).toBeVisible();
    }
    expect(cdn.served.map((s) => s.path)).toEqual(
      expect.arrayContaining([
        "/dist/kiosk/connected-care-widget.js",
        "/dist/kiosk/style.css",
        "/dist/kiosk/kiosk-page.css",
      ]),
    );
    expect(seen.errors).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
  } finally {
    await Promise.all([cdn.close(), site.close()]);
  }
});
