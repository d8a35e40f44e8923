/** The report JSON, version 1. See `data/report.schema.json` for every field's meaning. */
export interface Report {
  version: 1;
  lang?: string;
  title: string;
  subtitle?: string;
  studyQuestions?: { heading: string; items: string[] };
  dataCollection?: { heading: string; text: string; definitions?: Definition[] };
  stats: Stat[];
  questions: Question[];
  quotes: Quote[];
  download?: { text: string; url?: string | null };
}

export interface Definition {
  term: string;
  marker?: string;
  text: string;
}

export type Unit = 'percent' | 'count';

export interface Stat {
  id: string;
  value: number;
  unit: Unit;
  label: string;
}

export interface Answer {
  label: string;
  /** 0–100. */
  percent: number;
}

export interface Question {
  id: string;
  title: string;
  multiple: boolean;
  answers: Answer[];
  /** Id of a `count` stat shown with the chart ("142 besvarelser"). */
  respondentsStat?: string;
  recommendation?: string;
  note?: string;
}

export interface Author {
  name: string;
  title?: string;
  organisation?: string;
}

export interface Quote {
  id: string;
  heading: string;
  text: string;
  author?: Author;
}

/** What went wrong, for messages and for `dk-error`'s `detail.code`. */
export type ReportErrorCode =
  'network' | 'timeout' | 'http' | 'not-json' | 'invalid' | 'unknown-id' | 'no-source' | 'render';

/** Every failure of loading or reading a report is one of these. */
export class ReportError extends Error {
  override name = 'ReportError';
  constructor(
    readonly code: ReportErrorCode,
    message: string,
    /** Code-specific facts: the HTTP status, the bad field's path, the unknown id, … */
    readonly info: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}
