// CDR hangup causes for a called party's final failure response (RFC 3261
// §21.4-21.6), named the way call-center reports group them (Q.850 usage:
// busy, no answer, number not in service, congestion ...).

/** The cause of a call that failed with `status` (>= 300) from the far end; "failed" for anything unnamed. */
export function failureCause(status: number): string {
  switch (status) {
    case 486: // Busy Here
    case 600: // Busy Everywhere
      return "busy";
    case 603: // Decline: reached, and refused
    case 607: // Unwanted (RFC 8197)
      return "declined";
    case 408: // Request Timeout
    case 480: // Temporarily Unavailable
      return "no_answer";
    case 487: // Request Terminated: our own CANCEL (the agent hung up first)
      return "agent_cancel";
    case 404: // Not Found
    case 410: // Gone
    case 484: // Address Incomplete
    case 604: // Does Not Exist Anywhere
      return "invalid_number";
    case 500:
    case 502:
    case 503: // the carrier is overloaded or down (failover is RFC 3263's job)
    case 504:
      return "congestion";
    default:
      return "failed";
  }
}
