import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JsonWebKey } from 'node:crypto';
import { Public } from '@tiergate/auth';
import { ReportSigner } from './report-signer';

@ApiTags('reports')
@Controller('reports')
export class ReportSigningController {
  constructor(private readonly signer: ReportSigner) {}

  /** Public on purpose: whoever holds a report must be able to check it without an account. */
  @Get('public-key')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'The platform key that signs reports and bundles, as a JWKS (Ed25519 OKP JWK with kid)' })
  publicKey(): { keys: Array<JsonWebKey & { kid: string }> } {
    return { keys: [this.signer.publicKeyJwk()] };
  }
}
