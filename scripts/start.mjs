// `npm start`: the desktop app when the Electron binary is available, browser mode otherwise.
// `npm run web` (--web): browser mode directly. Other arguments go to the bridge (e.g. --port 0).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bridgeScript = fileURLToPath(new URL('../dist/electron/bridge.cjs', import.meta.url));
const args = process.argv.slice(2);
const wantsWeb = args.includes('--web');
const forwardedArgs = args.filter((arg) => arg !== '--web');

// Generous: a first launch with internet downloads about 100 MB. Without internet the check fails
// in well under a second, so the bound only matters when a network silently drops packets.
const ELECTRON_CHECK_TIMEOUT_MS = 180_000;
const SLOW_CHECK_NOTICE_MS = 3_000;

// Run in a child so its download chatter (a progress line, a stack trace on failure) stays out of
// the user's terminal, and so a hanging download can be bounded.
const RESOLVE_ELECTRON = `
const { createRequire } = require('node:module');
const electronPath = createRequire(${JSON.stringify(path.join(root, 'package.json'))})('electron');
process.stdout.write('\\nELECTRON_PATH=' + electronPath + '\\n');
`;

function resolveElectronBinary() {
  return new Promise((resolve) => {
    const check = spawn(process.execPath, ['-e', RESOLVE_ELECTRON], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: ELECTRON_CHECK_TIMEOUT_MS,
    });
    const notice = setTimeout(
      () => console.log('Getting Electron ready for its first launch (a one-time download)...'),
      SLOW_CHECK_NOTICE_MS,
    );
    let output = '';
    check.stdout.on('data', (chunk) => (output += chunk));
    check.on('error', () => resolve(null));
    check.on('close', (code) => {
      clearTimeout(notice);
      const found = /^ELECTRON_PATH=(.+)$/m.exec(output)?.[1];
      resolve(code === 0 && found && fs.existsSync(found) ? found : null);
    });
  });
}

/** Runs a child with this terminal, passes Ctrl+C and kill on to it, and exits with its code. */
function runAttached(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserMode() {
  runAttached(process.execPath, [bridgeScript, ...forwardedArgs]);
}

if (!fs.existsSync(bridgeScript)) {
  console.error('TrainDesk is not built yet: run npm run build (npm start and npm run web build first).');
  process.exit(1);
}

if (wantsWeb) {
  startBrowserMode();
} else {
  const electronBinary = await resolveElectronBinary();
  if (electronBinary === null) {
    console.log(
      'Electron could not be downloaded (no internet?), so TrainDesk opens in browser mode instead.',
    );
    startBrowserMode();
  } else {
    // Set by some editors' terminals; it would make Electron run as plain Node and ignore the app.
    const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
    runAttached(electronBinary, ['.'], env);
  }
}
