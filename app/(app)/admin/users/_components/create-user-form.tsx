"use client";
// The "New user" form. Container: owns what is typed, calls createUserAction, shows field errors
// and the server's refusal inline. A refusal keeps everything typed (PRODUCT.md rule 9); only a
// success clears the form for the next person.
import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { TRole } from "@/lib/auth/permissions";
import { createUserAction } from "@/lib/actions/users";
import { firstFieldError, runAction, type TReadResult } from "@/lib/actions/read-result";
import { USER_LIMITS } from "@/lib/domain/users";
import { FormFeedback, RoleCheckboxes, SubmitButton, TextField } from "@/components/ui/form/form-controls";

type TCreated = { id: string; name: string; email: string };

const NO_ERRORS: Pick<TReadResult<unknown>, "fieldErrors" | "formError"> = { fieldErrors: {}, formError: null };

export function CreateUserForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<TRole[]>([]);
  const [password, setPassword] = useState("");
  const [isPending, setIsPending] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [created, setCreated] = useState<TCreated | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setIsPending(true);
    setCreated(null);
    const read = await runAction(() => createUserAction({ name, email, roles, password }));
    setIsPending(false);
    if (!read.isOk) {
      setErrors({ fieldErrors: read.fieldErrors, formError: read.formError });
      return;
    }
    setErrors(NO_ERRORS);
    setCreated({ id: read.data.id, name: name.trim(), email: read.data.email });
    setName("");
    setEmail("");
    setRoles([]);
    setPassword("");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="new-user-title" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="new-user-name" label="Name" value={name} onChange={setName} autoComplete="off" maxLength={USER_LIMITS.nameMax} error={firstFieldError(errors, "name")} />
        <TextField
          id="new-user-email"
          label="Email"
          type="email"
          value={email}
          onChange={setEmail}
          autoComplete="off"
          maxLength={USER_LIMITS.emailMax}
          hint="They sign in with this address."
          error={firstFieldError(errors, "email")}
        />
      </div>
      <RoleCheckboxes idPrefix="new-user" value={roles} onChange={setRoles} error={firstFieldError(errors, "roles")} hint="At least one. A person may hold several roles." />
      <TextField
        id="new-user-password"
        label="Initial password"
        type="password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        maxLength={USER_LIMITS.passwordMax}
        hint={`At least ${USER_LIMITS.passwordMin} characters. Give it to them privately; it is not shown again.`}
        error={firstFieldError(errors, "password")}
      />
      <FormFeedback
        error={errors.formError}
        success={
          created ? (
            <>
              Created {created.name} ({created.email}).{" "}
              <Link href={`/admin/users/${created.id}`} className="font-medium underline">
                Open {created.name}
              </Link>
            </>
          ) : null
        }
      />
      <SubmitButton isPending={isPending} pendingLabel="Creating…">
        Create user
      </SubmitButton>
    </form>
  );
}
