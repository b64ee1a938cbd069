package vn.ungcuu.unit;

import jakarta.persistence.Embeddable;

/** A named person of a unit: its leader responsible for ATTT or its focal point officer. */
@Embeddable
public class Contact {
    public String name;
    public String title;
    public String phone;
    public String email;

    static Contact of(ContactData data) {
        if (data == null) {
            return null;
        }
        Contact contact = new Contact();
        contact.name = data.name();
        contact.title = data.title();
        contact.phone = data.phone();
        contact.email = data.email();
        return contact;
    }

    static ContactData view(Contact contact) {
        return contact == null || contact.name == null && contact.title == null && contact.phone == null
                && contact.email == null
                ? null
                : new ContactData(contact.name, contact.title, contact.phone, contact.email);
    }
}
