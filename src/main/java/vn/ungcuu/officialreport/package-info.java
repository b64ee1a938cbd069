/**
 * Official reports: what a unit actually sent to an authority about an incident (the notices and reports of
 * Decree 331/2026 Art. 31.2.d, the personal-data notices of Decree 356/2025, the 2017 Forms 03 and 04).
 *
 * <p><b>Why a record of its own.</b> An obligation is met by a report that went out, not by a button: the
 * report says which kind it is under the incident's regime, to whom (an active authority, or
 * {@code DATA-SUBJECTS}), when ({@code sentAt}, not in the future, not before detection), how (channel, and the
 * document's number unless it was a phone call) and what it said, field by field as the regime lists the kind's
 * content: a missing field is a 400 naming {@code content.<field>}, and so is one the kind does not have, so a
 * misspelt field is never kept in place of the required one. Recording it meets the incident's open obligations
 * the regime says that kind meets ({@code Obligations.meetByReport}), at {@code sentAt}: sent late, the
 * obligation is met and stays breached. The report keeps the kinds it met ({@code met}). Whether the report went
 * to the obligation's own recipient is not checked: the regime names a default recipient, and the deploying body
 * may route a kind elsewhere.
 *
 * <p><b>Append-only.</b> What was sent stays as recorded: no update, no delete, refused by the database too
 * (triggers, like evidence). A correction is a new report naming the earlier one of the same incident in
 * {@code supersedes}; it meets nothing, because what the corrected report met it met when it was sent.
 *
 * <p><b>Who.</b> Coordinators, and the reporter of the incident's unit, since the unit is who sends it; another
 * unit's reporter gets 404, as for anything of an incident it may not read. Responders do not record reports:
 * they may be contractors, and a report speaks for the unit to the police or the ministry; they add the draft as
 * evidence or a comment. Whoever may read the incident reads its reports (provincial team, auditors included).
 * A CLOSED or REJECTED incident takes reports too: a closing report is often sent after closing, and a notice
 * sent before an incident was rejected was still sent. On a CLOSED one it meets what is still open (closing
 * does not meet a 72-hour report); a REJECTED one's obligations were waived, so there it meets nothing.
 *
 * <p><b>In one transaction</b> with the report: the met obligations (the incident's version, its ETag, moves),
 * the {@code REPORT_RECORDED} audit entry on the incident (the report's id, kind, recipient, sentAt, channel,
 * document number and the obligations' changes) and the {@code report.recorded} event. The event goes out for
 * every incident, escalated or not, since PA05 and the response team receive these reports; it carries no
 * content, which may hold personal data; the pull feed shows the provincial role those of escalated incidents
 * only, as it does every incident's events. It is the only event of the act: no {@code incident.updated} is
 * sent for the obligations it met, since the event names them ({@code met}). A state-secret incident keeps only
 * a summary of each content field, as of its description. With an {@code Idempotency-Key}, a retried POST
 * records once.
 */
package vn.ungcuu.officialreport;
