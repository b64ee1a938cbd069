/**
 * Incidents: filing, reading, editing and listing them, and who may see which.
 *
 * <p><b>Who sees what.</b> {@link vn.ungcuu.incident.IncidentAccess} decides it in one place: coordinators,
 * auditors and administrators see every incident; a reporter its own unit's and those of every unit its unit
 * succeeded (merges and splits hand the history on: {@code vn.ungcuu.unit.UnitMap}); a responder those assigned to it;
 * the provincial role those ever escalated. An incident a caller may not see answers 404, exactly like one that
 * does not exist, so a caller cannot even learn that it exists. Lists apply the same scope inside their query
 * ({@link vn.ungcuu.incident.IncidentQuery}).
 *
 * <p><b>References</b> {@code SC-<year>-<NNNNNN>} come from a per-year counter row updated in the create's
 * transaction, so numbers are unique and gap-free: a gap would look like a deleted incident. The year is taken
 * in {@code ungcuu.time-zone} ({@code Asia/Ho_Chi_Minh}). The counter is taken last, to hold its row lock as
 * briefly as possible; it still serialises the creates of a year, the known limit on create throughput
 * ({@code deploy/bench/README.md}).
 *
 * <p><b>Editing</b> is a JSON merge patch (RFC 7396, {@code application/merge-patch+json} or
 * {@code application/json}, {@link vn.ungcuu.incident.IncidentEdit}): merged onto the editable fields, validated
 * as a whole, then applied, under a row lock and honouring {@code If-Match}. Read-only fields ({@code status},
 * {@code unitCode}, {@code reference} and the like) are a 400: the status moves only by the transitions of
 * {@code vn.ungcuu.triage}. Coordinators edit everything; the unit's reporter and the assigned responder edit the
 * descriptive fields, not the assignee. CLOSED and REJECTED incidents are not editable (409).
 *
 * <p><b>Checked on every write:</b> {@code detectedAt} is not in the future (5 minutes of client clock skew are
 * tolerated); an incident flagged {@code stateSecret} keeps only a summary as its description (at most
 * {@code ungcuu.state-secret.summary-max-length} characters), on create and on every edit, since state-secret
 * material must not sit on a networked machine. An incident rejected as a duplicate links both ways
 * ({@code duplicateOf} on it, {@code duplicates} on the original, listing those the caller may read); nothing
 * is deleted, both histories stay, and the duplicate's reporter still reads it.
 *
 * <p><b>Lists</b> are keyset-paged over (time, id) in each sort ({@link vn.ungcuu.incident.IncidentSort}); with
 * {@code Accept: text/csv} or NDJSON they stream every matching incident, a page at a time, in flat memory
 * ({@link vn.ungcuu.incident.IncidentExport}). The text search {@code q} is accent-insensitive
 * ({@link vn.ungcuu.incident.SearchText}: "ma doc" finds "mã độc"). Reads (a single incident, pages, exports) go
 * through {@link vn.ungcuu.incident.IncidentReader}, without managed entities; changes through the repository.
 *
 * <p><b>Obligations.</b> Each incident is handled under one stored regime version ({@code vn.ungcuu.regime}), the
 * one in force on the local day it was detected; a newer version never changes it. Its {@code deadlines} are
 * that regime's obligations, and {@link vn.ungcuu.incident.Obligations} is the only code that moves them: it
 * reads each rule (occasion, condition, due point and duration, what meets it, recipient) from the regime, so a
 * changed duration or recipient is a new regime version, not a release. Each obligation keeps the regime
 * version of its rule, so one met under an earlier regime keeps its title and legal basis after a change of
 * regime. Obligations are never dropped: met, waived with a reason, or open. Depending on the regime package
 * is fine: it knows nothing of incidents. {@link vn.ungcuu.incident.PersonalDataRecord} keeps what personal
 * data the incident touched, which starts the personal-data obligations and sets {@code retainUntil}.
 *
 * <p><b>Dependencies.</b> The features built on incidents (triage, escalation, playbook, evidence, comment,
 * exchange, report) depend on this package, and this package must not depend on them. They learn of a change
 * through {@link vn.ungcuu.incident.IncidentChanged}, a CDI event fired inside the changing transaction (the
 * escalation feature turns it into an {@code incident.updated} event for the provincial team). Where this
 * package needs a fact another feature owns, it declares what it needs and the feature supplies it: whether an
 * incident was ever escalated is {@link vn.ungcuu.incident.EscalatedIncidents}, answered by the escalation
 * package; the audit action of an internal note is {@code Incident.INTERNAL_NOTE_ACTION}, written by the
 * comment package and hidden here from the history of callers who may not read such notes.
 */
package vn.ungcuu.incident;
