// Interaction responses: POST /interactions/{id}/{token}/callback and the interaction webhook
// (edit @original, follow-ups), captured into each InteractionHandle.
import { Intent } from "./gateway.js";
import { CallbackType, type InteractionHandle, InteractionType } from "./interactions.js";
import { badForm, type Ctx, Errors, type FakeRest, noContent, ok, type Reply } from "./rest.js";
import { type ApiRoutes, attachmentsFor, type RestHost } from "./routes.js";
import type { ApiMessage, Json } from "./state.js";
import {
  type DiscordErrorBody,
  EPHEMERAL,
  invalidFormBody,
  isObject,
  validateChoices,
  validateMessage,
} from "./validate.js";

const LOADING = 1 << 7;

export class InteractionRoutes {
  constructor(
    rest: FakeRest,
    private readonly host: RestHost,
    private readonly api: ApiRoutes,
  ) {
    // Interactions.
    rest.on(
      "POST",
      "/interactions/:interaction/:token*/callback",
      (ctx) => this.interactionCallback(ctx),
      false,
    );
    rest.on("POST", "/webhooks/:app/:token*", (ctx) => this.followUp(ctx), false);
    for (const method of ["GET", "PATCH", "DELETE"]) {
      rest.on(
        method,
        "/webhooks/:app/:token*/messages/:message*",
        (ctx) => this.webhookMessage(ctx),
        false,
      );
    }
  }

  // ---- interaction responses -----------------------------------------------------------------

  private reject(handle: InteractionHandle, ctx: Ctx, reply: Reply): Reply {
    handle.rejected.push({
      method: ctx.method,
      path: ctx.path,
      status: reply.status,
      body: reply.body as DiscordErrorBody,
    });
    handle.notify();
    return reply;
  }

  private interactionCallback(ctx: Ctx): Reply {
    const { state } = this.host;
    const handle = this.host.interactionById(ctx.params.interaction ?? "");
    if (!handle || handle.token !== ctx.params.token) return Errors.unknownInteraction();
    const body = isObject(ctx.body) ? ctx.body : {};
    const type = typeof body.type === "number" ? body.type : -1;
    const data = isObject(body.data) ? body.data : undefined;
    handle.callbacks.push(data ? { type, data } : { type });
    if (handle.callback) return this.reject(handle, ctx, Errors.alreadyAcknowledged());
    const age = Date.now() - (handle.deliveredAt ?? Date.now());
    if (handle.deadlineMs > 0 && age > handle.deadlineMs) {
      return this.reject(handle, ctx, Errors.unknownInteraction());
    }
    const allowed: Record<number, number[]> = {
      [InteractionType.ApplicationCommand]: [4, 5, 9],
      [InteractionType.MessageComponent]: [4, 5, 6, 7, 9],
      [InteractionType.Autocomplete]: [8],
      [InteractionType.ModalSubmit]: [4, 5, 6, 7],
    };
    if (!(allowed[handle.type] ?? []).includes(type)) {
      return this.reject(
        handle,
        ctx,
        badForm(
          invalidFormBody([
            {
              path: ["type"],
              code: "INTERACTION_RESPONSE_TYPE_INVALID",
              message: `Interaction response type ${type} is not valid for interaction type ${handle.type}`,
            },
          ]),
        ),
      );
    }
    let error: DiscordErrorBody | null = null;
    if (type === CallbackType.ChannelMessageWithSource || type === CallbackType.UpdateMessage) {
      error = validateMessage(data ?? {}, {
        prefix: ["data"],
        files: ctx.files.length,
        partial: type === CallbackType.UpdateMessage,
      });
    } else if (type === CallbackType.AutocompleteResult) {
      error = validateChoices(data?.choices);
    } else if (type === CallbackType.Modal) {
      error = validateModal(data);
    }
    if (error) return this.reject(handle, ctx, badForm(error));

    handle.callback = data ? { type, data } : { type };
    const channelId = String(handle.payload.channel_id);
    const bot = state.user(state.botId);
    const clicked = isObject(handle.payload.message)
      ? state.messages.get(String(handle.payload.message.id))?.message
      : undefined;
    let message: ApiMessage | undefined;
    if (
      type === CallbackType.ChannelMessageWithSource ||
      type === CallbackType.DeferredChannelMessageWithSource
    ) {
      const flags = typeof data?.flags === "number" ? data.flags : 0;
      const content =
        type === CallbackType.ChannelMessageWithSource
          ? { ...data, attachments: attachmentsFor(ctx.files) }
          : { flags: (flags & EPHEMERAL) | LOADING };
      message = state.buildMessage(channelId, bot, content, this.interactionExtras(handle));
      state.storeMessage(message, { interactionToken: handle.token });
      handle.original = message;
      this.api.dispatchMessage("MESSAGE_CREATE", message);
    } else if (type === CallbackType.DeferredUpdateMessage || type === CallbackType.UpdateMessage) {
      message = clicked;
      if (message && type === CallbackType.UpdateMessage && data) {
        state.editMessage(message, data);
        this.api.dispatchMessage("MESSAGE_UPDATE", message);
      }
      handle.original = message;
    }
    handle.notify();
    if (ctx.query.get("with_response") !== "true") return noContent();
    return ok({
      interaction: {
        id: handle.id,
        type: handle.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (message.flags & LOADING) !== 0,
              response_message_ephemeral: (message.flags & EPHEMERAL) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message ? { message } : {}) },
    });
  }

  private interactionExtras(handle: InteractionHandle): Partial<ApiMessage> {
    const { state } = this.host;
    const data = isObject(handle.payload.data) ? handle.payload.data : {};
    const member = isObject(handle.payload.member) ? handle.payload.member : {};
    const isCommand = handle.type === InteractionType.ApplicationCommand;
    return {
      webhook_id: state.applicationId,
      application_id: state.applicationId,
      type: isCommand ? 20 : 0,
      interaction_metadata: {
        id: handle.id,
        type: handle.type,
        user: member.user,
        authorizing_integration_owners: handle.payload.authorizing_integration_owners,
        ...(isCommand ? { name: data.name, command_type: data.type ?? 1 } : {}),
        ...(isObject(handle.payload.message)
          ? { interacted_message_id: handle.payload.message.id }
          : {}),
      },
    };
  }

  private webhookHandle(ctx: Ctx): InteractionHandle | undefined {
    const handle = this.host.interactionByToken(ctx.params.token ?? "");
    if (!handle || ctx.params.app !== this.host.state.applicationId) return undefined;
    return handle;
  }

  private followUp(ctx: Ctx): Reply {
    const { state } = this.host;
    const handle = this.webhookHandle(ctx);
    if (!handle) return Errors.unknownWebhook();
    if (!handle.callback || handle.type === InteractionType.Autocomplete) {
      return this.reject(handle, ctx, Errors.unknownWebhook());
    }
    const body = isObject(ctx.body) ? ctx.body : {};
    const error = validateMessage(body, { files: ctx.files.length });
    if (error) return this.reject(handle, ctx, badForm(error));
    const message = state.buildMessage(
      String(handle.payload.channel_id),
      state.user(state.botId),
      { ...body, attachments: attachmentsFor(ctx.files) },
      { ...this.interactionExtras(handle), type: 0 },
    );
    // A follow-up to a deferred, still-loading reply replaces the loading message.
    if (handle.original && (handle.original.flags & LOADING) !== 0 && handle.edits.length === 0) {
      handle.original.flags &= ~LOADING;
    }
    state.storeMessage(message, { interactionToken: handle.token });
    handle.followUps.push(body);
    handle.followUpMessages.push(message);
    this.api.dispatchMessage("MESSAGE_CREATE", message);
    handle.notify();
    return ctx.query.get("wait") === "false" ? noContent() : ok(message);
  }

  private webhookMessage(ctx: Ctx): Reply {
    const { state } = this.host;
    const handle = this.webhookHandle(ctx);
    if (!handle) return Errors.unknownWebhook();
    const id = ctx.params.message ?? "";
    const isOriginal = id === "@original" || id === handle.original?.id;
    const message = isOriginal
      ? handle.originalDeleted
        ? undefined
        : handle.original
      : handle.followUpMessages.find((m) => m.id === id && state.messages.has(m.id));
    if (!message) return this.reject(handle, ctx, Errors.unknownMessage());
    if (ctx.method === "GET") return ok(message);
    if (ctx.method === "DELETE") {
      state.deleteMessage(message.id);
      if (isOriginal) handle.originalDeleted = true;
      this.host.gateway.dispatch(
        "MESSAGE_DELETE",
        { id: message.id, channel_id: message.channel_id, guild_id: state.guildId },
        { intent: Intent.GuildMessages },
      );
      handle.notify();
      return noContent();
    }
    const body = isObject(ctx.body) ? ctx.body : {};
    const error = validateMessage(body, { partial: true, files: ctx.files.length });
    if (error) return this.reject(handle, ctx, badForm(error));
    const files = attachmentsFor(ctx.files);
    state.editMessage(message, files.length > 0 ? { ...body, attachments: files } : body);
    message.flags &= ~LOADING;
    if (isOriginal) handle.edits.push(body);
    this.api.dispatchMessage("MESSAGE_UPDATE", message);
    handle.notify();
    return ok(message);
  }
}

function validateModal(data: Json | undefined): DiscordErrorBody | null {
  const errors = [];
  if (
    !data ||
    typeof data.custom_id !== "string" ||
    data.custom_id.length < 1 ||
    data.custom_id.length > 100
  ) {
    errors.push({
      path: ["data", "custom_id"],
      code: "BASE_TYPE_BAD_LENGTH",
      message: "Must be between 1 and 100 in length.",
    });
  }
  if (!data || typeof data.title !== "string" || data.title.length < 1 || data.title.length > 45) {
    errors.push({
      path: ["data", "title"],
      code: "BASE_TYPE_BAD_LENGTH",
      message: "Must be between 1 and 45 in length.",
    });
  }
  const components = Array.isArray(data?.components) ? data.components : [];
  if (components.length < 1 || components.length > 5) {
    errors.push({
      path: ["data", "components"],
      code: "BASE_TYPE_BAD_LENGTH",
      message: "Must be between 1 and 5 in length.",
    });
  }
  return errors.length > 0 ? invalidFormBody(errors) : null;
}
