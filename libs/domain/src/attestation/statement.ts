import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * The canonical statement an operator signs: an in-toto Statement v1 whose subjects are the
 * datacenter and every evidence file, and whose predicate is what the operator attests. It holds no
 * clock readings, so the same frozen records always give the same bytes, and a signature made over
 * a draft's statement still verifies against the statement frozen at submission.
 */

export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const TIERGATE_PREDICATE_TYPE = 'https://tiergate.dev/attestation/v1';
/** The DSSE payloadType (and HTTP media type) of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface StatementSubject {
  name: string;
  digest: { sha256: string };
}

export interface InTotoStatement<Predicate> {
  _type: typeof IN_TOTO_STATEMENT_TYPE;
  subject: StatementSubject[];
  predicateType: string;
  predicate: Predicate;
}

export interface StatementDatacenter {
  id: string;
  name: string;
  countryCode: string;
}

export interface StatementClaim {
  controlId: string;
  status: string;
  statement: string;
}

export interface StatementCounterparty {
  name: string;
  country: string;
  relationship: string;
}

export interface StatementEvidence {
  id: string;
  sha256: string;
  type: string;
  controlIds: readonly string[];
  mediaType: string;
  size: number;
}

export interface AttestationStatementInput {
  attestationId: string;
  version: number;
  organizationId: string;
  datacenter: StatementDatacenter;
  policyVersion: { id: string; version: string };
  claims: readonly StatementClaim[];
  counterparties: readonly StatementCounterparty[];
  evidence: readonly StatementEvidence[];
  /** sha256 hex of the inventory, see `inventoryDigest`. */
  inventoryDigest: string;
  /**
   * Included only when given. The statement a draft serves for signing is built before anyone has
   * submitted it, so a caller that must reproduce those bytes at submission leaves this out.
   */
  submittedBy?: string;
}

export interface TiergateAttestationPredicate {
  attestation: { id: string; version: number };
  organizationId: string;
  datacenter: StatementDatacenter;
  policyVersion: { id: string; version: string };
  claims: StatementClaim[];
  counterparties: StatementCounterparty[];
  evidence: (Omit<StatementEvidence, 'controlIds'> & { controlIds: string[] })[];
  inventoryDigest: string;
  submittedBy?: string;
}

export type AttestationStatement = InTotoStatement<TiergateAttestationPredicate>;

export interface InventoryModel {
  vendor: string;
  model: string;
  quantity: number;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function buildAttestationStatement(input: AttestationStatementInput): AttestationStatement {
  const datacenter = { id: input.datacenter.id, name: input.datacenter.name, countryCode: input.datacenter.countryCode };
  // Fields are copied one by one so that extra properties on the records passed in (entities,
  // jsonb rows) never leak into the signed bytes.
  const evidence = input.evidence
    .map((item) => ({
      id: item.id,
      sha256: requireSha256(item.sha256, `evidence ${item.id}`),
      type: item.type,
      controlIds: [...item.controlIds].sort(compareText),
      mediaType: item.mediaType,
      size: item.size,
    }))
    .sort((a, b) => compareText(a.id, b.id));
  const subject: StatementSubject[] = [
    { name: `datacenter:${datacenter.id}`, digest: { sha256: datacenterDigest(datacenter) } },
    ...evidence.map((item) => ({ name: `evidence:${item.id}`, digest: { sha256: item.sha256 } })),
  ].sort((a, b) => compareText(a.name, b.name));

  const predicate: TiergateAttestationPredicate = {
    attestation: { id: input.attestationId, version: input.version },
    organizationId: input.organizationId,
    datacenter,
    policyVersion: { id: input.policyVersion.id, version: input.policyVersion.version },
    claims: input.claims.map((claim) => ({ controlId: claim.controlId, status: claim.status, statement: claim.statement })).sort((a, b) => compareFields(a, b, ['controlId', 'status', 'statement'])),
    counterparties: input.counterparties
      .map((party) => ({ name: party.name, country: party.country, relationship: party.relationship }))
      .sort((a, b) => compareFields(a, b, ['name', 'country', 'relationship'])),
    evidence,
    inventoryDigest: requireSha256(input.inventoryDigest, 'the inventory digest'),
  };
  if (input.submittedBy !== undefined) predicate.submittedBy = input.submittedBy;

  return { _type: IN_TOTO_STATEMENT_TYPE, subject, predicateType: TIERGATE_PREDICATE_TYPE, predicate };
}

/** RFC 8785 canonical JSON, UTF-8: the exact bytes that are served, signed and frozen. */
export function statementBytes(statement: AttestationStatement): Buffer {
  return Buffer.from(canonicalJson(statement), 'utf8');
}

/** sha256 hex of the inventory's models, independent of the order and letter case they were listed in. */
export function inventoryDigest(models: readonly InventoryModel[]): string {
  const sorted = models
    .map((item) => ({ vendor: item.vendor, model: item.model, quantity: item.quantity }))
    .sort(
      (a, b) =>
        compareText(a.vendor.toLowerCase(), b.vendor.toLowerCase()) ||
        compareText(a.model.toLowerCase(), b.model.toLowerCase()) ||
        // Ties (same names in other letter case) still need one order for the digest to be stable.
        compareFields(a, b, ['vendor', 'model', 'quantity']),
    );
  return sha256Hex(canonicalJson(sorted));
}

/** The subject digest of the datacenter: sha256 of its canonical descriptor `{ id, name, countryCode }`. */
export function datacenterDigest(datacenter: StatementDatacenter): string {
  return sha256Hex(canonicalJson({ id: datacenter.id, name: datacenter.name, countryCode: datacenter.countryCode }));
}

function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  // canonicalize gives undefined only for values JSON cannot hold; the inputs here are plain data.
  if (text === undefined) throw new TypeError('statement cannot be encoded as JSON');
  return text;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function requireSha256(value: string, what: string): string {
  if (!SHA256_HEX.test(value)) throw new TypeError(`${what} is not a lowercase sha256 hex digest`);
  return value;
}

/** By UTF-16 code units, like RFC 8785's key order, so the result never depends on the locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFields<T extends Record<K, string | number>, K extends keyof T>(a: T, b: T, keys: readonly K[]): number {
  for (const key of keys) {
    const left = a[key];
    const right = b[key];
    if (left < right) return -1;
    if (left > right) return 1;
  }
  return 0;
}
