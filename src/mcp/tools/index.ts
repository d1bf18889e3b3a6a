/** The server's tools, in the order clients list them. Add a tool here and in its own file. */
import type { McpTool } from '../tool.js';
import { decideSurfaceTool } from './decide-surface.js';
import { handoffTool } from './handoff.js';
import { triageTasksTool } from './triage-tasks.js';

export const TOOLS: readonly McpTool[] = [decideSurfaceTool, triageTasksTool, handoffTool];
