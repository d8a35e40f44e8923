import type { Lang } from '../internal/locale.js';

const da = {
  severalAnswers: (sum: string) => `Flere svar mulige: andelene giver tilsammen ${sum}.`,
  answer: 'Svar',
  share: 'Andel',
  showTable: 'Vis som tabel',
  hideTable: 'Skjul tabel',
  csv: 'Hent data (CSV)',
  png: 'Hent billede (PNG)',
  chartLabel: (title: string) => `Diagram: ${title}. Brug piletasterne for at læse svarene.`,
  summary: (top: string, topV: string, low: string, lowV: string, n: number) =>
    `${n} svar. Størst: ${top}, ${topV}. Mindst: ${low}, ${lowV}.`,
};

/** The charts' own words: kept apart from internal/locale.ts, so a page of text widgets never loads them. */
export const chartStrings: Record<Lang, typeof da> = {
  da,
  en: {
    severalAnswers: (sum: string) => `Several answers possible: the shares add up to ${sum}.`,
    answer: 'Answer',
    share: 'Share',
    showTable: 'Show as table',
    hideTable: 'Hide table',
    csv: 'Download data (CSV)',
    png: 'Download image (PNG)',
    chartLabel: (title: string) => `Chart: ${title}. Use the arrow keys to read the answers.`,
    summary: (top: string, topV: string, low: string, lowV: string, n: number) =>
      `${n} answers. Largest: ${top}, ${topV}. Smallest: ${low}, ${lowV}.`,
  },
};
