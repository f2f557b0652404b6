import { timingSafeEqual } from 'node:crypto';

/** Whether two secrets (a form token, an OAuth state) are equal, compared in constant time; empty never matches. */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
