/** The action's entry point: everything happens in `run()`, which tests call directly. */
import { run } from './action/main.js';

await run();
