package vn.ungcuu.document.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Greedy line breaking at spaces; a word longer than a whole line is cut where it must be. */
final class PdfLineBreaker {

    /** Rounding slack, so that a text measured to exactly the width still fits. */
    private static final float SLACK = 0.01f;
    private static final float BALANCE_SLACK = 1.1f;

    private PdfLineBreaker() {
    }

    /** The words as lines: the first line may be shorter (a first-line indent). No words, no lines. */
    static List<PdfLine> wrap(List<PdfWord> words, float firstWidth, float width) {
        List<PdfLine> lines = new ArrayList<>();
        Deque<PdfWord> pending = new ArrayDeque<>(words);
        List<PdfWord> line = new ArrayList<>();
        float used = 0;
        float limit = firstWidth;
        while (!pending.isEmpty()) {
            PdfWord word = pending.pop();
            float gap = line.isEmpty() ? 0 : line.get(line.size() - 1).style().spaceWidth();
            if (used + gap + word.width() <= limit + SLACK) {
                line.add(word);
                used += gap + word.width();
                continue;
            }
            if (line.isEmpty()) {
                PdfWord head = head(word, limit);
                line.add(head);
                pending.push(tail(word, head));
            } else {
                pending.push(word);
            }
            lines.add(new PdfLine(line, false));
            line = new ArrayList<>();
            used = 0;
            limit = width;
        }
        if (!line.isEmpty()) {
            lines.add(new PdfLine(line, true));
        }
        return lines;
    }

    /**
     * Centred lines of even length: as many lines as plain wrapping gives, at about the narrowest width that keeps
     * that many, so that a name does not end in one lonely word. A little slack lets the upper lines be the
     * longer ones, as in "ỦY BAN NHÂN DÂN / XÃ MINH SƠN".
     */
    static List<PdfLine> balanced(List<PdfWord> words, float width) {
        List<PdfLine> lines = wrap(words, width, width);
        if (lines.size() < 2) {
            return lines;
        }
        float low = width / lines.size();
        float high = width;
        while (high - low > 0.5f) {
            float middle = (low + high) / 2;
            if (wrap(words, middle, middle).size() > lines.size()) {
                low = middle;
            } else {
                high = middle;
            }
        }
        float slackened = Math.min(width, high * BALANCE_SLACK);
        return wrap(words, slackened, slackened);
    }

    /** The longest start of the word that fits, at least one character. */
    private static PdfWord head(PdfWord word, float limit) {
        String text = word.text();
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (word.style().width(text.substring(0, next)) > limit) {
                break;
            }
            end = next;
        }
        String head = text.substring(0, end);
        return new PdfWord(head, word.style(), word.style().width(head));
    }

    private static PdfWord tail(PdfWord word, PdfWord head) {
        String tail = word.text().substring(head.text().length());
        return new PdfWord(tail, word.style(), word.style().width(tail));
    }
}
