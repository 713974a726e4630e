/**
 * The lending scenarios (README.md "Lending"), Node side: seeding the app's database with the
 * lending data (lending-harness.ts), the desk's checkout and return through the engine without the
 * screen, then the real app in one browser: scan-to-committed checkout and return at the desk, the
 * overdue list's first page and a borrower's page with 500 past loans, each interleaved with its
 * raw-IndexedDB baseline measured in the same page (lending-page.ts, injected).
 *
 * A screen that is not there yet (the features are being built) gives a result with
 * `skipped: 'screen not built'` instead of failing the run.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

const DESK_ROUNDS = 6;
/** Copies per borrower in one desk round: the rules matrix the generator writes allows 20–40 items. */
const PER_ROUND = 10;
const READ_RUNS = { full: 20, small: 10 };
const DESK_TARGET_MS = 50;
const OVERDUE_TARGET_MS = 200;
const BORROWER_TARGET_MS = 100;
/** How long a screen may take to show its first row before it counts as not built. */
const SCREEN_TIMEOUT_MS = 15_000;
/** A scan that takes longer is reported as an error (a slow one is a sample: the machine may be loaded). */
const SCAN_TIMEOUT_MS = 60_000;
const ACTOR = 'bench';

/**
 * The lending data's scale: BENCH_SCALE=small → 0.05 of the issue's (1,000 copies, 15,000 returned
 * loans), a number in (0, 1] → that fraction (for the lending group only), otherwise the full scale.
 */
export function lendingFraction(env = process.env.BENCH_SCALE) {
  if (env === 'small') return 0.05;
  const n = Number(env);
  return env !== undefined && env !== '' && Number.isFinite(n) && n > 0 && n <= 1 ? n : 1;
}

/** The machine's local calendar day: the app compares due dates with it. */
function localToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function daysAfter(today, days) {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

async function pageScript() {
  const out = await esbuild.build({
    entryPoints: [path.join(here, 'lending-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
    tsconfig: path.join(root, 'e2e/tsconfig.json'),
  });
  return out.outputFiles[0].text;
}

// ---------------------------------------------------------------------------------------------
// In the app's page (self-contained functions for page.evaluate)

/**
 * Goes to `hash` and answers the ms from the navigation until every wanted element is in the DOM
 * and visible: `[data-testid=<testId>]`, and when `texts` is given, one whose text holds one of them.
 */
const openAndWait = ({ hash, wants, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const seen = {};
    const found = (want) =>
      [...document.querySelectorAll(`[data-testid="${want.testId}"]`)].some(
        (el) =>
          el.checkVisibility() && (!want.texts || want.texts.some((t) => (el.textContent ?? '').includes(t))),
      );
    const timer = setTimeout(() => {
      observer.disconnect();
      const missing = wants.filter((w) => seen[w.name] === undefined).map((w) => w.name);
      const shown = (document.querySelector('main') ?? document.body).innerText.slice(0, 300);
      reject(new Error(`not visible after ${timeoutMs} ms at ${location.hash}: ${missing}; page: ${shown}`));
    }, timeoutMs);
    const check = () => {
      for (const want of wants) {
        if (seen[want.name] === undefined && found(want)) seen[want.name] = performance.now() - start;
      }
      if (wants.some((w) => seen[w.name] === undefined)) return;
      observer.disconnect();
      const visible = Math.max(...wants.map((w) => seen[w.name]));
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve({ visible, each: seen, frame: performance.now() - start });
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const start = performance.now();
    location.hash = hash;
  });

/** Goes to `hash` and waits until `[data-testid=<ready>]` shows and none of `gone` is left. */
const leaveTo = ({ hash, ready, gone, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${hash} did not show`)), timeoutMs);
    const check = () => {
      if (!document.querySelector(`[data-testid="${ready}"]`)) return;
      if (gone.some((g) => document.querySelector(`[data-testid="${g}"]`))) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve());
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    location.hash = hash;
    check();
  });

/** Notes when Enter goes down anywhere (capture, before the app's handlers): the scan's start. */
const installEnterClock = () => {
  if (window.__enterClock) return;
  window.__enterClock = true;
  window.addEventListener('keydown', (e) => e.key === 'Enter' && (window.__lastEnter = e.timeStamp), true);
};

/**
 * Armed before the scan's Enter: resolves with the ms from that Enter until an element
 * `[data-testid=<testId>]` holding `text` is visible (`visible`), and the frame after (`frame`).
 * Rejects with what the page shows (a refusal, usually) when nothing comes within `timeoutMs`.
 */
const armScan = ({ testId, text, timeoutMs }) => {
  window.__lastEnter = undefined;
  window.__scan = new Promise((resolve, reject) => {
    const found = () =>
      [...document.querySelectorAll(`[data-testid="${testId}"]`)].some(
        (el) => (el.textContent ?? '').includes(text) && el.checkVisibility(),
      );
    const timer = setTimeout(() => {
      observer.disconnect();
      const alerts = [...document.querySelectorAll('[role="alert"], .ant-alert, .ant-message-notice')]
        .map((el) => el.textContent)
        .join(' | ');
      const active = document.activeElement;
      const where = `focus on ${active?.getAttribute('data-testid') ?? active?.tagName} holding "${active?.value ?? ''}"`;
      reject(
        new Error(
          `${text} not in ${testId} after ${timeoutMs} ms; ${where}; alerts: ${alerts.slice(0, 300)}`,
        ),
      );
    }, timeoutMs);
    const check = () => {
      if (window.__lastEnter === undefined || !found()) return;
      const visible = performance.now() - window.__lastEnter;
      observer.disconnect();
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve({ visible, frame: performance.now() - window.__lastEnter });
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
};

const awaitScan = () => window.__scan;

// ---------------------------------------------------------------------------------------------
// The screens

const testId = (id) => `[data-testid="${id}"]`;

/** Whether the route shows `[data-testid=<id>]` at all within the screen timeout. */
async function screenShows(page, hash, id) {
  await page.evaluate((h) => (location.hash = h), hash);
  try {
    await page.locator(testId(id)).first().waitFor({ state: 'attached', timeout: SCREEN_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}

/** Types as a USB scanner does (characters, then Enter) into an input, measured in the page. */
async function scan(page, input, code, wait) {
  const box = page.locator(testId(input));
  await box.fill('', { timeout: SCAN_TIMEOUT_MS });
  await box.focus({ timeout: SCAN_TIMEOUT_MS });
  await page.evaluate(armScan, { ...wait, timeoutMs: SCAN_TIMEOUT_MS });
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  return page.evaluate(awaitScan);
}

async function deskScenario(page, { uiRounds, rawRounds, today, log, shot }) {
  if (!(await screenShows(page, '#/lending/desk', 'desk-borrower-input'))) {
    return { skipped: 'screen not built' };
  }
  await page.evaluate(installEnterClock);
  const out = {
    checkout: [],
    checkoutFrame: [],
    return: [],
    returnFrame: [],
    rawOut: [],
    rawBack: [],
    errors: [],
  };
  const raw = (fn, args) => page.evaluate(([f, a]) => window.__lendingRaw[f](a), [fn, args]);
  const firstLine = (error) => error.message.split('\n')[0];
  const lent = [];
  for (const [i, round] of uiRounds.entries()) {
    const other = rawRounds[i];
    try {
      // Esc: "next borrower" (the desk starts over, the borrower field takes the scan).
      if (i > 0) await page.keyboard.press('Escape');
      const box = page.locator(testId('desk-borrower-input'));
      await box.fill('', { timeout: SCAN_TIMEOUT_MS });
      await box.focus({ timeout: SCAN_TIMEOUT_MS });
      await page.keyboard.type(round.borrower.employeeNo);
      await page.keyboard.press('Enter');
      // The borrower's card (by employee number: names repeat) and the copy field enabled for them.
      await page
        .locator(testId('desk-borrower-card'))
        .filter({ hasText: round.borrower.employeeNo })
        .waitFor({ state: 'visible', timeout: SCAN_TIMEOUT_MS });
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.disabled === false,
        testId('desk-copy-input'),
        { timeout: SCAN_TIMEOUT_MS },
      );
    } catch (error) {
      // This borrower's round is lost; the next one starts over with Esc.
      out.errors.push(
        `borrower ${round.borrower.employeeNo}: ${firstLine(error)} (${await shot(`desk-round-${i}`)})`,
      );
      continue;
    }
    for (const [j, barcode] of round.barcodes.entries()) {
      try {
        const t = await scan(page, 'desk-copy-input', barcode, { testId: 'desk-loan-row', text: barcode });
        out.checkout.push(t.visible);
        out.checkoutFrame.push(t.frame);
        lent.push(barcode);
      } catch (error) {
        out.errors.push(`checkout ${barcode}: ${firstLine(error)}`);
        if (out.checkout.length === 0 && out.errors.length >= 3) {
          return { failed: [...out.errors, await shot('desk-checkout')] };
        }
      }
      const r = await raw('checkout', {
        borrower: other.borrower,
        barcode: other.barcodes[j],
        actor: ACTOR,
        today,
        dueDate: daysAfter(today, 30),
        maxItems: 30,
      });
      out.rawOut.push(r.ms);
    }
  }
  log(`desk: ${out.checkout.length} checkouts`);
  const rawLent = rawRounds.flatMap((r) => r.barcodes);
  try {
    // F3: the desk's return tab.
    await page.keyboard.press('F3');
    await page.locator(testId('desk-return-input')).waitFor({ state: 'visible', timeout: SCAN_TIMEOUT_MS });
  } catch (error) {
    out.errors.push(`return tab: ${firstLine(error)} (${await shot('desk-return-tab')})`);
    return out;
  }
  for (const [k, barcode] of lent.entries()) {
    try {
      const t = await scan(page, 'desk-return-input', barcode, {
        testId: 'desk-return-result',
        text: barcode,
      });
      out.return.push(t.visible);
      out.returnFrame.push(t.frame);
    } catch (error) {
      out.errors.push(`return ${barcode}: ${firstLine(error)}`);
    }
    if (rawLent[k]) out.rawBack.push((await raw('returnCopy', { barcode: rawLent[k], actor: ACTOR })).ms);
  }
  log(`desk: ${out.return.length} returns`);
  return out;
}

/** Opens `hash` from the people list `runs` times, each followed by a raw baseline run. */
async function openRepeatedly(page, { hash, wants, gone, runs, rawRun }) {
  const ui = [];
  const raw = [];
  const rawAnswers = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(leaveTo, { hash: '#/people', ready: 'people-summary', gone, timeoutMs: 30_000 });
    ui.push(await page.evaluate(openAndWait, { hash, wants, timeoutMs: 30_000 }));
    const r = await rawRun();
    raw.push(r.ms);
    rawAnswers.push(r);
  }
  return { ui, raw, rawAnswer: rawAnswers[0] };
}

async function overdueScenario(page, { today, runs }) {
  if (!(await screenShows(page, '#/lending/overdue', 'overdue-row'))) return { skipped: 'screen not built' };
  return openRepeatedly(page, {
    hash: '#/lending/overdue',
    wants: [{ name: 'firstRow', testId: 'overdue-row' }],
    gone: ['overdue-row'],
    runs,
    rawRun: () => page.evaluate((t) => window.__lendingRaw.overdue(t, 50), today),
  });
}

async function borrowerScenario(page, { heavy, runs }) {
  const hash = `#/lending/borrowers/${heavy.id}`;
  if (!(await screenShows(page, hash, 'loan-history-row'))) return { skipped: 'screen not built' };
  return openRepeatedly(page, {
    hash,
    wants: [
      { name: 'history', testId: 'loan-history-row' },
      // The current loans, by barcode or title: the block alone could show before its rows.
      {
        name: 'current',
        testId: 'borrower-current-loans',
        texts: [...heavy.openBarcodes, ...heavy.openTitles],
      },
    ],
    gone: ['loan-history-row', 'borrower-current-loans'],
    runs,
    rawRun: () => page.evaluate((id) => window.__lendingRaw.borrower(id, 50), heavy.id),
  });
}

// ---------------------------------------------------------------------------------------------

/** Splits the plan's desk borrowers and copies into rounds of PER_ROUND copies, `groups` groups of DESK_ROUNDS. */
function deskRounds(plan, groups) {
  const out = [];
  for (let g = 0; g < groups; g++) {
    const rounds = [];
    for (let r = 0; r < DESK_ROUNDS; r++) {
      const i = g * DESK_ROUNDS + r;
      const p = plan.deskBorrowers[i];
      rounds.push({
        borrower: { id: p.id, name: p.name, employeeNo: p.employeeNo, department: p.department ?? '' },
        barcodes: plan.deskCopies.slice(i * PER_ROUND, (i + 1) * PER_ROUND),
      });
    }
    out.push(rounds);
  }
  return out;
}

/**
 * Runs the lending scenarios and answers `{ dataset, results }` in run.mjs's result shape.
 * `ctx`: session/call (run.mjs's harness sessions), launch, profileDir, url (the app's URL), seed,
 * generator (node.ts), small, log, elapsed, timingResult, summarise.
 */
export async function lendingScenario(ctx) {
  const { session, call, log, elapsed, timingResult, summarise } = ctx;
  const fraction = lendingFraction();
  const today = localToday();
  const runs = ctx.small ? READ_RUNS.small : READ_RUNS.full;

  const seeded = await session(async (page) => {
    const node = ctx.generator.lendingFingerprint(undefined, ctx.seed);
    const again = ctx.generator.lendingFingerprint(undefined, ctx.seed);
    const chromium = await call(page, 'lendingFingerprint', ctx.seed);
    const selfCheck = { node, chromium, deterministic: node === again && node === chromium };
    log(`lending self-check: ${JSON.stringify(selfCheck)}`);
    const generated = await call(page, 'generateLendingData', fraction, ctx.seed, today);
    log(
      `generated ${generated.copies} copies, ${generated.openLoans} open loans (${generated.plan.overdue.loans} overdue) in ${generated.ms} ms; seeding ${generated.historicalLoans} returned loans…`,
    );
    const written = await call(page, 'seedLending', 2000);
    log(
      `seeded ${written.rows.toLocaleString('en')} rows in ${written.ms} ms (${written.rowsPerSecond} rows/s), ${elapsed()}`,
    );
    const [ui, pageRaw, engineRounds, harnessRaw] = deskRounds(generated.plan, 4);
    const engine = await call(page, 'lendingEngine', engineRounds, harnessRaw, ACTOR);
    log(`lending engine done, ${elapsed()}`);
    await call(page, 'releaseLending');
    return { selfCheck, generated, written, engine, ui, pageRaw };
  });
  const { generated, engine } = seeded;
  const plan = generated.plan;

  const script = await pageScript();
  const context = await ctx.launch(ctx.profileDir);
  let screens;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => log(`app error: ${e.message}`));
    await page.goto(`${ctx.url}#/people`);
    await page.locator(testId('people-summary')).waitFor({ timeout: 60_000 });
    await page.addScriptTag({ content: script });
    const rawOpenMs = await page.evaluate(() => window.__lendingRaw.open());
    // A screen that breaks gives a failed result (with a screenshot) and the next one still runs.
    const shot = async (name) => {
      const file = path.join(here, 'results', `lending-${name}-failure.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      return `screenshot ${path.relative(root, file)}`;
    };
    const guarded = async (name, work) => {
      try {
        return await work();
      } catch (error) {
        const failure = `${error.message.split('\n')[0]} (${await shot(name)})`;
        log(`${name} failed: ${failure}`);
        return { failed: [failure] };
      } finally {
        log(`${name} done, ${elapsed()}`);
      }
    };
    const desk = await guarded('desk', () =>
      deskScenario(page, { uiRounds: seeded.ui, rawRounds: seeded.pageRaw, today, log, shot }),
    );
    const overdue = await guarded('overdue', () => overdueScenario(page, { today, runs }));
    const borrower = await guarded('borrower', () =>
      borrowerScenario(page, { heavy: plan.heavyBorrower, runs }),
    );
    screens = { rawOpenMs, desk, overdue, borrower };
  } finally {
    await context.close();
  }

  const p = generated.preset;
  const scale = `${fraction === 1 ? 'full' : `${fraction} ×`}: ${p.copies.toLocaleString('en')} copies, ${p.historicalLoans.toLocaleString('en')} returned loans, ${generated.openLoans.toLocaleString('en')} open (${plan.overdue.loans} overdue), ${generated.people.toLocaleString('en')} people`;
  const results = [];
  const skippedResult = (name, reason, baseline, targetMs, extra = {}) => ({
    name,
    scale,
    skipped: reason,
    figures: { skipped: reason },
    baseline,
    ratio: null,
    target: { metric: 'p95', below: targetMs, unit: 'ms' },
    meetsTarget: null,
    ...extra,
  });

  // The engine without the screen (always measured).
  const rawDeskWhat = {
    checkout:
      'raw IndexedDB, one rw transaction: copy by barcode + borrower’s open loans by index + counter together, then put loan, copy, event, counter',
    return:
      'raw IndexedDB, one rw transaction: copy by barcode + counter, its loan by key, then put loan, copy, event, counter',
  };
  for (const kind of ['checkout', 'return']) {
    const rawSide = { what: rawDeskWhat[kind], ...engine.raw[kind] };
    const name = `lending.${kind} engine`;
    if (!engine.engine?.[kind]) {
      results.push(
        skippedResult(name, 'engine not built', rawSide, DESK_TARGET_MS, {
          checks: { errors: engine.errors },
        }),
      );
      continue;
    }
    results.push(
      timingResult({
        name,
        scale,
        figures: {
          what: `features/loans ${kind === 'checkout' ? 'checkout' : 'returnCopy'}(db, ctx, …), no screen`,
          ...engine.engine[kind],
        },
        baseline: rawSide,
        targetMs: DESK_TARGET_MS,
        extra: {
          checks: { errorCount: engine.errorCount, errors: engine.errors, dueDates: engine.dueDates },
        },
      }),
    );
  }

  // The desk.
  const { desk } = screens;
  for (const kind of ['checkout', 'return']) {
    const rawMs = kind === 'checkout' ? desk.rawOut : desk.rawBack;
    const rawSide = {
      what: `${rawDeskWhat[kind]}; in the app's page, after each scan`,
      ...(rawMs?.length ? summarise(rawMs) : {}),
    };
    const name = `lending.desk ${kind}`;
    const ms = (kind === 'checkout' ? desk.checkout : desk.return) ?? [];
    if (desk.skipped || desk.failed || ms.length === 0) {
      const errors = desk.failed ?? desk.errors ?? [];
      results.push(
        skippedResult(
          name,
          desk.skipped ?? `failed: ${errors[0] ?? 'no scan measured'}`,
          rawSide,
          DESK_TARGET_MS,
          {
            checks: { errors: errors.slice(0, 5) },
          },
        ),
      );
      continue;
    }
    const frames = kind === 'checkout' ? desk.checkoutFrame : desk.returnFrame;
    results.push(
      timingResult({
        name,
        scale,
        figures: {
          what:
            kind === 'checkout'
              ? 'Enter after the barcode in desk-copy-input → its desk-loan-row visible'
              : 'Enter after the barcode in desk-return-input → desk-return-result shows it',
          ...summarise(ms),
          nextFrame: summarise(frames),
          engineOnly: engine.engine?.[kind]
            ? { p50: engine.engine[kind].p50, p95: engine.engine[kind].p95 }
            : null,
        },
        baseline: rawSide,
        targetMs: DESK_TARGET_MS,
        extra: {
          checks: { scans: ms.length, errorCount: desk.errors.length, errors: desk.errors.slice(0, 5) },
        },
      }),
    );
  }

  // The overdue list and the borrower's page.
  const reads = [
    {
      name: 'lending.overdue firstPage',
      result: screens.overdue,
      targetMs: OVERDUE_TARGET_MS,
      what: 'from the people list to #/lending/overdue until the first overdue-row is visible',
      rawWhat: "raw getAll(bound([1], [1, today]) on '[open+dueDate+id]', 50)",
    },
    {
      name: 'lending.borrowerPage 500 past loans',
      result: screens.borrower,
      targetMs: BORROWER_TARGET_MS,
      what: 'from the people list to #/lending/borrowers/<id> until a loan-history-row and the current loans are visible',
      rawWhat:
        "raw, one transaction: person by key, open loans on '[borrowerId+open+dueDate]', newest 50 on '[borrowerId+outAt]' (getAllRecords prev), holds, charges",
    },
  ];
  for (const r of reads) {
    if (r.result.skipped || r.result.failed) {
      const reason = r.result.skipped ?? `failed: ${r.result.failed[0]}`;
      results.push(skippedResult(r.name, reason, { what: r.rawWhat }, r.targetMs));
      continue;
    }
    const visible = r.result.ui.map((u) => u.visible);
    const each = Object.fromEntries(
      Object.keys(r.result.ui[0].each).map((k) => [k, summarise(r.result.ui.map((u) => u.each[k]))]),
    );
    results.push(
      timingResult({
        name: r.name,
        scale,
        figures: {
          what: r.what,
          ...summarise(visible),
          firstOpen: visible[0],
          each,
          nextFrame: summarise(r.result.ui.map((u) => u.frame)),
        },
        baseline: { what: r.rawWhat, ...summarise(r.result.raw), answer: r.result.rawAnswer },
        targetMs: r.targetMs,
      }),
    );
  }

  return {
    dataset: {
      fraction,
      today,
      selfCheck: seeded.selfCheck,
      generated: { ...generated, plan: { ...plan, deskCopies: plan.deskCopies.length } },
      seeded: seeded.written,
      rawOpenMs: screens.rawOpenMs,
    },
    results,
  };
}
