// Pages run under a CSP without 'unsafe-eval'. Zod probes for `new Function` to pick its fast
// path; the probe is caught, but the browser still reports a CSP violation each time. Jitless
// mode never probes, so a violation report always means something tried to run a string as code.
import { z } from 'zod';

z.config({ jitless: true });
