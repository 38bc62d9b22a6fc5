import type { Job } from 'bullmq';
import type { Clock } from '@tiergate/config';
import { QueueName, type JobPayloads, type QueueRegistry } from '@tiergate/jobs';
import type { ReauditService } from './reaudit.service';
import { ReauditProcessor } from './reaudit.processor';

describe('ReauditProcessor.schedule', () => {
  it('delays the reminder and the expiry by their distance from the injected Clock, on the reaudit queue', async () => {
    const added: { queue: string; name: string; data: unknown; opts: { jobId?: string; delay?: number } }[] = [];
    const queues = {
      get: (queue: string) => ({ add: async (name: string, data: unknown, opts: { jobId?: string; delay?: number }) => void added.push({ queue, name, data, opts }) }),
    } as unknown as QueueRegistry;
    const clock = { now: () => new Date('2031-01-01T00:00:00.000Z') } as Clock;
    const processor = new ReauditProcessor({} as ReauditService, queues, clock);

    const data = { attestationId: 'a1', remindAt: '2031-01-02T00:00:00.000Z', expireAt: '2030-12-31T00:00:00.000Z' };
    await processor.schedule({ data } as Job<JobPayloads['reaudit.scheduled']>);

    expect(added).toEqual([
      { queue: QueueName.Reaudit, name: 'reaudit.remind', data: { attestationId: 'a1' }, opts: { jobId: `remind-a1-${Date.parse(data.remindAt)}`, delay: 86_400_000 } },
      // Already due by the Clock: runs at once.
      { queue: QueueName.Reaudit, name: 'reaudit.expire', data: { attestationId: 'a1' }, opts: { jobId: `expire-a1-${Date.parse(data.expireAt)}`, delay: 0 } },
    ]);
  });
});
