export { ApiServer, type ApiHandlers } from "./server.ts";
export { Outbox } from "./outbox.ts";
