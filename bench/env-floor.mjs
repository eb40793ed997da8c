// The floor for benchmark 1: a Node process that only finds, reads and dotenv.parse()s the same files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';

let variables = 0;
const visit = (directory) => {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) visit(path);
    else if (entry.name.startsWith('.env')) variables += Object.keys(dotenv.parse(readFileSync(path))).length;
  }
};
visit(process.argv[2]);
console.log(variables);
