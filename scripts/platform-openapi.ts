// `npm run openapi`: writes the platform API's OpenAPI documents from their one source, the zod
// shapes and operation tables in shared/platform-api (the test fails when the files lag behind).
import { writeFileSync } from 'node:fs';
import { apiDocuments } from '../shared/platform-api/documents';

for (const [path, document] of Object.entries(apiDocuments())) {
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`Wrote ${path}\n`);
}
