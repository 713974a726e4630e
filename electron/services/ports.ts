import type { Delivery } from '../../shared/contract';

/**
 * What the services need from the desktop shell. The Electron glue passes native dialogs and
 * printToPDF; browser mode passes `null` for them and the services answer `unsupportedHere` or
 * deliver through the bridge's downloads instead.
 */
export interface NativeShell {
  /** Open-file dialog; resolves the chosen absolute paths, or [] when cancelled. */
  pickFiles(options: {
    multiple: boolean;
    filters?: { name: string; extensions: string[] }[];
  }): Promise<string[]>;
  /** Save dialog; resolves the chosen absolute path, or null when cancelled. */
  pickSavePath(defaultFileName: string): Promise<string | null>;
  /** Folder dialog; resolves the chosen absolute folder, or null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** Opens a file with the OS's default app; resolves false when that failed. */
  openPath(absolutePath: string): Promise<boolean>;
  /** Prints an app route (e.g. `/print/roster`) to A4 PDF bytes, with page numbers in the footer. */
  printRouteToPdf(route: string, title: string): Promise<Uint8Array>;
}

/** Temporary files that cross between renderer and main a piece at a time (stageBegin/Append/Read). */
export interface StagingArea {
  /** Absolute path of a staged file, or a `notFound` ServiceError for an unknown id. */
  pathOf(stagingId: string): string;
  /** A new, empty staged file (for output the renderer will read back). */
  create(): Promise<{ stagingId: string; path: string }>;
  discard(stagingId: string): Promise<void>;
}

/**
 * Hands a finished file to the user: a save dialog in the desktop app, a download in browser mode.
 * `write` writes the file at the path it is given (a temp path; the deliverer moves it atomically).
 */
export type Deliver = (fileName: string, write: (path: string) => Promise<void>) => Promise<Delivery>;
