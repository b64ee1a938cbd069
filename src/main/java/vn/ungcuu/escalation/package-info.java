/**
 * The handshake with the provincial response team (Đội ứng cứu sự cố an toàn thông tin mạng tỉnh).
 *
 * <p>The ESCALATE transition opens a PENDING escalation carrying the initial report (Decision 05/2017 Art. 11.4,
 * Form 03 of Circular 20/2017: the reporting unit, its focal point and its ATTT lead, the affected systems and
 * their levels, detection time, description, assessed impact, measures taken and support requested, the last two
 * from the ESCALATE body), taken from the incident as it was at that moment ({@link
 * vn.ungcuu.escalation.InitialReport}). The provincial role acknowledges it (PENDING → ACKNOWLEDGED), posts
 * updates, completes it (ACKNOWLEDGED → COMPLETED) or returns it (→ RETURNED: an ESCALATED incident goes back to
 * IN_PROGRESS). A step out of order is a 409 with {@code currentStatus} and {@code allowedStatuses}. Each step is
 * audited on the escalation and leaves the service as an outbox event ({@code escalation.created},
 * {@code escalation.updated}). The incident's side of a step is not written here: each step is fired as a
 * {@link vn.ungcuu.escalation.ProvincialStep}, and the triage package, which owns the lifecycle, puts it on the
 * incident's timeline ({@code PROVINCIAL_*} entries) and takes a returned incident back to IN_PROGRESS.
 *
 * <p>While an incident has an open escalation, every change to it goes to the province too: this package
 * observes {@code vn.ungcuu.incident.IncidentChanged} and publishes {@code incident.updated}, so the code that
 * changes incidents never calls escalation code.
 *
 * <p>The provincial role reads the incidents that were ever escalated (any other is a 404 to it; this package
 * answers {@code incident/EscalatedIncidents} for that) and acts only on
 * escalations. The deliveries of an escalation's events, attempt by attempt, are
 * {@code GET /escalations/{id}/deliveries}, read from the outbox by {@code outbox/Deliveries}.
 */
package vn.ungcuu.escalation;
