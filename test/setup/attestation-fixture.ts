import request from 'supertest';
import type { Headers, TestActors } from './actors';
import type { TestApi } from './test-api';

interface PolicyControl {
  id: string;
  requiredEvidence: string[];
  waivable: boolean;
}

/** Bytes that pass the media-type sniffer as a PDF. */
export const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** A PNG signature and header: sniffed as image/png. */
export const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/**
 * Builds complete attestations the way an operator would: a claim per control of the active
 * policy (waivable ones waived) and one PDF per required evidence type, attached to every control
 * that requires it.
 */
export class AttestationFixture {
  private controls: PolicyControl[] | null = null;

  private facilities = 0;

  constructor(private readonly api: TestApi) {}

  /** A new organisation (HQ `hq`, default DE) with one facility and its inventory (`vendor,model,quantity` lines). */
  async facility(actors: TestActors, options: { country?: string; hq?: string; inventory?: string; latitude?: number; longitude?: number } = {}) {
    this.facilities += 1;
    const organizationId = await actors.organization(options.hq ?? 'DE', `Facility Org ${this.facilities} ${Date.now()}`);
    const operator = await actors.operatorOf(organizationId);
    const datacenter = await request(this.api.server)
      .post('/api/v1/datacenters')
      .set(operator)
      .send({ name: `Site ${this.facilities}`, countryCode: options.country ?? 'DE', latitude: options.latitude, longitude: options.longitude })
      .expect(201);
    await request(this.api.server)
      .put(`/api/v1/datacenters/${datacenter.body.id}/inventory`)
      .set(operator)
      .set('Content-Type', 'text/csv')
      .send(`vendor,model,quantity\n${options.inventory ?? 'NVIDIA,H100 SXM5 80GB,512'}\n`)
      .expect(200);
    return { organizationId, operator, datacenterId: datacenter.body.id as string };
  }

  /** Drafts a complete attestation for the facility, lets `before` change it, and submits it (202). */
  async submitComplete(datacenterId: string, operator: Headers, before?: (attestationId: string) => Promise<void>): Promise<string> {
    const id = await this.draft(datacenterId, operator);
    await this.attachRequiredEvidence(id, operator);
    if (before) await before(id);
    await request(this.api.server).post(`/api/v1/attestations/${id}/submit`).set(operator).send({}).expect(202);
    return id;
  }

  async activeControls(as: Headers): Promise<PolicyControl[]> {
    this.controls ??= (await request(this.api.server).get('/api/v1/policy').set(as).expect(200)).body.controls as PolicyControl[];
    return this.controls;
  }

  async claims(as: Headers) {
    return (await this.activeControls(as)).map((control) => ({
      controlId: control.id,
      status: control.waivable ? 'not_applicable' : 'compliant',
      statement: `We meet ${control.id}.`,
    }));
  }

  async draft(datacenterId: string, as: Headers): Promise<string> {
    const response = await request(this.api.server)
      .post(`/api/v1/datacenters/${datacenterId}/attestations`)
      .set(as)
      .send({ claims: await this.claims(as) })
      .expect(201);
    return response.body.id as string;
  }

  /** Every evidence type a compliant claim requires, one file each. */
  async attachRequiredEvidence(attestationId: string, as: Headers): Promise<void> {
    const byType = new Map<string, string[]>();
    for (const control of await this.activeControls(as)) {
      if (control.waivable) continue;
      for (const type of control.requiredEvidence) byType.set(type, [...(byType.get(type) ?? []), control.id]);
    }
    for (const [type, controlIds] of byType) {
      await this.upload(attestationId, as, { type, controlIds: controlIds.join(',') }).expect(201);
    }
  }

  upload(attestationId: string, as: Headers, fields: Record<string, string>, file: { bytes: Buffer; contentType: string } = { bytes: PDF_BYTES, contentType: 'application/pdf' }) {
    let call = request(this.api.server).post(`/api/v1/attestations/${attestationId}/evidence`).set(as);
    for (const [name, value] of Object.entries(fields)) call = call.field(name, value);
    return call.attach('file', file.bytes, { filename: 'evidence.bin', contentType: file.contentType });
  }
}
