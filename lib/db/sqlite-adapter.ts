// Quellenquiz's own Prisma driver adapter for SQLite: one better-sqlite3 connection per process,
// shared by Prisma's client and the data layer's plain statements (lib/db/sql.ts). Driver adapters
// are Prisma's documented extension point (@prisma/driver-adapter-utils); the transaction
// lifecycle follows Prisma's adapter guide: startTransaction() sends BEGIN, Prisma (or sql.ts)
// sends COMMIT or ROLLBACK through the transaction's executeRaw, and commit()/rollback() only end
// the lifecycle. Owning the adapter is what lets it do three things the stock one does not:
//
// - Keep prepared statements. Prisma and the data layer send a small, fixed set of statement texts;
//   preparing each again for every call cost more than running it.
// - Serialise the connection: while a transaction is open, statements from other requests wait
//   for it instead of running inside it (better-sqlite3 is synchronous, the callers are not).
// - Follow the database file at its path (docs/decisions/024): a missing file refuses every
//   statement, a file restored to the path is opened again, and a write is only acknowledged when
//   the file it went into is still the one at the path. SQLite itself notices a moved file only
//   outside WAL mode, and the app runs in WAL mode (decision 002).
import { statSync } from "node:fs";
import Database from "better-sqlite3";
import {
  type ArgType,
  type ColumnType,
  ColumnTypeEnum,
  DriverAdapterError,
  type IsolationLevel,
  type MappedError,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from "@prisma/driver-adapter-utils";

export type SqliteAdapterOptions = {
  /** Path of the database file; it must exist (the migration runner creates it). */
  file: string;
  /** Milliseconds a statement waits for another process's lock (decision 002). */
  busyTimeoutMs: number;
  /** Where the adapter reports a missing or restored file. */
  log?: { error(message: string): void; info(message: string): void };
};

const ADAPTER_NAME = "quellenquiz-sqlite";
/** More distinct statement texts than the app sends; past it the oldest is dropped. */
const MAX_KEPT_STATEMENTS = 500;

type FileIdentity = { dev: number; ino: number };
/** A prepared statement and, once it has run, its columns' names and declared types. */
type Kept = {
  statement: Database.Statement;
  columns: { names: string[]; types: (ColumnType | null)[] } | null;
};

function identityOf(file: string): FileIdentity | null {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? { dev: stats.dev, ino: stats.ino } : null;
}

const sameFile = (a: FileIdentity | null, b: FileIdentity | null) =>
  a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/** An open connection to one particular file, with the statements prepared on it. */
class Connection {
  readonly database: Database.Database;
  readonly identity: FileIdentity;
  readonly #kept = new Map<string, Kept>();

  constructor(file: string, identity: FileIdentity, busyTimeoutMs: number) {
    this.database = new Database(file, {
      fileMustExist: true,
      timeout: busyTimeoutMs,
    });
    // Integers arrive as BigInt so that none loses precision; rows hand safe ones on as numbers.
    this.database.defaultSafeIntegers(true);
    this.identity = identity;
  }

  kept(sql: string): Kept {
    let kept = this.#kept.get(sql);
    if (!kept) {
      kept = { statement: this.database.prepare(sql), columns: null };
      if (this.#kept.size >= MAX_KEPT_STATEMENTS)
        this.#kept.delete(this.#kept.keys().next().value!);
      this.#kept.set(sql, kept);
    }
    return kept;
  }

  close(): void {
    this.#kept.clear();
    if (this.database.open) this.database.close();
  }
}

/** A lock that hands itself to one holder at a time, in order of asking. */
class Lock {
  #tail: Promise<void> = Promise.resolve();
  #held = false;

  get held(): boolean {
    return this.#held;
  }

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    await previous;
    this.#held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#held = false;
      release();
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Values in and out, as Prisma's query compiler sends and expects them for SQLite.

function bindable(arg: unknown, type: ArgType | undefined): unknown {
  if (arg === null || arg === undefined) return null;
  const scalar = type?.scalarType;
  if (typeof arg === "boolean") return arg ? 1 : 0;
  if (typeof arg === "string") {
    if (scalar === "int") return Number.parseInt(arg, 10);
    if (scalar === "float" || scalar === "decimal")
      return Number.parseFloat(arg);
    if (scalar === "bigint") return BigInt(arg);
    if (scalar === "bytes") return Buffer.from(arg, "base64");
    if (scalar === "datetime") return sqliteDateTime(new Date(arg));
  }
  if (arg instanceof Date) return sqliteDateTime(arg);
  return arg;
}

/** The DateTime text Prisma writes for SQLite, so values sort and compare alike. */
const sqliteDateTime = (date: Date) =>
  date.toISOString().replace("Z", "+00:00");

function columnTypeOfDeclared(declared: string | null): ColumnType | null {
  switch ((declared ?? "").toUpperCase()) {
    case "INTEGER":
    case "INT":
    case "SMALLINT":
    case "TINYINT":
    case "MEDIUMINT":
      return ColumnTypeEnum.Int32;
    case "BIGINT":
      return ColumnTypeEnum.Int64;
    case "REAL":
    case "DOUBLE":
    case "DOUBLE PRECISION":
    case "NUMERIC":
      return ColumnTypeEnum.Double;
    case "FLOAT":
      return ColumnTypeEnum.Float;
    case "DECIMAL":
      return ColumnTypeEnum.Numeric;
    case "BOOLEAN":
      return ColumnTypeEnum.Boolean;
    case "DATETIME":
    case "TIMESTAMP":
      return ColumnTypeEnum.DateTime;
    case "DATE":
      return ColumnTypeEnum.Date;
    case "TIME":
      return ColumnTypeEnum.Time;
    case "TEXT":
    case "VARCHAR":
    case "CHARACTER":
    case "CLOB":
      return ColumnTypeEnum.Text;
    case "BLOB":
      return ColumnTypeEnum.Bytes;
    case "JSONB":
      return ColumnTypeEnum.Json;
    default:
      // An expression (COUNT(*), a literal): typed from the values below.
      return null;
  }
}

function columnTypeOfValue(value: unknown): ColumnType {
  if (typeof value === "string") return ColumnTypeEnum.Text;
  if (typeof value === "bigint") return ColumnTypeEnum.Int64;
  if (typeof value === "number") return ColumnTypeEnum.UnknownNumber;
  if (value instanceof Uint8Array) return ColumnTypeEnum.Bytes;
  return ColumnTypeEnum.Text;
}

function rowValue(value: unknown, type: ColumnType): unknown {
  if (
    type === ColumnTypeEnum.DateTime &&
    (typeof value === "number" || typeof value === "bigint")
  ) {
    return new Date(Number(value)).toISOString();
  }
  if (typeof value === "bigint") {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : value.toString();
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Errors, as Prisma's MappedError kinds; SQLite's own code stays in originalCode.

type SqliteError = Error & { code: string };
const isSqliteError = (error: unknown): error is SqliteError =>
  error instanceof Error &&
  typeof (error as Partial<SqliteError>).code === "string";

/** "UNIQUE constraint failed: Response.attemptId, Response.position" → the column names. */
const constraintFields = (message: string) =>
  message
    .split("constraint failed: ")[1]
    ?.split(", ")
    .map((field) => field.split(".").pop()!);

function mappedError(error: SqliteError): MappedError {
  const fields = constraintFields(error.message);
  const { code, message } = error;
  if (
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  ) {
    return {
      kind: "UniqueConstraintViolation",
      constraint: fields ? { fields } : undefined,
    };
  }
  if (code === "SQLITE_CONSTRAINT_NOTNULL") {
    return {
      kind: "NullConstraintViolation",
      constraint: fields ? { fields } : undefined,
    };
  }
  if (code === "SQLITE_CONSTRAINT_FOREIGNKEY")
    return {
      kind: "ForeignKeyConstraintViolation",
      constraint: { foreignKey: {} },
    };
  if (code.startsWith("SQLITE_BUSY")) return { kind: "SocketTimeout" };
  if (message.startsWith("no such table"))
    return { kind: "TableDoesNotExist", table: message.split(": ")[1] };
  if (message.startsWith("no such column"))
    return { kind: "ColumnNotFound", column: message.split(": ")[1] };
  return { kind: "sqlite", extendedCode: 1, message };
}

function adapterError(error: unknown): DriverAdapterError {
  if (error instanceof DriverAdapterError) return error;
  if (!isSqliteError(error)) throw error;
  return new DriverAdapterError({
    ...mappedError(error),
    originalCode: error.code,
    originalMessage: error.message,
  });
}

const fileMissing = (file: string) =>
  new DriverAdapterError({ kind: "DatabaseDoesNotExist", db: file });
/** The file was moved or replaced while a statement ran: what it wrote is not acknowledged. */
const fileChanged = () => new DriverAdapterError({ kind: "ConnectionClosed" });

// ---------------------------------------------------------------------------------------------

class Queryable {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(protected readonly connection: () => Connection) {}

  protected run(
    query: SqlQuery,
  ): SqlResultSet & { changes: number; readonly: boolean } {
    try {
      const kept = this.connection().kept(query.sql);
      const args = query.args.map((arg, i) => bindable(arg, query.argTypes[i]));
      const { statement } = kept;
      const { readonly } = statement;
      if (!statement.reader) {
        return {
          columnNames: [],
          columnTypes: [],
          rows: [],
          changes: statement.run(args).changes,
          readonly,
        };
      }
      const rows = statement.raw(true).all(args) as unknown[][];
      kept.columns ??= {
        names: statement.columns().map((column) => column.name),
        types: statement
          .columns()
          .map((column) => columnTypeOfDeclared(column.type)),
      };
      const columnTypes = kept.columns.types.map(
        (type, i) =>
          type ??
          columnTypeOfValue(rows.find((row) => row[i] !== null)?.[i] ?? null),
      );
      return {
        columnNames: kept.columns.names,
        columnTypes,
        rows: rows.map((row) =>
          row.map((value, i) => rowValue(value, columnTypes[i]!)),
        ),
        changes: 0,
        readonly,
      };
    } catch (error) {
      throw adapterError(error);
    }
  }
}

class SqliteTransaction extends Queryable implements Transaction {
  readonly options: TransactionOptions = { usePhantomQuery: false };

  constructor(
    connection: () => Connection,
    private readonly verifyFile: () => void,
    private readonly release: () => void,
  ) {
    super(connection);
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    const {
      changes: _changes,
      readonly: _readonly,
      ...result
    } = this.run(query);
    return result;
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    const { changes } = this.run(query);
    // A commit counts only if it went into the file that is still at the path.
    if (/^\s*COMMIT\b/i.test(query.sql)) this.verifyFile();
    return changes;
  }

  async commit(): Promise<void> {
    this.release();
  }

  async rollback(): Promise<void> {
    this.release();
  }
}

class SqliteAdapter extends Queryable implements SqlDriverAdapter {
  #current: Connection | null = null;
  #reportedMissing = false;
  readonly #lock = new Lock();

  constructor(private readonly options: SqliteAdapterOptions) {
    super(() => this.#open());
  }

  /** The connection to the file now at the path: opened on first use and after a restore. */
  #open(): Connection {
    const { file, log = console } = this.options;
    const identity = identityOf(file);
    if (!identity) {
      if (!this.#reportedMissing)
        log.error(
          `Database file ${file} is missing: refusing reads and writes until it is restored.`,
        );
      this.#reportedMissing = true;
      throw fileMissing(file);
    }
    if (this.#current && sameFile(this.#current.identity, identity))
      return this.#current;
    const previous = this.#current;
    // SQLite notices that the old file has moved and closes it without touching anything by name,
    // so this cannot harm the restored file's -wal.
    previous?.close();
    this.#current = null;
    const opened = new Connection(file, identity, this.options.busyTimeoutMs);
    if (!sameFile(identityOf(file), identity)) {
      opened.close();
      throw fileChanged();
    }
    if (previous || this.#reportedMissing)
      log.info(`Database file ${file} is back: reopened it.`);
    this.#reportedMissing = false;
    this.#current = opened;
    return opened;
  }

  #verifyFile(identity: FileIdentity): void {
    if (!sameFile(identityOf(this.options.file), identity)) throw fileChanged();
  }

  /** A statement outside a transaction: after any open transaction, checked against the file. */
  async #standalone<T>(
    work: (connection: Connection) => T,
    wrote: (result: T) => boolean,
  ): Promise<T> {
    if (this.#lock.held) {
      const release = await this.#lock.acquire();
      try {
        return this.#checked(work, wrote);
      } finally {
        release();
      }
    }
    return this.#checked(work, wrote);
  }

  #checked<T>(
    work: (connection: Connection) => T,
    wrote: (result: T) => boolean,
  ): T {
    const connection = this.#open();
    const result = work(connection);
    // Only a write must be checked against the file now at the path before it is acknowledged; a
    // read that raced a restore is as good as one made just before it (and every read is a look
    // at the file system less).
    if (wrote(result)) this.#verifyFile(connection.identity);
    return result;
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    const {
      changes: _changes,
      readonly: _readonly,
      ...result
    } = await this.#standalone(
      () => this.run(query),
      (result) => !result.readonly,
    );
    return result;
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    return (
      await this.#standalone(
        () => this.run(query),
        (result) => !result.readonly,
      )
    ).changes;
  }

  async executeScript(script: string): Promise<void> {
    return this.#standalone(
      (connection) => {
        try {
          connection.database.exec(script);
        } catch (error) {
          throw adapterError(error);
        }
      },
      () => true,
    );
  }

  async startTransaction(
    isolationLevel?: IsolationLevel,
  ): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new DriverAdapterError({
        kind: "InvalidIsolationLevel",
        level: isolationLevel,
      });
    }
    const release = await this.#lock.acquire();
    try {
      const connection = this.#open();
      connection.kept("BEGIN").statement.run();
      return new SqliteTransaction(
        () => connection,
        () => this.#verifyFile(connection.identity),
        release,
      );
    } catch (error) {
      release();
      throw adapterError(error);
    }
  }

  async dispose(): Promise<void> {
    this.#current?.close();
    this.#current = null;
  }
}

/**
 * The adapter factory for PrismaClient. Every connect() returns the same adapter, so Prisma's
 * client and lib/db/sql.ts share one connection and one transaction lock; after dispose() the
 * connection reopens with the next statement.
 */
export class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  #adapter: SqliteAdapter | null = null;

  constructor(private readonly options: SqliteAdapterOptions) {}

  async connect(): Promise<SqlDriverAdapter> {
    return (this.#adapter ??= new SqliteAdapter(this.options));
  }
}
