/** The CLI's entry point (`phasegate`); everything happens in `main()`, which tests call directly. */
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
