#!/usr/bin/env node
// The CLI bundle; `npm run build` writes it.
await import('../dist/cli.js');
