import type { RoleValue } from "./model.js";

/** One string per distinct role value: two values are the same thing exactly when their keys are equal. */
export function valueKey(v: RoleValue): string {
  return v.kind === "entity" ? `e\u0000${v.entity.id}` : v.kind === "text" ? `t\u0000${v.text}` : `n\u0000${typeof v.value}\u0000${v.value}\u0000${v.percent}`;
}
