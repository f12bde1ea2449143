// The words of the patient-facing report (PDF and FHIR narrative), in the report's language: the
// report is written for the patient, whatever language the expert's screen is in.
import type { Locale } from '../../../contract';

const WORDING = {
  fr: {
    title: 'Second avis médical',
    addendumTitle: 'Complément au second avis médical',
    case: 'Dossier',
    draft: 'BROUILLON — non signé, non transmis',
    signed: (by: string, at: string) => `Signé par ${by} le ${at}`,
    electronic: (holder: string, issuer: string) => `Signé électroniquement par ${holder} (certificat délivré par ${issuer}).`,
    notElectronic: 'Ce compte rendu n’est pas signé électroniquement.',
    opinion: 'Conclusion',
    convergent: 'Second avis concordant avec le premier avis',
    divergent: {
      diagnostic: 'Second avis divergent sur le diagnostic',
      therapeutic: 'Second avis divergent sur le traitement',
      both: 'Second avis divergent sur le diagnostic et le traitement',
    },
    yes: 'Oui',
    no: 'Non',
    keyImages: 'Images clés',
    figure: (n: number, series: number | null, image: number) => `Figure ${n} — ${series === null ? '' : `série ${series}, `}image ${image}`,
    page: (n: number, of: number) => `Page ${n} sur ${of}`,
  },
  en: {
    title: 'Second medical opinion',
    addendumTitle: 'Addendum to the second medical opinion',
    case: 'Case',
    draft: 'DRAFT — not signed, not sent',
    signed: (by: string, at: string) => `Signed by ${by} on ${at}`,
    electronic: (holder: string, issuer: string) => `Signed electronically by ${holder} (certificate issued by ${issuer}).`,
    notElectronic: 'This report is not electronically signed.',
    opinion: 'Conclusion',
    convergent: 'Second opinion convergent with the first opinion',
    divergent: {
      diagnostic: 'Second opinion divergent on the diagnosis',
      therapeutic: 'Second opinion divergent on the treatment',
      both: 'Second opinion divergent on the diagnosis and the treatment',
    },
    yes: 'Yes',
    no: 'No',
    keyImages: 'Key images',
    figure: (n: number, series: number | null, image: number) => `Figure ${n} — ${series === null ? '' : `series ${series}, `}image ${image}`,
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
} as const;

export type ReportWording = (typeof WORDING)[Locale];

export function reportWording(language: Locale): ReportWording {
  return WORDING[language];
}

export function formatSignedAt(language: Locale, iso: string): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'long' }).format(new Date(iso));
}
