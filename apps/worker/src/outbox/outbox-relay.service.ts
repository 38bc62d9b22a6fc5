import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addJobs, DEFAULT_JOB_OPTIONS, EVENT_QUEUE, isOutboxEventType, jobToAdd, outboxJobId, QueueRegistry, type OutboxEventPayloads, type OutboxEventType, type QueueName } from '@tiergate/jobs';
import { OutboxStore, type PendingOutboxRow } from './outbox.store';

interface RoutableRow extends PendingOutboxRow {
  event_type: OutboxEventType;
}

/** The payload the api wrote for the row's event type, and the row's id, for the logs. */
type RelayedPayload = OutboxEventPayloads[OutboxEventType] & { outboxId: string };

/**
 * A Queue that has never reached Redis waits for it instead of failing; bound the wait so the
 * transaction (and its row locks) is not held for the length of an outage. A send that completes
 * after we gave up is harmless: the row is sent again later under the same job id.
 */
const SEND_TIMEOUT_MS = 5_000;

async function withinSendTimeout<T>(send: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not accept the jobs within ${SEND_TIMEOUT_MS} ms`)), SEND_TIMEOUT_MS);
  });
  send.catch(() => undefined);
  try {
    return await Promise.race([send, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RelayBatchResult {
  /** Outbox ids handed to BullMQ and marked sent in this batch. */
  sent: string[];
  /** Rows left pending because no queue of this version handles their event type. */
  unroutable: string[];
}

/**
 * Moves committed outbox rows to BullMQ.
 *
 * Rows are locked with FOR UPDATE SKIP LOCKED, so relays in several worker replicas take disjoint
 * batches. The rows are marked sent in the same transaction that locked them, after BullMQ accepted
 * the jobs: if the process dies in between, the lock goes with it and the rows are sent again —
 * under the same job ids, which BullMQ ignores. If Redis is down, the add fails, the transaction
 * rolls back, and the rows simply wait.
 */
@Injectable()
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly outbox: OutboxStore,
  ) {}

  async relayBatch(batchSize: number): Promise<RelayBatchResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.lockPending(manager, batchSize);

      const byQueue = new Map<QueueName, RoutableRow[]>();
      const unroutable: string[] = [];
      for (const row of rows) {
        if (!isOutboxEventType(row.event_type)) {
          // Written by a newer api than this worker knows: leave it for a worker that does.
          unroutable.push(row.id);
          continue;
        }
        const queue = EVENT_QUEUE[row.event_type];
        byQueue.set(queue, [...(byQueue.get(queue) ?? []), row as RoutableRow]);
      }

      for (const queueRows of byQueue.values()) {
        await withinSendTimeout(
          addJobs(
            this.queues,
            queueRows.map((row) => jobToAdd(row.event_type, { ...row.payload, outboxId: row.id } as RelayedPayload, { ...DEFAULT_JOB_OPTIONS, jobId: outboxJobId(row.id) })),
          ),
        );
      }

      const sent = [...byQueue.values()].flat().map((row) => row.id);
      if (sent.length > 0) {
        await this.outbox.markSent(manager, sent);
      }
      return { sent, unroutable };
    });
  }
}
