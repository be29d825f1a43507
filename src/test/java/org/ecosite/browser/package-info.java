/** The built site in a real browser: accessibility (axe-core), care mode, search, keyboard, screenshots. */
package org.ecosite.browser;
