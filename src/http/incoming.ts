import {
  type APIInteraction,
  type APIInteractionResponse,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
} from "discord-api-types/v10";
import type { Incoming, Responder } from "../interactions/incoming.js";
import { focusedOption, rawOptions, type SentOption } from "../interactions/options.js";
import type { MessagePayload } from "../replies/payload.js";
import type { REST } from "../rest/discordjs-rest.js";

/** Edits and follow-ups after the HTTP response: REST, made on first use. */
export type RestSource = () => Promise<REST>;

/** A message payload without its flags: an edit cannot change them. */
function edited(payload: MessagePayload): Omit<MessagePayload, "flags"> {
  const { flags: _fixedAtFirstResponse, ...rest } = payload;
  return rest;
}

/**
 * Answers an interaction Discord posted: the first response becomes the HTTP response body
 * (`respond`), later ones go to the interaction's webhook through REST, as Discord requires.
 */
class HttpResponder implements Responder {
  state: Responder["state"] = "fresh";

  constructor(
    private readonly interaction: APIInteraction,
    private readonly respond: (body: APIInteractionResponse) => void,
    private readonly rest: RestSource,
  ) {}

  private first(body: APIInteractionResponse, state: Responder["state"]): Promise<void> {
    if (this.state !== "fresh") {
      return Promise.reject(new Error("the interaction was already answered"));
    }
    this.state = state;
    this.respond(body);
    return Promise.resolve();
  }

  reply(payload: MessagePayload): Promise<void> {
    return this.first(
      { type: InteractionResponseType.ChannelMessageWithSource, data: payload },
      "answered",
    );
  }

  update(payload: MessagePayload): Promise<void> {
    return this.first(
      { type: InteractionResponseType.UpdateMessage, data: edited(payload) },
      "answered",
    );
  }

  defer(ephemeral: boolean): Promise<void> {
    return this.first(
      {
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
      },
      "deferred",
    );
  }

  choices(choices: { name: string; value: string }[]): Promise<void> {
    return this.first(
      { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } },
      "answered",
    );
  }

  async edit(payload: MessagePayload): Promise<void> {
    const { application_id, token } = this.interaction;
    await (await this.rest()).patch(Routes.webhookMessage(application_id, token, "@original"), {
      body: edited(payload),
      auth: false,
    });
    this.state = "answered";
  }

  async followUp(payload: MessagePayload): Promise<void> {
    const { application_id, token } = this.interaction;
    await (await this.rest()).post(Routes.webhook(application_id, token), {
      body: payload,
      auth: false,
    });
  }
}

/**
 * A posted interaction as the router reads it, with its responder; undefined for the kinds the
 * bot does not answer (PING is answered before this).
 */
export function fromHttp(
  interaction: APIInteraction,
  respond: (body: APIInteractionResponse) => void,
  rest: RestSource,
): { incoming: Incoming; responder: HttpResponder } | undefined {
  const user = interaction.member?.user ?? interaction.user;
  if (!user) return undefined;
  const channelId = interaction.channel?.id ?? interaction.channel_id;
  const base = {
    id: interaction.id,
    username: user.username,
    ...(interaction.guild_id ? { guildId: interaction.guild_id } : {}),
    invoker: {
      userId: user.id,
      askId: interaction.id,
      ...(interaction.guild_id ? { guildId: interaction.guild_id } : {}),
      ...(channelId ? { channelId } : {}),
      ...(interaction.member ? { memberPermissions: BigInt(interaction.member.permissions) } : {}),
      ...(interaction.app_permissions
        ? { appPermissions: BigInt(interaction.app_permissions) }
        : {}),
    },
  };
  const responder = new HttpResponder(interaction, respond, rest);
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      const options = (("options" in interaction.data && interaction.data.options) ||
        []) as SentOption[];
      return {
        incoming: {
          ...base,
          kind: "command",
          name: interaction.data.name,
          options: rawOptions(options),
        },
        responder,
      };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const options = (interaction.data.options ?? []) as SentOption[];
      const focused = focusedOption(options);
      return {
        incoming: {
          ...base,
          kind: "autocomplete",
          name: interaction.data.name,
          options: rawOptions(options),
          focused: { name: focused?.name ?? "", value: String(focused?.value ?? "") },
        },
        responder,
      };
    }
    case InteractionType.MessageComponent:
      if (interaction.data.component_type !== ComponentType.Button) return undefined;
      return {
        incoming: { ...base, kind: "button", name: interaction.data.custom_id, options: {} },
        responder,
      };
    default:
      return undefined;
  }
}
