import { addressReach, isAllowedWebhookAddress, isLoopbackName } from './webhook-address-policy';

describe('webhook address policy', () => {
  it.each([['127.0.0.1'], ['127.1.2.3'], ['2130706433'], ['0177.0.0.1'], ['0x7f.0.0.1'], ['::1'], ['[::1]'], ['::ffff:127.0.0.1'], ['::ffff:7f00:1'], ['64:ff9b::7f00:1'], ['::127.0.0.1']])(
    'reads %s as loopback',
    (address) => {
      expect(addressReach(address)).toBe('loopback');
    },
  );

  it.each([
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'cloud metadata'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'IPv4 multicast'],
    ['ff02::1', 'IPv6 multicast'],
    ['255.255.255.255', 'broadcast'],
    ['fc00::1', 'unique-local'],
    ['fdff:ffff::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local with a zone'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata'],
    ['64:ff9b::a9fe:a9fe', 'NAT64 of 169.254.169.254'],
    ['64:ff9b::10.0.0.1', 'NAT64 of a private address'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['2002:7f00:1::', '6to4 of loopback'],
    ['012.0.0.1', 'octal 10.0.0.1'],
    ['0xa9.0xfe.0xa9.0xfe', 'hex 169.254.169.254'],
    ['2852039166', 'decimal 169.254.169.254'],
    ['203.0.113.10', 'documentation'],
    ['2001:db8::1', 'documentation'],
  ])('reads %s (%s) as internal', (address) => {
    expect(addressReach(address)).toBe('internal');
    expect(isAllowedWebhookAddress(address, { allowLoopback: true })).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])('takes the public address %s', (address) => {
    expect(addressReach(address)).toBe('public');
    expect(isAllowedWebhookAddress(address, { allowLoopback: false })).toBe(true);
  });

  it('takes loopback only when the policy allows it', () => {
    expect(isAllowedWebhookAddress('127.0.0.1', { allowLoopback: false })).toBe(false);
    expect(isAllowedWebhookAddress('::ffff:127.0.0.1', { allowLoopback: false })).toBe(false);
    expect(isAllowedWebhookAddress('127.0.0.1', { allowLoopback: true })).toBe(true);
    expect(isAllowedWebhookAddress('::1', { allowLoopback: true })).toBe(true);
  });

  it('reads host names as no address, and knows the localhost names', () => {
    expect(addressReach('hooks.example.com')).toBe('invalid');
    expect(isAllowedWebhookAddress('hooks.example.com', { allowLoopback: true })).toBe(false);
    expect(isLoopbackName('localhost')).toBe(true);
    expect(isLoopbackName('api.localhost')).toBe(true);
    expect(isLoopbackName('localhost.example.com')).toBe(false);
  });
});
