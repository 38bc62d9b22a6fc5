import ipaddr from 'ipaddr.js';

/**
 * Where an address points, as far as a webhook is concerned: `public` is the open internet;
 * `loopback` is the sending host itself; `internal` is everything else that is not the open
 * internet (private, link-local and cloud metadata, carrier-grade NAT, unique-local, unspecified,
 * multicast, broadcast, reserved and documentation ranges); `invalid` is not an address at all.
 */
export type AddressReach = 'public' | 'loopback' | 'internal' | 'invalid';

export interface WebhookAddressPolicy {
  /** Loopback for local development and tests only (WEBHOOK_ALLOW_LOOPBACK; production refuses it). */
  allowLoopback: boolean;
}

/** The NAT64 well-known prefix (RFC 6052): the last 32 bits are an IPv4 address. */
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');
/** IPv4-compatible IPv6 (deprecated, RFC 4291): some stacks still route ::a.b.c.d to a.b.c.d. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

function reachOfIPv4(address: ipaddr.IPv4): AddressReach {
  const range = address.range();
  if (range === 'loopback') return 'loopback';
  return range === 'unicast' ? 'public' : 'internal';
}

/** The IPv4 address in the low 32 bits of an IPv6 address. */
function lowIPv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const parts = address.parts;
  return new ipaddr.IPv4([parts[6] >> 8, parts[6] & 0xff, parts[7] >> 8, parts[7] & 0xff]);
}

function reachOfIPv6(address: ipaddr.IPv6): AddressReach {
  // An IPv4 address wrapped in IPv6 goes where the IPv4 address goes.
  if (address.isIPv4MappedAddress()) return reachOfIPv4(address.toIPv4Address());
  if (address.match(NAT64_WELL_KNOWN)) return reachOfIPv4(lowIPv4(address));
  const range = address.range();
  if (range === 'loopback') return 'loopback';
  if (range === 'unspecified') return 'internal';
  if (address.match(IPV4_COMPATIBLE)) return reachOfIPv4(lowIPv4(address));
  // Everything but global unicast: unique-local fc00::/7, link-local fe80::/10, multicast, the
  // local-use NAT64 prefix, 6to4 and Teredo (which embed IPv4 addresses of any kind), reserved.
  return range === 'unicast' ? 'public' : 'internal';
}

/**
 * Where a textual address points. Takes every form an IPv4 address may be written in (dotted,
 * decimal `2130706433`, octal `0177.0.0.1`, hex `0x7f.0.0.1`) and IPv6 with or without a zone.
 */
export function addressReach(text: string): AddressReach {
  const bare = text.replace(/^\[(.*)\]$/, '$1');
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    address = ipaddr.parse(bare);
  } catch {
    return 'invalid';
  }
  return address.kind() === 'ipv4' ? reachOfIPv4(address as ipaddr.IPv4) : reachOfIPv6(address as ipaddr.IPv6);
}

/** Whether a webhook may be delivered to this address: public ones, and loopback when allowed. */
export function isAllowedWebhookAddress(text: string, policy: WebhookAddressPolicy): boolean {
  const reach = addressReach(text);
  return reach === 'public' || (reach === 'loopback' && policy.allowLoopback);
}

/** Names that resolve to loopback by convention (RFC 6761), whatever DNS says. */
export function isLoopbackName(hostname: string): boolean {
  return /^localhost\.?$|\.localhost\.?$/i.test(hostname);
}
