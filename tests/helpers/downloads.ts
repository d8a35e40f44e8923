// Real downloads for the open-data tests (issue 17): the browser saves them (tests/server/downloads.mjs)
// and the test reads the files back; a real mouse click (puppeteer, not element.click()) starts them.
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';

export interface Downloaded {
  /** The file name the page gave it. */
  name: string;
  url: string;
  bytes: number;
  base64: string;
  canceled?: boolean;
}

export const startDownloads = () => executeServerCommand('downloads', { action: 'start' });
export const stopDownloads = () => executeServerCommand('downloads', { action: 'stop' });
/** The first `count` downloads since `startDownloads()`, once complete (fewer after `timeout` ms). */
export const takeDownloads = (count: number, timeout = 8000) =>
  executeServerCommand<Downloaded[], { action: string; count: number; timeout: number }>('downloads', {
    action: 'take',
    count,
    timeout,
  });

/** A real mouse click in the middle of `el` (in this page or in an iframe of it), scrolled into view first. */
export async function realClick(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  await new Promise((r) => requestAnimationFrame(r));
  const box = el.getBoundingClientRect();
  let x = box.left + box.width / 2;
  let y = box.top + box.height / 2;
  // Inside an iframe: add where the frame is in this page.
  for (let win: Window | null = el.ownerDocument.defaultView; win && win !== window; win = win.parent) {
    const frame = win.frameElement!.getBoundingClientRect();
    x += frame.left;
    y += frame.top;
  }
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

/** The file's bytes as UTF-8 text, byte-order mark kept. */
export const utf8 = (file: Downloaded) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)));

/** Parses CSV as RFC 4180 says: fields quoted with `"`, quotes doubled inside, records ended by CRLF. */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r' || c === '"')
      throw new Error(`bare ${JSON.stringify(c)} at ${i}: not RFC 4180`);
    else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

export interface Picture {
  width: number;
  height: number;
  /** Share of pixels that are not (near) white. */
  inked: number;
  /** How many of `colours` (CSS rgb()) appear in it. */
  has: (colour: string) => boolean;
}

/** Decodes a PNG in the browser (createImageBitmap) and reads its pixels. */
export async function decodePng(file: Downloaded): Promise<Picture> {
  const blob = new Blob([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
  const bitmap = await createImageBitmap(blob);
  const { width, height } = bitmap;
  const ctx = new OffscreenCanvas(width, height).getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data } = ctx.getImageData(0, 0, width, height);
  let inked = 0;
  const seen = new Set<string>();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) inked++;
    seen.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
  }
  return {
    width,
    height,
    inked: inked / (width * height),
    has: (colour) => {
      const [r, g, b] = colour.match(/\d+/g)!.map(Number);
      return seen.has(`${r},${g},${b},255`);
    },
  };
}
