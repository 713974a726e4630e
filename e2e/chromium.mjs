// Debian's Chromium and the flags it needs here, shared by the e2e suite and the benchmarks.
// Without the background-networking flags Chromium keeps trying hosts this offline machine cannot reach.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
