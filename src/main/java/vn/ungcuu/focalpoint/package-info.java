/**
 * The focal-point register: a unit's contacts (its ATTT/ANM lead, its incident-response focal point, its 24/7
 * contact and its public incident-intake address), the full history of their changes, the declarations of them
 * to the authority, and the unit's obligation to declare a new focal point.
 *
 * <p><b>One home per contact.</b> The lead and the focal point are the unit's own fields, changed with
 * {@code PUT /units/{code}} as before; the unit package fires {@link vn.ungcuu.unit.UnitContactsChanged} in the
 * transaction of the change, and this package copies the change into the append-only history. The 24/7 contact and
 * the intake address are kept here only ({@code PUT /units/{code}/contacts/{role}}). The current contact of a role
 * is its latest change; a role never changed here since this register began has no {@code since}.
 *
 * <p><b>The declaration obligation</b> is a unit's, not an incident's, so it is kept apart from the incident
 * obligations of the regimes ({@code incident/Obligations}): a change of focal point to a named person starts
 * {@code FOCAL_POINT_DECLARATION}, due {@code ungcuu.focal-points.declaration-within} (default 24 h, the legacy
 * rule of Circular 20/2017) after the change; Decree 330/2026 Art. 21 fines a focal point not declared or not
 * updated. Recording a declaration ({@code POST /units/{code}/declarations}) meets every open obligation of the
 * unit that started at or before its {@code declaredAt}, late ({@code breached}) when after the due time. An
 * obligation open past its due time is {@code breached} as it is read ({@code GET /unit-obligations?overdue=true}
 * lists them); no background job is needed for that, and none publishes a breach event yet.
 *
 * <p>Every change, declaration and obligation start is audited on the unit in its transaction. Of the features,
 * this package depends on unit and authority (a declaration names the authority it went to).
 */
package vn.ungcuu.focalpoint;
