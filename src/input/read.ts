import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../pipeline/stage.ts';
import { extractHtml, looksLikeHtml } from './html.ts';

/** Largest document relata accepts: far above any news article, far below what would exhaust memory. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface RawDocument {
  text: string;
  origin: string;
  title?: string;
  url?: string;
  outlet?: string;
  /** Publication date found in the input itself (HTML metadata), YYYY-MM-DD. */
  published?: string;
}

/** Reads a file path, an http(s) URL or "-" (standard input) into plain text. */
export async function readInput(source: string): Promise<RawDocument> {
  if (/^https?:\/\//i.test(source)) return fromBytes(await fetchUrl(source), source, source);
  if (source === '-') return fromBytes(await readStdin(), '-');
  return fromBytes(readPath(source), source);
}

function readPath(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a directory`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  if (size > MAX_DOCUMENT_BYTES) throw tooLarge(path, size);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > MAX_DOCUMENT_BYTES) throw tooLarge('standard input', size);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function fetchUrl(url: string): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new InputError(`cannot fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new InputError(`cannot fetch ${url}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_DOCUMENT_BYTES) throw tooLarge(url, length);
  const body = Buffer.from(await response.arrayBuffer());
  if (body.length > MAX_DOCUMENT_BYTES) throw tooLarge(url, body.length);
  return body;
}

function tooLarge(what: string, size: number): InputError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new InputError(
    `${what} is too large (${mb(size)}; the limit is ${mb(MAX_DOCUMENT_BYTES)} per document)`,
  );
}

/** Decodes UTF-8 strictly; rejects binary content. */
export function decodeText(bytes: Buffer, origin: string): string {
  if (bytes.length === 0) throw new InputError(`${origin} is empty`);
  if (bytes.includes(0)) throw new InputError(`${origin} looks like a binary file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Latin-1 news exports exist; accept them only when they are plainly text.
    text = bytes.toString('latin1');
    if (/[\u0080-\u009F]/.test(text)) throw new InputError(`${origin} is neither UTF-8 nor Latin-1 text`);
  }
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (controls > text.length / 100) throw new InputError(`${origin} looks like a binary file`);
  if (text.trim().length === 0) throw new InputError(`${origin} has no text`);
  return text;
}

function fromBytes(bytes: Buffer, origin: string, url?: string): RawDocument {
  const text = decodeText(bytes, origin);
  if (looksLikeHtml(text)) {
    const page = extractHtml(text, url);
    if (!page.text.trim()) throw new InputError(`${origin}: no article text found in the HTML`);
    return { ...page, origin, url: page.url ?? url };
  }
  return { text, origin, url };
}
