import "server-only";
import { Column, is, type SQL, sql } from "drizzle-orm";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import type { Database } from "./client";
import { statementName } from "./named-statement";

/**
 * A read written as ONE select-list expression (a scalar subquery: a count, or a JSON array of rows), with
 * what turns the driver's value into the result. Alone it is a statement of one column (`readValue`);
 * several share one statement (`readValues`): the signed-in layout's reads cost one round trip.
 */
export interface ValueRead<T> {
  readonly expression: SQL;
  fromDriver(value: unknown): T;
}

/** Runs one read as `select <expression>`. */
export async function readValue<T>(db: Database, read: ValueRead<T>): Promise<T> {
  const { rows } = await db.execute<{ value: unknown }>(sql`select ${read.expression} as value`);
  return read.fromDriver(rows[0]?.value ?? null);
}

type ValuesOf<Reads> = { [Key in keyof Reads]: Reads[Key] extends ValueRead<infer T> ? T : never };

/**
 * Runs several reads as one statement of one row, a column each, and maps each column back. The statement is
 * prepared under `name` (see named-statement.ts): a page's hot read costs more to plan than to run.
 */
export async function readValues<Reads extends Record<string, ValueRead<unknown>>>(
  db: Database,
  name: string,
  reads: Reads,
): Promise<ValuesOf<Reads>> {
  const [row = {}] = await valuesStatement(db, name, reads).execute();
  return valuesOf(reads, row);
}

/**
 * {@link readValues} for reads whose every value is a placeholder (`sql.placeholder`): their statement is
 * built once per database (its session, which keeps the prepared statement), not on every call. Building
 * the signed-in shell's statement cost more of a page's server time than running it (issue #20).
 */
export function preparedValues<Reads extends Record<string, ValueRead<unknown>>>(name: string, reads: Reads) {
  const statements = new WeakMap<object, ReturnType<typeof valuesStatement>>();
  return async (db: Database, placeholderValues: Record<string, unknown>): Promise<ValuesOf<Reads>> => {
    const session = db._.session;
    let statement = statements.get(session);
    if (!statement) {
      statement = valuesStatement(db, name, reads);
      statements.set(session, statement);
    }
    const [row = {}] = await statement.execute(placeholderValues);
    return valuesOf(reads, row);
  };
}

function valuesStatement(db: Database, name: string, reads: Record<string, ValueRead<unknown>>) {
  // No table of its own: `(select) as one` is the one row the values are read in. Each expression is wrapped,
  // so Drizzle's one-table select never writes a column of it without its table.
  const statement = db
    .select(Object.fromEntries(Object.entries(reads).map(([key, read]) => [key, sql`${read.expression}`])))
    .from(sql`(select) as one`);
  return statement.prepare(statementName(name, statement.toSQL().sql));
}

function valuesOf<Reads extends Record<string, ValueRead<unknown>>>(
  reads: Reads,
  row: Record<string, unknown>,
): ValuesOf<Reads> {
  return Object.fromEntries(
    Object.entries(reads).map(([key, read]) => [key, read.fromDriver(row[key] ?? null)]),
  ) as ValuesOf<Reads>;
}

/**
 * What a read selects per row, by the key each gets in the result: columns (decoded as Drizzle decodes them: a
 * timestamp becomes a Date) and typed `sql` expressions, whose JSON value is taken as it is (a number, a
 * boolean, text: not a timestamp, and never through `mapWith`).
 */
export type JsonFields = Record<string, Column | SQL>;
/** A row of `fields` as Drizzle's `select(fields)` types it. */
export type JsonRow<Fields extends JsonFields> = SelectResultFields<Fields>;

const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

/** `json_build_object('key', expression, …)`: the keys are code's own field names, never input. */
function jsonObject(fields: JsonFields): SQL {
  const pairs = Object.entries(fields).map(([key, field]) => {
    if (!KEY.test(key)) throw new Error(`not a field name: ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${field}`;
  });
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/** A JSON value as the driver hands it: parsed already (pg, PGlite, Neon), or its text. */
function parsedJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

/** One JSON object back into `fields`' values, each column decoded as Drizzle decodes it in a selected row. */
function rowFromJson<Fields extends JsonFields>(fields: Fields, json: Record<string, unknown>): JsonRow<Fields> {
  const row: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    const value = json[key] ?? null;
    row[key] = value !== null && is(field, Column) ? field.mapFromDriverValue(value) : value;
  }
  return row as JsonRow<Fields>;
}

/**
 * The rows of `from` (a `from … where … order by … [limit …]` clause) as one JSON array of `fields` objects,
 * in that order (an ARRAY subquery keeps it), read back as `select(fields)` would return them. Refer to every
 * column qualified (`qualified()`), as a select-list subquery must.
 */
export function jsonRows<Fields extends JsonFields>(fields: Fields, from: SQL): ValueRead<JsonRow<Fields>[]> {
  return {
    expression: sql`array_to_json(array(select ${jsonObject(fields)} ${from}))`,
    fromDriver: (value) => {
      const rows = parsedJson(value);
      if (!Array.isArray(rows)) throw new Error("expected a JSON array of rows");
      return rows.map((json: Record<string, unknown>) => rowFromJson(fields, json));
    },
  };
}

/** A count (`count(*)::int`, as `cappedCount` writes it) as one value. */
export function countValue(expression: SQL<number>): ValueRead<number> {
  return { expression, fromDriver: (value) => Number(value ?? 0) };
}
