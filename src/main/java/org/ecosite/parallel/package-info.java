/** Work spread over the machine's cores. */
package org.ecosite.parallel;
