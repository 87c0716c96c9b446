/**
 * A QR code as a grid of dark modules, for the join card. The encoder is
 * loaded on demand (only the presenter's screen in classroom mode needs it)
 * and is the one qrcode-terminal already ships, so no new dependency.
 */

/** rows[y][x] is true for a dark module; no quiet zone. */
export type QrGrid = boolean[][];

export async function qrGrid(text: string): Promise<QrGrid> {
  const [{ default: QRCode }, { default: levels }] = await Promise.all([
    import('qrcode-terminal/vendor/QRCode/index.js'),
    import('qrcode-terminal/vendor/QRCode/QRErrorCorrectLevel.js'),
  ]);
  // Level M survives a glare spot on a projector screen; a join URL still fits a small version.
  const code = new QRCode(-1, levels.M);
  code.addData(text);
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/** One SVG path for all dark modules (one small square each), in module units, shifted by `margin`. */
export function qrPath(grid: QrGrid, margin: number): string {
  const parts: string[] = [];
  grid.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + margin} ${y + margin}h1v1h-1z`);
    });
  });
  return parts.join('');
}
