package org.ecosite.cli;

import java.io.PrintWriter;
import java.util.List;

import org.ecosite.check.Messages;
import org.ecosite.check.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Problems for machines: one JSON object per line (JSON Lines), in the order of the text output, so a
 * CI job can read them one by one. The keys never change; {@code code} is the message key, stable
 * across languages, and {@code message} and {@code hint} are in the chosen language.
 */
final class JsonProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonProblems() {
    }

    static void print(List<Problem> problems, Messages messages, PrintWriter out) {
        for (Problem p : problems) {
            ObjectNode node = JSON.createObjectNode();
            node.put("file", p.file());
            node.put("line", p.position().line());
            node.put("column", p.position().column());
            node.put("severity", p.severity().label());
            node.put("code", p.key());
            node.put("message", messages.message(p));
            messages.hint(p).ifPresentOrElse(h -> node.put("hint", h), () -> node.putNull("hint"));
            try {
                out.println(JSON.writeValueAsString(node));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        out.flush();
    }
}
