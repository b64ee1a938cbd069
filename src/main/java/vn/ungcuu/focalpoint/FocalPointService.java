package vn.ungcuu.focalpoint;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.authority.AuthorityRepository;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;
import vn.ungcuu.unit.ContactData;
import vn.ungcuu.unit.Unit;
import vn.ungcuu.unit.UnitCodes;
import vn.ungcuu.unit.UnitContactsChanged;
import vn.ungcuu.unit.UnitRepository;

/**
 * The focal-point register: the history of a unit's contacts, their declarations to the authority, and the
 * declaration obligation a change of focal point starts. Every write is audited on the unit in its transaction.
 */
@ApplicationScoped
public class FocalPointService {

    static final String HISTORY_SCOPE = "unit-contacts";
    static final String DECLARATIONS_SCOPE = "unit-declarations";
    static final String OBLIGATIONS_SCOPE = "unit-obligations";

    @Inject
    UnitRepository units;

    @Inject
    AuthorityRepository authorities;

    @Inject
    ContactChangeRepository changes;

    @Inject
    DeclarationRepository declarations;

    @Inject
    UnitObligationRepository obligations;

    @Inject
    FocalPointConfig config;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    /**
     * A unit was created or replaced: its lead and focal point changes go into the history, and a new focal point
     * starts the declaration obligation. Runs in the transaction of the unit's change.
     */
    void onUnitContacts(@Observes UnitContactsChanged event) {
        Instant now = time.now();
        if (!Objects.equals(event.previousSecurityLead(), event.securityLead())) {
            append(event.unitCode(), ContactRole.SECURITY_LEAD, event.securityLead(), now);
        }
        if (!Objects.equals(event.previousFocalPoint(), event.focalPoint())) {
            ContactChange change = append(event.unitCode(), ContactRole.FOCAL_POINT, event.focalPoint(), now);
            if (event.focalPoint() != null) {
                start(change, now);
            }
        }
    }

    private ContactChange append(String unitCode, ContactRole role, ContactData contact, Instant now) {
        ContactChange change = new ContactChange();
        change.id = Ids.newId();
        change.unitCode = unitCode;
        change.role = role;
        if (contact != null) {
            change.name = contact.name();
            change.title = contact.title();
            change.phone = contact.phone();
            change.email = contact.email();
        }
        change.changedBy = user.id();
        change.changedAt = now;
        changes.persist(change);
        return change;
    }

    /** FOCAL_POINT_DECLARATION, due the configured time after the change. */
    private void start(ContactChange change, Instant now) {
        UnitObligation obligation = new UnitObligation();
        obligation.id = Ids.newId();
        obligation.unitCode = change.unitCode;
        obligation.kind = UnitObligation.FOCAL_POINT_DECLARATION;
        obligation.legalBasis = UnitObligation.LEGAL_BASIS;
        obligation.changeId = change.id;
        obligation.startsAt = now;
        obligation.dueAt = now.plus(config.declarationWithin());
        obligation.status = UnitObligation.OPEN;
        obligations.persist(obligation);
        audit.record(user.id(), UnitObligation.AUDIT_TYPE, obligation.id.toString(), "START", new Changes()
                .created("unitCode", obligation.unitCode)
                .created("kind", obligation.kind)
                .created("dueAt", obligation.dueAt), now);
    }

    public ContactRegisterView register(String unitCode) {
        return registerOf(visible(unitCode));
    }

    private ContactRegisterView registerOf(Unit unit) {
        Instant now = time.now();
        List<ContactEntryView> contacts = new ArrayList<>();
        for (ContactRole role : ContactRole.values()) {
            ContactChange latest = changes.find("unitCode = ?1 and role = ?2 order by changedAt desc, id desc",
                    unit.code, role).firstResult();
            String name = latest == null ? null : latest.name;
            String title = latest == null ? null : latest.title;
            String phone = latest == null ? null : latest.phone;
            String email = latest == null ? null : latest.email;
            String address = latest == null ? null : latest.address;
            if (role.keptOnUnit()) {
                // the unit's own fields are the contact: the history only says since when
                vn.ungcuu.unit.Contact contact = role == ContactRole.FOCAL_POINT ? unit.focalPoint : unit.securityLead;
                name = contact == null ? null : contact.name;
                title = contact == null ? null : contact.title;
                phone = contact == null ? null : contact.phone;
                email = contact == null ? null : contact.email;
                address = null;
            }
            Instant since = latest == null ? null : latest.changedAt;
            Declaration declared = since == null
                    ? declarations.find("unitCode = ?1 order by declaredAt desc", unit.code).firstResult()
                    : declarations.find("unitCode = ?1 and declaredAt >= ?2 order by declaredAt desc", unit.code,
                            since).firstResult();
            boolean named = name != null || phone != null || email != null || address != null;
            Instant declaredAt = named && declared != null ? declared.declaredAt : null;
            contacts.add(new ContactEntryView(role, name, title, phone, email, address, since, declaredAt,
                    declaredAt != null));
        }
        List<UnitObligationView> open = obligations.find("unitCode = ?1 and status = ?2 order by startsAt, id",
                unit.code, UnitObligation.OPEN).list().stream().map(o -> UnitObligationView.of(o, now)).toList();
        return new ContactRegisterView(unit.code, contacts, open);
    }

    /** Sets the 24/7 contact or the intake address; the lead and the focal point are changed on the unit. */
    @Transactional
    public ContactRegisterView replace(String unitCode, ContactRole role, RegisterContact contact) {
        Unit unit = UnitCodes.valid(unitCode) ? units.findById(unitCode, LockModeType.PESSIMISTIC_WRITE) : null;
        if (unit == null) {
            throw ApiException.notFound("Unit " + unitCode);
        }
        if (role.keptOnUnit()) {
            throw ApiException.invalid("role", "is kept on the unit: change its " + (role == ContactRole.FOCAL_POINT
                    ? "focalPoint" : "securityLead") + " with PUT /api/v1/units/" + unitCode);
        }
        if (!contact.reachable()) {
            throw ApiException.invalid("phone", "give at least one of phone, email and address");
        }
        ContactChange latest = changes.find("unitCode = ?1 and role = ?2 order by changedAt desc, id desc",
                unit.code, role).firstResult();
        if (latest != null && Objects.equals(latest.name, contact.name()) && Objects.equals(latest.title,
                contact.title()) && Objects.equals(latest.phone, contact.phone())
                && Objects.equals(latest.email, contact.email()) && Objects.equals(latest.address, contact.address())) {
            return registerOf(unit);
        }
        Instant now = time.now();
        ContactChange change = new ContactChange();
        change.id = Ids.newId();
        change.unitCode = unit.code;
        change.role = role;
        change.name = contact.name();
        change.title = contact.title();
        change.phone = contact.phone();
        change.email = contact.email();
        change.address = contact.address();
        change.changedBy = user.id();
        change.changedAt = now;
        changes.persist(change);
        audit.record(user.id(), Unit.AUDIT_TYPE, unit.code, "CONTACT_CHANGED", new Changes()
                .created("role", role)
                .field("contact", latest == null ? null : fields(latest), fields(change)), now);
        changes.flush();
        return registerOf(unit);
    }

    /** A contact's own fields, as the audit records them. */
    private static java.util.Map<String, String> fields(ContactChange change) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", change.name);
        fields.put("title", change.title);
        fields.put("phone", change.phone);
        fields.put("email", change.email);
        fields.put("address", change.address);
        return fields;
    }

    public Page<ContactChangeView> history(String unitCode, PageRequest page) {
        Unit unit = visible(unitCode);
        String query = "unitCode = :unit";
        Parameters params = Parameters.with("unit", unit.code);
        if (page.cursor() != null) {
            Cursor.Keyset after = Cursor.decodeKeyset(page.cursor(), HISTORY_SCOPE);
            query += " and (changedAt > :afterTime or (changedAt = :afterTime and id > :afterId))";
            params.and("afterTime", after.time()).and("afterId", after.id());
        }
        List<ContactChange> rows = changes.find(query + " order by changedAt, id", params)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, (ContactChange last) -> Cursor.encodeKeyset(HISTORY_SCOPE, last.changedAt,
                last.id)).map(ContactChangeView::of);
    }

    /**
     * Records a declaration of the unit's contacts: it meets every open obligation of the unit that started at or
     * before {@code declaredAt} (late when after its due time). The unit's reporter, coordinators, administrators.
     */
    @Transactional
    public DeclarationView declare(String unitCode, NewDeclaration input) {
        Unit unit = visible(unitCode);
        if (!user.hasAny(Roles.COORDINATOR, Roles.ADMIN) && !user.belongsTo(unit.code)) {
            // it may read the unit (another of its roles reads every unit), but declares for its own only
            throw ApiException.forbidden("Only the unit's reporter, coordinators and administrators declare its contacts");
        }
        Instant now = time.now();
        if (input.declaredAt().isAfter(now)) {
            throw ApiException.invalid("declaredAt", "must not be in the future");
        }
        if (authorities.findById(input.authorityCode()) == null) {
            throw ApiException.invalid("authorityCode", "no authority has this code (GET /api/v1/authorities)");
        }
        Declaration declaration = new Declaration();
        declaration.id = Ids.newId();
        declaration.unitCode = unit.code;
        declaration.declaredAt = input.declaredAt();
        declaration.authorityCode = input.authorityCode();
        declaration.documentNumber = input.documentNumber();
        declaration.note = input.note();
        declaration.recordedBy = user.id();
        declaration.recordedAt = now;
        declarations.persist(declaration);
        declarations.flush();
        List<UnitObligation> meets = obligations.find("unitCode = ?1 and status = ?2 and startsAt <= ?3",
                unit.code, UnitObligation.OPEN, input.declaredAt()).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        List<UUID> met = new ArrayList<>();
        for (UnitObligation obligation : meets) {
            obligation.status = UnitObligation.MET;
            obligation.metAt = input.declaredAt();
            obligation.metBy = declaration.id;
            met.add(obligation.id);
            // the obligation's own history, which its START began, shows it met
            audit.record(user.id(), UnitObligation.AUDIT_TYPE, obligation.id.toString(), "MEET", new Changes()
                    .field("status", UnitObligation.OPEN, UnitObligation.MET)
                    .created("metAt", obligation.metAt)
                    .created("metBy", obligation.metBy), now);
        }
        audit.record(user.id(), Unit.AUDIT_TYPE, unit.code, "CONTACTS_DECLARED", new Changes()
                .created("declaration.id", declaration.id)
                .created("declaration.declaredAt", declaration.declaredAt)
                .created("declaration.authorityCode", declaration.authorityCode)
                .created("declaration.documentNumber", declaration.documentNumber)
                .created("declaration.met", met.isEmpty() ? null : met), now);
        obligations.flush();
        return DeclarationView.of(declaration, met);
    }

    public Page<DeclarationView> declarations(String unitCode, PageRequest page) {
        Unit unit = visible(unitCode);
        String query = "unitCode = :unit";
        Parameters params = Parameters.with("unit", unit.code);
        if (page.cursor() != null) {
            Cursor.Keyset after = Cursor.decodeKeyset(page.cursor(), DECLARATIONS_SCOPE);
            query += " and (declaredAt > :afterTime or (declaredAt = :afterTime and id > :afterId))";
            params.and("afterTime", after.time()).and("afterId", after.id());
        }
        List<Declaration> rows = declarations.find(query + " order by declaredAt, id", params)
                .page(0, page.fetchSize()).list();
        Page<Declaration> found = Page.of(rows, page, (Declaration last) -> Cursor.encodeKeyset(DECLARATIONS_SCOPE,
                last.declaredAt, last.id));
        // what each met, in one query for the page rather than one per declaration
        Map<UUID, List<UUID>> met = new HashMap<>();
        List<UUID> ids = found.items().stream().map(declaration -> declaration.id).toList();
        if (!ids.isEmpty()) {
            obligations.find("metBy in ?1 order by startsAt, id", ids).list()
                    .forEach(o -> met.computeIfAbsent(o.metBy, key -> new ArrayList<>()).add(o.id));
        }
        return found.map(declaration -> DeclarationView.of(declaration, met.getOrDefault(declaration.id, List.of())));
    }

    public DeclarationView declaration(String unitCode, UUID id) {
        Unit unit = visible(unitCode);
        Declaration declaration = declarations.findById(id);
        if (declaration == null || !declaration.unitCode.equals(unit.code)) {
            throw ApiException.notFound("Declaration " + id);
        }
        return view(declaration);
    }

    private DeclarationView view(Declaration declaration) {
        List<UUID> met = obligations.find("metBy = ?1 order by startsAt, id", declaration.id).list().stream()
                .map(o -> o.id).toList();
        return DeclarationView.of(declaration, met);
    }

    /** The units' obligations: every unit's, or the reporter's own unit's; OPEN or MET; only those past due. */
    public Page<UnitObligationView> obligations(String unitCode, String status, Boolean overdue, PageRequest page) {
        Instant now = time.now();
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!user.hasAny(Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN)) {
            query.append(" and unitCode = :own");
            params.and("own", user.unitCode().orElse(""));
        }
        if (unitCode != null) {
            query.append(" and unitCode = :unit");
            params.and("unit", unitCode);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (overdue != null) {
            query.append(overdue ? " and status = 'OPEN' and dueAt < :now" : " and not (status = 'OPEN' and dueAt < :now)");
            params.and("now", now);
        }
        if (page.cursor() != null) {
            Cursor.Keyset after = Cursor.decodeKeyset(page.cursor(), OBLIGATIONS_SCOPE);
            query.append(" and (dueAt > :afterTime or (dueAt = :afterTime and id > :afterId))");
            params.and("afterTime", after.time()).and("afterId", after.id());
        }
        List<UnitObligation> rows = obligations.find(query + " order by dueAt, id", params)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, (UnitObligation last) -> Cursor.encodeKeyset(OBLIGATIONS_SCOPE, last.dueAt,
                last.id)).map(o -> UnitObligationView.of(o, now));
    }

    /** A unit the caller may see; another unit (for its reporter) and unknown codes are 404 alike. */
    private Unit visible(String code) {
        Unit unit = UnitCodes.valid(code) ? units.findById(code) : null;
        if (unit == null || user.onlyReporter() && !user.belongsTo(code)) {
            throw ApiException.notFound("Unit " + code);
        }
        return unit;
    }
}
