// Build step: every report template and module in resources/report-templates must load; a broken
// one stops the build with the file and item named (the app would otherwise leave it out).
import { fileURLToPath } from 'node:url';
import { loadTemplateLibrary } from '../src-main/core/reports/template-library';

const dir = fileURLToPath(new URL('../resources/report-templates', import.meta.url));
const { templates, modules, problems } = loadTemplateLibrary(dir);
for (const problem of problems) process.stderr.write(`${problem.message}\n`);
if (problems.length > 0 || !templates.some((t) => t.diseaseFamilies.includes('*')) || !modules.has('addendum')) {
  process.stderr.write('The report templates are not valid (a general template and the addendum module are required).\n');
  process.exit(1);
}
process.stdout.write(`Report templates: ${templates.length} templates, ${modules.size} modules, all valid.\n`);
