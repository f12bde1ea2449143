// The viewer's layouts and how many viewports each has (the contract checks hanging protocols with
// the same table; the renderer may import only the contract's types).
import type { ViewerLayout } from '../../../../../contract';

export const LAYOUTS = ['1x1', '1x2', '2x2'] as const satisfies readonly ViewerLayout[];
export const SLOTS: Record<ViewerLayout, number> = { '1x1': 1, '1x2': 2, '2x2': 4 };
