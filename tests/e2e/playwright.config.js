// End-to-end tests on the built bundle (dist/), served on 127.0.0.1, in
// Debian's Chromium. Build first: `bash .ci/build` (both bundles).
import { defineConfig } from "@playwright/test";

// E2E_PORT lets two checkouts run their tests at once on one machine.
const PORT = Number(process.env.E2E_PORT) || 4817;

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.js/,
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [["list"]],
  use: {
    // A click or a page load that hangs fails at its own step, which a CI
    // log then names, and not at the test's timeout.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  webServer: {
    command: `node serve.mjs ../../dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
