/** Reading the site's text files: strict UTF-8, with a clear word for GBK and binary files. */
package org.ecosite.source;
