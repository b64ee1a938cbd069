/**
 * Exports of one incident in the formats incident-response teams exchange:
 * {@code GET /incidents/{id}/export?format=stix|iodef}, for whoever may read the incident (anyone else gets the
 * same 404 as for an incident that does not exist). Read-only.
 *
 * <p><b>STIX 2.1</b> bundle ({@code application/stix+json;version=2.1}, or {@code application/json}): the unit's
 * identity, the incident (RSIT class and type and the national category in {@code labels}, the reference in
 * {@code external_references}) and the OASIS TLP 2.0 marking definition of its TLP. STIX ids must be UUID
 * versions 1–5, so the incident's STIX id is a version 5 UUID derived from its (version 7) id: stable across
 * exports, so a consumer updates the object rather than duplicating it.
 *
 * <p><b>IODEF</b>: an RFC 7970 document ({@code application/xml}, written with the JDK's StAX, so escaping is the
 * writer's job); the restriction comes from the TLP (AMBER+STRICT is written {@code amber}, the exact label kept
 * in {@code AdditionalData}), the RSIT class goes in {@code Assessment/IncidentCategory}.
 *
 * <p>Categories map to RSIT in {@link vn.ungcuu.exchange.RsitClass} (ENISA's RSIT machine tags); its switch has
 * no default, so a new category does not compile until it is mapped. The writers are plain Java: the service
 * hands them the entities it read.
 */
package vn.ungcuu.exchange;
