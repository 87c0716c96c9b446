/**
 * Types for the QR encoder vendored inside qrcode-terminal (Kazuhiko Arase's
 * MIT "QRCode for JavaScript"), which the server already depends on to print
 * the join code: the browser reuses it instead of adding a QR package.
 */
declare module 'qrcode-terminal/vendor/QRCode/index.js' {
  export default class QRCode {
    /** `typeNumber` < 1 picks the smallest version that fits; `errorCorrectLevel` from QRErrorCorrectLevel. */
    constructor(typeNumber: number, errorCorrectLevel: number);
    addData(data: string): void;
    make(): void;
    getModuleCount(): number;
    isDark(row: number, col: number): boolean;
  }
}

declare module 'qrcode-terminal/vendor/QRCode/QRErrorCorrectLevel.js' {
  const levels: { L: number; M: number; Q: number; H: number };
  export default levels;
}
