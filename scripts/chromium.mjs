// Headless Chromium for everything that drives one: the tests (web-test-runner.config.mjs), the
// benchmark, the Storybook check and the screenshot scripts. CHROME_PATH wins; else the first
// Chrome or Chromium installed where Debian and Google put them.
import { existsSync } from 'node:fs';

export const executablePath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find(
    existsSync,
  );

/** The flags this machine needs (no sandbox as root, no GPU) and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Says in one line that there is no browser and how to get one, and exits. */
export function requireChromium() {
  if (executablePath) return executablePath;
  console.error('No Chrome or Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(2);
}

/** puppeteer-core on that Chromium, headless. */
export async function launch(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: requireChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
