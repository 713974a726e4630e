import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule (docs/ARCHITECTURE.md): imports go one way', () => {
  it('refuses the renderer importing the main process', async () => {
    const found = await problems(
      'renderer/src/x.ts',
      "import { startBridge } from '../../electron/bridge';\n",
    );
    expect(found).toEqual([expect.stringContaining('must not import electron/')]);
  });

  it('refuses the main process importing the renderer', async () => {
    const found = await problems('electron/x.ts', "import { db } from '../renderer/src/db';\n");
    expect(found).toEqual([expect.stringContaining('must not import renderer/')]);
  });

  it('refuses Node, Electron or UI libraries in shared/', async () => {
    const pure = expect.arrayContaining([expect.stringContaining('shared/ is pure TypeScript')]);
    expect(await problems('shared/domain/x.ts', "import fs from 'node:fs';\n")).toEqual(pure);
    expect(await problems('shared/domain/x.ts', "import { app } from 'electron';\n")).toEqual(pure);
    expect(await problems('shared/domain/x.ts', "import Dexie from 'dexie';\n")).toEqual(pure);
  });

  it('refuses electron in the main-process services, which stay plain Node', async () => {
    expect(await problems('electron/services/x.ts', "import { shell } from 'electron';\n")).toHaveLength(1);
  });

  it('lets both sides import shared/', async () => {
    expect(
      await problems('renderer/src/x.ts', "import { contract } from '../../shared/contract';\n"),
    ).toEqual([]);
    expect(await problems('electron/x.ts', "import { contract } from '../shared/contract';\n")).toEqual([]);
  });
});
