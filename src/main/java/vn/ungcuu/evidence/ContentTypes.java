package vn.ungcuu.evidence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The media type given with an uploaded file, reduced to {@code type/subtype} (and its charset, which
 * text needs) when it is well-formed; anything else is stored as {@code application/octet-stream}. The
 * download serves it with {@code nosniff} and as an attachment, so a client never renders it in place.
 */
public final class ContentTypes {

    static final String OCTET_STREAM = "application/octet-stream";
    // RFC 6838 restricted names; wildcards are not the type of any file
    private static final String NAME = "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}";
    private static final Pattern MEDIA_TYPE = Pattern.compile("(" + NAME + "/" + NAME + ")\\s*(;.*)?");
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([a-z0-9!#$&^_.+-]{1,40})\"?\\s*(;|$)");

    private ContentTypes() {
    }

    public static String clean(String given) {
        if (given == null) {
            return OCTET_STREAM;
        }
        Matcher type = MEDIA_TYPE.matcher(given.strip().toLowerCase(Locale.ROOT));
        if (!type.matches()) {
            return OCTET_STREAM;
        }
        if (type.group(2) != null) {
            Matcher charset = CHARSET.matcher(type.group(2));
            if (charset.find()) {
                return type.group(1) + "; charset=" + charset.group(1);
            }
        }
        return type.group(1);
    }
}
