import express, { type Router } from 'express';
import { readAttachment, sendAttachment } from '../attachments/index.ts';
import { findVisibleCase } from './find-visible-case.ts';
import type { InboxDeps } from './inbox-context.ts';

/**
 * A file on a case: served to staff who may see the case (the same check as the case page), and
 * only when it belongs to the case's person — a file id of another person answers 404.
 */
export function attachmentRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  router.get('/cases/:id/attachments/:file', async (req, res) => {
    const found = await findVisibleCase(deps, req, res, 'text');
    if (!found) return;
    const file = await readAttachment(deps.db, Number(req.params.file), found.request.contactId);
    if (!file) {
      res.status(404).type('text/plain').send(found.context.t('not_found'));
      return;
    }
    sendAttachment(res, file);
  });
  return router;
}
