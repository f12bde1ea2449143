// Whether a certificate is in the signed-in expert's name: the same words once case, accents,
// titles and their order are set aside ("MARTIN Claire" is "Dr Claire Martin").
/** Whether two ways of writing a person's name are the same name (case, accents, titles, order of the words aside). */
export function sameName(a: string, b: string): boolean {
  const words = (name: string) =>
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w && !['dr', 'pr', 'prof', 'docteur', 'professeur', 'doctor', 'professor', 'mme', 'm', 'mr', 'mrs', 'ms'].includes(w))
      .sort()
      .join(' ');
  return words(a) === words(b);
}
