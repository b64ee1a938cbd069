package vn.ungcuu.incident;

/**
 * What {@code POST /incidents} answers: the body is kept as JSON text so that an idempotent replay
 * returns exactly the bytes of the first answer.
 */
record CreateAnswer(String location, String body, boolean replayed) {
}
