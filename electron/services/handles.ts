import { randomBytes } from 'node:crypto';

/** Staging, job, download and restore ids: 16 random bytes as hex, as the contract's handleSchema expects. */
export function newHandle(): string {
  return randomBytes(16).toString('hex');
}

export function isHandle(value: string): boolean {
  return /^[0-9a-f]{32}$/.test(value);
}
