/**
 * Triage: the incident lifecycle and its transitions, the severity assessment, and the regulatory deadlines
 * with the watch that marks their breaches.
 *
 * <p><b>One table.</b> {@link vn.ungcuu.triage.Lifecycle} says which action is possible from which status
 * (NEW → TRIAGED → IN_PROGRESS → RESOLVED → CLOSED; ESCALATED from TRIAGED and IN_PROGRESS; REJECTED from NEW
 * and TRIAGED; REOPEN from RESOLVED and CLOSED), and one rule says who may take it: coordinators every action,
 * a responder START and RESOLVE on what is assigned to it. A new state machine gets a table like it, not
 * {@code if}s spread over services. An impossible action is a 409 whose body lists {@code allowedActions} and
 * {@code currentStatus} (RFC 9457 extension members), so a client can offer what is possible instead.
 *
 * <p><b>Transitions</b> ({@link vn.ungcuu.triage.TransitionService}) lock the incident row, so two concurrent
 * transitions from one state never both succeed; {@code If-Match} is honoured. TRIAGE needs a prior assessment
 * (409 otherwise) and turns the active playbook into tasks; ESCALATE opens a PENDING escalation carrying the
 * initial report ({@link vn.ungcuu.triage.InitialReports}); CLOSE stores the end-of-response report and is
 * refused while tasks are open unless the coordinator gives {@code openTasksReason}; REJECT may name
 * {@code duplicateOf}; REOPEN clears the resolution times. Each transition is one audit entry with the status
 * from and to, the action's fields and the optional {@code comment}, and fires
 * {@code vn.ungcuu.incident.IncidentChanged}.
 *
 * <p><b>Assessment.</b> The classifier and its criteria are {@code vn.ungcuu.severity}; storing and versioning
 * the criteria is here ({@link vn.ungcuu.triage.CriteriaStore}): the shipped file
 * ({@code ungcuu.severity.criteria-resource}) is stored at start unless its version is already there, a stored
 * version is never rewritten (a changed file needs a new version number), and each assessment records the
 * version it used, so a new version never changes what past assessments meant. An override changes
 * {@code severity} only, never {@code legalClass}, needs a justification, and is audited as
 * {@code ASSESS_OVERRIDE}.
 *
 * <p><b>Obligations</b> (the {@code deadlines} of an incident) are the regime's data, not code: each incident is
 * handled under the regime version in force on the local day it was detected ({@code vn.ungcuu.regime}), and
 * {@code vn.ungcuu.incident.Obligations} starts, meets and waives its obligations by that regime's rules.
 * {@link vn.ungcuu.triage.ObligationRules} says which occasion a transition is (meet what the action meets,
 * start what it starts; REJECT waives every open one with its reason, REOPEN those the resolution started), and
 * {@link vn.ungcuu.triage.ObligationFacts} which answers hold. None is ever dropped: a waived one stays listed.
 * A coordinator may hand an incident to another regime version ({@link vn.ungcuu.triage.RegimeChangeService}):
 * open obligations are recomputed, met and waived ones stay.
 * {@link vn.ungcuu.triage.DeadlineWatch} runs every minute and marks each overdue open obligation once: a
 * {@code DEADLINE_BREACHED} audit entry by actor {@code system}, the metric
 * {@code ungcuu_deadlines_breached_total{kind}} and a {@code deadline.breached} event. It claims incidents with
 * {@code FOR UPDATE SKIP LOCKED}, so every instance may run it at once. Time comes from
 * {@code vn.ungcuu.clock.TimeSource}, which the tests move instead of waiting.
 */
package vn.ungcuu.triage;
