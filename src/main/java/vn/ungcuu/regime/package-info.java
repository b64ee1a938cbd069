/**
 * Regulatory regimes: the rulebooks an incident is handled under, as versioned data
 * ({@code src/main/resources/regimes/}). {@code vn-2017} is the district plan's world (Decision 05/2017,
 * Circular 20/2017); {@code vn-2026} the Law on Cybersecurity 116/2025 and Decree 331/2026 from 01/07/2026,
 * with the personal-data duties of Law 91/2025.
 *
 * <p>Why data and not code: the texts were read in secondary copies and official guidance keeps coming, so
 * the deploying body adjusts durations, recipients and dates without a release. Every obligation, report kind
 * and classification question cites its legal basis (the file is refused without one). A stored version is
 * never rewritten, so an incident keeps meaning what it meant under the version it was handled with: a file
 * changed under the same version number stops the service at start, naming the file. The dates in force may
 * be overridden by configuration ({@code ungcuu.regimes.in-force}) without touching the stored rules.
 */
package vn.ungcuu.regime;
