/** Problems found in a site's input: collected all at once, located by file, line and column, told in the reader's language. */
package org.ecosite.check;
