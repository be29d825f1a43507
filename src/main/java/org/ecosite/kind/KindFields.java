package org.ecosite.kind;

/** The fields a content file has beyond those every kind shares; a report has none. */
public sealed interface KindFields permits KindFields.None, Penalty, Eia {

    /** A report's: nothing more than the shared fields, its figures and period. */
    None REPORT = new None();

    Kind kind();

    /** The texts of these fields that search finds the item by. */
    java.util.List<String> words();

    record None() implements KindFields {
        @Override
        public Kind kind() {
            return Kind.REPORT;
        }

        @Override
        public java.util.List<String> words() {
            return java.util.List.of();
        }
    }
}
