import type { Catalogue } from '../create-catalogue.ts';
import type { PageContext } from '../create-page-context.ts';
import { html, type SafeHtml } from '../../html.ts';
import { FORM_TOKEN_FIELD } from '../../protect-forms.ts';

export const FORM_FIELDS = ['name', 'contact', 'question', 'is_business', 'tax_code', 'agency'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** What the form shows: the values typed (kept after an error), the fields in error, a failed-to-send note. */
export type FormState = { values: Partial<Record<FormField, string>>; errors: FormField[]; unavailable?: boolean };

export const EMPTY_FORM: FormState = { values: {}, errors: [] };

/** The public question form (R3): it files a request on the tracker like any chat channel. */
export function renderQuestionForm(page: PageContext, catalogue: Catalogue, token: string, state: FormState): SafeHtml {
  const { t, language } = page;
  const value = (field: FormField) => state.values[field] ?? '';
  const invalid = (field: FormField) => state.errors.includes(field);
  const describe = (field: FormField, hint: boolean) => {
    const ids = [hint ? `${field}-hint` : '', invalid(field) ? `${field}-error` : ''].filter((id) => id !== '');
    return html`${ids.length > 0 ? html` aria-describedby="${ids.join(' ')}"` : ''}${invalid(field) ? html` aria-invalid="true"` : ''}`;
  };
  const error = (field: FormField) =>
    invalid(field) ? html`<p class="field-error" id="${field}-error">${t(`form.errors.${field}`)}</p>` : '';
  return html`<section aria-labelledby="ask-title" class="card">
<h2 id="ask-title">${t('form.title')}</h2>
<p>${t('form.intro')}</p>
${state.errors.length > 0 ? html`<p class="error" role="alert">${t('form.errors.summary')}</p>` : ''}
${state.unavailable ? html`<p class="error" role="alert">${t('form.unavailable')}</p>` : ''}
<form method="post" action="/hoi-dap" novalidate>
<input type="hidden" name="${FORM_TOKEN_FIELD}" value="${token}">
<p><label for="name">${t('form.name')}</label>
<input id="name" name="name" type="text" required maxlength="100" autocomplete="name" value="${value('name')}"${describe('name', false)}>${error('name')}</p>
<p><label for="contact">${t('form.contact')}</label>
<input id="contact" name="contact" type="text" required maxlength="200" autocomplete="email" value="${value('contact')}"${describe('contact', true)}>
<span class="muted" id="contact-hint">${t('form.contactHint')}</span>${error('contact')}</p>
<p><label for="question">${t('form.question')}</label>
<textarea id="question" name="question" required minlength="10" maxlength="4000"${describe('question', true)}>${value('question')}</textarea>
<span class="muted" id="question-hint">${t('form.questionHint')}</span>${error('question')}</p>
<p class="check"><input id="is_business" name="is_business" type="checkbox" value="on"${value('is_business') === 'on' ? ' checked' : ''}>
<label for="is_business">${t('form.isBusiness')}</label></p>
<p><label for="tax_code">${t('form.taxCode')}</label>
<input id="tax_code" name="tax_code" type="text" inputmode="numeric" maxlength="20" value="${value('tax_code')}"${describe('tax_code', true)}>
<span class="muted" id="tax_code-hint">${t('form.taxCodeHint')}</span>${error('tax_code')}</p>
<p><label for="agency">${t('form.agency')}</label>
<select id="agency" name="agency"${describe('agency', false)}><option value="">${t('form.agencyUnknown')}</option>${catalogue.agencies.map(
    (agency) =>
      html`<option value="${agency.id}"${agency.id === value('agency') ? ' selected' : ''}>${agency.name[language]}</option>`,
  )}</select>${error('agency')}</p>
<p class="muted">${t('form.privacy')}</p>
<p><button type="submit">${t('form.submit')}</button></p>
</form>
</section>`;
}
