import type { Command } from 'commander';
import { CommanderError } from 'commander';

/** Exit codes shared by every command: 0 fine, 1 policy said no, 2 bad input. */
export const EXIT = { ok: 0, refused: 1, badInput: 2 } as const;

/** A bad-input error that a command reports in one line, exiting with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A command and all its subcommands, depth first. */
function* commandTree(command: Command): Generator<Command> {
  yield command;
  for (const sub of command.commands) yield* commandTree(sub);
}

/**
 * Parses `argv` and runs the command, mapping every failure to the exit codes above: a bad
 * or unknown option, a missing argument, an unknown command exit 2 (help and version exit 0).
 */
export async function runCli(program: Command, argv: readonly string[]): Promise<void> {
  // Commander copies settings to a subcommand only when it is created, and the commands are
  // registered before this runs: without setting it on each, a subcommand's parse error
  // would call process.exit(1) instead of coming here.
  for (const command of commandTree(program)) command.exitOverride();
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
