#!/usr/bin/env node
// Kept tiny on purpose: start-up time is part of the product. The bundle loads
// each command's implementation lazily.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
