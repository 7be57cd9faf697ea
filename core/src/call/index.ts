export { CallManager, type CallManagerOptions, type EventSink } from "./manager.ts";
export { Registrar, type Binding, type RegistrarOptions } from "./registrar.ts";
export { AuthGuard, type AuthGuardOptions } from "./guard.ts";
export { Registrant, type TrunkRegistration } from "./registrant.ts";
