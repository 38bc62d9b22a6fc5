import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Worker, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { JOB_QUEUE, QUEUE_PREFIX, redisConnectionOptions, type JobName, type QueueName } from '@tiergate/jobs';
import { ON_JOB } from './on-job.decorator';

type JobHandler = (job: Job) => Promise<unknown>;

/**
 * Finds every @OnJob method and runs one BullMQ Worker per queue that has handlers.
 * A queue whose events are only partly handled stops the boot: a job without a handler would
 * otherwise fail in production, long after the deploy.
 */
@Injectable()
export class JobWorkersHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobWorkersHost.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.discoverHandlers();
    const byQueue = new Map<QueueName, Map<string, JobHandler>>();
    for (const [jobName, handler] of handlers) {
      const queue = JOB_QUEUE[jobName];
      byQueue.set(queue, (byQueue.get(queue) ?? new Map()).set(jobName, handler));
    }
    for (const [queue, queueHandlers] of byQueue) {
      const missing = (Object.keys(JOB_QUEUE) as JobName[]).filter((name) => JOB_QUEUE[name] === queue && !queueHandlers.has(name));
      if (missing.length > 0) throw new Error(`queue ${queue} has no handler for: ${missing.join(', ')}`);
      this.workers.push(this.startWorker(queue, queueHandlers));
    }
    this.logger.log(`processing queues: ${[...byQueue.keys()].join(', ') || '(none)'}`);
  }

  /** Stops before the queues and the database pool close (they close after every module is destroyed). */
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private discoverHandlers(): Map<JobName, JobHandler> {
    const handlers = new Map<JobName, JobHandler>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      for (const methodName of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const method = instance[methodName] as JobHandler;
        const jobName = this.reflector.get<JobName | undefined>(ON_JOB, method);
        if (!jobName) continue;
        if (handlers.has(jobName)) throw new Error(`job ${jobName} has two handlers`);
        handlers.set(jobName, method.bind(instance));
      }
    }
    return handlers;
  }

  private startWorker(queue: QueueName, handlers: Map<string, JobHandler>): Worker {
    const worker = new Worker(
      queue,
      async (job) => {
        const handler = handlers.get(job.name);
        if (!handler) throw new Error(`no handler for job ${job.name} on queue ${queue}`);
        return handler(job);
      },
      {
        connection: redisConnectionOptions(this.config.REDIS_URL, 'consumer'),
        prefix: QUEUE_PREFIX,
        concurrency: 4,
        // A worker that died mid-job gives its jobs back within seconds rather than the default 30 s.
        lockDuration: 10_000,
        stalledInterval: 5_000,
      },
    );
    worker.on('failed', (job, error) => this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`));
    worker.on('error', (error) => this.logger.warn(`worker ${queue}: ${error.message}`));
    return worker;
  }
}
