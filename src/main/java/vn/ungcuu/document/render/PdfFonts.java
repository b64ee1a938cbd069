package vn.ungcuu.document.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Liberation Serif faces of one PDF. The font files are read once per JVM; the PDFBox fonts belong to one
 * {@link PDDocument}, so they are made per document, and only for the faces it uses (each one is embedded).
 * Close after saving the document: the subsets are cut from the open font files when it is saved.
 */
final class PdfFonts implements AutoCloseable {

    private enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        final String resource;

        Face(String suffix) {
            this.resource = "documents/fonts/LiberationSerif-" + suffix + ".ttf";
        }
    }

    private static final Map<Face, byte[]> FILES = readFiles();

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
    private final List<TrueTypeFont> open = new ArrayList<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PdfStyle regular(float size) {
        return style(Face.REGULAR, size);
    }

    PdfStyle bold(float size) {
        return style(Face.BOLD, size);
    }

    PdfStyle italic(float size) {
        return style(Face.ITALIC, size);
    }

    PdfStyle boldItalic(float size) {
        return style(Face.BOLD_ITALIC, size);
    }

    private PdfStyle style(Face face, float size) {
        return new PdfStyle(loaded.computeIfAbsent(face, this::load), size);
    }

    private PDType0Font load(Face face) {
        try {
            TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(FILES.get(face)));
            open.add(file);
            // No glyph substitution (ligatures): the layout measures the plain glyphs, the text extracts as
            // typed, and PDFBox's substitution would take most of the writing time.
            file.setEnableGsub(false);
            // Subset embedding writes a ToUnicode map, so the text copies and extracts as typed.
            return PDType0Font.load(document, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + face.resource, e);
        }
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont file : open) {
            file.close();
        }
        open.clear();
    }

    private static Map<Face, byte[]> readFiles() {
        Map<Face, byte[]> files = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(face.resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + face.resource);
                }
                files.put(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + face.resource, e);
            }
        }
        return files;
    }
}
