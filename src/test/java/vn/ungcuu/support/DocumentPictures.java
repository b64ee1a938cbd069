package vn.ungcuu.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Renders a PDF's first page to PNG with poppler's pdftoppm (Debian poppler-utils), as a printer would see it,
 * under target/documents: the pictures README shows come from here.
 */
public final class DocumentPictures {

    static final Path DIRECTORY = Path.of("target", "documents");

    private DocumentPictures() {
    }

    /**
     * Writes target/documents/{name}.pdf and {name}.png (page 1, 80 dpi); fails when the page is blank. Without
     * pdftoppm only the PDF is written, except under CI (which installs it), where that fails.
     */
    public static void firstPage(byte[] pdf, String name) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name + ".pdf");
            Files.write(file, pdf);
            if (!installed() && System.getenv("CI") == null) {
                return;
            }
            Process render = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                    "-singlefile", file.toString(), DIRECTORY.resolve(name).toString())
                    .redirectErrorStream(true).start();
            assertTrue(render.waitFor(60, TimeUnit.SECONDS), "pdftoppm took over a minute");
            String output = new String(render.getInputStream().readAllBytes());
            assertEquals(0, render.exitValue(), "pdftoppm failed (is poppler-utils installed?): " + output);
            Path png = DIRECTORY.resolve(name + ".png");
            BufferedImage page = ImageIO.read(png.toFile());
            // A4 at 80 dpi is 661 x 935 pixels
            assertEquals(661, page.getWidth(), 2);
            assertEquals(935, page.getHeight(), 2);
            assertTrue(darkPixels(page) > 2_000, name + ": the first page looks blank");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a downloaded file under target/documents, to open by hand (LibreOffice, Word). */
    public static void keep(byte[] file, String name) {
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(name), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/pdftoppm")) || Files.isExecutable(Path.of("/usr/local/bin/pdftoppm"));
    }

    private static long darkPixels(BufferedImage page) {
        long dark = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
