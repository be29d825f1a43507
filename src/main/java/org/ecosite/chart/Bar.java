package org.ecosite.chart;

/**
 * One bar: its label, its length, and the text written at its end (the figure with its unit),
 * so no reader has to estimate a value from a bar's length.
 */
public record Bar(String label, double value, String valueText) {
}
