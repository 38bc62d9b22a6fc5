import { greatCircleKm } from './great-circle';
import { checkLocationProbe, parseLocationProbe, type LocationProbe } from './location-probe';

const FRANKFURT = { latitude: 50.11, longitude: 8.68 };
const SINGAPORE = { latitude: 1.35, longitude: 103.82 };
const AMSTERDAM = { latitude: 52.37, longitude: 4.9 };

function probe(...measurements: { id: string; at: { latitude: number; longitude: number }; rttMs: number }[]): LocationProbe {
  return {
    version: 1,
    measuredAt: '2026-03-01T12:00:00Z',
    host: 'gpu-node-17.example',
    measurements: measurements.map(({ id, at, rttMs }) => ({ landmark: { id, ...at }, rttMs })),
  };
}

describe('greatCircleKm', () => {
  it('measures real city pairs', () => {
    expect(greatCircleKm(FRANKFURT, SINGAPORE)).toBeCloseTo(10_258, -1);
    expect(greatCircleKm(FRANKFURT, AMSTERDAM)).toBeCloseTo(364, -1);
    expect(greatCircleKm(FRANKFURT, FRANKFURT)).toBe(0);
  });

  it('stays finite for antipodes', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 6_371, 3);
  });
});

describe('checkLocationProbe', () => {
  it('accepts a facility declared in Frankfurt answering the Frankfurt landmark in 1 ms', () => {
    expect(checkLocationProbe(probe({ id: 'fra-1', at: FRANKFURT, rttMs: 1 }), FRANKFURT)).toEqual([]);
  });

  it('rejects a facility declared in Singapore answering the Frankfurt landmark in 5 ms', () => {
    const [inconsistency, ...rest] = checkLocationProbe(probe({ id: 'fra-1', at: FRANKFURT, rttMs: 5 }), SINGAPORE);
    expect(rest).toEqual([]);
    expect(inconsistency).toMatchObject({ landmarkId: 'fra-1', rttMs: 5, maxDistanceKm: 500 });
    expect(inconsistency.distanceKm).toBeCloseTo(10_258, -1);
    // 2 × 10,258 km at 200 km/ms.
    expect(inconsistency.minimumRttMs).toBeCloseTo(102.6, 0);
  });

  it('accepts Singapore when the RTT to Frankfurt is slow enough for the distance', () => {
    expect(checkLocationProbe(probe({ id: 'fra-1', at: FRANKFURT, rttMs: 160 }), SINGAPORE)).toEqual([]);
  });

  it('uses half the round trip: 364 km needs at least 3.64 ms', () => {
    expect(checkLocationProbe(probe({ id: 'ams-1', at: AMSTERDAM, rttMs: 3.7 }), FRANKFURT)).toEqual([]);
    expect(checkLocationProbe(probe({ id: 'ams-1', at: AMSTERDAM, rttMs: 3.5 }), FRANKFURT)).toHaveLength(1);
  });

  it('reports only the landmarks that rule the location out, in probe order', () => {
    const result = checkLocationProbe(probe({ id: 'sin-1', at: SINGAPORE, rttMs: 2 }, { id: 'fra-1', at: FRANKFURT, rttMs: 0.8 }, { id: 'ams-1', at: AMSTERDAM, rttMs: 1 }), FRANKFURT);
    expect(result.map((item) => item.landmarkId)).toEqual(['sin-1', 'ams-1']);
  });
});

describe('parseLocationProbe', () => {
  const valid = JSON.stringify(probe({ id: 'fra-1', at: FRANKFURT, rttMs: 4.2 }));

  it('parses the documented format, ignoring extra fields and a BOM', () => {
    const withExtras = JSON.stringify({ ...JSON.parse(valid), tool: 'probe-cli 2.1' });
    const result = parseLocationProbe(Buffer.from(`\uFEFF${withExtras}`));
    expect(result).toEqual({ ok: true, probe: probe({ id: 'fra-1', at: FRANKFURT, rttMs: 4.2 }) });
  });

  it('explains invalid JSON', () => {
    const result = parseLocationProbe(Buffer.from('{"version": 1,'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^the file is not valid JSON/);
  });

  it('names every field that is wrong', () => {
    const result = parseLocationProbe(Buffer.from(JSON.stringify({ version: 2, measuredAt: 'yesterday', host: '', measurements: [{ landmark: { id: 'x', latitude: 91, longitude: 0 }, rttMs: 0 }] })));
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.error : '';
    for (const path of ['version', 'measuredAt', 'host', 'measurements.0.landmark.latitude', 'measurements.0.rttMs']) expect(error).toContain(`${path}: `);
  });

  it('refuses an empty measurement list and a non-object', () => {
    expect(parseLocationProbe(Buffer.from(JSON.stringify({ ...JSON.parse(valid), measurements: [] })))).toMatchObject({ ok: false, error: expect.stringContaining('at least one measurement') });
    expect(parseLocationProbe(Buffer.from('[]'))).toMatchObject({ ok: false, error: expect.stringContaining('(file)') });
  });

  it('refuses an oversized file without parsing it', () => {
    expect(parseLocationProbe(Buffer.alloc(2 * 1024 * 1024, 32))).toMatchObject({ ok: false, error: expect.stringContaining('at most') });
  });
});
