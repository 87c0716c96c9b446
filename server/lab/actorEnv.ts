/**
 * Names of the environment variables through which a lab host tells a child
 * process who it is. Kept free of imports: a unit of the creation lesson
 * reads them, and its measured memory must be Node's, not a library's.
 */
export const ACTOR_ENV = {
  runStartNs: 'LAB_RUN_START_NS',
  actor: 'LAB_ACTOR',
  parent: 'LAB_PARENT_ACTOR',
  label: 'LAB_LABEL',
} as const;
