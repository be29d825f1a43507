/** The full-text search index written at build time: words and Chinese bigrams to reports. */
package org.ecosite.search;
