package vn.ungcuu.document;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.ungcuu.document.render.AdministrativeDocument;
import vn.ungcuu.document.render.DocxDocumentWriter;
import vn.ungcuu.document.render.PdfDocumentWriter;

/**
 * Writes one small document in each format on a background thread after start: the first DOCX took 0.86 s and the
 * first PDF 0.26 s (class loading, font parsing), the later ones 20-80 ms, and the first person to download a
 * report under a 24-hour clock should not wait for the JVM. The start itself does not wait for it, and the warm-up
 * waits {@link #AFTER_START} first: on two cores it competed with the start for the CPU (a second to ready).
 */
@ApplicationScoped
class WriterWarmUp {

    static final Duration AFTER_START = Duration.ofSeconds(10);

    void warm(@Observes StartupEvent start) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(AFTER_START.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            writeBoth();
        }, "document-writer-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static void writeBoth() {
        long started = System.nanoTime();
        AdministrativeDocument sample = new AdministrativeDocument("UBND TỈNH", "UBND XÃ", "Số: 1/BC-UBND",
                "Minh Sơn, ngày 01 tháng 7 năm 2026", "BÁO CÁO", "Khởi động", List.of("Đội ứng cứu"),
                List.of(new AdministrativeDocument.Heading("1. Mục"), new AdministrativeDocument.Paragraph("Nội dung."),
                        new AdministrativeDocument.Table(List.of("Cột", "Số"), List.of(3, 1), List.of(List.of("Dòng", "1")))),
                "Nguồn.", List.of("Lưu: VT."), new AdministrativeDocument.Signature(List.of("CHỦ TỊCH"), "Tên"),
                "Khởi động", Instant.EPOCH);
        try {
            new DocxDocumentWriter().write(sample);
            new PdfDocumentWriter().write(sample);
            Log.debugf("document writers warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // a warm-up failure must not stop anything: the real download will report its own
            Log.warnf(e, "document writers could not warm up");
        }
    }
}
