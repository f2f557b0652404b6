import { readFileSync } from 'node:fs';
import cookieParser from 'cookie-parser';
import express, { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit';
import { ALLOWED_TYPES, checkAttachment, sendAttachment } from '../../src/attachments/index.ts';
import type { ChannelGate } from '../../src/channels.ts';
import { openEventStream, type LiveHub } from '../../src/live/index.ts';
import type { Logger } from '../../src/logger.ts';
import type { WebMessage } from '../../src/outbox/list-web-messages.ts';
import { isSameOrigin } from './is-same-origin.ts';
import { chatStrings, webLanguageOf } from './chat-strings.ts';
import { parseChatPost, toInboundMessage } from './parse-chat-post.ts';
import { renderChatPage } from './render-chat-page.ts';
import { conversationKey, readChatAddress, resolveChatAddress } from './resolve-chat-address.ts';

export type WebChatDeps = {
  /** Only receive: a post of the wrong shape is a 400 naming the field, nothing to set aside. */
  core: Pick<ChannelGate, 'receive'>;
  /** The delivered messages for an address after an id, oldest first (listWebMessages over the app's db). */
  listMessages: (address: string, afterId: number) => Promise<WebMessage[]>;
  /** The app's public URL: its origin is the only one allowed to post; the embed links to it. */
  baseUrl: string;
  logger: Logger;
  now?: () => Date;
  /** Messages one person may post per minute (default 20). */
  postsPerMinute?: number;
  /** Where the post limits count, by limit name: the database in the app, so every instance shares them. */
  limitStore: (name: string) => Store;
  /** Replies delivered to a conversation, from any instance: the page's stream. Without it the page polls. */
  live?: Pick<LiveHub, 'onWebChat'>;
  /**
   * Files: the largest a person may send, and a file of theirs (sent or received) by id, for the
   * chat address; null when it is not theirs. Without it the page sends no file.
   */
  files?: { maxBytes: number; read(address: string, id: number): Promise<WebChatFile | null> };
};

type WebChatFile = { id: number; bytes: Uint8Array; mimeType: string; name: string | null };

/** At most this many messages per GET; the page asks again while it gets a full page. */
export const WEB_PAGE_SIZE = 100;

const PROCEDURE_REF = /^[A-Za-z0-9_-]{1,64}$/;
const AFTER = /^\d{1,15}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');

/**
 * The web chat channel: the page at /chat, its API, and the embeddable script. A message from
 * the page goes to the core like a Telegram update (channel 'web', the cookie's address); replies
 * come back through the outbox, which the page reads. Routes are absolute (/chat…): mount the
 * router at the app's root.
 */
export function createWebChat({
  core,
  listMessages,
  baseUrl,
  logger,
  now = () => new Date(),
  postsPerMinute = 20,
  limitStore,
  live,
  files,
}: WebChatDeps): Router {
  const log = logger.child({ channel: 'web' });
  const base = new URL(baseUrl);
  const secure = base.protocol === 'https:';
  const basePath = base.pathname.replace(/\/$/, '');
  const widget = asset('chat-widget.js');
  const css = asset('chat.css');
  const appUrl = `${base.origin}${basePath}`;
  const embed = asset('embed.js')
    .replaceAll('https://HOIDAP_HOST', appUrl)
    .replace('__HOIDAP_CHAT_URL__', JSON.stringify(`${appUrl}/chat`));
  // Counted where limitStore keeps them (the database: every instance shares the counts).
  // Made-up cookies would each count as a new person, so the network address has a limit too,
  // looser for offices behind one NAT.
  const network = (req: Request) => `ip:${ipKeyGenerator(req.ip ?? '')}`;
  const perNetwork = limitPosts(postsPerMinute * 10, network, limitStore('web-chat-network'));
  const perPerson = limitPosts(
    postsPerMinute,
    (req) => readChatAddress(req, secure) ?? network(req),
    limitStore('web-chat-person'),
  );
  const router = Router();
  router.use(cookieParser());

  router.get('/chat', (req, res) => {
    const p = typeof req.query.p === 'string' && PROCEDURE_REF.test(req.query.p) ? req.query.p : undefined;
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      // frame-ancestors *: the page is meant to be embedded on agencies' sites (embed.js), and all a
      // framing page could make someone do is send a message in their own anonymous conversation.
      'Content-Security-Policy':
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors *",
      'Referrer-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(
      renderChatPage({
        language: webLanguageOf(req.query.lang),
        basePath,
        deepLink: p,
        embed: req.query.embed === '1',
        ...(files ? { maxFileBytes: files.maxBytes } : {}),
      }),
    );
  });
  router.get('/chat/widget.js', (_req, res) => sendAsset(res, 'text/javascript', widget));
  router.get('/chat/chat.css', (_req, res) => sendAsset(res, 'text/css', css));
  router.get('/chat/embed.js', (_req, res) => sendAsset(res, 'text/javascript', embed));

  // The page reads its messages here: at once when its stream (below) says a reply was delivered,
  // and by polling as the fallback: every 1.5 s while the stream is down and the page visible,
  // every 30 s while it is up (in case a signal was lost), 15 s when hidden. Any instance answers
  // from the database. The outbox has no index on (channel, address, id) yet; at volume add it.
  router.get('/chat/api/messages', async (req, res) => {
    const after =
      typeof req.query.after === 'string' && AFTER.test(req.query.after)
        ? Number(req.query.after)
        : req.query.after === undefined
          ? 0
          : null;
    if (after === null) {
      res.status(400).json({
        error: 'invalid_request',
        problems: ['after: expected the id of the last message shown (a whole number)'],
      });
      return;
    }
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    const address = readChatAddress(req, secure);
    if (address === undefined) {
      res.json({ conversation: null, messages: [], limit: WEB_PAGE_SIZE });
      return;
    }
    const messages = await listMessages(address, after);
    res.json({
      conversation: conversationKey(address),
      messages: messages.slice(0, WEB_PAGE_SIZE),
      limit: WEB_PAGE_SIZE,
    });
  });

  // Server-sent events: "reply" when a message to this person was delivered (any instance's outbox
  // worker signals it through PostgreSQL NOTIFY). Only a nudge: the page then reads the messages
  // above, so nothing is carried twice and a lost signal costs one poll interval. No cookie yet
  // (nothing sent), or no live updates here: 204, and the page keeps polling.
  router.get('/chat/api/stream', (req, res) => {
    const address = readChatAddress(req, secure, req.query.embed === '1');
    if (!live || address === undefined) {
      res.status(204).end();
      return;
    }
    res.set({ 'X-Content-Type-Options': 'nosniff' });
    const events = openEventStream(req, res);
    const stop = live.onWebChat(conversationKey(address), (signal) => {
      if (signal === 'closing') res.end();
      else events.send(signal, {});
    });
    events.onClose(stop);
  });

  // Cross-site posts are refused twice over: a form or a "simple" fetch from another site cannot
  // send application/json, and anything that can (a CORS request) carries an Origin that is not ours.
  const refuseCrossSite: RequestHandler = (req, res, next) => {
    if (!isSameOrigin(req, base.origin)) {
      log.warn({ origin: req.get('origin'), ip: req.ip }, 'web chat post from another origin refused');
      res.status(403).json({ error: 'forbidden', message: 'posts are accepted only from the chat page on this site' });
      return;
    }
    if (!req.is('application/json')) {
      res.status(415).json({ error: 'unsupported_media_type', message: 'expected Content-Type: application/json' });
      return;
    }
    next();
  };
  router.post(
    '/chat/api/messages',
    refuseCrossSite,
    express.json({ limit: '16kb' }),
    perNetwork,
    perPerson,
    async (req, res) => {
      const parsed = parseChatPost(req.body);
      if (!parsed.ok) {
        res.status(400).json({ error: 'invalid_request', problems: parsed.problems });
        return;
      }
      const address = resolveChatAddress(req, res, secure);
      const message = toInboundMessage(address, parsed.post, now());
      try {
        const { duplicate, rejected } = await core.receive(message);
        if (rejected) {
          res.status(400).json({ error: 'invalid_request', problems: [rejected] });
          return;
        }
        log.info(
          { channelMessageId: message.channelMessageId, duplicate, kind: message.content.type },
          'web chat message received',
        );
        res.status(202).json({ accepted: true, duplicate, conversation: conversationKey(address) });
      } catch (error) {
        log.error(
          { err: error, channelMessageId: message.channelMessageId },
          'web chat message not stored; the page will retry',
        );
        res.status(503).json({ error: 'unavailable', message: 'the message could not be stored; try again' });
      }
    },
  );

  // A file of the person's own (one they sent, or one staff sent them), by the chat cookie: a
  // file of anyone else answers 404 like one that does not exist.
  router.get('/chat/api/files/:id', async (req, res) => {
    const address = readChatAddress(req, secure, req.query.embed === '1');
    const file = files && address !== undefined ? await files.read(address, Number(req.params.id)) : null;
    if (!file) {
      res.status(404).set('X-Content-Type-Options', 'nosniff').json({ error: 'not_found' });
      return;
    }
    sendAttachment(res, file);
  });

  // A photo or PDF from the page: the raw file as the body, its type as Content-Type and its name in
  // X-File-Name; `clientId` (the page's id for it, reused when it retries) and `lang` in the query.
  // The same origin check and post limits as a message; the size is capped while reading, and the
  // type is decided by the file's first bytes, not by what the page says.
  const refuseCrossSiteFile: RequestHandler = (req, res, next) => {
    if (!files) {
      res.status(404).json({ error: 'not_found' });
      return;
    }
    if (!isSameOrigin(req, base.origin)) {
      log.warn({ origin: req.get('origin'), ip: req.ip }, 'web chat file from another origin refused');
      res.status(403).json({ error: 'forbidden', message: 'posts are accepted only from the chat page on this site' });
      return;
    }
    if (!ALLOWED_TYPES.some((type) => req.is(type))) {
      const lang = webLanguageOf(req.query.lang);
      res.status(415).json({ error: 'unsupported_media_type', message: chatStrings(lang).fileType });
      return;
    }
    next();
  };
  router.post(
    '/chat/api/files',
    refuseCrossSiteFile,
    perNetwork,
    perPerson,
    express.raw({ type: () => true, limit: files?.maxBytes ?? 0 }),
    async (req, res) => {
      const maxBytes = files?.maxBytes ?? 0;
      const lang = webLanguageOf(req.query.lang);
      const clientId = typeof req.query.clientId === 'string' ? req.query.clientId : '';
      if (!UUID.test(clientId)) {
        res
          .status(400)
          .json({ error: 'invalid_request', problems: ['clientId: expected a UUID made by the page for this file'] });
        return;
      }
      const bytes: unknown = req.body;
      const checked = checkAttachment(Buffer.isBuffer(bytes) ? bytes : new Uint8Array(), maxBytes);
      if (!Buffer.isBuffer(bytes) || !checked.ok) {
        const tooLarge = !checked.ok && checked.reason === 'too_large';
        res.status(tooLarge ? 413 : 415).json({
          error: tooLarge ? 'too_large' : 'unsupported_media_type',
          message: chatStrings(lang, maxBytes)[tooLarge ? 'fileTooLarge' : 'fileType'],
        });
        return;
      }
      const name = fileNameOf(req.get('x-file-name'));
      const address = resolveChatAddress(req, res, secure);
      const message = toInboundMessage(address, { clientId, lang, file: { kind: checked.kind, name } }, now());
      try {
        const { duplicate, rejected, attachmentId } = await core.receive(message, { bytes, name });
        if (rejected) {
          res.status(400).json({ error: 'invalid_request', problems: [rejected] });
          return;
        }
        log.info(
          { channelMessageId: message.channelMessageId, duplicate, size: bytes.byteLength },
          'web chat file received',
        );
        res.status(202).json({
          accepted: true,
          duplicate,
          conversation: conversationKey(address),
          ...(attachmentId !== undefined ? { file: { id: attachmentId, kind: checked.kind, name } } : {}),
        });
      } catch (error) {
        log.error(
          { err: error, channelMessageId: message.channelMessageId },
          'web chat file not stored; the page will retry',
        );
        res.status(503).json({ error: 'unavailable', message: 'the file could not be stored; try again' });
      }
    },
  );

  // Body-parser errors on the chat's API answer in the API's shape instead of the app's generic one.
  const onBodyError: ErrorRequestHandler = (error, req, res, next) => {
    const status =
      typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
        ? error.status
        : 0;
    if (!req.path.startsWith('/chat/api/') || status < 400 || status >= 500) {
      next(error);
      return;
    }
    if (status === 413 && req.path === '/chat/api/files') {
      const lang = webLanguageOf(req.query.lang);
      res.status(413).json({ error: 'too_large', message: chatStrings(lang, files?.maxBytes).fileTooLarge });
      return;
    }
    res.status(status).json({
      error: 'invalid_request',
      problems: [status === 413 ? 'body: expected at most 16 kB' : 'body: expected valid JSON'],
    });
  };
  router.use(onBodyError);
  return router;
}

/** Posts allowed per minute for a key; over it, a polite 429 in the page's language. */
function limitPosts(perMinute: number, key: (req: Request) => string, store: Store): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    store,
    // A counter the database cannot write does not refuse the post: the post itself then fails
    // or succeeds on its own merits.
    passOnStoreError: true,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: key,
    handler: (req, res) => {
      const body: unknown = req.body;
      const lang = typeof body === 'object' && body !== null ? Reflect.get(body, 'lang') : undefined;
      res.status(429).json({ error: 'rate_limited', message: chatStrings(webLanguageOf(lang)).rateLimited });
    },
  });
}

function sendAsset(res: Response, type: string, body: string): void {
  res
    .set({
      'Content-Type': `${type}; charset=utf-8`,
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(body);
}

/** The name the page sent (encodeURIComponent'd), or none; cleaned again where the file is stored. */
function fileNameOf(header: string | undefined): string {
  if (!header) return '';
  try {
    return decodeURIComponent(header).slice(0, 200);
  } catch {
    return '';
  }
}
