package org.ecosite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.ecosite.check.Messages;

/** Writes the new content files of {@code new} and {@code import}: UTF-8 text or pictures, never over an existing file. */
final class NewFiles {

    private NewFiles() {
    }

    /** The file as the user knows it: relative to the site folder, with '/'. */
    static String shown(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    /** Writes {@code text}; returns the exit code, having said what went wrong. */
    static int create(Path site, Path file, String text, Messages messages, PrintWriter err) {
        try {
            Files.createDirectories(file.getParent());
            // CREATE_NEW: the check and the write are one step, so nothing is ever overwritten.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("ecosite: " + messages.get("cli.new_exists", shown(site, file)));
        } catch (IOException e) {
            err.println("ecosite: " + messages.get("file.unreadable", e.getMessage()));
        }
        return ExitCodes.USAGE;
    }

    /**
     * Writes a binary file (a picture an import took out of a document). The same bytes already there
     * are fine, so importing a document again reuses its pictures; other bytes are never overwritten.
     */
    static int createBytes(Path site, Path file, byte[] bytes, Messages messages, PrintWriter err) {
        try {
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return ExitCodes.OK;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("ecosite: " + messages.get("cli.import_picture_exists", shown(site, file)));
        } catch (IOException e) {
            err.println("ecosite: " + messages.get("file.unreadable", e.getMessage()));
        }
        return ExitCodes.USAGE;
    }
}
