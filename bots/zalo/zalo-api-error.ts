/**
 * What went wrong talking to Zalo:
 * - `api`: Zalo answered with an error body (`error !== 0`, or OAuth's `error_name`/`error_reason`), often with HTTP 200;
 * - `http`: a non-2xx answer without a Zalo error body (a proxy's 502, a wrong base URL's 404);
 * - `network`: no answer at all (connection refused, reset, or our timeout);
 * - `unexpected`: a 2xx answer whose body does not have the documented shape.
 */
export type ZaloErrorKind = 'api' | 'http' | 'network' | 'unexpected';

export class ZaloApiError extends Error {
  override readonly name = 'ZaloApiError';
  readonly kind: ZaloErrorKind;
  /** Zalo's negative `error` code (-32, -230, …); null when Zalo gave none. */
  readonly code: number | null;
  /** null when no HTTP answer arrived. */
  readonly httpStatus: number | null;

  constructor(details: {
    kind: ZaloErrorKind;
    code?: number | null;
    message: string;
    httpStatus?: number | null;
    cause?: unknown;
  }) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = details.kind;
    this.code = details.code ?? null;
    this.httpStatus = details.httpStatus ?? null;
  }
}
