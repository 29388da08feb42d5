"use client";
// An admin sets a new password for the user. Container: the field is cleared only once the
// password is saved; a refusal keeps it.
import { useState, type FormEvent } from "react";
import { resetUserPasswordAction } from "@/lib/actions/users";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { USER_LIMITS } from "@/lib/domain/users";
import { FormFeedback, SubmitButton, TextField } from "@/components/ui/form/form-controls";

type Props = { userId: string; name: string };

const NO_ERRORS: Pick<TReadResult<unknown>, "fieldErrors" | "formError"> = { fieldErrors: {}, formError: null };

export function ResetPasswordForm({ userId, name }: Readonly<Props>) {
  const [password, setPassword] = useState("");
  const [isPending, setIsPending] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [success, setSuccess] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setSuccess(null);
    const read = await runAction(() => resetUserPasswordAction({ userId, password }));
    setIsPending(false);
    if (!read.isOk) {
      setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
      return;
    }
    setErrors(NO_ERRORS);
    setPassword("");
    setSuccess(`Password set. Give it to ${name} privately; their old password no longer works.`);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reset-password-title" className="space-y-4">
      <TextField
        id="reset-password"
        label="New password"
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        maxLength={USER_LIMITS.passwordMax}
        hint={`At least ${USER_LIMITS.passwordMin} characters.`}
        error={firstFieldError(errors, "password")}
      />
      <FormFeedback error={errors.formError} success={success} />
      <SubmitButton isPending={isPending} pendingLabel="Setting password…">
        Set password
      </SubmitButton>
    </form>
  );
}
