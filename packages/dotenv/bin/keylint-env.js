#!/usr/bin/env node
import { nodeIo, runCli } from '../dist/bin/keylint-env.js';

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
