import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|body|article|h[1-6]|span|a|br)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

export interface HtmlArticle {
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
}

/** Main article text via Mozilla Readability; paragraphs become lines, the title the first line. */
export function extractHtml(html: string, url?: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string) =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const published = isoDay(
    meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[itemprop="datePublished"]') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  const outlet = meta('meta[property="og:site_name"]');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const root = parseHTML(
    `<html><body>${article?.content ?? document.body?.innerHTML ?? ''}</body></html>`,
  ).document;
  const blocks = [...root.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, figcaption')]
    .filter((el) => !el.querySelector('p, li, blockquote'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const title = (article?.title || document.querySelector('title')?.textContent || '').trim() || undefined;
  const body = blocks.length ? blocks : [(root.body?.textContent ?? '').replace(/\s+/g, ' ').trim()];
  const lines = title && body[0] !== title ? [title, ...body] : body;
  return { text: `${lines.join('\n')}\n`, title, url: canonical ?? undefined, outlet, published };
}

function isoDay(value: string | undefined): string | undefined {
  const m = value?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m?.[1];
}
