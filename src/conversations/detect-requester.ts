import { fold } from '../kb/normalize.ts';

export type RequesterSignal = { business: true; taxCode: string | null } | null;

// Said by someone asking for a business: "công ty tôi/em/mình/chúng tôi", "bên DN", "hộ kinh
// doanh", "HTX", "FDI", "our company"… Matched on folded text (accents optional).
const BUSINESS = [
  /\b(cong ty|cty|doanh nghiep|dn)( cua)? (toi|em|minh|chung toi|chung em|ben toi|ben em|ben minh)\b/,
  /\bben (cong ty|cty|doanh nghiep|dn)\b/,
  /\b(toi|em|minh|chung toi|chung em) (la|dai dien|thay mat) (cho )?(mot )?(cong ty|cty|doanh nghiep|ho kinh doanh|htx|hop tac xa)\b/,
  /\b(ho kinh doanh|hkd|htx|hop tac xa|fdi|doanh nghiep co von|von dau tu nuoc ngoai)\b/,
  /\b(our|my) (company|firm|business|factory|enterprise|employer|organisation|organization|shop|store)\b/,
  /\bwe are an? ([a-z-]+ ){0,3}(company|firm|business|manufacturer|enterprise|employer|factory|exporter|importer|distributor|retailer)\b/,
];
// An employee talking about the company they work or worked for is not a business asking.
const EMPLOYEE = [
  /\bbi (cong ty|cty|doanh nghiep|dn)\b/,
  /\b(cong ty|cty|doanh nghiep) cu\b/,
  /\b(toi|em|minh) (da |vua |moi )?(nghi viec|bi sa thai|bi cho nghi|lam (o|tai|cho) (cong ty|cty))\b/,
  /\b(no luong|sa thai|cham dut hop dong lao dong voi toi)\b/,
];
// A tax code: 10 digits, or 10-3 for a branch. A bare 10-digit number may be a phone number, so
// it counts only after "MST", "mã số thuế" or "tax code"; the 13-digit branch form stands alone.
const TAX_CODE_CUED = /\b(?:mst|ma so thue|tax code|tax id|tin)\s*[:.]?\s*(\d{10}(?:-\d{3})?)\b/;
const BRANCH_TAX_CODE = /\b(\d{10}-\d{3})\b/;

/** Whether a message says it is written for a business (and its tax code when given). */
export function detectRequester(text: string): RequesterSignal {
  const folded = fold(text);
  const taxCode = TAX_CODE_CUED.exec(folded)?.[1] ?? BRANCH_TAX_CODE.exec(folded)?.[1] ?? null;
  if (taxCode) return { business: true, taxCode };
  if (EMPLOYEE.some((pattern) => pattern.test(folded))) return null;
  return BUSINESS.some((pattern) => pattern.test(folded)) ? { business: true, taxCode: null } : null;
}
