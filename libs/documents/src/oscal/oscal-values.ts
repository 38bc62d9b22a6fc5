import type { OscalProperty } from './oscal-document';

/** Namespace of every property Tiergate defines, so OSCAL tools never read them as NIST's own. */
export const TIERGATE_OSCAL_NS = 'urn:tiergate:oscal';

/**
 * OSCAL's StringDatatype is one line with no blanks at either end, and may not be empty. Names and
 * statements typed by people break all three rules, so they are folded onto one line here.
 */
export function oscalLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 0 ? line : '-';
}

export function tiergateProp(name: string, value: string | number): OscalProperty {
  return { name, value: oscalLine(String(value)), ns: TIERGATE_OSCAL_NS };
}

/** The schema forbids empty arrays, so an optional list is either absent or has something in it. */
export function listIfAny<K extends string, T>(key: K, items: readonly T[]): Partial<Record<K, T[]>> {
  return items.length > 0 ? ({ [key]: [...items] } as Partial<Record<K, T[]>>) : {};
}

/** A location-independent reference to bytes by their SHA-256 digest (RFC 6920 style, as a URN). */
export function sha256Urn(hex: string): string {
  return `urn:sha256:${hex.toLowerCase()}`;
}

/** The latest of some ISO times; the first one given wins a tie, so the choice is stable. */
export function latestTime(times: readonly string[]): string {
  return times.reduce((latest, time) => (Date.parse(time) > Date.parse(latest) ? time : latest));
}
