package vn.ungcuu.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.ungcuu.security.LocalKeys;
import vn.ungcuu.security.Roles;

/**
 * {@code token --role R [--role R2] [--unit CODE] [--sub ID] [--name N] [--email E] [--hours N] [--url]}: prints a
 * token signed with the local key (creating it if needed), for trying the service out in local mode; with
 * {@code --url}, the web app's sign-in link ({@code http://localhost:8080/#token=…}: a fragment, which the browser
 * never sends to a server). The base is {@code UNGCUU_WEB_BASE_URL}, or localhost on {@code QUARKUS_HTTP_PORT}.
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static int run(String... args) {
        List<String> roles = new ArrayList<>();
        String unit = null;
        String subject = null;
        long hours = 8;
        boolean url = false;
        Map<String, String> profile = new TreeMap<>();
        try {
            for (int i = 1; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--role" -> roles.add(require(value, "--role"));
                    case "--unit" -> unit = require(value, "--unit");
                    case "--sub" -> subject = require(value, "--sub");
                    case "--hours" -> hours = Long.parseLong(require(value, "--hours"));
                    case "--name" -> profile.put("name", require(value, "--name"));
                    case "--email" -> profile.put("email", require(value, "--email"));
                    case "--url" -> {
                        url = true;
                        continue;
                    }
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
            String token = keys.mint(subject, roles, unit, profile, Duration.ofHours(hours));
            System.out.println(url ? webBase(System.getenv()) + "/#token=" + token : token);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("token: " + e.getMessage());
            System.err.println("usage: token --role ROLE [--role ROLE] [--unit CODE] [--sub ID] [--name NAME] "
                    + "[--email ADDRESS] [--hours N] [--url]");
            return 2;
        } catch (Exception e) {
            System.err.println("token: " + e.getMessage());
            return 1;
        }
    }

    /** Where the web app is opened: the deployment's base URL, or this machine on the service's port. */
    static String webBase(Map<String, String> env) {
        String base = env.get("UNGCUU_WEB_BASE_URL");
        if (base != null && !base.isBlank()) {
            return base.replaceAll("/+$", "");
        }
        return "http://localhost:" + env.getOrDefault("QUARKUS_HTTP_PORT", "8080");
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
