/**
 * One complete draft attestation built the way an operator builds it, through the real HTTP API:
 * an organisation and its operator (made by the admin), a facility with an inventory, a claim per
 * control of the active policy (waivable ones waived) and one PDF per required evidence type,
 * attached to every control that requires it. Benches clone it in bulk SQL for volume.
 */
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@tiergate/config';

export const BENCH_PDF = Buffer.from('%PDF-1.7\n% tiergate bench\n%%EOF\n');
const PASSWORD = 'bench-password-123';

type Json = Record<string, unknown>;

/** A JSON call to the API under `base` (http://host:port); throws with the answer on any non-2xx. */
export async function apiCall(base: string, path: string, init: RequestInit & { token?: string } = {}): Promise<Json> {
  const headers: Record<string, string> = {
    ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
    ...(init.headers as Record<string, string> | undefined),
  };
  const response = await fetch(`${base}${path}`, { ...init, headers });
  const body = (await response.json().catch(() => ({}))) as Json;
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export interface CompleteDraft {
  attestationId: string;
  datacenterId: string;
  organizationId: string;
  operatorId: string;
  operatorToken: string;
}

export async function createCompleteDraft(base: string, config: AppConfig, organizationName = `Bench ${randomUUID().slice(0, 8)}`): Promise<CompleteDraft> {
  const login = async (email: string, password: string) => (await apiCall(base, '/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) })).accessToken as string;
  const admin = await login(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
  const organizationId = (await apiCall(base, '/api/v1/organizations', { method: 'POST', token: admin, body: JSON.stringify({ name: organizationName, hqCountry: 'DE' }) })).id as string;
  const email = `bench-${randomUUID().slice(0, 8)}@example.test`;
  const operatorId = (await apiCall(base, '/api/v1/users', { method: 'POST', token: admin, body: JSON.stringify({ email, password: PASSWORD, role: 'operator', organizationId }) })).id as string;
  const operatorToken = await login(email, PASSWORD);

  const datacenterId = (await apiCall(base, '/api/v1/datacenters', { method: 'POST', token: operatorToken, body: JSON.stringify({ name: 'Bench template', countryCode: 'DE' }) })).id as string;
  await apiCall(base, `/api/v1/datacenters/${datacenterId}/inventory`, {
    method: 'PUT',
    token: operatorToken,
    body: JSON.stringify({ items: [{ vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 1024 }] }),
  });
  const controls = (await apiCall(base, '/api/v1/policy', { token: operatorToken })).controls as { id: string; waivable: boolean; requiredEvidence: string[] }[];
  const claims = controls.map((control) => ({ controlId: control.id, status: control.waivable ? 'not_applicable' : 'compliant', statement: 'Bench claim.' }));
  const attestationId = (await apiCall(base, `/api/v1/datacenters/${datacenterId}/attestations`, { method: 'POST', token: operatorToken, body: JSON.stringify({ claims }) })).id as string;

  const byType = new Map<string, string[]>();
  for (const control of controls.filter((candidate) => !candidate.waivable)) {
    for (const type of control.requiredEvidence) byType.set(type, [...(byType.get(type) ?? []), control.id]);
  }
  for (const [type, controlIds] of byType) {
    const form = new FormData();
    form.set('type', type);
    form.set('controlIds', controlIds.join(','));
    form.set('file', new Blob([BENCH_PDF], { type: 'application/pdf' }), 'evidence.pdf');
    await apiCall(base, `/api/v1/attestations/${attestationId}/evidence`, { method: 'POST', token: operatorToken, body: form });
  }
  return { attestationId, datacenterId, organizationId, operatorId, operatorToken };
}
