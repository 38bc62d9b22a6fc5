/**
 * The part of NIST OSCAL 1.0.6 assessment-results that Tiergate writes. Field names are the JSON
 * schema's own; arrays the schema requires to be non-empty are optional here and left out when
 * there is nothing to put in them.
 */
export const OSCAL_VERSION = '1.0.6';

export interface OscalProperty {
  name: string;
  /** A single line without leading or trailing blanks (the schema's StringDatatype). */
  value: string;
  ns?: string;
  class?: string;
}

export interface OscalLink {
  href: string;
  rel?: string;
  'media-type'?: string;
  text?: string;
}

export interface OscalHash {
  algorithm: 'SHA-256';
  value: string;
}

export interface OscalParty {
  uuid: string;
  type: 'organization' | 'person';
  name?: string;
  props?: OscalProperty[];
}

export interface OscalMetadata {
  title: string;
  'last-modified': string;
  version: string;
  'oscal-version': typeof OSCAL_VERSION;
  props?: OscalProperty[];
  parties?: OscalParty[];
  remarks?: string;
}

export interface OscalImportAp {
  href: string;
  remarks?: string;
}

export interface OscalOriginActor {
  type: 'tool' | 'assessment-platform' | 'party';
  'actor-uuid': string;
  props?: OscalProperty[];
}

export interface OscalOrigin {
  actors: OscalOriginActor[];
}

export interface OscalRelevantEvidence {
  href?: string;
  description: string;
  props?: OscalProperty[];
}

export type OscalObservationMethod = 'EXAMINE' | 'INTERVIEW' | 'TEST' | 'UNKNOWN';

export interface OscalObservation {
  uuid: string;
  title?: string;
  description: string;
  props?: OscalProperty[];
  methods: OscalObservationMethod[];
  types?: string[];
  origins?: OscalOrigin[];
  'relevant-evidence'?: OscalRelevantEvidence[];
  collected: string;
  expires?: string;
  remarks?: string;
}

export type OscalRiskStatus = 'open' | 'investigating' | 'remediating' | 'deviation-requested' | 'deviation-approved' | 'closed';

export interface OscalRisk {
  uuid: string;
  title: string;
  description: string;
  statement: string;
  props?: OscalProperty[];
  status: OscalRiskStatus;
  origins?: OscalOrigin[];
}

export type OscalObjectiveState = 'satisfied' | 'not-satisfied';

export interface OscalFindingTarget {
  type: 'objective-id' | 'statement-id';
  'target-id': string;
  title?: string;
  status: { state: OscalObjectiveState; reason?: string; remarks?: string };
}

export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  origins?: OscalOrigin[];
  target: OscalFindingTarget;
  'related-observations'?: { 'observation-uuid': string }[];
  'related-risks'?: { 'risk-uuid': string }[];
  remarks?: string;
}

export interface OscalControlSelection {
  description?: string;
  /** An empty object: every control of the assessment plan. */
  'include-all'?: Record<string, never>;
  'include-controls'?: { 'control-id': string }[];
}

export interface OscalReviewedControls {
  description?: string;
  'control-selections': OscalControlSelection[];
}

export interface OscalAssessmentPlatform {
  uuid: string;
  title?: string;
  props?: OscalProperty[];
}

export interface OscalResult {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end?: string;
  props?: OscalProperty[];
  'local-definitions'?: { 'assessment-assets': { 'assessment-platforms': OscalAssessmentPlatform[] } };
  'reviewed-controls': OscalReviewedControls;
  observations?: OscalObservation[];
  risks?: OscalRisk[];
  findings?: OscalFinding[];
  remarks?: string;
}

export interface OscalResource {
  uuid: string;
  title?: string;
  description?: string;
  props?: OscalProperty[];
  rlinks?: { href: string; 'media-type'?: string; hashes?: OscalHash[] }[];
  remarks?: string;
}

export interface OscalAssessmentResults {
  uuid: string;
  metadata: OscalMetadata;
  'import-ap': OscalImportAp;
  results: OscalResult[];
  'back-matter'?: { resources: OscalResource[] };
}

/** The whole JSON document, as served and as validated against NIST's schema. */
export interface OscalAssessmentResultsDocument {
  'assessment-results': OscalAssessmentResults;
}
