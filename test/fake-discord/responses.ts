// Interaction responses: POST /interactions/{id}/{token}/callback and the interaction webhook
// (follow-ups, edits of @original or a follow-up), captured into each InteractionHandle.
import { CallbackType, type InteractionHandle, InteractionType } from "./interactions.js";
import { badForm, type Ctx, Errors, type FakeRest, noContent, ok, type Reply } from "./rest.js";
import type { RestHost } from "./routes.js";
import type { ApiMessage } from "./state.js";
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
  ) {
    rest.on(
      "POST",
      "/interactions/:interaction/:token*/callback",
      (ctx) => this.interactionCallback(ctx),
      false,
    );
    rest.on("POST", "/webhooks/:app/:token*", (ctx) => this.followUp(ctx), false);
    rest.on(
      "PATCH",
      "/webhooks/:app/:token*/messages/:message*",
      (ctx) => this.editWebhookMessage(ctx),
      false,
    );
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

  /** An initial response that came back as the body of an HTTP delivery, checked like a callback. */
  respond(handle: InteractionHandle, body: unknown): Reply {
    return this.interactionCallback({
      method: "POST",
      path: `/interactions/${handle.id}/${handle.token}/callback`,
      params: { interaction: handle.id, token: handle.token },
      query: new URLSearchParams(),
      body,
    });
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
      [InteractionType.ApplicationCommand]: [4, 5],
      [InteractionType.MessageComponent]: [4, 5, 6, 7],
      [InteractionType.Autocomplete]: [8],
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
        partial: type === CallbackType.UpdateMessage,
      });
    } else if (type === CallbackType.AutocompleteResult) {
      error = validateChoices(data?.choices);
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
          ? (data ?? {})
          : { flags: (flags & EPHEMERAL) | LOADING };
      message = state.buildMessage(channelId, bot, content, this.interactionExtras(handle));
      state.storeMessage(message);
      handle.original = message;
    } else if (type === CallbackType.DeferredUpdateMessage || type === CallbackType.UpdateMessage) {
      message = clicked;
      if (message && type === CallbackType.UpdateMessage && data) state.editMessage(message, data);
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
    const error = validateMessage(body);
    if (error) return this.reject(handle, ctx, badForm(error));
    const message = state.buildMessage(
      String(handle.payload.channel_id),
      state.user(state.botId),
      body,
      { ...this.interactionExtras(handle), type: 0 },
    );
    // A follow-up to a deferred, still-loading reply replaces the loading message.
    if (handle.original && (handle.original.flags & LOADING) !== 0 && handle.edits.length === 0) {
      handle.original.flags &= ~LOADING;
    }
    state.storeMessage(message);
    handle.followUps.push(body);
    handle.followUpMessages.push(message);
    handle.notify();
    return ctx.query.get("wait") === "false" ? noContent() : ok(message);
  }

  /** PATCH of @original (or its id) or of a follow-up. */
  private editWebhookMessage(ctx: Ctx): Reply {
    const { state } = this.host;
    const handle = this.webhookHandle(ctx);
    if (!handle) return Errors.unknownWebhook();
    const id = ctx.params.message ?? "";
    const isOriginal = id === "@original" || id === handle.original?.id;
    const message = isOriginal
      ? handle.original
      : handle.followUpMessages.find((m) => m.id === id && state.messages.has(m.id));
    if (!message) return this.reject(handle, ctx, Errors.unknownMessage());
    const body = isObject(ctx.body) ? ctx.body : {};
    const error = validateMessage(body, { partial: true });
    if (error) return this.reject(handle, ctx, badForm(error));
    state.editMessage(message, body);
    message.flags &= ~LOADING;
    if (isOriginal) handle.edits.push(body);
    handle.notify();
    return ok(message);
  }
}
