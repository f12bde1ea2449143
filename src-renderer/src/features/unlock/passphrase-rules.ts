// The passphrase rule the renderer checks before asking core, which enforces the same one.
import type { PASSPHRASE_MIN_LENGTH as ContractMinimum } from '../../../../contract';

export const PASSPHRASE_MIN_LENGTH: typeof ContractMinimum = 10;
