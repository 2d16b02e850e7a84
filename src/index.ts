// The library entry point: `import { LivyClient } from 'livy-cli'`.
export * from './client/index.js';
