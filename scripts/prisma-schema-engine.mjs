#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for use as PRISMA_SCHEMA_ENGINE_BINARY
// (scripts/prisma.mjs sets it). It speaks the native engine's command line and JSON-RPC protocol
// and delegates the work to @prisma/schema-engine-wasm. Why: docs/decisions/003-*.md.
//
//   --version
//   --datasource <json> cli can-connect-to-database|create-database|drop-database
//   [--datamodels <path>]... [--datasource <json>]        JSON-RPC 2.0, one message per line
//
// stdout carries nothing but JSON-RPC responses; logs go to stderr (the CLI parses them as JSON).
import { readFileSync } from "node:fs";
import readline from "node:readline";
import {
  describeEngineError,
  engineCommitHash,
  openSchemaEngine,
  providerForUrl,
} from "./schema-engine-wasm.mjs";

function parseArgs(argv) {
  const args = { datamodels: [], rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (
      arg === "--enabled-preview-features" ||
      arg === "--extension-types"
    )
      i++;
    else args.rest.push(arg);
  }
  return args;
}

// ---- one-shot `cli` commands -----------------------------------------------------------------

async function runCliCommand(command, datasource) {
  try {
    const provider = providerForUrl(datasource?.url);
    if (command === "can-connect-to-database")
      await provider.databaseExists(datasource.url);
    else if (command === "create-database")
      await provider.createDatabase(datasource.url);
    else if (command === "drop-database")
      await provider.dropDatabase(datasource.url);
    else throw new Error(`Unknown cli command: ${command}`);
    return 0;
  } catch (error) {
    // The CLI skips the first stderr line and parses each following one as a JSON log record.
    const { errorCode, message } = describeEngineError(error);
    const record = {
      level: "ERROR",
      target: "schema_engine::logger",
      fields: { error_code: errorCode ?? "P1000", message },
    };
    process.stderr.write(
      `schema-engine (wasm shim): ${command} failed\n${JSON.stringify(record)}`,
    );
    return 1;
  }
}

// ---- JSON-RPC session ------------------------------------------------------------------------

function createSession({ datasource, datamodelPaths, print }) {
  const datamodels = datamodelPaths.map((file) => [
    file,
    readFileSync(file, "utf8"),
  ]);
  const log = (line) =>
    process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);
  let opened; // Promise<{ engine, close, state }>, opened lazily like the native engine connects

  const open = () =>
    (opened ??= openSchemaEngine({ datasource, datamodels, log }));
  const getEngine = async () => (await open()).engine;
  const closeEngine = async () => {
    const current = opened;
    opened = undefined;
    if (current)
      await current.then(
        ({ close }) => close(),
        () => {},
      );
  };
  // Runs engine[method] and reports whether it found no _prisma_migrations table.
  const callTracked = async (method, params) => {
    const { engine, state } = await open();
    state.migrationsTableMissing = false;
    try {
      return {
        result: await engine[method](params),
        tableMissing: state.migrationsTableMissing,
      };
    } catch (error) {
      throw Object.assign(error, {
        tableMissing: state.migrationsTableMissing,
      });
    }
  };

  // The wasm engine's evaluateDataLoss and createMigration fail with "SQLite shadow DB must be
  // provided through an external factory" unless devDiagnostic has just run against the current
  // migration state (it does before migrations are applied, and migrate dev applies them in
  // between). Running devDiagnostic again and retrying is what the native flow amounts to.
  const withWarmShadowState = async (method, params) => {
    const engine = await getEngine();
    try {
      return await engine[method](params);
    } catch (error) {
      if (
        !/shadow DB must be provided through an external factory/.test(
          error?.message ?? "",
        )
      )
        throw error;
      await engine.devDiagnostic({
        migrationsList: params.migrationsList,
        filters: params.filters,
      });
      return engine[method](params);
    }
  };

  const handlers = {
    async diagnoseMigrationHistory(params) {
      const { result, tableMissing } = await callTracked(
        "diagnoseMigrationHistory",
        params,
      );
      return tableMissing ? { ...result, hasMigrationsTable: false } : result;
    },
    async markMigrationApplied(params) {
      try {
        return (await callTracked("markMigrationApplied", params)).result;
      } catch (error) {
        // Native engine: baselining an unmanaged database creates _prisma_migrations first.
        const ddl = providerForUrl(datasource?.url).migrationsTableDdl;
        if (!error.tableMissing || !ddl) throw error;
        await (
          await getEngine()
        ).dbExecute({
          datasourceType: { tag: "url", url: datasource.url },
          script: ddl,
        });
        return (await getEngine()).markMigrationApplied(params);
      }
    },
    evaluateDataLoss: (params) =>
      withWarmShadowState("evaluateDataLoss", params),
    createMigration: (params) => withWarmShadowState("createMigration", params),
    async reset(params) {
      const provider = providerForUrl(datasource?.url);
      if (!provider.resetDatabase) return (await getEngine()).reset(params);
      await closeEngine();
      await provider.resetDatabase(datasource.url);
      return {};
    },
    async diff(params) {
      // The native engine prints the diff through a JSON-RPC `print` request to the CLI and
      // returns no stdout; the wasm engine returns it instead.
      const { stdout, ...result } = await (await getEngine()).diff(params);
      if (stdout != null) print(stdout.replace(/\n$/, ""));
      return { ...result, stdout: null };
    },
    async createDatabase(params) {
      const url = params?.datasource?.url ?? datasource?.url;
      return { databaseName: await providerForUrl(url).createDatabase(url) };
    },
    async dropDatabase() {
      await providerForUrl(datasource?.url).dropDatabase(datasource.url);
      return {};
    },
    async getDatabaseVersion(params) {
      return (await getEngine()).version(params);
    },
  };

  async function dispatch(method, params) {
    if (handlers[method]) return handlers[method](params);
    const engine = await getEngine();
    if (
      typeof engine[method] !== "function" ||
      method === "free" ||
      method.startsWith("_")
    ) {
      throw Object.assign(new Error(`Method not found: ${method}`), {
        rpcCode: -32601,
      });
    }
    return engine[method](params);
  }

  return { dispatch, closeEngine };
}

function errorResponse(id, error) {
  const { errorCode, message } = describeEngineError(error);
  if (error?.rpcCode)
    return { jsonrpc: "2.0", id, error: { code: error.rpcCode, message } };
  const isPanic = error instanceof WebAssembly.RuntimeError;
  return {
    jsonrpc: "2.0",
    id,
    error: {
      code: 4466,
      message: isPanic
        ? message
        : "An error happened. Check the data field for details.",
      data: {
        is_panic: isPanic,
        message,
        meta: error?.meta ?? null,
        error_code: errorCode ?? null,
      },
    },
  };
}

async function runSession(options) {
  const send = (message) =>
    process.stdout.write(`${JSON.stringify(message)}\n`);
  let printId = 0;
  const print = (content) =>
    send({
      jsonrpc: "2.0",
      id: `print-${++printId}`,
      method: "print",
      params: { content },
    });
  const session = createSession({ ...options, print });
  let queue = Promise.resolve(); // the engine handles one request at a time

  const lines = readline.createInterface({
    input: process.stdin,
    crlfDelay: Infinity,
  });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      send({
        jsonrpc: "2.0",
        id: null,
        error: { code: -32700, message: "Parse error" },
      });
      return;
    }
    // Skip notifications and the CLI's answers to our `print` requests.
    if (request.id === undefined || request.method === undefined) return;
    queue = queue.then(async () => {
      try {
        const result = await session.dispatch(request.method, request.params);
        send({ jsonrpc: "2.0", id: request.id, result: result ?? {} });
      } catch (error) {
        send(errorResponse(request.id, error));
      }
    });
  });
  // The CLI ends stdin and sends SIGTERM right away; close the database cleanly either way
  // (killed mid-connection, SQLite's exclusive-mode rollback journal is left next to the file).
  const finish = async () => {
    await queue;
    await session.closeEngine();
    process.exit(0);
  };
  process.once("SIGTERM", finish);
  lines.once("close", finish);
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${engineCommitHash()}\n`);
} else if (args.rest[0] === "cli") {
  process.exitCode = await runCliCommand(args.rest[1], args.datasource);
} else {
  await runSession({
    datasource: args.datasource,
    datamodelPaths: args.datamodels,
  });
}
