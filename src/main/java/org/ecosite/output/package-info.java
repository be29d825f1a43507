/** The only code that writes the site: into a staging folder, swapped in only when the whole build succeeded. */
package org.ecosite.output;
