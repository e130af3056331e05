/** The conditions of one statement's WHERE, and the parameters they number. */
export class SqlConditions {
  readonly params: unknown[] = [];
  readonly sql: string[] = [];

  add(condition: (param: string) => string, value: unknown): void {
    this.params.push(value);
    this.sql.push(condition(`$${this.params.length}`));
  }

  copy(): SqlConditions {
    const copy = new SqlConditions();
    copy.params.push(...this.params);
    copy.sql.push(...this.sql);
    return copy;
  }
}
