// Runs the smoke suite in every engine on the built bundle (dist/):
//   node tests/engines/run.mjs [webkit] [firefox] [chromium]   (default: all)
// Starts what the suites need and stops all of it when done, failed or
// interrupted: the test server (server.mjs, on a free port), Xvfb (on a
// free display) and WebKitWebDriver (on a free port). Firefox and
// Chromium are started by their suites. Installed by .ci/setup.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { startEngineServer } from "./server.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
// ENGINES_DIST: another build to test (a folder ending in /).
const DIST = process.env.ENGINES_DIST ?? fileURLToPath(new URL("../../dist/", import.meta.url));
const ENGINES = ["webkit", "firefox", "chromium"];
const NEEDS = {
  webkit: ["/usr/bin/Xvfb", "/usr/bin/WebKitWebDriver"],
  firefox: ["/usr/bin/firefox-esr"],
  chromium: ["/usr/bin/chromium"],
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : ENGINES;
for (const engine of chosen) {
  if (!ENGINES.includes(engine)) throw new Error(`unknown engine ${engine}; known: ${ENGINES.join(", ")}`);
  for (const file of NEEDS[engine]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run .ci/setup`);
  }
}
if (!existsSync(`${DIST}index.html`) || !existsSync(`${DIST}kiosk.html`)) throw new Error("no dist/: run .ci/build first");

// Everything started here, stopped in reverse order at the end.
const stops = [];
async function stopAll() {
  while (stops.length) await stops.pop()().catch(() => {});
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await stopAll();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** Starts a program in its own process group; stopAll() ends the group. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "pipe"], ...options });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  stops.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid, "SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  });
  return { child, exited, stderr: () => stderr };
}

async function until(what, check, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out starting ${what}`);
}

/** Xvfb on a display it picks itself (-displayfd): resolves to ":N". */
async function startXvfb() {
  const xvfb = start("Xvfb", ["-displayfd", "3", "-screen", "0", "1600x2400x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  const display = await new Promise((resolve, reject) => {
    let out = "";
    xvfb.child.stdio[3].on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(`:${out.trim()}`);
    });
    xvfb.exited.then((code) => reject(new Error(`Xvfb exited (${code}): ${xvfb.stderr()}`)));
  });
  return display;
}

async function startWebKitDriver(display) {
  const port = await freePort();
  const driver = start("WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], {
    env: { ...process.env, DISPLAY: display },
  });
  const url = `http://127.0.0.1:${port}`;
  await until("WebKitWebDriver", async () => (await fetch(`${url}/status`)).ok);
  return url;
}

/** Runs one engine's suite with node's test runner; resolves to its exit code. */
function runSuite(engine, env) {
  const suite = start(process.execPath, ["--test", "--test-reporter=spec", `${HERE}${engine}.test.mjs`], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  return suite.exited;
}

let failed = false;
try {
  const server = await startEngineServer({ dir: DIST });
  // closeAllConnections: close() alone waits for connections a browser still holds.
  stops.push(() => {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    return closed;
  });
  const env = { ENGINES_BASE_URL: `http://127.0.0.1:${server.address().port}` };
  if (chosen.includes("webkit")) {
    env.DISPLAY = await startXvfb();
    env.ENGINES_WEBKIT_DRIVER = await startWebKitDriver(env.DISPLAY);
  }
  const times = [];
  for (const engine of chosen) {
    const started = Date.now();
    const code = await runSuite(engine, env);
    times.push(`${engine} ${((Date.now() - started) / 1000).toFixed(1)} s${code === 0 ? "" : " (failed)"}`);
    if (code !== 0) failed = true;
  }
  console.log(`\nengine suites: ${times.join(", ")}`);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
