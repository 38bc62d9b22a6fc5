import type { OscalResource } from './oscal-document';
import { oscalIds } from './oscal-identifiers';
import { tiergateProp } from './oscal-values';

/**
 * Tiergate has no separate OSCAL assessment plan: the policy version is the plan. `import-ap`
 * points at this back-matter resource, which names the version.
 */
export function assessmentPlanResource(policy: { versionId: string; version: string; title?: string } | null): OscalResource {
  if (!policy) {
    return {
      uuid: oscalIds.assessmentPlan(null),
      title: 'The Tiergate policy in force',
      description: 'The assessment plan is the Tiergate policy version under which each facility was judged.',
    };
  }
  return {
    uuid: oscalIds.assessmentPlan(policy.versionId),
    title: `Tiergate policy ${policy.version}${policy.title ? `: ${policy.title}` : ''}`,
    description: 'The assessment plan: the Tiergate policy version (a versioned export-regime policy pack) whose controls are the objectives assessed.',
    props: [tiergateProp('policy-version-id', policy.versionId), tiergateProp('policy-version', policy.version)],
    rlinks: [{ href: `urn:tiergate:policy-version:${policy.versionId}` }],
  };
}
