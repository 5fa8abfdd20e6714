/** The scenario format's version, carried by saved files and shared links. */
export const SCENARIO_VERSION = 1;
