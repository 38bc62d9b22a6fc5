import { z } from 'zod';
import { greatCircleKm, type GeoPoint } from './great-circle';

/**
 * A location probe (evidence type `location_probe`, condition C5): round-trip times measured from a
 * GPU host of the facility to landmarks at known positions. Light in fibre covers at most about
 * 200 km per millisecond, so an RTT bounds how far the host can be from each landmark; a declared
 * location outside that bound means the chips are not where the operator says they are.
 *
 * File format (UTF-8 JSON, see LOCATION_PROBE.md):
 *
 *   {
 *     "version": 1,
 *     "measuredAt": "2026-03-01T12:00:00Z",
 *     "host": "gpu-node-17.example",
 *     "measurements": [
 *       { "landmark": { "id": "fra-1", "latitude": 50.11, "longitude": 8.68 }, "rttMs": 4.2 }
 *     ]
 *   }
 *
 * The check can only prove a location impossible, never prove it right: a host may answer slowly
 * from anywhere, but it cannot answer faster than physics allows.
 */

/**
 * Signal speed in optical fibre: c / ~1.47 ≈ 204 km/ms. Rounded to 200 because real routes are never
 * straight lines, so no honest facility comes near the difference.
 */
export const FIBRE_KM_PER_MS = 200;
/** More landmarks than this adds nothing a reviewer can use and only makes a hostile file expensive. */
export const MAX_PROBE_MEASUREMENTS = 1_000;
/** Bytes past which a probe is not parsed at all (a real one is a few kilobytes). */
export const MAX_PROBE_BYTES = 1024 * 1024;

const landmarkSchema = z.object({
  id: z.string().min(1).max(100),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

const measurementSchema = z.object({
  landmark: landmarkSchema,
  /** Round-trip time in milliseconds; zero would put the host inside the landmark. */
  rttMs: z.number().positive().finite(),
});

/** Fields beyond these are ignored (probe tools add their own metadata); `version` changes when meaning does. */
export const locationProbeSchema = z.object({
  version: z.literal(1),
  measuredAt: z.string().datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-03-01T12:00:00Z' }),
  host: z.string().min(1).max(255),
  measurements: z.array(measurementSchema).min(1, 'must hold at least one measurement').max(MAX_PROBE_MEASUREMENTS),
});

export type LocationProbe = z.infer<typeof locationProbeSchema>;

/**
 * A parsed probe, or why the file is not one. An unreadable probe is not thrown: it is evidence the
 * operator attached to back a location claim, so verification reports it as LOCATION_INCONSISTENT
 * carrying this error rather than silently ignoring it.
 */
export type LocationProbeParse = { ok: true; probe: LocationProbe } | { ok: false; error: string };

/** One landmark that could not have answered in the measured time from the declared location. */
export interface LocationInconsistency {
  landmarkId: string;
  rttMs: number;
  /** Great-circle distance from the landmark to the declared coordinates. */
  distanceKm: number;
  /** Farthest the host can be from the landmark given the measured RTT. */
  maxDistanceKm: number;
  /** Fastest RTT physically possible from the declared location to the landmark. */
  minimumRttMs: number;
}

export function parseLocationProbe(bytes: Buffer): LocationProbeParse {
  if (bytes.length > MAX_PROBE_BYTES) return { ok: false, error: `the file is ${bytes.length} bytes; a location probe is at most ${MAX_PROBE_BYTES}` };
  let json: unknown;
  try {
    // A BOM is legal in UTF-8 files written by some tools but not in JSON.
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `the file is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = locationProbeSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    return { ok: false, error: `the file is not a location probe: ${problems.join('; ')}` };
  }
  return { ok: true, probe: parsed.data };
}

/** Landmarks whose RTT rules out the declared location, in the order the probe lists them. */
export function checkLocationProbe(probe: LocationProbe, declared: GeoPoint): LocationInconsistency[] {
  const inconsistencies: LocationInconsistency[] = [];
  for (const { landmark, rttMs } of probe.measurements) {
    // Half the round trip each way.
    const maxDistanceKm = (rttMs / 2) * FIBRE_KM_PER_MS;
    const distanceKm = greatCircleKm(landmark, declared);
    if (distanceKm > maxDistanceKm) {
      inconsistencies.push({ landmarkId: landmark.id, rttMs, distanceKm, maxDistanceKm, minimumRttMs: (2 * distanceKm) / FIBRE_KM_PER_MS });
    }
  }
  return inconsistencies;
}
