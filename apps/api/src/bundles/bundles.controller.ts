import { Controller, Get, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermission, type Principal } from '@tiergate/auth';
import { Clock } from '@tiergate/config';
import { CurrentPrincipal } from '../common/current-principal.decorator';
import { ReportSigner } from '../report-signing/report-signer';
import { AttestationBundleService } from './attestation-bundle.service';
import { writeBundleZip } from './bundle-zip.writer';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class BundlesController {
  constructor(
    private readonly bundles: AttestationBundleService,
    private readonly signer: ReportSigner,
    private readonly clock: Clock,
  ) {}

  @Get('attestations/:id/bundle')
  @RequirePermission(Permission.ReportsRead)
  @ApiProduces('application/zip')
  @ApiOperation({
    summary:
      'A ZIP to archive and check offline: the frozen statement (and its DSSE envelope), every evidence file, the policy version, findings, decisions, audit entries, and a manifest signed with the platform key',
  })
  async bundle(@Param('id', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    // Everything that can fail with a status code happens here, before the first byte is sent.
    const bundle = await this.bundles.bundleOf(id, principal);
    return new StreamableFile(writeBundleZip(bundle, this.signer, this.clock.now()), {
      type: 'application/zip',
      disposition: `attachment; filename="attestation-${id}-bundle.zip"`,
    });
  }
}
