// Fault answers for demo/errors.html. `npm start` (Vite) has no fault routes, so this service
// worker, scoped to /demo/, answers three made-up URLs the way broken servers do; every other
// request goes to the network untouched.
//   /demo/fault/never-answers.json  never answers
//   /demo/fault/slow.json?ms=800    the report, after ?ms=
//   /demo/fault/fails-once.json?k=x a 503 the first time for each ?k=, then the report
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const failed = new Set();
const report = () => fetch('/data/datakultur.json', { cache: 'no-store' });

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== location.origin) return;
  switch (url.pathname) {
    case '/demo/fault/never-answers.json':
      event.respondWith(new Promise(() => {}));
      return;
    case '/demo/fault/slow.json':
      event.respondWith(
        new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 800))).then(report),
      );
      return;
    case '/demo/fault/fails-once.json':
      if (failed.has(url.search)) return event.respondWith(report());
      failed.add(url.search);
      event.respondWith(
        new Response('Service Unavailable', { status: 503, headers: { 'content-type': 'text/plain' } }),
      );
      return;
  }
});
