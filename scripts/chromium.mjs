// The Chromium every browser check uses (Web Test Runner, the element benchmark, the example tests):
// Debian's package, since npm cannot download browsers on these machines (`.ci/run` installs it).

/** Path of the browser; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, sandbox-free (containers) and quiet: no background traffic, updates, sync or first-run UI. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);
