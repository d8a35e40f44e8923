import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { faultRoutes } from './tests/server/faults.mjs';
import { otherOrigins, otherOriginsPlugin } from './tests/server/origins.mjs';
import { filterBrowserLogs, quietReporter } from './tests/server/quiet.mjs';
import { schemaPlugin } from './tests/server/schema.mjs';
import { a11yPlugins } from './tests/a11y/plugins.mjs';
import { pageCommandsPlugin } from './tests/server/page-commands.mjs';
import { downloadsPlugin } from './tests/server/downloads.mjs';

import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';

const executablePath = await requireChromium();

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: a page in a background tab gets no animation frames (chart.js draws in them).
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [faultRoutes, otherOrigins],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    schemaPlugin(),
    ...a11yPlugins(),
    otherOriginsPlugin(),
    pageCommandsPlugin(),
    downloadsPlugin(),
  ],
  // Quiet when green: no Lit dev-mode notice per file, no 404 the tests provoke, one summary.
  filterBrowserLogs,
  reporters: [quietReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
