// Whether a report's PDF prints every character it holds: the fonts' coverage, read once in the
// worker thread (three font files are parsed), and the characters it lacks, by where they are.
import type { ReportDraft } from '../../../contract';
import type { PatientReport } from './patient-report';
import { unprintableCharacters } from './report-fonts';
import { offThread } from '../work/off-thread';

export class ReportPrintable {
  private covered: ReadonlySet<number> | null = null;
  private loading: Promise<ReadonlySet<number>> | null = null;

  constructor(private readonly fontsDir: string) {}

  /** The fonts' coverage, read on the first call. */
  ready(): Promise<ReadonlySet<number>> {
    this.loading ??= offThread('report.fontCoverage', this.fontsDir).then((codes) => (this.covered = new Set(codes)));
    return this.loading;
  }

  /** What `report` cannot print; null until the coverage is read (`ready()` has it read). */
  unprintable(report: PatientReport): ReportDraft['unprintable'] | null {
    return this.covered ? unprintableCharacters(report, this.covered) : null;
  }
}
