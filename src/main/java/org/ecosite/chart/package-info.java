/** Charts of indicators: the only JFreeChart code. Returns SVG and PNG bytes and a text description; writes no files. */
package org.ecosite.chart;
