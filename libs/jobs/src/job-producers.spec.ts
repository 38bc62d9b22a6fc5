import { addJob, addJobs, jobToAdd, scheduleRepeatingJob, type JobQueues } from './job-producers';
import { QueueName, type QueueName as QueueNameType } from './queues';

/** Records what each queue was asked to add, in order. */
function recordingQueues() {
  const calls: { queue: QueueNameType; method: string; args: unknown[] }[] = [];
  const queues = {
    get: (queue: QueueNameType) => ({
      add: async (...args: unknown[]) => void calls.push({ queue, method: 'add', args }),
      addBulk: async (...args: unknown[]) => void calls.push({ queue, method: 'addBulk', args }),
      upsertJobScheduler: async (...args: unknown[]) => void calls.push({ queue, method: 'upsertJobScheduler', args }),
    }),
  } as unknown as JobQueues;
  return { queues, calls };
}

describe('typed job producers', () => {
  it('adds a job to the queue its name belongs to', async () => {
    const { queues, calls } = recordingQueues();
    await addJob(queues, 'reaudit.remind', { attestationId: 'a' }, { jobId: 'remind-a', delay: 5 });
    await addJob(queues, 'notification.email', { notificationId: 'n' });
    expect(calls).toEqual([
      { queue: QueueName.Reaudit, method: 'add', args: ['reaudit.remind', { attestationId: 'a' }, { jobId: 'remind-a', delay: 5 }] },
      { queue: QueueName.Notification, method: 'add', args: ['notification.email', { notificationId: 'n' }, undefined] },
    ]);
  });

  it('adds many jobs in one addBulk per queue, keeping their order', async () => {
    const { queues, calls } = recordingQueues();
    await addJobs(queues, [
      jobToAdd('webhook.deliver', { deliveryId: 'd1' }, { jobId: 'webhook-d1' }),
      jobToAdd('attestation.submitted', { attestationId: 'a1' }),
      jobToAdd('notification.email', { notificationId: 'n1' }),
      jobToAdd('webhook.deliver', { deliveryId: 'd2' }),
    ]);
    expect(calls).toEqual([
      {
        queue: QueueName.Notification,
        method: 'addBulk',
        args: [
          [
            { name: 'webhook.deliver', data: { deliveryId: 'd1' }, opts: { jobId: 'webhook-d1' } },
            { name: 'notification.email', data: { notificationId: 'n1' } },
            { name: 'webhook.deliver', data: { deliveryId: 'd2' } },
          ],
        ],
      },
      { queue: QueueName.Verification, method: 'addBulk', args: [[{ name: 'attestation.submitted', data: { attestationId: 'a1' } }]] },
    ]);
    await addJobs(queues, []);
    expect(calls).toHaveLength(2);
  });

  it('declares a repeating job on its queue', async () => {
    const { queues, calls } = recordingQueues();
    await scheduleRepeatingJob(queues, 'maintenance-sweeper', { every: 1_000 }, 'maintenance.sweep', {});
    expect(calls).toEqual([{ queue: QueueName.Maintenance, method: 'upsertJobScheduler', args: ['maintenance-sweeper', { every: 1_000 }, { name: 'maintenance.sweep', data: {} }] }]);
  });

  it('refuses, at compile time, a payload of another job or an unknown job name (checked by tsc)', () => {
    // @ts-expect-error webhook.deliver carries a deliveryId, not an attestationId
    const wrongPayload = jobToAdd('webhook.deliver', { attestationId: 'a' });
    // @ts-expect-error there is no job named reaudit.remnd
    const unknownName = jobToAdd('reaudit.remnd', { attestationId: 'a' });
    expect([wrongPayload.name, unknownName.name]).toEqual(['webhook.deliver', 'reaudit.remnd']);
  });
});
