// Request schemas (TypeBox): they validate bodies and will generate the
// OpenAPI document. Objects reject unknown fields.
import { Type } from "@sinclair/typebox";

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
    tenant: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: "tenant slug" })),
  },
  { additionalProperties: false },
);

export const AgentStateBody = Type.Object(
  {
    status: Type.Union([Type.Literal("ready"), Type.Literal("not_ready"), Type.Literal("logged_out")]),
    reason: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
