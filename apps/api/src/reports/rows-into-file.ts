import type { Readable } from 'node:stream';
import type { HashingFileWriter } from './hashing-file-writer';

/**
 * Moves every row of a cursor stream into the file as text. Rows are handled in the stream's
 * 'data' events, synchronously, and the stream is paused only while a full chunk goes to disk:
 * no promise per row (an async iterator costs one for each of 100,000 rows), and still never more
 * than a chunk in memory. Answers how many rows were written.
 */
export function rowsIntoFile<Row>(cursor: Readable, writer: HashingFileWriter, render: (row: Row, index: number) => string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let rows = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      cursor.destroy();
      reject(error);
    };
    cursor.on('data', (row: Row) => {
      if (failed) return;
      try {
        const full = writer.append(render(row, rows));
        rows += 1;
        if (full) {
          cursor.pause();
          writer.flush().then(() => cursor.resume(), fail);
        }
      } catch (error) {
        fail(error);
      }
    });
    cursor.once('error', fail);
    cursor.once('end', () => {
      if (!failed) resolve(rows);
    });
  });
}
