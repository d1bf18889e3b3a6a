/** How much one tool call may ask for: enough for a backlog, bounded so one call cannot stall the server. */
export const MAX_TASKS_PER_CALL = 1_000;
