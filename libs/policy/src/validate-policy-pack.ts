import { packPatternProblem } from './pack-pattern';
import { policyPackSchema, type PolicyPack } from './policy-pack.schema';

export type PolicyValidation = { ok: true; pack: PolicyPack } | { ok: false; errors: string[] };

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => (seen.has(value) ? true : (seen.add(value), false))))];
}

/** `<path>: <owner> has an invalid pattern <pattern>: <why>`, the path locating the field itself (e.g. `accelerators[2].matches[0]`). */
function patternError(path: string, owner: string, pattern: string): string | undefined {
  const problem = packPatternProblem(pattern);
  return problem === undefined ? undefined : `${path}: ${owner} has an invalid pattern ${pattern}: ${problem}`;
}

/**
 * Structural and semantic validation together, reporting every problem rather than the first:
 * a regulator fixing a pack should see the whole list at once.
 */
export function validatePolicyPack(input: unknown, knownCountryCodes: ReadonlySet<string>): PolicyValidation {
  const parsed = policyPackSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(pack)'}: ${issue.message}`) };
  }
  const pack = parsed.data;
  const errors: string[] = [];
  for (const code of duplicates(pack.countries.map((country) => country.code))) {
    errors.push(`countries: ${code} is listed more than once (a country has exactly one tier)`);
  }
  for (const country of pack.countries) {
    if (!knownCountryCodes.has(country.code)) errors.push(`countries: ${country.code} is not an ISO 3166-1 country code`);
  }
  for (const id of duplicates(pack.controls.map((control) => control.id))) errors.push(`controls: id ${id} is used more than once`);
  const evidenceTypes = new Set(pack.evidenceTypes);
  const takenByAControl = new Set(pack.controls.flatMap((control) => [...control.requiredEvidence, ...control.acceptedEvidence]));
  for (const control of pack.controls) {
    if (!control.id.startsWith(`${control.condition}-`)) errors.push(`controls: ${control.id} is filed under ${control.condition}`);
    for (const type of [...control.requiredEvidence, ...control.acceptedEvidence]) {
      if (!evidenceTypes.has(type)) errors.push(`controls: ${control.id} names evidence type ${type}, which evidenceTypes does not list`);
    }
  }
  for (const type of pack.evidenceTypes) {
    if (!takenByAControl.has(type)) errors.push(`evidenceTypes: no control can take ${type}`);
  }
  for (const model of duplicates(pack.accelerators.map((a) => `${a.vendor} ${a.model}`.toLowerCase()))) {
    errors.push(`accelerators: ${model} is listed more than once`);
  }
  pack.accelerators.forEach((accelerator, index) => {
    accelerator.matches.forEach((pattern, position) => {
      const error = patternError(`accelerators[${index}].matches[${position}]`, accelerator.model, pattern);
      if (error) errors.push(error);
    });
  });
  for (const id of duplicates(pack.prohibitedHardware.map((rule) => rule.id))) {
    errors.push(`prohibitedHardware: id ${id} is used more than once`);
  }
  pack.prohibitedHardware.forEach((rule, index) => {
    const error = patternError(`prohibitedHardware[${index}].pattern`, rule.id, rule.pattern);
    if (error) errors.push(error);
  });
  for (const id of duplicates(pack.restrictedParties.map((party) => party.id))) {
    errors.push(`restrictedParties: id ${id} is used more than once`);
  }
  for (const party of pack.restrictedParties) {
    if (party.country && !knownCountryCodes.has(party.country)) errors.push(`restrictedParties: ${party.id} has country ${party.country}, which is not an ISO 3166-1 code`);
  }
  if (pack.screeningThreshold === 0) errors.push('screeningThreshold: 0 would report every name as a match of every listed party');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}
