// Shared by scripts/bench.mjs and bench/ab.mjs.

/**
 * Network profiles for the comparisons (Chromium's emulation: latency added to every request,
 * throughput capped). On loopback the pages race on CPU alone; on a real connection the order of
 * requests matters too.
 */
export const NETWORKS = {
  '4g': { label: '4G: 40 ms, 20 Mbit/s', latency: 40, download: 20e6 / 8, upload: 10e6 / 8 },
  slow4g: { label: 'slow 4G: 150 ms, 1.6 Mbit/s', latency: 150, download: 1.6e6 / 8, upload: 0.75e6 / 8 },
};

/** The median of the finite numbers in `xs` (the mean of the middle two for an even count); NaN for none. */
export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
