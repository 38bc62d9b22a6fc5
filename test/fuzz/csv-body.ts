import fc from 'fast-check';
import { malformedString } from './malformed-values';

const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

const GARBAGE = ['"unterminated', 'a,"b"c,d', '\u0000\u0000', ',,,,,,', '"""', '\ufeff', '\\', 'x'.repeat(20_000)];

/**
 * CSV for a route that reads `header` then rows like `validRow`: cells made wrong, rows too short
 * or too long, a wrong or missing header, odd line endings, broken quoting, thousands of rows.
 */
export function csvBody(header: string[], validRow: string[]): fc.Arbitrary<string> {
  const cell = (column: number) => fc.oneof({ arbitrary: fc.constant(validRow[column]), weight: 2 }, { arbitrary: malformedString.map((value) => value.slice(0, 300)), weight: 1 });
  const mutatedRow = fc.tuple(...validRow.map((_, column) => cell(column)));
  const row = fc.oneof(
    { arbitrary: fc.constant(validRow), weight: 3 },
    { arbitrary: mutatedRow, weight: 4 },
    { arbitrary: mutatedRow.map((cells) => cells.slice(0, -1)), weight: 1 },
    { arbitrary: fc.tuple(mutatedRow, malformedString).map(([cells, extra]) => [...cells, extra.slice(0, 100)]), weight: 1 },
  );
  const headerLine = fc.oneof(
    { arbitrary: fc.constant(header), weight: 6 },
    { arbitrary: fc.shuffledSubarray(header, { minLength: 1 }), weight: 1 },
    { arbitrary: fc.constant(header.map((name) => name.toUpperCase())), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
    {
      arbitrary: fc.array(
        malformedString.map((value) => value.slice(0, 50)),
        { minLength: 1, maxLength: 6 },
      ),
      weight: 1,
    },
  );
  const regular = fc
    .record({
      header: headerLine,
      rows: fc.array(row, { maxLength: 6 }),
      endOfLine: fc.constantFrom('\n', '\r\n', '\r'),
      quoteCells: fc.boolean(),
      trailer: fc.oneof({ arbitrary: fc.constant(''), weight: 4 }, { arbitrary: fc.constantFrom(...GARBAGE), weight: 1 }),
    })
    .map(({ header: names, rows, endOfLine, quoteCells, trailer }) =>
      [...(names ? [names] : []), ...rows]
        .map((cells) => cells.map((value) => (quoteCells ? quoted(value) : value)).join(','))
        .join(endOfLine)
        .concat(endOfLine, trailer),
    );
  const many = fc.integer({ min: 500, max: 3_000 }).map((count) => [header.join(','), ...Array.from({ length: count }, () => validRow.join(','))].join('\n'));
  return fc.oneof({ arbitrary: regular, weight: 20 }, { arbitrary: many, weight: 1 }, { arbitrary: malformedString, weight: 2 });
}
