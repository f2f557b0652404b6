import { and, eq } from 'drizzle-orm';
import express, { type Router } from 'express';
import type { Db } from '../db/client.ts';
import { attachments } from './attachment-tables.ts';
import { sendAttachment } from './send-attachment.ts';

/** The public address of a picture staff sent to a channel that fetches pictures by address (Zalo). */
export const PUBLIC_FILE_PATH = '/files';
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * `GET /files/:token`: a picture staff sent on a channel that takes pictures only by address
 * (Zalo's media message). The token is 192 random bits made for that one file, so only who was
 * sent the address can read it; only pictures staff sent are served, never what a person sent,
 * with the same headers as the inbox's files (nosniff, a sandboxing CSP). Erasure removes it.
 */
export function publicFileRoutes(db: Db): Router {
  const router = express.Router();
  router.get(`${PUBLIC_FILE_PATH}/:token`, async (req, res) => {
    const token = req.params.token;
    const [file] = TOKEN.test(token)
      ? await db
          .select()
          .from(attachments)
          .where(
            and(eq(attachments.publicToken, token), eq(attachments.direction, 'out'), eq(attachments.status, 'stored')),
          )
      : [];
    if (!file?.bytes || !file.mimeType?.startsWith('image/')) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    sendAttachment(res, { ...file, bytes: file.bytes, mimeType: file.mimeType });
  });
  return router;
}
