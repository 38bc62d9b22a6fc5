import { BlockList, isIP } from 'node:net';

/**
 * Addresses a production webhook may not name: the worker would otherwise POST, from inside the
 * platform's network, to whatever an operator points it at (its own loopback, cloud metadata at
 * 169.254.169.254, private services). Only literal addresses are checked here; redirects are not
 * followed at delivery.
 */
const INTERNAL_ADDRESSES = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  INTERNAL_ADDRESSES.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  INTERNAL_ADDRESSES.addSubnet(network, prefix, 'ipv6');
}

/**
 * What is wrong with a webhook URL, empty when nothing is. Production takes https only; other
 * environments also take http, so a developer can point a webhook at a local receiver.
 */
export function webhookUrlProblems(text: string, production: boolean): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return ['must be an absolute URL such as https://hooks.example.com/tiergate'];
  }
  const problems: string[] = [];
  const schemes = production ? ['https:'] : ['https:', 'http:'];
  if (!schemes.includes(url.protocol)) problems.push(production ? 'must be an https URL' : 'must be an https (or, outside production, http) URL');
  // fetch refuses such URLs, and the signature is what authenticates a delivery.
  if (url.username || url.password) problems.push('must not contain a user name or password');
  if (production) {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const family = isIP(host);
    const internal = family === 0 ? /^localhost$|\.localhost$/i.test(host) : INTERNAL_ADDRESSES.check(host, family === 4 ? 'ipv4' : 'ipv6');
    if (internal) problems.push('must not point at a loopback, private or link-local address');
  }
  return problems;
}
