package vn.ungcuu.document;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's text: {@code {name}} takes the fact's value, {@code {name:label}} the template's label for that
 * value (the value itself when it has none). A name the document has no fact for is a fault of the template, not
 * something to print: the caller fails rather than send an authority a half-filled document.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(:label)?}");

    private Placeholders() {
    }

    static String fill(String text, Map<String, String> facts, Map<String, String> labels, String templateId) {
        if (text == null) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!facts.containsKey(name)) {
                throw new IllegalStateException("document template " + templateId + " names {" + name
                        + "}, which this document has no fact for");
            }
            String value = facts.get(name) == null ? "" : facts.get(name);
            if (matcher.group(2) != null) {
                value = labels.getOrDefault(value, value);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
