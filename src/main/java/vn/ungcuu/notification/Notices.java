package vn.ungcuu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ungcuu.authority.Authority;
import vn.ungcuu.authority.AuthorityRepository;
import vn.ungcuu.incident.Deadline;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.Tlp;
import vn.ungcuu.people.MailContact;
import vn.ungcuu.people.PeopleDirectory;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.regime.RegimeStore;
import vn.ungcuu.unit.Unit;
import vn.ungcuu.unit.UnitRepository;
import vn.ungcuu.webapp.WebAppConfig;

/**
 * Builds what a message may say about an incident, and only that: the protection rules (TLP:RED, state secret) are
 * applied here, before any template sees the facts.
 */
@ApplicationScoped
class Notices {

    /** The web app's route of an incident (src/main/resources/web/app/routes.js). */
    static final String INCIDENT_ROUTE = "/#/su-co/";

    @Inject
    WebAppConfig web;

    @Inject
    UnitRepository units;

    @Inject
    AuthorityRepository authorities;

    @Inject
    RegimeStore regimes;

    @Inject
    PeopleDirectory people;

    @Inject
    Times times;

    /** What the message says: the protection rules decide which of the given parts it keeps. */
    Notice of(NoticeKind kind, Incident incident, Instant now, String actor, EscalationStep step,
            Notice.Report report, Notice.Due due, String text, boolean withDescription) {
        String link = link(incident.id);
        if (incident.tlp == Tlp.RED) {
            return new Notice(kind, incident.reference, link, true, incident.stateSecret, null, null, null, null,
                    null, null);
        }
        boolean secret = incident.stateSecret;
        Notice.Facts facts = new Notice.Facts(secret ? null : shorten(incident.title, 200),
                secret || !withDescription ? null : incident.description, unitName(incident.unitCode),
                Labels.category(incident.category), Labels.status(incident.status), incident.tlp.name(),
                times.when(incident.detectedAt), times.when(incident.reportedAt), name(incident.reportedBy),
                incident.assignee == null ? null : name(incident.assignee), clocks(incident, now));
        return new Notice(kind, incident.reference, link, false, secret, facts, actor == null ? null : name(actor),
                step, report, due, secret ? null : text);
    }

    /** The obligation a legal-deadline warning is about: what, to whom, due when, how long is left, on what basis. */
    Notice.Due due(Incident incident, Deadline deadline, Instant now) {
        return new Notice.Due(obligationTitle(deadline.regimeId, deadline.regimeVersion, deadline.kind),
                recipient(deadline.recipient), times.when(deadline.dueAt),
                Times.left(Duration.between(now, deadline.dueAt)),
                obligation(deadline.regimeId, deadline.regimeVersion, deadline.kind)
                        .map(rule -> rule.legalBasis().document() + ", " + rule.legalBasis().article()).orElse(null));
    }

    /** The address of the incident's unit's focal point, when it has one. */
    String focalPoint(Incident incident) {
        Unit unit = units.findById(incident.unitCode);
        return unit == null || unit.focalPoint == null ? null : unit.focalPoint.email;
    }

    String link(UUID incidentId) {
        return base() + INCIDENT_ROUTE + incidentId;
    }

    String base() {
        String base = web.baseUrl().strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The open obligations, soonest first. */
    List<Notice.Clock> clocks(Incident incident, Instant now) {
        return incident.deadlines.stream().filter(Deadline::isOpen)
                .sorted(Comparator.comparing((Deadline deadline) -> deadline.dueAt))
                .map(deadline -> new Notice.Clock(obligationTitle(deadline.regimeId, deadline.regimeVersion,
                        deadline.kind), recipient(deadline.recipient), times.when(deadline.dueAt),
                        now.isAfter(deadline.dueAt)))
                .toList();
    }

    Words obligationTitle(String regimeId, int regimeVersion, String kind) {
        return obligation(regimeId, regimeVersion, kind).map(rule -> new Words(rule.title().vi(), rule.title().en()))
                .orElse(new Words(kind, kind));
    }

    Optional<Regime.Obligation> obligation(String regimeId, int regimeVersion, String kind) {
        return regimes.version(regimeId, regimeVersion).flatMap(regime -> regime.obligation(kind));
    }

    Words reportKind(Incident incident, String kind) {
        return regimes.version(incident.regimeId, incident.regimeVersion).flatMap(regime -> regime.reportKind(kind))
                .map(report -> new Words(report.title().vi(), report.title().en())).orElse(new Words(kind, kind));
    }

    /** An authority by its name and code; the data subjects by name. */
    String recipient(String code) {
        if (code == null) {
            return null;
        }
        if ("DATA-SUBJECTS".equals(code)) {
            return Labels.DATA_SUBJECTS.vi() + " / " + Labels.DATA_SUBJECTS.en();
        }
        Authority authority = authorities.findById(code);
        return authority == null ? code : authority.nameVi + " (" + code + ")";
    }

    String unitName(String code) {
        Unit unit = units.findById(code);
        return unit == null ? code : unit.name + " (" + code + ")";
    }

    /** A person's name from the directory, else their id. */
    String name(String personId) {
        return people.contact(personId).map(MailContact::name).orElse(personId);
    }

    static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
