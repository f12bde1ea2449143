// Kills a writing process at random moments and checks, after each kill, that the cache is
// intact: integrity_check ok, every acknowledged write present, no attachment marked available
// whose file is incomplete or does not match its checksum. Used by the test and `bench -- crash`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_PASSPHRASE, testCache } from './cache';

const writerScript = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

export interface CrashLoopResult {
  kills: number;
  acknowledgedOutbox: number;
  acknowledgedAttachments: number;
  problems: string[];
}

export async function prepareCrashCache(dataDir: string): Promise<void> {
  const cache = testCache(dataDir);
  await cache.setup({ protection: 'passphrase', passphrase: TEST_PASSPHRASE });
  const now = new Date().toISOString();
  await cache.write((db) =>
    db
      .prepare(
        `INSERT INTO cases (id, reference, status, disease_family, disease, language, offered_at, updated_at)
         VALUES ('c1', 'SMO-CRASH', 'accepted', 'orthopedic', 'meniscus tear', 'en', ?, ?)`,
      )
      .run(now, now),
  );
  await cache.lock();
}

export async function runCrashLoop(dataDir: string, kills: number, random = Math.random): Promise<CrashLoopResult> {
  const outbox = new Set<number>();
  const attachments = new Map<string, string>();
  const problems: string[] = [];
  for (let k = 0; k < kills; k++) {
    await killWriterOnce(dataDir, 10 + random() * 250, outbox, attachments);
    problems.push(...(await verify(dataDir, outbox, attachments)).map((p) => `after kill ${k + 1}: ${p}`));
    if (problems.length > 0) break;
  }
  return { kills, acknowledgedOutbox: outbox.size, acknowledgedAttachments: attachments.size, problems };
}

function killWriterOnce(dataDir: string, afterMs: number, outbox: Set<number>, attachments: Map<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [what, a, b] = line.split(' ');
        if (what === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        else if (what === 'outbox') outbox.add(Number(a));
        else if (what === 'attachment' && a && b) attachments.set(a, b);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`writer stopped by itself (${code}): ${stderr.slice(-500)}`));
    });
  });
}

async function verify(dataDir: string, outbox: Set<number>, attachments: Map<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const cache = testCache(dataDir);
  await cache.unlock(TEST_PASSPHRASE);
  try {
    const db = cache.database();
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const present = new Set(db.prepare('SELECT seq FROM outbox').pluck().all() as number[]);
    for (const seq of outbox) if (!present.has(seq)) problems.push(`acknowledged outbox row ${seq} is missing`);
    const rows = db.prepare(`SELECT id, sha256, download_state, vault_file, vault_key FROM attachments`).all() as {
      id: string;
      sha256: string;
      download_state: string;
      vault_file: string | null;
      vault_key: Buffer;
    }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [id, sha] of attachments) {
      const row = byId.get(id);
      if (row?.download_state !== 'available' || row.sha256 !== sha) problems.push(`acknowledged attachment ${id} is not available`);
    }
    for (const row of rows.filter((r) => r.download_state === 'available')) {
      const digest = await cache.vault.digest(row.vault_file ?? '', row.vault_key).catch(() => 'unreadable');
      if (digest !== row.sha256) problems.push(`attachment ${row.id} is marked available but its file is ${digest}`);
    }
  } finally {
    await cache.lock();
  }
  return problems;
}
