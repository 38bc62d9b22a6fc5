// Submits drafts the way real clients do: spread over a few seconds (so a fault lands in the middle
// of the load, not after it), bounded concurrency, one Idempotency-Key per attestation, and on 503
// or a dropped connection the same request again with the same key, until it is accepted (202) or
// the deadline passes. Every answer is tallied for the report.
import { sleep } from '../stack/wait.mjs';
import { forEachConcurrently } from './concurrency.mjs';

const FIRST_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 2_000;

export class SubmissionLoad {
  constructor(operator, drafts, { concurrency, spreadMs, deadlineMs }) {
    this.operator = operator;
    this.drafts = drafts;
    this.concurrency = concurrency;
    this.spreadMs = spreadMs;
    this.deadlineMs = deadlineMs;
    /** Ids of the attestations whose submission answered 202 with their receipt. */
    this.accepted = new Set();
    this.tally = { requests: 0, unavailable: 0, dropped: 0, timeouts: 0, unexpected: [] };
    this.gaveUp = [];
    this.acceptedListeners = [];
  }

  start() {
    const started = Date.now();
    this.deadline = started + this.deadlineMs;
    this.done = forEachConcurrently(this.drafts, this.concurrency, async (draft, index) => {
      const due = started + (index * this.spreadMs) / this.drafts.length;
      if (due > Date.now()) await sleep(due - Date.now());
      await this.submit(draft);
    });
    return this;
  }

  /** Resolves once `count` submissions have been accepted (or the load has finished). */
  whenAccepted(count) {
    if (this.accepted.size >= count) return Promise.resolve();
    return Promise.race([new Promise((resolveCount) => this.acceptedListeners.push({ count, resolve: resolveCount })), this.done]);
  }

  async submit(draft) {
    const key = `drill-${draft.id}`;
    for (let attempt = 0; ; attempt += 1) {
      const result = await this.operator.request('POST', `/api/v1/attestations/${draft.id}/submit`, { json: {}, headers: { 'Idempotency-Key': key } });
      this.tally.requests += 1;
      if (result.status === 202 && result.body?.id === draft.id) return this.accept(draft.id);
      if (result.status === 503) this.tally.unavailable += 1;
      else if (result.failure === 'timeout') this.tally.timeouts += 1;
      else if (result.failure === 'network') this.tally.dropped += 1;
      else {
        // Anything else (a 500, a 409 for our own retry, a malformed receipt) is a defect, and retrying would hide it.
        this.tally.unexpected.push({ id: draft.id, status: result.status, body: result.body });
        return;
      }
      if (Date.now() >= this.deadline) {
        this.gaveUp.push(draft.id);
        return;
      }
      await sleep(Math.min(FIRST_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS));
    }
  }

  accept(id) {
    this.accepted.add(id);
    this.acceptedListeners = this.acceptedListeners.filter((listener) => {
      if (this.accepted.size < listener.count) return true;
      listener.resolve();
      return false;
    });
  }
}
