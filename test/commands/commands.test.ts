/**
 * Every slash command's behaviour, as the user sees it, on the seed story and on the fixture
 * story. One spec module per command (`*.cases.ts`); they run in this one file because each test
 * file pays ~2 s to import discord.js and build the story indexes, and together they stay fast.
 */
import "./ask.cases.js";
import "./ask-autocomplete.cases.js";
import "./who-attends.cases.js";
import "./quote.cases.js";
import "./summary.cases.js";
import "./pin-summary.cases.js";
import "./timeline.cases.js";
import "./source.cases.js";
import "./help.cases.js";
import "./show-paragraph-button.cases.js";
import "./moderation.cases.js";
