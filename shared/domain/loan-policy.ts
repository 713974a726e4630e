import { ANY, FALLBACK_POLICY, type LoanPolicy } from './lending';
import type { MaterialType } from './material';

/** Which row of the rules matrix 借阅规则 answered, from the most specific to the built-in rule. */
export const POLICY_SOURCES = ['typeAndPosition', 'type', 'position', 'default', 'fallback'] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];

/** The rule that applies to one material type lent to one borrower position. */
export interface ResolvedPolicy {
  loanDays: number;
  maxRenewals: number;
  /**
   * How many copies the borrower may have on loan in all, counted over every material type. Decision:
   * the limit that counts is the one of the rule matched for the copy being lent (Koha's per-rule
   * "current checkouts allowed" works the same way), so a rule can say "a manager may take a 6th
   * video but not a 6th textbook". A borrower with 5 items out and a rule of 5 is refused.
   */
  maxItems: number;
  source: PolicySource;
  /** The matrix row used, absent for the fallback. */
  policyId?: string;
}

/**
 * The `[materialType+position]` keys that may answer, most specific first. The engine reads exactly
 * these from the unique index instead of the whole table. A borrower without a position (an external
 * person) only matches the rows for any position. `materialType` may be ANY to ask for "any material".
 */
export function policyCandidateKeys(
  materialType: MaterialType | typeof ANY,
  position: string | undefined,
): Array<[string, string]> {
  const pos = position?.trim();
  const keys: Array<[string, string]> = [];
  if (pos) keys.push([materialType, pos]);
  keys.push([materialType, ANY]);
  if (pos) keys.push([ANY, pos]);
  keys.push([ANY, ANY]);
  // ANY as the material type makes (type, x) and (ANY, x) the same key: ask once.
  return keys.filter((k, i) => keys.findIndex((o) => o[0] === k[0] && o[1] === k[1]) === i);
}

const SOURCE_OF = (materialType: string, position: string): PolicySource =>
  materialType !== ANY
    ? position !== ANY
      ? 'typeAndPosition'
      : 'type'
    : position !== ANY
      ? 'position'
      : 'default';

/**
 * The rule for lending a copy of `materialType` to a borrower holding `position`:
 * (type, position) > (type, any position) > (any type, position) > (any, any) > FALLBACK_POLICY.
 * Positions match exactly as stored (a known key like `crSpecialist`, or the free text typed in the
 * registry, trimmed): "客服主管" and "客服主管 " are the same, "客服主管" and "主管" are not.
 * Deleted rows (tombstones) never match.
 */
export function policyFor(
  policies: readonly LoanPolicy[],
  materialType: MaterialType | typeof ANY,
  position: string | undefined,
): ResolvedPolicy {
  const live = policies.filter((p) => p.deletedAt === undefined);
  for (const [type, pos] of policyCandidateKeys(materialType, position)) {
    const row = live.find((p) => p.materialType === type && p.position.trim() === pos);
    if (row) {
      return {
        loanDays: row.loanDays,
        maxRenewals: row.maxRenewals,
        maxItems: row.maxItems,
        source: SOURCE_OF(type, pos),
        policyId: row.id,
      };
    }
  }
  return { ...FALLBACK_POLICY, source: 'fallback' };
}
