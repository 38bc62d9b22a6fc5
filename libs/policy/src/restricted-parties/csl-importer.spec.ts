import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { importConsolidatedScreeningList } from './csl-importer';
import { cslSourceAbbreviation } from './csl-record';

const FIXTURES = join(__dirname, 'fixtures');
const CSV_PATH = join(FIXTURES, 'consolidated-screening-list.csv');
const JSON_PATH = join(FIXTURES, 'consolidated-screening-list.json');
const csvText = readFileSync(CSV_PATH, 'utf8');
const EL = 'Entity List (EL) - Bureau of Industry and Security';

/** A stream that hands the parser a few bytes at a time, splitting fields, lines and characters. */
function trickle(text: string, size = 7): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) chunks.push(bytes.subarray(offset, offset + size));
  return Readable.from(chunks);
}

describe('importConsolidatedScreeningList from the CSV download', () => {
  it('maps every record but the vessel', async () => {
    const result = await importConsolidatedScreeningList(createReadStream(CSV_PATH), 'csv');
    expect(result.errors).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.entries.map((entry) => entry.id)).toEqual(['EL-fx-el-0001', 'EL-fx-el-0002', 'EL-fx-el-0003', 'MEU-fx-meu-0001', 'SDN-90001', 'EL-fx-el-0004']);
    expect(result.entries[0]).toEqual({
      id: 'EL-fx-el-0001',
      name: 'Huawei Technologies Co., Ltd.',
      aliases: ['Huawei', 'Huawei Technologies', '华为技术有限公司'],
      country: 'CN',
      militaryEndUser: false,
      source: EL,
      listedYear: 2019,
      sample: false,
    });
  });

  it('splits, trims and de-duplicates aliases, dropping the name itself', async () => {
    const { entries } = await importConsolidatedScreeningList(csvText, 'csv');
    expect(entries.find((entry) => entry.id === 'EL-fx-el-0002')?.aliases).toEqual(['HiSilicon', '海思半导体有限公司']);
    expect(entries.find((entry) => entry.id === 'SDN-90001')?.aliases).toEqual(['Example Person Rezaee', 'REZAEI, Example Person']);
  });

  it('takes the country from the first address, else the nationality', async () => {
    const { entries } = await importConsolidatedScreeningList(csvText, 'csv');
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    expect(byId.get('EL-fx-el-0004')?.country).toBe('RU');
    expect(byId.get('SDN-90001')?.country).toBe('IR');
    expect(byId.get('SDN-90001')).not.toHaveProperty('listedYear');
  });

  it('flags MEU entries and entries whose remarks name a military end user', async () => {
    const { entries } = await importConsolidatedScreeningList(csvText, 'csv');
    expect(entries.filter((entry) => entry.militaryEndUser).map((entry) => entry.id)).toEqual(['MEU-fx-meu-0001', 'EL-fx-el-0004']);
  });

  it('reads a byte-order mark, CRLF line ends, blank lines and a stream cut anywhere', async () => {
    const plain = await importConsolidatedScreeningList(csvText, 'csv');
    const windows = `\uFEFF${csvText.replace(/\n/g, '\r\n').replace(/(\r\nfx-el-0004)/, '\r\n\r\n   \r\n$1')}`;
    expect(await importConsolidatedScreeningList(windows, 'csv')).toEqual(plain);
    expect(await importConsolidatedScreeningList(trickle(windows), 'csv')).toEqual(plain);
  });

  it('reports a record without a name by its line and keeps the rest', async () => {
    // Line 10: the fixture's header and records fill lines 1–9 (one remark spans two lines).
    const result = await importConsolidatedScreeningList(`${csvText}fx-bad-1,${EL},,Entity,,  ,,,,,,,,,,,,,,,,,,,,,,,\n`, 'csv');
    expect(result.errors).toEqual([{ line: 10, message: 'line 10: the record has no name' }]);
    expect(result.entries).toHaveLength(6);
  });

  it('skips a repeated id', async () => {
    const lines = csvText.trimEnd().split('\n');
    const result = await importConsolidatedScreeningList(`${[...lines, lines[1]].join('\n')}\n`, 'csv');
    expect(result.entries).toHaveLength(6);
    expect(result.skipped).toBe(2);
  });

  it('refuses a file that is not the CSL layout', async () => {
    const result = await importConsolidatedScreeningList('id,company\n1,Acme\n', 'csv');
    expect(result).toEqual({ entries: [], errors: [{ line: 1, message: expect.stringContaining('no "name" column') }], skipped: 0 });
    expect((await importConsolidatedScreeningList('', 'csv')).errors).toEqual([{ message: expect.stringContaining('empty') }]);
  });

  it('reports broken quoting instead of throwing', async () => {
    const result = await importConsolidatedScreeningList(`${csvText}fx-bad-2,${EL},,Entity,,"Unclosed Name,,,\n`, 'csv');
    expect(result.entries).toHaveLength(6);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 10, message: expect.stringMatching(/^line 10: not readable as CSV: Quote Not Closed/) });
  });

  it('skips a record with a stray quote, reporting it once, and reads on', async () => {
    const result = await importConsolidatedScreeningList(`${csvText}fx-bad-3,${EL},,Entity,,"Bad "quoted" Name",,,\nfx-ok,${EL},,Entity,,Fine Co.\n`, 'csv');
    expect(result.errors).toEqual([{ line: 10, message: expect.stringMatching(/^line 10: not readable as CSV: Invalid Closing Quote/) }]);
    expect(result.entries.map((entry) => entry.name)).toContain('Fine Co.');
  });
});

describe('importConsolidatedScreeningList on an unreadable input', () => {
  it.each(['csv', 'json'] as const)('rejects for %s instead of waiting forever', async (format) => {
    await expect(importConsolidatedScreeningList(createReadStream(join(FIXTURES, 'missing.file')), format)).rejects.toThrow(/ENOENT/);
  });
});

describe('importConsolidatedScreeningList from the JSON download', () => {
  it('gives the same entries as the CSV', async () => {
    const fromCsv = await importConsolidatedScreeningList(csvText, 'csv');
    const fromJson = await importConsolidatedScreeningList(createReadStream(JSON_PATH), 'json');
    expect(fromJson).toEqual(fromCsv);
  });

  it('accepts a bare array, ids from _id, and "; "-joined lists', async () => {
    const records = [
      { _id: 'x1', source: EL, type: 'Entity', name: 'Example Co.', alt_names: 'Example; EXAMPLE CO.; Ex Co', addresses: [{ country: null }, { country: 'cn' }], start_date: '2023-03-02' },
    ];
    const { entries, errors } = await importConsolidatedScreeningList(JSON.stringify(records), 'json');
    expect(errors).toEqual([]);
    expect(entries).toEqual([{ id: 'EL-x1', name: 'Example Co.', aliases: ['Example', 'Ex Co'], country: 'CN', militaryEndUser: false, source: EL, listedYear: 2023, sample: false }]);
  });

  it('reports bad records by index', async () => {
    const document = { results: [{ id: '1', source: EL, name: 'Good Co.' }, { id: '2', source: EL, name: '' }, { id: '3', source: EL, name: 'Bad Co.', alt_names: 5 }, 'nonsense'] };
    const { entries, errors } = await importConsolidatedScreeningList(JSON.stringify(document), 'json');
    expect(entries.map((entry) => entry.id)).toEqual(['EL-1']);
    expect(errors.map((error) => error.index)).toEqual([1, 2, 3]);
    expect(errors[0].message).toBe('index 1: the record has no name');
    expect(errors[1].message).toMatch(/^index 2: alt_names: /);
  });

  it('reports a document that is not the CSL JSON', async () => {
    expect((await importConsolidatedScreeningList('{"results": ', 'json')).errors[0].message).toMatch(/not readable as JSON/);
    expect((await importConsolidatedScreeningList('{"total": 0}', 'json')).errors[0].message).toMatch(/"results" array/);
  });
});

describe('CSL record mapping', () => {
  it.each([
    ['Entity List (EL) - Bureau of Industry and Security', 'EL'],
    ['Military End User (MEU) List - Bureau of Industry and Security', 'MEU'],
    ['Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department', 'NS-MBS'],
    ['Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department', 'CMIC'],
    ['ITAR Debarred (DTC) - State Department', 'DTC'],
    ['SDN', 'SDN'],
    ['', 'CSL'],
  ])('abbreviates %s as %s', (source, abbreviation) => expect(cslSourceAbbreviation(source)).toBe(abbreviation));

  it('flags military end users named in programs or the licence requirement', async () => {
    const records = [
      { id: 'p', source: EL, name: 'By Program Co.', programs: ['MILITARY END USER'] },
      { id: 'l', source: EL, name: 'By Licence Co.', license_requirement: 'All items subject to the EAR (military-end-user rule).' },
      { id: 'n', source: EL, name: 'Plain Co.', remarks: 'military end use' },
    ];
    const { entries } = await importConsolidatedScreeningList(JSON.stringify(records), 'json');
    expect(entries.map((entry) => [entry.id, entry.militaryEndUser])).toEqual([
      ['EL-p', true],
      ['EL-l', true],
      ['EL-n', false],
    ]);
  });

  it('gives a record without any id a stable one from its source and name', async () => {
    const record = [{ source: EL, name: 'No Id Co.' }];
    const first = await importConsolidatedScreeningList(JSON.stringify(record), 'json');
    const second = await importConsolidatedScreeningList(JSON.stringify(record), 'json');
    expect(first.entries[0].id).toMatch(/^EL-[0-9a-f]{16}$/);
    expect(second.entries[0].id).toBe(first.entries[0].id);
  });
});
