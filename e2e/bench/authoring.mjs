/**
 * The course-authoring scenarios (README.md "Authoring"), Node side: seeding the app's database
 * with the `authoring` preset, the in-page reads (authoring-harness.ts), and opening a course with
 * 40 lessons in the real app, cold (first open in a freshly launched Chromium) and warm.
 */

/** Two-character Chinese queries, from frequent (投诉: about a fifth of the lessons) to rarer. */
export const AUTHORING_QUERIES = ['投诉', '倾听', '售后', '满意', '礼仪'];
const READ_RUNS = 20;
const WARM_OPENS = 20;
const SEARCH_TARGET_MS = 100;
const OPEN_TARGET_MS = 200;
const DRAW_TARGET_MS = 50;
const OPEN_TIMEOUT_MS = 30_000;

/**
 * In the app's page: goes to `hash` and answers the ms from the navigation until an element whose
 * own text is `title` is in the DOM and visible (`visible`), and until the frame after (`frame`).
 */
const openAndWait = ({ hash, title, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const xpath = `//*[text()[normalize-space(.)=${JSON.stringify(title)}]]`;
    const find = () =>
      document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
    let visible;
    let firstLesson;
    const timer = setTimeout(() => {
      observer.disconnect();
      const shown = document.querySelector('main')?.textContent?.slice(0, 300) ?? '';
      reject(new Error(`"${title}" not visible after ${timeoutMs} ms at ${location.hash}; page: ${shown}`));
    }, timeoutMs);
    const check = () => {
      if (visible !== undefined) return;
      if (firstLesson === undefined && document.querySelector('[data-testid="lesson-item"]')) {
        firstLesson = performance.now() - start;
      }
      const element = find();
      if (!(element instanceof Element) || !element.checkVisibility()) return;
      visible = performance.now() - start;
      observer.disconnect();
      const lessons = document.querySelectorAll('[data-testid="lesson-item"]').length;
      requestAnimationFrame(() => {
        clearTimeout(timer);
        // Scripts fetched on the way (the course screen's lazy chunks, on a first open).
        const scripts = performance
          .getEntriesByType('resource')
          .filter((e) => e.initiatorType === 'script' && e.startTime >= start);
        resolve({
          visible,
          firstLesson,
          frame: performance.now() - start,
          lessons,
          scripts: scripts.map((e) => e.name.replace(/^.*\//, '')),
          scriptKB: Math.round(scripts.reduce((n, e) => n + e.decodedBodySize, 0) / 1024),
        });
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const start = performance.now();
    location.hash = hash;
  });

/** In the app's page: goes to the people list and waits until it shows (leaving the course page). */
const leaveToPeople = (timeoutMs) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the people list did not show')), timeoutMs);
    const check = () => {
      if (!document.querySelector('[data-testid="people-summary"]')) return;
      if (document.querySelector('[data-testid="lesson-item"]')) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve());
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    location.hash = '#/people';
    check();
  });

/** A freshly launched Chromium loads the app (the people list), then opens the course once. */
async function coldOpen({ launch, profileDir, url, course }) {
  const context = await launch(profileDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}#/people`);
    await page.locator('[data-testid="people-summary"]').waitFor({ timeout: 60_000 });
    return await page.evaluate(openAndWait, {
      hash: `#/courses/${course.id}`,
      title: course.lastLessonTitle,
      timeoutMs: OPEN_TIMEOUT_MS,
    });
  } finally {
    await context.close();
  }
}

/** One app session: the course opened again and again, back to the people list in between. */
async function warmOpens({ launch, profileDir, url, course, runs }) {
  const context = await launch(profileDir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}#/people`);
    await page.locator('[data-testid="people-summary"]').waitFor({ timeout: 60_000 });
    const open = () =>
      page.evaluate(openAndWait, {
        hash: `#/courses/${course.id}`,
        title: course.lastLessonTitle,
        timeoutMs: OPEN_TIMEOUT_MS,
      });
    await open(); // the first open is the cold figure's; not counted here
    const samples = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate(leaveToPeople, OPEN_TIMEOUT_MS);
      samples.push(await open());
    }
    return samples;
  } finally {
    await context.close();
  }
}

/**
 * Runs the authoring scenarios and answers `{ dataset, results }` in run.mjs's result shape.
 * `ctx`: session/call (run.mjs's harness sessions), launch, profileDir, url (the app's URL),
 * preset, seed, coldRuns, log, elapsed, timingResult, summarise.
 */
export async function authoringScenario(ctx) {
  const { session, call, log, elapsed, timingResult, summarise } = ctx;

  const seeded = await session(async (page) => {
    const generated = await call(page, 'generateAuthoringData', ctx.preset, ctx.seed);
    log(
      `generated ${generated.courses} courses, ${generated.lessons} lessons, ${generated.questions} questions in ${generated.ms} ms`,
    );
    const written = await call(page, 'seedAuthoring', 1000);
    log(
      `seeded them with ${written.searchTerms.toLocaleString('en')} full-text rows in ${written.ms} ms, ${elapsed()}`,
    );
    await call(page, 'releaseAuthoring');
    return { generated, written };
  });
  const course = seeded.generated.openCourse;

  const reads = await session(async (page) => {
    const openMs = await call(page, 'openAuthoringSession');
    const searches = [];
    for (const query of AUTHORING_QUERIES)
      searches.push(await call(page, 'catalogueSearch', query, READ_RUNS));
    const questions = await call(page, 'questionSearch', AUTHORING_QUERIES[0], READ_RUNS);
    const courseReads = await call(page, 'openCourseReads', course.id, READ_RUNS);
    const draw = await call(page, 'randomDraw', READ_RUNS);
    await call(page, 'closeAuthoringSession');
    return { openMs, searches, questions, courseReads, draw };
  });
  log(`authoring reads done, ${elapsed()}`);

  const cold = [];
  for (let i = 0; i < ctx.coldRuns; i++) cold.push(await coldOpen({ ...ctx, course }));
  const warm = await warmOpens({ ...ctx, course, runs: WARM_OPENS });
  log(`open a course in the app done, ${elapsed()}`);

  const scale = `${ctx.preset}: ${seeded.generated.courses} courses, ${seeded.generated.lessons} lessons, ${seeded.generated.questions} questions`;
  const searchBaseline = (s) => ({
    what: 'raw IndexedDB: getAllKeys of both token ranges, the same courses read 100 at a time, sorted',
    ...s.raw,
    keyRangeOnly: { what: "raw getAllKeys of the lesson token's key range alone", ...s.rawLessonRange },
  });
  const results = AUTHORING_QUERIES.map((query, i) => {
    const s = reads.searches[i];
    return timingResult({
      name: `authoring.search '${query}'`,
      scale,
      figures: { what: 'fetchCataloguePage(db, {search}, null, 50)', ...s.app, hits: s.hits },
      baseline: searchBaseline(s),
      targetMs: SEARCH_TARGET_MS,
      extra: { checks: { sameAnswer: s.sameAnswer } },
    });
  });
  const all = (side) => summarise(reads.searches.flatMap((s) => s[side].samples));
  results.push(
    timingResult({
      name: 'authoring.search (all queries)',
      scale,
      figures: { queries: AUTHORING_QUERIES, ...all('app') },
      baseline: { what: 'raw IndexedDB, the same answers', ...all('raw') },
      targetMs: SEARCH_TARGET_MS,
      extra: { checks: { sameAnswer: reads.searches.every((s) => s.sameAnswer), openMs: reads.openMs } },
    }),
    timingResult({
      name: `authoring.questionSearch '${reads.questions.query}'`,
      scale,
      figures: {
        what: 'fetchQuestionsPage(db, {deleted: false, search}, null, 50)',
        ...reads.questions.app,
        hits: reads.questions.hits,
      },
      baseline: {
        what: 'raw IndexedDB: getAllKeys of the token range, live questions read 100 at a time, sorted',
        ...reads.questions.raw,
      },
      targetMs: SEARCH_TARGET_MS,
      extra: { checks: { sameAnswer: reads.questions.sameAnswer } },
    }),
  );
  const openBaseline = {
    what: "raw IndexedDB: the course by key and its lessons' range on [courseId+order], one transaction",
    ...reads.courseReads.raw,
    appReads: {
      what: 'db.courses.get + liveLessons (the page’s queries, no rendering)',
      ...reads.courseReads.app,
    },
  };
  const openFigures = (runs) => ({
    ...summarise(runs.map((r) => r.visible)),
    firstLessonInDom: summarise(runs.map((r) => r.firstLesson ?? NaN)),
    nextFrame: summarise(runs.map((r) => r.frame)),
    lessonsShown: Math.min(...runs.map((r) => r.lessons)),
    scriptsLoaded: runs[0]?.scripts,
    scriptKB: runs[0]?.scriptKB,
  });
  const openChecks = { lessons: reads.courseReads.lessons, sameAnswer: reads.courseReads.sameAnswer };
  results.push(
    timingResult({
      name: 'authoring.openCourse cold',
      scale: `${course.lessons} lessons`,
      figures: {
        what: `#/courses/<id> in a freshly launched app until "${course.lastLessonTitle}" is visible`,
        ...openFigures(cold),
      },
      baseline: openBaseline,
      targetMs: OPEN_TARGET_MS,
      extra: { checks: openChecks },
    }),
    timingResult({
      name: 'authoring.openCourse warm',
      scale: `${course.lessons} lessons`,
      figures: { what: 'the same, opened again from the people list in the same app', ...openFigures(warm) },
      baseline: openBaseline,
      targetMs: OPEN_TARGET_MS,
      extra: { checks: openChecks },
    }),
    timingResult({
      name: 'authoring.drawPaper',
      scale: `${seeded.generated.questions} questions`,
      figures: {
        what: 'drawPaper(db, test, seed), a new seed each run',
        ...reads.draw.app,
        rules: reads.draw.rules,
      },
      baseline: {
        what: 'raw IndexedDB: getAllKeys(only(key)) on ruleKeys per key, the same seeded pick, get() of the picked',
        ...reads.draw.raw,
      },
      targetMs: DRAW_TARGET_MS,
      extra: { checks: { sameAnswer: reads.draw.sameAnswer, questionsDrawn: reads.draw.questionsDrawn } },
    }),
  );
  return { dataset: { ...seeded.generated, seeded: seeded.written }, results };
}
