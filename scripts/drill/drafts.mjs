// The drill's data, made through the HTTP API the way an operator would: an organisation, an
// operator, facilities with an inventory, and complete drafts (a claim per control, one PDF per
// required evidence type) ready to submit. Mirrors test/setup/attestation-fixture.ts.
import { randomBytes } from 'node:crypto';
import { log } from '../stack/log.mjs';
import { forEachConcurrently } from './concurrency.mjs';
import { Session, expectStatus } from './http.mjs';

/** Bytes that pass the media-type sniffer as a PDF. */
const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const DRAFTS_PER_FACILITY = 10;
const CLEAN_INVENTORY = 'NVIDIA,H100 SXM5 80GB,512';
/** Every fifth facility holds prohibited hardware, so automated rejection is drilled too. */
const PROHIBITED_INVENTORY = 'NVIDIA,H100 SXM5 80GB,512\nHuawei,Ascend 910B,64';

/** Signs in as the bootstrap admin and makes an organisation with one operator. */
export async function createOperator(baseUrl, admin) {
  const adminSession = await Session.signIn(baseUrl, admin.email, admin.password);
  const organization = expectStatus(await adminSession.request('POST', '/api/v1/organizations', { json: { name: 'Fault Drill Operator', hqCountry: 'DE' } }), 201, 'creating the organisation');
  const operator = { email: 'drill-operator@example.test', password: randomBytes(12).toString('hex') };
  expectStatus(await adminSession.request('POST', '/api/v1/users', { json: { ...operator, role: 'operator', organizationId: organization.id } }), 201, 'creating the operator');
  return Session.signIn(baseUrl, operator.email, operator.password);
}

/** `count` complete drafts, spread over facilities; returns [{ id, datacenterId }]. */
export async function prepareDrafts(operator, count, { concurrency }) {
  const controls = expectStatus(await operator.request('GET', '/api/v1/policy'), 200, 'reading the active policy').controls;
  const claims = controls.map((control) => ({ controlId: control.id, status: control.waivable ? 'not_applicable' : 'compliant', statement: `We meet ${control.id}.` }));
  const evidence = requiredEvidence(controls);

  const facilities = [];
  const facilityCount = Math.ceil(count / DRAFTS_PER_FACILITY);
  await forEachConcurrently([...Array(facilityCount).keys()], concurrency, async (index) => {
    facilities[index] = await createFacility(operator, index);
  });

  const drafts = [];
  let made = 0;
  await forEachConcurrently([...Array(count).keys()], concurrency, async (index) => {
    const datacenterId = facilities[index % facilityCount];
    const draft = expectStatus(await operator.request('POST', `/api/v1/datacenters/${datacenterId}/attestations`, { json: { claims } }), 201, 'creating a draft');
    for (const [type, controlIds] of evidence) {
      const form = new FormData();
      form.append('type', type);
      form.append('controlIds', controlIds.join(','));
      form.append('file', new Blob([PDF_BYTES], { type: 'application/pdf' }), 'evidence.pdf');
      expectStatus(await operator.request('POST', `/api/v1/attestations/${draft.id}/evidence`, { form }), 201, `attaching ${type} evidence`);
    }
    drafts[index] = { id: draft.id, datacenterId };
    made += 1;
    if (made % 100 === 0 && made < count) log('drill', `prepared ${made}/${count} drafts`);
  });
  log('drill', `prepared ${count} complete drafts on ${facilityCount} facilities`);
  return drafts;
}

async function createFacility(operator, index) {
  const datacenter = expectStatus(await operator.request('POST', '/api/v1/datacenters', { json: { name: `Drill site ${index + 1}`, countryCode: 'DE' } }), 201, 'creating a facility');
  const inventory = index % 5 === 4 ? PROHIBITED_INVENTORY : CLEAN_INVENTORY;
  expectStatus(
    await operator.request('PUT', `/api/v1/datacenters/${datacenter.id}/inventory`, { text: { body: `vendor,model,quantity\n${inventory}\n`, contentType: 'text/csv' } }),
    200,
    'declaring the inventory',
  );
  return datacenter.id;
}

/** Evidence type → the non-waivable controls that require it (waivable ones are claimed not applicable). */
function requiredEvidence(controls) {
  const byType = new Map();
  for (const control of controls) {
    if (control.waivable) continue;
    for (const type of control.requiredEvidence) byType.set(type, [...(byType.get(type) ?? []), control.id]);
  }
  return byType;
}
