package vn.ungcuu.incident;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.ungcuu.persistence.HqlFilters;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;
import vn.ungcuu.unit.UnitMaps;

/**
 * Who may see and edit which incident. Coordinators, auditors and administrators see all; a reporter
 * sees its unit's incidents and those of every unit its unit succeeded (it carries their history on), a responder
 * those assigned to it, the provincial team those ever escalated. Anything else is answered 404, so that a caller
 * cannot learn that an incident exists. Editing stays with the reporters of the unit the incident was filed under.
 */
@ApplicationScoped
public class IncidentAccess {

    @Inject
    CurrentUser user;

    @Inject
    EscalatedIncidents escalated;

    @Inject
    UnitMaps unitMaps;

    public boolean canRead(Incident incident) {
        if (user.seesAllIncidents()) {
            return true;
        }
        return user.has(Roles.REPORTER) && (user.belongsTo(incident.unitCode) || reporterUnits().contains(
                incident.unitCode))
                || isAssignedResponder(incident)
                || user.has(Roles.PROVINCIAL) && escalated.wasEscalated(incident.id);
    }

    /**
     * The units whose incidents the caller reads as a reporter: its own and every unit it succeeded, through the
     * successions effective today (a merge or a split hands the old unit's history to each successor).
     */
    Set<String> reporterUnits() {
        return user.unitCode().map(own -> unitMaps.current().withPredecessors(own)).orElse(Set.of());
    }

    /** The caller is a responder and this incident is assigned to it. */
    public boolean isAssignedResponder(Incident incident) {
        return user.has(Roles.RESPONDER) && user.id().equals(incident.assignee);
    }

    public Incident requireReadable(Incident incident) {
        if (incident == null || !canRead(incident)) {
            throw ApiException.notFound("Incident");
        }
        return incident;
    }

    /**
     * Who may edit the incident's fields: coordinators any; its unit's reporter and its assigned
     * responder the descriptive fields only (not the assignee). Callers who can read but not edit get 403.
     */
    public void requireEditable(Incident incident, boolean changesAssignee) {
        if (user.has(Roles.COORDINATOR)) {
            return;
        }
        boolean reporterOfUnit = user.has(Roles.REPORTER) && user.belongsTo(incident.unitCode);
        boolean assignedResponder = isAssignedResponder(incident);
        if (!reporterOfUnit && !assignedResponder) {
            throw ApiException.forbidden("Your role may not edit this incident");
        }
        if (changesAssignee) {
            throw ApiException.forbidden("Only coordinators assign incidents");
        }
    }

    /** The HQL condition (on alias {@code i}) restricting a list to what the caller may read. */
    public String listCondition(Parameters params) {
        if (user.seesAllIncidents()) {
            return "1 = 1";
        }
        List<String> any = new ArrayList<>();
        if (user.has(Roles.REPORTER) && user.unitCode().isPresent()) {
            any.add(HqlFilters.anyOf("i.unitCode", "ownUnits", reporterUnits(), params::and));
        }
        if (user.has(Roles.RESPONDER)) {
            any.add("i.assignee = :me");
            params.and("me", user.id());
        }
        if (user.has(Roles.PROVINCIAL)) {
            any.add(escalated.wasEscalatedCondition("i"));
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
    }
}
