import { SlashCommandBuilder } from "@discordjs/builders";
import type { Command } from "../src/interactions/contract.js";
import { buildReply } from "../src/replies/build.js";
import { forgetMeButton } from "../src/replies/buttons.js";

export const data = new SlashCommandBuilder()
  .setName("forget-me")
  .setDescription("Delete every question you asked and every vote you gave (asks to confirm).");

/** Asks first: the deletion happens when the member presses the button (see the service). */
export const execute: Command["execute"] = () => ({
  status: "answered",
  citations: [],
  reply: buildReply({
    kind: "notice",
    title: "Forget me",
    text: "This deletes every question you asked me and every 👍/👎 you gave, in every server, for good. Press the button to confirm; dismiss this message to keep them.",
    rows: [forgetMeButton()],
    ephemeral: true,
  }),
});
