package vn.ungcuu.authority;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;

/** An authority's contact channels as stored (a JSON array) and their checks. */
final class Channels {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<AuthorityChannel>> LIST = new TypeReference<>() {
    };
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .-]{3,50}$");

    private Channels() {
    }

    static String write(List<AuthorityChannel> channels) {
        try {
            return JSON.writeValueAsString(channels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("authority channels not serialisable", e);
        }
    }

    static List<AuthorityChannel> read(String json) {
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored authority channels unreadable", e);
        }
    }

    /**
     * The problems of a list of channels, each naming its channel ({@code channels[2].value}): each with a type,
     * a value of at most 500 characters that fits the type, and an optional note of at most 500.
     */
    static List<FieldError> problems(List<AuthorityChannel> channels) {
        List<FieldError> errors = new ArrayList<>();
        if (channels == null) {
            return errors; // the input's own @NotNull names it
        }
        for (int i = 0; i < channels.size(); i++) {
            AuthorityChannel channel = channels.get(i);
            String at = "channels[" + i + "]";
            if (channel == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (channel.type() == null) {
                errors.add(new FieldError(at + ".type", "must not be null"));
            }
            String valueProblem = valueProblem(channel.type(), channel.value());
            if (valueProblem != null) {
                errors.add(new FieldError(at + ".value", valueProblem));
            }
            if (channel.note() != null && channel.note().length() > AuthorityChannel.NOTE_MAX) {
                errors.add(new FieldError(at + ".note", "must be at most " + AuthorityChannel.NOTE_MAX
                        + " characters"));
            }
        }
        return errors;
    }

    static void require(List<AuthorityChannel> channels) {
        List<FieldError> errors = problems(channels);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static String valueProblem(AuthorityChannelType type, String value) {
        if (value == null || value.isBlank()) {
            return "must not be blank";
        }
        if (value.length() > AuthorityChannel.VALUE_MAX) {
            return "must be at most " + AuthorityChannel.VALUE_MAX + " characters";
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case EMAIL -> EMAIL.matcher(value).matches() ? null : "must be an e-mail address";
            case PHONE -> PHONE.matcher(value).matches() ? null : "must be a phone number";
            case PORTAL -> webAddress(value) ? null : "must be an http or https address";
            case DOCUMENT_SYSTEM, ADDRESS -> null;
        };
    }

    private static boolean webAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
