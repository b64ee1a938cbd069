package vn.ungcuu.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads JSON strings as usual but refuses the NUL character: PostgreSQL cannot store it in text or
 * jsonb, so letting it through would turn a client's mistake into a server error.
 */
public class NoNulStrings extends StdScalarDeserializer<String> {

    NoNulStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new NulCharacterException(parser, value);
        }
        return value;
    }

    /** A string with a NUL character, reported as a validation error on its field. */
    public static final class NulCharacterException extends InvalidFormatException {
        NulCharacterException(JsonParser parser, String value) {
            super(parser, "NUL character in text", value, String.class);
        }
    }
}
