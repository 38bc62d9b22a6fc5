import busboy from 'busboy';
import type { Request } from 'express';
import { ALLOWED_EVIDENCE_MEDIA_TYPES, EvidenceTooLargeError, mediaTypeMatches, peekHead, type EvidenceStore, type StoredObject } from '@tiergate/storage';
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '@tiergate/domain';

export interface MultipartEvidence {
  fields: Record<string, string>;
  stored: StoredObject;
  mediaType: string;
  fileName: string | null;
}

const MAX_FIELDS = 20;
const MAX_FIELD_BYTES = 16 * 1024;

/**
 * Streams the one `file` part of a multipart upload into the evidence store while it arrives
 * (hashing on the way, never holding the file in memory), after checking from its first bytes that
 * it is what it claims to be. Text fields may come before or after the file. When the body turns out
 * to be unacceptable after the file was stored (too many fields, a second file), `forget` is handed
 * the stored object: content-addressed bytes may belong to other records, so only the caller can
 * tell whether to delete them.
 */
export function readMultipartEvidence(request: Request, store: EvidenceStore, maxBytes: number, forget: (stored: StoredObject) => Promise<void>): Promise<MultipartEvidence> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: MAX_FIELDS + 1 } });
    } catch (error) {
      reject(new BadRequestError(`Not a readable multipart/form-data body: ${(error as Error).message}`));
      return;
    }
    const fields: Record<string, string> = {};
    let upload: Promise<Omit<MultipartEvidence, 'fields'>> | null = null;
    let failure: Error | null = null;
    const fail = (error: Error) => {
      failure ??= error;
    };

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(new BadRequestError(`${name} is longer than ${MAX_FIELD_BYTES} bytes`));
      else fields[name] = value;
    });
    parser.on('file', (name, file, info) => {
      if (name !== 'file' || upload) {
        fail(new BadRequestError(upload ? 'Send one file per upload' : `Unexpected file part ${name}; the file goes in the part named "file"`));
        file.resume();
        return;
      }
      const mediaType = info.mimeType.toLowerCase();
      upload = (async () => {
        if (!(ALLOWED_EVIDENCE_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
          throw new UnsupportedMediaTypeError(`Evidence of type ${mediaType} is not accepted; declare one of ${ALLOWED_EVIDENCE_MEDIA_TYPES.join(', ')}`);
        }
        const { head, stream } = await peekHead(file);
        if (!mediaTypeMatches(mediaType, head)) throw new UnsupportedMediaTypeError(`The file's content is not ${mediaType} as declared`);
        const stored = await store.put(stream, { maxBytes });
        return { stored, mediaType, fileName: info.filename ? info.filename.slice(0, 255) : null };
      })().catch((error: unknown) => {
        const answer = error instanceof EvidenceTooLargeError ? new PayloadTooLargeError(`Evidence files may be at most ${maxBytes} bytes`) : error;
        // The store destroyed busboy's file stream, so busboy will never finish: stop parsing, read
        // (and discard) the rest of the body so the client can receive the answer, then give it.
        request.unpipe(parser);
        request.resume();
        if (request.readableEnded) reject(answer);
        else request.once('end', () => reject(answer));
        throw answer;
      });
      upload.catch(() => undefined); // answered above, or when the body ends
    });
    parser.on('filesLimit', () => fail(new BadRequestError('Send one file per upload')));
    parser.on('fieldsLimit', () => fail(new BadRequestError(`At most ${MAX_FIELDS} fields`)));
    parser.on('partsLimit', () => fail(new BadRequestError('Too many parts')));
    parser.on('error', (error: Error) => reject(new BadRequestError(`Not a readable multipart/form-data body: ${error.message}`)));
    parser.on('close', () => {
      void (async () => {
        const received = upload
          ? await upload.then(
              (value) => ({ value }),
              (error: Error) => ({ error }),
            )
          : null;
        if (received && 'error' in received) return reject(received.error);
        if (failure) {
          // Tidying up must not keep the client from its answer.
          if (received) await forget(received.value.stored).catch(() => undefined);
          return reject(failure);
        }
        if (!received) return reject(new BadRequestError('file is required: send the evidence in a part named "file"'));
        resolve({ fields, ...received.value });
      })();
    });
    request.pipe(parser);
  });
}
