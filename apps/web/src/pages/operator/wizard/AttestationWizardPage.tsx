import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/states';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useAction } from '../../../ui/use-action';
import { useResource } from '../../../ui/use-resource';
import type { ActivePolicy, Attestation, Counterparty, Datacenter, Evidence } from '../api-shapes';
import { claimDraftsOf, completeClaims, type ClaimDraft } from './claim-drafts';
import { ConditionStep } from './ConditionStep';
import { STEPS, stepLabel, stepOf, type Step } from './conditions';
import { ReviewStep } from './ReviewStep';

/** The attestation wizard: one step per condition C1–C5, then a review that lists what is missing, then submit. */
export function AttestationWizardPage() {
  const { id = '' } = useParams();
  const policy = useResource(() => api.get<ActivePolicy>('/policy'), []);
  const attestation = useResource(() => api.get<Attestation>(`/attestations/${id}`), [id]);
  const datacenterId = attestation.data?.datacenterId;
  const datacenter = useResource(() => (datacenterId ? api.get<Datacenter>(`/datacenters/${datacenterId}`) : Promise.resolve(undefined)), [datacenterId]);

  const error = policy.error ?? attestation.error;
  if (error) return <ErrorMessage error={error} />;
  if (!policy.data || !attestation.data) return <Loading what="Loading the attestation and the policy" />;
  const title = `Attestation of ${datacenter.data?.name ?? 'the facility'}, version ${attestation.data.version}`;
  if (attestation.data.status !== 'draft') {
    return (
      <>
        <h1>{title}</h1>
        <p className="notice">
          This attestation is <StatusBadge status={attestation.data.status} />: only a draft can change. <Link to={`/attestations/${id}`}>See its status</Link>.
        </p>
      </>
    );
  }
  return <Wizard key={attestation.data.id} title={title} policy={policy.data} initial={attestation.data} />;
}

interface WizardProps {
  title: string;
  policy: ActivePolicy;
  initial: Attestation;
}

function Wizard({ title, policy, initial }: WizardProps) {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const step = stepOf(searchParams.get('step'));
  const [saved, setSaved] = useState(initial);
  const [claims, setClaims] = useState(() => claimDraftsOf(initial.claims));
  const [counterparties, setCounterparties] = useState<Counterparty[]>(initial.counterparties);
  const [dirty, setDirty] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const controlOrder = policy.controls.map((control) => control.id);

  // Saving also re-pins the draft to the active policy version, which submission requires.
  const save = useAction(async () => {
    const updated = await api.patch<Attestation>(`/attestations/${saved.id}`, { claims: completeClaims(claims, controlOrder), counterparties });
    setSaved(updated);
    setDirty(false);
  });
  const needsSave = dirty || saved.policyVersionId !== policy.id;

  // A new step is announced by moving focus to its heading.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  async function goTo(next: Step) {
    setSavedNotice(false);
    if (needsSave && !(await save.run())) return;
    setSearchParams({ step: next });
  }

  async function saveNow() {
    setSavedNotice(await save.run());
  }

  function changeClaim(controlId: string, draft: ClaimDraft) {
    setClaims((previous) => ({ ...previous, [controlId]: draft }));
    setDirty(true);
    setSavedNotice(false);
  }

  function changeCounterparties(next: Counterparty[]) {
    setCounterparties(next);
    setDirty(true);
    setSavedNotice(false);
  }

  const evidenceChanged = {
    added: (evidence: Evidence) => setSaved((previous) => ({ ...previous, evidence: [...previous.evidence, evidence] })),
    removed: (evidenceId: string) => setSaved((previous) => ({ ...previous, evidence: previous.evidence.filter((item) => item.id !== evidenceId) })),
  };

  const index = STEPS.indexOf(step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  return (
    <>
      <h1>{title}</h1>
      <nav aria-label="Wizard steps">
        <ol className="steps op-steps">
          {STEPS.map((item) => (
            <li key={item} aria-current={item === step ? 'step' : undefined}>
              <button type="button" onClick={() => void goTo(item)} disabled={save.busy}>
                {stepLabel(item)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <h2 ref={heading} tabIndex={-1}>
        Step {index + 1} of {STEPS.length} — {stepLabel(step)}
      </h2>
      <ErrorMessage error={save.error} />
      {savedNotice && (
        <p className="notice" role="status">
          Draft saved.
        </p>
      )}
      {step === 'review' ? (
        <ReviewStep
          policy={policy}
          saved={saved}
          claims={claims}
          needsSave={needsSave}
          save={save.run}
          onGoTo={(target) => void goTo(target)}
          onSubmitted={() => navigate(`/attestations/${saved.id}`)}
        />
      ) : (
        <ConditionStep
          condition={step}
          policy={policy}
          attestationId={saved.id}
          claims={claims}
          evidence={saved.evidence}
          counterparties={counterparties}
          onClaimChange={changeClaim}
          onCounterpartiesChange={changeCounterparties}
          onEvidence={evidenceChanged}
        />
      )}
      <div className="actions">
        {previous && (
          <button type="button" className="secondary" onClick={() => void goTo(previous)} disabled={save.busy}>
            Back
          </button>
        )}
        {step !== 'review' && (
          <button type="button" className="secondary" onClick={() => void saveNow()} disabled={save.busy}>
            {save.busy ? 'Saving…' : 'Save draft'}
          </button>
        )}
        {next && (
          <button type="button" onClick={() => void goTo(next)} disabled={save.busy}>
            {next === 'review' ? 'Next: review' : `Next: ${next}`}
          </button>
        )}
      </div>
    </>
  );
}
