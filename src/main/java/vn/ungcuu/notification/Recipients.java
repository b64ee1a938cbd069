package vn.ungcuu.notification;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.people.MailContact;
import vn.ungcuu.people.PeopleDirectory;
import vn.ungcuu.security.CurrentUser;

/**
 * Turns an {@link Audience} into addresses, applying the two rules every message keeps: nobody is told of their own
 * change (by id, or by address: the focal point who filed an incident gets no copy of their own receipt), and a
 * person who turned e-mail off gets nothing but legal-deadline warnings. The coordinators' mailbox is not a person:
 * nobody opts it out, and it hears of changes its own coordinators made (the others need to know).
 */
@ApplicationScoped
class Recipients {

    @Inject
    PeopleDirectory people;

    @Inject
    UngCuuConfig config;

    @Inject
    Instance<CurrentUser> caller;

    /** The coordinators' mailbox(es), as configured. */
    List<String> mailbox() {
        return config.notifications().coordinators().orElse(List.of()).stream().map(String::strip)
                .filter(address -> !address.isEmpty()).toList();
    }

    /** The addresses the audience reaches for a message of this kind about a change by this actor (null: the service). */
    List<String> addresses(Audience audience, NoticeKind kind, String actor) {
        Optional<String> actorAddress = actorAddress(actor);
        boolean legal = kind.isLegalDeadline();
        Set<String> addresses = new LinkedHashSet<>();
        List<String> contacts = new ArrayList<>();
        for (Audience.Member member : audience.members()) {
            switch (member.source()) {
                case MAILBOX -> mailbox().forEach(address -> addresses.add(lower(address)));
                case PERSON -> {
                    if (member.value().equals(actor)) {
                        continue;
                    }
                    people.contact(member.value())
                            .filter(person -> person.email() != null && (legal || person.wantsEmail()))
                            .map(person -> lower(person.email()))
                            .filter(address -> actorAddress.map(own -> !own.equals(address)).orElse(true))
                            .ifPresent(addresses::add);
                }
                case CONTACT -> {
                    String address = lower(member.value());
                    if (actorAddress.map(own -> !own.equals(address)).orElse(true)) {
                        contacts.add(address);
                    }
                }
            }
        }
        if (!legal) {
            contacts.removeAll(people.optedOut(contacts));
        }
        addresses.addAll(contacts);
        return List.copyOf(addresses);
    }

    /**
     * The actor's address: the directory's, else their token's when they are the caller (the directory notes a
     * caller after their first answer, so a first call's actor is not in it yet).
     */
    private Optional<String> actorAddress(String actor) {
        Optional<String> known = people.contact(actor).map(MailContact::email);
        if (known.isEmpty() && actor != null && Arc.container().requestContext().isActive()) {
            CurrentUser user = caller.get();
            if (actor.equals(user.id())) {
                known = user.email();
            }
        }
        return known.map(Recipients::lower);
    }

    private static String lower(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
