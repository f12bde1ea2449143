// The demo platform's experts. The workstation pre-fills the first one's sign-in only when it
// runs against its built-in demo platform.
export const DEMO_EXPERT = {
  email: 'expert@demo.smo-platform.test',
  password: 'demo-expert-2026',
  displayName: 'Dr Claire Martin',
  specialty: 'Second-opinion expert',
};
export const COLLEAGUE = {
  email: 'colleague@demo.smo-platform.test',
  password: 'colleague-2026',
  displayName: 'Dr Paul Henry',
  specialty: 'Second-opinion expert',
};
