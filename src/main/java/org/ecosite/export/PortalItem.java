package org.ecosite.export;

import java.util.List;
import java.util.Optional;

/**
 * One published item as a portal takes it: its metadata and its article as an HTML fragment.
 *
 * @param id       the item's path under the base URL, without slashes at either end
 *                 ({@code reports/2024/youyang-2024-01-05}): stable between exports
 * @param fragment the article without the site around it, every address absolute
 */
public record PortalItem(String id, String url, String title, Optional<String> indexNo, String publisher,
                         String published, Optional<String> updated, Optional<String> topics, Optional<String> docNo,
                         Optional<String> column, Optional<String> region, Optional<String> summary,
                         List<Attachment> attachments, String fragment) {

    public PortalItem {
        attachments = List.copyOf(attachments);
    }

    /** A file the article offers (data, a chart, a document), with its size in bytes. */
    public record Attachment(String name, String url, long size) {
    }
}
