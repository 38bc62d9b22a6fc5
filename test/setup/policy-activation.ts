import request from 'supertest';
import type { TestActors, TestUser } from './actors';
import type { TestApi } from './test-api';

interface VersionView {
  id: string;
  version: string;
  status: string;
  approvalsRequired: number;
}

/**
 * The one way tests put a policy version into force, as regulators would: a quorum of distinct
 * regulators who did not publish it approves, then one of them activates it. `approvers` are used
 * first; fresh global regulators make up the rest of the quorum.
 */
export async function approveAndActivate(api: TestApi, actors: TestActors, versionId: string, approvers: TestUser[] = []): Promise<VersionView> {
  const version = (
    await request(api.server)
      .get(`/api/v1/policy/versions/${versionId}`)
      .set(await actors.admin())
      .expect(200)
  ).body as VersionView;
  const voters = [...approvers];
  while (voters.length < version.approvalsRequired) voters.push(await actors.user('regulator'));
  for (const voter of voters) await request(api.server).post(`/api/v1/policy/versions/${versionId}/approve`).set(voter.headers).expect(200);
  return (await request(api.server).post(`/api/v1/policy/versions/${versionId}/activate`).set(voters[0].headers).expect(200)).body as VersionView;
}

/** Other suites expect the reference pack in force: suites that activate another version put it back. */
export async function reactivateVersion(api: TestApi, actors: TestActors, version: string): Promise<void> {
  const { items } = (
    await request(api.server)
      .get('/api/v1/policy/versions?limit=200')
      .set(await actors.admin())
      .expect(200)
  ).body as { items: VersionView[] };
  const found = items.find((item) => item.version === version);
  if (found && found.status !== 'active') await approveAndActivate(api, actors, found.id);
}
