/**
 * The severity classifier and its criteria: plain Java, with no framework, no persistence and no other package
 * of UngCuu ({@code SeverityIsPlainJavaTest} holds it to that), so the rules can be read, tested and versioned
 * on their own, and the same facts always give the same answer.
 *
 * <p><b>Criteria are data</b> ({@code src/main/resources/severity/criteria-v1.json}): named rules over a small
 * vocabulary of conditions ({@link vn.ungcuu.severity.Condition}), evaluated in three passes
 * ({@link vn.ungcuu.severity.Classifier}): the legal class first (Decision 05/2017 Art. 9: SERIOUS when a level
 * 4–5 or nationally critical system is hit with one of the five impacts and the owner cannot handle it), then
 * the local severity, the highest level fired winning, then whether escalation to the provincial team is
 * required (when serious, or when the owner cannot handle it). Storing the criteria and recording which version
 * an assessment used belong to {@code vn.ungcuu.triage}.
 *
 * <p><b>The LOW–CRITICAL scale is a local convention</b>, not the law's, and says so in the criteria file's
 * {@code note}: CRITICAL when serious, when state-secret information is touched or when the damage is not
 * recoverable; HIGH when functional impact is high, any of the five impacts hits a level-3+ system, privacy or
 * integrity information is touched, more than one unit is affected or the owner cannot handle it; MEDIUM when
 * functional impact is low or medium, proprietary information is touched or recovery needs extra resources;
 * LOW otherwise.
 *
 * <p><b>Rules explain themselves.</b> Every rule that fired is in {@code matchedRules} with {@code because}, the
 * facts of this incident that made it fire ({@link vn.ungcuu.severity.MatchedRule}), and that reason reaches the
 * client.
 */
package vn.ungcuu.severity;
