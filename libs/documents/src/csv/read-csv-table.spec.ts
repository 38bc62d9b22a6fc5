import { once } from 'node:events';
import { Readable } from 'node:stream';
import { readCsvTable, type CsvCells, type CsvRowCheck, type CsvTableOptions } from './read-csv-table';

/** Feeds the text in small pieces, so records and line breaks straddle chunk boundaries. */
const streamOf = (text: string, chunkSize = 7): Readable => {
  const chunks: Buffer[] = [];
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; offset += chunkSize) chunks.push(bytes.subarray(offset, offset + chunkSize));
  return Readable.from(chunks, { objectMode: false });
};

const COLUMNS = ['name', 'size', 'note'] as const;
type Column = (typeof COLUMNS)[number];

/** A small table: `name` required, `size` a whole number; rows come back as their cells plus the parsed size. */
const checkRow = (cells: CsvCells<Column>): CsvRowCheck<{ name: string; size: number; note?: string }> => {
  const errors = [];
  if (cells.name === undefined) errors.push({ column: 'name', message: 'is required' });
  const size = Number(cells.size ?? '0');
  if (!Number.isInteger(size)) errors.push({ column: 'size', message: `must be a whole number, got "${cells.size}"` });
  if (errors.length > 0 || cells.name === undefined) return { errors };
  return { value: { name: cells.name, size, ...(cells.note === undefined ? {} : { note: cells.note }) } };
};

const read = (text: string, options: Partial<CsvTableOptions<unknown, Column>> & { chunkSize?: number } = {}) =>
  readCsvTable(streamOf(text, options.chunkSize), { columns: COLUMNS, required: ['name'], maxRows: 1_000, row: checkRow, ...options });

describe('readCsvTable', () => {
  it('hands the row check the cells by header name, in any column order, leaving blank cells out', async () => {
    const seen: CsvCells<Column>[] = [];
    const result = await read('size,note,name\n3,,alpha\n, ,beta\n', {
      row: (cells) => {
        seen.push(cells);
        return checkRow(cells);
      },
    });
    expect(seen).toEqual([{ size: '3', name: 'alpha' }, { name: 'beta' }]);
    expect(result).toEqual({
      rows: [
        { line: 2, value: { name: 'alpha', size: 3 } },
        { line: 3, value: { name: 'beta', size: 0 } },
      ],
    });
  });

  it('passes cells as written, leaving trimming to the row check', async () => {
    await expect(read('name,note\n  alpha ," spaced "\n')).resolves.toEqual({ rows: [{ line: 2, value: { name: '  alpha ', size: 0, note: ' spaced ' } }] });
  });

  it('refuses a cell holding a NUL character, which no database column can store', async () => {
    await expect(read('name,note\nalpha,a\u0000b\n')).resolves.toEqual({ errors: [{ line: 2, column: 'note', message: 'contains a NUL character' }] });
  });

  describe('header', () => {
    it('matches names exactly by default, ignoring only surrounding spaces', async () => {
      await expect(read(' name , size\nalpha,1\n')).resolves.toMatchObject({ rows: [{ value: { name: 'alpha', size: 1 } }] });
      await expect(read('Name,size\nalpha,1\n')).resolves.toEqual({
        errors: [
          { line: 1, column: 'Name', message: 'Name is not a known column (expected name, size, note)' },
          { line: 1, column: 'name', message: 'the header has no name column' },
        ],
      });
    });

    it('matches names ignoring case when asked', async () => {
      await expect(read('NAME,Size\nalpha,1\n', { caseInsensitiveHeader: true })).resolves.toMatchObject({ rows: [{ value: { name: 'alpha', size: 1 } }] });
    });

    it('reports every unknown, unnamed, repeated and missing column on line 1, with no rows read', async () => {
      const row = jest.fn(checkRow);
      await expect(read('size,colour,,size\n1,red,,1\n', { row, unknownColumnMessage: (name) => `${name} is not a table column` })).resolves.toEqual({
        errors: [
          { line: 1, column: 'colour', message: 'colour is not a table column' },
          { line: 1, message: 'column 3 of the header has no name' },
          { line: 1, column: 'size', message: 'size appears more than once in the header' },
          { line: 1, column: 'name', message: 'the header has no name column' },
        ],
      });
      expect(row).not.toHaveBeenCalled();
    });

    it('finds the header after blank lines and blank rows', async () => {
      await expect(read('\n,,\nname\nalpha\n')).resolves.toEqual({ rows: [{ line: 4, value: { name: 'alpha', size: 0 } }] });
    });

    it('reports an empty file on line 1', async () => {
      await expect(read('')).resolves.toEqual({ errors: [{ line: 1, message: 'the file is empty: its first line must be a header naming the columns name' }] });
      await expect(read('\r\n\n ,\n')).resolves.toMatchObject({ errors: [{ line: 1 }] });
    });

    it('accepts a header without rows as an empty table', async () => {
      await expect(read('name,size\n')).resolves.toEqual({ rows: [] });
    });

    it('refuses, when compiled, a required column that is not allowed', () => {
      const options: CsvTableOptions<unknown, Column> = {
        columns: COLUMNS,
        // @ts-expect-error `required` must name allowed columns
        required: ['nmae'],
        maxRows: 1,
        row: checkRow,
      };
      expect(options.required).toEqual(['nmae']);
    });
  });

  describe('row errors', () => {
    it('locates each error the row check returns on the row line, keeping its column', async () => {
      const result = await read('name,size\nalpha,1\n,x\ngamma,2\n', {
        row: (cells) => (cells.name === 'gamma' ? { errors: [{ message: 'gamma is not allowed here' }] } : checkRow(cells)),
      });
      expect(result).toEqual({
        errors: [
          { line: 3, column: 'name', message: 'is required' },
          { line: 3, column: 'size', message: 'must be a whole number, got "x"' },
          { line: 4, message: 'gamma is not allowed here' },
        ],
      });
    });

    it('checks every row after a failed one, so the file is fixed in one go', async () => {
      const lines: number[] = [];
      await read('name,size\nalpha,x\nbeta,1\ngamma,y\n', {
        row: (cells, line) => {
          lines.push(line);
          return checkRow(cells);
        },
      });
      expect(lines).toEqual([2, 3, 4]);
    });

    it('reports a row with the wrong number of cells without checking it', async () => {
      const row = jest.fn(checkRow);
      await expect(read('name,size\nalpha\nbeta,1,extra,more\n', { row })).resolves.toEqual({
        errors: [
          { line: 2, message: 'has 1 cells where the header has 2 columns' },
          { line: 3, message: 'has 4 cells where the header has 2 columns' },
        ],
      });
      expect(row).not.toHaveBeenCalled();
    });

    it('passes on an exception of the row check, still draining the input', async () => {
      const input = streamOf(['name', ...Array.from({ length: 2_000 }, (_, index) => `row-${index}`)].join('\n'), 64);
      const ended = once(input, 'end');
      const failing = readCsvTable(input, {
        columns: COLUMNS,
        required: ['name'],
        maxRows: 10_000,
        row: () => {
          throw new Error('check failed');
        },
      });
      await expect(failing).rejects.toThrow('check failed');
      await ended;
    });
  });

  describe('line numbers', () => {
    it.each([
      ['LF', '\n'],
      ['CRLF', '\r\n'],
      ['CR', '\r'],
    ])('are the lines an editor shows, after quoted multi-line cells and blank lines (%s)', async (_name, eol) => {
      const csv = [
        'name,size,note', // 1
        `"two${eol}lines",1,`, // 2-3
        `three,2,"a${eol}b${eol}c"`, // 4-6
        '', // 7 (blank, skipped)
        'eight,x,', // 8
        `"nine${eol}ten",y,`, // 9-10
        ',,', // 11 (blank row, skipped)
        'twelve,z,', // 12
      ].join(eol);
      for (const chunkSize of [1, 5, 64 * 1024]) {
        await expect(read(csv, { chunkSize })).resolves.toEqual({
          errors: [
            { line: 8, column: 'size', message: expect.stringContaining('"x"') },
            { line: 9, column: 'size', message: expect.stringContaining('"y"') },
            { line: 12, column: 'size', message: expect.stringContaining('"z"') },
          ],
        });
      }
    });

    it('are the start lines of the rows returned, with a BOM and mixed line endings', async () => {
      const csv = '\ufeffname,note\nalpha,\r\n"beta\r\nbis",x\rgamma,"1\n2"\ndelta,\n';
      for (const chunkSize of [1, 3, 1024]) {
        const result = await read(csv, { chunkSize });
        expect('rows' in result && result.rows.map((row) => row.line)).toEqual([2, 3, 5, 7]);
      }
    });
  });

  describe('syntax errors', () => {
    it('reports a quote that is never closed at the line it opens, naming its column', async () => {
      await expect(read('name,size\nalpha,1\n\nbeta,"2\ngamma,3\n')).resolves.toEqual({
        errors: [{ line: 4, column: 'size', message: 'a quoted cell starting on this line is never closed' }],
      });
    });

    it('keeps the errors found before a syntax error', async () => {
      await expect(read('name,size\nalpha,x\nbeta,1\n"gamma,2\n')).resolves.toEqual({
        errors: [
          { line: 2, column: 'size', message: expect.any(String) },
          { line: 4, column: 'name', message: 'a quoted cell starting on this line is never closed' },
        ],
      });
    });

    it('takes quotes inside unquoted cells as text', async () => {
      await expect(read('name,note\n12" board,say "hi"\n')).resolves.toMatchObject({ rows: [{ value: { name: '12" board', note: 'say "hi"' } }] });
    });
  });

  describe('limits', () => {
    it('accepts exactly maxRows rows and reports one error beyond them', async () => {
      const csv = 'name\nalpha\nbeta\n';
      await expect(read(csv, { maxRows: 2 })).resolves.toMatchObject({ rows: [{}, {}] });
      await expect(read(csv, { maxRows: 1 })).resolves.toEqual({ errors: [{ line: 3, message: 'the file has more than 1 rows, the most one upload may hold' }] });
      await expect(read(csv, { maxRows: 1, tooManyRowsMessage: (max) => `at most ${max}` })).resolves.toEqual({ errors: [{ line: 3, message: 'at most 1' }] });
    });

    it('reports only the row limit, even after other errors', async () => {
      await expect(read('name,size\nalpha,x\nbeta,1\ngamma,2\n', { maxRows: 2 })).resolves.toEqual({ errors: [{ line: 4, message: expect.stringContaining('more than 2 rows') }] });
    });

    it('stops at maxErrors, counting each error of a row', async () => {
      const csv = ['name,size', ...Array.from({ length: 50 }, () => ',x')].join('\n');
      const row = jest.fn(checkRow);
      const result = await read(csv, { maxErrors: 5, row });
      expect('errors' in result && result.errors.map((error) => `${error.line}:${error.column}`)).toEqual(['2:name', '2:size', '3:name', '3:size', '4:name']);
      expect(row).toHaveBeenCalledTimes(3);
    });

    it('bounds the size of one record', async () => {
      const input = streamOf(`name,note\nalpha,"${'n'.repeat(5_000)}\n`, 512);
      await expect(readCsvTable(input, { columns: COLUMNS, required: ['name'], maxRows: 10, maxRecordChars: 1_000, row: checkRow })).resolves.toEqual({
        errors: [{ line: 2, column: 'note', message: 'a cell on this line is too large (is a closing quote missing?)' }],
      });
    });

    it('drains the rest of the input after stopping early', async () => {
      let produced = 0;
      // Like an HTTP request body: far more rows than allowed, produced on demand.
      const input = new Readable({
        read() {
          if (produced === 0) this.push('name,size\n');
          if (produced >= 20_000) return void this.push(null);
          produced += 1_000;
          this.push('alpha,1\n'.repeat(1_000));
        },
      });
      const ended = once(input, 'end');
      await expect(readCsvTable(input, { columns: COLUMNS, required: ['name'], maxRows: 1_500, row: checkRow })).resolves.toEqual({
        errors: [{ line: 1_502, message: 'the file has more than 1,500 rows, the most one upload may hold' }],
      });
      await ended;
      expect(input.readableEnded).toBe(true);
    });
  });

  it('passes on a failure of the input stream', async () => {
    const input = new Readable({
      read() {
        this.destroy(new Error('client went away'));
      },
    });
    await expect(readCsvTable(input, { columns: COLUMNS, required: ['name'], maxRows: 10, row: checkRow })).rejects.toThrow('client went away');
  });
});
