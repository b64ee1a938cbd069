package vn.ungcuu.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** The random choices behind one generated request; the same seed makes the same choices. */
final class Dice {

    /** Lengths up to this far above the minimum are the usual ones (see {@link #length}). */
    private static final int USUAL_EXTRA_LENGTH = 20;

    private final SplittableRandom random;

    Dice(SplittableRandom random) {
        this.random = random;
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of the generators, picked by its weight, then run. */
    @SafeVarargs
    final <T> T weighted(Weighted<? extends T>... choices) {
        int total = 0;
        for (Weighted<? extends T> choice : choices) {
            total += choice.weight();
        }
        int roll = random.nextInt(total);
        for (Weighted<? extends T> choice : choices) {
            roll -= choice.weight();
            if (roll < 0) {
                return choice.generator().apply(this);
            }
        }
        throw new IllegalStateException("weights changed while rolling");
    }

    /**
     * A length (or count) between min and max: mostly within {@value #USUAL_EXTRA_LENGTH} of min, one time in
     * ten anywhere up to max, one in fifty exactly max. Limits get hit without every request being huge.
     */
    int length(int min, int max) {
        int usualMax = Math.min(max, min + USUAL_EXTRA_LENGTH);
        if (usualMax == max) {
            return between(min, max);
        }
        if (chance(0.02)) {
            return max;
        }
        return chance(0.1) ? between(usualMax + 1, max) : between(min, usualMax);
    }

    /** A string of {@link #length} characters, each any of the given ones. */
    String string(char[] characters, int minLength, int maxLength) {
        char[] text = new char[length(minLength, maxLength)];
        for (int i = 0; i < text.length; i++) {
            text[i] = characters[random.nextInt(characters.length)];
        }
        return new String(text);
    }

    /** A string of {@link #length} characters from first to last inclusive. */
    String string(char first, char last, int minLength, int maxLength) {
        char[] text = new char[length(minLength, maxLength)];
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) (first + random.nextInt(last - first + 1));
        }
        return new String(text);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    record Weighted<T>(int weight, Function<Dice, T> generator) {
    }

    static <T> Weighted<T> weight(int weight, Function<Dice, T> generator) {
        return new Weighted<>(weight, generator);
    }
}
