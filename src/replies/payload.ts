import { z } from "zod";
import { LIMITS } from "./limits.js";

const embedSchema = z
  .object({
    title: z.string().min(1).max(LIMITS.embedTitle).optional(),
    description: z.string().min(1).max(LIMITS.embedDescription).optional(),
    color: z.number().int().optional(),
    url: z.url().optional(),
    fields: z
      .array(
        z.object({
          name: z.string().min(1).max(LIMITS.embedFieldName),
          value: z.string().min(1).max(LIMITS.embedFieldValue),
          inline: z.boolean().optional(),
        }),
      )
      .max(LIMITS.embedFields)
      .optional(),
    footer: z.object({ text: z.string().min(1).max(LIMITS.embedFooter) }).optional(),
    author: z.object({ name: z.string().min(1).max(LIMITS.embedAuthor) }).optional(),
  })
  .strict();

const buttonSchema = z
  .object({
    type: z.literal(2),
    style: z.number().int().min(1).max(4),
    label: z.string().min(1).max(LIMITS.buttonLabel),
    custom_id: z.string().min(1).max(LIMITS.customId),
    disabled: z.boolean().optional(),
  })
  .strict();

const actionRowSchema = z
  .object({
    type: z.literal(1),
    components: z.array(buttonSchema).min(1).max(LIMITS.buttonsPerRow),
  })
  .strict();

/** Characters Discord counts towards the 6000 shared by all embeds of one message. */
export function embedLength(embed: z.infer<typeof embedSchema>): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/**
 * A message as it goes over the wire (interaction response data or a channel message), with
 * Discord's limits and our rule that no reply ever pings anyone.
 */
export const messagePayloadSchema = z
  .object({
    content: z.string().max(LIMITS.content).optional(),
    embeds: z.array(embedSchema).max(LIMITS.embedsPerMessage).optional(),
    components: z.array(actionRowSchema).max(LIMITS.actionRows).optional(),
    allowed_mentions: z.object({ parse: z.array(z.never()).length(0) }).strict(),
    flags: z.number().int().optional(),
  })
  .strict()
  .refine((payload) => (payload.content?.length ?? 0) > 0 || (payload.embeds?.length ?? 0) > 0, {
    message: "a message needs content or an embed",
  })
  .refine(
    (payload) =>
      (payload.embeds ?? []).reduce((sum, embed) => sum + embedLength(embed), 0) <=
      LIMITS.embedTotal,
    { message: `embeds exceed ${LIMITS.embedTotal} characters in total` },
  );

export const autocompleteChoicesSchema = z
  .array(
    z
      .object({
        name: z.string().min(1).max(LIMITS.choiceName),
        value: z.string().max(LIMITS.choiceValue),
      })
      .strict(),
  )
  .max(LIMITS.autocompleteChoices);

export type MessagePayload = z.infer<typeof messagePayloadSchema>;
export type Embed = z.infer<typeof embedSchema>;
export type ActionRow = z.infer<typeof actionRowSchema>;
export type AutocompleteChoice = z.infer<typeof autocompleteChoicesSchema>[number];
export type Button = z.infer<typeof buttonSchema>;
