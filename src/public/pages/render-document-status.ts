import type { LegalDocument } from '../../kb/index.ts';
import type { Catalogue } from '../create-catalogue.ts';
import type { PageContext } from '../create-page-context.ts';
import { html, type SafeHtml } from '../../html.ts';

/** The status badge, and links to what replaced or amended the document (or what it replaced). */
export function renderDocumentStatus(page: PageContext, catalogue: Catalogue, doc: LegalDocument): SafeHtml {
  const { t } = page;
  const link = (id: string) => {
    const other = catalogue.document(id);
    return other ? html`<a href="/van-ban/${other.id}">${other.type} ${other.number}</a>` : html`${id}`;
  };
  const join = (ids: string[]) => ids.map((id, position) => html`${position > 0 ? ', ' : ''}${link(id)}`);
  return html`<span class="badge ${doc.status}">${t(`status.${doc.status}`)}</span>
${doc.replaced_by ? html`<span class="relation">${t('documents.replacedBy')} ${link(doc.replaced_by)}</span>` : ''}
${doc.amended_by.length > 0 ? html`<span class="relation">${t('documents.amendedBy')} ${join(doc.amended_by)}</span>` : ''}
${doc.replaces.length > 0 ? html`<span class="relation muted">${t('documents.replaces')} ${join(doc.replaces)}</span>` : ''}`;
}

/** The document's title in the page's language. */
export function documentTitle(page: PageContext, doc: LegalDocument): string {
  return page.language === 'en' ? doc.title_en : doc.title;
}
