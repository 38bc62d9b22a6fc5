import { LOGIN_LIMITS, loginDelaySeconds } from './login-delay';

describe('loginDelaySeconds', () => {
  it('costs nothing for the first few failures', () => {
    for (let failures = 0; failures < LOGIN_LIMITS.perAccountAddress; failures += 1) expect(loginDelaySeconds(failures)).toBe(0);
  });

  it('doubles the wait with each further failure', () => {
    const first = LOGIN_LIMITS.perAccountAddress;
    expect(loginDelaySeconds(first)).toBe(LOGIN_LIMITS.firstDelaySeconds);
    expect(loginDelaySeconds(first + 1)).toBe(2 * LOGIN_LIMITS.firstDelaySeconds);
    expect(loginDelaySeconds(first + 2)).toBe(4 * LOGIN_LIMITS.firstDelaySeconds);
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(loginDelaySeconds(LOGIN_LIMITS.perAccountAddress + 10)).toBe(LOGIN_LIMITS.maxDelaySeconds);
    expect(loginDelaySeconds(1_000_000)).toBe(LOGIN_LIMITS.maxDelaySeconds);
  });
});
