import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

const MAX_BODY_BYTES = 16 * 1024;

export class ApiError extends Error {
  /** `code` travels in the answer next to the text, for the machine to translate. */
  constructor(readonly status: number, message: string, readonly code?: string) {
    super(message);
  }
}

/** A small request body, whole; past `maxBytes` a 413 without reading the rest. */
export async function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new ApiError(413, 'The request is too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw new ApiError(413, 'The request is too large.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads and validates a small JSON body; anything else is a 400 in plain words. */
export async function readJson<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const body = await readBody(req);
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new ApiError(400, 'The request is not valid JSON.');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, `The request is not valid: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store' });
  res.end(text);
}
