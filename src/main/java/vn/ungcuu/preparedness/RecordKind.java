package vn.ungcuu.preparedness;

/** Which register a preparedness record belongs to. */
public enum RecordKind {
    /** A drill (diễn tập): the unit's own, or a national one it took part in. */
    DRILL,
    /** A training course (đào tạo, bồi dưỡng), with the certificates it gave. */
    TRAINING,
    /** A security check of equipment before it is put to use (kiểm tra trước khi đưa vào sử dụng; plan II.4). */
    EQUIPMENT_CHECK
}
