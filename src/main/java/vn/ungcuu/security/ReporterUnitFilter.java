package vn.ungcuu.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ungcuu.problem.ApiException;

/** A reporter's token must name its unit (claim {@code unit}); without it every request is a 403. */
public class ReporterUnitFilter {

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public void requireUnitClaim(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null && user.has(Roles.REPORTER) && user.unitCode().isEmpty()) {
            throw ApiException.forbidden("A reporter's token must carry its unit code (claim \"unit\")");
        }
    }
}
