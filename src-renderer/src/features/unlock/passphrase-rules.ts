// The passphrase and unlock-code rules the renderer checks before asking core, which enforces the same ones.
import type { PASSPHRASE_MIN_LENGTH as ContractMinimum, UNLOCK_SECRET_MIN_LENGTH as ContractSecretMinimum } from '../../../../contract';

export const PASSPHRASE_MIN_LENGTH: typeof ContractMinimum = 10;
export const UNLOCK_SECRET_MIN_LENGTH: typeof ContractSecretMinimum = 6;
