import QRCode, { type QRCodeErrorCorrectionLevel } from 'qrcode';
import { escapeHtml, raw, type SafeHtml } from '../html.ts';

// Medium error correction survives a worn or partly covered printout at the counter.
const OPTIONS: { errorCorrectionLevel: QRCodeErrorCorrectionLevel; margin: number } = {
  errorCorrectionLevel: 'M',
  margin: 2,
};
const svgCache = new Map<string, string>();

/** An inline SVG QR code for a URL, labelled for screen readers. Cached: the URLs are few and fixed. */
export async function renderQrSvg(url: string, label: string): Promise<SafeHtml> {
  let svg = svgCache.get(url);
  if (svg === undefined) {
    svg = await QRCode.toString(url, { ...OPTIONS, type: 'svg' });
    svgCache.set(url, svg);
  }
  // The SVG comes from the QR library, not from content; only the label is ours, escaped.
  return raw(svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" `));
}

/** A PNG QR code for a URL, large enough to print or scan from a screen. */
export async function renderQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width: 480 });
}
