import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, raw, safeHref } from '../../src/html.ts';

describe('html escaping', () => {
  it('escapes every interpolated value and keeps only raw or nested html', () => {
    const hostile = `<script>alert("x")</script>' onmouseover='1`;
    const out =
      html`<p title="${hostile}">${hostile}${html`<b>${'&'}</b>`}${raw('<svg></svg>')}${['<i>', null, false, undefined]}${3}</p>`
        .value;
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;1">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;1<b>&amp;</b><svg></svg>&lt;i&gt;3</p>',
    );
    expect(escapeHtml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;');
  });

  it('lets only http(s) URLs and site paths become links', () => {
    expect(safeHref('https://dichvucong.gov.vn/p/home')).toBe('https://dichvucong.gov.vn/p/home');
    expect(safeHref('/thu-tuc/P16')).toBe('/thu-tuc/P16');
    expect(safeHref('javascript:alert(1)')).toBe('#');
    expect(safeHref('//evil.example/')).toBe('#');
  });

  it('writes JSON that cannot close the script block it sits in', () => {
    const out = jsonForScript({ text: '</script><script>alert(1)</script>\u2028' }).value;
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out)).toEqual({ text: '</script><script>alert(1)</script>\u2028' });
  });
});
