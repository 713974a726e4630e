import { z } from 'zod';
import { deliverySchema, fileNameSchema, handleSchema } from './common';

const cell = z.union([z.string(), z.number(), z.null()]);

/** A spreadsheet as rows of text cells; the first row holds the headers. */
export const sheetSchema = z.object({ name: z.string(), rows: z.array(z.array(z.string())) });

export const transferChannels = {
  /**
   * Reads a CSV (UTF-8 with or without BOM, or GBK/GB18030) or XLSX file into rows of text. The
   * renderer maps columns, validates and writes: the records are its own.
   */
  importRead: {
    channel: 'import:read',
    request: z
      .object({
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('staged'), stagingId: handleSchema, fileName: fileNameSchema }),
          z.object({ kind: z.literal('pick') }),
        ]),
      })
      .strict(),
    response: z
      .object({
        fileName: z.string(),
        format: z.enum(['csv', 'xlsx']),
        encoding: z.string().optional(),
        sheets: z.array(sheetSchema),
      })
      .nullable(),
  },
  /** Writes a table as XLSX or CSV (UTF-8 with BOM, so Excel on Chinese Windows reads it). */
  exportTable: {
    channel: 'export:table',
    request: z
      .object({
        format: z.enum(['xlsx', 'csv']),
        fileName: fileNameSchema,
        sheetName: z.string().min(1).max(31),
        headers: z.array(z.string()),
        rows: z.array(z.array(cell)),
      })
      .strict(),
    response: deliverySchema,
  },
  /**
   * Prints a print-styled route of the app to an A4 PDF (Electron's printToPDF, with page numbers).
   * Browser mode answers `unsupportedHere`: there the browser's own print dialog makes the PDF.
   */
  printToPdf: {
    channel: 'print:pdf',
    request: z
      .object({
        route: z.string().regex(/^\/print\/[A-Za-z0-9/_-]*(\?[A-Za-z0-9=&%._-]*)?$/),
        fileName: fileNameSchema,
        title: z.string().max(200),
      })
      .strict(),
    response: deliverySchema,
  },
} as const;
