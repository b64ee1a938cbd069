package vn.ungcuu.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import vn.ungcuu.security.LocalKeys;
import vn.ungcuu.security.Roles;

/**
 * Mints tokens for the tests with the test-only key in {@code src/test/resources/test-keys} (trusted by
 * the test profile only), plus the broken ones the security tests need.
 */
public final class Tokens {

    public static final String ISSUER = "https://test.ungcuu.invalid";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    public static String reporter(String unit) {
        return token("reporter-" + unit.toLowerCase() + "-" + shortId(), List.of(Roles.REPORTER), unit);
    }

    public static String coordinator() {
        return token("coordinator-" + shortId(), List.of(Roles.COORDINATOR), null);
    }

    public static String responder(String subject) {
        return token(subject, List.of(Roles.RESPONDER), null);
    }

    public static String admin() {
        return token("admin-" + shortId(), List.of(Roles.ADMIN), null);
    }

    public static String auditor() {
        return token("auditor-" + shortId(), List.of(Roles.AUDITOR), null);
    }

    public static String provincial() {
        return token("provincial-" + shortId(), List.of(Roles.PROVINCIAL), null);
    }

    /**
     * A token of the named role ({@code reporter}, {@code coordinator}, {@code responder}, {@code provincial},
     * {@code auditor}), for role-parameterised tests: a reporter of the given unit, a responder named after it.
     */
    public static String ofRole(String role, String unit) {
        return switch (role) {
            case "reporter" -> reporter(unit);
            case "coordinator" -> coordinator();
            case "responder" -> responder("responder-" + unit.toLowerCase());
            case "provincial" -> provincial();
            case "auditor" -> auditor();
            default -> throw new IllegalArgumentException(role);
        };
    }

    public static String token(String subject, List<String> roles, String unit) {
        return sign(KEY, ISSUER, subject, roles, unit, Instant.now(), Duration.ofHours(1));
    }

    /** A token with the profile claims a real identity provider sends ({@code name}, {@code email}). */
    public static String person(String subject, String name, String email, List<String> roles, String unit) {
        java.util.Map<String, String> profile = new java.util.TreeMap<>();
        if (name != null) {
            profile.put("name", name);
        }
        if (email != null) {
            profile.put("email", email);
        }
        try {
            return LocalKeys.Tokens.sign(KEY, ISSUER, subject, roles, unit, profile, Instant.now(), Duration.ofHours(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String expired() {
        return sign(KEY, ISSUER, "late", List.of(Roles.COORDINATOR), null, Instant.now().minus(Duration.ofHours(3)),
                Duration.ofHours(1));
    }

    public static String wrongIssuer() {
        return sign(KEY, "https://someone-else.invalid", "stranger", List.of(Roles.COORDINATOR), null, Instant.now(),
                Duration.ofHours(1));
    }

    /** Signed by a key the service does not trust. */
    public static String foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(), ISSUER, "forger", List.of(Roles.ADMIN), null,
                    Instant.now(), Duration.ofHours(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose claims were edited afterwards (coordinator turned into admin). */
    public static String tampered() {
        String[] parts = coordinator().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"coordinator\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    public static String subjectOf(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        int start = claims.indexOf("\"sub\":\"") + 7;
        return claims.substring(start, claims.indexOf('"', start));
    }

    private static String sign(PrivateKey key, String issuer, String subject, List<String> roles, String unit,
            Instant issuedAt, Duration lifetime) {
        try {
            return LocalKeys.Tokens.sign(key, issuer, subject, roles, unit, issuedAt, lifetime);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static PrivateKey load() {
        try (InputStream pem = Tokens.class.getResourceAsStream("/test-keys/private.pem")) {
            String text = new String(pem.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("test key missing", e);
        }
    }
}
