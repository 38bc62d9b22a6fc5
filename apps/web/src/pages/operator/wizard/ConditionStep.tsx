import type { ActivePolicy, Condition, Counterparty, Evidence } from '../api-shapes';
import type { ClaimDraft, ClaimDrafts } from './claim-drafts';
import { EMPTY_CLAIM } from './claim-drafts';
import { ControlClaim } from './ControlClaim';
import { Counterparties } from './Counterparties';

interface ConditionStepProps {
  condition: Condition;
  policy: ActivePolicy;
  attestationId: string;
  claims: ClaimDrafts;
  evidence: Evidence[];
  counterparties: Counterparty[];
  onClaimChange(controlId: string, draft: ClaimDraft): void;
  onCounterpartiesChange(next: Counterparty[]): void;
  onEvidence: { added(evidence: Evidence): void; removed(evidenceId: string): void };
}

/** One condition: a claim and its evidence for each of the condition's controls (C1 also names the counterparties to screen). */
export function ConditionStep({ condition, policy, attestationId, claims, evidence, counterparties, onClaimChange, onCounterpartiesChange, onEvidence }: ConditionStepProps) {
  const controls = policy.controls.filter((control) => control.condition === condition);
  return (
    <>
      <p className="muted">
        Policy {policy.title} (version {policy.version}): {controls.length} control{controls.length === 1 ? '' : 's'} under {condition}. Claims are saved when you move to another step; evidence is
        stored as soon as it is uploaded.
      </p>
      {controls.length === 0 && <p className="empty">This policy version has no control under {condition}.</p>}
      {controls.map((control) => (
        <ControlClaim
          key={control.id}
          control={control}
          attestationId={attestationId}
          claim={claims[control.id] ?? EMPTY_CLAIM}
          evidence={evidence.filter((item) => item.controlIds.includes(control.id))}
          onClaimChange={(draft) => onClaimChange(control.id, draft)}
          onEvidence={onEvidence}
        />
      ))}
      {condition === 'C1' && <Counterparties value={counterparties} onChange={onCounterpartiesChange} />}
    </>
  );
}
