package vn.ungcuu.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The key pair of local (embedded) mode: created on first start in the data folder and trusted by the
 * service, so that anyone trying UngCuu out can mint tokens for any role and unit. Production never
 * uses it: there the key and issuer come from the identity provider's settings.
 */
public final class LocalKeys {

    public static final String ISSUER = "urn:ungcuu:local";
    private final Path privateKey;
    private final Path publicKey;

    public LocalKeys(Path folder) {
        this.privateKey = folder.resolve("jwt-private.pem");
        this.publicKey = folder.resolve("jwt-public.pem");
    }

    public Path publicKey() {
        return publicKey;
    }

    /** Creates the key pair unless it exists. */
    public LocalKeys ensure() throws IOException, GeneralSecurityException {
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return this;
        }
        Files.createDirectories(privateKey.getParent());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: leave the default permissions
        }
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return this;
    }

    /** Mints an RS256 token signed with the local private key. */
    public String mint(String subject, Collection<String> roles, String unit, Duration lifetime)
            throws IOException, GeneralSecurityException {
        return mint(subject, roles, unit, Map.of(), lifetime);
    }

    /** With profile claims ({@code name}, {@code email}) that the people directory shows. */
    public String mint(String subject, Collection<String> roles, String unit, Map<String, String> profile,
            Duration lifetime) throws IOException, GeneralSecurityException {
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                decodePem(Files.readString(privateKey, StandardCharsets.US_ASCII))));
        return Tokens.sign(key, ISSUER, subject, roles, unit, profile, Instant.now(), lifetime);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static byte[] decodePem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    /** Plain-JDK RS256 JWT signing: the local token command needs nothing else. */
    public static final class Tokens {
        private Tokens() {
        }

        public static String sign(PrivateKey key, String issuer, String subject, Collection<String> roles,
                String unit, Instant issuedAt, Duration lifetime) throws GeneralSecurityException {
            return sign(key, issuer, subject, roles, unit, Map.of(), issuedAt, lifetime);
        }

        /** {@code profile}: further string claims, such as {@code name} and {@code email}. */
        public static String sign(PrivateKey key, String issuer, String subject, Collection<String> roles,
                String unit, Map<String, String> profile, Instant issuedAt, Duration lifetime)
                throws GeneralSecurityException {
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
            StringBuilder claims = new StringBuilder("{")
                    .append("\"iss\":").append(quote(issuer))
                    .append(",\"sub\":").append(quote(subject))
                    .append(",\"upn\":").append(quote(subject))
                    .append(",\"preferred_username\":").append(quote(subject))
                    .append(",\"jti\":").append(quote(UUID.randomUUID().toString()))
                    .append(",\"iat\":").append(issuedAt.getEpochSecond())
                    .append(",\"exp\":").append(issuedAt.plus(lifetime).getEpochSecond())
                    .append(",\"groups\":[")
                    .append(roles.stream().map(Tokens::quote).collect(Collectors.joining(",")))
                    .append("]");
            if (unit != null) {
                claims.append(",\"unit\":").append(quote(unit));
            }
            new TreeMap<>(profile).forEach((name, value) -> claims.append(',').append(quote(name)).append(':')
                    .append(quote(value)));
            claims.append("}");
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            String signingInput = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64.encodeToString(signature.sign());
        }

        private static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }
}
