import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBridge } from './bridge';
import { defaultUserDataDir } from './services/paths';

/**
 * `node dist/electron/bridge.cjs [--port N] [--data-dir DIR]`: browser mode from the command line.
 * Stdout carries exactly one line, the URL with its token (the e2e fixture parses it); everything
 * else goes to stderr.
 */

/**
 * Fixed by default because the browser keys IndexedDB by origin, port included: a new port each run
 * would show an empty app. `--port 0` picks a free one (tests).
 */
const DEFAULT_PORT = 47821;

const USAGE = 'Usage: node dist/electron/bridge.cjs [--port N] [--data-dir DIR]';

function fail(message: string, exitCode: number): never {
  console.error(message);
  process.exit(exitCode);
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) fail(`Not a port number: ${text}\n${USAGE}`, 2);
  return port;
}

function readCommandLine(): { port: number; dataDir: string } {
  let values: { port?: string | undefined; 'data-dir'?: string | undefined };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  return {
    port: parsePort(values.port ?? process.env.TRAINDESK_PORT ?? String(DEFAULT_PORT)),
    dataDir: path.resolve(
      values['data-dir'] ?? defaultUserDataDir(process.platform, process.env, os.homedir()),
    ),
  };
}

function readVersion(packageJsonPath: string): string {
  const parsed: unknown = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8'));
  const version =
    typeof parsed === 'object' && parsed !== null && 'version' in parsed ? parsed.version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}

async function main(): Promise<void> {
  const { port, dataDir } = readCommandLine();
  // This file runs as dist/electron/bridge.cjs: the renderer build and package.json sit beside it.
  const rendererDir = path.resolve(__dirname, '../renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    fail(
      `The app is not built yet (no ${path.join(rendererDir, 'index.html')}): run npm run build first.`,
      1,
    );
  }
  const version = readVersion(path.resolve(__dirname, '../../package.json'));

  const bridge = await startBridge({ dataDir, port, host: '127.0.0.1', rendererDir, version }).catch(
    (error: unknown) => {
      if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
        fail(`Port ${port} is in use (is TrainDesk already running?). Choose another with --port N.`, 1);
      }
      throw error;
    },
  );
  process.stdout.write(`TrainDesk is running in browser mode: ${bridge.url}\n`);

  let closing = false;
  const shutDown = () => {
    if (closing) return;
    closing = true;
    bridge.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`TrainDesk bridge did not close cleanly: ${String(error)}`, 1),
    );
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);
}

main().catch((error: unknown) =>
  fail(
    `TrainDesk bridge failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    1,
  ),
);
