/** The pipeline: {@link org.ecosite.build.Build#run} calls each stage in order; nothing else knows the order. */
package org.ecosite.build;
