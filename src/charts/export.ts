// A chart's open data (issue 17): its figures as CSV and its picture as PNG. A chunk of its own,
// fetched with import() the first time a reader asks for either (DkChart's footer), so no page
// pays for it up front. By then chart.js is on the page: the picture is drawn by the same chart.js, from
// the same spec as the chart on screen, on an OffscreenCanvas that never enters the page.
//
// Title, legend and source line are drawn by a plugin of our own, not chart.js's Title, Legend
// and SubTitle: chart.js ships as one module, so registering those here would have put their
// code into the chart chunk every chart page loads (+4 KB gzip, measured), not into this one.
import type { Plugin } from 'chart.js';
import type { Answer } from '../data/types.js';
import type { Lang } from '../internal/locale.js';
import type { ChartSpec, Data } from './chart-controller.js';
import type { CanvasTheme, ChartItem, DkChart } from './dk-chart.js';

/** What the export reads from a chart, at the moment of the click. */
export interface Exportable {
  /** The question's id: the files' name. */
  id: string;
  lang: Lang;
  /** The answers in the order shown, with the JSON's numbers. */
  answers: Answer[];
  /** The widget's shadow root: the title, note, source line, centre and table as shown. */
  root: ShadowRoot;
  /** The chart's spec, drawn with `theme` over the theme it reads from the page. */
  spec(theme: Partial<CanvasTheme> & { width: number }): ChartSpec;
}

const HEADER = { da: ['Svar', 'Andel (%)'], en: ['Answer', 'Share (%)'] };

/**
 * The figures as CSV: a byte-order mark (so Excel reads UTF-8: æøå), a header row naming the unit,
 * one row per answer in the order shown. Danish: `;` between fields and a decimal comma, as Danish
 * Excel opens a file; English: `,` and `.`. A field is quoted when it holds the separator, a quote
 * or a line break, its quotes doubled (RFC 4180 §2.6–2.7); lines end in CRLF.
 */
export function csv({ lang, answers }: Pick<Exportable, 'lang' | 'answers'>): string {
  const sep = lang === 'da' ? ';' : ',';
  const field = (s: string) => (/["\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s);
  // The share with all the digits the JSON has, no rounding and no grouping: String(number) is the
  // shortest text that reads back as the same number (ECMAScript Number::toString), which is the
  // JSON's own. Danish differs only in the decimal mark (9.92 → "9,92", 84.7333 → "84,7333").
  const number = (n: number) => (lang === 'da' ? String(n).replace('.', ',') : String(n));
  const rows = [HEADER[lang], ...answers.map((a) => [a.label, number(a.percent)])];
  return `\uFEFF${rows.map((r) => r.map(field).join(sep)).join('\r\n')}\r\n`;
}

// The picture: 720 CSS px at 2× (1440 px wide), 16 px text, in the light theme on white.
const WIDTH = 720;
const SCALE = 2;
const PX = 16;
const MARGIN = 24;
const INK = '#1b1f24';
const MUTED = '#545b64';
/** The donut's box (the ring and its padding), and the gap between it and its legend. */
const RING = 300;
const GAP = 32;

type Ctx = OffscreenCanvasRenderingContext2D;

const text = (root: ParentNode, selector: string) =>
  (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Breaks `s` into lines no wider than `max` px in the context's font, at spaces (and inside a word
 * too long). The bars have their own (bar-chart.ts): sharing one module split it into a chunk of
 * its own, a third file for every page of the bundle.
 */
function wrap(ctx: Ctx, s: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (!line || ctx.measureText(next).width <= max) line = next;
    else {
      lines.push(line);
      line = word;
    }
    while (ctx.measureText(line).width > max && line.length > 1) {
      let i = line.length - 1;
      while (i > 1 && ctx.measureText(line.slice(0, i)).width > max) i--;
      lines.push(line.slice(0, i));
      line = line.slice(i);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A block of text lines in one font and colour, with the height it takes. */
interface Block {
  lines: string[];
  font: string;
  colour: string;
  lh: number;
  height: number;
}

/** The chart as a PNG, drawn by chart.js on an OffscreenCanvas. */
export async function png(e: Exportable): Promise<Blob> {
  // chart.js is on the page already (the chart is drawn): the same chunk, no new request.
  const Chart = (await import('./chart-kit.js')).chartKit();
  const family = getComputedStyle(e.root.host).fontFamily || 'sans-serif';
  const font = (size: number, weight = 400) => `${weight} ${size}px ${family}`;
  const inner = WIDTH - 2 * MARGIN;
  const measure = new OffscreenCanvas(1, 1).getContext('2d')!;
  const block = (s: string, size: number, weight: number, colour: string, after: number): Block => {
    measure.font = font(size, weight);
    const lines = s ? wrap(measure, s, inner) : [];
    const lh = size * 1.3;
    return { lines, font: measure.font, colour, lh, height: lines.length ? lines.length * lh + after : 0 };
  };
  const source = e.root.querySelector('[part~=source]');
  const link = source?.querySelector('a');
  // The source line as shown, without the buttons that follow it.
  const sourceText = [...(source?.childNodes ?? [])]
    .filter((n) => n.nodeName === '#text' || (n.nodeType === Node.ELEMENT_NODE && n.nodeName !== 'BUTTON'))
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const head = [
    block(text(e.root, '[part~=eyebrow]'), PX * 0.9, 700, INK, PX * 0.3),
    block(text(e.root, '[part~=title]'), PX * 1.25, 700, INK, PX * 0.4),
    block(text(e.root, '[part~=note]'), PX * 0.9, 400, MUTED, PX * 0.6),
  ];
  const foot = [block(sourceText, PX * 0.85, 400, MUTED, 0), block(link?.href ?? '', PX * 0.85, 400, MUTED, 0)];
  const headH = head.reduce((h, b) => h + b.height, 0);
  const footH = foot.reduce((h, b) => h + b.height, 0) + PX;

  // In the light theme: the host's colour tokens read with its `color-scheme` light for the
  // moment (as for print), dark text on white, whatever the page's theme.
  const style = (e.root.host as HTMLElement).style;
  const was = [style.getPropertyValue('color-scheme'), style.getPropertyPriority('color-scheme')];
  style.setProperty('color-scheme', 'light');
  let spec: ChartSpec;
  try {
    spec = e.spec({ width: inner, fontPx: PX, text: INK, background: '#ffffff' });
  } finally {
    if (was[0]) style.setProperty('color-scheme', was[0], was[1]);
    else style.removeProperty('color-scheme');
  }
  const donut = spec.type === 'doughnut';
  // The donut's legend beside its ring, as on a wide screen: swatch, label, share (from the data
  // table, as shown). The bars carry their labels and values themselves.
  const rows = [...e.root.querySelectorAll('tbody tr')].map((tr) => [text(tr, 'th'), text(tr, 'td')]);
  measure.font = font(PX, 700);
  const valueW = Math.max(...rows.map(([, v]) => measure.measureText(v).width));
  measure.font = font(PX);
  const legendX = MARGIN + RING + GAP;
  const legend = donut ? rows.map(([label]) => wrap(measure, label, WIDTH - MARGIN - legendX - PX * 2.4 - valueW)) : [];
  const lh = PX * 1.3;
  const legendH = legend.reduce((h, l, i) => h + l.length * lh + (i ? PX * 0.6 : 0), 0);
  const plotH = donut ? Math.max(RING, legendH) : (spec.height ?? 0);
  const height = Math.ceil(MARGIN + headH + plotH + footH + MARGIN);
  // The ring, centred on the height of its legend.
  const ringTop = donut ? (plotH - RING) / 2 : 0;

  const pad = spec.options?.layout?.padding;
  const p = typeof pad === 'number' ? { left: pad, right: pad, top: pad, bottom: pad } : { ...(pad as object) };
  const side = (k: 'left' | 'right' | 'top' | 'bottom') => Number((p as Record<string, unknown>)[k] ?? 0);
  const colours = (spec.data.datasets[0].backgroundColor ?? []) as string[];

  const paint: Plugin = {
    id: 'dk-export',
    beforeDraw(chart) {
      const c = chart.ctx;
      c.save();
      c.fillStyle = '#ffffff';
      c.fillRect(0, 0, chart.width, chart.height);
      c.restore();
    },
    afterDraw(chart) {
      const c = chart.ctx;
      c.save();
      c.textBaseline = 'top';
      c.textAlign = 'left';
      const lines = (b: Block, y: number) => {
        c.font = b.font;
        c.fillStyle = b.colour;
        b.lines.forEach((l, i) => c.fillText(l, MARGIN, y + i * b.lh));
        return y + b.height;
      };
      let y = MARGIN;
      for (const b of head) y = lines(b, y);
      if (donut) {
        // The centre: the number of respondents, as the widget shows it over its ring.
        const arc = chart.getDatasetMeta(0).data[0] as unknown as { x: number; y: number } | undefined;
        const n = text(e.root, '[part~=centre] .n');
        if (arc && n) {
          c.textAlign = 'center';
          c.textBaseline = 'middle';
          c.fillStyle = INK;
          c.font = font(PX * 2.2, 700);
          c.fillText(n, arc.x, arc.y - PX * 0.5);
          c.font = font(PX * 0.9);
          c.fillStyle = MUTED;
          c.fillText(text(e.root, '[part~=centre] .what'), arc.x, arc.y + PX * 1.1);
        }
        c.textBaseline = 'top';
        let ly = MARGIN + headH + (plotH - legendH) / 2;
        legend.forEach((label, i) => {
          c.fillStyle = colours[i % colours.length] ?? INK;
          c.fillRect(legendX, ly + PX * 0.15, PX, PX);
          c.fillStyle = INK;
          c.textAlign = 'left';
          c.font = font(PX);
          label.forEach((l, j) => c.fillText(l, legendX + PX * 1.6, ly + j * lh));
          c.textAlign = 'right';
          c.font = font(PX, 700);
          c.fillText(rows[i][1], WIDTH - MARGIN, ly);
          ly += label.length * lh + PX * 0.6;
        });
        c.textAlign = 'left';
      }
      y = height - MARGIN - footH + PX;
      for (const b of foot) y = lines(b, y);
      c.restore();
    },
  };

  const canvas = new OffscreenCanvas(WIDTH, height);
  // `height` is ours (the plot's), not chart.js's.
  const config: ChartSpec = { ...spec, height: undefined };
  // chart.js draws on an OffscreenCanvas (its BasicPlatform), though its types name only the DOM's.
  const chart = new Chart<'doughnut' | 'bar', Data, string | string[]>(canvas as unknown as HTMLCanvasElement, {
    ...config,
    options: {
      ...spec.options,
      responsive: false,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      devicePixelRatio: SCALE,
      layout: {
        padding: {
          left: MARGIN + side('left'),
          right: (donut ? WIDTH - MARGIN - RING : MARGIN) + side('right'),
          top: MARGIN + headH + ringTop + side('top'),
          bottom: ringTop + footH + MARGIN + side('bottom'),
        },
      },
    },
    plugins: [...(spec.plugins ?? []), paint],
  });
  try {
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    chart.destroy();
  }
}

/** Saves `blob` as `name` through a blob: link (allowed under a strict CSP, and in an iframe). */
function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  // Not in the page: its click would reach the page's own click handlers.
  a.click();
  // Long enough for the browser to have read it (FileSaver.js waits 40 s).
  setTimeout(() => URL.revokeObjectURL(a.href), 40_000);
}

/**
 * Downloads the chart's figures (`csv`) or picture (`png`), named after the question's id. What it
 * needs of the chart is read here, with bracket access to DkChart's protected members (type-checked
 * all the same), so that the glue is in this chunk, not in the bundle every page loads.
 */
export async function download(kind: 'csv' | 'png', chart: DkChart, item: ChartItem): Promise<void> {
  const e: Exportable = {
    id: item.question.id,
    lang: chart['_lang'],
    answers: chart['answers'](item.question),
    root: chart.shadowRoot!,
    spec: (theme) => chart['spec'](item, { ...chart['_theme'](theme.width), ...theme }),
  };
  if (kind === 'csv') save(new Blob([csv(e)], { type: 'text/csv;charset=utf-8' }), `${e.id}.csv`);
  else save(await png(e), `${e.id}.png`);
}
