package vn.ungcuu.document.render;

/** Lays out an {@link AdministrativeDocument} in one file format. */
public interface DocumentWriter {

    /** The whole file. Bounded memory: one document at a time, nothing kept after it returns. */
    byte[] write(AdministrativeDocument document);
}
