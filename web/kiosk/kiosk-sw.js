// The kiosk's service worker: a waiting-room tablet whose Wi-Fi drops and
// whose page reloads still starts the check. Registered by the kiosk page
// only (kiosk.js, scope "kiosk": kiosk.html and kiosk/), never by the
// loader on partners' pages.
//
// On install it caches the kiosk bundle and every language, all of one
// build (tools/kiosk-sw.mjs writes VERSION and FILES into dist/kiosk-sw.js),
// in a cache named after that build. The page is then served from that
// cache, online or not. A new build changes this file; the browser installs
// it beside the old one (all of it, or nothing if a file fails), then it
// takes over and deletes the old cache. A page already running loaded
// everything at its start (the kiosk fetches every language then), so it
// never mixes two builds; its next load is the new build.
//
// Nothing about patients is cached or stored: only the build's files, by
// their path, never a query (the kiosk page's ?lang= and the like) and
// never any other request.
const VERSION = "dev";
const FILES = [];

const CACHE = `ccw-kiosk-${VERSION}`;
const HERE = new URL("./", self.location.href);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Past the browser's HTTP cache: the files of this build, not older ones.
      .then((cache) => cache.addAll(FILES.map((file) => new Request(new URL(file, HERE), { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith("ccw-kiosk-") && name !== CACHE).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  const file = url.origin === HERE.origin && url.pathname.startsWith(HERE.pathname) && url.pathname.slice(HERE.pathname.length);
  if (event.request.method !== "GET" || !FILES.includes(file)) return;
  // The cached file of this build; the network only if it is missing.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(new URL(file, HERE)))
      .then((cached) => cached ?? fetch(event.request)),
  );
});
