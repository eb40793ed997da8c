#!/usr/bin/env node
import { processIo, runCli } from '../dist/bin/keylint-collection.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
