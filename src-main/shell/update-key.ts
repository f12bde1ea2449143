// The public half of the publisher's release key: an update whose signature it does not verify is
// never installed (see update-signature.ts). The private half stays with the publisher, offline;
// `npx tsx scripts/sign-update.ts --generate` makes a new pair, and this constant is its public half.
export const RELEASE_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA5S55iR9mtx2XgEDE5wGWXuzJLaboPfeaEnfV1cMrZW8=
-----END PUBLIC KEY-----
`;
