package vn.ungcuu.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The From of every message, {@code quarkus.mailer.from}: {@code UngCuu <no-reply@example.vn>} or an address. */
record Sender(String name, String address) {

    private static final Pattern NAMED = Pattern.compile("^\\s*\"?(.*?)\"?\\s*<([^<>\\s]+@[^<>\\s]+)>\\s*$");

    static Sender parse(String from) {
        Matcher named = NAMED.matcher(from);
        if (named.matches()) {
            String name = named.group(1).strip();
            return new Sender(name.isEmpty() ? null : name, named.group(2));
        }
        String address = from.strip();
        if (!address.matches("[^<>\\s@]+@[^<>\\s@]+")) {
            throw new IllegalArgumentException("quarkus.mailer.from is not an address: " + from);
        }
        return new Sender(null, address);
    }

    /** The domain of the address, which also names the Message-IDs. */
    String domain() {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
