import type { PolicyPack } from '../policy-pack.schema';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ValidityInput {
  approvedAt: Date;
  /** Ids of the controls the attestation claims compliant. */
  controls: readonly string[];
  pack: Pick<PolicyPack, 'controls'>;
  /** The attestation's evidence; items without an expiry do not limit validity. */
  evidence: readonly { validUntil: Date | null }[];
}

/** What ends the window first: a control's re-audit interval or a piece of evidence expiring. */
export type ValidityLimit = { kind: 'reaudit'; controlId: string; reauditDays: number } | { kind: 'evidence'; evidenceIndex: number };

export interface ValidityWindow {
  validUntil: Date;
  /**
   * The same instant as validUntil: the facility must be re-audited before its attestation lapses,
   * whether the lapse comes from a re-audit interval or from evidence running out.
   */
  nextAuditDue: Date;
  limitedBy: ValidityLimit;
}

/**
 * An approved attestation holds until the earliest of: approval plus the shortest re-audit interval
 * among its compliant controls, and the first expiry among its evidence. Claimed ids the pack does
 * not know are ignored; with none known, the shortest interval of the whole pack applies, so an
 * attestation never gets a longer window for claiming less.
 */
export function validityWindow({ approvedAt, controls, pack, evidence }: ValidityInput): ValidityWindow {
  const claimed = new Set(controls);
  const known = pack.controls.filter((control) => claimed.has(control.id));
  const candidates = known.length > 0 ? known : pack.controls;
  if (candidates.length === 0) throw new Error('validityWindow: the policy pack has no controls, so no re-audit interval applies');
  const shortest = candidates.reduce((best, control) => (control.reauditDays < best.reauditDays ? control : best));
  let validUntil = new Date(approvedAt.getTime() + shortest.reauditDays * DAY_MS);
  let limitedBy: ValidityLimit = { kind: 'reaudit', controlId: shortest.id, reauditDays: shortest.reauditDays };
  evidence.forEach((item, evidenceIndex) => {
    if (item.validUntil && item.validUntil.getTime() < validUntil.getTime()) {
      validUntil = new Date(item.validUntil.getTime());
      limitedBy = { kind: 'evidence', evidenceIndex };
    }
  });
  return { validUntil, nextAuditDue: new Date(validUntil.getTime()), limitedBy };
}
