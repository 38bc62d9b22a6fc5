import { referencePolicyPack } from '../reference/reference-pack';
import { validityWindow } from './validity';

const pack = referencePolicyPack();
const approvedAt = new Date('2026-03-01T09:30:00Z');
const days = (n: number) => new Date(approvedAt.getTime() + n * 24 * 60 * 60 * 1000);

describe('validityWindow', () => {
  it('runs to the shortest re-audit interval of the claimed controls', () => {
    // C4-CYBER-BASELINE 365 days, C2-HW-ORIGIN 180 days.
    expect(validityWindow({ approvedAt, controls: ['C4-CYBER-BASELINE', 'C2-HW-ORIGIN'], pack, evidence: [] })).toEqual({
      validUntil: days(180),
      nextAuditDue: days(180),
      limitedBy: { kind: 'reaudit', controlId: 'C2-HW-ORIGIN', reauditDays: 180 },
    });
    expect(validityWindow({ approvedAt, controls: ['C4-CYBER-BASELINE', 'C5-INVENTORY'], pack, evidence: [] }).validUntil).toEqual(days(90));
  });

  it('ends earlier when evidence expires first', () => {
    const expiry = new Date('2026-05-01T00:00:00Z');
    expect(validityWindow({ approvedAt, controls: ['C4-CYBER-BASELINE'], pack, evidence: [{ validUntil: null }, { validUntil: days(300) }, { validUntil: expiry }] })).toEqual({
      validUntil: expiry,
      nextAuditDue: expiry,
      limitedBy: { kind: 'evidence', evidenceIndex: 2 },
    });
  });

  it('ignores evidence that outlasts the re-audit interval or never expires', () => {
    expect(validityWindow({ approvedAt, controls: ['C4-CYBER-BASELINE'], pack, evidence: [{ validUntil: days(400) }, { validUntil: null }] }).validUntil).toEqual(days(365));
  });

  it('does not reward claiming nothing the pack knows', () => {
    expect(validityWindow({ approvedAt, controls: ['C9-MADE-UP'], pack, evidence: [] }).limitedBy).toEqual({ kind: 'reaudit', controlId: 'C5-INVENTORY', reauditDays: 90 });
  });

  it('returns dates the caller may change without touching the inputs', () => {
    const evidenceDate = new Date('2026-04-01T00:00:00Z');
    const window = validityWindow({ approvedAt, controls: ['C4-PENTEST'], pack, evidence: [{ validUntil: evidenceDate }] });
    window.validUntil.setFullYear(2000);
    expect(evidenceDate.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(window.nextAuditDue.toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });
});
