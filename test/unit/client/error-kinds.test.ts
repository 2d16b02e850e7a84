import { describe, expect, it } from 'vitest';
import { LivyError, LivyHttpError, LivyNetworkError, LivyProtocolError, LivyTimeoutError } from '../../../src/client/errors.js';
import { LivyAuthError } from '../../../src/client/spnego.js';
import { KindedError } from '../../../src/errors/kinded-error.js';

const http = (status: number, message = '') => new LivyHttpError(status, message, 'POST', '/batches');

describe("the client's errors carry a kind and its exit code", () => {
  it('a plain LivyError (bad URL or id) is a usage error, exit 2', () => {
    const error = new LivyError("Invalid Livy URL 'nope'");
    expect([error.kind, error.exitCode]).toEqual(['usage', 2]);
  });

  it('they are KindedErrors, and still Errors', () => {
    const error = http(500);
    expect(error).toBeInstanceOf(KindedError);
    expect(error).toBeInstanceOf(LivyError);
    expect(error).toBeInstanceOf(Error);
  });

  it('HTTP 400 is the request: usage, exit 2', () => {
    expect([http(400, 'requirement failed: bad conf').kind, http(400).exitCode]).toEqual(['usage', 2]);
  });

  it('HTTP 400 from the CSRF filter is not the request: server, exit 3', () => {
    expect(http(400, 'Missing Required Header for CSRF protection.').exitCode).toBe(3);
  });

  it('HTTP 400 from a busy server: server, exit 3', () => {
    expect(http(400, 'Rejected, too many sessions are being created!').kind).toBe('server');
  });

  it('HTTP 401 and 403 are auth, exit 3', () => {
    expect([http(401).kind, http(403).kind, http(403).exitCode]).toEqual(['auth', 'auth', 3]);
  });

  it('HTTP 404 is not found, exit 3', () => {
    expect([http(404).kind, http(404).exitCode]).toEqual(['not-found', 3]);
  });

  it('HTTP 5xx is the server, exit 3', () => {
    expect(http(503).kind).toBe('server');
  });

  it('a network error is the server, exit 3', () => {
    expect(new LivyNetworkError('refused', 'GET', '/batches', 'ECONNREFUSED', false).exitCode).toBe(3);
  });

  it('a request deadline is its own kind, exit 3', () => {
    const error = new LivyTimeoutError('headers', 5000, 'GET', '/batches');
    expect([error.kind, error.exitCode]).toEqual(['deadline', 3]);
  });

  it('a garbled reply is the server, exit 3', () => {
    expect(new LivyProtocolError('not JSON', 'GET', '/batches').kind).toBe('server');
  });

  it('an authentication that cannot be tried is auth, with its hint', () => {
    const error = new LivyAuthError('no Kerberos ticket', 'run `kinit`');
    expect([error.kind, error.hint]).toEqual(['auth', 'run `kinit`']);
  });
});
