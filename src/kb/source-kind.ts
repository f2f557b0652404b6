/**
 * Official sources are the State's own publications: the national and provincial public-service
 * portals and any other *.gov.vn site, the legal-document database (vbpl.vn), the government
 * gazette and the Government's and National Assembly's portals. Everything else (legal databases,
 * newspapers, law firms) is secondary: useful, but not what a citizen should rely on alone.
 */
const OFFICIAL_HOST = /(^|\.)(gov\.vn|vbpl\.vn|congbao\.chinhphu\.vn|chinhphu\.vn|quochoi\.vn)$/;
/** Publishers an editor may cite as secondary: legal databases, newspapers, law firms. */
const KNOWN_SECONDARY =
  /(^|\.)(thuvienphapluat\.(vn|com)|dantri\.com\.vn|luatvietnam\.vn|vanbanphapluat\.co|hethongphapluat\.(vn|com)|nld\.com\.vn|plo\.vn|laodong\.vn|thanhnien\.vn|tuoitre\.vn|vnexpress\.net|vneconomy\.vn|baochinhphu\.vn)$|^(www\.)?(luat|law|bao)/;
const BARE_IP = /^\d{1,3}(\.\d{1,3}){3}$|^\[[0-9a-f:]+\]$/i;

export type SourceKind = 'official' | 'secondary';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function sourceKind(url: string): SourceKind {
  return OFFICIAL_HOST.test(hostOf(url)) ? 'official' : 'secondary';
}

/** Official sources first, each group in the order the content lists it. */
export function officialFirst(urls: readonly string[]): Array<{ url: string; kind: SourceKind }> {
  const labelled = urls.map((url) => ({ url, kind: sourceKind(url) }));
  return [...labelled.filter((s) => s.kind === 'official'), ...labelled.filter((s) => s.kind === 'secondary')];
}

/**
 * Why an editor should look at a source again, or null: a bare IP address, or a site that is
 * neither official nor a known legal database, newspaper or law firm (a visa agent's or a shop's
 * page is no source for a procedure). A warning for kb:check, never a failure.
 */
export function sourceConcern(url: string): string | null {
  const host = hostOf(url);
  if (host === '') return 'not a valid URL';
  if (BARE_IP.test(host)) return 'a bare IP address, not a publisher';
  if (sourceKind(url) === 'official' || KNOWN_SECONDARY.test(host)) return null;
  return `${host} is neither official nor a known legal database, newspaper or law firm: replace it with an official source or check it`;
}
