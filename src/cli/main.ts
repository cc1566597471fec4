#!/usr/bin/env node
import { Command } from 'commander';
import { runCli } from './run.js';

// Each command lives in its own module and registers itself on the program.
const program = new Command('postwise')
  .description('Screen social media activity against your organization\'s policy, and run the practice around it.')
  .version('0.1.0');

await runCli(program, process.argv);
