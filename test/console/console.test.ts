/**
 * The local console in-process: reading a line as a slash command, the --json contract and the
 * text rendering. One spec module per part (`*.cases.ts`), run in this one file to pay the
 * discord.js import once; the real-process test is process.test.ts.
 */
import "./parse.cases.js";
import "./json-mode.cases.js";
import "./text-mode.cases.js";
import "./complete.cases.js";
