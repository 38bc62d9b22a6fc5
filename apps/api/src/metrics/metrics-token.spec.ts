import { metricsAccess } from './metrics-token';

const token = 'm'.repeat(40);

describe('metrics access', () => {
  it('is open without a token outside production, and closed in production', () => {
    expect(metricsAccess(undefined, false, undefined)).toBe('open');
    expect(metricsAccess(undefined, true, undefined)).toBe('denied');
    expect(metricsAccess(undefined, true, `Bearer ${token}`)).toBe('denied');
  });

  it('asks for the token as a bearer token once one is set', () => {
    expect(metricsAccess(token, false, undefined)).toBe('denied');
    expect(metricsAccess(token, true, `Bearer ${token}`)).toBe('granted');
    expect(metricsAccess(token, true, `bearer ${token}`)).toBe('granted');
    expect(metricsAccess(token, true, `Bearer ${token}x`)).toBe('denied');
    expect(metricsAccess(token, true, token)).toBe('denied');
    expect(metricsAccess(token, true, 'Basic YWRtaW46eA==')).toBe('denied');
  });
});
