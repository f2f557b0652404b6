import type { Response } from 'express';

/**
 * Sends a stored file as a download that can never run: the type it was stored with (only images
 * and PDF are ever stored), nosniff, and a CSP that forbids everything and sandboxes the document.
 * Images are shown inline (a thumbnail, opened in a tab); other files are downloaded.
 */
export function sendAttachment(
  res: Response,
  file: { bytes: Uint8Array; mimeType: string; name: string | null; id: number },
): void {
  const name = file.name ?? `file-${file.id}`;
  const inline = file.mimeType.startsWith('image/');
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  res.set({
    'Content-Type': file.mimeType,
    'Content-Length': String(file.bytes.byteLength),
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  res.end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}
