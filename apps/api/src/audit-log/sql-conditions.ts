/**
 * A WHERE clause built from optional filters, with numbered placeholders ($1, $2, …) so values
 * never enter the SQL text.
 */
export class SqlConditions {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Binds `value` and returns its placeholder, for use anywhere in the statement (LIMIT, say). */
  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** `clause` receives the placeholder of `value`: `(p) => \`seq > ${p}\``. */
  add(clause: (placeholder: string) => string, value: unknown): this {
    this.clauses.push(clause(this.bind(value)));
    return this;
  }

  /** A clause that binds its own values (through `bind`) or none. */
  addClause(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  get where(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
