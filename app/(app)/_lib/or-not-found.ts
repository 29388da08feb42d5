import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** Awaits a reader; a missing record (or an id that cannot exist) renders the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
