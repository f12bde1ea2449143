// Find in a PDF: the number of matches on each page (case and accents ignored), from pdf.js's
// text content, and marking them in a rendered text layer.
import { findMatches } from '../../workspace/find-matches';
import type { PdfDocument } from './pdf-loader';

export async function pageTexts(doc: PdfDocument): Promise<string[]> {
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return texts;
}

export function countMatches(texts: string[], query: string): number[] {
  return texts.map((text) => findMatches(text, query).length);
}

/** Wraps each match inside the text layer's spans in <mark> (a match split across spans is not). */
export function markMatches(textLayer: HTMLElement, query: string): void {
  for (const old of textLayer.querySelectorAll('mark.find-match')) old.replaceWith(...old.childNodes);
  textLayer.normalize();
  if (!query.trim()) return;
  for (const span of textLayer.querySelectorAll('span')) {
    const node = span.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE || span.childNodes.length !== 1) continue;
    const text = node.textContent ?? '';
    const matches = findMatches(text, query);
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    for (const [start, end] of matches) {
      fragment.append(text.slice(cursor, start));
      const mark = document.createElement('mark');
      mark.className = 'find-match';
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      cursor = end;
    }
    fragment.append(text.slice(cursor));
    span.replaceChildren(fragment);
  }
}
