/** Markdown to HTML: the only package that imports flexmark. Heading ids, table of contents, links to resolve. */
package org.ecosite.markdown;
