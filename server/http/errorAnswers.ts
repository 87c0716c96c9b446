/**
 * The last middleware: an error from a body parser, a URL that does not
 * decode, a file that cannot be sent, becomes a sentence in JSON, never a
 * stack trace, and never the client's own input repeated back (a charset, an
 * encoding, a path): an answer that reflects what the request said is one
 * step from a page that runs what an attacker wrote.
 */
import type { NextFunction, Request, Response } from 'express';

type HttpError = Error & { status?: number; statusCode?: number; type?: string };

/** Sentences by body-parser error type (raw-body / body-parser name them). */
const SENTENCE_BY_TYPE: Record<string, string> = {
  'entity.parse.failed': 'the body is not valid JSON',
  'entity.too.large': 'the body is too large (16 kB at most)',
  'charset.unsupported': 'the body must be UTF-8 JSON',
  'encoding.unsupported': 'the body must not be compressed (no Content-Encoding)',
  'request.aborted': 'the client went away before its body arrived',
  'request.size.invalid': 'the body is not as long as Content-Length says',
};

/** Sentences by status for everything else; none of them quotes the request. */
const SENTENCE_BY_STATUS: Record<number, string> = {
  400: 'the request is malformed (a path or header that does not decode)',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed',
  413: 'the request is too large',
  415: 'unsupported body type',
};

export function errorAnswer(error: HttpError): { status: number; error: string } {
  const given = error.status ?? error.statusCode;
  const status = given !== undefined && given >= 400 && given < 500 ? given : 500;
  const byType = error.type === undefined ? undefined : SENTENCE_BY_TYPE[error.type];
  return { status, error: byType ?? SENTENCE_BY_STATUS[status] ?? (status === 500 ? 'internal error' : `request refused (HTTP ${status})`) };
}

export function errorAnswers(error: HttpError, _request: Request, response: Response, next: NextFunction): void {
  // An error after the answer began (a broken download) can only end that answer.
  if (response.headersSent) {
    next(error);
    return;
  }
  const { status, error: sentence } = errorAnswer(error);
  response.status(status).json({ error: sentence });
}

/** For routes that exist for no method given: JSON like every other refusal, not an HTML page quoting the path. */
export function notFound(_request: Request, response: Response): void {
  response.status(404).json({ error: 'not found' });
}
