import express, { type RequestHandler, type Response as ExpressResponse } from 'express';

/** A file sent with a form (the reply's attachment), as the route reads it: res.locals.upload. */
export type Upload = { name: string; bytes: Uint8Array };

/**
 * Reads a multipart/form-data post (a form with a file) into req.body's fields and one file, before
 * the CSRF check reads the form's token from the body, the same as for every other form. The body
 * is capped at the largest file allowed plus room for the fields; a larger one is a 413 before
 * anything is parsed. Other posts pass untouched to the usual parsers.
 */
export function parseUpload(maxFileBytes: number): RequestHandler {
  const raw = express.raw({ type: 'multipart/form-data', limit: maxFileBytes + 128 * 1024 });
  return (req, res, next) => {
    if (req.method !== 'POST' || !req.is('multipart/form-data')) return next();
    raw(req, res, (error?: unknown) => {
      if (error) {
        const status = typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : undefined;
        if (status === 413) {
          res
            .status(413)
            .type('text/plain')
            .send(`The file is too large: at most ${Math.round(maxFileBytes / 1024 / 1024)} MB.`);
          return;
        }
        return next(error);
      }
      readForm(req.body, req.get('content-type') ?? '', res)
        .then((fields) => {
          req.body = fields;
          next();
        })
        .catch(() => {
          res.status(400).type('text/plain').send('The form could not be read.');
        });
    });
  };
}

async function readForm(body: unknown, contentType: string, res: ExpressResponse): Promise<Record<string, string>> {
  if (!Buffer.isBuffer(body)) return {};
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') {
      fields[key] = value;
    } else if (value.size > 0 && res.locals.upload === undefined) {
      const upload: Upload = { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
      res.locals.upload = upload;
    }
  }
  return fields;
}

/** The file of this post, if one was sent. */
export function uploadOf(res: ExpressResponse): Upload | null {
  const upload: unknown = res.locals.upload;
  if (typeof upload !== 'object' || upload === null) return null;
  const name: unknown = Reflect.get(upload, 'name');
  const bytes: unknown = Reflect.get(upload, 'bytes');
  return typeof name === 'string' && bytes instanceof Uint8Array ? { name, bytes } : null;
}
