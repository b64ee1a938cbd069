package vn.ungcuu.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a message is for, before {@link Recipients} turns them into addresses: the coordinators' mailbox, people of
 * the directory (by id) and a unit's contacts (by address).
 */
final class Audience {

    enum Source { MAILBOX, PERSON, CONTACT }

    /** One intended recipient: a person's id, or an address. */
    record Member(Source source, String value) {
    }

    private final List<Member> members = new ArrayList<>();

    Audience mailbox() {
        members.add(new Member(Source.MAILBOX, null));
        return this;
    }

    /** A person of the directory by id (assignee, reporter); nothing when null. */
    Audience person(String id) {
        if (id != null) {
            members.add(new Member(Source.PERSON, id));
        }
        return this;
    }

    /** A unit's contact by address (its focal point); nothing when null. */
    Audience contact(String address) {
        if (address != null && !address.isBlank()) {
            members.add(new Member(Source.CONTACT, address.strip()));
        }
        return this;
    }

    List<Member> members() {
        return List.copyOf(members);
    }
}
