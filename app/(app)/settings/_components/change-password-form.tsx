"use client";
// The person changes their own password. Container: the fields are cleared only once the change is
// saved; a refusal keeps what was typed (PRODUCT.md rule 9). The server checks the current password
// and ends the person's other sessions; this one stays signed in.
import { useState, type FormEvent } from "react";
import { changeOwnPasswordAction } from "@/lib/actions/settings";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { USER_LIMITS } from "@/lib/domain/users";
import { FormFeedback, SubmitButton, TextField } from "@/components/ui/form/form-controls";

const NO_ERRORS: Pick<TReadResult<unknown>, "fieldErrors" | "formError"> = { fieldErrors: {}, formError: null };

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  const [isPending, setIsPending] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [success, setSuccess] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setSuccess(null);
    const read = await runAction(() => changeOwnPasswordAction({ currentPassword, newPassword, confirmPassword }));
    setIsPending(false);
    if (!read.isOk) {
      setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
      return;
    }
    setErrors(NO_ERRORS);
    setCurrentPassword("");
    setNewPassword("");
    setConfirmPassword("");
    setSuccess("Password changed. You stay signed in here; every other browser or device signed in as you has been signed out.");
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="change-password-title" className="max-w-md space-y-4">
      <TextField
        id="current-password"
        label="Current password"
        type="password"
        value={currentPassword}
        onChange={setCurrentPassword}
        autoComplete="current-password"
        maxLength={1024}
        error={firstFieldError(errors, "currentPassword")}
      />
      <TextField
        id="new-password"
        label="New password"
        type="password"
        value={newPassword}
        onChange={setNewPassword}
        autoComplete="new-password"
        maxLength={USER_LIMITS.passwordMax}
        hint={`At least ${USER_LIMITS.passwordMin} characters.`}
        error={firstFieldError(errors, "newPassword")}
      />
      <TextField
        id="confirm-password"
        label="New password again"
        type="password"
        value={confirmPassword}
        onChange={setConfirmPassword}
        autoComplete="new-password"
        maxLength={USER_LIMITS.passwordMax}
        error={firstFieldError(errors, "confirmPassword")}
      />
      <FormFeedback error={errors.formError} success={success} />
      <SubmitButton isPending={isPending} pendingLabel="Changing password…">
        Change password
      </SubmitButton>
    </form>
  );
}
