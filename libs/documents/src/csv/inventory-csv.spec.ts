import { once } from 'node:events';
import { Readable } from 'node:stream';
import { readInventoryCsv } from './inventory-csv';

/** Feeds the text in small pieces, so records and line breaks straddle chunk boundaries. */
const streamOf = (text: string, chunkSize = 7): Readable => {
  const chunks: Buffer[] = [];
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; offset += chunkSize) chunks.push(bytes.subarray(offset, offset + chunkSize));
  return Readable.from(chunks, { objectMode: false });
};
const read = (text: string, options: { maxLines?: number; maxErrors?: number; chunkSize?: number } = {}) =>
  readInventoryCsv(streamOf(text, options.chunkSize), { maxLines: options.maxLines ?? 1_000, maxErrors: options.maxErrors });

describe('readInventoryCsv', () => {
  it('reads items, splitting serials on ";" and leaving empty optional cells out', async () => {
    const csv = ['vendor,model,quantity,serials,reason,destinationCountry', 'NVIDIA,H100 SXM5,2,SN-1;SN-2,,', 'AMD,MI300X,0,,transferred,DE'].join('\n');
    await expect(read(csv)).resolves.toEqual({
      items: [
        { vendor: 'NVIDIA', model: 'H100 SXM5', quantity: 2, serials: ['SN-1', 'SN-2'] },
        { vendor: 'AMD', model: 'MI300X', quantity: 0, reason: 'transferred', destinationCountry: 'DE' },
      ],
    });
  });

  it('reports a bad quantity on line 7 as line 7, column quantity', async () => {
    const csv = ['vendor,model,quantity', 'NVIDIA,H100,1', 'NVIDIA,H100,2', 'NVIDIA,A100,3', 'AMD,MI300X,4', 'NVIDIA,B200,5', 'NVIDIA,H200,12abc', 'NVIDIA,H100,8'].join('\n');
    await expect(read(csv)).resolves.toEqual({
      errors: [{ line: 7, column: 'quantity', message: 'must be a whole number from 0 to 10,000,000, got "12abc"' }],
    });
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('numbers lines as an editor shows them after quoted multi-line cells (%s)', async (_name, eol) => {
    const csv = [
      'vendor,model,quantity,serials', // 1
      `NVIDIA,"H100${eol}SXM5",1,`, // 2-3
      `AMD,MI300X,2,"SN-1;${eol}SN-2;${eol}SN-3"`, // 4-6
      '', // 7 (blank, skipped)
      'NVIDIA,A100,x,', // 8
      `"NVIDIA${eol}Corp",B200,-1,`, // 9-10
      'NVIDIA,H200,y,', // 11
    ].join(eol);
    for (const chunkSize of [1, 5, 64 * 1024]) {
      await expect(read(csv, { chunkSize })).resolves.toEqual({
        errors: [
          { line: 8, column: 'quantity', message: 'must be a whole number from 0 to 10,000,000, got "x"' },
          { line: 9, column: 'quantity', message: 'must be from 0 to 10,000,000, got "-1"' },
          { line: 11, column: 'quantity', message: 'must be a whole number from 0 to 10,000,000, got "y"' },
        ],
      });
    }
  });

  it('handles a BOM, CRLF and blank lines', async () => {
    const csv = '\ufeffvendor,model,quantity\r\n\r\nNVIDIA,H100,4\r\n,,\r\nAMD,MI300X,2\r\nNVIDIA,H100,z\r\n';
    await expect(read(csv)).resolves.toEqual({ errors: [{ line: 6, column: 'quantity', message: expect.stringContaining('"z"') }] });
    await expect(read(csv.replace(',z', ',3'))).resolves.toEqual({
      items: [
        { vendor: 'NVIDIA', model: 'H100', quantity: 4 },
        { vendor: 'AMD', model: 'MI300X', quantity: 2 },
        { vendor: 'NVIDIA', model: 'H100', quantity: 3 },
      ],
    });
  });

  it('handles a file mixing line endings', async () => {
    const csv = 'vendor,model,quantity\nNVIDIA,H100,1\r\nNVIDIA,"A100\r\nPCIe",2\rAMD,MI300X,x\n';
    for (const chunkSize of [1, 3, 1024]) {
      await expect(read(csv, { chunkSize })).resolves.toEqual({ errors: [{ line: 5, column: 'quantity', message: expect.stringContaining('"x"') }] });
    }
  });

  it('matches header names ignoring case and spaces', async () => {
    await expect(read('Vendor, Model ,QUANTITY,DestinationCountry\nNVIDIA,H100,1,\n')).resolves.toEqual({ items: [{ vendor: 'NVIDIA', model: 'H100', quantity: 1 }] });
  });

  it('names unknown, duplicate and missing header columns on line 1', async () => {
    await expect(read('vendor,model,qty,colour,vendor\nNVIDIA,H100,1,red,NVIDIA\n')).resolves.toEqual({
      errors: [
        { line: 1, column: 'qty', message: 'qty is not an inventory column (expected vendor, model, quantity, serials, reason, destinationCountry, destinationDatacenterId)' },
        { line: 1, column: 'colour', message: expect.stringContaining('colour is not an inventory column') },
        { line: 1, column: 'vendor', message: 'vendor appears more than once in the header' },
        { line: 1, column: 'quantity', message: 'the header has no quantity column' },
      ],
    });
  });

  it('reports an empty file', async () => {
    await expect(read('')).resolves.toEqual({ errors: [{ line: 1, message: expect.stringContaining('the file is empty') }] });
    await expect(read('\n\n')).resolves.toMatchObject({ errors: [{ line: 1 }] });
  });

  it('accepts a header with no data lines as an empty inventory', async () => {
    await expect(read('vendor,model,quantity\n')).resolves.toEqual({ items: [] });
  });

  it('reports a line with the wrong number of cells', async () => {
    await expect(read('vendor,model,quantity\nNVIDIA,H100\nNVIDIA,H100,1,extra\n')).resolves.toEqual({
      errors: [
        { line: 2, message: 'has 2 cells where the header has 3 columns' },
        { line: 3, message: 'has 4 cells where the header has 3 columns' },
      ],
    });
  });

  it('reports a quote that is never closed at the line it opens', async () => {
    await expect(read('vendor,model,quantity\nNVIDIA,H100,1\n\nNVIDIA,"H100,2\nAMD,MI300X,3\n')).resolves.toEqual({
      errors: [{ line: 4, column: 'model', message: 'a quoted cell starting on this line is never closed' }],
    });
  });

  it('keeps the errors found before a syntax error', async () => {
    await expect(read('vendor,model,quantity\nNVIDIA,H100,x\nNVIDIA,H100,1\nNVIDIA,"H100,2\n')).resolves.toEqual({
      errors: [
        { line: 2, column: 'quantity', message: expect.any(String) },
        { line: 4, column: 'model', message: 'a quoted cell starting on this line is never closed' },
      ],
    });
  });

  it('bounds the size of one record', async () => {
    const input = streamOf(`vendor,model,quantity\nNVIDIA,"${'H'.repeat(5_000)}\n`, 512);
    await expect(readInventoryCsv(input, { maxLines: 10, maxRecordChars: 1_000 })).resolves.toEqual({
      errors: [{ line: 2, column: 'model', message: 'a cell on this line is too large (is a closing quote missing?)' }],
    });
  });

  it('takes quotes inside unquoted cells as text', async () => {
    await expect(read('vendor,model,quantity\nAcme,12" board,1\n')).resolves.toEqual({ items: [{ vendor: 'Acme', model: '12" board', quantity: 1 }] });
  });

  it('reports every error of a line with the same line number', async () => {
    await expect(read('vendor,model,quantity,reason\n,H100,-1,stolen\n')).resolves.toEqual({
      errors: [
        { line: 2, column: 'vendor', message: 'must not be empty' },
        { line: 2, column: 'quantity', message: expect.any(String) },
        { line: 2, column: 'reason', message: expect.any(String) },
      ],
    });
  });

  it('stops at maxErrors', async () => {
    const csv = ['vendor,model,quantity', ...Array.from({ length: 50 }, () => 'NVIDIA,H100,x')].join('\n');
    const result = await read(csv, { maxErrors: 5 });
    expect('errors' in result && result.errors.map((error) => error.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('stops at the line limit with one error, and drains the rest of the input', async () => {
    let produced = 0;
    // Like an HTTP request body: far more lines than allowed, produced on demand.
    const input = new Readable({
      read() {
        if (produced === 0) this.push('vendor,model,quantity\n');
        if (produced >= 20_000) return void this.push(null);
        produced += 1_000;
        this.push('NVIDIA,H100,1\n'.repeat(1_000));
      },
    });
    const ended = once(input, 'end');
    await expect(readInventoryCsv(input, { maxLines: 1_500 })).resolves.toEqual({
      errors: [{ line: 1_502, message: 'the inventory has more than 1,500 lines, the most one upload may hold' }],
    });
    await ended;
    expect(input.readableEnded).toBe(true);
  });

  it('accepts exactly maxLines lines', async () => {
    const csv = ['vendor,model,quantity', 'NVIDIA,H100,1', 'AMD,MI300X,1'].join('\n');
    await expect(read(csv, { maxLines: 2 })).resolves.toMatchObject({ items: [{}, {}] });
    await expect(read(csv, { maxLines: 1 })).resolves.toEqual({ errors: [{ line: 3, message: expect.stringContaining('more than 1 lines') }] });
  });

  it('passes on a failure of the input stream', async () => {
    const input = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    await expect(readInventoryCsv(input, { maxLines: 10 })).rejects.toThrow('client went away');
  });
});
