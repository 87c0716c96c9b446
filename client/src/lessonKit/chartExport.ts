/**
 * Saving a chart: its data as CSV (pure), and its drawing as a PNG made from
 * the chart's own SVG plus its title and legend (recharts draws the legend in
 * HTML, outside the SVG, so it is painted here from the legend's items).
 */

export type CsvRow = Readonly<Record<string, string | number | boolean | null | undefined>>;

function csvCell(value: CsvRow[string]): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV: a header of every key met (in first-seen order), one line per row, empty where a row lacks a key. */
export function toCsv(rows: readonly CsvRow[]): string {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const lines = [columns.map(csvCell), ...rows.map((row) => columns.map((column) => csvCell(row[column])))];
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** A file name from a chart's title: lower case, words joined by dashes, nothing a file system dislikes. */
export function fileNameFor(title: string, extension: 'csv' | 'png'): string {
  const stem = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'chart'}.${extension}`;
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type LegendItem = { text: string; colour: string };

/** A plain colour for a legend mark; a pattern fill (url(#id)) stands for the colour of its first shape. */
function solidColour(paint: string | null | undefined, document: Document): string {
  const pattern = /^url\(#([^)]+)\)$/.exec(paint ?? '');
  if (pattern) return document.getElementById(pattern[1] ?? '')?.querySelector('[fill]')?.getAttribute('fill') ?? '#1b1b1b';
  return paint && paint !== 'none' ? paint : '#1b1b1b';
}

function legendItems(figure: Element): LegendItem[] {
  return [...figure.querySelectorAll('.recharts-legend-item')].map((item) => {
    const mark = item.querySelector('path, line, rect');
    const fill = mark?.getAttribute('fill');
    const paint = fill && fill !== 'none' ? fill : mark?.getAttribute('stroke');
    return { text: item.textContent?.trim() ?? '', colour: solidColour(paint, figure.ownerDocument) };
  });
}

/** Paints the figure's chart (title, legend, SVG) on a white canvas at 2× and resolves with a PNG. */
export async function chartPng(figure: Element, title: string): Promise<Blob> {
  // The chart's own drawing: the legend's icons are small svg.recharts-surface elements too.
  const svg = figure.querySelector('.recharts-wrapper > svg.recharts-surface');
  if (!(svg instanceof SVGSVGElement)) throw new Error('this chart has no drawing to save');
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  clone.style.fontFamily = getComputedStyle(figure).fontFamily;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();

  const legend = legendItems(figure);
  const scale = 2;
  const top = 40 + (legend.length > 0 ? 28 : 0);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(box.width * scale);
  canvas.height = Math.ceil((box.height + top + 8) * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the picture');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, box.width, box.height + top + 8);
  context.fillStyle = '#1b1b1b';
  context.font = `bold 16px ${clone.style.fontFamily}`;
  context.fillText(title, 8, 24);
  let x = 8;
  context.font = `14px ${clone.style.fontFamily}`;
  for (const item of legend) {
    context.fillStyle = item.colour;
    context.fillRect(x, 46, 14, 14);
    context.fillStyle = '#1b1b1b';
    context.fillText(item.text, x + 20, 58);
    x += 34 + context.measureText(item.text).width;
  }
  context.drawImage(image, 0, top, box.width, box.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))), 'image/png'));
}
