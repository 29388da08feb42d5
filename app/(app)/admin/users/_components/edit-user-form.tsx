"use client";
// Name and roles of one user. Container: sends the version the page was loaded with, so an edit
// made meanwhile by another admin comes back as a conflict, never a silent overwrite; what was
// typed stays in the form.
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { TRole } from "@/lib/auth/permissions";
import { updateUserAction } from "@/lib/actions/users";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { USER_LIMITS } from "@/lib/domain/users";
import { FormFeedback, RoleCheckboxes, SubmitButton, TextField } from "@/components/ui/form/form-controls";

type Props = {
  userId: string;
  name: string;
  roles: TRole[];
  version: number;
  /** the signed-in admin is editing themself: they may not drop their own Admin role */
  isSelf: boolean;
};

type TErrors = Pick<TReadResult<unknown>, "fieldErrors" | "formError" | "code">;
const NO_ERRORS: TErrors = { fieldErrors: {}, formError: null, code: null };

export function EditUserForm(props: Readonly<Props>) {
  const router = useRouter();
  const [name, setName] = useState(props.name);
  const [roles, setRoles] = useState<TRole[]>(props.roles);
  // our own saves advance it; anyone else's change is the conflict we want to hear about
  const [version, setVersion] = useState(props.version);
  const [isPending, setIsPending] = useState(false);
  const [errors, setErrors] = useState<TErrors>(NO_ERRORS);
  const [success, setSuccess] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setSuccess(null);
    const read = await runAction(() => updateUserAction({ userId: props.userId, version, name, roles }));
    setIsPending(false);
    if (!read.isOk) {
      setErrors({ fieldErrors: read.fieldErrors, formError: read.formError, code: read.code });
      return;
    }
    setErrors(NO_ERRORS);
    setVersion(read.data.version);
    setSuccess(read.data.isChanged ? "Saved. New roles apply to their next page load." : "Nothing to save: the name and roles are unchanged.");
    if (read.data.isChanged) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="edit-user-title" className="space-y-4">
      <TextField id="edit-user-name" label="Name" value={name} onChange={setName} autoComplete="off" maxLength={USER_LIMITS.nameMax} error={firstFieldError(errors, "name")} />
      <RoleCheckboxes
        idPrefix="edit-user"
        value={roles}
        onChange={setRoles}
        error={firstFieldError(errors, "roles")}
        hint={props.isSelf ? "This is you: you cannot remove your own Admin role." : "At least one. A person may hold several roles."}
      />
      <FormFeedback
        error={errors.formError}
        success={success}
        errorAction={
          errors.code === "CONFLICT" ? (
            <button
              type="button"
              onClick={() => window.location.reload()}
              className="rounded-md border border-bad-line bg-surface px-2.5 py-1 text-xs font-medium text-ink hover:bg-surface-muted"
            >
              Reload the page
            </button>
          ) : null
        }
      />
      <SubmitButton isPending={isPending} pendingLabel="Saving…">
        Save changes
      </SubmitButton>
    </form>
  );
}
