import type { Command } from 'commander';
import { action, intOption, leaf, parseRef } from '../../command-kit.js';
import { renderTable, truncate } from '../../../text/table.js';

interface StatementsOptions {
  from?: number;
  size?: number;
}

export function registerSessionsStatements(parent: Command): void {
  leaf(parent, 'statements <id>', "list a session's statements (Livy keeps the last 100)")
    .option('--from <n>', 'skip the first n statements', intOption('--from'))
    .option('--size <n>', 'how many to list', intOption('--size', { min: 1 }))
    .action(
      action<StatementsOptions>(async (ctx, options, [ref]) => {
        const client = await ctx.client();
        const session = await client.sessions.get(parseRef(ref!), { signal: ctx.signal });
        const page = await client.sessions.listStatements(session.id, { from: options.from, size: options.size, signal: ctx.signal });
        ctx.out.result(page, () =>
          page.statements.length === 0
            ? 'no statements'
            : renderTable(
                ['ID', 'STATE', 'RESULT', 'PROGRESS', 'TIME', 'CODE'],
                page.statements.map((s) => [
                  s.id,
                  s.state,
                  s.output ? (s.output.status === 'error' ? `error: ${s.output.ename}` : 'ok') : '',
                  s.progress === null || s.progress === undefined ? '' : `${Math.round(s.progress * 100)}%`,
                  s.started && s.completed && s.completed >= s.started ? `${((s.completed - s.started) / 1000).toFixed(1)}s` : '',
                  truncate(s.code.trim().split('\n')[0] ?? '', 50) + (s.code.trim().includes('\n') ? ' …' : ''),
                ]),
                { header: (text) => ctx.out.dataStyle.bold(text) },
              ),
        );
      }),
    );
}
