package vn.ungcuu.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file received for attachment, already spooled by the HTTP layer: the name and media type the
 * client gave (not yet cleaned), its size, and how to read it.
 */
public record IncomingFile(String filename, String contentType, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
