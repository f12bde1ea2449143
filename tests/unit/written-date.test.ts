// The date a document's first page gives itself: French and English forms, the patient's birth
// date skipped, the latest date kept, nothing after the upload, no impossible day.
import { describe, expect, it } from 'vitest';
import { isoDate, pdfCreationDay, writtenDate } from '../../src-main/core/documents/dates/written-date';

const UPLOAD = '2026-03-01';

describe('the date written on a first page', () => {
  it.each([
    ['Paris, le 14/02/2024', '2024-02-14'],
    ['Lyon, le 14.02.2024', '2024-02-14'],
    ['Examen du 14-02-2024', '2024-02-14'],
    ['vu le 14/02/24', '2024-02-14'],
    ['Compte rendu du 14 février 2024', '2024-02-14'],
    ['COMPTE RENDU DU 14 FÉVRIER 2024', '2024-02-14'],
    ['le 1er mars 2024', '2024-03-01'],
    ['le 3 août 2023', '2023-08-03'],
    ['le 3 aout 2023', '2023-08-03'],
    ['le 12 juil. 2023', '2023-07-12'],
    ['le 12 juillet 2023', '2023-07-12'],
    ['Report dated 3rd March 2024', '2024-03-03'],
    ['Report dated February 14, 2024', '2024-02-14'],
    ['Date: Feb. 14 2024', '2024-02-14'],
    ['Study date 2024-02-14', '2024-02-14'],
    // Month first only when the first number cannot be a month's day… the second cannot be a month.
    ['Date: 02/14/2024', '2024-02-14'],
  ])('%s → %s', (text, date) => {
    expect(writtenDate(text, UPLOAD)).toBe(date);
  });

  it('keeps the latest date: the report, not the examinations it refers to', () => {
    const text = 'Scanner thoracique du 12/01/2024. Comparaison avec l’examen du 03/06/2022.\nParis, le 15 janvier 2024';
    expect(writtenDate(text, UPLOAD)).toBe('2024-01-15');
  });

  it.each([
    ['Mme Dupont, née le 03/05/1961, vue le 14/02/2024', '2024-02-14'],
    ['Date de naissance : 25/12/1990 — Consultation du 02/02/2025', '2025-02-02'],
    ['DDN 12/03/2025 examen 01/02/2025', '2025-02-01'],
    ['Patient born 11 May 2025; seen on 1 May 2025', '2025-05-01'],
    ['DOB: 2025-06-01. Visit: 2025-05-30', '2025-05-30'],
    ['Né(e) le 01/01/2025, hospitalisé le 02/01/2024', '2024-01-02'],
  ])('skips the date of birth: %s', (text, date) => {
    expect(writtenDate(text, UPLOAD)).toBe(date);
  });

  it('skips a date after the upload (a next appointment) and before 1900', () => {
    expect(writtenDate('Prochain rendez-vous le 12/05/2026, examen du 10/02/2026', UPLOAD)).toBe('2026-02-10');
    expect(writtenDate('Registre de 1850 : 01/01/1850', UPLOAD)).toBeNull();
  });

  it('reads no date where there is none, and no impossible day', () => {
    expect(writtenDate('Nodule de 12.3.24 mm ; version 1.2.3 ; 31/02/2024', UPLOAD)).toBeNull();
    expect(writtenDate('', UPLOAD)).toBeNull();
    expect(writtenDate('tél. 01 45 67 89 10 ; dossier 2024-0156', UPLOAD)).toBeNull();
  });

  it('reads a two-digit year as the latest century that is not ahead', () => {
    expect(writtenDate('le 05/06/26', '2026-12-31')).toBe('2026-06-05');
    expect(writtenDate('le 05/06/61', UPLOAD)).toBe('1961-06-05');
  });

  it('reads OCR text of a long page quickly and without catastrophic backtracking', () => {
    const long = `${'1/2/3-4.5 '.repeat(20_000)} le 14 février 2024 ${'mars '.repeat(20_000)}`;
    expect(writtenDate(long, UPLOAD)).toBe('2024-02-14');
  });
});

describe('calendar days and PDF creation dates', () => {
  it('accepts real days only', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 13, 1)).toBeNull();
  });

  it('reads the day of CreationDate as its writer wrote it', () => {
    expect(pdfCreationDay("D:20240214233000+01'00'")).toBe('2024-02-14');
    expect(pdfCreationDay('D:20240214')).toBe('2024-02-14');
    expect(pdfCreationDay('20240214101500Z')).toBe('2024-02-14');
    expect(pdfCreationDay('D:2024')).toBeNull();
    expect(pdfCreationDay('D:20241345')).toBeNull();
    expect(pdfCreationDay(42)).toBeNull();
  });
});
