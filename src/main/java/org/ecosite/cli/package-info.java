/** The command line: one small class per subcommand; each parses its options, runs a stage and returns an exit code. */
package org.ecosite.cli;
