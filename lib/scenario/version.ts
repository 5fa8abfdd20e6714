/** The scenario format's version, carried by saved files and shared links (1 is migrated on parse). */
export const SCENARIO_VERSION = 2;
