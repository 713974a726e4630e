type Env = Readonly<Record<string, string | undefined>>;

/** POSIX locale names (`zh_CN.UTF-8`) as BCP 47 tags (`zh-CN`); `C` and `POSIX` name no language. */
function posixLocaleToTag(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const base = value.split(/[.@]/)[0] ?? '';
  if (base === '' || base === 'C' || base === 'POSIX') return undefined;
  return base.replace('_', '-');
}

/**
 * The user's locale outside Electron (browser mode), where `app.getLocale()` is not available.
 * Node's Intl already follows the OS; the POSIX variables are the fallback when Intl has no answer.
 */
export function osLocaleFrom(intlLocale: string | undefined, env: Env): string {
  return (
    (intlLocale && intlLocale !== 'und' ? intlLocale : undefined) ||
    posixLocaleToTag(env.LC_ALL) ||
    posixLocaleToTag(env.LC_MESSAGES) ||
    posixLocaleToTag(env.LANG) ||
    'en-US'
  );
}
