// A quiet `npm test`: what a green run prints is the list of files with something to say, and one
// summary. Hidden, and counted in the summary:
//   - Lit's "Lit is in dev mode" notice, printed once per test file (the tests run the source);
//   - the widgets' own `<dk-…>: …` console warnings: each goes with the `dk-error` event and the
//     message in the widget, which the tests that provoke them check;
//   - 404s the tests ask for on purpose: the fault routes (/fault/…) and addresses that say so
//     (`findes-ikke`, "does not exist", in the errors demo).
// Everything else stays: console errors, other warnings (Lit's dev-mode warnings among them),
// uncaught errors, any other 404 (a missing chunk), and failures in full. DK_TEST_LOGS=all shows
// everything, as web-test-runner's own reporter does.
import { defaultReporter } from '@web/test-runner';

const all = process.env.DK_TEST_LOGS === 'all';
const hidden = { 'Lit dev-mode notices': 0, 'widget warnings': 0, 'expected 404s': 0 };

const text = (arg) => (typeof arg === 'string' ? arg : '');
const hide = (kind) => {
  hidden[kind]++;
  return false;
};

/** web-test-runner's `filterBrowserLogs`. */
export function filterBrowserLogs({ type, args }) {
  if (all) return true;
  const first = text(args[0]);
  if (first.startsWith('Lit is in dev mode.')) return hide('Lit dev-mode notices');
  if (type === 'warn' && /^<dk-[a-z-]+>: /.test(first)) return hide('widget warnings');
  return true;
}

const expected404 = (url) => /^fault\//.test(url) || url.includes('findes-ikke');

/** Passed, failed and skipped tests in one session's results. */
function count(suite, into = { passed: 0, failed: 0, skipped: 0 }) {
  for (const t of suite?.tests ?? []) into[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
  for (const s of suite?.suites ?? []) count(s, into);
  return into;
}

const duration = (ms) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
};

/**
 * web-test-runner's default reporter, with the expected 404s left out of its per-file report, and,
 * outside a terminal (CI, a pipe), no progress bar every ten seconds: one summary at the end.
 */
export function quietReporter() {
  const base = defaultReporter();
  let args;
  let done = false;
  return {
    start(a) {
      args = a;
      base.start(a);
    },
    reportTestFileResults(o) {
      const sessionsForTestFile = all
        ? o.sessionsForTestFile
        : o.sessionsForTestFile.map((s) => {
            const request404s = s.request404s.filter((url) => !expected404(url));
            hidden['expected 404s'] += s.request404s.length - request404s.length;
            return { ...s, request404s };
          });
      return base.reportTestFileResults({ ...o, sessionsForTestFile });
    },
    getTestProgress(o) {
      if (!done) return process.stdout.isTTY || args.config.watch ? base.getTestProgress(o) : [];
      const n = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const s of o.sessions) {
        count(s.testResults, n);
        if (!s.passed && !count(s.testResults).failed) brokenFiles++;
      }
      const ok = n.failed === 0 && brokenFiles === 0;
      const quiet = Object.entries(hidden)
        .filter(([, v]) => v)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ');
      return [
        '',
        `${ok ? '✔' : '✘'} ${n.passed} passed, ${n.failed} failed${n.skipped ? `, ${n.skipped} skipped` : ''}` +
          `${brokenFiles ? `, ${brokenFiles} test files broken` : ''} · ${args.testFiles.length} test files · ` +
          `${duration(Date.now() - args.startTime)}`,
        ...(quiet && !all ? [`  hidden: ${quiet} (DK_TEST_LOGS=all shows them)`] : []),
        '',
      ];
    },
    stop() {
      done = true;
    },
  };
}
