package org.ecosite.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** A figure as the editor gave it, in the shape its indicator's type asks for. */
public sealed interface Value permits Value.Quantity, Value.WaterClass, Value.Fraction {

    /** The figure as a reader sees it, without unit: {@code 15}, {@code Ⅲ}, {@code 12/12}. */
    String display();

    /** A number to compare and plot: the figure itself, the class rank 1–6, or the share done in percent. */
    BigDecimal plotValue();

    /** A number, a percentage or a count, kept exactly as written ({@code 658.17} stays 658.17). */
    record Quantity(BigDecimal number) implements Value {
        @Override
        public String display() {
            return number.stripTrailingZeros().scale() <= 0
                    ? number.stripTrailingZeros().toPlainString()
                    : number.toPlainString();
        }

        @Override
        public BigDecimal plotValue() {
            return number;
        }
    }

    /** A surface-water class: rank 1 (Ⅰ) to 6 (劣Ⅴ). */
    record WaterClass(int rank) implements Value {
        public static final List<String> NAMES = List.of("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "劣Ⅴ");

        public WaterClass {
            if (rank < 1 || rank > NAMES.size()) {
                throw new IllegalArgumentException("water class rank " + rank);
            }
        }

        @Override
        public String display() {
            return NAMES.get(rank - 1);
        }

        @Override
        public BigDecimal plotValue() {
            return BigDecimal.valueOf(rank);
        }

        /** Classes Ⅰ–Ⅲ count as good (优良) in Chinese bulletins. */
        public boolean isGood() {
            return rank <= 3;
        }
    }

    /** Done out of total, e.g. inspection problems rectified. */
    record Fraction(BigDecimal done, BigDecimal total) implements Value {
        @Override
        public String display() {
            return done.toPlainString() + "/" + total.toPlainString();
        }

        @Override
        public BigDecimal plotValue() {
            if (total.signum() == 0) {
                return BigDecimal.ZERO;
            }
            return done.multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64);
        }
    }
}
