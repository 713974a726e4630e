import fs from 'node:fs/promises';
import path from 'node:path';
import { ERROR_CODES, type ResponseOf } from '../../shared/contract';
import type { ParsedRequestOf } from './dispatch';
import type { Deliver, NativeShell, StagingArea } from './ports';
import { ServiceError } from './service-error';
import { readSpreadsheet } from './spreadsheet-read';
import { writeCsv, writeXlsx } from './spreadsheet-write';

export type TransferDeps = { staging: StagingArea; deliver: Deliver; shell: NativeShell | null };

export type TransferServices = {
  importRead: (request: ParsedRequestOf<'importRead'>) => Promise<ResponseOf<'importRead'>>;
  exportTable: (request: ParsedRequestOf<'exportTable'>) => Promise<ResponseOf<'exportTable'>>;
  printToPdf: (request: ParsedRequestOf<'printToPdf'>) => Promise<ResponseOf<'printToPdf'>>;
};

const IMPORT_FILTERS = [{ name: 'CSV / Excel', extensions: ['xlsx', 'csv', 'txt'] }];

function needShell(shell: NativeShell | null, what: string): NativeShell {
  if (shell === null) throw new ServiceError(ERROR_CODES.unsupportedHere, `${what} needs the desktop app`);
  return shell;
}

/** The suggested name in the save dialog carries the extension, or the OS may save it without one. */
function withExtension(fileName: string, extension: string): string {
  return fileName.toLowerCase().endsWith(extension) ? fileName : `${fileName}${extension}`;
}

/** Import reading, table export (also used for import templates) and printing to PDF. */
export function createTransferServices(deps: TransferDeps): TransferServices {
  return {
    importRead: async ({ source }) => {
      if (source.kind === 'staged') {
        const read = await readSpreadsheet(deps.staging.pathOf(source.stagingId), source.fileName);
        return { fileName: source.fileName, ...read };
      }
      const shell = needShell(deps.shell, 'Choosing a file');
      const [picked] = await shell.pickFiles({ multiple: false, filters: IMPORT_FILTERS });
      if (picked === undefined) return null;
      const fileName = path.basename(picked);
      return { fileName, ...(await readSpreadsheet(picked, fileName)) };
    },

    exportTable: async ({ format, fileName, sheetName, headers, rows }) => {
      const table = { sheetName, headers, rows };
      const write = format === 'xlsx' ? writeXlsx : writeCsv;
      return deps.deliver(withExtension(fileName, `.${format}`), (filePath) => write(filePath, table));
    },

    printToPdf: async ({ route, fileName, title }) => {
      const shell = needShell(deps.shell, 'Printing to PDF');
      const bytes = await shell.printRouteToPdf(route, title);
      return deps.deliver(withExtension(fileName, '.pdf'), (filePath) => fs.writeFile(filePath, bytes));
    },
  };
}
