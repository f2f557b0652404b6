import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvent, parseRawJson } from '../../bots/zalo/index.ts';

const fixture = (file: string) =>
  parseRawJson(readFileSync(new URL(`../fixtures/zalo/${file}`, import.meta.url), 'utf8'));

const base = {
  event_name: 'user_send_text',
  app_id: '2553928453557884079',
  sender: { id: '6142494823123456789' },
  recipient: { id: '3662729599332560487' },
  timestamp: '1699003990000',
};
const event = (eventName: string, message: object) => ({ ...base, event_name: eventName, message });

describe('parseEvent on the fixtures', () => {
  it('user_send_text → text, msg_id as the dedupe key, ids kept as strings', () => {
    expect(parseEvent(fixture('user-send-text.json'))).toEqual({
      channel: 'zalo',
      channelMessageId: 'cb31dff1c39642cc1b83',
      address: '6142494823xxxxxxxx',
      sentAt: new Date(1699003881354),
      content: { type: 'text', text: 'Chào A4B' },
    });
  });

  it('user_send_image → photo attachment with the full-size url and the caption', () => {
    expect(parseEvent(fixture('user-send-image.json'))).toEqual({
      channel: 'zalo',
      channelMessageId: 'd1a2b3c4e5f60718293a',
      address: '6142494823123456789',
      sentAt: new Date(1699003990000),
      content: {
        type: 'attachment',
        kind: 'photo',
        caption: 'hồ sơ của tôi',
        reference: 'https://example.invalid/full.jpg',
      },
    });
  });

  it('follow → a start action so the bot welcomes, with a stable id built from the event', () => {
    const first = parseEvent(fixture('follow.json'));
    expect(first).toEqual({
      channel: 'zalo',
      channelMessageId: 'follow:6142494823123456789:1699003800000',
      address: '6142494823123456789',
      sentAt: new Date(1699003800000),
      content: { type: 'action', action: { type: 'start' } },
    });
    expect(parseEvent(fixture('follow.json'))).toEqual(first);
  });
});

describe('parseEvent on the other documented events', () => {
  it('maps each attachment event to its kind', () => {
    const cases: Array<[string, string]> = [
      ['user_send_file', 'file'],
      ['user_send_audio', 'voice'],
      ['user_send_video', 'video'],
      ['user_send_sticker', 'sticker'],
      ['user_send_link', 'other'],
    ];
    for (const [eventName, kind] of cases) {
      const parsed = parseEvent(
        event(eventName, {
          msg_id: `m-${eventName}`,
          attachments: [{ type: 'x', payload: { url: 'https://example.invalid/x' } }],
        }),
      );
      expect(parsed).toMatchObject({
        channelMessageId: `m-${eventName}`,
        content: { type: 'attachment', kind, reference: 'https://example.invalid/x' },
      });
    }
  });

  it('user_send_file without text takes the file name as caption', () => {
    const parsed = parseEvent(
      event('user_send_file', {
        msg_id: 'f1',
        attachments: [
          { type: 'file', payload: { url: 'https://example.invalid/f.pdf', name: 'don-xin.pdf', size: '12345' } },
        ],
      }),
    );
    expect(parsed).toMatchObject({
      content: {
        type: 'attachment',
        kind: 'file',
        caption: 'don-xin.pdf',
        reference: 'https://example.invalid/f.pdf',
        name: 'don-xin.pdf',
      },
    });
  });

  it('user_send_location → a geo: reference from the coordinates', () => {
    const parsed = parseEvent(
      event('user_send_location', {
        msg_id: 'l1',
        text: 'UBND phường',
        attachments: [
          { type: 'location', payload: { coordinates: { latitude: '10.7923119', longitude: '106.7820651' } } },
        ],
      }),
    );
    expect(parsed).toMatchObject({
      content: {
        type: 'attachment',
        kind: 'location',
        caption: 'UBND phường',
        reference: 'geo:10.7923119,106.7820651',
      },
    });
  });

  it('a sticker without url keeps its id as the reference', () => {
    const parsed = parseEvent(
      event('user_send_sticker', { msg_id: 's1', attachments: [{ type: 'sticker', payload: { id: 'abc123' } }] }),
    );
    expect(parsed).toMatchObject({ content: { type: 'attachment', kind: 'sticker', reference: 'abc123' } });
  });

  it('keeps an id sent as a bare JSON number exact (beyond 2^53)', () => {
    const raw =
      '{"event_name":"user_send_text","sender":{"id":6142494823123456789},"message":{"text":"hi","msg_id":"m1"},"timestamp":1699003881354}';
    expect(String(JSON.parse(raw).sender.id)).not.toBe('6142494823123456789');
    expect(parseEvent(parseRawJson(raw))).toMatchObject({
      address: '6142494823123456789',
      sentAt: new Date(1699003881354),
    });
  });

  it('"#P16" stays text: procedure codes are the core’s to read, Zalo documents no deep-link payload', () => {
    expect(parseEvent(event('user_send_text', { msg_id: 'p', text: ' #P16 ' }))).toMatchObject({
      content: { type: 'text', text: '#P16' },
    });
  });
});

describe('parseEvent ignores what carries no message, never throwing', () => {
  it.each([
    ['unfollow', { event_name: 'unfollow', follower: { id: '1' }, timestamp: '1' }, 'unfollow'],
    [
      'user_seen_message',
      { event_name: 'user_seen_message', sender: { id: 'oa' }, timestamp: '1' },
      'user_seen_message',
    ],
    ['user_received_message', { event_name: 'user_received_message', timestamp: '1' }, 'user_received_message'],
    ['anonymous_send_text', { event_name: 'anonymous_send_text', message: { text: 'x' } }, 'anonymous_send_text'],
    ['unknown', { event_name: 'oa_send_text', message: {} }, 'oa_send_text'],
    ['no event_name', { hello: 'world' }, 'no event_name'],
    ['not an object', 'plain string', 'no event_name'],
  ])('%s', (_name, body, mention) => {
    const parsed = parseEvent(body);
    expect(parsed).toHaveProperty('ignored');
    expect('ignored' in parsed && parsed.ignored).toContain(mention);
  });

  it('a known event with a broken shape is ignored with the problem', () => {
    const parsed = parseEvent(event('user_send_text', { text: 'no id' }));
    expect(parsed).toEqual({
      ignored: expect.stringContaining('user_send_text: malformed (message.msg_id'),
      malformed: true,
    });
    expect(parseEvent(event('user_send_text', { msg_id: 'm', text: '   ' }))).toEqual({
      ignored: 'user_send_text: empty text',
    });
    expect(parseEvent({ event_name: 'follow', timestamp: '1' })).toEqual({
      ignored: expect.stringContaining('follow: malformed'),
      malformed: true,
    });
  });
});

describe('parseRawJson', () => {
  it('quotes only unsafe integers outside strings', () => {
    expect(
      parseRawJson(
        '{"a":12345678901234567890,"b":"12345678901234567890","c":42,"d":-9007199254740993,"e":1.5e300,"f":"x\\"9007199254740993"}',
      ),
    ).toEqual({
      a: '12345678901234567890',
      b: '12345678901234567890',
      c: 42,
      d: '-9007199254740993',
      e: 1.5e300,
      f: 'x"9007199254740993',
    });
    expect(() => parseRawJson('{"a":')).toThrow(SyntaxError);
  });
});
