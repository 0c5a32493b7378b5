// Keeps the app's SQLite connection on the file that is at DATABASE_URL (docs/decisions/013).
// On Linux an open connection keeps a deleted database file alive: without this guard, every
// write after `rm data/quellenquiz.db` would "succeed" into an unlinked inode nobody will see
// again. The guard wraps the driver adapter: before each statement or transaction it compares
// the file at the path with the file the connection opened (one stat(), about a microsecond),
// and after each statement outside a transaction and after each commit it compares again, so a
// write is only acknowledged when it went into the file that is still at the path.
//
// - File missing: every statement fails with Prisma's "database does not exist" (P1003). Nothing
//   is recreated here; that would hide the loss (see the decision).
// - File replaced (restored from a backup): the old connection is closed and the new file opened.
// - File moved or replaced while a statement ran: that statement fails (P1017), not acknowledged.
import { statSync } from "node:fs";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";

type FileIdentity = { dev: number; ino: number };
type Connection = { adapter: SqlDriverAdapter; identity: FileIdentity };

function identityOf(file: string): FileIdentity | null {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? { dev: stats.dev, ino: stats.ino } : null;
}

const sameFile = (a: FileIdentity | null, b: FileIdentity | null) =>
  a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

const fileMissing = (file: string) =>
  new DriverAdapterError({ kind: "DatabaseDoesNotExist", db: file });
const fileChanged = () => new DriverAdapterError({ kind: "ConnectionClosed" });

export type FileGuardLog = {
  error(message: string): void;
  info(message: string): void;
};

/**
 * The connection to the file now at the path: its adapter, the check to run after a statement on
 * it, and a transaction on it whose commit counts only if the file is still the one at the path.
 */
export type CurrentConnection = {
  adapter: SqlDriverAdapter;
  verify(): void;
  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction>;
};

/** A guarded adapter; `current()` is for lib/db/sql.ts, which runs statements on the connection itself. */
export interface GuardedAdapter extends SqlDriverAdapter {
  current(): Promise<CurrentConnection>;
}

export interface GuardedAdapterFactory extends SqlDriverAdapterFactory {
  connect(): Promise<GuardedAdapter>;
}

/** Wraps a driver adapter factory so that its connections follow the database file at `file`. */
export function guardDatabaseFile(
  factory: SqlDriverAdapterFactory,
  file: string,
  log: FileGuardLog = console,
): GuardedAdapterFactory {
  // One adapter for every caller: Prisma and the data layer's direct statements (lib/db/sql.ts)
  // share its connection and its transaction lock. After dispose() it reopens on the next statement.
  let shared: FileGuardedAdapter | null = null;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    // The file is opened with the first statement, so a client made while the file is missing
    // starts working once it is there.
    connect: () =>
      Promise.resolve((shared ??= new FileGuardedAdapter(factory, file, log))),
  };
}

class FileGuardedAdapter implements GuardedAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  #connection: Connection | null = null;
  #opening: Promise<Connection> | null = null;
  #reportedMissing = false;

  constructor(
    private readonly factory: SqlDriverAdapterFactory,
    private readonly file: string,
    private readonly log: FileGuardLog,
  ) {
    this.provider = factory.provider;
    this.adapterName = factory.adapterName;
  }

  /** The connection to the file now at the path: opened on first use and after the file was replaced. */
  open(): Promise<Connection> {
    const identity = identityOf(this.file);
    if (!identity) {
      if (!this.#reportedMissing)
        this.log.error(
          `Database file ${this.file} is missing: refusing all reads and writes until it is restored.`,
        );
      this.#reportedMissing = true;
      return Promise.reject(fileMissing(this.file));
    }
    if (this.#connection && sameFile(this.#connection.identity, identity))
      return Promise.resolve(this.#connection);
    this.#opening ??= this.#reopen(identity).finally(() => {
      this.#opening = null;
    });
    return this.#opening;
  }

  async #reopen(identity: FileIdentity): Promise<Connection> {
    const previous = this.#connection;
    this.#connection = null;
    // SQLite notices that the old file has moved and closes without checkpointing or deleting
    // anything by name, so this cannot touch the new file's -wal.
    if (previous) await previous.adapter.dispose().catch(() => {});
    const adapter = await this.factory.connect();
    if (!sameFile(identityOf(this.file), identity)) {
      await adapter.dispose().catch(() => {});
      throw fileChanged();
    }
    if (previous || this.#reportedMissing)
      this.log.info(`Database file ${this.file} is back: reopened it.`);
    this.#reportedMissing = false;
    this.#connection = { adapter, identity };
    return this.#connection;
  }

  #verify(identity: FileIdentity): void {
    if (!sameFile(identityOf(this.file), identity)) throw fileChanged();
  }

  /** Before a statement: the connection; after it, `verify()` throws if the file has moved since. */
  async current(): Promise<CurrentConnection> {
    const { adapter, identity } = await this.open();
    const verify = () => this.#verify(identity);
    return {
      adapter,
      verify,
      startTransaction: async (isolationLevel) =>
        guardCommit(await adapter.startTransaction(isolationLevel), verify),
    };
  }

  async #statement<T>(
    run: (adapter: SqlDriverAdapter) => Promise<T>,
  ): Promise<T> {
    const { adapter, verify } = await this.current();
    const result = await run(adapter);
    verify();
    return result;
  }

  queryRaw(query: SqlQuery) {
    return this.#statement((adapter) => adapter.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#statement((adapter) => adapter.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#statement((adapter) => adapter.executeScript(script));
  }

  async startTransaction(
    isolationLevel?: IsolationLevel,
  ): Promise<Transaction> {
    return (await this.current()).startTransaction(isolationLevel);
  }

  async dispose(): Promise<void> {
    const connection = this.#connection;
    this.#connection = null;
    await connection?.adapter.dispose();
  }
}

/** The transaction, with a commit that counts only if `verify()` passes after it. */
function guardCommit(tx: Transaction, verify: () => void): Transaction {
  const guarded: Transaction = {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => tx.queryRaw(query),
    executeRaw: (query) => tx.executeRaw(query),
    rollback: () => tx.rollback(),
    // The commit has happened when tx.commit() returns (it releases the connection's lock);
    // it only counts if the file it went into is still the one at the path.
    commit: async () => {
      await tx.commit();
      verify();
    },
  };
  if (tx.createSavepoint)
    guarded.createSavepoint = (name) => tx.createSavepoint!(name);
  if (tx.rollbackToSavepoint)
    guarded.rollbackToSavepoint = (name) => tx.rollbackToSavepoint!(name);
  if (tx.releaseSavepoint)
    guarded.releaseSavepoint = (name) => tx.releaseSavepoint!(name);
  return guarded;
}
