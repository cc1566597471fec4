import type { Command } from 'commander';
import { CommanderError } from 'commander';

/** Exit codes shared by every command: 0 fine, 1 policy said no, 2 bad input. */
export const EXIT = { ok: 0, refused: 1, badInput: 2 } as const;

/** A bad-input error that a command reports in one line, exiting with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export async function runCli(program: Command, argv: readonly string[]): Promise<void> {
  program.exitOverride();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : EXIT.badInput;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`postwise: ${error.message}\n`);
      process.exitCode = EXIT.badInput;
      return;
    }
    throw error;
  }
}
