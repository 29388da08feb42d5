// What an administrator may submit about a user (PRODUCT.md "People", rule 9). Pure zod: the
// server actions validate with these, the forms read the limits from here, the use-cases take the
// parsed types. Messages are written for the person filling in the form.
import { z } from "zod";
import { zDbVersion } from "@/lib/domain/db-bounds";
import { ROLES } from "@/lib/auth/permissions";

export const USER_LIMITS = {
  nameMax: 120,
  /** RFC 5321's longest deliverable address */
  emailMax: 254,
  passwordMin: 12,
  /** well under sign-in's 1024, so every password set here can be typed at sign-in */
  passwordMax: 256,
} as const;

const ZUserId = z.guid("Choose a user.");

export const ZUserName = z.string("Enter a name.").trim().min(1, "Enter a name.").max(USER_LIMITS.nameMax, `Use at most ${USER_LIMITS.nameMax} characters.`);

/** Trimmed and lower-cased: emails are unique case-insensitively, as sign-in compares them. */
export const ZUserEmail = z
  .string("Enter an email address.")
  .trim()
  .min(1, "Enter an email address.")
  .max(USER_LIMITS.emailMax, `Use at most ${USER_LIMITS.emailMax} characters.`)
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@example.com."));

/** At least one role; duplicates collapse; kept in the order of ROLES so diffs read the same. */
export const ZUserRoles = z
  .array(z.enum(ROLES, "Choose roles from the list."), "Choose at least one role.")
  .min(1, "Choose at least one role.")
  .max(ROLES.length * 2, "Choose roles from the list.")
  .transform((roles) => ROLES.filter((role) => roles.includes(role)));

/** Not trimmed: spaces are part of a passphrase. */
export const ZUserPassword = z
  .string("Enter a password.")
  .min(1, "Enter a password.")
  .min(USER_LIMITS.passwordMin, `Use at least ${USER_LIMITS.passwordMin} characters.`)
  .max(USER_LIMITS.passwordMax, `Use at most ${USER_LIMITS.passwordMax} characters.`);

const ZVersion = zDbVersion();

export const ZCreateUser = z.object({
  name: ZUserName,
  email: ZUserEmail,
  roles: ZUserRoles,
  password: ZUserPassword,
});
export type TCreateUser = z.output<typeof ZCreateUser>;

export const ZUpdateUser = z.object({
  userId: ZUserId,
  /** the version the form was loaded with: a stale one is a conflict, never a silent overwrite */
  version: ZVersion,
  name: ZUserName,
  roles: ZUserRoles,
});
export type TUpdateUser = z.output<typeof ZUpdateUser>;

export const ZSetUserActive = z.object({
  userId: ZUserId,
  isActive: z.boolean("Choose whether the user is active."),
});
export type TSetUserActive = z.output<typeof ZSetUserActive>;

export const ZResetUserPassword = z.object({
  userId: ZUserId,
  password: ZUserPassword,
});
export type TResetUserPassword = z.output<typeof ZResetUserPassword>;

/**
 * A person changes their own password (issue 18 item 7): the current one proves it is them, the
 * new one is typed twice. Not trimmed (spaces are part of a passphrase).
 */
export const ZChangeOwnPassword = z
  .object({
    currentPassword: z.string("Enter your current password.").min(1, "Enter your current password.").max(1024, "Enter your current password."),
    newPassword: ZUserPassword,
    confirmPassword: z.string("Type the new password again.").min(1, "Type the new password again."),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ. Type them again." })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });
export type TChangeOwnPassword = z.output<typeof ZChangeOwnPassword>;
