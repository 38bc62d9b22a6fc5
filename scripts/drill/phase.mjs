// One fault of the drill: submissions start, the fault strikes once a third of them are accepted,
// the rest go on through it, then the drill waits (bounded) until every accepted submission has
// been verified and counts what PostgreSQL recorded.
import { log } from '../stack/log.mjs';
import { sleep } from '../stack/wait.mjs';
import { countOutcome } from './ledger.mjs';
import { SubmissionLoad } from './load.mjs';

/** Each fault's submissions are spread over this long; the fault strikes a third of the way in. */
const LOAD_SPREAD_MS = 6_000;
/** A submission still refused after this long counts as not accepted. */
const LOAD_DEADLINE_MS = 120_000;
/** The sweeper, retries and a new worker all recover within seconds; beyond this, the rest is lost. */
const VERIFY_TIMEOUT_MS = 180_000;
const PROGRESS_EVERY_MS = 5_000;

export async function runPhase(drill, fault, drafts, { concurrency, number, of }) {
  const started = Date.now();
  const ids = drafts.map((draft) => draft.id);
  log('drill', `fault ${number}/${of}: ${fault.describe}, during ${drafts.length} submissions`);
  const load = new SubmissionLoad(drill.operator, drafts, { concurrency, spreadMs: LOAD_SPREAD_MS, deadlineMs: LOAD_DEADLINE_MS }).start();

  await load.whenAccepted(Math.max(1, Math.ceil(drafts.length / 3)));
  // An attestation of this phase for the fault to probe the api with: accepted already, as a rule.
  const sampleId = load.accepted.values().next().value ?? ids[0];
  Object.assign(drill, { phaseIds: ids, sample: { id: sampleId, key: `drill-${sampleId}` } });
  const { inFlight } = await drill.ledger.inFlight(ids);
  log('drill', `  ${load.accepted.size}/${drafts.length} accepted, ${inFlight} of them not yet verified: injecting the fault`);
  const injected = await fault.inject(drill);
  log('drill', `  ${injected.note}`);

  await load.done;
  const { requests, unavailable, dropped } = load.tally;
  log('drill', `  submissions answered: ${load.accepted.size}/${drafts.length} accepted after ${requests} requests (${unavailable} answered 503${dropped ? `, ${dropped} dropped connections` : ''})`);
  const outcome = await waitForVerification(drill.ledger, ids, [...load.accepted]);

  const problems = [...injected.problems, ...loadProblems(load)];
  if (outcome.lost > 0) problems.push(`lost (accepted, never verified): ${outcome.lostIds.slice(0, 10).join(', ')}${outcome.lost > 10 ? ', …' : ''}`);
  if (outcome.duplicated > 0) problems.push(`duplicated: ${outcome.duplicatedIds.slice(0, 10).join(', ')}${outcome.duplicated > 10 ? ', …' : ''}`);
  return {
    fault: fault.name,
    ...outcome,
    inFlight,
    unavailable,
    probes: injected.probes ?? [],
    tookMs: Date.now() - started,
    note: `${injected.note}; verified: ${outcome.inReview} in review, ${outcome.rejected} rejected`,
    problems,
    passed: problems.length === 0,
  };
}

function loadProblems(load) {
  const problems = [];
  for (const { id, status, body } of load.tally.unexpected.slice(0, 5)) problems.push(`submit of ${id} answered ${status}: ${JSON.stringify(body).slice(0, 300)}`);
  if (load.tally.unexpected.length > 5) problems.push(`… and ${load.tally.unexpected.length - 5} more unexpected answers`);
  if (load.tally.timeouts > 0) problems.push(`${load.tally.timeouts} submit request(s) got no answer in time (a hang)`);
  if (load.gaveUp.length > 0) problems.push(`${load.gaveUp.length} submission(s) were still refused after ${LOAD_DEADLINE_MS / 1000} s`);
  return problems;
}

/** Polls PostgreSQL until nothing accepted is left unverified, or the timeout; logs progress. */
async function waitForVerification(ledger, ids, acceptedIds) {
  const deadline = Date.now() + VERIFY_TIMEOUT_MS;
  let lastProgress = Date.now();
  for (;;) {
    const outcome = countOutcome(await ledger.facts(ids), acceptedIds);
    if (outcome.lost === 0 || Date.now() >= deadline) return outcome;
    if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
      log('drill', `  verified ${outcome.terminal}/${outcome.terminal + outcome.lost}; waiting for ${outcome.lost} more`);
      lastProgress = Date.now();
    }
    await sleep(500);
  }
}
