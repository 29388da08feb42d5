import { describe, expect, it, vi } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, toUserMessage, UnauthenticatedError, ValidationError } from "./errors";

describe("toUserMessage", () => {
  it("returns an expected error's message", () => {
    expect(toUserMessage(new ForbiddenError("Only leads can pause."), "r1")).toBe("Only leads can pause.");
    for (const [error, code] of [
      [new UnauthenticatedError(), "UNAUTHENTICATED"],
      [new ForbiddenError(), "FORBIDDEN"],
      [new NotFoundError(), "NOT_FOUND"],
      [new ValidationError(), "VALIDATION"],
      [new ConflictError(), "CONFLICT"],
    ] as const) {
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(10);
    }
  });

  it("hides an unknown error behind the request id and logs it", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toUserMessage(new Error("duplicate key value violates unique constraint"), "abc123")).toBe("Something went wrong (ref abc123)");
    expect(toUserMessage("a string", "x")).toBe("Something went wrong (ref x)");
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
  });
});
