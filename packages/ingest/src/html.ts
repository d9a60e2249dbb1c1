import { Readability } from '@mozilla/readability';
import { convert, type HtmlToTextOptions } from 'html-to-text';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from './metadata';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 },
}));

// Block-aware HTML → plain text: one paragraph per block, links as their text only,
// no images, no page furniture.
const TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...HEADINGS,
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'figure', format: 'skip' },
    { selector: 'nav', format: 'skip' },
    { selector: 'header', format: 'skip' },
    { selector: 'footer', format: 'skip' },
    { selector: 'aside', format: 'skip' },
    { selector: 'form', format: 'skip' },
    { selector: 'button', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '' } },
    { selector: 'table', format: 'dataTable' },
  ],
};

export function htmlToPlainText(html: string): string {
  return convert(html, TO_TEXT);
}

/**
 * The article of a web page: Mozilla Readability finds the main content (as Firefox's
 * reader view does); when it finds none, the whole body without page furniture is used.
 */
export function extractHtmlArticle(html: string): { text: string; meta: ArticleMeta } {
  const { document } = parseHTML(html);
  const meta: ArticleMeta = {
    title: metaContent(document, 'property', 'og:title'),
    publisher: metaContent(document, 'property', 'og:site_name'),
    author: metaContent(document, 'name', 'author'),
    published_at:
      metaContent(document, 'property', 'article:published_time') ??
      metaContent(document, 'name', 'date') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, 'property', 'og:url'),
    language: document.documentElement?.getAttribute('lang') ?? null,
  };
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (article?.content && (article.textContent ?? '').trim().length > 0) {
    return {
      text: htmlToPlainText(article.content),
      meta: { ...meta, title: meta.title ?? (article.title || pageTitle), author: meta.author ?? article.byline ?? null },
    };
  }
  return { text: htmlToPlainText(html), meta: { ...meta, title: meta.title ?? pageTitle } };
}

function metaContent(document: ReturnType<typeof parseHTML>['document'], attr: string, name: string): string | null {
  const value = document.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content')?.trim();
  return value || null;
}
