// The two published documents: the expert API every platform implements, and the reference
// platform's scenario controls (for tests and demos only), each at its path under docs/.
import { API_OPERATIONS } from './operations';
import { DEV_OPERATIONS } from './dev-operations';
import { openApiDocument, type DocumentInfo } from './openapi-document';

export const API_DOCUMENT_PATH = 'docs/platform-api.openapi.json';
export const DEV_DOCUMENT_PATH = 'docs/platform-dev-controls.openapi.json';

const servers: DocumentInfo['servers'] = [
  {
    url: 'https://{host}{basePath}',
    description: 'A platform at its address; any path prefix is kept (e.g. https://gateway.hospital/smo).',
    variables: { host: { default: 'smo.example.org' }, basePath: { default: '', description: 'The path the platform is served under, if any.' } },
  },
  { url: 'http://127.0.0.1:{port}', description: 'The reference platform on this computer (npm run platform).', variables: { port: { default: '4000' } } },
];

export function apiDocuments(): Record<string, unknown> {
  return {
    [API_DOCUMENT_PATH]: openApiDocument(API_OPERATIONS, {
      title: 'SMO platform — expert API',
      version: '1.1.0',
      description:
        'What a second-opinion platform implements for the SMO Expert Workstation. Generated from shared/platform-api (npm run openapi); prose and the sign-in sequences: platform-api.md.',
      servers,
      tags: {
        discovery: 'What a server is, before anything else; how its experts sign in.',
        'sign-in': 'The password flow, for platforms without an OpenID provider (with one, the provider’s own endpoints are used).',
        cases: 'The expert’s cases, their documents and messages, as the workstation brings them.',
        actions: 'What the expert does; each carries an Idempotency-Key.',
        signing: 'Certificates for electronic signatures (a demonstration platform as its experts’ authority).',
        practice: 'The expert’s own practice and the network’s reference figures.',
      },
    }),
    [DEV_DOCUMENT_PATH]: openApiDocument(DEV_OPERATIONS, {
      title: 'SMO reference platform — scenario controls',
      version: '1.1.0',
      description:
        'Served by the reference platform with --dev-controls, to callers on this computer only, for tests and demos: faults, patient actions, what the platform recorded. No real platform implements them.',
      servers: servers.slice(1),
      tags: { 'dev controls': 'Scenario controls of the reference platform.' },
    }),
  };
}
