import { describe, expect, it } from 'vitest';
import { checkAttachment, cleanFileName } from '../../src/attachments/index.ts';
import { hostileSvg, samplePdf, samplePng } from '../helpers/sample-files.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('checkAttachment: the allow-list by magic bytes', () => {
  it('accepts JPEG, PNG, WebP, GIF and PDF by their first bytes', () => {
    expect(checkAttachment(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 100)).toMatchObject({
      ok: true,
      mimeType: 'image/jpeg',
      kind: 'photo',
    });
    expect(checkAttachment(samplePng(), 10_000)).toMatchObject({ ok: true, mimeType: 'image/png', kind: 'photo' });
    expect(checkAttachment(ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 100)).toMatchObject({
      mimeType: 'image/webp',
    });
    expect(checkAttachment(ascii('GIF89a....'), 100)).toMatchObject({ mimeType: 'image/gif' });
    expect(checkAttachment(samplePdf(), 10_000)).toMatchObject({ ok: true, mimeType: 'application/pdf', kind: 'file' });
  });

  it('refuses SVG, HTML, executables and anything named like an image but not one', () => {
    expect(checkAttachment(hostileSvg(), 10_000)).toEqual({ ok: false, reason: 'type' });
    expect(checkAttachment(ascii('<!doctype html><script>alert(1)</script>'), 10_000)).toEqual({
      ok: false,
      reason: 'type',
    });
    expect(checkAttachment(ascii('MZ\u0090\u0000'), 100)).toEqual({ ok: false, reason: 'type' });
    expect(checkAttachment(ascii('PK\u0003\u0004word/document.xml'), 100)).toEqual({ ok: false, reason: 'type' });
  });

  it('refuses an empty file and one over the limit before looking at its type', () => {
    expect(checkAttachment(new Uint8Array(), 100)).toEqual({ ok: false, reason: 'empty' });
    expect(checkAttachment(samplePng(), 10)).toEqual({ ok: false, reason: 'too_large' });
  });
});

describe('cleanFileName', () => {
  it('keeps the last part of a path, without control characters or quotes', () => {
    expect(cleanFileName('C:\\Users\\lan\\giấy "tờ".pdf', 'x')).toBe('giấy tờ.pdf');
    expect(cleanFileName('../../etc/passwd\u0000', 'x')).toBe('passwd');
    expect(cleanFileName('..', 'fallback.pdf')).toBe('fallback.pdf');
    expect(cleanFileName(undefined, 'photo-1.jpg')).toBe('photo-1.jpg');
  });
});
