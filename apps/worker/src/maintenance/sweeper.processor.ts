import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tiergate/config';
import { QueueRegistry, scheduleRepeatingJob } from '@tiergate/jobs';
import { OnJob } from '../jobs/on-job.decorator';
import { SweeperService, type SweepReport } from './sweeper.service';

const SCHEDULER_ID = 'maintenance-sweeper';

/**
 * Runs the sweeper as a BullMQ job scheduler (one sweep per interval across all replicas). The
 * scheduler lives in Redis, so it is re-declared on every interval: a Redis that lost its data gets
 * it back within one period.
 */
@Injectable()
export class SweeperProcessor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SweeperProcessor.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sweeper: SweeperService,
    private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.declare();
    this.timer = setInterval(() => void this.declare(), this.config.SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  @OnJob('maintenance.sweep')
  sweep(): Promise<SweepReport> {
    return this.sweeper.sweep();
  }

  private async declare(): Promise<void> {
    try {
      await scheduleRepeatingJob(this.queues, SCHEDULER_ID, { every: this.config.SWEEP_INTERVAL_MS }, 'maintenance.sweep', {});
    } catch (error) {
      this.logger.warn(`could not declare the sweeper schedule (Redis down?): ${(error as Error).message}`);
    }
  }
}
