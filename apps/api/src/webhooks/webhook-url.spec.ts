import { webhookUrlProblems } from './webhook-url';

describe('webhook URLs', () => {
  it('takes https anywhere and http outside production', () => {
    expect(webhookUrlProblems('https://hooks.example.com/tiergate', true)).toEqual([]);
    expect(webhookUrlProblems('http://127.0.0.1:8080/hook', false)).toEqual([]);
    expect(webhookUrlProblems('http://hooks.example.com/tiergate', true)).toEqual(['must be an https URL']);
  });

  it('refuses what is not an http(s) URL, and credentials in the URL', () => {
    expect(webhookUrlProblems('hooks.example.com', false)).toEqual([expect.stringMatching(/absolute URL/)]);
    expect(webhookUrlProblems('ftp://hooks.example.com', false)).toEqual([expect.stringMatching(/https/)]);
    expect(webhookUrlProblems('https://user:pass@hooks.example.com', true)).toEqual(['must not contain a user name or password']);
  });

  it.each(['https://127.0.0.1/', 'https://localhost/', 'https://169.254.169.254/latest', 'https://10.1.2.3/', 'https://[::1]/', 'https://[::ffff:127.0.0.1]/', 'https://2130706433/', 'https://[fd00::1]/'])(
    'refuses the internal address of %s in production',
    (url) => {
      expect(webhookUrlProblems(url, true)).toEqual(['must not point at a loopback, private or link-local address']);
    },
  );

  it('takes public addresses in production', () => {
    expect(webhookUrlProblems('https://203.0.113.10/hook', true)).toEqual([]);
    expect(webhookUrlProblems('https://[2001:db8::1]/hook', true)).toEqual([]);
  });
});
