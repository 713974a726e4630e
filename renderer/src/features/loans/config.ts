import {
  defaultLendingConfig,
  LENDING_CONFIG_KEY,
  type LendingConfig,
} from '../../../../shared/domain/lending';
import type { TrainDeskDatabase } from '../../db';

/** The office's lending settings, or the defaults the app ships with until someone changes them. */
export async function readLendingConfig(db: TrainDeskDatabase): Promise<LendingConfig> {
  const stored = await db.lendingConfig.get(LENDING_CONFIG_KEY);
  return { ...defaultLendingConfig(), ...stored };
}
