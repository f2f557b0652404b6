import { escapeHtml, raw, type SafeHtml } from '../html.ts';

/**
 * The Markdown notes under a procedure's or document's front-matter, as HTML. Content editors
 * use only headings, bullet lists, paragraphs, **bold** and `code`, so this small subset is
 * enough; every line is escaped before the few markers are turned into tags.
 */
export function renderNotes(markdown: string): SafeHtml {
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join(' ')}</p>`);
    if (list.length > 0) out.push(`<ul class="list">${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    paragraph = [];
    list = [];
  };
  for (const line of markdown.split('\n')) {
    const text = line.trim();
    const heading = /^#{1,6}\s+(.*)$/.exec(text);
    const item = /^[-*]\s+(.*)$/.exec(text);
    if (text === '') {
      flush();
    } else if (heading) {
      flush();
      out.push(`<h3>${inline(heading[1] ?? '')}</h3>`);
    } else if (item) {
      if (paragraph.length > 0) flush();
      list.push(inline(item[1] ?? ''));
    } else if (list.length > 0 && /^\s/.test(line)) {
      // A wrapped list item continues on an indented line.
      list[list.length - 1] += ` ${inline(text)}`;
    } else {
      if (list.length > 0) flush();
      paragraph.push(inline(text));
    }
  }
  flush();
  return raw(out.join('\n'));
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}
