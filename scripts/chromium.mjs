// Headless Chromium for everything that drives one: the tests (web-test-runner.config.mjs), the
// benchmark, the Storybook check and the screenshot scripts. In this order:
//   1. CHROME_PATH, when set (a path that does not exist is an error, not a silent fallback);
//   2. a Chrome or Chromium installed where Linux, macOS and Windows put them;
//   3. the Chromium that `npm install` brought as a dev dependency (@sparticuz/chromium ships its
//      binary inside the package; the first call unpacks it to the temp folder).
// Run directly (`node scripts/chromium.mjs`), it prints the browser it found, or one line saying
// why there is none, and exits 2: `npm test` asks before it builds anything.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const env = process.env;
const programFiles = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);

/** Where Chrome and Chromium install themselves, most common first. */
export const SYSTEM_PATHS = [
  // Linux (Debian/Ubuntu packages, Google's packages, snap)
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  // macOS
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  // Windows
  ...programFiles.flatMap((dir) => [
    join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(dir, 'Chromium', 'Application', 'chrome.exe'),
  ]),
];

/** The flags this machine needs (no sandbox as root, no GPU) and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

class NoChromium extends Error {}

/** The browser to use, as `{ path, from }`; throws a one-line `NoChromium` error when there is none. */
async function find() {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return { path: env.CHROME_PATH, from: 'CHROME_PATH' };
    throw new NoChromium(`CHROME_PATH is set to ${env.CHROME_PATH}, which does not exist: fix it or unset it.`);
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { path: system, from: 'installed' };
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return { path: await chromium.executablePath(), from: '@sparticuz/chromium' };
  } catch (e) {
    throw new NoChromium(
      `No Chrome or Chromium found, and the bundled one (@sparticuz/chromium) could not be used (${String(e?.message ?? e).split('\n')[0]}): run npm install, install Chrome or Chromium, or set CHROME_PATH.`,
    );
  }
}

let found;
/** The path of the Chromium to drive (found once per process). */
export async function chromiumPath() {
  found ??= find();
  return (await found).path;
}

/** `chromiumPath()`, or the one-line reason on stderr and exit code 2. */
export async function requireChromium() {
  try {
    return await chromiumPath();
  } catch (e) {
    if (!(e instanceof NoChromium)) throw e;
    console.error(e.message);
    process.exit(2);
  }
}

/** puppeteer-core on that Chromium, headless. */
export async function launch(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: await requireChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await requireChromium();
  const { path, from } = await found;
  console.log(`Chromium: ${path} (${from})`);
}
