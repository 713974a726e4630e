import os from 'node:os';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The OS account name, recorded as `updatedBy` until the app has its own accounts. `os.userInfo()`
 * throws when the account has no passwd entry (some containers, some domain setups), so the
 * environment is the fallback.
 */
export function currentUserName(
  env: Env = process.env,
  userInfo: () => { username: string } = os.userInfo,
): string {
  try {
    const { username } = userInfo();
    if (username) return username;
  } catch {
    // Fall through to the environment.
  }
  return env.USER || env.USERNAME || env.LOGNAME || 'unknown';
}
