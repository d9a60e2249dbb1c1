// Assembles src/xref/dots.wat into src/xref/dots.wasm (committed, so nothing is compiled at
// install or run time). dots.test.ts checks that the committed binary is this file's output.
import { readFileSync, writeFileSync } from 'node:fs';
import wabtInit from 'wabt';

const wat = new URL('../src/xref/dots.wat', import.meta.url);
const wabt = await wabtInit();
const module = wabt.parseWat('dots.wat', readFileSync(wat, 'utf8'), { simd: true });
writeFileSync(new URL('../src/xref/dots.wasm', import.meta.url), module.toBinary({}).buffer);
module.destroy();
