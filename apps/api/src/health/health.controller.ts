import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@tiergate/auth';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { ServiceUnavailableError } from '@tiergate/domain';
import { SharedRedis } from '@tiergate/jobs';

@Public()
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: SharedRedis,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Readiness: 200 when PostgreSQL and Redis answer, 503 while either is down' })
  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1_500 }),
        async () => {
          const redis = this.indicators.check('redis');
          return (await this.redis.ping(1_500)) ? redis.up() : redis.down({ message: 'Redis did not answer PING' });
        },
      ]);
    } catch (error) {
      // Terminus reports a failed check as Nest's ServiceUnavailableException; it becomes ours here.
      if (error instanceof ServiceUnavailableException) {
        const result = error.getResponse() as HealthCheckResult;
        const down = Object.keys(result.error ?? {});
        throw new ServiceUnavailableError(`Not ready: ${down.join(' and ')} unavailable`, { details: result });
      }
      throw error;
    }
  }
}
