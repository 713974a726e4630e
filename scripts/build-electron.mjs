// Bundles the main process, the preload and the browser-mode bridge into dist/electron.
// Each output is one CommonJS file: a sandboxed preload cannot load other files, and one file per
// process keeps the packaged app free of node_modules it does not need.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist/electron';

const entries = [
  { entry: 'electron/main.ts', out: 'main.cjs', external: ['electron'] },
  // A sandboxed preload may require only 'electron'. Minified because it is parsed on every page
  // load and carries zod with it (the contract's schemas).
  {
    entry: 'electron/preload.ts',
    out: 'preload.cjs',
    external: ['electron'],
    onlyElectronImports: true,
    minify: true,
  },
  // The bridge runs under plain Node: 'electron' is external so that an accidental import fails
  // loudly at the check below instead of bundling the Electron downloader.
  { entry: 'electron/bridge-cli.ts', out: 'bridge.cjs', external: ['electron'], forbidElectron: true },
];

function externalImports(metafile) {
  return Object.values(metafile.inputs).flatMap((input) =>
    input.imports.filter((imported) => imported.external).map((imported) => imported.path),
  );
}

for (const { entry, out, external, onlyElectronImports, forbidElectron, minify = false } of entries) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: `${outDir}/${out}`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external,
    minify,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const imports = externalImports(result.metafile);
  if (onlyElectronImports) {
    const others = imports.filter((name) => name !== 'electron');
    if (others.length > 0)
      throw new Error(`${out} must require only 'electron', but requires: ${others.join(', ')}`);
  }
  if (forbidElectron && imports.includes('electron')) {
    throw new Error(`${out} runs under plain Node and must not import 'electron'`);
  }
  const code = result.metafile.outputs[`${outDir}/${out}`].bytes;
  console.log(`built ${outDir}/${out} (${Math.round(code / 1024)} kB)`);
}
