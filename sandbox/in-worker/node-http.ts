import { Buffer } from 'node:buffer';
import { EventEmitter } from 'node:events';
import type { DispatchRequest, DispatchResponse } from '../protocol/dispatch';

/**
 * `node:http` in the browser, as much of it as the development server uses
 * (core/servers/basehttp.ts): listening registers the server under its port, and
 * `dispatch` plays the part of a browser sending it a request.
 */

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Every HTTP/1.1 client sends Host, and Django checks it against ALLOWED_HOSTS. */
const DEFAULT_HOST = '127.0.0.1';
/** Where Linux starts handing out ports for `listen(0)`. */
const FIRST_EPHEMERAL_PORT = 32768;

const servers = new Map<number, Server>();

function systemError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

export class IncomingMessage extends EventEmitter {
  readonly httpVersion = '1.1';

  constructor(
    readonly method: string,
    readonly url: string,
    /** Lower-case names, repeated headers joined with ', ', as Node gives them. */
    readonly headers: Record<string, string>,
  ) {
    super();
  }
}

type OutgoingHeaders = Record<string, string | number> | (string | number)[] | [string, string | number][];

export class ServerResponse {
  statusCode = 200;
  statusMessage = '';
  shouldKeepAlive = true;
  private headers: [string, string][] = [];

  constructor(private readonly finish: (response: DispatchResponse) => void) {}

  writeHead(status: number, reason?: string | OutgoingHeaders, headers?: OutgoingHeaders): this {
    if (typeof reason !== 'string') [reason, headers] = [undefined, reason];
    this.statusCode = status;
    if (reason !== undefined) this.statusMessage = reason;
    this.headers = headerPairs(headers);
    return this;
  }

  end(body?: Uint8Array | string): this {
    const bytes = body === undefined ? new Uint8Array() : typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
    this.finish({ status: this.statusCode, reason: this.statusMessage, headers: this.headers, body: bytes });
    return this;
  }
}

/** writeHead's headers: an object, a flat [name, value, ...] list or a list of pairs. */
function headerPairs(headers: OutgoingHeaders | undefined): [string, string][] {
  if (!headers) return [];
  if (!Array.isArray(headers)) return Object.entries(headers).map(([k, v]) => [k, String(v)]);
  if (headers.every((h) => Array.isArray(h))) return (headers as [string, string | number][]).map(([k, v]) => [k, String(v)]);
  const flat = headers as (string | number)[];
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([String(flat[i]), String(flat[i + 1])]);
  return pairs;
}

export interface AddressInfo {
  address: string;
  family: 'IPv4' | 'IPv6';
  port: number;
}

export class Server extends EventEmitter {
  private bound: AddressInfo | null = null;

  constructor(listener?: Listener) {
    super();
    if (listener) this.on('request', listener);
  }

  listen(port: number, host = '::', callback?: () => void): this {
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw Object.assign(new RangeError(`options.port should be >= 0 and < 65536. Received type number (${port}).`), { code: 'ERR_SOCKET_BAD_PORT' });
    }
    if (callback) this.once('listening', callback);
    // Node reports both outcomes after listen() returns, never during it.
    if (servers.has(port)) {
      queueMicrotask(() => this.emit('error', systemError(`listen EADDRINUSE: address already in use ${host}:${port}`, 'EADDRINUSE')));
      return this;
    }
    let chosen = port;
    if (chosen === 0) for (chosen = FIRST_EPHEMERAL_PORT; servers.has(chosen); chosen++);
    servers.set(chosen, this);
    this.bound = { address: host, family: host.includes(':') ? 'IPv6' : 'IPv4', port: chosen };
    queueMicrotask(() => this.emit('listening'));
    return this;
  }

  address(): AddressInfo | null {
    return this.bound;
  }

  close(callback?: (err?: Error) => void): this {
    if (!this.bound) {
      queueMicrotask(() => callback?.(systemError('Server is not running.', 'ERR_SERVER_NOT_RUNNING')));
      return this;
    }
    servers.delete(this.bound.port);
    this.bound = null;
    queueMicrotask(() => {
      callback?.();
      this.emit('close');
    });
    return this;
  }

  /** One request, delivered as Node does: the 'request' event, then the body, then 'end'. */
  receive(request: DispatchRequest): Promise<DispatchResponse> {
    return new Promise((resolve, reject) => {
      const port = this.bound?.port;
      const headers = incomingHeaders(request.headers);
      headers.host ??= `${DEFAULT_HOST}:${port}`;
      const req = new IncomingMessage(request.method.toUpperCase(), request.url, headers);
      const res = new ServerResponse(resolve);
      try {
        this.emit('request', req, res);
        const body = request.body ?? '';
        if (body.length) req.emit('data', typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body));
        req.emit('end');
      } catch (err) {
        reject(err);
      }
    });
  }
}

function incomingHeaders(headers: DispatchRequest['headers']): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const [name, value] of Array.isArray(headers) ? headers : Object.entries(headers ?? {})) {
    const key = name.toLowerCase();
    joined[key] = key in joined ? `${joined[key]}, ${value}` : value;
  }
  return joined;
}

export function createServer(listener?: Listener): Server {
  return new Server(listener);
}

/** Sends a request to the server listening on `port`, as a browser on the same machine would. */
export function dispatch(port: number, request: DispatchRequest): Promise<DispatchResponse> {
  const server = servers.get(port);
  if (!server) return Promise.reject(systemError(`connect ECONNREFUSED ${DEFAULT_HOST}:${port}`, 'ECONNREFUSED'));
  return server.receive(request);
}

export function listeningPorts(): number[] {
  return [...servers.keys()].sort((a, b) => a - b);
}

const http = { createServer, Server, IncomingMessage, ServerResponse };
export default http;
