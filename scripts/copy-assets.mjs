// Copies the non-TypeScript assets (policy packs) next to the compiled code,
// so the installed command line finds them without the sources.
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/packs', { recursive: true });
cpSync('src/packs', 'dist/packs', {
  recursive: true,
  filter: (src) => !src.endsWith('.ts'),
});
