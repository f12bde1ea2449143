// Build step: every report template and module in resources/report-templates, and every hanging
// protocol in resources/hanging-protocols, must load; a broken one stops the build with the file
// (and item) named — the app would otherwise leave it out.
import { fileURLToPath } from 'node:url';
import { loadTemplateLibrary } from '../src-main/core/reports/template-library';
import { loadHangingProtocols } from '../src-main/core/imaging/hanging-protocols';

const resources = (name: string) => fileURLToPath(new URL(`../resources/${name}`, import.meta.url));
const { templates, modules, problems } = loadTemplateLibrary(resources('report-templates'));
for (const problem of problems) process.stderr.write(`${problem.message}\n`);
if (problems.length > 0 || !templates.some((t) => t.diseaseFamilies.includes('*')) || !modules.has('addendum')) {
  process.stderr.write('The report templates are not valid (a general template and the addendum module are required).\n');
  process.exit(1);
}
const hanging = loadHangingProtocols(resources('hanging-protocols'));
for (const { file, detail } of hanging.problems) process.stderr.write(`Hanging protocol ${file}: ${detail}\n`);
if (hanging.problems.length > 0 || hanging.protocols.length === 0) {
  process.stderr.write('The hanging protocols are not valid.\n');
  process.exit(1);
}
process.stdout.write(`Report templates: ${templates.length} templates, ${modules.size} modules; hanging protocols: ${hanging.protocols.length}; all valid.\n`);
