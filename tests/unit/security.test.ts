// Framework-free security pieces: the CSP, the cross-origin check, the in-memory answer limiter.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, isCrossOrigin } from '@/lib/security/headers';
import { MemoryRateLimiter } from '@/lib/security/memory-limit';

describe('the page CSP', () => {
  it('allows scripts only with the nonce, styles only from the site, and no framing', () => {
    const csp = contentSecurityPolicy('abc123', false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy('x', true)).toContain("'unsafe-eval'");
  });

  it('uses a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('the cross-origin check', () => {
  it('lets reads and same-origin writes through and refuses writes from elsewhere', () => {
    expect(isCrossOrigin('GET', 'https://evil.example', 'quiz.schule.de', undefined)).toBe(false);
    expect(isCrossOrigin('POST', 'http://quiz.schule.de', 'quiz.schule.de', undefined)).toBe(false);
    expect(isCrossOrigin('POST', 'https://evil.example', 'quiz.schule.de', undefined)).toBe(true);
    expect(isCrossOrigin('POST', 'https://quiz.schule.de', '10.0.0.5:3000', 'https://quiz.schule.de')).toBe(false);
    expect(isCrossOrigin('POST', 'null', 'quiz.schule.de', undefined)).toBe(true);
    expect(isCrossOrigin('POST', null, 'quiz.schule.de', undefined)).toBe(false);
  });
});

describe('the answer limiter', () => {
  it('allows max hits per window and key, then refuses until the window is over', () => {
    const limiter = new MemoryRateLimiter(3, 1000);
    expect([0, 1, 2, 3].map((i) => limiter.take('a', 100 + i))).toEqual([true, true, true, false]);
    expect(limiter.take('b', 105)).toBe(true);
    expect(limiter.take('a', 1100)).toBe(true);
  });

  it('stays bounded under many keys', () => {
    const limiter = new MemoryRateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.take(`k${i}`, 0);
    expect((limiter as unknown as { hits: Map<string, unknown> }).hits.size).toBeLessThanOrEqual(100);
  });
});
