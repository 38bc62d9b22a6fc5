/** One problem of one field, as the API's 400s list them in `details` (e.g. `claims[0].controlId`, `line 7, column quantity`). */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** The API's one error format (docs/architecture.md, "The HTTP contract"), thrown by every call that does not succeed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The per-field problems of a 400, when the API sent them. */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (detail): detail is FieldProblem => typeof detail === 'object' && detail !== null && typeof (detail as FieldProblem).field === 'string' && Array.isArray((detail as FieldProblem).problems),
    );
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => null);
    if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') {
      const { error, message, details } = body as { error?: string; message: string; details?: unknown };
      return new ApiError(response.status, error ?? response.statusText, message, details);
    }
    return new ApiError(response.status, response.statusText, `The server answered ${response.status} ${response.statusText}`.trim());
  }
}

/** A message for anything caught: API errors speak for themselves, network failures get a plain sentence. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'Tiergate could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : String(error);
}
