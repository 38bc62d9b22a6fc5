import { addressReach, isAllowedWebhookAddress, isLoopbackName, type WebhookAddressPolicy } from '@tiergate/domain';

export interface WebhookUrlRules extends WebhookAddressPolicy {
  /** Production takes https only; other environments also take http, for a local receiver. */
  production: boolean;
}

export const INTERNAL_ADDRESS_PROBLEM = 'must not point at a loopback, private or link-local address';

/**
 * What is wrong with a webhook URL, empty when nothing is. An address in the URL is checked here
 * with the same policy the worker applies when it connects; a host name is checked there, after
 * DNS resolution, because what it resolves to may change after registration.
 */
export function webhookUrlProblems(text: string, rules: WebhookUrlRules): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return ['must be an absolute URL such as https://hooks.example.com/tiergate'];
  }
  const problems: string[] = [];
  const schemes = rules.production ? ['https:'] : ['https:', 'http:'];
  if (!schemes.includes(url.protocol)) problems.push(rules.production ? 'must be an https URL' : 'must be an https (or, outside production, http) URL');
  // The signature is what authenticates a delivery, not credentials in the URL.
  if (url.username || url.password) problems.push('must not contain a user name or password');
  // URL has already turned decimal, octal and hex IPv4 forms into dotted quads.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = addressReach(host) !== 'invalid';
  const refused = literal ? !isAllowedWebhookAddress(host, rules) : isLoopbackName(host) && !rules.allowLoopback;
  if (refused) problems.push(INTERNAL_ADDRESS_PROBLEM);
  return problems;
}
