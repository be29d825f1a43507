/** What other programs read: the Atom feed of new and corrected reports, sitemap.xml and robots.txt. */
package org.ecosite.feed;
