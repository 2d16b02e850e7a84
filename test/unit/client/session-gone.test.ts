import { describe, expect, it } from 'vitest';
import { LivyHttpError, LivyNetworkError } from '../../../src/client/errors.js';
import { isGone } from '../../../src/client/session-gone.js';

describe('isGone', () => {
  it.each(['dead', 'error', 'killed', 'success', 'shutting_down'])('a session in state %s is gone', (state) => {
    expect(isGone(state)).toBe(true);
  });

  it.each(['starting', 'idle', 'busy', 'recovering'])('a session in state %s is not', (state) => {
    expect(isGone(state)).toBe(false);
  });

  it('a 404 about it says it is gone', () => {
    expect(isGone(new LivyHttpError(404, "Session '3' not found.", 'GET', '/sessions/3'))).toBe(true);
  });

  it("a 400 saying it isn't active says it is gone", () => {
    expect(isGone(new LivyHttpError(400, "requirement failed: Session isn't active.", 'POST', '/sessions/3/statements'))).toBe(true);
  });

  it('another 400 does not', () => {
    expect(isGone(new LivyHttpError(400, 'requirement failed: code is empty', 'POST', '/sessions/3/statements'))).toBe(false);
  });

  it('a network error does not: the server may just be down', () => {
    expect(isGone(new LivyNetworkError('connect ECONNREFUSED', 'GET', '/sessions/3', 'ECONNREFUSED', false))).toBe(false);
  });
});
