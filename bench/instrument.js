// Loaded first (a classic script in <head>) by every benchmark page: records when each widget or
// chart is drawn, the long tasks and the layout shifts, in window.__bench. The moment the last
// one is drawn is also a User Timing mark, `bench:drawn`, for traces (bench/cpu.mjs).
(() => {
  let settle;
  const b = (window.__bench = {
    /** How many `ready` marks end the page's start-up. */
    expected: Infinity,
    ready: [],
    errors: [],
    longtasks: [],
    shifts: [],
    cls: 0,
    /** A plain page (chart.js, ECharts) calls this when a chart is drawn; `dk-ready` does for ours. */
    mark(what) {
      b.ready.push({ t: performance.now(), what });
      if (b.ready.length === b.expected) performance.mark('bench:drawn');
      if (b.done) settle();
    },
    get done() {
      return b.ready.length + b.errors.length >= b.expected;
    },
    /** Resolves when `done`: a driver can wait for it without polling the page (which costs it frames). */
    whenDone: new Promise((resolve) => (settle = resolve)),
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const describe = (node) =>
    !node
      ? '?'
      : node.nodeType === 1
        ? node.localName + (node.className ? '.' + String(node.className).split(' ')[0] : '')
        : node.nodeName;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      b.cls += e.value;
      b.shifts.push({ t: e.startTime, value: e.value, sources: (e.sources || []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('dk-ready', (e) => b.mark(e.target.localName));
  document.addEventListener('dk-error', (e) => {
    b.errors.push({ t: performance.now(), what: e.target.localName, message: e.detail && e.detail.message });
    if (b.done) settle();
  });
})();
