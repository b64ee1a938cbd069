package vn.ungcuu.authority;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.http.ETags;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.security.CurrentUser;

/**
 * The authorities: every caller with a role reads them; administrators create and replace them, each write
 * audited in its transaction. There is no delete: an authority reports were addressed to stays, deactivated.
 */
@ApplicationScoped
public class AuthorityService {

    private static final Pattern CODE = Pattern.compile(AuthorityInput.CODE_PATTERN);

    @Inject
    AuthorityRepository authorities;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    public Page<AuthorityView> list(PageRequest page, Boolean active) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (active != null) {
            query.append(" and active = :active");
            params.and("active", active);
        }
        if (page.cursor() != null) {
            query.append(" and code > :after");
            params.and("after", Cursor.decode(page.cursor(), "authorities", 1).values().get(0));
        }
        List<Authority> rows = authorities.find(query + " order by code", params).page(0, page.fetchSize()).list();
        return Page.of(rows, page, (Authority last) -> new Cursor("authorities", List.of(last.code)).encode())
                .map(AuthorityView::of);
    }

    public AuthorityView get(String code) {
        Authority authority = valid(code) ? authorities.findById(code) : null;
        if (authority == null) {
            throw ApiException.notFound("Authority " + code);
        }
        return AuthorityView.of(authority);
    }

    @Transactional
    public AuthorityView create(AuthorityInput input) {
        if (input.code() == null) {
            throw ApiException.invalid("code", "must not be null");
        }
        Channels.require(input.channels());
        if (authorities.findById(input.code()) != null) {
            throw new ApiException(ProblemType.ALREADY_EXISTS,
                    "An authority with code " + input.code() + " already exists");
        }
        Instant now = time.now();
        Authority authority = new Authority();
        authority.code = input.code();
        authority.nameVi = input.nameVi();
        authority.nameEn = input.nameEn();
        authority.channels = Channels.write(input.channels());
        authority.active = input.isActive();
        authority.createdAt = now;
        authority.updatedAt = now;
        authorities.persist(authority);
        audit.record(user.id(), Authority.AUDIT_TYPE, authority.code, "CREATE", new Changes()
                .created("nameVi", authority.nameVi)
                .created("nameEn", authority.nameEn)
                .created("channels", input.channels().toArray())
                .created("active", authority.active), now);
        // a concurrent create of the same code fails here, on the primary key: 409 already-exists
        authorities.flush();
        return AuthorityView.of(authority);
    }

    /**
     * Replaces the names, the channels and active. A PUT that changes nothing writes nothing (no new version, no
     * audit entry) and answers the authority as it is.
     */
    @Transactional
    public AuthorityView replace(String code, AuthorityInput input, String ifMatch) {
        if (input.code() != null && !input.code().equals(code)) {
            throw ApiException.invalid("code", "must equal the code in the path (" + code + ")");
        }
        Authority authority = valid(code) ? authorities.findById(code, LockModeType.PESSIMISTIC_WRITE) : null;
        if (authority == null) {
            throw ApiException.notFound("Authority " + code);
        }
        ETags.requireMatch(ifMatch, authority.version);
        Channels.require(input.channels());
        boolean active = input.isActive();
        Changes changes = new Changes()
                .field("nameVi", authority.nameVi, input.nameVi())
                .field("nameEn", authority.nameEn, input.nameEn())
                .field("channels", Channels.read(authority.channels).toArray(), input.channels().toArray())
                .field("active", authority.active, active);
        if (changes.isEmpty()) {
            return AuthorityView.of(authority);
        }
        // assigned only on a change: the stored jsonb reads back reformatted, and a rewritten string would
        // count as an update
        Instant now = time.now();
        authority.nameVi = input.nameVi();
        authority.nameEn = input.nameEn();
        authority.channels = Channels.write(input.channels());
        authority.active = active;
        authority.updatedAt = now;
        audit.record(user.id(), Authority.AUDIT_TYPE, code, "UPDATE", changes, now);
        authorities.flush();
        return AuthorityView.of(authority);
    }

    private static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
