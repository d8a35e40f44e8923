// The report's page body as one HTML string: the story renders it, and its docs show it as the
// snippet, so both are the same text. All text comes from the report.
import type { Question, Quote, Report } from '../../src/datakultur-widgets.js';

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "1. Arbejd …" → 1, "3½. Undervurdér …" → 3.5; no number → after the numbered ones. */
function rank(heading: string | undefined): number {
  const m = /^\s*(\d+)(½)?\./.exec(heading ?? '');
  return m ? Number(m[1]) + (m[2] ? 0.5 : 0) : Infinity;
}

type Recommendation = { kind: 'quote'; quote: Quote } | { kind: 'chart'; question: Question };

/** The report's page body (an `<article>`), with the widgets reading `src`. */
export function articleHtml(report: Report, src: string): string {
  const out: string[] = [];
  const add = (...lines: string[]) => out.push(...lines);
  const usedForCount = new Set(report.questions.map((q) => q.respondentsStat).filter(Boolean));
  const headline = report.stats.filter((s) => !usedForCount.has(s.id));
  const single = report.questions.filter((q) => !q.multiple);
  const recommendations: Recommendation[] = [
    ...report.quotes.map((quote): Recommendation => ({ kind: 'quote', quote })),
    ...report.questions.filter((q) => q.multiple).map((question): Recommendation => ({ kind: 'chart', question })),
  ]
    .map((r, i) => ({ r, i, rank: rank(r.kind === 'quote' ? r.quote.heading : r.question.recommendation) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ r }) => r);

  add(`<article class="report"${report.lang ? ` lang="${esc(report.lang)}"` : ''}>`);
  add(`  <h1>${esc(report.title)}</h1>`);
  if (report.subtitle) add(`  <p class="lead">${esc(report.subtitle)}</p>`);

  if (report.studyQuestions) {
    add('', '  <section>', `    <h2>${esc(report.studyQuestions.heading)}</h2>`, '    <ol class="study-questions">');
    for (const item of report.studyQuestions.items) add(`      <li>${esc(item)}</li>`);
    add('    </ol>', '  </section>');
  }

  if (report.dataCollection) {
    const d = report.dataCollection;
    add('', '  <section>', `    <h2>${esc(d.heading)}</h2>`, `    <p>${esc(d.text)}</p>`);
    for (const def of d.definitions ?? [])
      add(`    <p class="footnote">${def.marker ? `${esc(def.marker)}` : ''}${esc(def.text)}</p>`);
    add('  </section>');
  }

  if (single.length) {
    add('', '  <section>');
    for (const q of single)
      add(`    <dk-donut-chart src="${esc(src)}" question="${esc(q.id)}" heading-level="2"></dk-donut-chart>`);
    add('  </section>');
  }

  if (headline.length) {
    add('', '  <section class="headline-stats">');
    for (const s of headline) add(`    <dk-headline-stat src="${esc(src)}" stat="${esc(s.id)}"></dk-headline-stat>`);
    add('  </section>');
  }

  if (recommendations.length) {
    add('', '  <section class="recommendations">');
    for (const r of recommendations)
      add(
        r.kind === 'quote'
          ? `    <dk-quote-card src="${esc(src)}" quote="${esc(r.quote.id)}" heading-level="2"></dk-quote-card>`
          : `    <dk-bar-chart src="${esc(src)}" question="${esc(r.question.id)}" heading-level="2"></dk-bar-chart>`,
      );
    add('  </section>');
  }

  if (report.download) {
    const { text, url } = report.download;
    // No URL in the data: the call is shown without a link, and none is invented.
    add('', `  <p class="download">${url ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(text)}</p>`);
  }
  add('</article>');
  return out.join('\n');
}
