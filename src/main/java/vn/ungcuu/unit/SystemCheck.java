package vn.ungcuu.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** One check of an information system: its kind, the local day it was done, and its result. */
@Embeddable
public class SystemCheck {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckKind kind;

    @Column(name = "checked_on", nullable = false)
    public LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckResult result;

    @Column
    public String note;

    static SystemCheck of(SystemCheckData data) {
        SystemCheck check = new SystemCheck();
        check.kind = data.kind();
        check.checkedOn = data.date();
        check.result = data.result();
        check.note = data.note() == null || data.note().isBlank() ? null : data.note();
        return check;
    }

    SystemCheckData data() {
        return new SystemCheckData(kind, checkedOn, result, note);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SystemCheck that && kind == that.kind && Objects.equals(checkedOn, that.checkedOn)
                && result == that.result && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, checkedOn, result, note);
    }
}
