// The logger keeps identifiers and codes and drops what could be patient data: free text, e-mail
// addresses, error messages.
import { describe, expect, it } from 'vitest';
import { createLogger, redactValue } from '../../src-main/core/log/logger';

describe('log redaction', () => {
  it('lets ids, codes and numbers through', () => {
    expect(redactValue('3f2c9a1e-8d4b-4c6e-9a1f-0b2c3d4e5f60')).toBe('3f2c9a1e-8d4b-4c6e-9a1f-0b2c3d4e5f60');
    expect(redactValue('CACHE_LOCKED')).toBe('CACHE_LOCKED');
    expect(redactValue('reports.save')).toBe('reports.save');
    expect(redactValue(42)).toBe(42);
    expect(redactValue(null)).toBeNull();
  });

  it('drops free text and e-mail addresses', () => {
    expect(redactValue('Fissure horizontale du ménisque interne')).toBe('[redacted]');
    expect(redactValue('Jean Dupont')).toBe('[redacted]');
    expect(redactValue('jean.dupont@example.org')).toBe('[e-mail]');
    expect(redactValue('x'.repeat(400))).toBe('[redacted]');
  });

  it('writes structured lines with redacted fields and never an error message', () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line));
    log.warn('sync failed', {
      code: 'HTTP_500',
      detail: 'Patient Zéphyrin Quintavalle, né le 02/03/1961',
      error: log.describe(new TypeError('cannot read Quintavalle')),
    });
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'warn', event: 'sync failed', code: 'HTTP_500', detail: '[redacted]', error: 'TypeError' });
    expect(lines.join('')).not.toContain('Quintavalle');
  });
});
