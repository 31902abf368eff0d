// The ways the fake protocol server misbehaves. Each stops as soon as the client goes away, and none
// keeps the process alive (timers are unref'd and cleared by the server's close()).
import type * as http from 'node:http';
import { sendJson } from './fakeRoutes';

export type FaultMode =
  /** 500 with a JSON error body. */
  | 'error-500'
  /** 502 with an nginx-like HTML page. */
  | 'html-502'
  /** The normal answer after `delayMs` (default 30 s). */
  | 'slow'
  /** Headers and half of a JSON body, then a TCP reset. */
  | 'reset'
  /** A chunked body of `bytes` (default 50 MB), no Content-Length. */
  | 'huge'
  /** The same body, announced with its Content-Length. */
  | 'huge-declared'
  /** `status` (default 302) to `location` (default: the same path without the fault prefix). */
  | 'redirect';

export interface FaultOptions {
  readonly delayMs?: number;
  readonly bytes?: number;
  readonly status?: number;
  readonly location?: string;
}

export const faultModes: readonly FaultMode[] = ['error-500', 'html-502', 'slow', 'reset', 'huge', 'huge-declared', 'redirect'];

export const html502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

export interface FaultContext {
  readonly res: http.ServerResponse;
  readonly options: FaultOptions;
  /** The request's path and query without any fault prefix. */
  readonly plainTarget: string;
  /** The normal answer. */
  readonly answer: () => void;
  /** Registers a timer so close() can clear it. */
  readonly track: (timer: NodeJS.Timeout) => void;
}

export function answerFault(mode: FaultMode, context: FaultContext): void {
  const { res, options } = context;
  switch (mode) {
    case 'error-500':
      return sendJson(res, 500, { error: 'Internal Server Error', message: 'Fake failure for tests' });
    case 'html-502':
      res.writeHead(502, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(html502) });
      return void res.end(html502);
    case 'slow': {
      const timer = setTimeout(context.answer, options.delayMs ?? 30_000).unref();
      context.track(timer);
      return void res.on('close', () => clearTimeout(timer));
    }
    case 'reset': {
      const whole = JSON.stringify({ id: 3192, note: 'x'.repeat(4096) });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(whole) });
      return void res.write(whole.slice(0, whole.length / 2), () => res.socket?.resetAndDestroy());
    }
    case 'huge':
    case 'huge-declared':
      return streamBytes(res, options.bytes ?? 50 * 1024 * 1024, mode === 'huge-declared');
    case 'redirect':
      res.writeHead(options.status ?? 302, { Location: options.location ?? context.plainTarget, 'Content-Length': 0 });
      return void res.end();
  }
}

/** Writes `total` bytes of a JSON string body, respecting back-pressure, until done or the client leaves. */
function streamBytes(res: http.ServerResponse, total: number, declare: boolean): void {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  res.writeHead(200, { 'Content-Type': 'application/json', ...(declare ? { 'Content-Length': total } : {}) });
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += piece.length;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}
