package vn.ungcuu.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.ungcuu.security.LocalKeys;
import vn.ungcuu.security.Roles;

/**
 * {@code token --role R [--role R2] [--unit CODE] [--sub ID] [--hours N]}: prints a token signed with
 * the local key (creating it if needed), for trying the service out in local mode.
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static int run(String... args) {
        List<String> roles = new ArrayList<>();
        String unit = null;
        String subject = null;
        long hours = 8;
        try {
            for (int i = 1; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--role" -> roles.add(require(value, "--role"));
                    case "--unit" -> unit = require(value, "--unit");
                    case "--sub" -> subject = require(value, "--sub");
                    case "--hours" -> hours = Long.parseLong(require(value, "--hours"));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
                throw new IllegalArgumentException("give --role, one of " + Roles.ALL);
            }
            if (roles.contains(Roles.REPORTER) && unit == null) {
                throw new IllegalArgumentException("a reporter needs --unit CODE");
            }
            if (subject == null) {
                subject = "local-" + String.join("-", roles) + (unit == null ? "" : "-" + unit.toLowerCase());
            }
            LocalKeys keys = LocalMode.keys(LocalMode.dataFolder()).ensure();
            System.out.println(keys.mint(subject, roles, unit, Duration.ofHours(hours)));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("token: " + e.getMessage());
            System.err.println("usage: token --role ROLE [--role ROLE] [--unit CODE] [--sub ID] [--hours N]");
            return 2;
        } catch (Exception e) {
            System.err.println("token: " + e.getMessage());
            return 1;
        }
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
