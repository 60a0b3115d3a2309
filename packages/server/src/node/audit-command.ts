import { openDatabase } from '../db/open.js';
import { listAudit } from '../store/audit.js';
import { parseCommandLine, UsageError } from './usage.js';

export const AUDIT_USAGE = `Usage: txassist-server audit --from <ISO> --to <ISO> [--subject <id>]… [--actor <id>] [--json] [--db ./data]

  Who accessed which subjects in a time window (breach investigation). Reads the PGlite folder
  --db (default ./data), or PostgreSQL when DATABASE_URL is set.

  --from, --to <ISO>  window, e.g. 2026-11-26T00:00:00Z
  --subject <id>      a buyer or other subject id; repeat for several
  --actor <id>        only what this staff member, seller or buyer did
  --json              the events as JSON instead of a table
  -h, --help          this text`;

/**
 * `txassist-server audit --from <ISO> --to <ISO> [--subject <id>]... [--actor <id>] [--json]`:
 * who accessed which subjects in a time window — the starting point of a breach notification.
 */
export async function auditCommand(argv: string[]): Promise<void> {
  const values = parseCommandLine(argv, {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    subject: { type: 'string', multiple: true },
    actor: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(AUDIT_USAGE);
    return;
  }
  for (const [name, value] of [
    ['from', values.from],
    ['to', values.to],
  ] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value)))
      throw new UsageError(`--${name} must be an ISO date, e.g. 2026-11-26T00:00:00Z`);
  }
  const databaseUrl = process.env.DATABASE_URL;
  const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: values.db ?? './data' });
  try {
    const events = [];
    let after: number | undefined;
    for (;;) {
      const page = await listAudit(db, {
        from: values.from && new Date(values.from).toISOString(),
        to: values.to && new Date(values.to).toISOString(),
        actorId: values.actor,
        subjectIds: values.subject,
        afterSequence: after,
        limit: 1000,
      });
      events.push(...page);
      if (page.length < 1000) break;
      after = page.at(-1)!.sequence;
    }
    if (values.json) {
      console.log(JSON.stringify(events, null, 2));
      return;
    }
    const subjects = new Map<string, Set<string>>();
    for (const event of events) {
      const key = `${event.actor_type}:${event.actor_id}`;
      if (!subjects.has(key)) subjects.set(key, new Set());
      subjects.get(key)!.add(`${event.subject_type}:${event.subject_id}`);
    }
    console.log(
      `${events.length} audit events${values.from ? ` from ${values.from}` : ''}${values.to ? ` to ${values.to}` : ''}`,
    );
    console.log('');
    console.log(
      'at                        actor                      action                        subject                    case',
    );
    for (const event of events) {
      console.log(
        [
          event.at,
          `${event.actor_type}:${event.actor_id}`.padEnd(26),
          event.action.padEnd(29),
          `${event.subject_type}:${event.subject_id}`.padEnd(26),
          event.case_id ?? '',
        ].join(' '),
      );
    }
    console.log('');
    console.log('Who accessed which subjects:');
    for (const [actor, seen] of subjects) console.log(`  ${actor}: ${[...seen].join(', ')}`);
  } finally {
    await db.close();
  }
}
