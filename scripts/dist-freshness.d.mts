// Types for dist-freshness.mjs (plain JavaScript, so it runs before anything is built).
export declare const root: string;
/** Why dist/ must be built again, or null when it is up to date. */
export declare function whyStale(projectRoot?: string): string | null;
