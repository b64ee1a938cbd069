package vn.ungcuu.people;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.ungcuu.security.CurrentUser;

/**
 * Notes every authenticated caller in the directory once the service has answered them successfully: a refused
 * request changes nothing, not even the directory (HostileInputIT holds every refusal to that). It runs on the
 * request's worker thread, and a directory that cannot be written never fails the answer: the next call tries again.
 */
public class PeopleFilter {

    private static final Logger LOG = Logger.getLogger(PeopleFilter.class);

    @Inject
    CurrentUser user;

    @Inject
    PeopleDirectory directory;

    @ServerResponseFilter
    public void noteCaller(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 || request.getSecurityContext().getUserPrincipal() == null || user.id() == null) {
            return;
        }
        try {
            directory.note(Claims.of(user));
        } catch (RuntimeException e) {
            LOG.warnf("The people directory could not note a caller: %s", e.getClass().getSimpleName());
        }
    }
}
