/** The types accepted, each recognised by its first bytes: nothing that a browser could run (no SVG, no HTML). */
export const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const;
export type AllowedType = (typeof ALLOWED_TYPES)[number];

export type CheckedAttachment =
  | { ok: true; mimeType: AllowedType; kind: 'photo' | 'file'; extension: string }
  | { ok: false; reason: 'too_large' | 'type' | 'empty' };

/**
 * Whether bytes may be kept: at most `maxBytes`, and of an allowed type by their magic bytes —
 * never by the name or the type a sender claims. Five signatures are all the allow-list needs, so
 * they are written here instead of adding a detection library that knows hundreds of types only
 * to refuse them.
 */
export function checkAttachment(bytes: Uint8Array, maxBytes: number): CheckedAttachment {
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty' };
  if (bytes.byteLength > maxBytes) return { ok: false, reason: 'too_large' };
  const mimeType = sniffType(bytes);
  if (mimeType === null) return { ok: false, reason: 'type' };
  return {
    ok: true,
    mimeType,
    kind: mimeType.startsWith('image/') ? 'photo' : 'file',
    extension: EXTENSIONS[mimeType],
  };
}

const EXTENSIONS: Record<AllowedType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
};

export function sniffType(bytes: Uint8Array): AllowedType | null {
  const starts = (offset: number, signature: readonly number[]) =>
    bytes.byteLength >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
  const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
  if (starts(0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(0, ascii('RIFF')) && starts(8, ascii('WEBP'))) return 'image/webp';
  if (starts(0, ascii('GIF87a')) || starts(0, ascii('GIF89a'))) return 'image/gif';
  if (starts(0, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/** A name safe to show and to put in a header: no path, no control characters, at most 120 characters. */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((char) => char !== '"' && char.charCodeAt(0) > 0x1f && char.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 120);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned;
}
