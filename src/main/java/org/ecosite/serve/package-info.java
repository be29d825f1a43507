/**
 * The preview server: builds the site (drafts included) into a folder of its own, serves it on
 * loopback, watches the site's files, rebuilds on change and tells open pages to reload. The reload
 * script and the error panel are added to pages as they are sent, never written into a build.
 */
package org.ecosite.serve;
