// Small HTTP pieces of the publishing routes: JSON in and out, and public files with a strong ETag.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PUBLIC_HEADERS } from './editions.ts';

export interface PublicFile {
  body: Buffer;
  etag: string;
}

/** A strong validator from the bytes themselves: equal bytes, equal tag, on every receiver. */
export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** A public file: open CORS (no credentials), revalidated each time, `304` when the tag still matches. */
export function sendPublic(request: IncomingMessage, response: ServerResponse, type: string, file: PublicFile, headers: Record<string, string> = {}): void {
  const common = { ...PUBLIC_HEADERS, ...headers, ETag: file.etag };
  if (matches(request.headers['if-none-match'], file.etag)) {
    response.writeHead(304, common);
    return void response.end();
  }
  response.writeHead(200, { ...common, 'Content-Type': type, 'Content-Length': file.body.length });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/** `If-None-Match` uses the weak comparison (RFC 9110, 13.1.2): `W/"x"` matches `"x"`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Reads a JSON body of at most `limit` bytes (checked on Content-Length and while it streams in). */
export async function readJson(request: IncomingMessage, limit: number, refuse: { unsupported(): Error; tooLarge(): Error; invalid(): Error }): Promise<unknown> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw refuse.unsupported();
  if (Number(request.headers['content-length']) > limit) {
    request.resume();
    throw refuse.tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      request.resume();
      throw refuse.tooLarge();
    }
    chunks.push(chunk);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))) as unknown;
  } catch {
    throw refuse.invalid();
  }
}
