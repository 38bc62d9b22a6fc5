export { SAMPLE_SOURCE, sampleRestrictedParties } from './sample-restricted-parties';
export { SeededRandom } from './seeded-random';
