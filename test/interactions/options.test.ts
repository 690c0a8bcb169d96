// Option values as Discord sends them (and discord.js keeps them), read by name.
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { rawOptions } from "../../src/interactions/options.js";

describe("rawOptions", () => {
  it("GIVEN options (also under a sub-command) THEN values by name", () => {
    expect(
      rawOptions([
        { name: "question", type: ApplicationCommandOptionType.String, value: "when?" },
        {
          name: "sub",
          type: ApplicationCommandOptionType.Subcommand,
          options: [{ name: "n", type: ApplicationCommandOptionType.Integer, value: 3 }],
        },
      ]),
    ).toEqual({ question: "when?", n: 3 });
  });
});
