import type { FetchResult } from '../channels.ts';

/** How long one download may take before it counts as a temporary failure. */
const TIMEOUT_MS = 30_000;

/**
 * Downloads a channel's file over HTTP(S), reading at most `maxBytes`: a larger file is refused
 * as soon as its Content-Length says so or its body passes the limit, never held whole. 5xx,
 * 429 and network trouble are temporary; other statuses permanent. `hide` is removed from any
 * error message (a bot token in the URL).
 */
export async function downloadFile(url: string, maxBytes: number, hide?: string): Promise<FetchResult> {
  const clean = (text: string) => (hide ? text.split(hide).join('[token]') : text);
  if (!/^https?:\/\//i.test(url)) return { ok: false, permanent: true, reason: 'not an http(s) address' };
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    return { ok: false, permanent: false, reason: clean(`network: ${error instanceof Error ? error.message : ''}`) };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const temporary = response.status >= 500 || response.status === 429 || response.status === 408;
    return { ok: false, permanent: !temporary, reason: `HTTP ${response.status}` };
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return { ok: false, tooLarge: true };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (response.body) {
      for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > maxBytes) {
          await response.body.cancel().catch(() => {});
          return { ok: false, tooLarge: true };
        }
        chunks.push(chunk);
      }
    }
  } catch (error) {
    return { ok: false, permanent: false, reason: clean(`network: ${error instanceof Error ? error.message : ''}`) };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
