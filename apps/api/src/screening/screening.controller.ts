import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission } from '@tiergate/auth';
import { ScreenNamesDto } from './screening.dto';
import { ScreeningService } from './screening.service';

@ApiTags('screening')
@ApiBearerAuth()
@Controller('screening')
export class ScreeningController {
  constructor(private readonly screening: ScreeningService) {}

  /** One result per name, in the order given; each match names the list entry and its score. */
  @Post()
  @HttpCode(200)
  @RequirePermission(Permission.Screening)
  screen(@Body() body: ScreenNamesDto) {
    return this.screening.screen(body.names, body.threshold);
  }
}
