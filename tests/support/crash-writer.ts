// Child process of the crash test: unlocks the cache and writes for ever — outbox rows, and
// attachments through the vault — printing an acknowledgement after each commit. It is killed
// with SIGKILL at a random moment; the parent then checks what survived.
import { createHash, randomBytes } from 'node:crypto';
import { insertOutboxRow } from '../../src-main/core/outbox/outbox';
import { TEST_PASSPHRASE, testCache } from './cache';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer <dataDir>');
const cache = testCache(dataDir);
await cache.unlock(TEST_PASSPHRASE);
// Pipes are synchronous on Linux: an acknowledgement is out before the next write begins.
const ack = (line: string) => process.stdout.write(`${line}\n`);
ack('ready');

for (let i = 1; ; i++) {
  const { seq } = await cache.write((db) => {
    const row = insertOutboxRow(db, 'review.session', 'c1', { i, at: Date.now() }, new Date());
    return row;
  });
  ack(`outbox ${seq}`);

  if (i % 2 === 0) {
    const id = `att-${process.pid}-${i}`;
    const file = cache.vault.newFile();
    const content = randomBytes(64 * 1024 + (i % 7) * 50_000);
    const sha256 = createHash('sha256').update(content).digest('hex');
    await cache.write((db) =>
      db
        .prepare(
          `INSERT INTO attachments (id, case_id, kind, name, media_type, size, sha256, download_state, vault_key)
           VALUES (?, 'c1', 'photo', 'p.jpg', 'image/jpeg', ?, ?, 'downloading', ?)`,
        )
        .run(id, content.length, sha256, file.key),
    );
    const writer = await cache.vault.createWriter(file);
    for (let o = 0; o < content.length; o += 40_000) await writer.write(content.subarray(o, o + 40_000));
    const done = await writer.finish(sha256);
    await cache.write((db) => db.prepare(`UPDATE attachments SET download_state = 'available', vault_file = ? WHERE id = ?`).run(done.fileName, id));
    ack(`attachment ${id} ${sha256}`);
  }
}
