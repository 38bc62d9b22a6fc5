import { INTERNAL_ADDRESS_PROBLEM, webhookUrlProblems } from './webhook-url';

const production = { production: true, allowLoopback: false };
const development = { production: false, allowLoopback: false };
const localDevelopment = { production: false, allowLoopback: true };

describe('webhook URLs', () => {
  it('takes https anywhere and http outside production', () => {
    expect(webhookUrlProblems('https://hooks.example.com/tiergate', production)).toEqual([]);
    expect(webhookUrlProblems('http://hooks.example.com/tiergate', development)).toEqual([]);
    expect(webhookUrlProblems('http://hooks.example.com/tiergate', production)).toEqual(['must be an https URL']);
  });

  it('refuses what is not an http(s) URL, and credentials in the URL', () => {
    expect(webhookUrlProblems('hooks.example.com', development)).toEqual([expect.stringMatching(/absolute URL/)]);
    expect(webhookUrlProblems('ftp://hooks.example.com', development)).toEqual([expect.stringMatching(/https/)]);
    expect(webhookUrlProblems('https://user:pass@hooks.example.com', production)).toEqual(['must not contain a user name or password']);
  });

  it.each([
    'https://127.0.0.1/',
    'https://localhost/',
    'https://169.254.169.254/latest',
    'https://10.1.2.3/',
    'https://172.16.0.1/',
    'https://192.168.0.1/',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://[::1]/',
    'https://[::]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:7f00:1]/',
    'https://[64:ff9b::a9fe:a9fe]/',
    'https://2130706433/',
    'https://0177.0.0.1/',
    'https://0x7f.0.0.1/',
    'https://[fd00::1]/',
    'https://[fe80::1]/',
    'https://224.0.0.1/',
  ])('refuses the internal address of %s in every environment', (url) => {
    expect(webhookUrlProblems(url, production)).toEqual([INTERNAL_ADDRESS_PROBLEM]);
    expect(webhookUrlProblems(url, development)).toEqual([INTERNAL_ADDRESS_PROBLEM]);
  });

  it('takes loopback, and only loopback, when WEBHOOK_ALLOW_LOOPBACK is on', () => {
    expect(webhookUrlProblems('http://127.0.0.1:8080/hook', localDevelopment)).toEqual([]);
    expect(webhookUrlProblems('http://[::1]:8080/hook', localDevelopment)).toEqual([]);
    expect(webhookUrlProblems('http://localhost:8080/hook', localDevelopment)).toEqual([]);
    expect(webhookUrlProblems('http://10.0.0.1:8080/hook', localDevelopment)).toEqual([INTERNAL_ADDRESS_PROBLEM]);
    expect(webhookUrlProblems('http://169.254.169.254/latest', localDevelopment)).toEqual([INTERNAL_ADDRESS_PROBLEM]);
  });

  it('takes public addresses', () => {
    expect(webhookUrlProblems('https://93.184.215.14/hook', production)).toEqual([]);
    expect(webhookUrlProblems('https://[2606:4700:4700::1111]/hook', production)).toEqual([]);
  });
});
