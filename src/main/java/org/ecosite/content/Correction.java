package org.ecosite.content;

import java.time.LocalDate;

/** A published correction: the date it was made and what changed (更正说明). */
public record Correction(LocalDate date, String note) {
}
