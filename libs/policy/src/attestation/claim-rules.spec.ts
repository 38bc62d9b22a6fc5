import { referencePolicyPack } from '../reference/reference-pack';
import { claimProblems, evidenceProblems, missingForSubmission, type ClaimInput } from './claim-rules';

describe('claim rules on the reference pack', () => {
  const pack = referencePolicyPack();
  const waivable = pack.controls.find((control) => control.waivable);
  const mandatory = pack.controls.find((control) => !control.waivable && control.requiredEvidence.length > 0);
  if (!waivable || !mandatory) throw new Error('the reference pack needs a waivable control and a mandatory one with evidence');
  const allCompliant: ClaimInput[] = pack.controls.map((control) => ({ controlId: control.id, status: 'compliant', statement: 'We comply.' }));

  it('accepts one compliant claim per control', () => {
    expect(claimProblems(allCompliant, pack)).toEqual([]);
  });

  it('names unknown controls, duplicates and waivers of mandatory controls, each by index', () => {
    const claims: ClaimInput[] = [
      { controlId: 'C9-NOPE', status: 'compliant', statement: 'x' },
      { controlId: mandatory.id, status: 'not_applicable', statement: 'x' },
      { controlId: mandatory.id, status: 'compliant', statement: 'x' },
      { controlId: waivable.id, status: 'not_applicable', statement: 'x' },
    ];
    expect(claimProblems(claims, pack)).toEqual([
      { field: 'claims[0].controlId', problem: 'C9-NOPE is not a control of this policy version' },
      { field: 'claims[1].status', problem: `${mandatory.id} cannot be waived: it must be claimed compliant` },
      { field: 'claims[2].controlId', problem: `${mandatory.id} is already claimed in claims[1]` },
    ]);
  });

  it('lists every missing claim and every missing required evidence type', () => {
    const claims = allCompliant.filter((claim) => claim.controlId !== waivable.id);
    const missing = missingForSubmission(claims, [], pack);
    expect(missing).toContain(`${waivable.id}: no claim (${waivable.title})`);
    const requiredCount = pack.controls.filter((control) => control.id !== waivable.id).reduce((sum, control) => sum + control.requiredEvidence.length, 0);
    expect(missing).toHaveLength(1 + requiredCount);
  });

  it('is satisfied once each compliant claim has its required evidence, and a waived control needs none', () => {
    const claims = allCompliant.map((claim) => (claim.controlId === waivable.id ? { ...claim, status: 'not_applicable' as const } : claim));
    const evidence = pack.controls.flatMap((control) => control.requiredEvidence.map((type) => ({ type, controlIds: [control.id] })));
    expect(
      missingForSubmission(
        claims,
        evidence.filter((item) => !item.controlIds.includes(waivable.id)),
        pack,
      ),
    ).toEqual([]);
  });

  it('checks evidence types and the controls they attach to', () => {
    const type = mandatory.requiredEvidence[0];
    expect(evidenceProblems({ type, controlIds: [mandatory.id] }, pack)).toEqual([]);
    expect(evidenceProblems({ type: 'horoscope', controlIds: [] }, pack).map((problem) => problem.field)).toEqual(['type', 'controlIds']);
    const other = pack.controls.find((control) => ![...control.requiredEvidence, ...control.acceptedEvidence].includes(type));
    if (other) expect(evidenceProblems({ type, controlIds: [other.id] }, pack)).toEqual([{ field: 'controlIds', problem: `${other.id} does not take ${type} evidence` }]);
  });
});
