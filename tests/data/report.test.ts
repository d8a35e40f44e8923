import { expect } from '@open-wc/testing';
import type { Report } from '../../src/data/types.js';

// The data file against the deck's text (tests/data/fixtures/seed-report.txt, the PDF extraction).
const report: Report = await (await fetch('/data/datakultur.json')).json();
const seed = await (await fetch('/tests/data/fixtures/seed-report.txt')).text();

/** Compare text ignoring layout: line breaks, hyphenation, case, spacing. */
const squash = (s: string) => s.toLowerCase().replace(/[\s\-–]+/g, '');
const inSeed = (s: string) => squash(seed).includes(squash(s));
const num = (s: string) => Number(s.replace(',', '.'));
const section = (from: string, to: string) => seed.slice(seed.indexOf(from), seed.indexOf(to, seed.indexOf(from)));

const stat = (id: string) => report.stats.find((s) => s.id === id)!;
const question = (id: string) => report.questions.find((q) => q.id === id)!;

describe('data/datakultur.json holds the deck', () => {
  it('has the ids the SPEC fixes', () => {
    expect(report.stats.map((s) => s.id)).to.have.members(['responses', 'more-data-driven', 'see-potential']);
    expect(report.questions.map((q) => q.id)).to.have.members(['roles', 'usage-contexts']);
    expect(report.quotes.map((q) => q.id)).to.have.members([
      'top-management',
      'cross-disciplinary',
      'domain-knowledge',
    ]);
  });

  it('has the respondents as printed', () => {
    const printed = /(\d+)\s*\nbesvarelser/.exec(seed)!;
    expect(stat('responses')).to.include({ value: num(printed[1]), unit: 'count', label: 'besvarelser' });
  });

  it('has both headline figures with their captions as printed', () => {
    const printed = [...seed.matchAll(/^(\d+) %\n([\s\S]+?)(?=\n+\d+ %|\n\n\n)/gm)].map(
      (m) => [num(m[1]), m[2]] as const,
    );
    expect(printed).to.have.length(2);
    for (const [id, [value, caption]] of [
      ['more-data-driven', printed[0]],
      ['see-potential', printed[1]],
    ] as const) {
      expect(stat(id)).to.include({ value, unit: 'percent' });
      expect(squash(stat(id).label)).to.equal(squash(caption));
    }
  });

  it('has the role shares in the printed order, adding up to 100', () => {
    const part = section('RESPONDENTER', '60 %');
    const shares = [...part.matchAll(/(\d+,\d+)%/g)].map((m) => num(m[1]));
    const roles = question('roles');
    expect(roles.multiple).to.equal(false);
    expect(roles.answers.map((a) => a.percent)).to.deep.equal(shares);
    expect(roles.answers[0].label).to.equal('Funktionær, fx GIS-medarbejder, ACer, BI-konsulent etc.');
    roles.answers.forEach((a) => expect(inSeed(a.label), a.label).to.equal(true));
    expect(roles.respondentsStat).to.equal('responses');
  });

  it('has the usage contexts in the printed order, adding up to 255', () => {
    const part = section('3. Brug data hele vejen', 'I hvilke sammenhænge');
    const shares = [...part.matchAll(/^(\d+)%$/gm)].map((m) => num(m[1]));
    const usage = question('usage-contexts');
    expect(usage.multiple).to.equal(true);
    expect(usage.answers.map((a) => a.percent)).to.deep.equal(shares);
    expect(shares.reduce((a, b) => a + b)).to.equal(255);
    expect(usage.answers.map((a) => a.label)).to.deep.equal([
      'Ved ikke',
      'Til monitorering',
      'Til foranalyser til projekter eller indsatser',
      'Undervejs i udarbejdelsen af projekter eller indsatser',
      'Til implementering af projekter eller indsatser',
      'Til evaluering af projekter eller indsatser',
      'På andre tidspunkter, skriv hvilke:',
    ]);
    expect(inSeed(usage.title)).to.equal(true);
    expect(usage.recommendation).to.equal('3. Brug data hele vejen');
  });

  it('has every quote, heading and speaker from the deck, and no invented speaker', () => {
    for (const q of report.quotes) {
      expect(inSeed(q.text), q.id).to.equal(true);
      expect(inSeed(q.heading), q.id).to.equal(true);
      if (q.author) for (const v of Object.values(q.author)) expect(inSeed(v as string), v as string).to.equal(true);
    }
    expect(report.quotes.find((q) => q.id === 'domain-knowledge')!.author).to.equal(undefined);
    expect(report.quotes.find((q) => q.id === 'domain-knowledge')!.heading).to.equal(
      '3½. Undervurdér ikke værdien i domænekendskab',
    );
  });

  it('has the title, the three questions, data collection with its definition, and the closing call without a URL', () => {
    for (const s of [
      report.title,
      report.subtitle!,
      report.studyQuestions!.heading,
      ...report.studyQuestions!.items,
      report.dataCollection!.heading,
      report.dataCollection!.text,
      ...report.dataCollection!.definitions!.map((d) => d.text),
      report.download!.text,
    ])
      expect(inSeed(s), s).to.equal(true);
    expect(report.studyQuestions!.items).to.have.length(3);
    expect(report.download!.url ?? null).to.equal(null);
  });
});
