/** The stages a workflow step can run (routing happens before a workflow is chosen). */
export const STEP_STAGES = ['retrieve', 'generate', 'validate', 'approval', 'action'];
//# sourceMappingURL=workflow.js.map
