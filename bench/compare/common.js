// Shared by the plain comparison pages: the same data, colours and number format as the widgets.
// Numbers through Intl as the widgets write them: one formatter per unit, made when first needed
// and kept (as `internal/locale.ts` does), not one per number.
const formats = {};
const format = (unit, options) => (formats[unit] ??= new Intl.NumberFormat('da', options));
window.plain = {
  COLORS: ['#1c5aa6', '#c4501a', '#0b7a62', '#8e4ba8', '#8a6d00', '#b3245b', '#4d5a68'],
  pct: (v) => format('percent', { style: 'percent', maximumFractionDigits: 2 }).format(v / 100),
  count: (v) => format('count').format(v),
  /** Words into lines of at most `n` characters. */
  wrap(text, n = 30) {
    const lines = [];
    let line = '';
    for (const w of text.split(/\s+/)) {
      if (line && (line + ' ' + w).length > n) (lines.push(line), (line = w));
      else line = line ? line + ' ' + w : w;
    }
    lines.push(line);
    return lines;
  },
  async report() {
    const r = await (await fetch('/data/datakultur.json')).json();
    const q = (id) => r.questions.find((x) => x.id === id);
    const roles = q('roles');
    const usage = q('usage-contexts');
    for (const x of [roles, usage]) document.querySelector(`#${x.id} h3`).textContent = x.title;
    const sum = usage.answers.reduce((s, a) => s + a.percent, 0);
    document.querySelector('#usage-contexts .note').textContent =
      `Flere svar mulige: andelene giver tilsammen ${window.plain.pct(sum)}.`;
    return { roles, usage, respondents: r.stats.find((s) => s.id === roles.respondentsStat) };
  },
};
