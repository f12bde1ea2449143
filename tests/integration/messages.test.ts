// Secure messages through core's calls, with the real encrypted cache and the real platform: a
// patient's message arrives unread and is marked read; the expert's answer is queued, sent and
// shown as sent; written offline it leaves once the platform is back, once only, even when the
// platform's answer is lost; a request for information puts the case on hold on both sides and
// the document the patient adds afterwards arrives with the next sync, flagged new until viewed.
import { afterEach, describe, expect, it } from 'vitest';
import { signedInWorkstation } from '../support/signed-in';
import type { CaseDetail, CaseMessage } from '../../contract';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const { platform, core } = await signedInWorkstation(cleanups);
  const caseId = platform.caseId('SMO-2026-0101');
  const onPlatform = () =>
    platform.db.prepare('SELECT id, direction, kind, body FROM messages WHERE case_id = ? ORDER BY created_at').all(caseId) as {
      id: string;
      direction: string;
      kind: string;
      body: string;
    }[];
  return { platform, core, caseId, onPlatform };
}

describe('messages', () => {
  it('go both ways: the patient’s arrive unread, the expert’s are queued then sent', async () => {
    const { platform, core, caseId, onPlatform } = await setup();
    await platform.dev('/dev/cases/SMO-2026-0101/patient-messages', { body: 'J’ai retrouvé l’IRM de 2023, faut-il l’envoyer ?' });
    await core.call('sync.now');
    let thread = await core.call<CaseMessage[]>('messages.list', { caseId });
    expect(thread).toMatchObject([
      { direction: 'from_patient', kind: 'message', deliveryState: 'received', unread: true, body: expect.stringContaining('IRM de 2023') },
    ]);
    expect(await core.call('messages.markRead', { caseId })).toEqual({ unread: 0 });
    expect((await core.call<CaseMessage[]>('messages.list', { caseId }))[0]?.unread).toBe(false);

    // A message with only spaces is refused, naming the field.
    expect(await core.tryCall('messages.send', { caseId, body: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('body') },
    });
    const sent = await core.call<CaseMessage>('messages.send', { caseId, body: 'Oui, merci de l’ajouter au dossier.' });
    expect(sent).toMatchObject({ direction: 'to_patient', deliveryState: 'queued' });
    await core.call('sync.now');
    thread = await core.call<CaseMessage[]>('messages.list', { caseId });
    expect(thread.map((m) => [m.direction, m.deliveryState])).toEqual([
      ['from_patient', 'received'],
      ['to_patient', 'sent'],
    ]);
    expect(onPlatform().filter((m) => m.direction === 'to_patient')).toEqual([
      { id: sent.id, direction: 'to_patient', kind: 'message', body: 'Oui, merci de l’ajouter au dossier.' },
    ]);
  });

  it('written offline, leave once when the platform is back, even when its answer is lost', async () => {
    const { platform, core, caseId, onPlatform } = await setup();
    await platform.dev('/dev/faults/unreachable', { unreachable: true });
    const offline = await core.call<CaseMessage>('messages.send', { caseId, body: 'Écrit dans le train.' });
    await core.call('sync.now');
    expect((await core.call<CaseMessage[]>('messages.list', { caseId })).map((m) => m.deliveryState)).toEqual(['queued']);
    await platform.dev('/dev/faults/unreachable', { unreachable: false });
    // The platform stores the next message but its answer never arrives: the resend is the same message.
    await platform.dev('/dev/faults/drop', { count: 1 });
    await core.call('sync.now');
    await core.call('sync.now');
    expect(onPlatform().map((m) => m.id)).toEqual([offline.id]);
    expect((await core.call<CaseMessage[]>('messages.list', { caseId })).map((m) => m.deliveryState)).toEqual(['sent']);
  });

  it('a request for information puts the case on hold, and what the patient adds then arrives', async () => {
    const { platform, core } = await setup();
    await core.call('cases.accept', { caseId: platform.caseId('SMO-2026-0102'), notDirectlyInCharge: true });
    const waiting = platform.caseId('SMO-2026-0102');
    await core.call('sync.now');
    await core.call('messages.send', { caseId: waiting, kind: 'info_request', body: 'Merci d’ajouter le compte rendu opératoire.' });
    expect((await core.call<CaseDetail>('cases.get', { caseId: waiting })).summary.status).toBe('waiting_for_patient');
    await core.call('sync.now');
    expect(platform.db.prepare('SELECT status FROM cases WHERE id = ?').pluck().get(waiting)).toBe('waiting_for_patient');

    // The expert has had the case open: what the patient adds now is flagged new until viewed.
    const before = (await core.call<CaseDetail>('cases.open', { caseId: waiting })).documents;
    expect(before.every((d) => !d.isNew)).toBe(true);
    await platform.dev('/dev/cases/SMO-2026-0102/attachments', {
      name: 'Compte rendu opératoire.pdf',
      kind: 'pdf',
      mediaType: 'application/pdf',
      base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    });
    await core.call('sync.now');
    const detail = await core.call<CaseDetail>('cases.get', { caseId: waiting });
    expect(detail.documents).toHaveLength(before.length + 1);
    const added = detail.documents.find((d) => d.name === 'Compte rendu opératoire.pdf');
    expect(added).toMatchObject({ isNew: true, downloadState: 'available' });
    // The patient answered: the case is back in review on the platform and here.
    expect(detail.summary.status).toBe('accepted');
    await core.ctx.documents.read(added?.id ?? '', 0, 3);
    await expect.poll(async () => (await core.call<CaseDetail>('cases.get', { caseId: waiting })).documents.find((d) => d.id === added?.id)?.isNew).toBe(false);
  });
});
