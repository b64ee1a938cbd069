package vn.ungcuu.evidence;

/**
 * What {@code POST .../attachments} answers: the body is kept as JSON text so that an idempotent replay
 * returns exactly the bytes of the first answer.
 */
record AttachAnswer(String location, String body, boolean replayed) {
}
