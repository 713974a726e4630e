/**
 * TrainDesk benchmarks: `npm run bench` (after a build) or `node e2e/bench/run.mjs`.
 * BENCH_SCALE=small runs a quick version (5,000 people instead of 50,000, fewer runs).
 *
 * Starts browser mode (dist/electron/bridge.cjs) on a temp data folder, drives Debian's Chromium
 * with an on-disk profile, runs the scenarios of README.md and writes
 * e2e/bench/results/<timestamp>.json and results/latest.json. Figures are reported, never asserted.
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { authoringScenario } from './authoring.mjs';
import { backupScenario, bridgeClient, importScenario, probeUploadPiece } from './files.mjs';
import { lendingScenario } from './lending.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cacheDir = path.join(here, '.cache');
const resultsDir = path.join(here, 'results');

const SCALE = process.env.BENCH_SCALE === 'small' ? 'small' : 'full';
const CONFIG =
  SCALE === 'small'
    ? {
        listPreset: 'people5k',
        authoringPreset: 'authoringSmall',
        readRuns: 10,
        coldRuns: 3,
        insertRounds: 1,
        insertRows: 5_000,
        attachments: 10,
      }
    : {
        listPreset: 'people50k',
        authoringPreset: 'authoring',
        readRuns: 20,
        coldRuns: 5,
        insertRounds: 2,
        insertRows: 25_000,
        attachments: 100,
      };
/** Each generated attachment: 5 MB of pseudo-random bytes (100 of them: 500 MB; small: 50 MB). */
const ATTACHMENT_BYTES = 5_000_000;
const SEED = Number(process.env.BENCH_SEED ?? 20250701);
/**
 * BENCH_ONLY: a comma list of scenario groups to run (default: all). people: cold starts, bulk
 * insert, first page and search; files: XLSX import, backup and restore; authoring: courses,
 * lessons and questions (search, open a course, draw a test); lending: copies and loans (the desk,
 * the overdue list, a borrower's page; its data replaces the people, see lending.mjs).
 */
const GROUPS = ['people', 'files', 'authoring', 'lending'];
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((g) => g.trim())
  .filter(Boolean);
const unknownGroups = ONLY.filter((g) => !GROUPS.includes(g));
if (unknownGroups.length > 0) {
  throw new Error(`BENCH_ONLY: unknown ${unknownGroups.join(', ')} (groups: ${GROUPS.join(', ')})`);
}
const runs = (group) => ONLY.length === 0 || ONLY.includes(group);
const SEARCH_TERMS = ['zhw', 'wangf', 'E00123'];
const READ_TARGET_MS = 200;
const COLD_TARGET_MS = 1500;
const INSERT_TARGET_RATIO = 0.9;
const IMPORT_TARGET_S = 20;
const BACKUP_TARGET_RATIO = 0.7;

const log = (...args) => console.error('[bench]', ...args);
const elapsed = (() => {
  const start = Date.now();
  return () => `${((Date.now() - start) / 1000).toFixed(1)} s`;
})();

// ---------------------------------------------------------------------------------------------
// Build the harness (browser IIFE) and node.ts (Node ESM: the generator, for the determinism
// self-check and the files the import and backup scenarios need)

/**
 * renderer/src/db/index.ts opens the app's own 'traindesk' database as soon as it is loaded (the
 * app wants its one connection early). The harness loads it through backup-commands.ts; there that
 * connection would pre-open the database before the read scenarios time its first open, and would
 * reload the harness page when seedAppDatabase deletes the database. The harness gets the module
 * without that statement; `db` stays an unopened Dexie the harness never uses.
 */
const withoutEagerDatabaseOpen = {
  name: 'bench-without-eager-database-open',
  setup(build) {
    build.onLoad({ filter: /[\\/]renderer[\\/]src[\\/]db[\\/]index\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const eagerOpen = /^db\.open\(\)[^\n]*\n/m;
      if (!eagerOpen.test(source)) {
        throw new Error(`${args.path} no longer opens the database as it loads: update e2e/bench/run.mjs`);
      }
      return { contents: source.replace(eagerOpen, ''), loader: 'ts' };
    });
  },
};

/**
 * The bundles get no .js/.mjs name: ESLint (flat config, `eslint .`) would otherwise lint these
 * megabytes of library code whenever somebody lints the repo after a bench run.
 */
async function bundle() {
  fs.mkdirSync(cacheDir, { recursive: true });
  const common = { bundle: true, logLevel: 'warning', tsconfig: path.join(root, 'e2e/tsconfig.json') };
  const harnessFile = path.join(cacheDir, 'harness.iife');
  await esbuild.build({
    ...common,
    entryPoints: [path.join(here, 'harness.ts')],
    outfile: harnessFile,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [withoutEagerDatabaseOpen],
  });
  const generator = await esbuild.build({
    ...common,
    entryPoints: [path.join(here, 'node.ts')],
    write: false,
    outfile: path.join(cacheDir, 'node.node'),
    format: 'esm',
    platform: 'node',
    target: 'node20',
  });
  const code = generator.outputFiles[0].text;
  return {
    harness: fs.readFileSync(harnessFile, 'utf8'),
    generator: await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser mode and Chromium

async function startBridge(dataDir) {
  const bridge = path.join(root, 'dist/electron/bridge.cjs');
  if (!fs.existsSync(bridge) || !fs.existsSync(path.join(root, 'dist/renderer/index.html'))) {
    throw new Error('The app is not built: run `npm run build` (or `npm run bench`, which builds first).');
  }
  const child = spawn(process.execPath, [bridge, '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk.toString()));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`bridge did not start: ${err}`)), 15_000);
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`bridge exited with ${code}: ${err}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function launch(profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    bypassCSP: true,
    viewport: { width: 1366, height: 820 },
  });
}

async function firstPage(context) {
  return context.pages()[0] ?? (await context.newPage());
}

/** A page of the bridge's origin that is not the app (the bridge's own 404 text), with the harness. */
async function harnessSession(profileDir, origin, harness, work) {
  const context = await launch(profileDir);
  try {
    const page = await firstPage(context);
    page.on('console', (m) => {
      // The harness page is the bridge's 404 text: its "Failed to load resource" is expected.
      if (
        m.type() === 'warning' ||
        (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      ) {
        log(`page ${m.type()}: ${m.text()}`);
      }
    });
    await page.goto(`${origin}/__bench__`);
    await page.addScriptTag({ content: harness });
    return await work(page);
  } finally {
    await context.close();
  }
}

const call = (page, fn, ...args) => page.evaluate(([name, a]) => window.__bench[name](...a), [fn, args]);

// ---------------------------------------------------------------------------------------------
// (d) cold start: a fresh Chromium on the same on-disk profile, the app URL, the list's summary

/**
 * Installed before any of the page's scripts: notes `performance.now()` (ms since navigation start)
 * when the summary first shows the expected count and when the list shows rows (or its empty state).
 * For the reading of the figures it also notes the bridge API calls, IndexedDB opens and long tasks.
 */
const watchFirstScreen = (expected) => {
  const seen = { api: [], idbOpen: [], longTasks: [] };
  const fetch = window.fetch;
  window.fetch = function (input, init) {
    const start = performance.now();
    const name = String(input instanceof Request ? input.url : input).replace(/^.*\/api\//, '');
    const answer = fetch.call(this, input, init);
    answer.then(
      () => seen.api.push([name, start, performance.now()]),
      () => seen.api.push([`${name} (failed)`, start, performance.now()]),
    );
    return answer;
  };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const start = performance.now();
    const req = open.apply(this, args);
    req.addEventListener('success', () => seen.idbOpen.push([args[0], start, performance.now()]));
    return req;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const now = performance.now();
    const summary = document.querySelector('[data-testid="people-summary"]');
    if (summary && seen.summaryElement === undefined) seen.summaryElement = now;
    if (summary && seen.summary === undefined) {
      const digits = (summary.textContent ?? '').replace(/\D/g, '');
      if (digits !== '' && Number(digits) === expected) seen.summary = now;
    }
    const rows = document.querySelector('[data-testid="people-rows"]');
    if (rows && seen.rows === undefined) {
      const shown = expected === 0 ? rows.querySelector('.ant-empty') : rows.querySelector('[role="row"]');
      if (shown) seen.rows = now;
    }
    if (seen.summary !== undefined && seen.rows !== undefined) {
      observer.disconnect();
      requestAnimationFrame(() => {
        seen.frame = performance.now();
        window.__firstScreen = seen;
      });
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
};

async function coldStartApp(profileDir, url, expected) {
  const context = await launch(profileDir);
  try {
    const page = await firstPage(context);
    await page.addInitScript(watchFirstScreen, expected);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstScreen !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => {
      const s = window.__firstScreen;
      const nav = performance.getEntriesByType('navigation')[0];
      const script = performance
        .getEntriesByType('resource')
        .find((e) => e.initiatorType === 'script' && e.name.includes('/assets/'));
      const end = s.summary;
      return {
        summary: s.summary,
        rows: s.rows,
        frame: s.frame,
        firstRender: s.summaryElement,
        responseEnd: nav?.responseEnd,
        scriptLoaded: script?.responseEnd,
        domContentLoaded: nav?.domContentLoadedEventEnd,
        apiDone: Math.max(0, ...s.api.map(([, , e]) => e)),
        api: s.api,
        idbOpenStart: s.idbOpen[0]?.[1],
        idbOpenEnd: s.idbOpen[0]?.[2],
        idbOpen: s.idbOpen,
        longTaskMs: s.longTasks.filter(([t]) => t < end).reduce((a, [, d]) => a + d, 0),
      };
    });
  } finally {
    await context.close();
  }
}

const TIMELINE = [
  'responseEnd',
  'scriptLoaded',
  'domContentLoaded',
  'apiDone',
  'firstRender',
  'idbOpenStart',
  'idbOpenEnd',
  'summary',
  'rows',
  'frame',
  'longTaskMs',
];

async function coldStartBlank(profileDir, origin) {
  const context = await launch(profileDir);
  try {
    const page = await firstPage(context);
    await page.goto(`${origin}/__blank__`, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { load: nav.loadEventEnd, responseEnd: nav.responseEnd, status: nav.responseStatus };
    });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const r = (x) => Math.round(x * 10) / 10;
  return {
    runs: samples.length,
    p50: r(at(50)),
    p95: r(at(95)),
    min: r(sorted[0]),
    max: r(sorted[sorted.length - 1]),
    samples: samples.map(r),
  };
}

const ratioOf = (a, b) => Math.round((a / b) * 100) / 100;

function timingResult({ name, scale, figures, baseline, targetMs, extra = {} }) {
  return {
    name,
    scale,
    figures,
    baseline,
    ratio: ratioOf(figures.p50, baseline.p50),
    target: { metric: 'p95', below: targetMs, unit: 'ms' },
    meetsTarget: figures.p95 < targetMs,
    ...extra,
  };
}

function printTable(results) {
  const fmt = (r) => {
    if (r.skipped) {
      const b = r.baseline;
      return [
        `skipped: ${r.skipped}`,
        b.p50 === undefined ? '' : `${b.p50} / ${b.p95} ms`,
        `p95 < ${r.target.below} ms`,
      ];
    }
    if (r.target.unit === 's') {
      const f = r.figures;
      return [
        `${f.seconds} s (${f.rowsPerSecond.toLocaleString('en')} rows/s; write ${f.writeRowsPerSecond.toLocaleString('en')} rows/s; heap peak ${f.heapMB.peak} MB)`,
        `raw put ${r.baseline.seconds} s (${r.baseline.rowsPerSecond.toLocaleString('en')} rows/s)`,
        `< ${r.target.below} s`,
      ];
    }
    if ('mbPerSecond' in r.figures) {
      return [
        `${r.figures.mbPerSecond} MB/s (${r.figures.seconds} s)`,
        `copy ${r.baseline.mbPerSecond} MB/s (${r.baseline.seconds} s)`,
        `≥ ${r.target.atLeast} × copy`,
      ];
    }
    if ('rowsPerSecond' in r.figures) {
      return [
        `${r.figures.rowsPerSecond.toLocaleString('en')} rows/s`,
        `${r.baseline.rowsPerSecond.toLocaleString('en')} rows/s`,
        `≥ ${r.target.atLeast} × raw`,
      ];
    }
    return [
      `${r.figures.p50} / ${r.figures.p95} ms`,
      `${r.baseline.p50} / ${r.baseline.p95} ms`,
      `p95 < ${r.target.below} ms`,
    ];
  };
  const rows = [
    ['scenario', 'scale', 'TrainDesk (timings: p50 / p95)', 'baseline', 'ratio', 'target', 'met'],
    ...results.map((r) => {
      const [figure, baseline, target] = fmt(r);
      const met = r.meetsTarget === null ? '-' : r.meetsTarget ? 'yes' : 'NO';
      return [r.name, r.scale, figure, baseline, String(r.ratio), target, met];
    }),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
  const line = (row) => row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join(' | ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));
}

/** (e) import of an XLSX and (f) backup and restore with attachments, each in a fresh browser. */
async function filesScenarios({
  bridge,
  generator,
  session,
  tmp,
  dataDir,
  preset,
  bulkInsertRawRowsPerSecond,
}) {
  const client = bridgeClient(bridge.url);
  const upload = { token: client.token, ...(await probeUploadPiece(client, generator.STAGE_CHUNK_BYTES)) };
  if (!upload.acceptsWholePiece)
    log(`the bridge refuses a whole upload piece (${upload.refusal}): splitting`);
  const filesContext = { generator, session, call, client, upload, seed: SEED, tmp, dataDir, log };
  const imported = await importScenario({ ...filesContext, preset });
  log(`import done, ${elapsed()}`);
  const backedUp = await backupScenario({
    ...filesContext,
    files: CONFIG.attachments,
    fileBytes: ATTACHMENT_BYTES,
  });
  log(`backup and restore done, ${elapsed()}`);

  const out = [];
  const uploadCheck = {
    uploadPieceAccepted: upload.acceptsWholePiece,
    ...(upload.acceptsWholePiece
      ? {}
      : {
          uploadPieceRefusal: upload.refusal,
          uploadWorkaround: `uploadBlob's ${generator.STAGE_CHUNK_BYTES} B pieces sent as stageAppend calls of ≤ ${upload.pieceChars} base64 characters (bridge body limit ${upload.bridgeBodyBytes} B)`,
        }),
  };
  out.push({
    name: 'people.importXlsx',
    scale: preset,
    figures: imported.figures,
    baseline: {
      what: 'raw IndexedDB put() of the records the import stored, one transaction per 1,000, fresh database',
      seconds: Math.round(imported.raw.ms / 100) / 10,
      rowsPerSecond: imported.raw.rowsPerSecond,
      rows: imported.raw.rows,
      bulkInsertRawRowsPerSecond,
    },
    ratio: ratioOf(imported.figures.writeRowsPerSecond, imported.raw.rowsPerSecond),
    target: { metric: 'total seconds, file picked → rows stored', below: IMPORT_TARGET_S, unit: 's' },
    meetsTarget: imported.figures.seconds < IMPORT_TARGET_S,
    checks: { ...imported.checks, ...uploadCheck },
  });
  const backupScale = `largeDepartment + ${backedUp.create.attachmentMB} MB`;
  const backupTarget = { metric: 'attachment MB/s ÷ file copy MB/s', atLeast: BACKUP_TARGET_RATIO };
  for (const [label, figures] of [
    ['create', backedUp.create],
    ['restore', backedUp.restored],
  ]) {
    const ratio = ratioOf(figures.mbPerSecond, backedUp.baseline.mbPerSecond);
    out.push({
      name: `backup.largeDepartment ${label}`,
      scale: backupScale,
      figures,
      baseline: backedUp.baseline,
      ratio,
      target: backupTarget,
      meetsTarget: ratio >= BACKUP_TARGET_RATIO,
      checks: { ...backedUp.checks, ...(label === 'create' ? uploadCheck : {}) },
    });
  }

  return out;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const loadAtStart = Math.round(os.loadavg()[0] * 10) / 10;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'traindesk-bench-'));
  const profileDir = path.join(tmp, 'profile');
  const dataDir = path.join(tmp, 'data');
  fs.mkdirSync(dataDir);
  let bridge;
  try {
    log(`scale ${SCALE}: bundling the harness`);
    const { harness, generator } = await bundle();
    const listPreset = CONFIG.listPreset;

    bridge = await startBridge(dataDir);
    log(`bridge at ${bridge.origin}; profile in ${profileDir}`);

    // Warm-up: the first launch on a new profile creates it; not measured.
    await coldStartBlank(profileDir, bridge.origin);

    const results = [];
    const blank = [];
    const coldEmpty = [];
    const coldSeeded = [];

    // (d) cold start, empty database (before anything is seeded), interleaved with the blank page.
    for (let i = 0; i < (runs('people') ? CONFIG.coldRuns : 0); i++) {
      blank.push(await coldStartBlank(profileDir, bridge.origin));
      coldEmpty.push(await coldStartApp(profileDir, bridge.url, 0));
    }
    if (coldEmpty.length > 0) log(`cold start (empty) done, ${elapsed()}`);

    // Determinism self-check, (a) bulk insert, then seeding the app's database.
    const session1 = await harnessSession(profileDir, bridge.origin, harness, async (page) => {
      const browserInfo = await call(page, 'info');
      const nodePrint = generator.fingerprint(generator.generatePeople(generator.PRESETS.small, SEED));
      const nodeAgain = generator.fingerprint(generator.generatePeople(generator.PRESETS.small, SEED));
      const browserPrint = await call(page, 'fingerprint', 'small', SEED);
      const selfCheck = {
        preset: 'small',
        seed: SEED,
        node: nodePrint,
        chromium: browserPrint,
        deterministic: nodePrint === nodeAgain && nodePrint === browserPrint,
      };
      if (runs('authoring')) {
        const small = generator.AUTHORING_PRESETS.authoringSmall;
        const node = generator.authoringFingerprint(small, SEED);
        const again = generator.authoringFingerprint(small, SEED);
        const chromium = await call(page, 'authoringFingerprint', 'authoringSmall', SEED);
        selfCheck.authoring = {
          preset: 'authoringSmall',
          node,
          chromium,
          deterministic: node === again && node === chromium,
        };
        selfCheck.deterministic &&= selfCheck.authoring.deterministic;
      }
      log(`self-check: ${JSON.stringify(selfCheck)}`);
      if (!runs('people')) return { browserInfo, selfCheck };
      const gen = await call(page, 'generate', listPreset, SEED);
      log(`generated ${gen.count} people (${gen.live} live) in ${gen.ms} ms`);
      const insert = await call(page, 'bulkInsert', 1000, CONFIG.insertRounds, CONFIG.insertRows);
      log(`bulk insert done, ${elapsed()}`);
      const seeded = await call(page, 'seedAppDatabase', 1000);
      log(`seeded 'traindesk' with ${seeded.stored} people (${seeded.live} live), ${elapsed()}`);
      await call(page, 'release');
      return { browserInfo, selfCheck, gen, insert, seeded };
    });
    const { browserInfo, selfCheck, gen, insert, seeded } = session1;

    if (insert)
      results.push({
        name: 'people.bulkInsert',
        scale: listPreset,
        figures: {
          rowsPerSecond: insert.dexie.rowsPerSecond,
          runsRowsPerSecond: insert.dexie.runsRowsPerSecond,
          rows: insert.rows,
          batchSize: insert.batchSize,
          msPerRun: insert.dexie.ms,
        },
        baseline: {
          what: 'raw IndexedDB put() in one transaction per batch, same store and indexes',
          rowsPerSecond: insert.raw.rowsPerSecond,
          runsRowsPerSecond: insert.raw.runsRowsPerSecond,
          msPerRun: insert.raw.ms,
        },
        ratio: insert.ratio,
        target: { metric: 'dexie rows/s ÷ raw rows/s', atLeast: INSERT_TARGET_RATIO },
        meetsTarget: insert.ratio >= INSERT_TARGET_RATIO,
        checks: {
          order: insert.order,
          schemaMirrorsDexie: insert.schemaMirrorsDexie,
          allRowsStored: insert.allRowsStored,
        },
      });

    // (d) cold start with the seeded database, interleaved with the blank page again.
    for (let i = 0; i < (seeded ? CONFIG.coldRuns : 0); i++) {
      blank.push(await coldStartBlank(profileDir, bridge.origin));
      coldSeeded.push(await coldStartApp(profileDir, bridge.url, seeded.live));
    }
    if (coldSeeded.length > 0) log(`cold start (seeded) done, ${elapsed()}`);

    // (b) first page and (c) search, in a fresh browser on the seeded database.
    const reads = !runs('people')
      ? null
      : await harnessSession(profileDir, bridge.origin, harness, async (page) => {
          const openMs = await call(page, 'openReadSession');
          const first = await call(page, 'firstPage', CONFIG.readRuns);
          const searches = [];
          for (const term of SEARCH_TERMS) searches.push(await call(page, 'search', term, CONFIG.readRuns));
          await call(page, 'closeReadSession');
          return { openMs, first, searches };
        });
    if (reads) log(`reads done, ${elapsed()}`);

    // (e) import of an XLSX and (f) backup and restore with attachments, each in a fresh browser.
    const session = (work) => harnessSession(profileDir, bridge.origin, harness, work);
    const files = runs('files')
      ? await filesScenarios({
          bridge,
          generator,
          session,
          tmp,
          dataDir,
          preset: listPreset,
          bulkInsertRawRowsPerSecond: insert?.raw.rowsPerSecond ?? null,
        })
      : null;

    // Course authoring: courses, lessons and questions added to the app's database.
    const authoring = runs('authoring')
      ? await authoringScenario({
          session,
          call,
          launch,
          profileDir,
          url: bridge.url,
          preset: CONFIG.authoringPreset,
          seed: SEED,
          coldRuns: CONFIG.coldRuns,
          log,
          elapsed,
          timingResult,
          summarise,
        })
      : null;

    if (reads) {
      const strip = ({ rows, ...t }) => ({ ...t, rows });
      results.push(
        timingResult({
          name: 'people.firstPage',
          scale: listPreset,
          figures: strip(reads.first.dexie),
          baseline: {
            what: "raw getAll(bound range on '[del+nameKey+id]', 100)",
            ...strip(reads.first.raw),
          },
          targetMs: READ_TARGET_MS,
          extra: { checks: { sameAnswer: reads.first.sameAnswer, openMs: reads.openMs } },
        }),
      );
      for (const s of reads.searches) {
        results.push(
          timingResult({
            name: `people.search '${s.term}'`,
            scale: listPreset,
            figures: strip(s.dexie),
            baseline: {
              what: "raw getAll(prefix range on 'searchTokens', 500) + distinct/live/sort in JS",
              ...strip(s.rawGetAll),
              cursor: {
                what: 'raw cursor: distinct live people until 500 (the same answer as the app)',
                ...strip(s.rawCursor),
              },
            },
            targetMs: READ_TARGET_MS,
            extra: { checks: { sameAnswerAsRawCursor: s.sameAnswer } },
          }),
        );
      }

      const blankFigures = summarise(blank.map((b) => b.load));
      const coldResult = (label, runs, scale) =>
        timingResult({
          name: `coldStart.${label}`,
          scale,
          figures: {
            ...summarise(runs.map((r) => r.summary)),
            // Medians of the steps on the way (ms since navigation start), for reading the figure.
            timeline: Object.fromEntries(
              TIMELINE.map((k) => [k, summarise(runs.map((r) => r[k] ?? NaN)).p50]),
            ),
            firstRunApiCalls: runs[0]?.api,
            firstRunIdbOpens: runs[0]?.idbOpen,
          },
          baseline: {
            what: 'a fresh Chromium loading a blank page (404 text) from the bridge',
            ...blankFigures,
          },
          targetMs: COLD_TARGET_MS,
        });
      results.push(coldResult('empty', coldEmpty, 'empty'), coldResult('seeded', coldSeeded, listPreset));
    }

    // Lending: copies and loans, with people of its own (it replaces the people table: runs last).
    const lending = runs('lending')
      ? await lendingScenario({
          session,
          call,
          launch,
          profileDir,
          url: bridge.url,
          seed: SEED,
          generator,
          small: SCALE === 'small',
          log,
          elapsed,
          timingResult,
          summarise,
        })
      : null;

    if (lending) {
      selfCheck.lending = lending.dataset.selfCheck;
      selfCheck.deterministic &&= lending.dataset.selfCheck.deterministic;
    }

    if (files) results.push(...files);
    if (authoring) results.push(...authoring.results);
    if (lending) results.push(...lending.results);

    const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const report = {
      date: new Date().toISOString(),
      scale: SCALE,
      seed: SEED,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGB: Math.round(os.totalmem() / 2 ** 30),
        // Other work on the machine slows every figure: the 1-minute load average at start and end.
        loadAverage: { start: loadAtStart, end: Math.round(os.loadavg()[0] * 10) / 10 },
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        chromium: chromiumVersion,
        userAgent: browserInfo.userAgent,
        dexie: browserInfo.dexieVersion,
        getAllRecords: browserInfo.getAllRecords,
        dexieDebug: browserInfo.debug,
      },
      selfCheck,
      ...(ONLY.length > 0 ? { only: ONLY } : {}),
      dataset: {
        ...(gen ? { ...gen, seed: SEED, seedApp: seeded } : { seed: SEED }),
        ...(authoring ? { authoring: authoring.dataset } : {}),
        ...(lending ? { lending: lending.dataset } : {}),
      },
      results,
    };
    fs.mkdirSync(resultsDir, { recursive: true });
    const stamp = report.date.replace(/[:.]/g, '-');
    const json = JSON.stringify(report, null, 2) + '\n';
    fs.writeFileSync(path.join(resultsDir, `${stamp}.json`), json);
    fs.writeFileSync(path.join(resultsDir, 'latest.json'), json);

    console.log(
      `\nTrainDesk benchmarks, ${report.date}, ${report.machine.cpus} CPUs, ${chromiumVersion}, scale ${SCALE}`,
    );
    const presets = [
      gen ? listPreset : null,
      authoring ? CONFIG.authoringPreset : null,
      lending ? `lending × ${lending.dataset.fraction}` : null,
    ].filter(Boolean);
    console.log(
      `data: ${presets.join(' + ')} seed ${SEED}; generator deterministic: ${selfCheck.deterministic}\n`,
    );
    printTable(results);
    console.log(
      `\nwritten to ${path.relative(root, path.join(resultsDir, `${stamp}.json`))} and latest.json (${elapsed()})`,
    );
  } finally {
    await bridge?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
